package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lerd/internal/pipeline"
	"lerd/internal/policy"
	"lerd/internal/store"
)

// Case is one labelled message with what lerd predicted for it.
type Case struct {
	Name      string
	Want      Label
	Got       Label
	Err       error
	HasLabels bool
}

// Run ingests every .eml in dir, in the order of the case numbers that
// open their names (then by name), through a pipeline on a fresh store,
// and returns each case with its prediction. The pipeline's store must be
// empty so that follow-ups find only earlier cases: case 986 comes before
// its follow-up 1019, which a sort by name would put first.
func Run(ctx context.Context, p *pipeline.Pipeline, dir string) ([]Case, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	sort.SliceStable(names, func(i, j int) bool {
		a, b := filepath.Base(names[i]), filepath.Base(names[j])
		if na, nb := caseNumberOf(a), caseNumberOf(b); na != nb {
			return na < nb
		}
		return a < b
	})
	refCase := map[string]string{}
	var cases []Case
	for _, path := range names {
		name := strings.TrimSuffix(filepath.Base(path), ".eml")
		c := Case{Name: name}
		if b, err := os.ReadFile(strings.TrimSuffix(path, ".eml") + ".json"); err == nil {
			if err := json.Unmarshal(b, &c.Want); err != nil {
				return nil, fmt.Errorf("eval: label %s: %w", name, err)
			}
			c.HasLabels = true
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		out, err := p.Ingest(ctx, f, store.Origin{Source: "file:" + path})
		f.Close()
		if err != nil {
			c.Err = err
			cases = append(cases, c)
			continue
		}
		if out.Ref == "" {
			c.Err = fmt.Errorf("not stored as a request (status %s)", out.Status)
			cases = append(cases, c)
			continue
		}
		d, err := p.Store.GetRequest(ctx, out.Ref)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var rec policy.Record
		if err := json.Unmarshal([]byte(d.TriageJSON), &rec); err != nil {
			c.Err = fmt.Errorf("request %s has no triage: %v", out.Ref, err)
			cases = append(cases, c)
			continue
		}
		c.Got = LabelOf(rec.Result, rec.Decision)
		if out.Joined {
			first := refCase[out.Ref]
			c.Got.FollowUpTo = &first
		} else {
			refCase[out.Ref] = name
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// caseNumberOf is the number that opens a case's file name ("986-…"), or
// -1 when it has none.
func caseNumberOf(name string) int {
	n, digits := 0, 0
	for _, r := range name {
		if r < '0' || r > '9' {
			break
		}
		n, digits = n*10+int(r-'0'), digits+1
	}
	if digits == 0 {
		return -1
	}
	return n
}

// WritePredictions writes one NAME.json per case into dir.
func WritePredictions(cases []Case, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	for _, c := range cases {
		b, err := json.MarshalIndent(c.Got, "", "  ")
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.Name+".json"), append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	return nil
}

// CompareGolden compares each case's reading with its golden file in dir
// (WritePredictions' output of an earlier, checked run) and describes every
// case whose reading moved or has no golden file: a change to triage shows
// as exactly the cases it moved.
func CompareGolden(cases []Case, dir string) ([]string, error) {
	var moved []string
	for _, c := range cases {
		got, err := json.MarshalIndent(c.Got, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		want, err := os.ReadFile(filepath.Join(dir, c.Name+".json"))
		if err != nil {
			moved = append(moved, fmt.Sprintf("%s: no golden file (rewrite with -update): %v", c.Name, err))
			continue
		}
		if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
			moved = append(moved, fmt.Sprintf("%s: triage moved\n got: %s\nwant: %s", c.Name, got, bytes.TrimSpace(want)))
		}
	}
	return moved, nil
}

// Score is precision, recall and F1 of one field.
type Score struct {
	Field             string
	TP, FP, FN        int
	Precision, Recall float64
	F1                float64
}

// Report is the result of scoring a corpus.
type Report struct {
	Cases     int
	Scores    []Score
	Correct   int
	Confusion map[string]map[string]int
	Wrong     []Case
	Errors    []Case
	// Impostors lists cases where a lookalike, free-mail or unauthenticated
	// sender came out as authenticated law enforcement.
	Impostors []Case
	// Categories counts decisions per labelled category ("class:freemail",
	// "process:subpoena", "country:DE"), so a weak kind of request shows
	// even when the total looks good.
	Categories map[string]*Tally
}

// Tally is the decision accuracy of one category.
type Tally struct {
	Cases, Correct int
}

// Accuracy is the share of decisions that matched the label.
func (r Report) Accuracy() float64 { return ratio(r.Correct, r.Cases) }

// categories names the groups a labelled case belongs to.
func categories(l Label) []string {
	out := []string{"class:" + l.Sender.Class}
	seen := map[string]bool{}
	for _, p := range l.Process {
		if !seen[p] {
			seen[p] = true
			out = append(out, "process:"+p)
		}
	}
	country := "none"
	if l.Country != nil {
		country = *l.Country
	}
	return append(out, "country:"+country)
}

// Subset is one directory of labelled cases, run on its own fresh store so
// that follow-ups find only the cases of their own subset.
type Subset struct {
	Name string
	Dir  string
}

// Subsets lists dir itself (named after it) when it holds .eml files, then
// every immediate subdirectory that does, in name order: the development
// corpus keeps the vendored cases at its top and rewordings and new cases
// in subdirectories.
func Subsets(dir string) ([]Subset, error) {
	var out []Subset
	has := func(d string) bool {
		m, _ := filepath.Glob(filepath.Join(d, "*.eml"))
		return len(m) > 0
	}
	if has(dir) {
		out = append(out, Subset{Name: filepath.Base(filepath.Clean(dir)), Dir: dir})
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	for _, e := range entries {
		if sub := filepath.Join(dir, e.Name()); e.IsDir() && has(sub) {
			out = append(out, Subset{Name: e.Name(), Dir: sub})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: no .eml files in %s or its subdirectories", dir)
	}
	return out, nil
}

// Fields are scored in this order.
var Fields = []string{"sender.address", "sender.class", "sender.authenticated", "process", "emergency", "authority",
	"agent", "phones", "case_number", "country", "date_range", "identifiers", "ndo", "decision", "reasons", "follow_up_to"}

// Evaluate scores predictions against labels.
func Evaluate(cases []Case) Report {
	rep := Report{Confusion: map[string]map[string]int{}, Categories: map[string]*Tally{}}
	counts := map[string]*Score{}
	for _, f := range Fields {
		counts[f] = &Score{Field: f}
	}
	for _, c := range cases {
		if !c.HasLabels {
			continue
		}
		rep.Cases++
		if c.Err != nil {
			rep.Errors = append(rep.Errors, c)
		}
		for _, f := range Fields {
			want, got := items(c.Want, f), items(c.Got, f)
			tp := 0
			used := make([]bool, len(got))
			for _, w := range want {
				for i, g := range got {
					if !used[i] && g == w {
						used[i] = true
						tp++
						break
					}
				}
			}
			s := counts[f]
			s.TP += tp
			s.FP += len(got) - tp
			s.FN += len(want) - tp
		}
		if rep.Confusion[c.Want.Decision] == nil {
			rep.Confusion[c.Want.Decision] = map[string]int{}
		}
		rep.Confusion[c.Want.Decision][c.Got.Decision]++
		for _, k := range categories(c.Want) {
			t := rep.Categories[k]
			if t == nil {
				t = &Tally{}
				rep.Categories[k] = t
			}
			t.Cases++
			if c.Want.Decision == c.Got.Decision {
				t.Correct++
			}
		}
		if c.Want.Decision == c.Got.Decision {
			rep.Correct++
		} else {
			rep.Wrong = append(rep.Wrong, c)
		}
		if c.Got.Sender.Class == "law_enforcement" && c.Got.Sender.Authenticated &&
			(c.Want.Sender.Class != "law_enforcement" || !c.Want.Sender.Authenticated) && c.Want.Sender.Class != "automated" {
			rep.Impostors = append(rep.Impostors, c)
		}
	}
	for _, f := range Fields {
		s := counts[f]
		s.Precision, s.Recall, s.F1 = ratio(s.TP, s.TP+s.FP), ratio(s.TP, s.TP+s.FN), 0
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		if s.TP+s.FP+s.FN == 0 {
			s.Precision, s.Recall, s.F1 = 1, 1, 1
		}
		rep.Scores = append(rep.Scores, *s)
	}
	return rep
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// items turns one field of a label into comparable items: list fields give
// one item per element, scalar fields one item when set (so a wrong value
// counts as both a false positive and a false negative), booleans always one.
func items(l Label, field string) []string {
	str := func(p *string) []string {
		if p == nil {
			return nil
		}
		return []string{*p}
	}
	switch field {
	case "sender.address":
		return []string{strings.ToLower(l.Sender.Address)}
	case "sender.class":
		return []string{l.Sender.Class}
	case "sender.authenticated":
		return []string{fmt.Sprint(l.Sender.Authenticated)}
	case "process":
		return l.Process
	case "emergency":
		return []string{fmt.Sprint(l.Emergency)}
	case "authority":
		return str(l.Authority)
	case "agent":
		return str(l.Agent)
	case "phones":
		return l.Phones
	case "case_number":
		return str(l.CaseNumber)
	case "country":
		return str(l.Country)
	case "date_range":
		if l.DateRange == nil {
			return nil
		}
		return []string{l.DateRange.From + ".." + l.DateRange.To}
	case "identifiers":
		out := make([]string, len(l.Identifiers))
		for i, s := range l.Identifiers {
			out[i] = strings.ToLower(s)
		}
		return out
	case "ndo":
		u := "null"
		if l.NDO.Until != nil {
			u = *l.NDO.Until
		}
		return []string{fmt.Sprintf("%v/%s", l.NDO.Present, u)}
	case "decision":
		return []string{l.Decision}
	case "reasons":
		return l.Reasons
	case "follow_up_to":
		return str(l.FollowUpTo)
	}
	return nil
}

// Print writes a human report.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "%-22s %9s %9s %9s %5s %5s %5s\n", "field", "precision", "recall", "f1", "tp", "fp", "fn")
	for _, s := range r.Scores {
		fmt.Fprintf(w, "%-22s %9.3f %9.3f %9.3f %5d %5d %5d\n", s.Field, s.Precision, s.Recall, s.F1, s.TP, s.FP, s.FN)
	}
	fmt.Fprintf(w, "\ndecision accuracy: %d/%d = %.3f\n", r.Correct, r.Cases, ratio(r.Correct, r.Cases))
	acts := []string{"acknowledge", "needs_info", "reject", "ignore"}
	fmt.Fprintf(w, "\nconfusion (rows: labelled, columns: predicted)\n%-12s", "")
	for _, a := range acts {
		fmt.Fprintf(w, " %11s", a)
	}
	fmt.Fprintln(w)
	for _, want := range acts {
		fmt.Fprintf(w, "%-12s", want)
		for _, got := range acts {
			fmt.Fprintf(w, " %11d", r.Confusion[want][got])
		}
		fmt.Fprintln(w)
	}
	if len(r.Wrong) > 0 {
		fmt.Fprintln(w, "\nwrong decisions:")
		for _, c := range r.Wrong {
			fmt.Fprintf(w, "  %s: want %s %v, got %s %v\n", c.Name, c.Want.Decision, c.Want.Reasons, c.Got.Decision, c.Got.Reasons)
		}
	}
	for _, c := range r.Errors {
		fmt.Fprintf(w, "error: %s: %v\n", c.Name, c.Err)
	}
	keys := make([]string, 0, len(r.Categories))
	for k := range r.Categories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintln(w, "\ndecision accuracy by labelled category:")
	for _, k := range keys {
		t := r.Categories[k]
		fmt.Fprintf(w, "  %-34s %3d/%-3d = %.3f\n", k, t.Correct, t.Cases, ratio(t.Correct, t.Cases))
	}
	fmt.Fprintf(w, "\nimpostors classed as authenticated law enforcement: %d\n", len(r.Impostors))
	for _, c := range r.Impostors {
		fmt.Fprintf(w, "  %s\n", c.Name)
	}
}

// Below returns the fields whose F1 is under min.
func (r Report) Below(min float64) []string {
	var out []string
	for _, s := range r.Scores {
		if s.F1 < min {
			out = append(out, s.Field)
		}
	}
	return out
}
