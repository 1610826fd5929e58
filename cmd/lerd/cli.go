package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// The command-line contract, the same for every subcommand:
//
//   - each has its own flags and -h (also -help, --help), which prints its
//     usage with its arguments on standard output and exits 0, before
//     anything is opened or created;
//   - exit 0 ok, 1 runtime failure, 2 usage or configuration error
//     (errUsage);
//   - flags may stand before or after the arguments.

// errUsage marks a command-line or configuration mistake; lerd exits 2 on
// it, as systemd's RestartPreventExitStatus expects for errors a restart
// cannot fix.
var errUsage = errors.New("usage")

// command is one subcommand, or a group of them (queue, config, ...).
type command struct {
	name     string
	synopsis string
	run      func(args []string) error
	subs     []command
}

// flags is a subcommand's flag set with what its usage prints.
type flags struct {
	*flag.FlagSet
	// use is the command line: "queue show [-config FILE] [-db FILE] [-json] REF".
	use   string
	about string
}

// newFlags starts a subcommand's flags; name is its full name ("queue
// show"), args what follows it in the usage line, about what it does.
func newFlags(name, args, about string) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), use: name + " " + args, about: about}
	f.Usage = func() {
		w := f.Output()
		fmt.Fprintf(w, "usage: lerd %s\n\n%s\n", f.use, strings.TrimSpace(f.about))
		n := 0
		f.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nflags:")
			f.PrintDefaults()
		}
	}
	return f
}

// parse parses flags before and after the positional arguments and checks
// their number (max < 0: any number). -h prints the usage on standard
// output and returns flag.ErrHelp; a mistake prints it on standard error
// and returns errUsage.
func (f *flags) parse(args []string, min, max int) ([]string, error) {
	pos, err := parseArgs(f.FlagSet, args)
	if errors.Is(err, flag.ErrHelp) {
		f.SetOutput(os.Stdout)
		f.Usage()
		return nil, err
	}
	if err == nil && (len(pos) < min || max >= 0 && len(pos) > max) {
		err = fmt.Errorf("want %s", strings.TrimSpace(f.use[len(f.Name()):]))
	}
	if err != nil {
		f.SetOutput(os.Stderr)
		f.Usage()
		fmt.Fprintln(os.Stderr)
		return nil, fmt.Errorf("%w: lerd %s: %v", errUsage, f.Name(), err)
	}
	return pos, nil
}

// parseOpen parses a command's arguments, as parse, then opens the store
// (which must exist with this lerd's schema) and the pipeline; the caller
// closes the app.
func (f *flags) parseOpen(args []string, min, max int, cfgPath, db *string) ([]string, *app, error) {
	pos, err := f.parse(args, min, max)
	if err != nil {
		return nil, nil, err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return nil, nil, err
	}
	return pos, a, nil
}

// parseArgs parses flags that may stand before or after the positional
// arguments ("lerd triage FILE -json"), and returns the positionals.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}

// runGroup runs a group's subcommand; the group's own -h lists them.
func runGroup(c command, args []string) error {
	if len(args) > 0 && isHelp(args[0]) {
		groupUsage(os.Stdout, c)
		return flag.ErrHelp
	}
	if len(args) == 0 {
		groupUsage(os.Stderr, c)
		return fmt.Errorf("%w: lerd %s needs a subcommand", errUsage, c.name)
	}
	for _, s := range c.subs {
		if s.name == args[0] {
			return s.run(args[1:])
		}
	}
	groupUsage(os.Stderr, c)
	return fmt.Errorf("%w: unknown command lerd %s %s", errUsage, c.name, args[0])
}

func groupUsage(w io.Writer, c command) {
	fmt.Fprintf(w, "usage: lerd %s <command> [flags] [arguments]\n\n%s\n\ncommands:\n", c.name, c.synopsis)
	for _, s := range c.subs {
		fmt.Fprintf(w, "  %-11s %s\n", s.name, s.synopsis)
	}
	fmt.Fprintf(w, "\nRun 'lerd %s <command> -h' for a command's flags and arguments.\n", c.name)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: lerd <command> [flags] [arguments]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.synopsis)
	}
	fmt.Fprintln(w, "\nRun 'lerd <command> -h' for a command's flags and arguments; 'lerd --version' for the version.\n"+
		"Exit status: 0 ok, 1 failure, 2 usage or configuration error.")
}

// runMain runs lerd with the arguments after the program name and returns
// the exit status.
func runMain(args []string) int {
	if len(args) == 0 {
		usage(os.Stderr)
		return 2
	}
	switch {
	case isHelp(args[0]) && len(args) == 1:
		usage(os.Stdout)
		return 0
	case args[0] == "help":
		// lerd help CMD [SUB] is lerd CMD [SUB] -h.
		args = append(args[1:], "-h")
	case args[0] == "--version" || args[0] == "-version":
		args = []string{"version"}
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		var err error
		if c.subs != nil {
			err = runGroup(c, args[1:])
		} else {
			err = c.run(args[1:])
		}
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintln(os.Stderr, "lerd:", err)
			return 2
		default:
			fmt.Fprintln(os.Stderr, "lerd:", err)
			return 1
		}
	}
	fmt.Fprintf(os.Stderr, "lerd: unknown command %q\n", args[0])
	usage(os.Stderr)
	return 2
}

func cmdVersion(args []string) error {
	f := newFlags("version", "", "Print lerd's version.")
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	fmt.Println("lerd", version)
	return nil
}
