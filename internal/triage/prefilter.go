package triage

import (
	"cmp"
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A prefilter is a condition on literal strings that every subject in
// which a pattern has a match satisfies: the "required literals" of
// Russ Cox's codesearch and RE2's prefilter. Most of the package's
// patterns are large alternations that Go's regexp runs as an NFA over
// the whole subject, rune by rune, even where the subject cannot match:
// the profile of `lerd eval` spent three quarters of triage there.
// Looking for a few literals with strings.Contains costs a small part of
// that, and when the condition fails the pattern cannot match, so lazyRE
// answers "no match" without running the regexp. When it holds the
// regexp runs as before: the prefilter only ever skips work whose result
// is known, and never changes a result (TestPrefilterSameResults,
// FuzzPrefilter).
//
// The condition is an and/or tree of literals, as in RE2. A set of
// alternative literals alone (every match contains one of them) is too
// weak for this package's patterns: in "(?:posted|sent|said)[^.]{0,120}
// \b(?:kill|shoot|...)" every message contains "sent" or "said", while
// the pair of both sides rarely occurs; and the parser factors common
// prefixes out of alternations ("in(?:box|formation)"), so the literals
// are rebuilt whole by concatenating the small sets of strings a part of
// the pattern can match exactly ("exact" sets, crossed).
//
// Literals come in two kinds. A case-sensitive one (pfExact) must occur
// in the subject as written. A case-insensitive one (pfFolded, from a
// (?i) part of the pattern) is stored in canonical folding and looked
// for in the subject's canonical folding (foldString): Go's regexp
// matches a rune under (?i) against its whole unicode.SimpleFold orbit
// ('k', 'K' and U+212A KELVIN SIGN; 's', 'S' and U+017F LONG S), which
// strings.ToLower does not reproduce, so both sides map every rune to
// the smallest rune of its orbit instead.
type prefilter struct {
	cond *pfNode
}

// prefilterMinLen is the shortest subject the prefilter is consulted
// for; a shorter one cannot hold most literals, and the regexp (its
// backtracker or one-pass matcher) is cheap on it. The threshold barely
// matters: the corpus benchmark ran alike with 0, 16 and 64 (a large
// pattern's NFA costs tens of microseconds even on a short line, which
// is why it is not higher). A variable so the tests can consult the
// prefilter on every subject.
var prefilterMinLen = 16

// Limits of the analysis.
const (
	// pfMinLit: a literal shorter than this occurs in nearly every text
	// and filters nothing; an alternative that needs one makes the
	// alternation tell nothing.
	pfMinLit = 3
	// pfMaxExact: the most strings an exact set holds; crossing two
	// sets that would give more ends the run of exact parts there (16,
	// 32 and 64 ran alike).
	pfMaxExact = 32
	// pfMaxLits: the most literals in a condition, bounding its cost.
	// The largest patterns' conditions hold 350 to 700; with a bound of
	// 256 they had none, and the corpus benchmark took 40% longer.
	pfMaxLits = 1024
)

// pfNode is a condition on the subject; nil is the condition that
// always holds (nothing is known).
type pfNode struct {
	op  pfOp
	lit string    // pfExact, pfFolded
	sub []*pfNode // pfAnd, pfOr: at least two
}

type pfOp uint8

const (
	pfExact  pfOp = iota // the subject contains lit
	pfFolded             // foldString(subject) contains lit
	pfAnd                // every sub holds
	pfOr                 // some sub holds
)

// pfLit is a string of an exact set; fold marks a case-insensitive one,
// in canonical folding.
type pfLit struct {
	s    string
	fold bool
}

// pfInfo is what the analysis knows of a part of a pattern: either every
// match of it is one of the strings of exact (folded ones compared after
// folding), or every subject holding a match satisfies match.
type pfInfo struct {
	isExact bool
	exact   []pfLit
	match   *pfNode
}

// newPrefilter returns the prefilter of expr, or nil when the analysis
// knows no condition (some match may hold no literal of pfMinLit bytes)
// or expr does not parse; then every call goes to the regexp. expr is
// parsed exactly as regexp.Compile parses it.
func newPrefilter(expr string) *prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	cond := toMatch(analyze(re.Simplify()))
	if cond == nil {
		return nil
	}
	return &prefilter{cond: cond}
}

