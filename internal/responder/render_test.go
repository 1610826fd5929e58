package responder

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lerd/internal/policy"
	"lerd/rules"
	"lerd/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func load(t *testing.T) (*Templates, *policy.Policy) {
	t.Helper()
	tpl, err := LoadTemplates(templates.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	pol, err := policy.Load(rules.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	return tpl, pol
}

// golden compares a rendered reply with testdata/golden/NAME.txt.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".txt")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/responder -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file:\n--- want\n%s\n--- got\n%s", name, want, got)
	}
}

func render(t *testing.T, tpl *Templates, kind string, d Data) string {
	t.Helper()
	subject, body, err := tpl.Render(kind, d)
	if err != nil {
		t.Fatal(err)
	}
	return "Subject: " + subject + "\n\n" + body
}

func TestTemplatesGolden(t *testing.T) {
	tpl, pol := load(t)
	for _, k := range []string{KindAcknowledgement, KindPreservation, KindEmergency, KindSubscriberNotice, KindDecline, KindReviewerReply} {
		t.Run(k, func(t *testing.T) { golden(t, k, render(t, tpl, k, SampleData(pol))) })
	}
	t.Run("acknowledgement_with_warning", func(t *testing.T) {
		golden(t, "acknowledgement_reply_to_mismatch", render(t, tpl, KindAcknowledgement, SampleData(pol, "reply_to_mismatch")))
	})
	// Every reason code, in the reply that carries it.
	for _, code := range policy.Codes {
		if code == "reply_to_mismatch" {
			continue
		}
		kind := KindRejection
		if pol.Reasons[code].Action == policy.NeedsInfo {
			kind = KindNeedsInfo
		}
		t.Run(code, func(t *testing.T) {
			out := render(t, tpl, kind, SampleData(pol, code))
			r := pol.Reason(code)
			for _, want := range []string{r.Accept, r.Rule, r.Source} {
				if !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(want), " ")) {
					t.Errorf("%s reply lacks %q", code, want)
				}
			}
			golden(t, kind+"_"+code, out)
		})
	}
	t.Run("needs_info_two_reasons", func(t *testing.T) {
		golden(t, "needs_info_two_reasons", render(t, tpl, KindNeedsInfo, SampleData(pol, "missing_phone", "lookback_exceeds_90_days")))
	})
}

func TestReplySubject(t *testing.T) {
	tpl, pol := load(t)
	for in, want := range map[string]string{
		"Subpoena":                           "Re: Subpoena [LER-2026-000042]",
		"RE: Re: Subpoena [LER-2026-000042]": "Re: Subpoena [LER-2026-000042]",
		"AW: Fwd: Auskunft":                  "Re: Auskunft [LER-2026-000042]",
		"[EXTERNAL] RE: Subpoena":            "Re: Subpoena [LER-2026-000042]",
		"Odp: Postanowienie":                 "Re: Postanowienie [LER-2026-000042]",
		"":                                   "Re: Your request [LER-2026-000042]",
	} {
		d := SampleData(pol)
		d.Subject = in
		got, _, err := tpl.Render(KindAcknowledgement, d)
		if err != nil || got != want {
			t.Errorf("subject for %q = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestMissingFieldFails(t *testing.T) {
	dir := t.TempDir()
	for _, k := range Kinds {
		os.WriteFile(filepath.Join(dir, k+".tmpl"), []byte("Subject: x\n\n{{.Ref}}\n"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "signature.tmpl"), []byte(`{{define "signature"}}{{end}}`), 0o644)
	os.WriteFile(filepath.Join(dir, KindRejection+".tmpl"), []byte("Subject: x\n\n{{.NoSuchField}}\n"), 0o644)
	tpl, err := LoadTemplates(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	_, pol := load(t)
	if _, _, err := tpl.Render(KindRejection, SampleData(pol)); err == nil {
		t.Fatal("template with an unknown field rendered")
	}
}

// TestOperatorTemplatesFallBack: an operator's templates directory made
// before a template was added (it lacks decline.tmpl and
// reviewer_reply.tmpl) still loads: its own files are used, the missing
// ones are the embedded defaults.
func TestOperatorTemplatesFallBack(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, KindAcknowledgement+".tmpl"), []byte("Subject: ours [{{.Ref}}]\n\nOur own text.\n"), 0o644)
	tpl, err := LoadTemplates(templates.FS(dir))
	if err != nil {
		t.Fatal(err)
	}
	_, pol := load(t)
	if subject, _, err := tpl.Render(KindAcknowledgement, SampleData(pol)); err != nil || subject != "ours [LER-2026-000042]" {
		t.Errorf("operator's acknowledgement: %q %v", subject, err)
	}
	if _, body, err := tpl.Render(KindDecline, SampleData(pol)); err != nil || !strings.Contains(body, "declines it") {
		t.Errorf("embedded decline letter: %v\n%s", err, body)
	}
}
