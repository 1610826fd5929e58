package mailparse

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Limits bound the reading of one attachment's text.
type Limits struct {
	// Timeout is the wall-clock time one attachment may take in a Sandbox,
	// and its child's CPU time (RLIMIT_CPU).
	Timeout time.Duration
	// Memory is the address space of a Sandbox's child (RLIMIT_AS).
	Memory int64
	// MaxInflate bounds the decompressed bytes read: a PDF's FlateDecode
	// streams together, a DOCX's word/document.xml.
	MaxInflate int64
	// MaxText bounds the text kept; beyond it the text is cut and
	// ErrTextLimit reported.
	MaxText int
}

// DefaultLimits are generous for real requests (a 200-page subpoena has
// well under 1 MiB of text) and small enough that a hostile file costs
// seconds and a fraction of the machine's memory.
var DefaultLimits = Limits{Timeout: 5 * time.Second, Memory: 512 << 20, MaxInflate: 64 << 20, MaxText: 2 << 20}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	if l.Timeout <= 0 {
		l.Timeout = DefaultLimits.Timeout
	}
	if l.Memory <= 0 {
		l.Memory = DefaultLimits.Memory
	}
	if l.MaxInflate <= 0 {
		l.MaxInflate = DefaultLimits.MaxInflate
	}
	if l.MaxText <= 0 {
		l.MaxText = DefaultLimits.MaxText
	}
	return l
}

// Extractor reads the text of an attachment of a kind ("pdf", "docx").
// It may return text together with an error (text cut at a limit).
type Extractor interface {
	Extract(ctx context.Context, kind string, data []byte) (string, error)
}

// InProcess extracts in the calling goroutine. Its memory and page-tree
// walk are bounded, but a PDF whose cross-reference chain loops holds it
// forever; it is for trusted input and tests. Parse uses it.
type InProcess struct{ Limits Limits }

// Extract implements Extractor.
func (x InProcess) Extract(ctx context.Context, kind string, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return extractKind(kind, data, x.Limits.withDefaults())
}

func extractKind(kind string, data []byte, lim Limits) (string, error) {
	switch kind {
	case "pdf":
		return pdfText(data, lim)
	case "docx":
		return docxText(data, lim)
	}
	return "", fmt.Errorf("no extractor for %q", kind)
}

// Sandbox extracts in a child process: the lerd binary itself, run as
// `lerd extract KIND` with the attachment on standard input and the text
// on standard output.
//
// Why a child and not a goroutine: the PDF reader can loop forever (a
// cross-reference /Prev that points at itself) or allocate without bound,
// and Go cannot stop a goroutine. One the pipeline stops waiting for
// would keep burning a core and memory until lerd exits, and a second
// hostile file would add another. A process can be killed, and the kernel
// enforces its limits whatever the reader does: the child sets RLIMIT_AS
// (Memory), RLIMIT_CPU (Timeout), RLIMIT_FSIZE 0 and RLIMIT_CORE 0 on
// itself before it reads a byte; the parent kills it at the Timeout
// deadline or when ctx ends (shutdown), reads at most MaxText bytes of its
// output, and the child dies with lerd (PR_SET_PDEATHSIG). A child costs
// about 40 ms of CPU to start, once per PDF or DOCX attachment (loading
// the binary and the phone-number metadata; triage compiles its patterns
// on first use, so the child never does).
type Sandbox struct {
	// Command is the program and its leading arguments, e.g. the lerd
	// binary and "extract"; the limits and the kind are appended.
	Command []string
	// Env is added to the child's otherwise empty environment.
	Env    []string
	Limits Limits
}

