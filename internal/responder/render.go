// Package responder answers agencies: it plans the replies a decision calls
// for, renders them from templates, and sends what the outbox holds over
// SMTP, each reply at most once under its own fixed Message-ID.
//
// What is planned is written to the outbox in the same transaction as the
// decision (see pipeline), so a crash can neither lose a reply nor write it
// twice; Sender then delivers it, retrying transient failures.
package responder

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"text/template"

	"lerd/internal/mailparse"
	"lerd/internal/policy"
	"lerd/internal/store"
	"lerd/internal/triage"
)

// Reply kinds; each has a template NAME.tmpl.
const (
	KindAcknowledgement  = "acknowledgement"
	KindNeedsInfo        = "needs_info"
	KindRejection        = "rejection"
	KindPreservation     = "preservation"
	KindEmergency        = "emergency"
	KindSubscriberNotice = "subscriber_notice"
	// KindDecline is the letter a reviewer's "declined" sends, with the
	// reason in the reviewer's note; KindReviewerReply a reply in a
	// reviewer's own words.
	KindDecline       = "decline"
	KindReviewerReply = store.KindReviewerReply
)

// Kinds lists every reply kind.
var Kinds = []string{KindAcknowledgement, KindNeedsInfo, KindRejection, KindPreservation, KindEmergency, KindSubscriberNotice, KindDecline, KindReviewerReply}

// Data is what a template renders.
type Data struct {
	Ref      string
	Subject  string
	Provider string
	From     string
	// Agent is the agency's agent; "" when unknown.
	Agent       string
	Authority   string
	CaseNumber  string
	Phone       string
	Process     []string
	Identifiers []string
	DateRange   *triage.DateRange
	// Reasons are what makes the request incomplete or unacceptable;
	// Warnings are reasons that change nothing but are worth saying.
	Reasons           []policy.Reason
	Warnings          []policy.Reason
	PreservationUntil string
	PreservationDays  int
	// Account is the account holder's identifier, for subscriber notices.
	Account string
	// Text is a reviewer's words: the reason of a decline, or a reply.
	Text string
}

// Templates are the parsed reply templates.
type Templates struct {
	byKind map[string]*template.Template
}

var funcs = template.FuncMap{
	// reply makes "Re: SUBJECT" without stacking prefixes or references.
	"reply": func(s string) string {
		s = refTag.ReplaceAllString(s, "")
		s, _ = mailparse.BaseSubject(s)
		if s == "" {
			s = "Your request"
		}
		return "Re: " + s
	},
	"greeting": func(d Data) string {
		if d.Agent != "" {
			return "Dear " + d.Agent + ","
		}
		return "Dear Sir or Madam,"
	},
	"processText": func(p []string) string {
		names := map[string]string{
			"subpoena": "subpoena", "court_order": "court order", "search_warrant": "search warrant",
			"preservation": "preservation request", "emergency": "emergency request", "nondisclosure_order": "non-disclosure order",
			"mlat": "MLAT request", "civil_subpoena": "subpoena", "data_subject_request": "request",
		}
		var out []string
		for _, k := range p {
			if n, ok := names[k]; ok && !contains(out, n) {
				out = append(out, n)
			}
		}
		switch len(out) {
		case 0:
			return "request"
		case 1:
			return out[0]
		}
		return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
	},
	"add": func(a, b int) int { return a + b },
}

var refTag = regexp.MustCompile(`\s*\[LER-\d{4}-\d{6}\]`)

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// LoadTemplates parses KIND.tmpl for every kind, with signature.tmpl.
// A template that uses a field Data lacks fails here or at render time.
// Every template that cannot be read or parsed is reported, not only the
// first; with the error come the templates that did parse, so that a
// check can render those too.
func LoadTemplates(fsys fs.FS) (*Templates, error) {
	t := &Templates{byKind: map[string]*template.Template{}}
	sig, err := fs.ReadFile(fsys, "signature.tmpl")
	if err != nil {
		return nil, fmt.Errorf("responder: templates: %w", err)
	}
	var errs []error
	for _, k := range Kinds {
		body, err := fs.ReadFile(fsys, k+".tmpl")
		if err != nil {
			errs = append(errs, fmt.Errorf("responder: templates: %w", err))
			continue
		}
		tpl, err := template.New(k).Funcs(funcs).Option("missingkey=error").Parse(string(body))
		if err == nil {
			_, err = tpl.Parse(string(sig))
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("responder: template %s.tmpl: %w", k, err))
			continue
		}
		t.byKind[k] = tpl
	}
	return t, errors.Join(errs...)
}

// RenderSamples renders every kind of reply, and a rejection or
// needs-info letter for every reason code of pol, against SampleData;
// each is passed to fn. It returns how many rendered and, for every
// template that failed, its first error (lerd templates check, lerd
// config check).
func (t *Templates) RenderSamples(pol *policy.Policy, fn func(label, subject, body string)) (int, error) {
	n := 0
	var errs []error
	failed := map[string]bool{}
	check := func(kind string, d Data, label string) {
		if t.byKind[kind] == nil {
			return // did not parse: LoadTemplates said so
		}
		subject, body, err := t.Render(kind, d)
		if err != nil {
			if !failed[kind] {
				errs = append(errs, fmt.Errorf("%s.tmpl (sample %s): %w", kind, label, err))
			}
			failed[kind] = true
			return
		}
		n++
		if fn != nil {
			fn(label, subject, body)
		}
	}
	for _, k := range Kinds {
		check(k, SampleData(pol), k)
	}
	for _, code := range policy.Codes {
		kind := KindRejection
		if pol.Reasons[code].Action == policy.NeedsInfo {
			kind = KindNeedsInfo
		}
		check(kind, SampleData(pol, code), kind+" "+code)
	}
	return n, errors.Join(errs...)
}

// Render returns the subject and body of a reply.
func (t *Templates) Render(kind string, d Data) (subject, body string, err error) {
	tpl, ok := t.byKind[kind]
	if !ok {
		return "", "", fmt.Errorf("responder: no template for %q", kind)
	}
	var b bytes.Buffer
	if err := tpl.Execute(&b, d); err != nil {
		return "", "", fmt.Errorf("responder: render %s: %w", kind, err)
	}
	head, rest, ok := strings.Cut(b.String(), "\n\n")
	if !ok || !strings.HasPrefix(head, "Subject: ") || strings.Contains(head, "\n") {
		return "", "", fmt.Errorf("responder: template %s must start with one Subject: line and a blank line", kind)
	}
	return strings.TrimPrefix(head, "Subject: "), wrap(strings.TrimRight(rest, "\n"), 76) + "\n", nil
}

// wrap breaks lines longer than width at spaces, continuing each under its
// own indentation ("1. " items continue under their text), so the reply
// reads well in any mail client.
func wrap(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if m := listItem.FindString(line); m != "" {
			indent = len(m)
		}
		pad := strings.Repeat(" ", indent)
		for len(line) > width {
			cut := strings.LastIndexByte(line[:width+1], ' ')
			if cut <= indent {
				break
			}
			out = append(out, line[:cut])
			line = pad + strings.TrimLeft(line[cut:], " ")
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

var listItem = regexp.MustCompile(`^\s*(\d+\.|-)\s+`)
