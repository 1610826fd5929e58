package mailparse

import (
	"regexp"
	"strings"
)

// replyMark is one reply or forward marker at the start of a subject, with
// an optional counter ("Re[2]:") and any tag a gateway put before it
// ("[EXTERNAL] RE:"). The words are the abbreviations mail clients write
// in their own languages (the list kept by Wikipedia, "List of email
// subject abbreviations"): Re, Fw/Fwd; German AW, WG; Nordic SV, VS, VB,
// Vid; Dutch Antw, Doorst; French TR, RE ; Spanish and Italian RV, R, RIF;
// Portuguese ENC, RES; Polish Odp; Turkish YNT, İLT; Greek ΑΠ, ΣΧΕΤ,
// ΠΡΘ; Chinese 回复, 回覆, 答复, 转发, 轉寄; Japanese 返信, 転送; Korean 회신,
// 답장, 전달. Not Italian "I" nor Polish "PD": a subject may open with a
// police department's "PD:".
var replyMark = regexp.MustCompile(`(?i)^\s*(\[[^\]]{1,40}\]\s*){0,3}(re|fwd?|aw|wg|sv|vs|vb|vid|antw|doorst|tr|rv|r|rif|enc|res|odp|ynt|i̇lt|ilt|απ|σχετ|πρθ|回复|回覆|答复|转发|轉寄|返信|転送|회신|답장|전달)\s*(\[\d+\])?\s*[:：]\s*`)

// BaseSubject returns a subject without the reply and forward markers a
// reply stacks before it ("RE: AW: Fwd: …", after RFC 5256's base
// subject), with its spaces collapsed, and whether there was any: a
// subject that answers another carries it after the markers.
func BaseSubject(s string) (base string, reply bool) {
	for {
		loc := replyMark.FindStringIndex(s)
		if loc == nil {
			break
		}
		s, reply = s[loc[1]:], true
	}
	return strings.Join(strings.Fields(s), " "), reply
}