// Extract implements Extractor. An error caused by ctx ending is returned
// as ctx's error, so the caller can tell shutdown from a hostile file.
func (s Sandbox) Extract(ctx context.Context, kind string, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	lim := s.Limits.withDefaults()
	cctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	args := append(slices.Clone(s.Command[1:]),
		"-timeout", lim.Timeout.String(), "-memory", strconv.FormatInt(lim.Memory, 10),
		"-max-inflate", strconv.FormatInt(lim.MaxInflate, 10), "-max-text", strconv.Itoa(lim.MaxText), kind)
	cmd := exec.CommandContext(cctx, s.Command[0], args...)
	cmd.Env = append([]string{"GOMAXPROCS=1"}, s.Env...)
	cmd.Stdin = bytes.NewReader(data)
	var out, errOut bytes.Buffer
	cmd.Stdout = &capWriter{buf: &out, max: lim.MaxText}
	cmd.Stderr = &capWriter{buf: &errOut, max: 4 << 10}
	cmd.SysProcAttr = sysProcAttr()
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	text := out.String()
	if len(text) > lim.MaxText {
		text = strings.ToValidUTF8(text[:lim.MaxText], "")
	}
	if err == nil {
		return text, nil
	}
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	if cctx.Err() != nil {
		return "", fmt.Errorf("%s: not read within %v; stopped", kind, lim.Timeout)
	}
	msg, _, _ := strings.Cut(strings.TrimSpace(errOut.String()), "\n")
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return "", fmt.Errorf("%s: start extractor: %w", kind, err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		if ws.Signal() == syscall.SIGKILL || ws.Signal() == syscall.SIGXCPU {
			return "", fmt.Errorf("%s: more than %v of CPU used; stopped", kind, lim.Timeout)
		}
		return "", fmt.Errorf("%s: extractor killed by %v", kind, ws.Signal())
	}
	switch {
	case ee.ExitCode() == exitUnreadable && msg != "":
		return text, errors.New(msg)
	case strings.Contains(errOut.String(), "out of memory"):
		return "", fmt.Errorf("%s: more than %d MiB of memory needed; stopped", kind, lim.Memory>>20)
	case msg != "":
		return "", fmt.Errorf("%s: extractor failed (%v): %s", kind, err, msg)
	}
	return "", fmt.Errorf("%s: extractor failed: %w", kind, err)
}

// Exit codes of ExtractMain.
const (
	exitUnreadable = 1 // the file's text could not (all) be read; stderr says why
	exitUsage      = 2
)

// ExtractMain is the child side of a Sandbox (lerd's hidden `extract`
// subcommand): it limits its own process, reads the attachment from stdin
// and writes its text to stdout. It returns the exit code.
func ExtractMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lim := DefaultLimits
	fs.DurationVar(&lim.Timeout, "timeout", lim.Timeout, "CPU time limit")
	fs.Int64Var(&lim.Memory, "memory", lim.Memory, "address space limit in bytes")
	fs.Int64Var(&lim.MaxInflate, "max-inflate", lim.MaxInflate, "decompressed bytes read at most")
	fs.IntVar(&lim.MaxText, "max-text", lim.MaxText, "bytes of text written at most")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: lerd extract [flags] pdf|docx < FILE")
		return exitUsage
	}
	lim = lim.withDefaults()
	if err := setLimits(lim); err != nil {
		fmt.Fprintln(stderr, "extract: set limits:", err)
		return exitUsage
	}
	// The Go runtime collects harder as the heap nears the limit, so a
	// large but honest file fits where it can.
	debug.SetMemoryLimit(lim.Memory / 2)
	debug.SetMaxStack(64 << 20)
	data, err := io.ReadAll(io.LimitReader(stdin, MaxPartText+1))
	if err != nil {
		fmt.Fprintln(stderr, "extract: read input:", err)
		return exitUsage
	}
	if len(data) > MaxPartText {
		fmt.Fprintf(stderr, "%s: larger than %d bytes, text not read\n", fs.Arg(0), MaxPartText)
		return exitUnreadable
	}
	text, err := extractKind(fs.Arg(0), data, lim)
	io.WriteString(stdout, text)
	if err != nil {
		fmt.Fprintln(stderr, strings.ReplaceAll(err.Error(), "\n", " "))
		return exitUnreadable
	}
	return 0
}
