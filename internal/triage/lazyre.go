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
type lazyRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
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
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRE) String() string                 { return l.expr }
func (l *lazyRE) MatchString(s string) bool      { return l.compiled().MatchString(s) }
func (l *lazyRE) FindString(s string) string     { return l.compiled().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int { return l.compiled().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string {
	return l.compiled().FindStringSubmatch(s)
}
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	return l.compiled().FindStringSubmatchIndex(s)
}
func (l *lazyRE) FindAllString(s string, n int) []string {
	return l.compiled().FindAllString(s, n)
}
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.compiled().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllString(s, repl string) string {
	return l.compiled().ReplaceAllString(s, repl)
}
func (l *lazyRE) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return l.compiled().ReplaceAllStringFunc(s, repl)
}
func (l *lazyRE) Split(s string, n int) []string { return l.compiled().Split(s, n) }