// mayMatch reports whether s satisfies the condition; when it does not,
// the pattern has no match in s.
func (p *prefilter) mayMatch(s string) bool {
	t := pfSubject{s: s}
	return p.cond.eval(&t)
}

// pfSubject is a subject under test, with its folding computed when a
// case-insensitive literal first needs it. The folding is not kept
// across calls: many patterns scan the same text, but a cache of recent
// foldings (keyed by the text's address and length) saved nothing
// measurable, folding being about 1% of triage against the literal
// search's 10%.
type pfSubject struct {
	s, folded string
	haveFold  bool
}

func (t *pfSubject) fold() string {
	if !t.haveFold {
		t.folded, t.haveFold = foldString(t.s), true
	}
	return t.folded
}

func (n *pfNode) eval(t *pfSubject) bool {
	switch n.op {
	case pfExact:
		return strings.Contains(t.s, n.lit)
	case pfFolded:
		return strings.Contains(t.fold(), n.lit)
	case pfAnd:
		for _, c := range n.sub {
			if !c.eval(t) {
				return false
			}
		}
		return true
	default:
		for _, c := range n.sub {
			if c.eval(t) {
				return true
			}
		}
		return false
	}
}

// String shows the condition, for tests: a case-insensitive literal is
// written i"...".
func (n *pfNode) String() string {
	if n == nil {
		return "all"
	}
	switch n.op {
	case pfExact:
		return fmt.Sprintf("%q", n.lit)
	case pfFolded:
		return fmt.Sprintf("i%q", n.lit)
	}
	parts := make([]string, len(n.sub))
	for i, c := range n.sub {
		parts[i] = c.String()
	}
	name := "and"
	if n.op == pfOr {
		name = "or"
	}
	return name + "(" + strings.Join(parts, " ") + ")"
}

var (
	pfNothing = pfInfo{}                                  // nothing known
	pfEmpty   = pfInfo{isExact: true, exact: []pfLit{{}}} // matches only ""
)

func exactInfo(lits []pfLit) pfInfo { return pfInfo{isExact: true, exact: lits} }

// analyze returns what every match of re implies. It is conservative: a
// node it cannot reason about yields pfNothing, which only makes the
// condition of the whole pattern weaker or absent, never wrong.
func analyze(re *syntax.Regexp) pfInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary,
		syntax.OpNoWordBoundary:
		// Zero width: what matches is the empty string.
		return pfEmpty
	case syntax.OpLiteral:
		return literalInfo(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		return classInfo(re)
	case syntax.OpCapture:
		return analyze(re.Sub[0])
	case syntax.OpQuest:
		x := analyze(re.Sub[0])
		if !x.isExact || len(x.exact) >= pfMaxExact {
			return pfNothing
		}
		return exactInfo(dedupe(append(slices.Clone(x.exact), pfLit{})))
	case syntax.OpPlus:
		// At least one copy of the child is in every match.
		return pfInfo{match: toMatch(analyze(re.Sub[0]))}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return pfInfo{match: toMatch(analyze(re.Sub[0]))}
		}
		return pfNothing
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		return alternateInfo(re.Sub)
	}
	// OpStar, OpAnyChar, OpAnyCharNotNL, OpNoMatch.
	return pfNothing
}

// literalInfo is the exact set of a literal: the literal itself, folded
// when case-insensitive.
func literalInfo(runes []rune, fold bool) pfInfo {
	// A literal of runes without case variants (digits, punctuation)
	// matches only as written, and needs no folding of the subject.
	if fold && !slices.ContainsFunc(runes, hasFoldVariants) {
		fold = false
	}
	var b strings.Builder
	for _, r := range runes {
		// The regexp reads a byte of the subject that is not valid
		// UTF-8 as U+FFFD, which strings.Contains would not find; a
		// surrogate never comes out of decoding (and would be written
		// as U+FFFD).
		if r == utf8.RuneError || !utf8.ValidRune(r) {
			return pfNothing
		}
		if fold {
			r = minFold(r)
		}
		b.WriteRune(r)
	}
	return exactInfo([]pfLit{{b.String(), fold}})
}

func hasFoldVariants(r rune) bool { return unicode.SimpleFold(r) != r }

// pfMaxClass is the most runes of a character class taken as an exact
// set ("[úu]", "[sz]"); a larger class tells nothing.
const pfMaxClass = 4

