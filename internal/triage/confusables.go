package triage

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// confusables maps characters that render like ASCII letters to those
// letters: the subset of Unicode's confusables.txt (UTS #39) for Latin,
// Cyrillic and Greek letters and digits seen in homoglyph domains.
var confusables = map[rune]string{
	'а': "a", 'в': "b", 'е': "e", 'ё': "e", 'һ': "h", 'і': "i", 'ї': "i", 'ј': "j", 'к': "k", 'м': "m",
	'н': "h", 'о': "o", 'р': "p", 'с': "c", 'т': "t", 'у': "y", 'х': "x", 'ѕ': "s", 'ԁ': "d", 'ԛ': "q",
	'ԝ': "w", 'ӏ': "l", 'ɡ': "g", 'ɩ': "i", 'ı': "i", 'ʟ': "l", 'ɑ': "a", 'ο': "o", 'ν': "v", 'α': "a",
	'ε': "e", 'ι': "i", 'κ': "k", 'ρ': "p", 'τ': "t", 'υ': "u", 'χ': "x", 'β': "b", 'η': "n", 'μ': "u",
	'Α': "a", 'Β': "b", 'Ε': "e", 'Η': "h", 'Ι': "i", 'Κ': "k", 'Μ': "m", 'Ν': "n", 'Ο': "o", 'Ρ': "p",
	'Τ': "t", 'Χ': "x", 'Υ': "y", 'Ζ': "z", 'А': "a", 'В': "b", 'Е': "e", 'К': "k", 'М': "m", 'Н': "h",
	'О': "o", 'Р': "p", 'С': "c", 'Т': "t", 'Х': "x", 'ℓ': "l", 'ⅰ': "i", '０': "0", '１': "1",
	'ｂ': "b", 'ｆ': "f", 'ｉ': "i", 'ｇ': "g", 'ｏ': "o", 'ｖ': "v",
}

// skeleton maps a Unicode domain to the ASCII it imitates: accents are
// stripped (NFD, marks dropped) and confusable letters replaced. Digits that
// imitate letters are replaced too, which only matters for comparison.
func skeleton(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if r >= 0x300 && r <= 0x36f {
			continue
		}
		if rep, ok := confusables[r]; ok && (r > 0x7f) {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
