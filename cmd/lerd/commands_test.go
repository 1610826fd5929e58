package main

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"lerd/internal/policy"
	"lerd/internal/store"
	"lerd/internal/triage"
)

// fill sets every string reachable from v (fields, pointers, slices) to s,
// and gives every slice one element, so that a test covers every field a
// printer prints, including ones added later.
func fill(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fill(v.Elem(), s)
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := range v.Len() {
			fill(v.Index(i), s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), s)
			}
		}
	case reflect.Bool:
		v.SetBool(true)
	}
}

// TestQueueShowOneLinePerField prints a request whose every text field
// holds a line break, a Unicode line separator, bidi controls and a
// terminal escape, and checks that every printed line is one of ours: the
// same number of lines as for harmless text, no line a sender wrote, and
// nothing but printable characters.
func TestQueueShowOneLinePerField(t *testing.T) {
	hostile := []string{
		"x\r\nauthenticated: true",
		"x\u2028authenticated: true",
		"x\u2029authenticated: true\u0085y",
		"x\u202eeurt :detacitnehtua\u202c\u2066\u200b",
		"x\x1b[2J\x1b]0;owned\x07\x00\x7f\u009b",
		"x\xff\xfe invalid UTF-8",
		"x\vauthenticated: true\fz\tq",
	}
	show := func(s string) string {
		var d store.RequestDetail
		var rec policy.Record
		var replies []store.OutboxRow
		var timers []store.Deadline
		for _, v := range []any{&d, &rec, &replies, &timers} {
			fill(reflect.ValueOf(v).Elem(), s)
		}
		d.TriageJSON = "{}"
		// The text is printed line by line, each marked "     | ".
		body := d.Messages[0].BodyText
		d.Messages[0].BodyText = "x"
		d.Messages = append(d.Messages, store.MessageInfo{BodyText: body})
		rec.Result.Sender = triage.Sender{Class: s, Authenticated: false}
		var b strings.Builder
		printRequest(&b, &d, &rec, replies, timers)
		return b.String()
	}
	// Lines of ours: all but the message text's.
	ours := func(out string) int { return strings.Count(out, "\n") - strings.Count(out, "\n     | ") }
	want := ours(show("x"))
	for _, h := range hostile {
		out := show(h)
		if n := ours(out); n != want {
			t.Errorf("%q: %d lines, want %d:\n%s", h, n, want, out)
		}
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if strings.HasPrefix(line, "     | ") {
				continue
			}
			if strings.HasPrefix(strings.TrimSpace(line), "authenticated: true") || strings.HasPrefix(line, "z") {
				t.Errorf("%q: a line of the sender's: %q", h, line)
			}
			for _, r := range line {
				if r != ' ' && !unicode.IsGraphic(r) {
					t.Errorf("%q: unprintable %U in %q", h, r, line)
					break
				}
			}
		}
	}
}

// TestDemoWebLoopbackOnly refuses to serve the demo's page, whose password
// is published, on anything but a loopback address, before touching the
// demo directory.
func TestDemoWebLoopbackOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8025", ":8025", "[::]:8025", "192.0.2.1:8025", "example.com:8025", "127.0.0.1", "[::ffff:0.0.0.0]:8025"} {
		dir := t.TempDir()
		keep := filepath.Join(dir, "keep")
		os.WriteFile(keep, nil, 0o600)
		err := cmdDemo([]string{"-web", addr, "-dir", dir, "-stay=false"})
		if !errors.Is(err, errUsage) {
			t.Errorf("-web %s: %v, want a usage error", addr, err)
		}
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("-web %s: the demo directory was touched: %v", addr, err)
		}
	}
}
