package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"lerd/internal/config"
	"lerd/internal/eval"
	"lerd/internal/intake"
	"lerd/internal/mailparse"
	"lerd/internal/pipeline"
	"lerd/internal/policy"
	"lerd/internal/store"
)

func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

func cmdIngest(args []string) error {
	f := newFlags("ingest", "[-config FILE] [-db FILE] [-q] PATH...",
		"Ingest .eml files, directories (recursively) and mbox files through the pipeline.\n"+
			"Creates the database if there is none (the only command besides serve that does).")
	cfgPath, db := storeFlags(f.FlagSet)
	quiet := f.Bool("q", false, "print only the summary")
	paths, err := f.parse(args, 1, -1)
	if err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openIngest)
	if err != nil {
		return err
	}
	defer a.Close()
	a.pipe.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := signalContext()
	defer cancel()
	n := 0
	err = intake.Files(ctx, a.pipe, paths, func(src string, out pipeline.Outcome) {
		n++
		if !*quiet {
			fmt.Printf("%s\t%s\t%s\t%s\n", out.Ref, out.Status, decisionText(out), src)
		}
	})
	if err != nil {
		return err
	}
	st, err := a.store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("ingested %d messages; store holds %d messages (%d duplicates, %d malformed, %d oversize) in %d requests\n",
		n, st.Messages, st.Duplicates, st.Malformed, st.Oversize, st.Requests)
	return nil
}

func decisionText(out pipeline.Outcome) string {
	if out.Duplicate {
		return "duplicate"
	}
	if out.Decision == "" {
		return "review"
	}
	s := out.Decision
	if len(out.Reasons) > 0 {
		s += " " + strings.Join(out.Reasons, ",")
	}
	return s
}

func recOrNil(js string, rec *policy.Record) *policy.Record {
	if js == "" {
		return nil
	}
	return rec
}

// oneLine makes s safe to print as (part of) one line on a terminal:
// control characters (line breaks and escape sequences included), Unicode
// format characters (bidi overrides and isolates, zero-width characters),
// line and paragraph separators and invalid UTF-8 are written as escapes
// (\n, \u202e, \xff). A sender's text can then neither start a line of
// its own (a fake "authenticated: true") nor reorder or hide what follows.
func oneLine(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == ' ' || r != '\t' && strconv.IsGraphic(r):
			b.WriteRune(r)
		default:
			q := strconv.QuoteRuneToASCII(r) // '\n', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		}
	}
	return b.String()
}

