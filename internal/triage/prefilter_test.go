package triage

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unicode"
	"unicode/utf8"

	"lerd/internal/mailparse"
)

// TestPrefilterAnalysis checks the condition found for hand-written
// expressions: literals, case folding, exact sets crossed through
// concatenations, alternations, optional and repeated parts, and the
// expressions of which nothing useful is known ("all").
func TestPrefilterAnalysis(t *testing.T) {
	many := make([]string, 1100)
	for i := range many {
		many[i] = "w" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	for _, c := range []struct{ expr, want string }{
		{`abc`, `"abc"`},
		{`(?i)abc`, `i"ABC"`},
		{`ab`, `all`},          // too short to filter
		{`(?i)2703`, `"2703"`}, // no case variants: as written
		{`(?i)ſtop|\x{212A}elvin`, `or(i"STOP" i"KELVIN")`}, // the smallest rune of each orbit
		{`foo|bar`, `or("foo" "bar")`},
		{`foo|ba`, `all`}, // one branch too short
		{`foo|b.r`, `all`},
		{`contents?`, `"content"`},                // "contents" implies "content"
		{`(?i)e-?mail`, `or(i"EMAIL" i"E-MAIL")`}, // exact set {EMAIL, E-MAIL}
		{`foo.*bar`, `and("foo" "bar")`},
		{`(?:posted|said)[^.]{0,120}\b(?:kill|shoot)`, `and(or("said" "posted") or("kill" "shoot"))`},
		{`in(?:box|formation)`, `or("inbox" "information")`}, // the parser's factoring undone
		{`(?i)(?-i:ABC)def`, `i"ABCDEF"`},                    // exact joined to folded is folded
		{`(?-i:ABC)(?i:def)`, `i"ABCDEF"`},
		{`(?i)x(?-i:[A-Z]{2,6})y`, `all`},
		{`(foo)+`, `"foo"`},
		{`(?:foo)*`, `all`},
		{`(?:foo)*bar`, `"bar"`},
		{`(?:foo)?bar`, `"bar"`},
		{`(?:foo){2,3}`, `"foofoo"`},
		{`(?:foo){0,2}bar`, `"bar"`},
		{`(?:foo|bar)?baz`, `"baz"`},
		{`conte[úu]do`, `or("conteudo" "conteúdo")`},
		{`(?i)conte[úu]do`, `or(i"CONTEUDO" i"CONTEÚDO")`},
		{`conte[a-z]do`, `"conte"`}, // a large class ends the exact run
		{`\bword\b`, `"word"`},
		{`^abc$`, `"abc"`},
		{`(?m)^abc$`, `"abc"`},
		{`(foo)(bar)`, `"foobar"`},
		{`(?i)subpoena(?: duces tecum)?`, `i"SUBPOENA"`},
		{`a\x{FFFD}bc`, `all`}, // U+FFFD matches an invalid byte
		{`a\x{D800}bc`, `all`}, // a surrogate matches nothing
		{`abc[\x{FFFD}x]def`, `and("abc" "def")`},
		{`\d{4}-\d{2}-\d{2}`, `all`},
		{`x*`, `all`},
		{``, `all`},
		{`(?:aaa|bbb|ccc|ddd|eee|fff)(?:ggg|hhh|iii|jjj|kkk|lll)`, // 36 crossed strings: two ors
			`and(or("aaa" "bbb" "ccc" "ddd" "eee" "fff") or("ggg" "hhh" "iii" "jjj" "kkk" "lll"))`},
		{`(?:ab|cd)(?:ef|gh)`, `or("abef" "abgh" "cdef" "cdgh")`},
		{strings.Join(many, "|"), `all`}, // too many literals to test
		{`(`, `all`},                     // does not parse
	} {
		got := "all"
		if p := newPrefilter(c.expr); p != nil {
			got = p.cond.String()
		}
		if got != c.want {
			t.Errorf("%.60q: got %s, want %s", c.expr, got, c.want)
		}
	}
}

// TestMinFold checks the canonical folding against the orbits the regexp
// matches under (?i).
func TestMinFold(t *testing.T) {
	for _, c := range []struct{ in, want rune }{
		{'a', 'A'}, {'A', 'A'}, {'k', 'K'}, {'\u212A', 'K'}, {'s', 'S'}, {'ſ', 'S'},
		{'é', 'É'}, {'σ', 'Σ'}, {'ς', 'Σ'}, {'1', '1'}, {'\uFFFD', '\uFFFD'},
	} {
		if got := minFold(c.in); got != c.want {
			t.Errorf("minFold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// ß's orbit is itself and U+1E9E; an invalid byte stays as it is.
	if got, want := foldString("Straße \u212Aelvin ſ\xff!"), "STRA\u00dfE KELVIN S\xff!"; got != want {
		t.Errorf("foldString = %q, want %q", got, want)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if m := minFold(r); minFold(m) != m || m > r {
			t.Fatalf("minFold(%U) = %U, not the orbit's smallest", r, m)
		}
	}
}

// prefilterSubjects are the texts the property test runs every pattern
// on: in corpus, the text (subject and parts, as triage reads them) of a
// sample of n of the corpus's messages; in rewritten, for every 20th of
// those its raw bytes (headers, encoded parts, any invalid UTF-8), its
// text in upper case and with every 's' and 'k' written as the runes
// (?i) also matches for them (U+017F, U+212A); and short strings.
func prefilterSubjects(t testing.TB, n int) (corpus, rewritten, short []string) {
	files, err := filepath.Glob("../../testdata/corpus/*/*.eml")
	if err != nil || len(files) == 0 {
		t.Fatalf("corpus: %v (%d files)", err, len(files))
	}
	slices.Sort(files)
	step := max(1, len(files)/n)
	for i := 0; i < len(files); i += step {
		raw, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		m, err := mailparse.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", files[i], err)
		}
		text := m.Subject
		for _, p := range m.Parts {
			text += "\n" + p.Text
		}
		corpus = append(corpus, text)
		if i/step%20 == 0 {
			rewritten = append(rewritten, string(raw), strings.ToUpper(text), oddFolds(text))
		}
	}
	return corpus, rewritten, append(short,
		"", "ſ", "\u212A", "\xff", "ſubpoena", "\u212Aill", "SUBPOENA Duces TECUM", "preſervation request",
		"we will \u212AILL him", "court ORDER for production", "conteúdo das mensagens", "CONTEÚDO DAS MENSAGENS",
		"content\xffs of all messages", "contents of all e-mails", "the contents of the account", "Straße \u212Aelvin ſ")
}

// oddFolds writes s, S, k and K as U+017F and U+212A, runes a (?i)
// pattern matches for them that strings.ToLower and ToUpper leave alone.
func oddFolds(s string) string {
	return strings.NewReplacer("s", "ſ", "S", "ſ", "k", "\u212A", "K", "\u212A").Replace(s)
}

// TestPrefilterSameResults runs every package-level pattern on the
// subjects both through lazyRE, whose prefilter is consulted on every
// subject here (prefilterMinLen 0), and through the compiled regexp
// alone, and requires the same results. The regexps of the largest
// patterns run at a few microseconds a byte, so to stay near 20 seconds
// of CPU the pairs are sampled: each pattern meets every third corpus
// or rewritten text (each text a third of the patterns, in turn) and
// every short one. Where the prefilter rules a subject out, lazyRE
// answers without the regexp: MatchString is compared on every such pair
// (the regexp must find no match), and FindAllStringSubmatchIndex,
// ReplaceAllString and Split on every fourth. Where it does not, lazyRE
// calls the same regexp, and the four are compared on every tenth pair.
// TestPrefilterNoMatchValues checks every method's answer for a subject
// ruled out.
func TestPrefilterSameResults(t *testing.T) {
	n := prefilterMinLen
	prefilterMinLen = 0
	t.Cleanup(func() { prefilterMinLen = n })
	corpus, rewritten, short := prefilterSubjects(t, 300)
	subjects := slices.Concat(corpus, rewritten, short)
	var withPF, ruledOut, pairs atomic.Int64
	// The patterns in as many parallel parts as there are cores.
	parts := runtime.GOMAXPROCS(0)
	for part := range parts {
		t.Run(fmt.Sprint("part", part), func(t *testing.T) {
			t.Parallel()
			for i := part; i < len(patterns); i += parts {
				p := patterns[i]
				re := p.compiled()
				if p.pf != nil {
					withPF.Add(1)
				}
				k := 0
				for j, s := range subjects {
					switch {
					case j < len(corpus) && (i+j)%3 != 0,
						j >= len(corpus) && j < len(corpus)+len(rewritten) && (i+j)%3 != 0:
						continue
					}
					k++
					pairs.Add(1)
					none := p.none(s)
					if none {
						ruledOut.Add(1)
					} else if k%10 != 0 {
						continue
					}
					if got, want := p.MatchString(s), re.MatchString(s); got != want {
						t.Fatalf("%.80q on %.80q: MatchString %v, regexp %v", p.expr, s, got, want)
					}
					if none && k%4 != 0 {
						continue
					}
					if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
						t.Fatalf("%.80q on %.80q: FindAllStringSubmatchIndex %v, regexp %v", p.expr, s, got, want)
					}
					if got, want := p.ReplaceAllString(s, "x"), re.ReplaceAllString(s, "x"); got != want {
						t.Fatalf("%.80q on %.80q: ReplaceAllString %.80q, regexp %.80q", p.expr, s, got, want)
					}
					if got, want := p.Split(s, -1), re.Split(s, -1); !reflect.DeepEqual(got, want) {
						t.Fatalf("%.80q on %.80q: Split %.80q, regexp %.80q", p.expr, s, got, want)
					}
				}
			}
		})
	}
	t.Cleanup(func() {
		t.Logf("%d of %d patterns have a prefilter; it ruled out %d of %d pattern-subject pairs tested (%d corpus texts, %d rewritten, %d short)",
			withPF.Load(), len(patterns), ruledOut.Load(), pairs.Load(), len(corpus), len(rewritten), len(short))
		if withPF.Load() < int64(len(patterns)/2) {
			t.Errorf("only %d of %d patterns have a prefilter", withPF.Load(), len(patterns))
		}
	})
}

// TestPrefilterNoMatchValues checks every method's answer for a subject
// the prefilter rules out against the regexp's, for every n the callers
// may pass, on a long subject (the prefilter's default threshold) and an
// empty one.
func TestPrefilterNoMatchValues(t *testing.T) {
	l := &lazyRE{expr: `(?i)subpoena`}
	re := l.compiled()
	long := strings.Repeat("nothing to see here. ", 10)
	for _, s := range []string{long, ""} {
		if s != "" && !l.none(s) {
			t.Fatalf("prefilter does not rule out %q", s)
		}
		check := func(name string, got, want any) {
			t.Helper()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s(%.20q) = %#v, regexp %#v", name, s, got, want)
			}
		}
		check("MatchString", l.MatchString(s), re.MatchString(s))
		check("FindString", l.FindString(s), re.FindString(s))
		check("FindStringIndex", l.FindStringIndex(s), re.FindStringIndex(s))
		check("FindStringSubmatch", l.FindStringSubmatch(s), re.FindStringSubmatch(s))
		check("FindStringSubmatchIndex", l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s))
		check("ReplaceAllString", l.ReplaceAllString(s, "x"), re.ReplaceAllString(s, "x"))
		check("ReplaceAllStringFunc", l.ReplaceAllStringFunc(s, strings.ToUpper), re.ReplaceAllStringFunc(s, strings.ToUpper))
		for _, n := range []int{-1, 0, 1, 2} {
			check("FindAllString", l.FindAllString(s, n), re.FindAllString(s, n))
			check("FindAllStringIndex", l.FindAllStringIndex(s, n), re.FindAllStringIndex(s, n))
			check("FindAllStringSubmatch", l.FindAllStringSubmatch(s, n), re.FindAllStringSubmatch(s, n))
			check("FindAllStringSubmatchIndex", l.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n))
			check("Split", l.Split(s, n), re.Split(s, n))
		}
	}
}