// classInfo is the exact set of a small character class: its runes,
// folded when the class is case-insensitive (the parser has then already
// put every case variant in it, so folding its runes loses nothing).
func classInfo(re *syntax.Regexp) pfInfo {
	fold := re.Flags&syntax.FoldCase != 0
	var lits []pfLit
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if hi-lo >= pfMaxClass {
			return pfNothing
		}
		for r := lo; r <= hi; r++ {
			// U+FFFD matches an invalid byte of the subject; surrogates
			// never come out of decoding and would encode as U+FFFD.
			if r == utf8.RuneError || !utf8.ValidRune(r) {
				return pfNothing
			}
			l := string(r)
			if fold {
				l = string(minFold(r))
			}
			lits = append(lits, pfLit{l, fold})
			if len(lits) > pfMaxClass*2 {
				return pfNothing
			}
		}
	}
	lits = dedupe(lits)
	if len(lits) == 0 || len(lits) > pfMaxClass {
		return pfNothing
	}
	return exactInfo(lits)
}

// concatInfo: a match of a concatenation is a match of each part in
// turn. Runs of parts with exact sets are crossed into one exact set
// while it stays small; each run, and each part without one, is a
// condition every match satisfies, so the concatenation's condition is
// the and of them.
func concatInfo(subs []*syntax.Regexp) pfInfo {
	run := []pfLit{{}}
	exact := true
	var conds []*pfNode
	for _, sub := range subs {
		x := analyze(sub)
		switch {
		case !x.isExact:
			conds = append(conds, toMatch(exactInfo(run)), x.match)
			run, exact = []pfLit{{}}, false
		case len(run)*len(x.exact) > pfMaxExact:
			conds = append(conds, toMatch(exactInfo(run)))
			run, exact = x.exact, false
		default:
			run = cross(run, x.exact)
		}
	}
	if exact {
		return exactInfo(run)
	}
	conds = append(conds, toMatch(exactInfo(run)))
	return pfInfo{match: and(conds)}
}

// cross is every string of a followed by one of b.
func cross(a, b []pfLit) []pfLit {
	out := make([]pfLit, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, joinLit(x, y))
		}
	}
	return dedupe(out)
}

// joinLit is x followed by y. When one is case-insensitive the join is
// too, with the other folded: a subject holding the case-sensitive part
// as written holds its folding in the subject's folding.
func joinLit(x, y pfLit) pfLit {
	switch {
	case x.s == "":
		return y
	case y.s == "":
		return x
	case x.fold == y.fold:
		return pfLit{x.s + y.s, x.fold}
	case x.fold:
		return pfLit{x.s + foldString(y.s), true}
	default:
		return pfLit{foldString(x.s) + y.s, true}
	}
}

// alternateInfo: a match of an alternation is a match of one branch.
// Exact sets unite while small; otherwise each branch's condition is
// needed, and the alternation's is the or of them.
func alternateInfo(subs []*syntax.Regexp) pfInfo {
	infos := make([]pfInfo, len(subs))
	var all []pfLit
	exact := true
	for i, sub := range subs {
		infos[i] = analyze(sub)
		if exact && infos[i].isExact && len(all)+len(infos[i].exact) <= pfMaxExact {
			all = append(all, infos[i].exact...)
		} else {
			exact = false
		}
	}
	if exact {
		return exactInfo(dedupe(all))
	}
	conds := make([]*pfNode, len(infos))
	for i, x := range infos {
		if conds[i] = toMatch(x); conds[i] == nil {
			return pfNothing
		}
	}
	return pfInfo{match: or(conds)}
}

// toMatch turns what is known of a part into a condition: an exact set
// becomes the or of its strings, unless one is too short to filter.
func toMatch(x pfInfo) *pfNode {
	if !x.isExact {
		return x.match
	}
	if len(x.exact) == 0 {
		return nil
	}
	conds := make([]*pfNode, len(x.exact))
	for i, l := range x.exact {
		if len(l.s) < pfMinLit {
			return nil
		}
		conds[i] = &pfNode{op: pfExact, lit: l.s}
		if l.fold {
			conds[i].op = pfFolded
		}
	}
	return or(conds)
}

