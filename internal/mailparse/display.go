package mailparse

import "strings"

// MarkPrefix starts the line DisplayText puts before the text of each
// attachment and forwarded message. A line of the sender's own text that
// starts the same way is altered, so a sender cannot forge a mark.
const MarkPrefix = "──── "

// DisplayText joins the text of all parts as Text does, but puts a line
// before each attachment's and each forwarded message's text saying where
// it starts ("──── attachment subpoena.pdf (pdf) ────"), so that a reader
// knows which words came from the body and which from a file.
func (m *Message) DisplayText() string {
	var b strings.Builder
	for i, p := range m.Parts {
		if i > 0 {
			b.WriteString("\n\n")
		}
		if mark := partMark(p.Source); mark != "" {
			b.WriteString(MarkPrefix + mark + " ────\n")
		}
		b.WriteString(defuseMarks(p.Text))
	}
	return b.String()
}

// partMark names a part that is not the message's own body: "attachment
// NAME (KIND)", "forwarded message", or "" for the body.
func partMark(source string) string {
	rest := source
	fwd := strings.HasPrefix(rest, "forwarded/")
	for strings.HasPrefix(rest, "forwarded/") {
		rest = strings.TrimPrefix(rest, "forwarded/")
	}
	if rest == "forwarded-headers" {
		return "forwarded message"
	}
	kind, name, ok := strings.Cut(rest, ":")
	if !ok || strings.Contains(kind, "/") {
		return ""
	}
	if name == "" {
		name = "(no name)"
	}
	mark := "attachment " + strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, name) + " (" + kind + ")"
	if fwd {
		mark += " of the forwarded message"
	}
	return mark
}

func defuseMarks(text string) string {
	if !strings.Contains(text, MarkPrefix) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, MarkPrefix) {
			lines[i] = strings.Replace(l, MarkPrefix, "---- ", 1)
		}
	}
	return strings.Join(lines, "\n")
}
