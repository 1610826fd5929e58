package triage

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on its first use rather than
// when the package is loaded. The package holds some four hundred
// patterns, and compiling them all took about 90 ms at every start of the
// binary, also for `lerd extract`, the child that reads one PDF or DOCX
// attachment and never triages (mailparse.Sandbox): that was most of the
// child's cost, paid once per attachment. A pattern that does not compile
// panics on first use as regexp.MustCompile would at load;
// TestPatternsCompile compiles every one.
//
// Compiling also derives the pattern's prefilter (prefilter.go), a test
// on literal strings that rules out most subjects holding no match much
// faster than the regexp can; every method consults it first and, when
// it rules the subject out, returns what the regexp returns for a
// subject without a match.
type lazyRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	pf   *prefilter // nil: no condition known, every call runs the regexp
}

// patterns is every lazyRE made at package level, for TestPatternsCompile.
var patterns []*lazyRE

// lazyRegexp returns a pattern for expr, compiled when first used.
func lazyRegexp(expr string) *lazyRE {
	l := &lazyRE{expr: expr}
	patterns = append(patterns, l)
	return l
}

// compiled is the compiled expression.
func (l *lazyRE) compiled() *regexp.Regexp {
	l.once.Do(func() {
		l.re = regexp.MustCompile(l.expr)
		l.pf = newPrefilter(l.expr)
	})
	return l.re
}

// none reports whether s certainly holds no match, by the prefilter
// (prefilter.go); then each method returns what the regexp returns for a
// subject without a match, without running it. compiled must have run.
func (l *lazyRE) none(s string) bool {
	return l.pf != nil && len(s) >= prefilterMinLen && !l.pf.mayMatch(s)
}

func (l *lazyRE) String() string { return l.expr }

func (l *lazyRE) MatchString(s string) bool {
	re := l.compiled()
	if l.none(s) {
		return false
	}
	return re.MatchString(s)
}

func (l *lazyRE) FindString(s string) string {
	re := l.compiled()
	if l.none(s) {
		return ""
	}
	return re.FindString(s)
}

func (l *lazyRE) FindStringIndex(s string) []int {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindStringIndex(s)
}

func (l *lazyRE) FindStringSubmatch(s string) []string {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindStringSubmatch(s)
}

func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

func (l *lazyRE) FindAllString(s string, n int) []string {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindAllString(s, n)
}

func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindAllStringIndex(s, n)
}

func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindAllStringSubmatch(s, n)
}

func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	re := l.compiled()
	if l.none(s) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString returns s itself where the regexp would return a copy
// of it: the same string.
func (l *lazyRE) ReplaceAllString(s, repl string) string {
	re := l.compiled()
	if l.none(s) {
		return s
	}
	return re.ReplaceAllString(s, repl)
}

func (l *lazyRE) ReplaceAllStringFunc(s string, repl func(string) string) string {
	re := l.compiled()
	if l.none(s) {
		return s
	}
	return re.ReplaceAllStringFunc(s, repl)
}

// Split of a subject without a match is what regexp.Split returns then:
// nil for n == 0, else the subject whole (also when it is empty, as the
// expression is not).
func (l *lazyRE) Split(s string, n int) []string {
	re := l.compiled()
	if n == 0 {
		return nil
	}
	if l.none(s) {
		return []string{s}
	}
	return re.Split(s, n)
}