// and is the condition that all of conds hold. Conditions that tell
// nothing drop out; past pfMaxLits literals the most selective are kept,
// and dropping one only weakens the condition. The most selective are
// tested first, to fail early.
func and(conds []*pfNode) *pfNode {
	var subs []*pfNode
	for _, c := range conds {
		switch {
		case c == nil:
		case c.op == pfAnd:
			subs = append(subs, c.sub...)
		default:
			subs = append(subs, c)
		}
	}
	slices.SortStableFunc(subs, func(a, b *pfNode) int { return cmp.Compare(b.score(), a.score()) })
	n := 0
	for i, c := range subs {
		if n += c.lits(); n > pfMaxLits && i > 0 {
			subs = subs[:i]
			break
		}
	}
	switch len(subs) {
	case 0:
		return nil
	case 1:
		return subs[0]
	}
	return &pfNode{op: pfAnd, sub: subs}
}

// or is the condition that one of conds holds: nothing is known when
// nothing is known of one of them, or when they are too many literals to
// test. A literal whose presence implies another's drops out ("contents"
// beside "content").
func or(conds []*pfNode) *pfNode {
	var lits, others []*pfNode
	for _, c := range conds {
		switch {
		case c == nil:
			return nil
		case c.op == pfOr:
			for _, s := range c.sub {
				if s.op == pfAnd {
					others = append(others, s)
				} else {
					lits = append(lits, s)
				}
			}
		case c.op == pfAnd:
			others = append(others, c)
		default:
			lits = append(lits, c)
		}
	}
	subs := append(minimalLits(lits), others...)
	n := 0
	for _, c := range subs {
		n += c.lits()
	}
	if n > pfMaxLits {
		return nil
	}
	if len(subs) == 1 {
		return subs[0]
	}
	return &pfNode{op: pfOr, sub: subs}
}

// lits is the number of literals in n, its cost.
func (n *pfNode) lits() int {
	if n.op == pfExact || n.op == pfFolded {
		return 1
	}
	k := 0
	for _, c := range n.sub {
		k += c.lits()
	}
	return k
}

// score estimates how rarely n holds: a longer literal is rarer; an or
// holds as often as its commonest part, an and as its rarest.
func (n *pfNode) score() int {
	switch n.op {
	case pfExact, pfFolded:
		return len(n.lit)
	case pfOr:
		s := n.sub[0].score()
		for _, c := range n.sub[1:] {
			s = min(s, c.score())
		}
		return s
	default:
		s := 0
		for _, c := range n.sub {
			s = max(s, c.score())
		}
		return s
	}
}

// minimalLits drops duplicates and every literal whose presence implies
// another's, so an or tests fewer strings and holds alike.
func minimalLits(lits []*pfNode) []*pfNode {
	// Shorter first, so a literal meets those it may imply.
	slices.SortStableFunc(lits, func(a, b *pfNode) int { return len(a.lit) - len(b.lit) })
	var keep []*pfNode
	for _, l := range lits {
		if !slices.ContainsFunc(keep, func(k *pfNode) bool { return implies(l, k) }) {
			keep = append(keep, l)
		}
	}
	return keep
}

// implies reports whether every subject holding literal l holds literal k.
func implies(l, k *pfNode) bool {
	switch {
	case k.op == pfExact:
		// An exact k is implied only by an exact l that contains it.
		return l.op == pfExact && strings.Contains(l.lit, k.lit)
	case l.op == pfFolded:
		return strings.Contains(l.lit, k.lit)
	default:
		// An exact l in the subject is foldString(l) in its folding.
		return strings.Contains(foldString(l.lit), k.lit)
	}
}

// dedupe drops repeated strings of an exact set.
func dedupe(lits []pfLit) []pfLit {
	var out []pfLit
	for _, l := range lits {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// minFold is the canonical folding of r: the smallest rune of its
// unicode.SimpleFold orbit, the set of runes a (?i) pattern matches for r.
func minFold(r rune) rune {
	if r < utf8.RuneSelf {
		return rune(asciiMinFold[r])
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// asciiMinFold is minFold of the ASCII runes: a lower-case letter's orbit
// is its upper case and itself (and for 'k' and 's' a non-ASCII rune
// that is larger), so it folds to the upper case.
var asciiMinFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'a' <= c && c <= 'z' {
			t[c] = byte(c - 'a' + 'A')
		}
	}
	return t
}()

// foldString is the canonical folding of s, rune by rune as the regexp
// reads it: a byte that is not valid UTF-8 is the regexp's U+FFFD,
// which no literal contains, and is copied as it is.
func foldString(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, asciiMinFold[c])
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			b = append(b, c)
		} else {
			b = utf8.AppendRune(b, minFold(r))
		}
		i += w
	}
	return string(b)
}