// fuzzPatterns are the patterns FuzzPrefilter runs: some of the package's
// largest, and small ones on the edges of the analysis (folding orbits,
// optional parts, crossed sets, U+FFFD).
var fuzzPatterns = []*lazyRE{
	contentPhrase, notContent, contentWithdrawn, courtOrderStrong, emergencySummary, emergencyHelp,
	{expr: `(?i)\bpreserv(?:e|ation)\b|kill|ſtop`},
	{expr: `(?i)conte[úu]do (?:das|dos) (?:mensagens|e-?mails)|(?-i:ABC)def`},
	{expr: `(?:foo|bar)?baz(?:qux)+x[^y]*zzz`},
	{expr: `a\x{FFFD}bc|abc[\x{FFFD}x]def`},
}

// FuzzPrefilter compares the prefiltered patterns with their regexps on
// fuzzed subjects.
func FuzzPrefilter(f *testing.F) {
	for _, s := range []string{"", "KILL", "\u212Aill", "preſerve it", "ABCdef", "abcDEF", "conteudo dos e-mails",
		"xxbazquxquxx--zzz", "a\xffbc", "abc\xffdef", "the contents of all messages"} {
		f.Add(s)
	}
	// The prefilter on every subject, however short.
	defer func(n int) { prefilterMinLen = n }(prefilterMinLen)
	prefilterMinLen = 0
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range fuzzPatterns {
			re := p.compiled()
			if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%.80q on %q: %v, regexp %v", p.expr, s, got, want)
			}
			if got, want := p.Split(s, -1), re.Split(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%.80q on %q: Split %q, regexp %q", p.expr, s, got, want)
			}
			if p.pf != nil && re.MatchString(s) && !p.pf.mayMatch(s) {
				t.Fatalf("%.80q on %q: prefilter rules out a match", p.expr, s)
			}
		}
		if utf8.ValidString(s) {
			// A folded subject is folded already.
			if f := foldString(s); foldString(f) != f {
				t.Fatalf("foldString not idempotent on %q", s)
			}
		}
	})
}