func truncate(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// printRequest prints what queue show shows. Every value is passed
// through oneLine, so each printed line is one of ours.
func printRequest(w io.Writer, d *store.RequestDetail, rec *policy.Record, replies []store.OutboxRow, timers []store.Deadline) {
	o, l := oneLine, func(xs []string, sep string) string { return oneLine(strings.Join(xs, sep)) }
	fmt.Fprintf(w, "%s  %s  state=%s  decision=%s\n", o(d.Ref), o(d.Subject), o(d.State), o(d.Decision))
	fmt.Fprintf(w, "sender: %s  flags: %s\n", o(d.Sender), l(d.Flags, ","))
	if d.Outcome != "" || d.Assignee != "" {
		fmt.Fprintf(w, "outcome: %s  assigned to: %s\n", o(cmp.Or(d.Outcome, "none yet")), o(cmp.Or(d.Assignee, "nobody")))
	}
	if d.ClaimsRef != "" {
		fmt.Fprintf(w, "claims to continue %s: not joined (not authenticated, or not its sender); %s is unchanged\n", o(d.ClaimsRef), o(d.ClaimsRef))
	}
	if len(d.ClaimedBy) > 0 {
		fmt.Fprintf(w, "claimed to continue this request, not joined: %s\n", l(d.ClaimedBy, ", "))
	}
	if len(d.Senders) > 0 {
		fmt.Fprintf(w, "addresses verified for this request: %s\n", l(d.Senders, ", "))
	}
	if d.TriageJSON != "" {
		r := rec.Result
		fmt.Fprintf(w, "class: %s  authenticated: %v  emergency: %v\n", o(r.Sender.Class), r.Sender.Authenticated, r.Emergency)
		fmt.Fprintf(w, "process: %s\n", l(r.Process, ", "))
		fmt.Fprintf(w, "authority: %s\nagent: %s\nphones: %s\ncase: %s\ncountry: %s\n",
			o(deref(r.Authority)), o(deref(r.Agent)), l(r.Phones, ", "), o(deref(r.CaseNumber)), o(deref(r.Country)))
		if r.DateRange != nil {
			fmt.Fprintf(w, "records from %s to %s\n", o(r.DateRange.From), o(r.DateRange.To))
		}
		fmt.Fprintf(w, "identifiers: %s\n", l(r.Identifiers, ", "))
		if r.NDO.Present {
			fmt.Fprintf(w, "non-disclosure order until %s\n", o(deref(r.NDO.Until)))
		}
		for _, re := range rec.Decision.Reasons {
			fmt.Fprintf(w, "reason %s: %s (%s)\n", o(re.Code), o(re.Rule), o(re.Source))
		}
		fmt.Fprintln(w, "evidence:")
		for _, e := range r.Evidence {
			fmt.Fprintf(w, "  %s: %s [%s] %s\n", o(e.Field), o(e.Rule), o(e.Source), o(e.Text))
		}
	}
	fmt.Fprintln(w, "messages:")
	for _, m := range d.Messages {
		fmt.Fprintf(w, "  #%d %s %s %d bytes sha256=%s %s\n", m.ID, o(m.Status), o(m.From), m.Size, o(m.SHA256), o(m.Subject))
		if m.ParseError != "" {
			fmt.Fprintf(w, "     error: %s\n", o(m.ParseError))
		}
		for _, at := range m.Attachments {
			fmt.Fprintf(w, "     attachment %s %s %d bytes sha256=%s %s\n", o(strconv.Quote(at.Filename)), o(at.ContentType), at.Size, o(at.SHA256), o(at.TextError))
		}
		printText(w, m.BodyText, 12)
	}
	fmt.Fprintln(w, "audit trail:")
	for _, e := range d.Events {
		fmt.Fprintf(w, "  %s %s by %s: %s\n", o(e.At), o(e.Kind), o(e.Actor), o(e.Detail))
	}
	fmt.Fprintln(w, "replies:")
	for _, r := range replies {
		fmt.Fprintf(w, "  #%d %s to %s: %s (%s, %d attempts) <%s> %s\n", r.ID, o(r.Kind), o(r.To), o(r.Subject), o(r.State), r.Attempts, o(r.MessageID), o(r.LastError))
	}
	fmt.Fprintln(w, "timers:")
	for _, t := range timers {
		fmt.Fprintf(w, "  %s %s (%s)\n", o(t.Due), o(t.Kind), o(t.State))
	}
}

// printText prints up to max non-blank lines of a message's text, each
// through oneLine: the text is the sender's, and escape sequences or
// separators in it must not drive the reader's terminal or fake a line.
func printText(w io.Writer, text string, max int) {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimRight(l, "\r"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	for i, l := range lines {
		if i == max {
			fmt.Fprintf(w, "     | … %d more lines (queue show -json has the whole text)\n", len(lines)-max)
			break
		}
		fmt.Fprintf(w, "     | %s\n", oneLine(strings.ReplaceAll(l, "\t", " ")))
	}
}

func deref(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func cmdTriage(args []string) error {
	f := newFlags("triage", "[-config FILE] [-json] FILE.eml",
		"Triage one message and print the result: the corpus label schema, with evidence and\n"+
			"rules unless -json.")
	cfgPath := configFlag(f.FlagSet)
	asJSON := f.Bool("json", false, "print only the label schema (the default adds evidence and rules)")
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	p, err := loadPipeline(*cfgPath)
	if err != nil {
		return err
	}
	in, err := os.Open(pos[0])
	if err != nil {
		return err
	}
	defer in.Close()
	m, err := mailparse.ParseWith(context.Background(), in, p.Extract)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	r := p.Triage.Analyze(m)
	d := p.Policy.Decide(r)
	if *asJSON {
		return printJSON(eval.LabelOf(r, d))
	}
	return printJSON(struct {
		eval.Label
		Evidence any             `json:"evidence"`
		Rules    []policy.Reason `json:"rules"`
	}{eval.LabelOf(r, d), r.Evidence, d.Reasons})
}

func cmdEval(args []string) error {
	f := newFlags("eval", "[-config FILE] [-predictions OUTDIR] [-golden DIR] [-min-f1 X] [-min-accuracy X] [-j N] DIR",
		"Score triage and policy on a directory of labelled cases (testdata/corpus/README.md),\n"+
			"each subset on a fresh store; exit 1 when a floor is not met.")
	cfgPath := configFlag(f.FlagSet)
	preds := f.String("predictions", "", "write one NAME.json prediction per case into this directory (a subdirectory per subset)")
	golden := f.String("golden", "", "compare each case's reading with its golden file in this directory (a subdirectory per subset) and\nfail on any that moved")
	minF1 := f.Float64("min-f1", 0, "exit non-zero when a field's F1 is below this in any subset")
	minAcc := f.Float64("min-accuracy", 0, "exit non-zero when decision accuracy is below this in any subset")
	floorList := f.String("floors", "", "floors overriding -min-f1 and -min-accuracy: field=x for every subset, subset:field=x for one\n(subset:accuracy=x for its decision accuracy; subset:max_impostors=n for the impostors an adversarial set\nis known to pass, held for review; 0 otherwise), comma-separated")
	jobs := f.Int("j", runtime.GOMAXPROCS(0), "subsets triaged at once (each on a store of its own); the report is the same for any value")
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if *jobs < 1 {
		return fmt.Errorf("%w: -j: want at least 1, got %d", errUsage, *jobs)
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	subsets, err := eval.Subsets(pos[0])
	if err != nil {
		return err
	}
	floors := map[string]float64{}
	for _, kv := range strings.Split(*floorList, ",") {
		if kv = strings.TrimSpace(kv); kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		fl, err := strconv.ParseFloat(v, 64)
		_, field, scoped := strings.Cut(k, ":")
		if !scoped {
			field = k
		}
		if !ok || err != nil || !slices.Contains(eval.Fields, field) && !(scoped && (field == "accuracy" || field == "max_impostors")) {
			return fmt.Errorf("%w: -floors: want field=number or subset:field=number with a scored field, got %q", errUsage, kv)
		}
		floors[k] = fl
	}
	// floor is the most specific floor for a subset's field.
	floor := func(sub, field string, def float64) float64 {
		if fl, ok := floors[sub+":"+field]; ok {
			return fl
		}
		if fl, ok := floors[field]; ok {
			return fl
		}
		return def
	}
	results, err := evalSubsets(cfg, subsets, *jobs)
	if err != nil {
		return err
	}
	var all []eval.Case
	var failed []string
	for i, sub := range subsets {
		res := <-results[i]
		cases, err := res.cases, res.err
		if err != nil {
			return err
		}
		// Predictions and goldens of several subsets live in a
		// subdirectory per subset, those of a single one in DIR itself.
		subDir := func(dir string) string {
			if len(subsets) > 1 {
				return filepath.Join(dir, sub.Name)
			}
			return dir
		}
		if *preds != "" {
			if err := eval.WritePredictions(cases, subDir(*preds)); err != nil {
				return err
			}
		}
		if *golden != "" {
			moved, err := eval.CompareGolden(cases, subDir(*golden))
			if err != nil {
				return err
			}
			for _, m := range moved {
				failed = append(failed, sub.Name+": "+m)
			}
		}
		rep := eval.Evaluate(cases)
		fmt.Printf("== subset %s: %d cases\n", sub.Name, rep.Cases)
		rep.Print(os.Stdout)
		fmt.Println()
		for _, sc := range rep.Scores {
			if fl := floor(sub.Name, sc.Field, *minF1); sc.F1 < fl {
				failed = append(failed, fmt.Sprintf("%s: %s F1 %.3f below %.2f", sub.Name, sc.Field, sc.F1, fl))
			}
		}
		if fl := floor(sub.Name, "accuracy", *minAcc); rep.Accuracy() < fl {
			failed = append(failed, fmt.Sprintf("%s: decision accuracy %.3f below %.2f", sub.Name, rep.Accuracy(), fl))
		}
		// An adversarial set may name, as "SUBSET:max_impostors=N", the
		// impostors it is known to pass today (each held for review as an
		// agency on no list); any more fail the gate. Zero elsewhere.
		if allowed := int(floors[sub.Name+":max_impostors"]); len(rep.Impostors) > allowed {
			failed = append(failed, fmt.Sprintf("%s: %d impostors classed as authenticated law enforcement", sub.Name, len(rep.Impostors)))
		}
		all = append(all, cases...)
	}
	if len(subsets) > 1 {
		rep := eval.Evaluate(all)
		fmt.Printf("== all subsets: %d cases\n", rep.Cases)
		rep.Print(os.Stdout)
	}
	if len(failed) > 0 {
		return fmt.Errorf("eval gate failed:\n  %s", strings.Join(failed, "\n  "))
	}
	return nil
}

// subsetResult is one subset's cases as evalSubset returns them.
type subsetResult struct {
	cases []eval.Case
	err   error
}

// evalSubsets runs every subset through evalSubset, at most jobs at once,
// and returns one channel per subset, in the order of subsets, that
// delivers its result when it is done: the report is printed in order,
// each subset as soon as those before it are done. Subsets share nothing
// they write (each has a store of its own, and follow-ups join only
// within their subset), so running them side by side changes no reading;
// it divides the gate's wall time by the cores `make test` has. They
// share what they only read: one analyzer, policy and reply planner,
// loaded once rather than once per subset (loading the lists was a tenth
// of the eval's time over some four hundred subsets).
func evalSubsets(cfg config.Config, subsets []eval.Subset, jobs int) ([]chan subsetResult, error) {
	tmpl, err := newPipeline(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	results := make([]chan subsetResult, len(subsets))
	for i := range results {
		results[i] = make(chan subsetResult, 1)
	}
	next := make(chan int)
	for range min(jobs, len(subsets)) {
		go func() {
			for i := range next {
				var r subsetResult
				r.cases, r.err = evalSubset(tmpl, subsets[i].Dir)
				results[i] <- r
			}
		}()
	}
	go func() {
		for i := range subsets {
			next <- i
		}
		close(next)
	}()
	return results, nil
}

// evalSubset runs one directory of cases through a pipeline like tmpl on
// a fresh scratch store of its own.
func evalSubset(tmpl *pipeline.Pipeline, dir string) ([]eval.Case, error) {
	tmp, err := os.MkdirTemp("", "lerd-eval-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	st, err := store.OpenWith(filepath.Join(tmp, "eval.db"), filepath.Join(tmp, "raw"), store.OpenOptions{Create: true, Migrate: true, Scratch: true, LerdVersion: version})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return eval.Run(context.Background(), tmpl.OnStore(st), dir)
}

func cmdConfigCheck(args []string) error {
	f := newFlags("config check", "[-config FILE | FILE]",
		"Check everything lerd serve needs from the configuration: its keys and values, the\n"+
			"secrets it names (a *_env variable set, a *_file readable, neither empty; OAuth2\n"+
			"secrets, CA files), the files and directories it names (users_file, tls_cert/tls_key,\n"+
			"notices.csv_path, rules_dir, templates_dir), the rules, and every reply template\n"+
			"rendered with sample data. Lists every problem with its line and key and exits 2;\n"+
			"prints the effective configuration, secrets redacted, and exits 0 when there is none.")
	cfgPath := configFlag(f.FlagSet)
	pos, err := f.parse(args, 0, 1)
	if err != nil {
		return err
	}
	if len(pos) == 1 {
		*cfgPath = pos[0]
	}
	cfg, err := checkConfig(*cfgPath)
	if err != nil {
		return err
	}
	src := *cfgPath
	if src == "" {
		src = "built-in defaults"
	}
	fmt.Printf("%s: ok\n", src)
	return printEffective(os.Stdout, cfg)
}

func cmdTemplatesCheck(args []string) error {
	f := newFlags("templates check", "[-config FILE] [-v]",
		"Render every reply template, for every reason code, against sample data; exit 1 on a\n"+
			"missing field.")
	cfgPath := configFlag(f.FlagSet)
	verbose := f.Bool("v", false, "print every rendered reply")
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	p, err := loadPipeline(*cfgPath)
	if err != nil {
		return err
	}
	n, err := p.Replies.Templates.RenderSamples(p.Policy, func(label, subject, body string) {
		if *verbose {
			fmt.Printf("==== %s\nSubject: %s\n\n%s\n", label, subject, body)
		}
	})
	if err != nil {
		return err
	}
	fmt.Printf("templates: %d replies rendered without error\n", n)
	return nil
}

// decide records a review decision and what follows from it (for
// "produced", the subscriber notice; for "declined", the decline letter);
// it returns what was planned.
func decide(ctx context.Context, a *app, ref, actor, decision, note string) (string, error) {
	lookup, closeLookup, err := newLookup(a.cfg.Notices)
	if err != nil {
		return "", err
	}
	defer closeLookup()
	return a.pipe.Replies.Decide(ctx, a.store, lookup, ref, actor, decision, note)
}

// loadConfig loads the configuration; an error is a configuration error
// (exit 2).
func loadConfig(path string) (config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return cfg, fmt.Errorf("%w: %v", errUsage, err)
	}
	return cfg, nil
}

// loadPipeline loads the configuration and the pipeline without a store,
// for the commands that only triage or render.
func loadPipeline(cfgPath string) (*pipeline.Pipeline, error) {
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		return nil, err
	}
	p, err := newPipeline(cfg, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return p, nil
}

// byState writes counts by state in words: " (needs_review 3, open 5)".
func byState(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
