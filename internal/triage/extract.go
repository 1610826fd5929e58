package triage

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"lerd/internal/mailparse"
)

// document is the text triage reads: the subject followed by every text part.
type document struct {
	subject string
	body    string
	// text is subject + "\n\n" + body.
	text string
	// flat is body with every run of white space (line breaks included)
	// folded to one space, for names that wrap across lines ("United
	// States District\nCourt for …").
	flat string
	// letter is the text of the message's own parts, without attachments:
	// where the sender signs.
	letter string
	// own is letter without forwarded messages: what the sender wrote.
	own string
	// ours is our own earlier message quoted below a reply, cut from the
	// rest: never the sender's words, but the identifiers we confirmed
	// are those of the request the reply continues.
	ours string
	// newMatter: the message is a reply on an old thread whose writer says
	// it opens a new matter, so the thread's subject names neither its
	// process nor its case.
	newMatter bool
}

// maxPartText and maxDocText bound what triage reads. Requests are letters
// of a few pages; a longer part is an exhibit, and reading all of it would
// make triage cost grow with whatever a sender attaches. The whole message
// stays in the store for the reviewer.
const (
	maxPartText = 32 << 10
	maxDocText  = 64 << 10
)

func newDocument(m *mailparse.Message, mailbox string) *document {
	var parts, letter, own, ours []string
	total := 0
	reply := m.InReplyTo != "" || len(m.References) > 0
	for _, p := range m.Parts {
		// Mail arrives with CRLF line ends, files often with LF: every
		// text below (the letter, what the sender wrote, our quoted
		// reply) is compared and cut by lines, so all read with LF.
		t := strings.ReplaceAll(p.Text, "\r\n", "\n")
		if reply && !strings.Contains(p.Source, ":") {
			// Our own message below a reply is what we said, not what the
			// sender asks; it was sent from the mailbox, so its words never
			// count as the sender's.
			var q string
			t, q = withoutOurOriginal(t, mailbox)
			if q != "" {
				ours = append(ours, q)
			}
		}
		if !strings.Contains(p.Source, ":") {
			letter = append(letter, t)
			if !strings.HasPrefix(p.Source, "forwarded") {
				own = append(own, t)
			}
		}
		if len(t) > maxPartText {
			t = t[:maxPartText]
		}
		if total+len(t) > maxDocText {
			t = t[:max(0, maxDocText-total)]
		}
		total += len(t)
		parts = append(parts, t)
	}
	body := strings.ReplaceAll(strings.Join(parts, "\n\n"), "\r\n", "\n")
	body = strings.NewReplacer("\u00a0", " ", "\u2019", "'", "\u2013", "-", "\u2014", "-", "\u2011", "-").Replace(body)
	if m.InReplyTo != "" || len(m.References) > 0 {
		// In a reply, quoted lines are what was said before (often our own
		// words); the earlier message was triaged when it arrived.
		body = unquote(body)
	}
	subj := strings.NewReplacer("\u2019", "'", "\u2013", "-", "\u2014", "-").Replace(m.Subject)
	let := strings.ReplaceAll(strings.Join(letter, "\n\n"), "\r\n", "\n")
	if len(let) > maxDocText {
		let = let[:maxDocText]
	}
	return &document{subject: subj, body: body, text: subj + "\n\n" + body, flat: strings.Join(strings.Fields(body), " "), letter: let, own: strings.Join(own, "\n\n"), ours: strings.Join(ours, "\n\n"),
		newMatter: newMatterReply(subj, body)}
}

// quotedHeader is a line of a quoted message's header block, in a mail
// client's words in any language ("From: …", "Od: …", "Gesendet: …").
var quotedHeader = lazyRegexp(`^\s*\*?[\p{L}][\p{L} -]{0,18}:\*?\s+\S`)

// separatorLine opens a quoted message: "-----Original Message-----" in
// any language, or an underscore rule.
var separatorLine = lazyRegexp(`^\s*(?:-{3,}\s*[\p{L} ']{3,40}?\s*-{3,}|_{10,})\s*$`)

// withoutOurOriginal cuts text at the header block of a quoted message
// sent from our mailbox ("-----Original Message-----" / "From: Law
// Enforcement Response Team <law-enforcement@…>" / "Sent: …"): what
// follows is our own earlier message, quoted in full by the sender's mail
// client. It returns the text before the block and our message's text
// after its header lines.
func withoutOurOriginal(text, mailbox string) (kept, ours string) {
	mailbox = strings.ToLower(strings.TrimSpace(mailbox))
	if mailbox == "" || !strings.Contains(strings.ToLower(text), mailbox) {
		return text, ""
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		// The block's sender line names our mailbox: "From: … <mailbox>"
		// in a mail client's words in any language; not a recipient's
		// line ("To:", "EMAIL:" of a letter's own address block).
		if !strings.Contains(strings.ToLower(l), mailbox) {
			continue
		}
		// GroupWise quotes the message it answers below one line, its
		// lines unmarked: ">>> Law Enforcement Response Team <mailbox>
		// 6/2/2026 2:47 PM >>>" (session 33). Not a mail program's "On
		// …, <mailbox> wrote:", under which the writer may answer
		// (review).
		if groupwiseHeader.MatchString(l) {
			return strings.Join(lines[:i], "\n"), strings.Join(lines[i+1:], "\n")
		}
		if !quotedHeader.MatchString(l) || recipientLabel.MatchString(l) {
			continue
		}
		start := i
		for start > 0 && quotedHeader.MatchString(lines[start-1]) {
			start--
		}
		end := i + 1
		for end < len(lines) && quotedHeader.MatchString(lines[end]) {
			end++
		}
		separated := start > 0 && separatorLine.MatchString(lines[start-1])
		if separated {
			start--
		}
		// A quoted message's header: a separator above it, or more
		// header lines with it (its date, its recipient).
		if !separated && end-start < 2 {
			continue
		}
		// Our message ends where an earlier quoted message begins.
		stop := len(lines)
		for k := end; k < len(lines); k++ {
			if separatorLine.MatchString(lines[k]) || quotedHeader.MatchString(lines[k]) && k+1 < len(lines) && quotedHeader.MatchString(lines[k+1]) {
				stop = k
				break
			}
		}
		kept, ours := strings.Join(lines[:start], "\n"), lines[end:stop]
		if answers := insertedAnswers(ours); answers != "" && answersBelow.MatchString(kept) {
			kept += "\n\n" + answers
		}
		return kept, strings.Join(ours, "\n")
	}
	return text, ""
}

// bracketNext is a bracketed part that opens the text.
var bracketNext = lazyRegexp(`^\s*\([^()]*\)`)

// groupwiseHeader is the one line over a message GroupWise quotes:
// ">>> sender <address> date time >>>".
var groupwiseHeader = lazyRegexp(`^\s*>>>\s.*\S\s*>>>\s*$`)

// answersBelow is a reply's word that it answers inside the quoted
// message: "answers below in your email", "see my responses inline".
var answersBelow = lazyRegexp(`(?i)\b(?:answers?|responses?|replies|comments?|answered|responded|replied)\b[^.\n]{0,40}\b(?:below|inline|in-line|within|in your (?:e-?mail|message)|in (?:red|blue|bold))\b|\b(?:see|find)\s+(?:my\s+)?(?:answers?|responses?|replies|comments?)\b`)

// insertedAnswers returns the lines a writer marked with ">" inside our
// own message quoted without marks ("Answers below in your email." /
// ">>> My desk is …"): their answers, with the marks taken off, since
// quoted lines are dropped from a reply. Read only where the reply says
// it answers so (answersBelow): other marked lines in our message are
// our own quotation of theirs. Where our message is itself
// quoted with marks, its unmarked lines are the answers, kept already.
func insertedAnswers(ours []string) string {
	var marked, plain []string
	for _, l := range ours {
		switch t := strings.TrimSpace(l); {
		case t == "":
		case strings.HasPrefix(t, ">"):
			marked = append(marked, strings.TrimSpace(strings.TrimLeft(t, "> ")))
		default:
			plain = append(plain, t)
		}
	}
	if len(marked) == 0 || len(marked) >= len(plain) {
		return ""
	}
	return strings.Join(marked, "\n")
}

// recipientLabel opens a header line that names a recipient, in the
// languages of mail clients and letters.
var recipientLabel = lazyRegexp(`(?i)^\s*\*?(?:to|cc|bcc|para|an|à|a|aan|do|till|til|címzett|vastaanottaja|komu|destinatario|destinataire|empfänger|e-?mail|email address|attn|attention|宛先)\s*:`)

// unquote drops quoted lines ("> …") and the attribution line before them.
func unquote(body string) string {
	lines := strings.Split(body, "\n")
	out := lines[:0]
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, ">") {
			continue
		}
		if strings.HasSuffix(t, "wrote:") && i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), ">") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// processRule reads one kind of legal process. A match preceded closely by a
// negation ("no subpoena", "without a warrant") does not count.
type processRule struct {
	kind string
	re   *lazyRE
}

var processRules = []processRule{
	// Mutual legal assistance in the words of treaties, of 18 U.S.C. 3512
	// (the US court order executing a foreign request) and of the
	// requesting countries' own languages (general knowledge).
	// A European Production Order (Regulation (EU) 2023/1543, the
	// e-Evidence Regulation) served by its certificate, the EPOC (in the
	// official languages' names from EUR-Lex), is a foreign production
	// order: the certificate or an order at hand, not the regulation's
	// name nor the preservation certificate (EPOC-PR).
	{"mlat", lazyRegexp(`(?i)\bMLAT\b|\bMLA (?:request|treaty|process)\b|entraide juridique|mutual (?:legal )?assistance|\bEPOC(?:[\s),.;:]|$)|European Production Order Certificate|\b(?:this|the attached|the enclosed|the present|attached|enclosed)\s+European Production Order\b|(?:Zertifikat|certificat|certificado|certificato|certyfikat)\w*\s+(?:[\p{L}]+\s+){0,3}(?:Europ[äa]ische\p{L}* Herausgabeanordnung|injonction europ[ée]enne de production|orden europea de producci[óo]n|ordine europeo di produzione|europejski\p{L}* nakaz\p{L}* wydania)|` +
		`\boverseas production orders?\s+(?:made|issued|granted|no\.?|number|reference|under)\b|\b(?:this|the attached|an|the enclosed)\s+overseas production order\b(?:[^.;]{0,40}\b(?:made|issued|granted|attached|enclosed)\b)|letters? rogatory|\bletters? of request\s+(?:(?:was|were|has been|had been)\s+(?:sent|transmitted|made|issued|submitted)\s+)?(?:to|addressed to)\s+(?:the\s+)?(?:(?:United States|U\.S\.|US|USA)\s+(?:authorities|government|Government|Department of Justice|central authority)|United States of America|(?:U\.S\.\s+)?Department of Justice|(?:US |U\.S\. )?central authority|American authorities)|commission rogatoire internationale|commission rogatoire\b.{0,200}?(?:\b(?:[ÉE]tats-Unis|am[ée]ricaine?s?|internationale|[ée]trang[eè]re?s?|Department of Justice)\b|voie diplomatique)|rechtshilfeersuchen|internationale rechtshilfe|rechtshilfeverfahren\w*|gegenseitige\w* rechtshilfe|rechtshilfe in strafsachen|demande d'entraide|U\.S\.C\.?\s*(?:§+\s*)?3512\b|\bsection 3512\b|Office of International Affairs|exhorto|carta rogat[óo]ria|rogatoria internazionale|assistenza giudiziaria|rechtshulpverzoek|rechtshulp|\brequest for (?:international )?legal assistance (?:to the (?:United States(?:[,.;:)]| of America\b| authorities\b| Department of Justice\b| government\b)|Government of the United States\b|U\.S\. (?:authorities|Department of Justice|government)\b)|through the central authority\b|under the treaty\b)|` +
		// Formal requests for legal assistance in Danish, Norwegian,
		// Swedish and Finnish (general knowledge).
		// Mutual legal assistance and letters rogatory in Arabic, Chinese,
		// Japanese, Korean, Turkish, Russian and Ukrainian, Greek and
		// Hebrew (general knowledge).
		`إنابة قضائية|الإنابة القضائية|المساعدة القانونية المتبادلة|司法互助|刑事互助|捜査共助|刑事共助|사법공조|형사사법공조|adli yard[ıi]mla[şs]ma|\bistinabe\b|(?:^|[^\p{L}])МПД(?:$|[^\p{L}])|взаимн\p{L}* правов\p{L}* помощ\p{L}*|правов\p{L}* допомог\p{L}*|правовой помощи по уголовным|судебное поручение|судове доручення|δικαστική συνδρομή|עזרה משפטית|` +
		// A US court's caption for a treaty request's order ("In re
		// Request from Latvia for Assistance in a Criminal Matter"), and
		// Latvian and Lithuanian legal assistance (general knowledge).
		`\b(?i:in re:?)\s+(?i:(?:the )?request from)\s+(?:the\s+)?[\p{L} ]{2,60}?\s+(?i:for (?:international |legal |judicial )*assistance)\b|\btiesisk\p{L}*\s+palīdzīb\p{L}*|\bteisin\p{L}*\s+pagalb\p{L}*|` +
		`\bretsanmodning|\brettsanmodning|internationell r[äa]ttslig hj[äa]lp|` +
		// Also Swedish "framställning om rättslig hjälp", Danish
		// "anmodning om retshjælp", Norwegian "anmodning om rettshjelp",
		// Finnish "keskinäinen oikeusapu", Hungarian "jogsegély",
		// Romanian "asistență judiciară internațională", Indonesian
		// "bantuan timbal balik dalam masalah pidana", Estonian "õigusabi",
		// Bulgarian "правна помощ", Croatian and Serbian "međunarodna
		// pravna pomoć" (general knowledge; each names the treaty's
		// request, not civil legal aid, with the words around it).
		`(?:framställning|begäran|ansökan)\s+om\s+(?:\p{L}+\s+)?r[äa]ttslig\s+hj[äa]lp|ömsesidig\s+r[äa]ttslig\s+hj[äa]lp|retshjælpsanmodning|anmodning\s+om\s+(?:\p{L}+\s+)?(?:retshjælp|rettshjelp|rettshjelp)|(?:keskinäi|kansainväli)\p{L}*\s+oikeusa[pv]\p{L}*|jogseg[ée]ly(?:kérelm\p{L}*|kérelem|megkeres\p{L}*|t|et|ben|re)?(?:$|[^\p{L}])|asisten[țţt][ăa]\s+judiciar[ăa]\s+(?:interna[țţt]ional[ăa]|reciproc[ăa]|[îi]n\s+materie\s+penal[ăa])|cerer\p{L}*\s+de\s+asisten[țţt][ăa]\s+judiciar[ăa]|bantuan\s+timbal\s+balik|õigusabi\p{L}*|правна\s+помощ|međunarodn\p{L}*\s+pravn\p{L}*\s+pomoć|oikeusapupyyn\w*|comisi[óo]n rogatoria|(?:v nadväznosti na|na základe)\s+žiados\p{L}*\s+o\s+(?:\p{L}+\s+)?právn\p{L}* pomoc|(?:a|au|am|s-a)\s+(?:emis|transmis|trimis)\s+(?:\p{L}+\s+){0,2}?comisi[ea] rogatori|comisi[ea] rogatori\p{L}*\s+(?:\p{L}+\s+){0,6}?(?:a fost|au fost|este)\s+(?:emis|transmis|trimis|ata[șş]at|anexat)|\bwnios\p{L}*\s+o\s+(?:udzieleni\p{L}*\s+)?(?:międzynarodow\p{L}*\s+)?pomoc\p{L}*\s+prawn\p{L}*|pomoc prawna|(?:^|[^\p{L}])zamolnic\p{L}*\s+za\s+(?:međunarodnu\s+)?pravnu\s+pomoć|(?:^|[^\p{L}])žádost\p{L}*\s+(?:\p{L}+\s+){0,3}?o\s+(?:\p{L}+\s+)?právní pomoc|\bvzájemné právní pomoci\b|auxilio judicial internacional|aux[íi]lio judici[áa]rio m[úu]tuo|asistencia (?:judicial|jur[íi]dica|legal) mutua|(?:solicitud|petici[óo]n) de asistencia (?:judicial|jur[íi]dica)|asistencia judicial internacional|asistencia mutua en materia penal|entraide (?:judiciaire|p[ée]nale)|cooperaci[óo]n jur[íi]dica internacional|coopera[çc][ãa]o jur[íi]dica internacional|Oficina de Asuntos Internacionales|` +
		// Orders served directly under an executive agreement of the US
		// CLOUD Act (the UK's Overseas Production Order, Australia's
		// International Production Order): the agreement stands in for
		// the treaty request.
		`\b(?:attached|enclosed) (?:is |are |please find |herewith )?(?:an?|the|our) (?:overseas|international) production order\b|\b(?:the|this|our|an) (?:attached|enclosed) (?:overseas|international) production order\b|` +
		// The agreements' own title (US-UK 2019, US-Australia 2021).
		`\bon Access to Electronic Data for the Purpose of Countering Serious Crime\b|\b(?:attach|attaching|enclose|enclosing)\s+(?:herewith\s+)?(?:an?|the|our|this) (?:overseas|international) production order\b|` +
		`\b(?:overseas|international) production order (?:is attached|attached hereto|is enclosed|enclosed herewith)\b|\b(?:made|issued|granted) (?:an?|the) (?:overseas|international) production order\b|\b(?:service of (?:an?|the)|(?:the|this|our)) (?:overseas|international) production order\b(?:\s*\([^)]{0,60}\))?\s+(?:was\s+|has been\s+)?(?:issued|made|granted)\b|\b(?:overseas|international) production order\b(?:\s*\([^)]{0,60}\))?\s+(?:was|has been) (?:issued|made|granted)\b|` +
		// Session 33: the order given now ("Example Police gives you
		// International Production Order EX-1"; not one applied for,
		// refused, expired or still to be sent).
		`\b(?:gives? you|hereby serves?(?: on)?(?: you)?(?: with)?|serves(?: on)? you(?: with)?|(?:please find|we)\s+(?:enclosed|attached)|(?:enclosed|attached) (?:is|please find))\s+(?:an? |the |its |our |this )?(?:overseas|international) production order\b`)},
	{"emergency", lazyRegexp(`(?i)\bemergency (disclosure )?request|\b(?:request(?:ing|s)?|seek(?:ing|s)?|ask(?:ing|s)? for|mak(?:e|es|ing)|submit(?:ting|s)?)\s+(?:an?\s+|this\s+|the\s+)?emergency disclosure\b|\bemergency disclosure (?:under|pursuant to|per)\b|\bEDR\b|2702\s*\(b\)\s*\(8\)|2702\s*\(c\)\s*\(4\)|exigent circumstances?\b|\bexigent (?:request|disclosure|situation)|\b(?:life|lives) (?:is |are )?(?:at|in) (?:imminent |immediate |serious )?(?:risk|danger)|\bthis is an emergency\b|\b(?:written )?confirmation of (?:the|my|our) emergency (?:request|call|disclosure|I|we)\b|\bconfirm(?:s|ing)? (?:the|my|our|an) emergency (?:request|call|disclosure)\b|\bemergency\b.{0,120}(death|bodily|physical injury|harm|life|danger|threat|kill|suicid|abduct|kidnap|missing|shoot|bomb|hostage|overdos|unresponsive)|^[^\n]{0,80}\bemergency\b[^\n]{0,80}\n\n.{0,160}?\b(?:death|bodily|physical injury|harm|life|danger|threat|kill|suicid|abduct|kidnap|missing|shoot|bomb|hostage|overdos|unresponsive)|(?:summary|nature|description) of (?:the )?emergency|(danger|risk|threat) (of|to) (death|life)|(?:danger|risk|threat) of (?:serious )?(?:physical |bodily )?(?:harm|injury)|imminent (danger|threat)|\bmissing (?:and )?endangered\b|\bendangered missing\b|\b(?:AMBER|Silver) Alert\b|(?:^|[^\p{L}])(?:darurat|dharura|hatari kwa maisha)(?:$|[^\p{L}])|\bnotfall|\burgence vitale|danger de mort|risque de (?:mort|décès|blessures graves)|(?:communication|divulgation) (?:de renseignements )?(?:en situation )?d'urgence|demande de (?:communication|divulgation) (?:de renseignements )?(?:en situation )?d'urgence|\bemergencia\b|peligro (?:de muerte|inminente)|riesgo (?:inminente |grave |real )?(?:para la|de) vida|riesgo vital|peligro vital|risc (?:imminent |greu )?(?:per a la|per la|de) vida|\bemerg[êe]ncia\b|perigo de vida|risco (?:concreto |iminente |real |grave )?(?:à|a|de) vida|κ[ιί]νδυνο[ςσυ]? ζω[ηή][ςσ]|κινδύνου για (?:ανθρώπινη )?ζωή|\bemergenza\b|pericolo di vita|lebensgefahr|gefahr f[üu]r leib (?:und|oder) leben|` +
		// The line above also holds, since session 30, a person "missing
		// endangered" (the US police category of a missing person at
		// risk), AMBER and Silver Alerts (an abducted child, a missing
		// senior), Indonesian and Malay "darurat" and Swahili "dharura",
		// "hatari kwa maisha" (general knowledge).
		// Danger to life in Swedish, Norwegian and Danish ("fare for en
		// persons liv", a "nødsituation"), Icelandic ("lífshætta", a
		// "neyðarbeiðni"), Dutch, Polish, Czech, Finnish
		// and Portuguese (general knowledge).
		`fara f[öo]r (?:liv|livet|n[åa]gons liv)|l[íi]fsh[æa]tt\p{L}*|ney[ðd]arbei[ðd]n\p{L}*|fare for (?:en persons |et menneskes |nogens |noens |hans |hendes |hennes )?(?:liv|livet|menneskeliv)|n[øö]dsituation|n[øö]dsituasjon|levensgevaar|levensbedreigend|(?:acuut |direct |ernstig )?gevaar voor (?:het |zijn |haar |hun |iemands )?leven|zagro[żz]eni\w* [żz]ycia|ohro[žz]en[íi] [žz]ivota|hengenvaara|risco (?:iminente )?(?:à|a) vida|risco (?:iminente )?de morte|perigo de (?:vida|morte)|risco de vida|` +
		// French: "risque vital", "danger imminent pour la vie", "péril".
		`risque vital|(?:met|mettant|mettent|mettre) en (?:jeu|danger) la vie|(?:est|sont|se trouve|se trouvent) en danger (?:immédiat|imminent|grave|de mort)|disparition inquiétante|(?:^|[^\p{L}])(?:sa |la |leur )?vie (?:est |serait )?en danger\b|danger pour (?:sa|sa propre|leur) vie\b|(?:danger|risque|menace) (?:grave |imminent |réel |et )*pour la vie(?:[ \t]+(?:d[eu]|des|humaine|et|ou)\b|[ \t]*d'|[ \t]*[,.;:)!]|[ \t]*$)|menace réelle|péril imminent|divulgation (?:en situation )?d'urgence|demande urgente de divulgation|` +
		// A kidnapping told as going on now, in Spanish, Italian, French,
		// Portuguese and German (general knowledge).
		`(?:^|[^\p{L}])(?:secuestro en curso|sequestro (?:di persona )?in corso|enlèvement en cours|prise d'otages? en cours|sequestro em curso|laufende[nr]? (?:Entführung|Geiselnahme))(?:$|[^\p{L}])|menace (?:grave |imminente |réelle )?pour la vie[ \t]*\n|` +
		// Danish and Norwegian "liv i fare", "akut livsfare", Swedish
		// "livsfara" (general knowledge).
		`(?:^|[^\p{L}])(?:liv(?:et)? i (?:akut |overhængende |umiddelbar |overhengende )?fare|(?:akut |overhængende |overhengende )?livsfare|livsfara)(?:$|[^\p{L}-])|` +
		// Spanish as Mexico and others write it ("riesgo a la vida",
		// "está en riesgo la vida de una persona"); Korean ("생명에 대한
		// 급박한 위험", "긴급 정보제공"), Japanese and Chinese (general
		// knowledge).
		`riesgo (?:inminente |grave |real )?(?:a|para|contra) (?:la|su) vida|en (?:grave |inminente |serio )?riesgo (?:la|su|sus) vidas?|vidas? (?:en|corre|corren) (?:grave |inminente )?(?:riesgo|peligro)|생명(?:에 대한|의|에)?\s*(?:급박한|긴박한|중대한|임박한|직접적인)?\s*(?:위험|위협)|긴급\s*(?:정보\s*)?(?:제공|공개)\s*요청|人命に(?:関わる|かかわる)|生命(?:・身体)?に(?:対する)?(?:差し迫った|切迫した)?危険|生命危险|紧急情况` +
		// Danger to life in Turkish (its dotted capitals written out:
		// Go's case folding leaves "İ" alone), Greek, Hebrew, Arabic,
		// Russian, Ukrainian, Romanian and Hungarian (general knowledge).
		`|hayat[iıİI](?:n[iıİI]n)? tehl[iİI]kede|hayat[iİI] tehl[iİI]ke|can güvenl[iİI]ğ[iİI]|κ[ιί]νδ[υύ]ν\p{L}* (?:για τη |της )?ζω(?:ή|ής)|απειλή (?:για τη )?ζωή|סכנת חיים|סכנה ממשית לחיי|בקשת חירום|מצב חירום|خطر (?:(?:داهم|محدق|وشيك|جسيم|حقيقي|جدي) )?(?:على|يهدد) (?:حياة|الحياة)|طلب (?:إفصاح )?طارئ|(?:^|[\n\-–:.،]\s*)حالة طوارئ|(?:لوجود|بسبب) حالة (?:طوارئ|طارئة)|угроз\p{L}* жизни|загроз\p{L}* життю|pericol (?:iminent )?(?:pentru|de) via[țţt][ăa]|életveszély` +
		// And in Estonian, Latvian, Lithuanian, Slovak, Slovenian, the
		// Balkan languages, Bulgarian, Vietnamese, Indonesian, Malay,
		// Thai and Hindi (general knowledge).
		`|\boht elule\b|\beluohtlik|apdraud\p{L}* dz[īi]v[īi]b|briesm\p{L}* dz[īi]v[īi]b|pavoj\p{L}* gyvyb|gyvyb\p{L}* pavoj|ohrozeni\p{L}* [žz]ivota|[žz]ivljenjsk\p{L}* nevarnost|ogro[žz]en\p{L}* [žz]ivljenj|opasnost po [žz]ivot|опасност по живот|опасност за живота|nguy hi[ểe]m (?:đến|cho) t[íi]nh m[ạa]ng|(?:membahayakan|mengancam|ancaman terhadap) nyawa|permintaan (?:data |pengungkapan )?darurat|อันตรายต่อชีวิต|กรณีฉุกเฉิน|(?:जान|जीवन) (?:को|के लिए) खतरा`)},
	// A state's civil rules cited beside the subpoena ("SUBPOENA TO
	// PRODUCE DOCUMENTS (C.R.C.P. 45)", "Tex. R. Civ. P. 176") make it
	// a civil one (general knowledge of state civil rules' citations);
	// Colorado's "C.R.C.P." is also written over criminal subpoenas
	// ("C.R.C.P. 17(c)", "C.R.C.P. 45 / Crim. P. 17"), so only with the
	// civil rule's number alone.
	{"civil_subpoena", lazyRegexp(`(?i)civil subpoena|subpoena[^.\n]{0,80}\b(civil action|rule 45|plaintiff|defendant)|rule 45 subpoena|\bin the civil action|subpoena[^.\n]{0,80}?(?:\b[A-Z]\.\s?R\.\s?C\.\s?P\.\s*(?:Rule\s*)?45[ \t]*(?:\)|\n|,|;)|(?:\b[A-Z][a-z]{1,4}\.\s?)?\bR\.\s?Civ\.\s?P(?:ro)?\.|\bCiv\.\s?R\.)`)},
	// "warrant" the noun, not the verb ("the circumstances warrant
	// immediate disclosure"): after an article or a qualifier, or before
	// what a warrant document does.
	{"search_warrant", lazyRegexp(`(?i)search (and seizure )?warrant|\bcommunications? data warrants?\b|\bwarrant (no\.|number|#)|\bsigned warrant|durchsuchungsbeschluss|mandat de perquisition|捜索差押許可状|差押許可状|搜索票|搜查令|압수수색영장|압수\s*[·ㆍ・]\s*수색(?:\s*[·ㆍ・]\s*검증)?\s*영장|\b(?:a|an|the|this|that|our|said|such)\s+(?:(?:signed|sealed|valid|state|federal|court|judicial|attached|enclosed|new|original|amended|tracking|anticipatory|premises|rule 41|2703\(a\))\s+)?warrants?\b|\b(?:attached|enclosed|signed|sealed|valid|state|federal|judicial)\s+warrants?\b|\bwarrants?\s+(?:issued|signed|authori[sz]|dated|requir|compel|direct|command|attached|enclosed|for|no\b|number|application)|(?:^|[-:|]\s*)warrant\b`)},
	{"court_order", lazyRegexp(`(?i)2703\s*\(d\)|` +
		// A Taiwanese court's retrieval order for communication records
		// (調取票, Communication Security and Surveillance Act art. 11-1)
		// and an Israeli court's order (צו בית משפט) to produce data
		// (general knowledge).
		`調取票|צו בית משפט|צו להמצאת|צו שיפוטי|` +
		// A Greek judicial council's ruling (βούλευμα).
		`βούλευμα|βουλεύματος|` +
		// A court's ruling abroad, in the words of its own country
		// (general knowledge): a Spanish judge's "auto", a Portuguese or
		// Brazilian court that "deferiu"/"determinou" a lifting of
		// secrecy, a Polish "postanowienie sądu", a Ukrainian "ухвала", a
		// Russian court's "постановление"/"определение".
		`(?:dict[óo]|ha dictado|emiti[óo])\s+(?:un\s+|el\s+)?[Aa]uto\b|\bauto judicial\b|\b(?:Vara|Ju[íi]zo|Tribunal|juiz|ju[íi]za)\b[^.\n]{0,60}\b(?:deferiu|determinou|autorizou)\b|\b(?:afastamento|quebra) d[oe] sigilo\b[^.\n]{0,60}\b(?:deferid|determinad|autorizad)|postanowieni\w* sądu|sąd\w*[^.\n]{0,40}\bpostanowieni|ухвал(?:[аиуоі](?:[^\p{L}]|$)|ою)|постановлени\p{L}* суда|определени\p{L}* суда|` +
		// "I got a judge to sign an order yesterday", "We had the
		// magistrate sign an order": done, said plainly at a sentence's
		// start (not "as soon as I've gotten …", "we almost got …").
		`(?:^|[.!?;]\s+|\n\s*)(?:I|We)\s+(?:just\s+)?(?:got\s+(?:a|the)\s+(?:judge|magistrate)\s+to\s+(?:sign|issue|grant)|had\s+(?:a|the)\s+(?:judge|magistrate)\s+(?:sign|issue|grant))\s+(?:an|the|a|our)\s+order\b|` +
		// "The order I got signed last week": an order the writer had
		// signed. A court's command to produce, in the words of its own
		// order ("ORDERED that the custodian … shall produce", Florida's
		// "DONE AND ORDERED"): not a non-disclosure order's command, which
		// forbids notice and produces nothing.
		`\b(?:the|an|this|my|our|attached|enclosed) order (?:that )?(?:I|we) (?:just )?(?:got|had|have|obtained) (?:signed|issued|entered)\b|` +
		// Session 31: an order the writer holds for the records ("I have
		// an order for the account records"), one obtained from a court
		// ("obtained the enclosed order from the Circuit Court of …"), an
		// attached or signed order's command to the provider ("The
		// attached order directs you to produce …"; not an order still to
		// be signed). Not an order of certificates: the records, a court
		// or the provider must be named with it.
		`(?:^|[.!?;]\s+|\n\s*)(?:I|We)\s+(?:now\s+)?(?:have|hold|obtained|got)\s+(?:an?|the)\s+(?:signed\s+)?order\s+(?:for|directing|requiring|compelling)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:records|data|information)\b|` +
		`\b(?:obtained|received|holds?|secured)\s+(?:an?|the|this)\s+(?:enclosed\s+|attached\s+|signed\s+)?order\s+from\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,6}Court\b|` +
		`\b(?:this|said|the (?:attached|enclosed|signed|court's))\s+order\s+(?:directs|requires|commands|compels)\s+(?:you|your company|the provider|provider|the custodian|respondent)\b|` +
		`\b(?:(?-i:ORDERED)|(?:is|are) hereby ordered|it is ordered)\s+that\s+(?:the\s+)?(?:custodian(?:\s+of\s+records)?(?:\s+(?:for|of)\s+[\w.-]+)?|provider|(?-i:[A-Z][\w.-]+)(?:,? (?:Inc|LLC|Ltd)\.?)?)\s+(?:shall|must|is to|will)\s+(?:promptly\s+|immediately\s+)?(?:produce|disclose|provide|furnish|turn over)\b|\b(?:shall|must) (?:produce|disclose|provide|furnish)\b[^§]{0,400}?(?-i:DONE AND ORDERED)|` +
		// A New York court's "Decision and Order" (general knowledge),
		// attached or directing disclosure; not one only mentioned ("the
		// Decision and Order denying suppression").
		`\b(?:copy of|attached|enclosed|the attached|the enclosed)\s+(?:the\s+|a\s+|this\s+)?(?:signed\s+)?decision and order\b|\bdecision and order\b[^.]{0,80}\b(?:directing|ordering|compelling|requiring)\b|` +
		`\bcourt order\b|\b(?:an|the|this|attached|enclosed|signed|sealed) order (?:issued |signed |entered )?(?:by|of|from) the [^.\n]{0,60}court|\bproduction order|\border for (production|disclosure)|\border (?:compelling|directing|requiring) (?:the )?(?:production|disclosure)\b|richterliche[rn]? beschluss|gerichtliche[rn]? beschluss|gerichtliche[rn]? anordnung|beschluss des amtsgericht|ordonnance (du|de la|d'un)|\bsealed order|\b2703\(c\) order|\b(?:pursuant to|under|per|in accordance with)\s+(?:the|an?)\s+order\s+(?:signed|issued|entered)\s+(?:in|under)\s+(?:docket|misc\.?)\b|\b(?:judge|magistrate)\b[^.\n]{0,30}\b(?:signed|issued|entered|granted)\s+(?:an|the|a|our)\s+order\b(?:\s+(?:this|that|on|last|yesterday|today)\b[^.\n,]{0,25}?)?,?\s+(?:(?:directing|requiring|compelling|ordering)\s+(?:you|your (?:company|firm|service)|the provider|provider|the company)\b|for (?:the )?(?:records|production|disclosure)|(?:allowing|authori[sz]ing|permitting|letting)\s+(?:me|us|our (?:office|department|agency|unit)|investigators|law enforcement|the (?:police|department|agency|office|detectives?|investigators?))\s+to\s+(?:obtain|get|request|seek|acquire|collect))|\bjudicial order|\bnotice to produce\b|\b(?:the|this|an|a) (?:attached|enclosed|signed|sealed) order\b|\bissued (?:the|an|a) (?:attached |enclosed |signed )?order\b|\b3512\b|\bbeschluss\b|\bordonnance\b|\border of (?:a|the) (?:judge|magistrate|court)|(?:judge|magistrate)'s order|pen[- ]register|trap[- ]and[- ]trace|\b3123\b|\b3122\b|\b(?:by|per|pursuant to (?:an?|the)) order of the [^.\n]{0,60}\bcourt\b|\b(?:an|the) order (?:was|has been|had been) (?:made|granted|issued) (?:at|by|in) (?:the )?[^.\n]{0,50}\b(?:court|judge|magistrate)\b|` +
		// Court orders in Spanish and Portuguese; a Belgian investigating
		// judge's order (bevel van de onderzoeksrechter, Sv art. 88bis,
		// general knowledge).
		// Court orders in Indonesian, Malay, Estonian, Latvian,
		// Lithuanian, Czech, Croatian, Vietnamese and Thai (general
		// knowledge).
		`\bPenetapan (?:Ketua )?Pengadilan\b|\bperintah mahkamah\b|\bkohtum[äa]{1,2}rus\b|\bkohtu m[äa]{1,2}rus\b|\btiesas l[ēe]mum\p{L}*|\bteismo nutart\p{L}*|\busnesen[íi] soudu\b|\b(?:rje[šs]enje|nalog) suda\b|quy[ếe]t [đd][ịi]nh c[ủu]a T[òo]a [áa]n|คำสั่งศาล|` +
		`\bbevel\b[^.\n]{0,60}\bonderzoeksrechter|\bonderzoeksrechter\b[^.\n]{0,80}\bbevel(?:en)?\b|\borden judicial|\borden (?:emitida|dictada|expedida|librada|proferida) (?:por|del)\b|\borden de (?:exhibici[óo]n|presentaci[óo]n|entrega|aseguramiento)\b[^.]{0,80}?\b(?:emitida|dictada|expedida|librada|girada|proferida|otorgada)\b[^.]{0,60}?\b(?:por|del)\s+(?:el\s+)?(?:Juzgado|Juez|Jueza)\b|\borden del Juzgado\b|` +
		// A court that decided "by an auto" (Spain) or "by a resolución"
		// (Mexico), and an oficio sent "by order of the court" (Argentina):
		// the judicial acts of their procedure codes (general knowledge).
		// A court's name may hold "n.º 5".
		`\b(?:juzgado|tribunal|juez|jueza)\b(?:[^.]|\.[º°ª]|\.\s?\d){0,200}?\bmediante (?:auto|resoluci[óo]n)\b|\bpor disposici[óo]n del? (?:(?:Sr\.?|Sra\.?|se[ñn]ora?) )?(?:juzgado|tribunal|juez|jueza)\b|` +
		// "El Sr. Juez ha ordenado que … informen": the judge's order
		// that an oficio carries (not "ha ordenado la detención", an
		// arrest).
		`\b(?:el|la)\s+(?:(?:Sr|Sra)\.?\s+|se[ñn]ora?\s+)?(?:juez|jueza|magistrad[oa])\s+(?:ha\s+|han\s+)?(?:ordenado|dispuesto|resuelto)\s+(?:que\b|(?:se\s+)?(?:requiera|oficie|libre)\b)|` +
		// A court's ruling "ordering disclosure"; Iceland's dómsúrskurður.
		`\bruling\b(?:[^.\n]|\.\d){0,60}\bordering (?:the )?(?:disclosure|production|release)\b|\bd[óo]ms[úu]rskur[ðd]|\bmandamiento judicial|\bresoluci[óo]n judicial|\bauto (?:de fecha|del juzgado|judicial|dictado)|\bpor auto de (?:fecha )?\d|\b(?:juzgado|tribunal)\b(?:[^.]|\.[º°ª]|\.\s?\d){0,120}?\bha acordado (?:requerir|ordenar|la cesi[óo]n|que se)|\bordem judicial|\bdecis[ãa]o judicial|\bquebra de sigilo|\bmandado judicial|\bdecreto (?:di|del|della)\b|\bdecret[oi] emess[oi]\b|\bordinanza\b|postanowieni\w* (?:\w+ )?s[ąa]d|s[ąa]d\w*[^.\n]{0,60}postanowieni|decision \(postanowienie\) of the [^.\n]{0,40}court|` +
		// Dutch: an order authorised by the examining magistrate;
		// Portuguese and Spanish: a judge's despacho, a court that ordered.
		`\bex parte order\b|\bcourt-approved order|\bhas approved an order|gerichtlich bewilligt|bewilligte Anordnung|Anordnung der Auskunft|\brechter-commissaris|\bmachtiging\b|\bexamining magistrate\b|\bdespacho (?:pelo|do|da) (?:(?:Merit[íi]ssim[oa]|MM\.?|Exm[oa]\.?)\s+)?(?:Juiz|Ju[íi]za)|proferido despacho|\bdespacho proferido (?:pelo|por|no|na)\b|\bdecis[ãa]o proferida|\bJuzgado\b[^.\n]{0,120}\bque orden[óo]|\bcourt issued an order\b|\b(?:judge|magistrate)\s+(?:has\s+|had\s+|just\s+)?(?:signed|granted|issued|entered)\s+(?:an|the|my|our)\s+(?:court\s+)?order\b[^.;]{0,40}?\b(?:for (?:me|us)\b|(?:for|requiring|directing|compelling|authori[sz]ing|ordering) (?:the )?(?:production|disclosure|release|records|account|subscriber|information)|authori[sz]ing (?:me|us|(?:the|our) (?:department|agency|office|investigators?|officers?|detectives?)) to (?:obtain|request|seek|get|receive|collect)\b)|` +
		// Nordic, Finnish and Czech courts' rulings (general knowledge):
		// kjennelse/kendelse, a tingrett's or tingsrätt's beslutning, a
		// käräjäoikeus' päätös, a soud's příkaz or usnesení; and any court
		// that "ordered the disclosure" in English.
		`\bcourt\b[^.\n]{0,40}\b(?:gave|issued|made|entered|handed down) a (?:ruling|decision)\b(?:[^.\n]|\.\d){0,40}\b(?:permit|authori[sz]|order|allow|direct|requir|compel)|\b(?:by|under|pursuant to|in accordance with|on the basis of|based on|with) (?:a |the )?(?:ruling|decision|decree) (?:of|from) (?:the )?[^.\n]{0,60}\b(?:court|tribunale|teismas|tiesa|giudice)\b|\bby (?:a |the )?(?:ruling|decision)\b(?:[^.]|\.\d){0,100}\bcourt\b[^.]{0,40}\b(?:authori[sz]ed|permitted|allowed|ordered|directed)\b|\b\p{L}*kjennelse\b|\b\p{L}*kendelse\b|\bautorizaci[óo]n judicial\b|\btingrett\w*[^.\n]{0,80}\b(?:beslutning|besluttet)|\btingsr[äa]tt\w*[^.\n]{0,80}\bbeslut|\bk[äa]r[äa]j[äa]oikeu\w*(?:[^.\n]|\.\d){0,80}\bp[äa][äa]t[öo]\w*|\bp[řr][íi]kaz\w* soud\w*|(?:p[řr][íi]kaz\p{L}*|nakaz\p{L}*|ordem|ordine|Beschluss|bevel)\s+(?:(?:des|do|della|van)\s+)?(?:the\s+)?(?:United States|U\.S\.) District Court\b|\bsoud\w*[^.\n]{0,80}\bp[řr][íi]kaz\w*|\busnesen[íi]\w* (?:\w+ )?soudu|\b(?:Court|Judge|Judgeship|Magistrate|Tribunal)(?: of (?:the )?Peace)?\)?,? (?:has |had )?ordered (?:the )?(?:disclosure|production|release)\b|` +
		// Slovenian and Croatian (odredba, sklep, rješenje of a sodišče or
		// sud), Lithuanian (teismo nutartis), Latvian (tiesas lēmums),
		// Estonian (kohtu määrus), Hungarian (bírósági végzés) and Romanian
		// (încheierea instanței) court rulings (general knowledge).
		`\b(?:odredb|sklep|rje[šs]enj)\w*\s+(?:\p{L}+\s+){0,3}?(?:sodi[šs][čc]\w*|sud[au]\b)|\bsodi[šs][čc]\w*(?:[^.\n]|\.\s?\d){0,80}\bodredb\w*|\bteism\w*[^.\n]{0,80}\bnutart\w*|\bnutart\w*[^.\n]{0,60}\bteism\w*|\btiesas\s+l[ēe]mum\w*|\bkohtu\s+m[äa][äa]rus\w*|\bb[íi]r[óo]s[áa]g\w*\s+(?:\p{L}+\s+){0,2}?v[ée]gz[ée]s\w*|\bkelt\s+v[ée]gz[ée]s\w*|\bv[ée]gz[ée]s\w*\s+(?:\p{L}+\s+)?elrendel\w*|(?i:[îi])ncheier\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:instan[țţt]\p{L}*|judec[ăa]tor\p{L}*|tribunal\p{L}*)|` +
		// Rulings had, not asked for (general knowledge): a Bulgarian
		// judge who permitted (съдия … разреши), Iceland's "Með úrskurði"
		// of a district court, a Lithuanian pre-trial judge's nutartis, a
		// Georgian court's განჩინება, an Azerbaijani court's qərar, an
		// Arabic court that issued (أصدرت المحكمة) or its judicial order,
		// a Thai court that gave its order, a Croatian court order that
		// exists ("postoji sudski nalog"), a Spanish measure "autorizada
		// por el Juzgado".
		`съди[яй]\p{L}*\s+(?:от\s+)?[^.\n]{0,60}?\sразреши\p{L}*|[Нн]аредбом\s+(?:\p{L}+\s+){0,3}?(?:суд|судиј)\p{L}*|(?:[Нн]а основу|[Пп]о|[Пп]рема|[Вв]рз основа на|[Сс]огласно)\s+наредб\p{L}*\s+(?:на\s+)?(?:\p{L}+\s+){0,3}?(?:суд|судиј)\p{L}*|[Nn]aredbom\s+(?:\p{L}+\s+){0,3}?(?:sud|sudij)\p{L}*|(?:[Nn]a osnovu|[Pp]o|[Pp]rema|[Uu] skladu sa)\s+naredb\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:sud|sudij)\p{L}*|[Mm]eð úrskurði H[ée]ra[ðd]sd[óo]ms|teis[ėe]j\p{L}*\s+nutart|განჩინებ|[Mm][əe]hk[əe]m[əe]\p{L}*\s+(?:\p{L}+\s+){0,2}?q[əe]rar|[Qq][əe]rar\p{L}*\s+[çc][ıi]xaran\s+m[əe]hk[əe]m|(?:أصدرت|أصدر) (?:ال)?(?:محكمة|قاضي)|أمر قضائي|ศาล\p{Thai}{0,24}มีคำสั่ง|(?:postoji|imamo|temeljem|na temelju)\s+sudsk\p{L}* nalog|sudskim nalogom|(?i:autorizad[ao]s? por (?:el|la) (?:\d+[°º] )?(?:juzgado|tribunal|juez|jueza))\b|` +
		// Turkish: a criminal judgeship of peace's or a court's decision
		// (karar).
		// A court's order in German ("hat der … Court … eine Anordnung
		// erlassen") and Spanish ("dictó la
		// orden"); a court that "has signed the order requested by …".
		`\b(?:eine|die|diese) (?:gerichtliche |richterliche )?Anordnung (?:\p{L}+ ){0,2}?(?:erlassen|ergangen)\b|` +
		// A German or Swiss court that ordered the disclosure by its
		// ruling ("Das Zwangsmassnahmengericht hat mit Verfügung vom …
		// die Herausgabe … angeordnet") (session 31).
		`\b\p{L}*gericht\p{L}*\b(?:[^.]|\.\w){0,100}?\b(?:Verfügung|Beschluss|Anordnung)\b(?:[^.]|\.\w){0,120}?\b(?:angeordnet|verfügt|bewilligt|genehmigt)\b|\b(?:dict[óo]|ha dictado|emiti[óo]|expidi[óo]|libr[óo])\s+(?:la|una)\s+orden\b|\bcourt\b[^.\n]{0,100}\b(?:has|have|had)\s+(?:now\s+)?(?:signed|issued|entered|granted)\s+(?:the|an|its)\s+order\b|` +
		// The decision's date and docket ("10.09.2026 tarihli ve 2026/4412
		// D.İş sayılı kararı") may wrap a line and hold dots; in English,
		// "the decision of the … Criminal Judgeship of Peace".
		// "The order in Docket No. 26-1 was signed on August 21 by Judge
		// Roe of the … Court": a docket's number holds dots.
		`\b(?:the|this|our|my)\s+order\b(?:[^.;\n]|\.\s?[\dA-Z]|\n){0,60}?\b(?:was|has been|had been)\s+(?:signed|issued|entered|granted)\b(?:[^.;\n]|\n){0,50}?\bby\s+(?:the\s+)?(?:Hon(?:orable|\.)?\s+)?(?:Judge|Magistrate|Justice)\b|` +
		`\b(?:Sulh Ceza H[aâ]kimli[\p{L}']*|Mahkemesi[\p{L}']*)(?:[^.]|\.[\d\p{L}]){0,100}\bkarar[\p{L}]*|\b(?:decision|ruling|order)\b[^.\n]{0,80}\bJudgeship of Peace\b|` +
		// Dutch "rechterlijk bevel" (a court's order), Italian "decreto
		// motivato" or "decreto autorizzativo" (a judge's reasoned decree),
		// Argentine "oficio librado" (the court's writ sent out): general
		// knowledge of their procedure.
		`\brechterlijke? (?:bevel|beschikking|machtiging)\b|\bbevel van de rechter\b|\bdecret[oi] (?:motivat[oi]|autorizzativ[oi])\b|\boficio (?:judicial )?(?:librado|expedido|diligenciado)\b|` +
		// State law: Texas Code of Criminal Procedure art. 18B, Pennsylvania
		// 18 Pa.C.S. 5743, and any order "under section N".
		// A court or judge that authorised or granted the disclosure of the
		// data itself (not "granted our request for an arrest warrant",
		// bail, access, "the disclosure of the victim's identity"), in
		// English, Spanish, Portuguese and French, in the past tense ("if
		// the court authorises" is no order); an order for the production
		// that has been granted (not one "expected to be granted").
		`\b(?:court|judge|magistrate|tribunal|juzgado|juez|jueza|juiz|ju[íi]za|juge)\b[^.\n]{0,80}(?:\b(?:authori[sz]ed|granted)(?:\s*,[^.]{0,100}?,)?\s+(?:the\s+)?(?:disclosure|production|collection|release|obtaining)\s+of\s+(?:the\s+)?(?:following\s+|requested\s+|subscriber\s+|account\s+)?(?:(?:identification|traffic|location|subscriber)(?:\s+and\s+(?:identification|traffic|location|subscriber))?\s+)?(?:data|records|information)\b|\bauthori[sz]ed\s+us\s+to\s+(?:request|obtain)\s+(?:the\s+following|these|the|this)\s+(?:data|records|information)\b|\bautoriz(?:ó|ou)\s+(?:[^.\n]{0,40}?\s)?(?:(?:la|el|a|o)\s+)?(?:solicitud|solicita[çc][ãa]o|pedido|requerimiento|entrega|cesi[óo]n|obten[çc][ãa]o|obtenci[óo]n|comunica[çc][ãa]o|comunicaci[óo]n)\s+(?:de\s+|d[oa]s?\s+)?(?:(?:los|las|el|la)\s+)?(?:datos|dados|informaci[óo]n|informa[çc][ãa]o|informa[çc][õo]es|antecedentes|registros)\b|\bautoriz(?:ó|ou)\s+(?:[^.\n]{0,40}?\s)?(?:requerir|solicitar|obtener|recabar|requisitar|obter)\b|\ba autoris[ée]\s+(?:la|le)\s+(?:communication|r[ée]quisition|transmission)\b)|\border (?:for|of) the (?:production|disclosure)\b(?:[^.\n]|\.\w){0,80}\b(?:was|has been|have been|had been) (?:granted|issued|made|signed)\b|` +
		`\b(?:article|art\.)\s*18B\b|\b18B\.\d{3}\b|\b5743\b|\border (?:issued |signed |entered )?(?:pursuant to|under) (?:article|art\.|section|sec\.|§|s\.) ?\d`)},
	// An administrative summons (IRS, 26 U.S.C. 7602; customs, 19 U.S.C.
	// 1509) compels records as a subpoena does; so does an agency's own
	// subpoena named only by its statute: the DEA's (21 U.S.C. 876),
	// immigration's (8 U.S.C. 1225(d)), an inspector general's (IG Act
	// s. 6(a)(4), now 5 U.S.C. 406(a)(4)); from the Justice Department's
	// report to Congress on administrative subpoena authorities (2002).
	// A prosecutor's or police officer's own demand for data abroad is
	// the counterpart of a subpoena: a French réquisition (C. pr. pén.
	// art. 60-1, 77-1-1, 99-3), a Dutch vordering (Sv art. 126na-126nd),
	// a Swiss Editionsverfügung (StPO art. 265), a Polish prosecutor's
	// postanowienie (k.p.k. art. 218), an Indian notice (BNSS s. 94, CrPC
	// s. 91), a South African s. 205 subpoena (general knowledge).
	// Also a Belgian prosecutor's demand (vordering, Sv art. 46bis) and
	// a Singapore order to produce (CPC 2010 s. 20).
	// Also an Austrian prosecutor's order for subscriber data (§ 76a StPO)
	// and a Chinese police notice to produce evidence (调取证据通知书;
	// general knowledge).
	{"subpoena", lazyRegexp(`(?i)\bsubpoena|§\s*76a\s+StPO|调取证据通知书|調取證據通知書|\bvorder\w*\b[^.\n]{0,120}\b46bis\b|\b46bis\b[^.\n]{0,120}\bvorder|\border to produce\b(?:[^.\n]|\.\d){0,80}\b(?:section|s\.?) ?20\b|\bsection 20(?:\(1\))? of the Criminal Procedure Code|\bsubpena\b|duces tecum|r[ée]quisition|\bvordering\b(?:[^.]|\bart\.){0,100}\b126n[a-d]\b|\b126n[a-d]\b[^.]{0,80}\bvordering|\bvordering (?:tot|van) (?:de |het )?verstrek(?:king|ken)\b|Editionsverf[üu]gung|Herausgabeverf[üu]gung|刑事訴訟法第?197条第?2項|捜査関係事項照会|\boficio\b[^.;]{0,60}\b(?:se solicita|solicit[oa]|se requiere|requiero)\b|\bdecreto di (?:esibizione|acquisizione)\b|\bdecret[oi]\b(?:[^.]|\.\d){0,80}?\b(?:Pubblico Ministero|P\.\s?M\.)|o żądaniu wydania|prokurat\w*[^.\n]{0,80}\b218\b|\b218 § ?1 k\.p\.k|section 94 (?:of the )?(?:BNSS|Bharatiya)|धारा\s*94\b[^।\n]{0,60}(?:भारतीय नागरिक सुरक्षा संहिता|BNSS)|\b(?:notice|order)\s+under\s+section\s+51\s+of\s+the\s+Criminal\s+Procedure\s+Code\b|\bhereby summoned\b|\bsummoned and required to (?:appear|produce|give)|\bForm 2039\b|section 91 (?:of the )?(?:Cr\.?P\.?C|Code of Criminal Procedure)|\b3486\b|\b21\s*U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?876\b|\bTitle 21,? United States Code,? Section 876\b|\b8\s*U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?1225\s?\(d\)|\bInspector General Act\b[^.\n]{0,60}\b(?:section|§)\s*6\s?\(a\)\s?\(4\)|\b(?:section|§)\s*6\s?\(a\)\s?\(4\)\s+of\s+the\s+Inspector General Act\b|\b5\s*U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?406\s?\(a\)\s?\(4\)|administrative (request|demand)|\bcivil investigative demand|\b(?:administrative|irs|john doe|third[- ]party|customs) summons\b|\bsummons\b(?:[^.\n]|\.\w|\.\s){0,60}\b(?:7602|7609|1509)\b|\b(?:7602|1509)\b[^.\n]{0,40}\bsummons\b|\bsummons (?:no\.|number|#)|\b(?:this|the|attached|enclosed|a) summons (?:is |was )?(?:issued|served|requires|directs|commands)`)},
	// Preservation (Budapest Convention art. 29) in the languages of the
	// forces that ask for it (general knowledge).
	// Also preservation in the Baltic, Central European and Balkan
	// languages, Indonesian, Vietnamese and Thai, and the Budapest
	// Convention's article 29 (expedited preservation) named in any of
	// them (general knowledge).
	{"preservation", lazyRegexp(`(?i)2703\s*\(f\)|\bpreserv(e|ation)\b|\bsäilyttä(?:mään|mistä|minen|mis\p{L}+)|\bsäilita(?:da|mine|mise|ks)?\b|\bsaglabā(?:t|šan\p{L}*)\b|\bišsaugo(?:ti|jim\p{L}*)\b|\bmegőr(?:izni|zés\p{L}*)|\buchov(?:ání|at\b|anie\b|ať)|(?:^|[^\p{L}])(?:sačuva\p{L}*|očuvanj\p{L}*|čuvanj\p{L}*)|\bpengamanan data\b|\bpreservasi\b|b[ảa]o (?:qu[ảa]n|to[àa]n) d[ữu] li[ệe]u|เก็บรักษาข้อมูล|(?:konventsiooni|konvencijos|konvencijas|konvence|konvencie|egyezmény\p{L}*|konvencij\p{L}*|Convention)\s+(?:artikli?|straipsn\p{L}*|panta|článku|cikk\p{L}*|članka?|art(?:icle|\.)?)\s*29\b|sicherung|\b(?:zu )?sichern sie\b|\bdaten zu sichern\b|conservation (?:rapide |urgente )?des donn[ée]es|\bconserver (?:les|vos|ces) donn[ée]es|gel des donn[ée]es|conservaci[óo]n (?:urgente |inmediata |r[áa]pida )?de (?:los )?datos|\bpreservaci[óo]n\b|לשמר את|שימור נתונים|διατήρηση\p{L}* (?:των )?δεδομένων|\bconservare(?:a)? (?:rapid[ăa] |urgent[ăa] |imediat[ăa] )?(?:a )?datelor\b|\bcerere de conservare\b|conserva[çc][ãa]o (?:expedita|urgente|imediata|r[áa]pida) (?:de|dos)|\bdados sejam conservados\b|\bsikring a[fv] (?:data|opplysninger|oplysninger|elektroniske bevis(?:er)?)\b|\bsikres i \d+ dager\b|konvensjon\p{L}*\)?\s+art(?:ikkel|\.)?\s*29\b|\b(?:ask|request)\w*\s+that\s+(?:the\s+)?(?:data|records|information)\b(?:[^.]|\.\w){0,80}?\bbe\s+(?:retained|kept|conserved|frozen)\b|\bconservar la informaci[óo]n\b|(?:\bart(?:[ií]culo|icle|igo|\.)?|(?:^|[^\p{L}])[čc]lan(?:ak|a|om|u)?|(?:^|[^\p{L}])[čc]l\.)\s*29\.?[ºo°]?,?\s+(?:\p{L}+\s+){0,2}?(?:konvencij\p{L}*|convenio|convention|conven[çc][ãa]o|convenzione|conven[țţt]i\p{L}*|[üu]bereinkommens?)\b|\bconserv(?:en|ar) los datos|preserva[çc][ãa]o|conservazione (?:rapida |urgente |immediata )?(?:dei|di) dati|(?:ordin[ao]|chied[eo]|richied[eo]|dispon[eo])\s+(?:\S+\s+){0,2}?(?:la\s+)?conservazione\b|\bbewaring van\b|\bte bewaren\b|\bbewaarverzoek|\bbevriezing van\b|\bbevarande\b|\bbevaring av\b|\bbevar(?:a|ar|as|e|er|es)\b|zabezpieczeni\w* danych|zaji[šs]t[ěe]n[íi] (?:dat|[úu]daj[ůu])|quick[- ]freeze` +
		// Czech "uchování údajů" (trestní řád § 7b); French "préserver les
		// données" (Canada's Criminal Code s. 487.012, a preservation
		// demand).
		`|\buchov[áa]n[íi] (?:\p{L}+ ){0,3}?(?:dat|[úu]daj[ůu])|\bpr[ée]server (?:les|vos|ces|toutes les) (?:donn[ée]es|renseignements|informations)\b|\b(?:demande|ordre) de pr[ée]servation\b|\b487\.012\b` +
		// Article 29 of the Budapest Convention is its expedited
		// preservation, in any language ("ai sensi dell'art. 29 della
		// Convenzione di Budapest").
		`|\bart(?:icle|icolo|[íi]culo|igo|ikel|\.)?\s*29\b[^.\n]{0,60}\bBudapest\b|\bBudapest\b[^.\n]{0,40}\bart(?:icle|icolo|[íi]culo|igo|ikel|\.)?\s*29\b` +
		// Or by the Convention's name: "Article 29 of the Convention on
		// Cybercrime", Czech "článek 29 Úmluvy o počítačové kriminalitě".
		`|\b(?:art(?:icle|\.)?|čl[áa]n\p{L}*|čl\.)\s*29\b[^.\n]{0,40}(?:Convention on Cybercrime|Cybercrime Convention|[ÚU]mluv\p{L}* o po[čc][íi]ta[čc]ov[ée] kriminalit)`)},
	{"nondisclosure_order", lazyRegexp(`(?i)2705\s*\(b\)|non-?disclosure order|` +
		// A court's decision that orders the provider to keep silent, in
		// Portuguese and Spanish ("a decisão determina que o provedor se
		// abstenha de comunicar ao usuário …").
		`\b(?:determin|orden|decid|decret|resolv)\w*\b[^.]{0,80}\b(?:se abstenha|abstenha-se|abster-se|se abstenga|abstenerse) de (?:comunicar|informar|notificar|dar ci[êe]ncia)\b|non-?disclosure (?:provision|clause)|order[^.\n]{0,60}\b(?:directing|ordering|commanding|requiring) (?:that )?(?:the )?(?:provider|you)[^.\n]{0,20}\bnot (?:to )?(?:notify|disclose)|\b(?:(?:the|an|a|this|its|court's|sealing|sealed|court|nondisclosure|non-disclosure)\s+(?:(?-i:[A-Z][\w.-]*)\s+)?order|(?-i:Order|ORDER))\b(?:[^.\n]|\.\s?\w){0,50}?\b(?:delaying|precluding) (?:notification|notice)\b` +
		// "The court granted your application under Penal Code 1546.2(b)
		// to delay notification": the order given by its grant.
		// "… the judge's order sealing the warrant. It directs Provider not
		// to notify the subscriber": the order's command told in the next
		// sentence.
		`|\border\b[^.\n]{0,80}[.;]\s+(?:It|The order|This order)\s+(?:also\s+)?(?:directs|orders|requires|commands|prohibits|bars|forbids)\s+(?:the\s+)?(?:provider|you|your company|(?-i:[A-Z][\w-]*))\s+(?:not\s+to|from)\s+(?:notify|notifying|disclose|disclosing|inform|informing|tell|telling)\b` +
		`|\bgranted\s+(?:your|the|our|its|an?)\s+(?:application|motion|request)\b(?:[^.\n]|\.\d){0,60}?\bto delay (?:the )?(?:notification|notice)\b|preclusion[- ]of[- ]notice order|delayed[- ]notice order|gag order|order[^.\n]{0,40}(not|shall not) (to )?(notify|disclose)` +
		// An order's own clause: "The Provider shall not disclose the
		// existence of this Order", "the order prohibits you from
		// notifying the account holder".
		`|\b(?:provider|you|the company)\s+(?:shall|must|is to|are to)\s+not\s+(?:disclose|notify)\b[^.\n]{0,30}\bexistence of (?:this|the) (?:order|application)\b|\border\b[^.\n]{0,30}\b(?:prohibits|precludes|forbids|bars)\s+(?:you|the provider|provider)\s+from\s+(?:notifying|disclosing)\b` +
		// A court's "It is further ORDERED that … the provider shall not
		// disclose its existence".
		`|(?-i:ORDERED)\b(?:[^.]|\.\w|\b(?:Inc|Ltd|Co|Corp|LLC)\.){0,120}?\b(?:shall|must|is to)\s+not\s+(?:disclose|notify|reveal)\b[^.\n]{0,60}\b(?:its existence|existence of (?:this|the) (?:order|warrant|application|subpoena))\b` +
		// A court that "ordered that the existence of the warrant not be
		// disclosed"; California's "order for delayed notification" (Penal
		// Code 1546.2(b)).
		// Also "the Court has ordered that the warrant be sealed and that
		// the provider not disclose it".
		`|\b(?:court|judge|magistrate)\b[^.\n]{0,30}\bordered\s+that\b[^.\n]{0,80}\bnot\s+be\s+(?:disclosed|revealed|made known)\b|\b(?:court|judge|magistrate)\b[^.\n]{0,30}\bordered\b[^.\n]{0,100}\b(?:the\s+provider|you|the\s+company|the\s+service\s+provider)\s+(?:shall\s+|must\s+|will\s+|is\s+to\s+)?not\s+(?:disclose|notify|reveal)\b|\border\s+(?:for|of)\s+delay(?:ed)?\s+(?:notification|notice)\b` +
		// An order's title: "ORDER SEALING WARRANT AND PROHIBITING
		// DISCLOSURE", "Order Prohibiting Notification".
		`|\border\s+(?:sealing\s+(?:[\w-]+\s+){0,3}and\s+)?(?:prohibiting|precluding|delaying)\s+(?:disclosure|notice|notification)\b` +
		// Session 33: "the Court's order accompanying the warrant
		// prohibits notice to the subscriber"; the UK's "non-disclosure
		// requirement" of an overseas production order; a Brazilian
		// decision "sob sigilo: fica vedado comunicar o usuário".
		`|\border\b[^.\n]{0,60}\b(?:prohibits|precludes|forbids|bars|delays)\s+(?:any\s+)?(?:notice|notification|disclosure)\s+(?:to|of)\b|\b(?:contains|imposes|includes|carries|with|subject to)\s+(?:a|the|its)\s+non-?disclosure requirement\b|\bnon-?disclosure requirement\b(?:\s*\([^)]{0,40}\))?\s*:\s*(?:the\s+)?(?:respondent|you|provider|it)\s+(?:shall|must|may)\s+not\b|\b(?:decis[ãa]o|ordem|determina[çc][ãa]o|sigilo)\b[^.]{0,80}\b(?:vedad[oa]|proibid[oa])\s+(?:de\s+)?(?:comunicar|informar|notificar|dar ci[êe]ncia)\b`)},
	{"data_subject_request", lazyRegexp(`(?i)\bGDPR\b|\bDSGVO\b|\bRGPD\b|\bart(?:icle|ikel|\.)? ?15\b|data subject|right of access|\bDSAR\b|\bCCPA\b|copy of (all )?(the )?(my )?personal data|my personal (data|information)|Consumer Privacy Act|personal (?:data|information) (?:you hold|held) about me|right to know`)},
}

// clauseStart and clauseEnd bound the clause around a match.
var (
	clauseStart = lazyRegexp(`[.!?;:]\s[^.!?;:]*$`)
	clauseEnd   = lazyRegexp(`[.!?;]\s|[.!?;]$`)
	// denied: "we have not sought a court order", "isn't worth a
	// subpoena", "without the expense of a subpoena".
	// Also "without" in the languages of foreign letters: sin, sem, sans,
	// ohne, senza, zonder, bez ("sin necesidad de comisión rogatoria").
	// A negator is a word of its own: RE2's \b is ASCII, so "Okrožno"
	// would end in a word "no" after its "ž".
	denied = lazyRegexp(`(?i)(?:(?:^|[^\p{L}\p{N}_'])(?:no|not|never|without|absent|nor|neither|sin|sem|sans|ohne|senza|zonder|bez|kein\w*|ikke|inte|ingen|intet|inget)\b|n't)(?:\s+[\p{L}\p{N}_'-]+){0,3}(?:\s+|['’])(?:a|an|any|the|such)?\s*(?:formal |legal |valid |court |judicial |separate |additional )?$`)
	// conditional: the process waits on something ("pending the issuance
	// of a subpoena", "if you require a warrant").
	// bypassed: "rather than through formal mutual legal assistance",
	// and "without going through" in French, Spanish, Portuguese and
	// Italian ("sans passer par les voies de l'entraide juridique").
	// Also the pressure of a fake emergency: "we cannot wait for … a court
	// order", "there is no time for a subpoena", "you normally ask for a
	// subpoena".
	bypassed = lazyRegexp(`(?i)\b(?:rather than|instead of|in lieu of|outside(?: of)?|bypass\w*|sans passer par|sin pasar por|sem passar por|senza passare per|not (?:through|via|using|use)|(?:cannot|can't|can not|won't|will not|unable to|no need to|do not|don't) wait(?:ing)? for|no time (?:for|to get)|(?:normally|usually|typically|ordinarily|generally) (?:ask|require|need|want)s?(?: for)?|skip|waive)(?:\s+[\w'-]+){0,6}\s*$`)
	// deniedVerb: a negated verb of having or granting governs the process
	// later in its clause ("we don't have a warrant or subpoena", "the
	// county attorney doesn't think it will meet the threshold for a
	// subpoena", "no judge is going to sign off on a court order"). A
	// comma or a "but" ends its reach. Hasty mail drops the apostrophe
	// ("we dont have time for a subpoena").
	deniedVerb = lazyRegexp(`(?i)(?:\b(?:can't|can’t|cannot|can not|couldn't|could not|don't|do not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|haven't|have not|hasn't|has not|never|cant|couldnt|dont|don’t|doesnt|didnt|wont|wouldnt|havent|hasnt|(?:'m|am|'re|are|is|'s|was|were) not going to|(?:isn't|aren't|wasn't|weren't) going to)|\bno (?:one|\w+ (?:is|are|will|would))(?: (?:going|likely|willing|about) to)?)\s(?:[^.;:!?,]{0,40}\s)?(?:have|has|got|hold|possess|meet|reach|rise to|sign|signs|issue|approve|authori[sz]e|support|justify|think|believe|expect|see|imagine|(?:give|grant) (?:me|us))\b[^.;:!?,]{0,60}$`)
	// nobodyWill: no one is to get or want the process ("nobody's going
	// to want to go the subpoena route for it", "no one will sign a
	// warrant for this").
	nobodyWill = lazyRegexp(`(?i)\b(?:nobody|no one|no-one)(?:'s|’s|\s+is|\s+will|\s+would|\s+wants?)?\s+(?:going\s+to\s+)?(?:want\s+to\s+|bother\s+(?:to\s+)?|be\s+willing\s+to\s+)?(?:go|get|seek|sign|issue|approve|pursue|take|do|write|draft|bother|want)\b[^.;:!?,]{0,40}$`)
	// exceptAfter: "nobody will get the subpoena but your legal team".
	exceptAfter = lazyRegexp(`(?i)^\s*(?:but|except|other than|besides|apart from)\b`)
	// avoided: process the writer wants to do without ("we would prefer
	// not to have to go to court for a subpoena", "avoid the expense of
	// litigation and a subpoena", "not worth dragging the prosecutor into
	// a subpoena").
	avoided = lazyRegexp(`(?i)\b(?:avoid(?:s|ed|ing)?|prefer not to|rather not|not worth|no need (?:for|to)|no time to|(?:not|haven't|hasn't|didn't) (?:had |have )?(?:the )?time to|without (?:having to|requiring (?:us |me |them )?to|us having to|the need (?:for|of)|(?:the\s+)?(?:time|costs?|expense|burden|trouble|formality|formalities|hassle)(?:\s+and\s+(?:time|costs?|expense|burden|trouble|hassle))?\s+of\b))\b[^.;:!?,]{0,70}$`)
	// insufficient: the case does not reach the process ("the loss isn't
	// big enough for me to get a subpoena", "too small for a court
	// order").
	insufficient = lazyRegexp(`(?i)(?:\b(?:not|isn't|aren't|wasn't|weren't)\s+(?:\w+\s+){0,2}enough|\btoo\s+(?:small|minor|low|little|trivial|insignificant)\b` +
		// "The loss is below what our prosecutors will sign a subpoena
		// for", "under the threshold for a court order".
		`|\b(?:below|under|short of|beneath)\s+(?:the\s+)?(?:threshold|level|amount|bar|minimum|what)\b)[^.;:!?,]{0,50}$`)
	// withoutDelay is "without delay" in the languages of foreign letters:
	// urgency, not a denial ("sin demora a la orden judicial adjunta").
	withoutDelay = lazyRegexp(`(?i)(?:sin (?:demora|dilaci[óo]n|tardanza|m[áa]s)|sans (?:d[ée]lai|tarder|retard)|sem (?:demora|atraso|mais)|senza (?:indugio|ritardo)|ohne (?:Verz[öo]gerung|Verzug|Aufschub)|zonder (?:uitstel|vertraging)|bez (?:zb[ęe]dnej )?zw[łl]oki|bez odkladu|without (?:delay|further delay))`)
	// resultClause follows the shortfall with what was done about it ("…
	// was not enough, so we obtained a search warrant").
	resultClause = lazyRegexp(`(?i)\b(?:we|I|they)\s+(?:then\s+|have\s+|had\s+)?(?:obtained|got|secured)\b`)
	// assertive words say the process is there after all ("we don't have
	// any identifier other than the domain named in the attached search
	// warrant", "to avoid delay please process the attached subpoena").
	// Also "attached" in French, Spanish, Portuguese, German, Italian
	// and Dutch.
	assertive = lazyRegexp(`(?i)\b(?:attached|enclosed|accompanying|signed|served|issued|herewith|following|ci-jointe?s?|en anexo|adjunt[oa]s?|em anexo|anexad[oa]s?|anbei|beigef[üu]gt\w*|erwirkt|erlassen|allegat[oa]|in bijlage|bijgevoegd|ha remitido|han remitido|ha enviado|ha transmitido|ha cursado|foi remetid[oa]|foi enviad[oa]|foi transmitid[oa]|a été transmise?|a été envoyée?|è stata trasmessa|ha trasmesso)\b`)
	contrast  = lazyRegexp(`(?i)\b(?:but|however|although|though|yet|whereas)\b`)
	// Also "until the request arrives" in German, French, Spanish and
	// Portuguese, right before the process awaited ("bis zum Eingang des
	// Rechtshilfeersuchens", "dans l'attente de la demande d'entraide",
	// "en espera de la comisión"), not a courtesy awaiting a reply.
	conditional = lazyRegexp(`(?i)\b(?:pending|prior to|in anticipation of|awaiting|unless|until|whether|if|while)\b|` +
		// "Should your company require a formal request …": an inverted
		// condition.
		`\bshould\s+(?:you|your\s+\w+|the\s+provider|it\s+be|this\s+be)\b|(?:^|[.;:!?])\s*should\s+(?:a|an|any|such)\s+(?:formal\s+|further\s+|separate\s+)?$|\bbis (?:zum|zur) (?:Eingang|Übermittlung|Ubermittlung|Vorlage|Erhalt) (?:des|der|eines|einer)\s*$|\b(?:dans l'attente|en attendant)(?: de)?\s+(?:[\p{L}'’]+\s+){0,3}?(?:la|l'|une|d'une)\s*$|\ben espera de (?:la|una)\s*$|\bin attesa (?:della|del|dell'|di una?)\s*$|\bin afwachting van (?:een|het|de)\s+(?:\p{L}+\s+)?$|\baguardando (?:a|o)\s*$`)
	// intended: process the sender means to ask a court for ("we will
	// apply to the Circuit Court of X for a search warrant").
	intended = lazyRegexp(`(?i)(?:\bvom\s+(?:solicita|cere|obține|obtine|trimite|transmite|întocmi|intocmi)|ще\s+(?:поискаме|изискаме|получим|изпратим|поиска)|(?:zatražit|tražit|dobit|poslat|pribavit)\s+ćemo|\bmun(?:u|um)?\s+(?:óska eftir|afla|fá|sækja um)|\bvil\s+(?:anmode om|søke om|søge om|indhente)|\bkommer att\s+(?:begära|ansöka om))\b[^.;:!?]{0,90}$|\w['’]ll\s+(?:then\s+)?(?:go for|apply for|seek|petition for|file for|get|obtain|pursue)\s+(?:(?:an?|another|a new)\s+)?(?:[\w-]+\s+)?$|\b(?:will|shall|would|going to|intends? to|intending to|plans? to|planning to|prepared to|expects? to)\s+(?:then\s+)?(?:apply|ask|seek|petition|request|go|move|submit|send|file|transmit|lodge|present|make)\b[^.;:!?]{0,90}$` +
		// "The Prosecutor will start a request for mutual legal
		// assistance": a request still to be begun (not "will begin the
		// analysis once you respond to the warrant").
		`|\b(?:will|shall|would|going to|intends? to|plans? to)\s+(?:start|initiate|begin|open)\s+(?:a|an|the)\s+(?:formal\s+)?(?:request|application|procedure|process)\s+(?:for|of|under|through)\s+$` +
		// "expects to issue a grand jury subpoena": the process as what
		// is to be issued or obtained, not "obtain the records through the
		// attached subpoena".
		`|\b(?:will|shall|would|going to|intends? to|plans? to|expects? to)\s+(?:then\s+)?(?:issue|obtain)\s+(?:an?|the)\s+(?:[\w()-]+\s+){0,4}$` +
		// "To help us prepare the warrant, …": one yet to be written.
		// "… so I can figure out who to write the warrant for".
		`|\b(?:help\s+(?:us|me)\s+|to\s+)(?:prepare|draft|write(?:\s+up)?|type\s+up|finali[sz]e|swear\s+out)\s+(?:(?:the|a|an|our)\s+)?(?:[\w-]+\s+){0,2}$` +
		// "I will have a subpoena for you next week": one yet to be had.
		`|(?:\bwill|'ll)\s+have\s+an?\s+(?:[\w-]+\s+)?$` +
		// "we'll do a search warrant next week", "I'll start on the
		// search warrant": process the writer is yet to write.
		`|(?:\b(?:will|shall|going to|can|could)|'ll)\s+(?:then\s+|also\s+)?(?:do|write up|write|draft|type up|work up|start on|begin on|start drafting|start writing|start preparing)\s+(?:an?|the)\s+(?:[\w()-]+\s+){0,3}$` +
		// "we will come back with a search warrant": one to bring later.
		`|(?:\b(?:will|shall|going to)|'ll)\s+(?:then\s+)?(?:come back|return|follow up|get back to you|be back)\s+(?:to you\s+)?with\s+(?:an?|the)\s+(?:[\w()-]+\s+){0,3}$` +
		// "I will forward the subpoena as soon as …": the process as what
		// is forwarded later (not "the attached subpoena").
		`|\b(?:will|shall|'ll)\s+(?:then\s+)?forward\s+(?:(?:the|a|an|our|my)\s+)?(?:[\w-]+\s+)?$` +
		// "We expect to serve a search warrant or subpoena": of the
		// process a letter does not carry (not "we expect to serve the
		// attached warrant").
		`|\b(?:expects? to|intends? to|plans? to|hopes? to|(?:not|in no) (?:yet )?in a position to|unable to)\s+(?:serve|obtain|get|secure|seek|send|submit|transmit)\s+(?:an?|any)\s+(?:[\w-]+\s+){0,3}?(?:(?:or|and/or)\s+(?:an?\s+)?)?$` +
		// "We hope to have secured a court order by Friday", "I expect to
		// have obtained the warrant next week": one had only later.
		`|\b(?:expect(?:s|ing)? to|hop(?:es?|ing) to|plan(?:s|ning)? to|aim(?:s|ing)? to)\s+have\s+(?:secured|obtained|gotten|got|received|been granted|been issued)\s+(?:an?|the|any)\s+(?:[\w()-]+\s+){0,3}$` +

		// A route the request "must take" in Spanish, Portuguese, French
		// and Italian ("la petición debe cursarse mediante una comisión
		// rogatoria"): what is required, not what was done.
		`|\b(?:debe|deben|deber[áa]|deber[íi]a|tiene que|tendr[íi]a que|deve|devem|dever[áa]|doit|doivent|devrait|dovrebbe|dovr[àa])\s+(?:cursarse|tramitarse|presentarse|remitirse|enviarse|hacerse|realizarse|canalizarse|ser\s+\p{L}+|passer|être\s+\p{L}+|essere\s+\p{L}+)\s+(?:mediante|a trav[ée]s de|por medio de|por|v[íi]a|atrav[ée]s de|par|via|tramite|per)\s+(?:una?|la|el|o|a|um|uma|une|un|l')?\s*$` +
		// Spanish and Portuguese futures: "el Juzgado tramitará una comisión rogatoria".
		`|\b(?:tramitar[áa]|enviar[áa]|remitir[áa]|solicitar[áa]|cursar[áa]|formular[áa]|emitir[áa]|encaminhar[áa])\s+(?:una?|la|el|uma?|a|o)?\s*$` +
		// A request to come in Danish, Norwegian and Swedish: "med henblik
		// på en kommende retsanmodning", "en kommande framställning".
		`|\b(?:kommende|kommande|forestående|fremtidig|framtida)\s+$` +
		// "Om nødvendigt vil vi fremsende en retsanmodning", "vi agter at
		// sende en", "vi kommer att skicka en".
		`|\b(?:vil (?:vi )?|agter (?:vi )?at |kommer (?:vi )?att |skal (?:vi )?)(?:fremsende|sende|oversende|indgive|skicka|begära|översända)\s+(?:en|et|ett)?\s*$`)
	// underWay: the sender is still getting the process ("the State
	// Attorney's Office is still finalizing the subpoena").
	// underWayBare is underWay before a process whose match holds its
	// own article ("We are getting | a warrant"): never before
	// preservation or an emergency, which the verb asks for ("we are
	// seeking preservation").
	underWayBare = lazyRegexp(`(?i)(?:\b(?:is|are|am)|['’](?:s|re|m))\s+(?:also\s+)?(?:still\s+|currently\s+|now\s+)?(?:getting|obtaining|drafting|preparing|applying for|working on|in the process of (?:obtaining|getting|drafting|preparing|seeking))\s+$`)
	underWay     = lazyRegexp(`(?i)(?:\b(?:is|are|am)|['’](?:s|re|m))\s+(?:also\s+)?(?:still\s+|currently\s+|now\s+)?(?:finali[sz]ing|drafting|preparing|seeking|obtaining|getting|applying for|working on|in the process of (?:obtaining|getting|drafting|preparing|seeking))\s+(?:the|a|an)\s+(?:formal |legal |court |judicial |investigative |administrative |grand jury |[\w-]+ )?$` +
		// Dutch "bereidt (daartoe) een rechtshulpverzoek voor": is
		// preparing one.
		`|\bbereid(?:t|en)\s+(?:\p{L}+\s+){0,2}?(?:een|het)\s+$` +
		// "We are preparing an application to the court for an order".
		`|(?:\b(?:is|are|am)|['’](?:s|re|m))\s+(?:still\s+|currently\s+|now\s+)?(?:preparing|drafting|making|filing|submitting)\s+an application\b[^.;]{0,80}\bfor\s+(?:an?|the)\s+(?:\w+\s+)?$`)
	// future: the process is yet to come ("a court order compelling
	// disclosure will be obtained and served").
	future = lazyRegexp(`(?i)\b(?:will|shall|would|may|might|could|is to|are to|to) (?:then |soon |shortly |also )?(?:be )?(?:follow(?:ing)?|obtained|sought|applied for|prepared|drafted|forthcoming)\b|\b(?:will|shall|would|may|might)\s+(?:then\s+|soon\s+|still\s+)?be\s+(?:considered|decided|weighed)\b|\b(?:will|shall) (?:then |soon |shortly |eventually )?(?:issue|be issued)\b|^\s*(?:request|application|order|warrant|subpoena)?(?:\s+(?:from|by|under|of)\s+[^,.;]{1,50}?)?\s+(?:will|would|may|might)\s+(?:\w+ly\s+)?be\s+(?:needed|required|necessary)\b|\bforthcoming\b|\bto follow\b` +
		// German, French, Spanish and Portuguese: "wird … vorbereitet", "sera transmise", "será enviada".
		`|\bwird\b[^.;]{0,80}\b(?:vorbereitet|folgen|nachgereicht|übermittelt|gestellt)\b|\bwordt\b[^.;]{0,80}\b(?:voorbereid|opgesteld|nagezonden)\b|^(?:[^.;,]|\.\w){0,60}?\b(?:befindet sich|ist) (?:noch |derzeit |zurzeit )?in Vorbereitung\b|\bsera (?:transmise?|adress[ée]e?|envoy[ée]e?)\b|\bser[áa] (?:enviad[oa]|remitid[oa]|tramitad[oa]|encaminhad[oa])\b` +
		// "se remitirá"; "volgt", "folgt" right after the process they
		// promise ("Een rechtshulpverzoek volgt"), not a translation's
		// ("die Übersetzung folgt") nor an attachment's ("folgt als Anlage").
		`|^\s*vil (?:blive |bli )?(?:fremsendt|sendt|oversendt|fulgt|følge)\b|^\s*kommer att (?:skickas|översändas|följa)\b|^\s*(?:er|bliver|blir|är) under (?:udarbejdelse|utarbeidelse|utarbetande)\b` +
		`|\bse (?:remitir|enviar|tramitar|cursar|formular|presentar)[áa](?:$|[^\p{L}])|^\s*(?:\S+\s+){0,3}?sar[àa] (?:inoltrat|trasmess|inviat|presentat|formulat)[oa]\b|^\s*(?:volgt|folgt|zal volgen)\b(?:\s+(?:als|in der|anbei)\b)?`)
	ndoClause = lazyRegexp(`(?i)2705|non-?disclosure|delay(?:ed|ing)? (?:of )?(?:notice|notification)|notification[^.]{0,40}delayed|preclu\w+[- ]of[- ]notice|precluding notice|not (?:to )?(?:notify|disclose)`)
)

// onceBefore and toBeSigned frame process still to be signed: "Once the
// warrant is signed I will send it over", "when the order comes back".
var (
	onceBefore = lazyRegexp(`(?i)\b(?:once|when|as soon as|after|until)\s+(?:(?:the|a|my|our|that)\s+)?(?:[\w-]+\s+)?$`)
	toBeSigned = lazyRegexp(`(?i)^\s*(?:(?:is|gets|is finally)\s+(?:signed|issued|approved|granted)|comes back)\b`)
)

// leaveToServe is process a court is asked to allow ("we have moved for
// leave to serve a subpoena"): expedited discovery, not yet had; willServe
// and issuesLater frame process served "once it issues".
var (
	leaveToServe = lazyRegexp(`(?i)\b(?:moved|move|applied|apply|petitioned|petition|asked|ask|sought|seek|seeking|moving|applying)\s+(?:the court\s+)?for leave (?:of court\s+)?to\s+(?:serve|issue|file)\s+(?:a|an|the)?\s*$`)
	willServe    = lazyRegexp(`(?i)\b(?:will|shall|'ll)\s+(?:\w+\s+){0,2}?serve\s+(?:a|an|the)?\s*$`)
	issuesLater  = lazyRegexp(`(?i)^\s*(?:on you\s+)?(?:once|when|after|as soon as)\s+(?:it|one|the court)\s+(?:issues|is issued|is signed|grants)`)
)

// asserted reports whether the letter says the process is there: not in a
// clause that denies it, makes it conditional or future, asks about it,
// or (for a court order) is the non-disclosure order itself.
func asserted(text string, loc []int, kind string) bool {
	// wide runs across an abbreviation's dot, which ends before's clause:
	// "we applied for an order under 18 U.S.C. 2703(d)".
	wide := text[max(0, loc[0]-160):loc[0]]
	before := wide
	if m := clauseStart.FindStringIndex(before); m != nil {
		before = before[m[0]+1:]
	}
	after := text[loc[1]:min(len(text), loc[1]+160)]
	end := len(after)
	if m := clauseEnd.FindStringIndex(after); m != nil {
		end = m[0] + 1
	}
	clauseAfter := after[:end]
	// next is the text after the process, a little further than its clause.
	next := text[loc[1]:min(len(text), loc[1]+200)]
	// "not going to get a warrant or a subpoena": the second process is
	// denied with the first.
	if m := coordinated.FindStringIndex(before); m != nil && denied.MatchString(before[:m[0]]) && !withoutDelay.MatchString(denied.FindString(before[:m[0]])) && !secrecyDenial.MatchString(before[:m[0]]) {
		return false
	}
	// "Getting a warrant or subpoena for this will take a while": the
	// negation that reaches the first process reaches the one it is
	// joined to.
	if m := coordinated.FindStringIndex(before); m != nil {
		head := loc[0] - len(before) + m[0]
		if negation.MatchString(text[max(0, head-40):head]) && !secrecyDenial.MatchString(before[:m[0]]) {
			return false
		}
	}
	switch {
	case onceBefore.MatchString(before) && toBeSigned.MatchString(clauseAfter),
		leaveToServe.MatchString(before), willServe.MatchString(before) && issuesLater.MatchString(clauseAfter),
		denied.MatchString(before) && !withoutDelay.MatchString(denied.FindString(before)), bypassed.MatchString(before), future.MatchString(futureScope(clauseAfter, kind, text[loc[0]:loc[1]])), underWay.MatchString(before) && !attachedWord.MatchString(underWay.FindString(before)),
		kind != "preservation" && kind != "emergency" && underWayBare.MatchString(before),
		conditionalOver(before, kind), intended.MatchString(before) && !sentWith.MatchString(clauseAfter) && !meansOfObtaining.MatchString(intended.FindString(before)) && !attachedWord.MatchString(text[loc[0]:loc[1]]),
		deniedVerb.MatchString(before) && !contrast.MatchString(deniedVerb.FindString(before)) && !assertive.MatchString(deniedVerb.FindString(before)),
		avoided.MatchString(before) && !contrast.MatchString(avoided.FindString(before)) && !assertive.MatchString(avoided.FindString(before)),
		nobodyWill.MatchString(before) && !contrast.MatchString(nobodyWill.FindString(before)) && !assertive.MatchString(nobodyWill.FindString(before)) && !exceptAfter.MatchString(clauseAfter),
		insufficient.MatchString(before) && !assertive.MatchString(insufficient.FindString(before)) && !resultClause.MatchString(insufficient.FindString(before)) && !contrast.MatchString(insufficient.FindString(before)):
		return false
	case strings.HasSuffix(strings.TrimSpace(clauseAfter), "?"):
		return false // a question about process, not process
	case notWorth.MatchString(clauseAfter):
		return false // "honestly a subpoena is more than this one is worth"
	case lawNeeds.MatchString(wide) && !sentWith.MatchString(clauseAfter) && !obtainedOne.MatchString(clauseAfter):
		return false // "content needs a search warrant": the law, not process
	case italianDecree.MatchString(text[loc[0]:loc[1]]) && (kind == "court_order" && !judgeNear(text, loc) && prosecutorNamed.MatchString(text) || kind == "subpoena" && (judgeNear(text, loc) || !prosecutorNamed.MatchString(text))):
		return false // an Italian decree is the prosecutor's demand unless a judge (the GIP) made it
	case kind == "nondisclosure_order" && ndoAsked.MatchString(clauseAfter) && !orderNamed.MatchString(before) && !heldOrder.MatchString(text):
		return false // "Pursuant to 18 U.S.C. 2705(b), you are requested not to disclose …": a request, no order
	case kind == "court_order" && timeClause.MatchString(before) && signedByJudge.MatchString(text[loc[0]:loc[1]]):
		return false // "I will let you know when the order has been signed by Judge Roe"
	case kind == "subpoena" && oficioWord.MatchString(text[loc[0]:loc[1]]) && !prosecutorOffice.MatchString(text):
		return false // an oficio is a prosecutor's demand only where a prosecutor writes it (not a consumer agency's)
	case (romanceIfNeeded.MatchString(clauseAfter[:min(len(clauseAfter), 48)]) || laterRequest.MatchString(before)) && !assertive.MatchString(before+clauseAfter):
		return false // "sin perjuicio de la posterior … solicitud de auxilio judicial internacional si fuera necesaria"
	case kind == "mlat" && (cjkSlow.MatchString(clauseAfter) || treatyDeniedAfter.MatchString(text[loc[1]:min(len(text), loc[1]+80)]) || treatyDeniedBefore.MatchString(text[max(0, loc[0]-96):loc[0]])):
		return false // "형사사법공조 절차는 수개월이 소요되어", "捜査共助の手続によらず", "без запиту щодо … правової допомоги": the treaty's route slow, bypassed or denied
	case kind == "mlat" && howSlow.MatchString(before):
		return false // "Given how slow the mutual assistance channel is, …"
	case kind == "mlat" && mlatBypassed.MatchString(text[loc[1]:min(len(text), loc[1]+400)]) && !treatyDone.MatchString(text[loc[0]:min(len(text), loc[1]+400)]):
		return false // "… has been sent to the DOJ. … we ask you to provide the data now on the basis of the Dutch order"
	case slavicNotHeld.MatchString(clauseAfter):
		return false // "Soudní příkaz ani žádost o právní pomoc zatím nemáme"
	case cjkNeeded.MatchString(clauseAfter):
		return false // "형사사법공조조약(MLAT)에 따른 요청이 필요하다고": what is needed, told back
	case providerWants.MatchString(before) && !contrast.MatchString(providerWants.FindString(before)) && !sentWith.MatchString(clauseAfter) && !obtainedOne.MatchString(clauseAfter) &&
		(arguedPast.MatchString(next) || someProviders.MatchString(providerWants.FindString(before)) || stillSeeking.MatchString(next)) && !demandMet.MatchString(next):
		return false // "I know you want the contents to come with a warrant, but …"
	case soughtBeside.MatchString(wide):
		return false // "we are seeking a nondisclosure order along with the warrant"
	case beforeGetting.MatchString(before) && !sentWith.MatchString(clauseAfter):
		return false // "before I go through the process of writing up a court order, …"
	case kind == "mlat" && (mlatToCome.MatchString(clauseAfter) || romanceToCome(clauseAfter) || romanceFollows.MatchString(before) || germanNotNeeded.MatchString(clauseAfter) || germanToCome.MatchString(clauseAfter) || slavicToCome.MatchString(clauseAfter) || slavicAwaited.MatchString(before) || nordicNotYet.MatchString(before) || treatyLaterBefore.MatchString(before) || treatyLaterAfter.MatchString(clauseAfter) || routeNeeded.MatchString(before) || germanAwaited.MatchString(before) && germanReceived.MatchString(clauseAfter) || routeNamed.MatchString(wide)):
		return false // "our request for mutual legal assistance will be submitted through the Central Authority"
	case beingDrafted(before, clauseAfter):
		return false // "a subpoena for your records is being drafted"
	case (unsignedYet.MatchString(clauseAfter) && promisedLater(before, clauseAfter) || stillWith.MatchString(clauseAfter)) && !heldProcess.MatchString(before):
		return false // "I'll send the subpoena over as soon as it's signed"
	case putIn.MatchString(before) && processRequest.MatchString(clauseAfter):
		return false // "I have put in a subpoena request with the prosecutor"
	case awaitedProcess.MatchString(before) && !assertive.MatchString(awaitedProcess.FindString(before)) && !processOutcome.MatchString(clauseAfter):
		return false // "as soon as I have the subpoena in hand", "once we get the warrant"
	case otherCustodian.MatchString(clauseAfter) && !yoursNamed.MatchString(clauseAfter):
		return false // "the grand jury subpoena to the domain registrar went out last week"
	case notThatCase.MatchString(before) && !cannotWait.MatchString(notThatCase.FindString(before)):
		return false // "it's not a case our prosecutor is going to run a subpoena on"
	case kind == "court_order" && orderApplication.MatchString(clauseAfter) && !grantedAfter.MatchString(grantScope(clauseAfter)) && !grantWord.MatchString(before):
		return false // "the 2703(d) application is with the AUSA"
	case kind == "court_order" && caseLaw.MatchString(text[loc[0]:min(len(text), loc[1]+80)]):
		return false // "in accordance with the ruling of the Supreme Court in Carpenter v. United States"
	case seeCitation.MatchString(before) && citedSection.MatchString(text[loc[0]:loc[1]]) && !processNounNext.MatchString(clauseAfter) && !assertive.MatchString(clauseAfter):
		return false // "see 18 U.S.C. 2705(b) for the procedure to obtain one"
	case usualRoute.MatchString(clauseAfter):
		return false // "a request under the mutual legal assistance treaty is normally expected"
	case kind == "search_warrant" && warrantApplication.MatchString(text[loc[0]:min(len(text), loc[1]+13)]) && !grantedAfter.MatchString(grantScope(clauseAfter)):
		return false // "our warrant application is still with the DA's office"
	case kind == "nondisclosure_order" && ndoOnlySought(wide, clauseAfter) && !grantedLater(text[loc[1]:min(len(text), loc[1]+300)]):
		return false // "we are applying for a court order under 18 U.S.C. 2705(b)", "the request for an order under 2705(b) is DENIED"
	case expectThe.MatchString(before) && laterTime.MatchString(clauseAfter) && !assertive.MatchString(text[loc[0]:min(len(text), loc[1]+200)]):
		return false // "… and expect to serve the warrant within the next few weeks"
	case laterServe.MatchString(before) && !attachedWord.MatchString(text[loc[0]:min(len(text), loc[1]+200)]):
		return false // "we will serve you with a subpoena once leave is granted", "we'll switch to an exigent request"
	case willSend.MatchString(before) && onceHeld.MatchString(clauseAfter):
		return false // "I'll send the signed warrant as soon as I have it"
	case issuedLater.MatchString(clauseAfter) && !attachedWord.MatchString(before+text[loc[0]:loc[1]]):
		return false // "the AUSA has approved a grand jury subpoena and I expect to have it issued next week"
	case kind == "court_order" && applicationUnder.MatchString(before) && !grantedAfter.MatchString(grantScope(clauseAfter)):
		return false // "An application for an order under 18 U.S.C. 2703(d) … is awaiting the judge's signature"
	case notNeeded.MatchString(clauseAfter) && clauseSubject.MatchString(before):
		return false // "so a warrant should not be needed"
	case awaitsSignature.MatchString(text[loc[1]:min(len(text), loc[1]+160)]) && !attachedWord.MatchString(text[max(0, loc[0]-40):min(len(text), loc[1]+160)]) && !atHand.MatchString(sentenceFrom(text, loc[0])):
		return false // "an administrative subpoena drafted for you, but it still needs my Group Supervisor's signature"
	case notYetSigned.MatchString(clauseAfter):
		return false // "The warrant has not been signed yet"
	case beforeIssued.MatchString(before) && issuedAfter.MatchString(clauseAfter) || onceIssued.MatchString(before) && issuedThen.MatchString(clauseAfter):
		return false // "so I can tighten the language before the subpoena is signed"
	case statuteHostDenied(wide):
		return false // "This subpoena is not accompanied by an order under 18 U.S.C. 2705(b)."
	case presentedTo.MatchString(before) && toJudge.MatchString(clauseAfter) && declinedNext(text[loc[1]:min(len(text), loc[1]+220)]):
		return false // "we presented a search warrant to the duty magistrate and the judge declined to sign it"
	case refusedProcess.MatchString(wide) || refusedApplication(wide):
		return false // "the magistrate declined to issue a warrant … and signed the order instead"
	case soughtNotGranted(wide) && !grantedAfter.MatchString(grantScope(clauseAfter)) && !grantedLater(text[loc[1]:min(len(text), loc[1]+300)]):
		return false // "we applied for a search warrant", "I sent the paperwork for a grand jury subpoena"
	case tooSlow.MatchString(clauseAfter) && !(inTransit.MatchString(clauseAfter) && !seeking.MatchString(before)) && (genericProcess.MatchString(before) || theRoute.MatchString(before) && routeNoun.MatchString(clauseAfter) && !assertive.MatchString(next)) && !assertive.MatchString(issuedRecords.ReplaceAllString(before, "")+slowParticiple.ReplaceAllString(clauseAfter, "")):
		return false // "getting a subpoena on something like this takes weeks"
	case barredBy.MatchString(before) || undue.MatchString(clauseAfter):
		// "barred by court order from contact with the child": another
		// case's order; "a court order would be overkill": none sought.
		return false
	case kind == "court_order" && !strings.Contains(text[loc[0]:loc[1]], "2703") && ndoClause.MatchString(before[max(0, len(before)-15):]+text[loc[0]:loc[1]]+clauseAfter[:min(len(clauseAfter), 25)]):
		// Not "a 2703(d) and 2705(b) order": the disclosure statute names
		// an order of its own beside the non-disclosure one.
		return false // "the order delaying notice", "the Court ordered that notification be delayed"
	case kind == "court_order" && courtActs.MatchString(text[loc[0]:loc[1]]) && (awaitedAct.MatchString(wide) || afterAct.MatchString(wide) && futureMain.MatchString(clauseAfter)):
		return false // "Once the District Court has signed the order, we will forward it"
	case kind == "court_order" && (isNDOOrder(text, loc) || namesEarlierNDO(text, loc)):
		return false // "an order from the Supreme Court …, directing Provider not to disclose the subpoena. The signed order is attached."
	}
	return true
}

// awaitedProcess is the process the writer waits to have, named right
// after: "as soon as I have the subpoena", "once we get a warrant"; not
// "as soon as possible" nor "once we have the records from the warrant";
// "we are still waiting on the grand jury subpoena".
//
// Also before or until another hand makes it: "before the AUSA issues
// the grand jury subpoena", "until the magistrate signs the warrant".
var awaitedProcess = lazyRegexp(`(?i)\b(?:as soon as|once|when)\s+(?:I|we|they|the (?:\w+ )?(?:office|court|judge))\s+(?:have|has|get|gets|receive|receives|obtain|obtains|sign|signs|issue|issues)\s+(?:(?:the|a|an|our|my)\s+)?(?:[\w-]+\s+)?$` +
	`|\b(?:as soon as|once|when|before|until|till)\s+(?:the|our|my)\s+(?:[\w.'’-]+\s+){0,2}?(?:office|court|judge|magistrate|AUSA|DA|prosecutor|attorney|grand jury|clerk)\s+(?:issues|signs|gets|obtains|serves|approves|sends|drafts|prepares)\s+(?:(?:the|a|an|our|my)\s+)?(?:[\w-]+\s+){0,2}$` +
	`|\b(?:I|we) (?:am|are) (?:still )?(?:waiting (?:on|for)|awaiting)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,2}$`)

// afterWord is the text after the first word of the match at loc ("warrant
// signed by …" gives " signed by …").
func afterWord(text string, loc []int) string {
	rest := text[loc[0]:min(len(text), loc[1]+40)]
	if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
		return rest[i:]
	}
	return ""
}

// meansOfObtaining marks the process as the means of what is obtained
// ("obtain the records under this subpoena"), not the thing obtained.
var meansOfObtaining = lazyRegexp(`(?i)\b(?:obtain|issue)\b.*\b(?:records|data|information|under|through|via|pursuant|using|with)\b`)

// pendingOnly reports a process named as pending ("Search warrant
// pending."), not one pending the provider's act ("pending your
// compliance") nor an attached one.
func pendingOnly(after, before string) bool {
	return pendingWord.MatchString(after) && !pendingObject.MatchString(after) && !heldProcess.MatchString(before)
}

var (
	pendingWord   = lazyRegexp(`(?i)^\s*(?:is\s+|remains\s+|remain\s+)?(?:still\s+)?pending\b`)
	pendingObject = lazyRegexp(`(?i)^\s*(?:is\s+|remains\s+|remain\s+)?(?:still\s+)?pending\s+(?:your|the provider's|its|compliance|production|receipt|execution|service|return|review)\b`)
)

// beingDrafted reports process still in the making: "is/are being
// drafted/prepared/finalized" within the process's own clause, not of an
// attached or signed process, of another process named between ("a
// 2703(d) order, and a search warrant is being drafted"), or of records
// ("the records that are being prepared for trial").
func beingDrafted(before, clauseAfter string) bool {
	m := draftedAfter.FindStringSubmatch(clauseAfter)
	return m != nil && !heldProcess.MatchString(before) && !otherProcessNoun.MatchString(m[1]) && !recordsRelative.MatchString(m[1])
}

var (
	draftedAfter     = lazyRegexp(`(?i)^(?:\s+(?:orders?|subpoenas?|warrants?|applications?|requests?)\b)?((?:\s+(?:for|of|on|to|in)\b(?:[^.;,]|\.\w){0,50}?)?)\s+(?:is|are) (?:still |currently |now )?being (?:drafted|prepared|finali[sz]ed|sought|applied for)\b`)
	otherProcessNoun = lazyRegexp(`(?i)\b(?:warrants?|subpoenas?|orders?|summons|applications?|was|were|has|had)\b|\band\s+(?:a|an|the|our|my|its|his|her|their)\b`)
	recordsRelative  = lazyRegexp(`(?i)\b(?:records|data|information|returns|documents|files|reports?)\b(?:[^.;]|\.\w){0,30}?\b(?:that|which)\b`)
	heldProcess      = lazyRegexp(`(?i)\b(?:attached|enclosed|accompanying|signed|served|executed)\b(?:\s+[\w-]+){0,5}\s+$`)
	// mlatToCome: a treaty request to be sent later.
	// routeNamed: the treaty named, at length, as the route a request
	// "should be sent through" in Portuguese, Spanish, French or Italian
	// ("deveria ser encaminhada por meio do Acordo de Assistência
	// Judiciária em Matéria Penal (MLAT)"): what we told, not what was done.
	routeNamed = lazyRegexp(`(?i)\b(?:deveria|deveriam|deve|devem|debería|deberían|debe|deben|devrait|devraient|doit|doivent|dovrebbe|dovrebbero|deve)\s+(?:ser|être|essere)\s+\p{L}+\s+(?:por meio d[oae]s?|atrav[ée]s d[oae]s?|mediante|a trav[ée]s de(?:l)?|por medio de(?:l)?|par(?: l'interm[ée]diaire d[eu])?|tramite|via|pel[oa])\b[^.;]{0,100}$`)
	// germanToCome: a German request for assistance still to be sent
	// ("… wird über das Bundesamt für Justiz an die US-Behörden
	// gerichtet", "… folgt in Kürze").
	germanToCome = lazyRegexp(`(?i)^(?:[^.;]|\.\w){0,120}?\b(?:wird|werden)\b(?:[^.;]|\.\w){0,120}?\s(?:gerichtet|übermittelt|gestellt|nachgereicht|übersandt|eingereicht|vorgelegt|erfolgen|folgen)\b|^\s*(?:\p{L}+\s+){0,3}?(?:folgt|folgen)\b`)
	mlatToCome   = lazyRegexp(`(?i)^(?:[^.;]|\.\w){0,60}?\b(?:will|shall|would|may|might|can|could|is to|are to) (?:\w+ly )?be (?:submitted|transmitted|forwarded|lodged|sent|made|addressed|filed|presented|directed|initiated|started)\b` +
		// "a request … in preparation, but it has not yet been sent".
		`|^(?:[^.;]|\.\w){0,80}?\b(?:in preparation|being prepared|being drafted|(?:has|have) not (?:yet )?been (?:sent|submitted|transmitted|made|filed|lodged)|(?:hasn't|haven't|has not|have not) (?:yet )?been (?:sent|submitted|transmitted|made|filed|lodged)|(?:has|have) yet to be (?:sent|submitted|transmitted|made|filed))\b`)
)

// otherCustodian follows a process with another kind of custodian it
// was served on (general knowledge of who else holds records: registrars,
// banks, hosts, carriers, payment processors): that process is theirs,
// not one served on us.
var otherCustodian = lazyRegexp(`(?i)^\s*(?:(?:that|which)\s+(?:we|I)\s+(?:sent|served|issued)\s+)?(?:to|on|served on|sent to|issued to|directed to|addressed to)\s+(?:the\s+|a\s+|an\s+)?(?:domain\s+)?(?:registrar|bank|hosting (?:company|provider)|web ?host|phone company|(?:mobile |wireless |cellular )?carrier|ISP|internet service provider|payment processor|card issuer)s?\b`)

// yoursNamed says the custodian is the provider's own: "the carrier
// records custodian of your company".
var yoursNamed = lazyRegexp(`(?i)\b(?:of|at|for|with)\s+(?:your|the provider|provider)\b`)

// romanceFuture is a treaty request's future in Portuguese, Spanish,
// French and Italian: "será remetido oportunamente", "será enviada",
// "sera transmise", "sarà trasmessa".
var romanceFuture = lazyRegexp(`(?i)^([^.;,]{0,60}?)\b(?:será|serán|serão|sera|seront|sarà|saranno|soit|soient|sea|sean|seja|sejam|sia|siano)\s+(?:\p{L}+\s+)?(?:remetid[oa]s?|enviad[oa]s?|transmitid[oa]s?|apresentad[oa]s?|remitid[oa]s?|cursad[oa]s?|formulad[oa]s?|transmise?s?|envoyée?s?|adressée?s?|trasmess[oa]|inoltrat[oa]|inviat[oa])`)

// slavicToCome is a treaty request still to be sent, in Czech, Slovak,
// Polish and the South Slavic languages: "bude zaslána", "bude odoslaná",
// "zostanie przesłany", "bit će upućena", "će biti poslana" (general
// knowledge).
var slavicToCome = lazyRegexp(`(?i)^(?:[^.;]|\.\w){0,80}?(?:\bbude\s+(?:\p{L}+\s+){0,3}?(?:zasl|odesl|odosl|předán|podan|vydán|doručen)\p{L}*|\bzostanie\s+(?:\p{L}+\s+)?(?:przesłan|wysłan|skierowan)\p{L}*|\bbit\s+će\s+(?:\p{L}+\s+)?(?:upućen|poslan|dostavljen)\p{L}*|(?:^|[^\p{L}])će\s+biti\s+(?:\p{L}+\s+)?(?:upućen|poslan|dostavljen)\p{L}*` +
	// Not sent yet: Czech "zatím podána nebyla", "nebyla dosud zaslána",
	// Slovak "zatiaľ nebola podaná", Polish "nie został jeszcze złożony",
	// Croatian "još nije upućena".
	`|(?:^|[^\p{L}])(?:zatím|dosud|doposud|ještě|zatiaľ|doteraz|ešte)\s+(?:(?:podán|podan|zaslán|zaslan|odeslán|odoslan|doručen|předán|podepsán|podpísan|vypracován|vypracovan|předložen|schválen|schválen)\p{L}*\s+neby?l\p{L}*|neby?l\p{L}*\s+(?:podán|podan|zaslán|zaslan|odeslán|odoslan|doručen|předán|podepsán|podpísan|vypracován|vypracovan|předložen|schválen)\p{L}*)|(?:^|[^\p{L}])neby?l\p{L}*\s+(?:\p{L}+\s+)?(?:podán|podan|zaslán|zaslan|odeslán|odoslan|doručen|předán)\p{L}*|\bnie\s+(?:został|została|zostało)\s+(?:jeszcze\s+)?(?:złożon|wysłan|przesłan|skierowan)\p{L}*|(?:^|[^\p{L}])(?:još\s+)?nije\s+(?:još\s+)?(?:upućen|poslan|podnesen|dostavljen)\p{L}*)`)

// nordicNotYet denies a treaty request before its name, in Danish,
// Norwegian and Swedish: "Vi har ikke på nuværende tidspunkt udarbejdet
// en retsanmodning" (general knowledge). routeNeeded tells the route a
// request must take: "needs to come through the Mutual Legal Assistance
// Treaty".
var (
	nordicNotYet = lazyRegexp(`(?i)(?:^|[^\p{L}])(?:har|er|är|ble|blev|blir)\s+(?:ikke|ikkje|inte|endnu ikke|ennå ikke|ännu inte)\s+(?:(?:på|nuværende|nåværende|nuvarande|tidspunkt|tidpunkt|endnu|ennå|ännu|än|fortsatt|stadig|formelt|formellt|officielt|offisielt)\s+){0,4}?(?:udarbejdet|sendt|fremsendt|indsendt|utarbeidet|oversendt|skickat|upprättat|lämnat in|skickats|sendts?)\s+(?:en|et|ett|nogen|noen|någon)?\s*$`)
	routeNeeded  = lazyRegexp(`(?i)\b(?:needs?|has|have|must|should|ought)\s+to\s+(?:come|go|be\s+(?:sent|made|routed|submitted|channell?ed))\s+(?:through|via|under|by way of)\s+(?:the\s+|a\s+|an\s+)?$`)
)

// treatyLaterBefore and treatyLaterAfter put a treaty request still to
// come before and after its name, in Swedish ("i avvaktan på en formell
// begäran …", "… kommer inom kort att skickas", "skickas senare"),
// Romanian ("autoritățile vor formula o cerere …", "… va fi transmisă
// ulterior", "urmează să fie transmisă"), Hungarian ("… a Legfőbb
// Ügyészség útján küldjük meg", the present that tells the future;
// "később", later), Finnish ("lähetetään myöhemmin"), Bulgarian ("ще
// бъде изпратена"), Indonesian ("akan dikirim"), Estonian ("saadetakse
// hiljem") and Bosnian, Croatian and
// Serbian ("postupak … pravne pomoći trajao bi predugo": too slow)
// (general knowledge).
var (
	treatyLaterBefore = lazyRegexp(`(?i)(?:(?:^|[^\p{L}])i\s+avvaktan\s+på\s+(?:en|ett|den|det)?\s*(?:formell\s+|officiell\s+)?|(?:^|[^\p{L}])(?:vor|va|vom)\s+(?:formula|transmite|trimite|înainta|inainta|depune|adresa)\s+(?:o|un|\p{L}+)?\s*)$`)
	treatyLaterAfter  = lazyRegexp(`(?i)^(?:[^.;]|\.\w){0,100}?(?:(?:^|[^\p{L}])kommer\s+(?:\p{L}+\s+){0,3}?att\s+(?:skickas|översändas|oversändas|överlämnas|sändas|lämnas|ges\s+in)|(?:^|[^\p{L}])(?:skickas|översänds|överlämnas|lämnas|sänds)\s+(?:senare|inom\s+kort|snart|efter\p{L}*)|(?:^|[^\p{L}])va\s+fi\s+(?:\p{L}+\s+)?(?:transmis|trimis|formulat|înaintat|inaintat|emis|adresat)\p{L}*|(?:^|[^\p{L}])urmează\s+să\s+fie\s+(?:transmis|trimis|formulat|înaintat|emis)\p{L}*|(?:^|[^\p{L}])(?:küldjük|továbbítjuk|terjesztjük)\s+(?:meg|fel|elő)?|(?:^|[^\p{L}])később(?:$|[^\p{L}])|(?:^|[^\p{L}])fogjuk\s+\p{L}+|(?:^|[^\p{L}])(?:lähetetään|toimitetaan)\s+(?:myöhemmin|pian|erikseen)|(?:^|[^\p{L}])tullaan\s+(?:lähettämään|toimittamaan)|(?:^|[^\p{L}])ще\s+бъде\s+(?:изпратен|отправен|предаден)\p{L}*|(?:^|[^\p{L}])akan\s+(?:segera\s+)?(?:dikirim|diajukan|disampaikan)|(?:^|[^\p{L}])saadetakse(?:\s+hiljem)?|(?:^|[^\p{L}])(?:trajao|trajala|trajalo|traje|trajat\p{L}*)\s+(?:bi\s+)?predugo)`)
)

// slavicNotHeld says after the process that the writer does not have it,
// in Czech, Slovak and Polish: "Soudní příkaz ani žádost o právní pomoc
// zatím nemáme" (we have neither a court order nor a request yet),
// "nemáme k dispozícii", "nie mamy" (general knowledge).
var slavicNotHeld = lazyRegexp(`(?i)^(?:[^.;:]|\.\w){0,80}?(?:^|[^\p{L}])(?:zatím\s+|zatiaľ\s+|jeszcze\s+|dosud\s+|doteraz\s+)?(?:nemáme|nemám|nemáme\s+k\s+dispozic\p{L}*|nie\s+mamy|nie\s+posiadamy|nemamo)(?:$|[^\p{L}])`)

// slavicAwaited waits for a treaty request before its name: "až do doby,
// než Vám bude doručena žádost …", "do doby doručení žádosti …".
var slavicAwaited = lazyRegexp(`(?i)(?:\bbude\s+(?:\p{L}+\s+){0,2}?(?:doručen|zasl|odesl|předán)\p{L}*|doby\s+doručení|\bdo\s+doručení|\bpo\s+doručení)\s*$`)

// germanAwaited waits for a treaty request before its name: "bis Sie das
// förmliche Rechtshilfeersuchen erhalten" (until you receive the formal
// request).
var germanAwaited = lazyRegexp(`(?i)\bbis\s+(?:Sie|Ihnen|wir|Ihr\p{L}*)\s+(?:das|ein|dem|den|unser\p{L}*|ein\p{L}*)\s+(?:\p{L}+\s+){0,2}$`)

// germanReceived is the verb of receiving after the awaited request's name.
var germanReceived = lazyRegexp(`(?i)^[^.;]{0,120}?\b(?:erhalten|bekommen|zugeht|zugestellt|eingeht|eingegangen|vorliegt|übermittelt|übersandt)\b`)

// otherSubject joins another subject to the words after a treaty request
// ("… e o original será remetido", "…, la cui traduzione sarà inviata"),
// whose future is not the request's.
var otherSubject = lazyRegexp(`(?i)\b(?:e|y|et|ed|and|cuj[oa]s?|cuy[oa]s?|dont|cui|whose)\b`)

// germanNotNeeded denies a treaty request after its name, in German and
// Dutch: "Ein Rechtshilfeersuchen an die USA halten wir hier nicht für
// erforderlich", "… ist aus unserer Sicht nicht notwendig", "een
// rechtshulpverzoek is volgens het parket niet vereist" (general
// knowledge).
var germanNotNeeded = lazyRegexp(`(?i)^(?:[^.;:]|\.\w){0,80}?\b(?:nicht|niet)\s+(?:für\s+)?(?:erforderlich|notwendig|nötig|geboten|zweckmäßig|zweckmässig|sinnvoll|praktikabel|zielführend|vereist|nodig|noodzakelijk|zinvol|vorgesehen|geplant|beabsichtigt|voorzien|gepland)(?:$|[^\p{L}])`)

// romanceFollows is a treaty request's future told before its name, in
// Italian, Spanish, Portuguese and French: "Seguirà eventuale richiesta di
// assistenza giudiziaria", "Se remitirá la comisión rogatoria", "Será
// enviado o pedido de cooperação" (general knowledge).
var romanceFollows = lazyRegexp(`(?i)(?:^|[^\p{L}])(?:seguir[àá]n?|seguirão|suivra|suivront|far[àá] seguito|se (?:remitir|enviar|cursar|formular|tramitar|presentar)[áa]n?|(?:será|serán|serão|sera|seront|sarà|saranno)\s+(?:\p{L}+\s+)?(?:remetid|enviad|transmitid|apresentad|remitid|cursad|formulad|transmis|envoy|adress|trasmess|inoltrat|inviat|presentad)\p{L}*)\s+(?:\p{L}+\s+){0,3}$`)

// romanceToCome reports a treaty request said, in a Romance language, to
// be sent later.
func romanceToCome(clauseAfter string) bool {
	m := romanceFuture.FindStringSubmatch(clauseAfter)
	return m != nil && !otherSubject.MatchString(m[1])
}

// coordinated is a process joined to the one after it by "or"/"nor"
// ("a warrant or a subpoena"), which shares its denial.
var coordinated = lazyRegexp(`(?i)\b(?:search warrant|warrant|subpoena|court order|order|summons)\s+(?:or|nor|and/or)\s+(?:an?\s+|any\s+)?$`)

// secrecyDenial is an order not to disclose or notify: the processes it
// names are there ("not to disclose this court order or any subpoena
// related to it").
var secrecyDenial = lazyRegexp(`(?i)\bnot (?:to )?(?:disclose|notify|reveal|inform|tell)\b`)

// unsignedYet follows a process with the condition of its signing: "…
// over as soon as it's signed", "once it is issued".
var unsignedYet = lazyRegexp(`(?i)^(?:[^.;]|\.\w){0,40}?\b(?:as soon as|once|when)\s+(?:it|they)(?:'s|'re|\s+is|\s+are|\s+has been|\s+have been|\s+gets|\s+get)\s+(?:signed|issued|approved|entered)\b`)

// promisedLater reports a process the writer promises to deliver once it
// is signed ("I'll send over the search warrant as soon as it's signed",
// "the subpoena will be faxed to you when it is signed", "you will
// receive the order …"), not one at hand whose "once it is signed" is
// about something else ("the subpoena attached … return the certificate
// once it is signed", "the order, once it is signed by the judge,
// requires you to …", "respond to this subpoena when it is signed and
// served upon you").
func promisedLater(before, clauseAfter string) bool {
	promised := futureSend.MatchString(before) || youReceive.MatchString(before) || futurePassive.MatchString(clauseAfter)
	return promised && !heldAfter.MatchString(clauseAfter) && !heldBefore.MatchString(before)
}

var (
	futureSend    = lazyRegexp(`(?i)(?:\b(?:will|shall|going to)|'ll)\s+(?:then\s+)?(?:send|forward|get|mail|e-?mail|deliver|provide|serve|fax|submit)(?:\s+over)?\s+(?:you\s+)?(?:(?:the|a|an|our|my)\s+)?(?:[\w-]+\s+)?$`)
	youReceive    = lazyRegexp(`(?i)\byou(?:'ll|\s+will)\s+(?:receive|get|have)\s+(?:(?:the|a|an)\s+)?(?:[\w()-]+\s+)?$`)
	futurePassive = lazyRegexp(`(?i)^(?:[^.;]|\.\w){0,40}?\b(?:will|shall|is to|are to)\s+be\s+(?:sent|faxed|e-?mailed|forwarded|served|delivered|mailed|provided|submitted)\b`)
	heldAfter     = lazyRegexp(`(?i)\b(?:attached|enclosed|herewith|here|return|respond|comply|answer)\b|\bsigned by (?:you|your)\b`)
	heldBefore    = lazyRegexp(`(?i)\b(?:respond(?:ing)? to|comply(?:ing)? with|answer(?:ing)?|return(?:ing)?|here (?:is|are)|find|received)\b[^.;]{0,30}$`)
)

// stillWith follows a process with where it waits: "… is still with the
// District Attorney's Office", "… is with the judge for signature".
var stillWith = lazyRegexp(`(?i)^(?:\s+(?:for|of|in|on)\s+[^.;,]{1,30}?)?\s*(?:applications?\s+)?(?:is|are)\s+(?:still\s+(?:with|at|before|on)\s+(?:the|our|a)\b[^.;]{0,60}$|(?:still\s+)?(?:with|at|before)\s+(?:the|our|a)\b[^.;]{0,60}\bfor (?:review|approval|signature)\b)`)

// processOutcome follows a process with what it brings back: "waiting on
// the grand jury subpoena return", the process itself served.
var processOutcome = lazyRegexp(`(?i)^\s*(?:return|returns|response|responses|results?|records|compliance|production)\b`)

// putIn and processRequest: "put in a subpoena request", a request for
// the process, not the process.
var (
	putIn          = lazyRegexp(`(?i)\bput in (?:a|an|the|our|my)\s+(?:[\w-]+\s+)?$`)
	processRequest = lazyRegexp(`(?i)^\s*(?:request|application|affidavit)\b`)
)

// notThatCase says the case is not one the process would be sought for:
// "not a case our prosecutor is going to run a subpoena on", "not the
// kind of matter that gets a court order", "it isn't the kind of case I
// can get a warrant for".
var notThatCase = lazyRegexp(`(?i)(?:\bnot|n't|n’t) (?:a|an|the (?:kind|sort|type) of|one of those) (?:case|matter|thing|file|situation|investigation|incident|loss)s?\b[^.;:!?,]{0,50}\b(?:going to|gonna|would|will|could|can|gets?|warrants?|merits?|justif(?:y|ies))\b[^.;:!?,]{0,40}$`)

// cannotWait reads "not the kind of case that can wait on … a warrant":
// haste, not a denial.
var cannotWait = lazyRegexp(`(?i)\b(?:wait|afford|delay|hold)\b`)

// soughtOnly names process the writer asked for, not process issued: "we
// applied for a search warrant", "I sent the paperwork for a grand jury
// subpoena over to the DA", "the judge declined to issue a warrant".
var soughtOnly = lazyRegexp(`(?i)(?:\b(?:applied|applying|apply)(?: to (?:the )?[\w.' -]{3,60}?)? for|\b(?:ask|asked|asking) (?:the |a )?(?:court|judge|magistrate)\s+for|\b(?:went|gone|go|going) (?:back )?to (?:the |our |a )?[\w.'’ -]{2,60}?(?:Office|Attorney|Prosecutor|DA|AUSA|court|judge|magistrate|grand jury)\s+for|\bput in for|\b(?:paperwork|affidavit|petition|draft) for|\b(?:declined|refused) to (?:issue|sign|grant))\s+(?:(?:an?|the)\s+)?(?:(?:[\w()-]+(?:\.[\w()-]+)+\.?|[\w()-]+)\s+){0,4}$`)

// orderApplication follows an order's name with its application ("the
// 2703(d) application is with the AUSA"): the application, not the order.
var orderApplication = lazyRegexp(`(?i)^\s*(?:order\s+)?(?:application|motion|petition)\b`)

// grantedApplication reports a process named as what an application was
// for ("our application for an 18 U.S.C. 2703(d) order") where the
// application was granted or its order is at hand, in the words before it
// or in the two sentences after: "Judge Roe granted our application for
// an … order", "ORDER ON APPLICATION FOR AN … ORDER. … the application is
// granted".
func grantedApplication(before, after string) bool {
	if !applicationFor.MatchString(before) {
		return false
	}
	return grantWord.MatchString(before) || grantedLater(after)
}

// applicationFor ends the words of an application for a process.
var applicationFor = lazyRegexp(`(?i)\bapplication for an?\s+$`)

// comingLater follows a process with its coming ("warrant coming -",
// "is on its way"); a process the same sentence says is attached is
// there ("The warrant is coming, attached to this email").
var comingLater = lazyRegexp(`(?i)^\s*(?:is\s+)?(?:coming\b(?:\s+(?:soon|shortly|later|next week))?\s*(?:$|[-–,;:.!])|on (?:its|the) way\b)`)

// sentenceFrom is the rest of text's sentence from i, up to 200 bytes:
// to its stop or its line's end.
func sentenceFrom(text string, i int) string {
	rest := text[i:min(len(text), i+200)]
	if m := sentenceStop.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	return rest
}

// emergencyQuestion is an emergency's mention that a question mark closes
// within a few words: "emergency disclosure?", not "an emergency, can you
// help? Our daughter is missing".
var emergencyQuestion = lazyRegexp(`(?i)\bemergency\b[\w ]{0,25}\?`)

// seeCitation ends the words that cite a statute for reference, not a
// process served: "see", "see also", "cf.".
var seeCitation = lazyRegexp(`(?i)\b(?:see(?: also)?|cf\.?)\s+$`)

// citedSection is a mention that is a statute's section ("18 U.S.C.
// 2705(b)", "§ 2705(b)", "2705(b)"), not a document ("the attached
// warrant").
var citedSection = lazyRegexp(`^(?:\d|§)`)

// processNounNext opens the words after a section's number with the
// process it names: "See 2703(d) Order, attached".
var processNounNext = lazyRegexp(`(?i)^\s*(?:order|warrant|subpoena|application)\b`)

// usualRoute follows a process with what is usual, not what was done: "a
// request under the treaty is normally expected".
var usualRoute = lazyRegexp(`(?i)^[^.;,]{0,40}?\b(?:is|are|would be)\s+(?:normally|usually|generally|ordinarily|typically|customarily)\s+(?:expected|required|needed|used|the route)\b`)

// warrantApplication is the application for a warrant, not the warrant.
var warrantApplication = lazyRegexp(`(?i)warrant\s+(?:application|affidavit|request)\b`)

// nextClause starts a clause of its own after a comma: ", so we served
// the enclosed order".
var nextClause = lazyRegexp(`(?i),\s+(?:so|but|then|instead|and then|and so)\b`)

// soughtNotGranted reports a process only asked for: soughtOnly at the
// end of before, with no grant in its own words ("applied for and
// obtained a warrant") nor earlier in its sentence ("the judge approved
// our application; we applied for the warrant on …", "I have attached
// the paperwork for the subpoena").
func soughtNotGranted(before string) bool {
	m := soughtOnly.FindStringIndex(before)
	if m == nil || grantWord.MatchString(before[m[0]:]) {
		return false
	}
	// The application itself given ("the judge approved our
	// application; we applied for …"), or the paperwork at hand ("I have
	// attached the paperwork for the subpoena").
	start := 0
	for _, b := range sentenceBreak.FindAllStringIndex(before[:m[0]], -1) {
		start = b[1] - 1
	}
	return !applicationGranted.MatchString(before[start:m[0]]) && !grantsPaperwork.MatchString(before[:m[0]])
}

// ndoSought ends the words of a non-disclosure order only applied or
// asked for, named by its statute: "we are applying for a court order
// under 18 U.S.C. § 2705(b)", "the government's request for an order
// under 18 U.S.C. 2705(b) is DENIED".
var ndoSought = lazyRegexp(`(?i)\b(?:appl(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|petition(?:s|ed|ing)?|seek(?:s|ing)?|sought|request|application|motion)\s+(?:to (?:the )?[\w.' -]{3,40}?\s+)?for\s+(?:an?|the)\s+(?:(?:court|separate|sealing|preclusion)\s+)?order\s+(?:under|pursuant to)\s+(?:18\s+U\.?\s?S\.?\s?C\.?\s*)?(?:§+\s*)?$`)

// ndoOnlySought reports a non-disclosure order named only as applied or
// asked for (ndoSought): not the order granting the application ("the
// enclosed Order granting the Government's Application for an Order under
// 18 U.S.C. § 2705(b)", "the order entered on our motion for an order
// under …"), nor one that commands or directs after its name.
func ndoOnlySought(wide, clauseAfter string) bool {
	m := ndoSought.FindStringIndex(wide)
	if m == nil {
		return false
	}
	start := 0
	for _, b := range sentenceBreak.FindAllStringIndex(wide[:m[0]], -1) {
		start = b[1] - 1
	}
	return !ndoGrantBefore.MatchString(wide[start:m[0]]) && !grantedAfter.MatchString(grantScope(clauseAfter)) && !ndoDirects.MatchString(clauseAfter)
}

var (
	// ndoGrantBefore: an order named before the application it grants.
	ndoGrantBefore = lazyRegexp(`(?i)\b(?:order|orders)\b[^.;]{0,60}\b(?:granting|on|entered|issued|signed|upon)\b|\b(?:attached|enclosed|granted|granting|entered|issued|signed)\b`)
	// ndoDirects: what only an order does, said after its name.
	ndoDirects = lazyRegexp(`(?i)\b(?:commands?|directs?|orders|ordered|prohibits?|precludes?|forbids?|bars?)\b`)
)

// grantsPaperwork ends the words that hand over the paperwork named next:
// "I have attached the | paperwork for the subpoena".
var grantsPaperwork = lazyRegexp(`(?i)\b(?:attached|enclosed|signed|here is|herewith)\s+(?:is\s+|are\s+)?(?:the|our|my|a)\s+$`)

// applicationGranted says the application for a process was granted.
var applicationGranted = lazyRegexp(`(?i)\b(?:approved|granted|signed)\s+(?:our|the|my|his|her|their)\s+(?:application|request|affidavit|petition)\b|\b(?:application|request|affidavit|petition)\s+(?:was|has been|had been)\s+(?:approved|granted|signed)\b`)

// statuteHost is the order a statute is cited for, right before it: "an
// order under 18 U.S.C. ", "the order pursuant to § ".
var statuteHost = lazyRegexp(`(?i)\b(?:an?|the|any|such)\s+(?:[\w-]+\s+){0,2}?order\s+(?:under|pursuant to|in accordance with)\s+(?:(?:title\s+)?18\s+U\.?\s?S\.?\s?C\.?\s*)?(?:§+\s*)?$`)

// statuteHostDenied reports a statute cited for an order whose own
// clause denies it.
func statuteHostDenied(wide string) bool {
	m := statuteHost.FindStringIndex(wide)
	if m == nil {
		return false
	}
	head := wide[:m[0]]
	if c := clauseStart.FindStringIndex(head); c != nil {
		head = head[c[0]+1:]
	}
	return denied.MatchString(head) && !withoutDelay.MatchString(denied.FindString(head))
}

// laterServe is a process the writer will serve or turn to later: "we
// will serve you with a", "we'll switch to an".
var laterServe = lazyRegexp(`(?i)(?:\b(?:will|would|shall|going to)|'ll)\s+(?:serve\s+(?:you|your (?:company|office|firm)|the provider|provider)\s+with|switch to|move to|escalate to|upgrade to)\s+(?:an?\s+)?$`)

// willSend and onceHeld: a process the writer will send once they hold
// it, not one at hand ("I'll send the signed subpoena over as soon as I
// have it").
var (
	willSend = lazyRegexp(`(?i)(?:\b(?:will|shall)|'ll)\s+(?:then\s+)?(?:send|forward|provide|deliver|e-?mail|pass on|pass along)\s+(?:you\s+|it\s+|over\s+)?(?:(?:the|a|an|our|my)\s+(?:signed\s+|executed\s+|final\s+)?)?$`)
	onceHeld = lazyRegexp(`(?i)\b(?:as soon as|once|when|the moment|after)\s+(?:I|we)\s+(?:have|get|receive|obtain)\s+(?:it|them|one|the\s+(?:signed\s+)?(?:warrant|order|subpoena))\b`)
)

// notYetSigned says right after a process that it is not signed or
// issued yet: "The warrant has not been signed yet", "is still unsigned".
var notYetSigned = lazyRegexp(`(?i)^(?:\s*of\s+(?:the\s+)?[\p{L} ]{0,60}?)?\s*(?:has|have|had|is|was)\s+not\s+yet\s+(?:been\s+)?(?:signed|issued|approved|granted|entered|validated)\b|^\s*(?:has|have)\s+not\s+(?:been\s+)?(?:signed|issued|approved|granted|entered)\s+yet\b|^\s*(?:is|was)\s+(?:still\s+)?unsigned\b|^\s*(?:has|have|is)\s+not\s+(?:been\s+)?(?:signed|issued|approved|granted|entered)\s*(?:[.;]|$)`)

// expectThe and laterTime: the process the writer expects to serve at a
// time to come ("expect to serve the warrant within the next few weeks"),
// not one served now ("expect to serve the warrant today; a copy is
// attached").
var (
	expectThe = lazyRegexp(`(?i)\b(?:expects? to|intends? to|plans? to|hopes? to)\s+(?:serve|obtain|get|secure|seek|send|submit|transmit)\s+(?:the\s+)?$`)
	laterTime = lazyRegexp(`(?i)\b(?:within|next|once|when|after|soon|shortly|later|in the coming|in a few|in (?:a|one|two|three|\d+) (?:days?|weeks?|months?))\b`)
)

// applicationUnder ends an application for an order before its statute:
// "an application for an order under 18 U.S.C. § 2703(d)".
var applicationUnder = lazyRegexp(`(?i)\bapplications?\s+(?:for|seeking)\s+(?:an?\s+|the\s+)?(?:court\s+)?orders?\s+(?:under|pursuant to|per)\s*$`)

// notNeeded follows a process with the writer's word that it is not
// needed: "so a warrant should not be needed", "a court order isn't
// required".
var notNeeded = lazyRegexp(`(?i)^\s*(?:should|would|will|shall|is|are|was|were|does|do)(?:\s+not|n't)\s+(?:be\s+)?(?:needed|required|necessary|needed here|called for)\b|^\s*(?:isn't|aren't|is not|are not)\s+(?:needed|required|necessary)\b`)

// romanceIfNeeded and laterRequest make a process conditional or later in
// Spanish, Portuguese, French, Italian, German and Dutch (general
// knowledge): "si fuera necesaria", "se necessário", "si nécessaire", "si
// besoin", "se necessario", "falls erforderlich", "indien nodig" right
// after the process; "la posterior solicitud", "une demande ultérieure
// d'", "una successiva richiesta di" before it. Not where the letter puts
// the process at hand ("Adjunto la comisión rogatoria …, cuya traducción
// remitiremos si fuera necesario").
var (
	romanceIfNeeded = lazyRegexp(`(?i)\b(?:si (?:fuera|fuese|fuere|es|resulta|resultara|resultase) (?:necesari[oa]|precis[oa]|requerid[oa])|se (?:for |fosse )?necess[áa]ri[oa]|si (?:c'est )?n[ée]cessaire|si besoin|se (?:fosse |sar[àa] )?necessari[oa]|falls (?:erforderlich|notwendig|n[öo]tig)|indien (?:nodig|noodzakelijk))\b`)
	laterRequest    = lazyRegexp(`(?i)\b(?:posterior|ulterior|ult[ée]rieure?|successiv[ao]|futur[oae]?|eventual)\b[^.;:]{0,40}$|` +
		// Danish and Norwegian: preserved "until a court order exists"
		// ("indtil en dansk retskendelse foreligger"), an order "we
		// expect to be able to send" (session 31).
		`(?:^|[^\p{L}])(?:indtil|inntil)\s+(?:en|et|der|det)\s+(?:\p{L}+\s+){0,2}$|` +
		// Spanish and Portuguese "consultaremos con … Cooperación
		// Jurídica Internacional" (we will ask the treaty's office how to
		// proceed), French "nous consulterons" (session 31).
		`(?:^|[^\p{L}])(?:consultaremos|consultar[ée]|consultar[áa]n|nous consulterons)\b[^.;]{0,100}$|\bforvent\p{L}*\s+(?:at|å)\s+(?:kunne\s+)?(?:fremsende|sende|oversende|indhente|innhente|få|modtage|motta)\s+(?:en|et)\s+(?:\p{L}+\s+){0,2}$|\bsin perjuicio de (?:la |una )?(?:posterior |ulterior |eventual )?(?:tramitaci[óo]n de (?:la |una )?)?(?:correspondiente )?(?:(?:solicitud|petici[óo]n|comisi[óo]n) de )?$`)
)

// notWorth weighs a process as more than the matter is worth.
var notWorth = lazyRegexp(`(?i)^\s*(?:is|would be|'s|seems|feels)\s+(?:(?:way|far|a bit|probably|honestly)\s+)?(?:more than (?:this|it|the case|the loss|that) (?:one )?(?:is|would be) worth|overkill|too much for|not worth)`)

// mlatBypassed asks, after naming a treaty request already sent, for
// the data before that request is executed: "we kindly ask you to
// provide the data now on the basis of the Dutch order", "without
// waiting for its execution". A preservation meanwhile is no bypass.
var mlatBypassed = lazyRegexp(`(?i)\b(?:provide|send|disclose|produce|release|share)\b[^.;]{0,40}\b(?:now|directly|already|immediately|in the meantime|meanwhile)\b[^.;]{0,30}\b(?:on the basis of|based on|under|pursuant to|by virtue of)\s+(?:the|our|this)\s+(?:[\w'’-]+\s+){0,2}(?:order|warrant|decision|request|letter)\b|\bwithout waiting for (?:it|its execution|the (?:execution|outcome|result)|the (?:MLA|MLAT|mutual legal assistance|treaty)(?: request)?|that request)\b[^.;]{0,60}\b(?:provide|send|disclose|produce|release|share)\b`)

// treatyDone tells of a treaty request executed or granted, and of the
// US court's order issued on it (18 U.S.C. 3512): the data asked under
// that order comes through the treaty.
var treatyDone = lazyRegexp(`(?i)\b(?:was|were|has been|have been|had been)\s+(?:executed|granted|approved|completed|fulfilled|accepted)\b|\b(?:executed|granted|approved|accepted) (?:our|the|this) (?:request|MLA|MLAT)\b|\b3512\b|\b(?:U\.?S\.?|United States) District Court\b`)

// treatyDeniedAfter and treatyDeniedBefore deny a treaty request in the
// languages whose negation follows or precedes it and that denied does
// not read (general knowledge): Japanese "によらず" (not by), "を経ずに"
// (without going through); Korean "거치지 않고", "없이" (without); Turkish
// "olmaksızın", "olmadan" (without); Chinese "不透過", "未經" (not
// through); Russian and Ukrainian "без" (without), "минуя", "в обход"
// (bypassing), "замість", "вместо" (instead of); Arabic "دون", "بدون";
// Hebrew "ללא", "בלי"; Greek "χωρίς".
//
// Session 31 (round 67): German "… möchten wir vermeiden" (we would
// avoid), Finnish "… ei ole suunniteltu" (is not planned) after it;
// Czech "nebude podávána …" (will not be filed) before it.
var (
	treatyDeniedAfter  = lazyRegexp(`^[^。.!?]{0,16}?(?:によらず|によらない|を経ずに|を経ないで|を経由せず|なしで|ではなく|거치지\s?않|없이|않고|대신|olmaks[ıi]z[ıi]n|olmadan|yerine|beklemeden)|^[^.!?;]{0,60}?(?:^|[^\p{L}])(?:vermeiden|umgehen|verzichten|ei (?:\p{L}+ ){0,4}?(?:ole )?(?:suunniteltu|tarpeen|tehdä|tehdään|lähetetä))(?:$|[^\p{L}])`)
	treatyDeniedBefore = lazyRegexp(`(?:不透過|不透过|不經|不经|未經|未经|無需|无需|毋須|不必|без|минуя|в обход|замість|вместо|بدون|دون|ללא|בלי|χωρίς|(?:^|[^\p{L}])(?:nebude|nebudou|nebudeme|nepodáme|nepodáváme|nebyla|nebyl))[^。.!?]{0,40}$`)
)

// cjkSlow weighs a treaty's route as slow in Korean, Japanese and
// Chinese: "takes months", "takes time" (general knowledge).
var cjkSlow = lazyRegexp(`수개월|몇\s?달|오래\s?걸|시간이\s?(?:오래\s?|많이\s?)?걸|소요되|数か月|数ヶ月|数カ月|時間がかか|時間を要|數月|数月|耗時|費時|需時|曠日費時|緩慢|缓慢`)

// clauseSubject ends a clause's opening before a process named as its
// subject: "so a ", "; the ", "and no " (not "an appearance pursuant to
// the ").
var clauseSubject = lazyRegexp(`(?i)(?:^|[.;:,!?]\s*|\b(?:so|and|but|because|then|thus|therefore|hence)\s+)(?:a|an|the|any|no|our|my|this|that)?\s*(?:[\w-]+\s+)?$`)

// atHand puts a process at hand in its sentence: "signed … this morning
// and it is in your portal".
var atHand = lazyRegexp(`(?i)` + inPortal + `|\b(?:signed|issued|granted)\b`)

// awaitsSignature follows a process, in its own sentence, with the
// signature or approval it still awaits from the writer's side: "… but
// it still needs my Group Supervisor's signature", "it still needs the
// signature of my supervisor", "it has not been approved by my
// supervisor yet" (not the custodian's signature a subpoena asks for).
var awaitsSignature = lazyRegexp(`(?i)^(?:[^.!?]|\.\w|\.\s\d){0,100}?\b(?:it|which|that|this one)\s+(?:(?:still\s+)?(?:needs|requires|awaits|is awaiting|is waiting (?:on|for))\s+(?:(?:the|my|our|a)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:supervisor|prosecutor|AUSA|DA|chief|captain|lieutenant|SAC|ASAC|director|commander)(?:'s|’s)\s+(?:signature|sign-off|approval)|(?:signature|sign-off|approval)\s+of\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:supervisor|prosecutor|AUSA|DA|chief|captain|lieutenant|SAC|ASAC|director|commander))|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:signed|approved)\s+by\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:supervisor|prosecutor|AUSA|DA|chief|captain|lieutenant|SAC|ASAC|director|commander))\b`)

// issuedLater follows a process with its issue still to come: "… and I
// expect to have it issued next week", "…, which should be signed by
// Friday".
var issuedLater = lazyRegexp(`(?i)^[^.;]{0,80}\b(?:expects?|hopes?|plans?|intends?)\s+to\s+(?:have|get)\s+(?:it|them|one|that)\s+(?:issued|signed|served|approved|back)\b|^[^.;]{0,60}\b(?:it|which|that)\s+(?:will|should|is expected to|ought to)\s+be\s+(?:issued|signed)\b(?:\s+by\s+(?:the\s+)?(?:judge|court|magistrate|foreperson|grand jury|prosecutor|AUSA|DA|clerk)\b|\s+(?:next|this|tomorrow|on|by|within|soon|shortly|later)\b)`)

// beforeIssued and issuedAfter frame a process that does not exist yet:
// "before the subpoena is signed", "until the warrant gets issued".
var (
	beforeIssued = lazyRegexp(`(?i)\b(?:before|until|till|pending the time)\s+(?:the|a|an|our|my|that|this)\s+(?:[\w-]+\s+){0,2}$`)
	issuedAfter  = lazyRegexp(`(?i)^\s*(?:is|gets|goes|can be)\s+(?:(?:formally|actually|finally)\s+)?(?:signed|issued|approved|finali[sz]ed|ready|entered|granted|authori[sz]ed|returned|in front of)\b`)
	// onceIssued and issuedThen: "once the grand jury subpoena is issued",
	// "when the warrant has been signed": a process awaited (not "once
	// this order is served", an order's own clause).
	onceIssued = lazyRegexp(`(?i)\b(?:once|when|as soon as)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,2}$`)
	issuedThen = lazyRegexp(`(?i)^\s*(?:is|gets|has been|have been)\s+(?:(?:formally|actually|finally)\s+)?(?:signed|issued|approved|finali[sz]ed|entered|granted|authori[sz]ed)\b`)
)

// declinedNext reports a judge's refusal of the process in the words
// after it, with no grant told before the refusal.
func declinedNext(after string) bool {
	m := declinedAfter.FindStringIndex(after)
	if m == nil || otherObject.MatchString(after[m[1]:]) || namedObject.MatchString(after[m[1]:]) && !sameObject.MatchString(after[m[1]:]) {
		return false
	}
	refusal := declinedVerb.FindStringIndex(after[:m[1]])
	// A grant before the refusal, or after it ("declined at first but
	// signed it on Tuesday; it is attached").
	return refusal != nil && !grantedBetween.MatchString(after[:refusal[0]]) && !grantedLaterOn.MatchString(after[m[1]:])
}

// namedObject is a refusal's object named by its noun; sameObject names
// the process presented; grantedLaterOn is its grant after the refusal.
var (
	namedObject    = lazyRegexp(`(?i)^\s+(?:the|a|an|our|any|their|this|that)\s+\w`)
	sameObject     = lazyRegexp(`(?i)^\s+(?:the|a|an|our|any|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:warrant|application|affidavit|subpoena)\b`)
	grantedLaterOn = lazyRegexp(`(?i)^[^.!?]{0,120}?\b(?:but|then|later|subsequently|eventually|finally|after)\b[^.!?]{0,60}?\b(?:signed|approved|granted|issued)\b|^[^!?]{0,200}?\b(?:is|are) (?:now )?(?:attached|enclosed)\b`)
)

// declinedVerb opens a refusal.
var declinedVerb = lazyRegexp(`(?i)\b(?:declined|refused|would not|wouldn't|did not|didn't|will not|won't|denied|rejected|turned down)\b`)

// presentedTo ends the words of a process put before a judge
// ("we presented a search warrant"); declinedAfter is the judge's refusal
// told after it, in that sentence or the next ("… and the judge declined
// to sign it as drafted").
var (
	presentedTo   = lazyRegexp(`(?i)\b(?:presented|submitted|took|brought|walked)\s+(?:(?:a|an|the|our|my)\s+)?(?:[\w-]+\s+)?$`)
	toJudge       = lazyRegexp(`(?i)^[^.!?]{0,60}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:judge|magistrate|court|justice|commissioner|bench)\b`)
	declinedAfter = lazyRegexp(`(?i)^(?:[^.!?]|\.\w){0,140}?(?:[.!?]\s+(?:[^.!?]|\.\w){0,80}?)?\b(?:(?:declined|refused|would not|wouldn't|did not|didn't|will not|won't)\s+(?:to\s+)?(?:sign|issue|approve|grant|authori[sz]e)|(?:denied|rejected|turned down)\s+(?:it|the (?:warrant|application|request|order|subpoena)))\b`)
	// otherObject is what a refusal refused when it is not the process
	// presented: "declined to sign our separate request for a delay".
	otherObject = lazyRegexp(`(?i)^\s+(?:(?:our|the|a|an)\s+)?(?:separate|second|other|additional|further)\b|^\s+(?:(?:our|the|a|an)\s+)?(?:request|application|motion|petition)\s+for\b`)
	// grantedBetween: the judge signed it after all ("who signed it this
	// morning"), before any refusal told later.
	grantedBetween = lazyRegexp(`(?i)\b(?:judge|magistrate|court|justice|who|she|he)\s+(?:\w+\s+)?(?:signed|issued|granted|approved)\b|\bsigned it\b`)
)

// refusedProcess is process a judge declined to give.
var refusedProcess = lazyRegexp(`(?i)\b(?:declined|refused) to (?:issue|sign|grant)\s+(?:(?:an?|the)\s+)?(?:(?:[\w()-]+(?:\.[\w()-]+)+\.?|[\w()-]+)\s+){0,2}$`)

// deniedApplication ends the words of an application for the process a
// judge denied: "the magistrate judge denied our application for an order
// under 18 U.S.C. 2703(d)".
var deniedApplication = lazyRegexp(`(?i)\b(?:denied|rejected|refused|turned down|(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?(?:sign|grant|approve))\s+(?:our|my|their|an?|the (?:government|state|people|commonwealth|agency|department|office)'s|the)\s+(?:application|request|motion|petition)\s+for\s+(?:(?:an?|the)\s+)?(?:[\w().§-]+\s+){0,5}$`)

// refusedApplication reports a process named as what a denied application
// asked for, with nothing granted between ("denied our application for a
// warrant but granted the 2703(d) order" grants the order).
func refusedApplication(wide string) bool {
	m := deniedApplication.FindStringIndex(wide)
	return m != nil && !grantWord.MatchString(wide[m[0]:]) && !contrastWord.MatchString(wide[m[0]:]) && !aboutProcess.MatchString(wide[m[0]:])
}

// aboutProcess marks a motion about a process already there ("for
// reconsideration of the 2703(d) order", "for production under the
// subpoena"), not an application for it.
var aboutProcess = lazyRegexp(`(?i)\b(?:of|under|against|to)\s+(?:the|this|that|its|our|your|said)\b|\b(?:reconsideration|modification|quash)\b`)

var contrastWord = lazyRegexp(`(?i)\b(?:but|however|instead|although|though|yet)\b`)

// grantWord says a process was given or is at hand.
var grantWord = lazyRegexp(`(?i)\b(?:obtained|received|got|secured|granted|signed|approved|issued|attached|enclosed)\b`)

// sentenceBreak ends a sentence: a stop, space and a capital.
var sentenceBreak = lazyRegexp(`[.!?]\s+[A-Z]`)

// grantedLater reports grantedNext in the sentences after an
// application, but not a grant only awaited: "… and will forward it as
// soon as it is signed".
func grantedLater(next string) bool {
	return grantedNext.MatchString(awaitedGrant.ReplaceAllString(next, ""))
}

var awaitedGrant = lazyRegexp(`(?i)\b(?:as soon as|once|when|until|after|if)\s+(?:it|they|the (?:order|warrant|subpoena|application))\s+(?:is|are|has been|have been|gets|get)\s+(?:signed|granted|issued|approved)\b`)

// grantedNext says, in the sentences after an application, that what was
// applied for was given: "Judge Roe signed it on October 30 and a copy is
// attached."
var grantedNext = lazyRegexp(`(?i)\b(?:signed|granted|issued|approved)\s+(?:it|the (?:order|warrant|subpoena|application))\b|\b(?:it|the (?:order|warrant|subpoena|application))\s+(?:was|has been|is)\s+(?:signed|granted|issued|approved|attached|enclosed)\b|\bcopy\b[^.]{0,30}\b(?:is\s+)?(?:attached|enclosed)\b`)

// grantScope is the part of the clause after a process asked for that
// may say it was given: up to a new clause or a condition ("… and will
// forward the subpoena as soon as it is signed").
func grantScope(clauseAfter string) string {
	scope := nextClause.Split(clauseAfter, 2)[0]
	return grantCondition.Split(scope, 2)[0]
}

var grantCondition = lazyRegexp(`(?i)\b(?:as soon as|once|when|if|until|after)\b|\b(?:expects?|expected|expecting|hopes?|hoped|hoping)\s+(?:it|them|this|that|the\s+\w+)\s+to\s+be\b|\b(?:will|should|shall|would)\s+(?:soon\s+|then\s+|probably\s+)?be\s+(?:signed|granted|issued|approved)\b`)

// grantedAfter says, in the same clause, that the process asked for was
// given: "we applied for a warrant, which was signed today".
var grantedAfter = lazyRegexp(`(?i)\b(?:granted|signed|issued|approved|obtained|attached|enclosed)\b`)

// blankValue is a form's field left to fill: a line, an empty box.
var blankValue = lazyRegexp(`^\s*(?:_{2,}|\[\s*\]|\(\s*\)|☐|□)`)

// bareSummaryLabel opens an account headed by a bare label: "Summary: …",
// "The emergency: …", at the start of a line or of a sentence, or such a
// heading on a line of its own.
var bareSummaryLabel = lazyRegexp(`(?im)(?:^[ \t]*|[.!?][ \t]+)(?:emergency summary|summary|the emergency|situation|circumstances|what happened|background)[ \t]*(?::|\.|$)\s+((?:\S+\s+){4})`)

// fieldVerb opens a form's next field, not an answer: a blank "Describe
// the emergency:" runs on into "Explain how the records will help:".
var fieldVerb = lazyRegexp(`(?i)^(?:explain|describe|how|why|what|provide|list|state|include|give|summari[sz]e|enter|n/a|none|see)\b`)

// labelledSummary reports an account under such a label, four words or
// more that are not the next field.
func labelledSummary(form string) bool {
	for _, m := range bareSummaryLabel.FindAllStringSubmatchIndex(form, -1) {
		value := form[m[2]:min(len(form), m[2]+400)]
		// A blank line to fill ("Describe the emergency: ______") holds no
		// account, whatever the next field's label says.
		if fieldVerb.MatchString(value) || placeholderValue.MatchString(value) || blankValue.MatchString(value) {
			continue
		}
		// The account tells of a danger: a bare label over "see the
		// attached affidavit" or the records asked for is none.
		if emergencySummary.MatchString(value) || dangerDetail.MatchString(value) || dangerWord.MatchString(value) {
			return true
		}
		// A long account of its own under the label, that defers to
		// nothing, is the writer's summary whatever its words.
		if account, _, _ := strings.Cut(value, "\n\n"); len(strings.Fields(account)) >= 25 && !deferredAccount.MatchString(account) {
			return true
		}
	}
	return false
}

// deferredAccount puts an emergency's account elsewhere: on a call, in
// an attachment, beyond what may be written.
var deferredAccount = lazyRegexp(`(?i)\b(?:unable|cannot|can't|can not|not able|won't|will not|not permitted|not allowed)\s+(?:to\s+)?(?:share|disclose|provide|give|discuss|put|release|go into)|\bcall me\b|\bverbal|\bby (?:tele)?phone\b|\bon (?:a |the )?(?:call|callback|phone)\b|\bconfidential|\bsensitive\b|\bsee (?:the )?attach|\brefer(?:s|red)? to\b|\bto follow\b|\bupon request\b`)

// placeholderValue is a label's value that holds a placeholder.
var placeholderValue = lazyRegexp(`(?i)^\s*(?:[\[(<]\s*)?` + placeholder)

// dangerWord names a harm or its means in an account (general knowledge
// of what emergency requests report).
var dangerWord = lazyRegexp(`(?i)\b(?:kill\w*|murder\w*|shoot\w*|shot|stab\w*|harm\w*|hurt\w*|injur\w*|suicid\w*|self-harm|overdos\w*|abduct\w*|kidnap\w*|hostage|ransom|missing|runaway|traffick\w*|sextort\w*|assault\w*|abus\w*|rape|threat\w*|weapon\w*|guns?|rifles?|pistols?|firearms?|bombs?|explosive\w*|attack\w*|danger\w*|die|dying|death|walked\s+away|ran\s+away|left\s+home|not\s+been\s+seen|not\s+returned|lured|groom\w*|predator\w*|stranger|scared|terrified|armed|knife|knives|machete|zip-?tied|tied\s+up|duct-?taped|gagged|captive|held\s+against\s+(?:his|her|their)\s+will|nobody\s+has\s+heard|no\s+one\s+has\s+heard|(?:has|have)\s+not\s+heard\s+from)\b`)

// sentenceStop ends a sentence: a stop and a capital after it, or a
// line break (an abbreviation's dot, "U.S.C. 2703", goes on).
var sentenceStop = lazyRegexp(`[.!?;]\s+[A-Z]|\n`)

// selfNotEmergency is the writer's own statement, as a sentence of its
// own, that the request is no emergency: "To be clear, this is NOT an
// emergency request." Not a condition ("If this is not an emergency,
// call …"), nor a scope ("not an emergency for other users").
var notEmergencyPhrase = lazyRegexp(`(?i)\b(?:this|it|this request|the request)(?:\s+is\s+not|\s+isn't|['’]s\s+not|\s+is\s+in\s+no\s+way)\s+an?\s+(?:emergency|exigent)\b(?:\s+(?:request|matter|disclosure request))?` +
	// French: "ce n'est pas une demande d'urgence".
	`|(?:^|[^\p{L}])(?:ce n['’]est|il ne s['’]agit) pas (?:d['’]une|une) (?:demande|situation|communication) (?:de \p{L}+ )?d['’]urgence\s*(?:[.;:!,)]|$)` +
	// "Nothing in this subpoena relates to an emergency."
	`|\bnothing in (?:this|the|our) (?:subpoena|request|letter|order|demand)\s+(?:relates|pertains|refers) to an? (?:emergency|exigen\w*)\b` +

	// A new matter sent on an old emergency's thread: "this is NOT
	// related to the emergency below", "unrelated to the earlier
	// emergency".
	`|\b(?:this|it|this (?:request|e-?mail|message|matter|one)|(?:a\s+)?(?:new|different|separate)\s+(?:case|matter|request|investigation)\s*[,;:–—-]?(?:\s+and)?)\s+(?:is\s+|['’]s\s+)?(?:not\s+(?:related|connected|linked|tied)|unrelated)\s+to\s+(?:the|that|our|your)\s+(?:earlier\s+|previous\s+|prior\s+|old\s+|original\s+)?(?:emergency|exigent)(?:\s+(?:request|below|above|thread|matter|case|disclosure request))?\s*(?:[.,;:!)–—-]|$)` +
	// "Please do not treat this as an emergency request." (ending its
	// clause: not "as urgent routine paperwork", "as an urgent request
	// for the whole account").
	`|\b(?:do not|don't|please don't|no need to)\s+(?:treat|handle|consider|process)\s+(?:this|it|this request|the request)\s+as\s+(?:an?\s+)?(?:emergency|exigent)(?:\s+(?:request|matter|disclosure request))?\s*(?:[.;:!]|$)`)

// govTopic is a spam word that a government office's own work uses:
// a state lottery's.
var govTopic = lazyRegexp(`(?i)lotter|sweepstake|prize`)

// notEmergencyCondition and notEmergencyScope mark the phrase as a
// condition ("If this is not an emergency, call …") or a scope ("not an
// emergency for other users").
var (
	notEmergencyCondition = lazyRegexp(`(?i)\b(?:if|whether|unless|when|in case)\s+$`)
	notEmergencyScope     = lazyRegexp(`(?i)^\s*(?:for|to)\b`)
)

// selfNotEmergency reports the writer's own statement that the request is
// no emergency.
func selfNotEmergency(text string) bool {
	// Only the writer's own words: not an earlier message quoted below
	// ("-----Original Message-----", "> …"), which a later escalation
	// overrides; and not where the writer goes on to say it is one.
	own := ownWords(text)
	for _, m := range notEmergencyPhrase.FindAllStringIndex(own, -1) {
		if !notEmergencyCondition.MatchString(own[max(0, m[0]-15):m[0]]) && !notEmergencyScope.MatchString(own[m[1]:]) && !emergencyAfter.MatchString(own[m[1]:]) {
			return true
		}
	}
	// "Honestly nobody is in physical danger." said as a sentence of its
	// own, nothing after it in that sentence ("… yet, but he is armed",
	// "… at her address, but") and no danger told after it.
	// Read with its lines: a subject or a greeting line ends before it.
	lined := text[:quotedStart(text)]
	for _, m := range nobodyInDanger.FindAllStringIndex(lined, -1) {
		rest := lined[m[1]:]
		sentence := rest
		if i := strings.IndexAny(rest, ".!?\n"); i >= 0 {
			sentence = rest[:i]
		}
		if !dangerGoesOn.MatchString(sentence) && !dangerToldAfter(rest) {
			return true
		}
	}
	// The danger over, said as a fact by the writer, with no new danger
	// told after it: not "if we wait, the emergency is over and the boy
	// may be dead", not "the mother thinks it is no longer an emergency".
	if overSaid(own, dangerOver, dangerToldAfter) {
		return true
	}
	// The person found safe, with no danger told after it up to the
	// closing, and no present danger anywhere in the letter ("tonight",
	// "still missing", "is armed"): a danger told before may be another
	// time's ("In March he was found safe after a similar post").
	return overSaid(own, foundSafe, func(after string) bool {
		return dangerToldAfter(beforeSignature(after)) || presentThreat.MatchString(own)
	})
}

// overSaid reports a match of re in own said as a fact (its sentence
// is no hypothesis) with nothing after it that tells a danger again.
func overSaid(own string, re *lazyRE, dangerAgain func(after string) bool) bool {
	for _, m := range re.FindAllStringIndex(own, -1) {
		sentence := own[:m[0]]
		if ends := sentenceStart.FindAllStringIndex(sentence, -1); len(ends) > 0 {
			sentence = sentence[ends[len(ends)-1][1]:]
		}
		if !hypothetical.MatchString(sentence) && !dangerAgain(own[m[1]:]) {
			return true
		}
	}
	return false
}

// requestWithdrawn is a writer's withdrawal of the request as a whole.
var requestWithdrawn = lazyRegexp(`(?i)\b(?:consider|treat|mark)\s+(?:the|this|our|my)\s+(?:emergency\s+)?(?:disclosure\s+)?request\s+(?:as\s+)?(?:withdrawn|cancell?ed|closed)\b|\b(?:withdraw(?:s|ing)?|cancel(?:s|l?ing)?|rescind(?:s|ing)?)\s+(?:the|this|our|my)\s+(?:emergency\s+)?(?:disclosure\s+)?request\b|\bstand\s+down\s+on\b|\b(?:you\s+can|please)\s+stop\s+(?:working|processing)\s+(?:on\s+)?(?:the|this|our|my)\s+(?:emergency\s+)?(?:disclosure\s+)?request\b|\b(?:we|I)\s+no\s+longer\s+need\s+(?:the|this|our)\s+emergency\s+(?:disclosure|request)\b`)

// withdrawsRequest reports a withdrawal of the request said, not denied
// ("please do not cancel the request", "I am not withdrawing it").
func withdrawsRequest(own string) bool {
	for _, m := range requestWithdrawn.FindAllStringIndex(own, -1) {
		if !withdrawalDenied.MatchString(own[max(0, m[0]-24):m[0]]) {
			return true
		}
	}
	return false
}

// withdrawalDenied ends the words before a withdrawal that deny it.
var withdrawalDenied = lazyRegexp(`(?i)\b(?:not|never|no|don't|do not)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$`)

// dangerToldAfter reports a danger or the word "emergency" told in the
// text after a writer's "no danger": a new danger, or the same one after
// all.
func dangerToldAfter(after string) bool {
	return emergencySummary.MatchString(after) || dangerDetail.MatchString(after) || newDanger.MatchString(after) || emergencyAfter.MatchString(after)
}

// foundSafe is the person in danger found safe: "She was located safe at
// 6:15 this morning", "the boy has been found unharmed".
var foundSafe = lazyRegexp(`(?i)\b(?:she|he|they|the\s+(?:child|girl|boy|juvenile|teen(?:ager)?|victim|minor|woman|man|student|patient))\s+(?:was|were|has\s+been|have\s+been)\s+(?:since\s+|now\s+)?(?:located|found|recovered)\s+(?:safe(?:ly)?|alive\s+and\s+well|unharmed|safe\s+and\s+well)\b`)

// beforeSignature cuts folded text at a closing said as a sentence of
// its own ("… prosecutor? Thank you, Det. …"): the unit a signature names
// ("Missing Persons Detail") tells no danger.
func beforeSignature(text string) string {
	if loc := closingSentence.FindStringIndex(text); loc != nil {
		return text[:loc[0]+1]
	}
	return text
}

// closingSentence is a letter's closing after a sentence's end, before
// the signer's name or rank.
var closingSentence = lazyRegexp(`[.!?]\s+(?i:thank you|thanks|many thanks|(?:best |kind |warm |kindest )?regards|sincerely|respectfully(?: yours)?|yours (?:truly|sincerely|faithfully)|v/r|cheers)\s*[,!.]?\s+\p{Lu}`)

// dangerOver is the writer's word that the danger is over: "there's no
// longer an emergency", "the emergency is over".
var dangerOver = lazyRegexp(`(?i)\b(?:there\s+is|there['’]s|it\s+is|it['’]s|this\s+is)\s+no\s+longer\s+an?\s+(?:emergency|exigen\w*)\b|\bthere\s+is\s+no\s+(?:longer\s+(?:any\s+)?|ongoing\s+|further\s+|continuing\s+)(?:threat|danger)\s+to\s+(?:anyone|anybody|(?:her|him|them|the\s+\w+)\s+or\s+anyone(?:\s+else)?)\b|\bthe\s+emergency\s+(?:is|has)\s+(?:now\s+)?(?:over|ended|passed|been resolved|resolved)\b`)

// nobodyInDanger is a writer's plain statement, opening its sentence
// (after at most an adverb of candour), that nobody is in danger: not
// "we cannot confirm that nobody is in danger", not "to make sure no one
// is in danger".
var nobodyInDanger = lazyRegexp(`(?i)(?:^|[.!?]\s+|\n\s*)(?:(?:honestly|frankly|actually|in fact|in truth|truthfully|to be (?:honest|clear|frank))[,:]?\s+)?(?:nobody|no one|no-one)\s+(?:is|was)\s+(?:actually\s+|really\s+|currently\s+)?in\s+(?:any\s+)?(?:physical\s+|immediate\s+|real\s+|actual\s+)?danger\b`)

// dangerGoesOn qualifies a "nobody is in danger" in its own sentence:
// "yet", "but", "at her address", "right now".
var dangerGoesOn = lazyRegexp(`(?i)\b(?:yet|but|however|although|though|still|except|unless|until|if|at the moment|for now|right now|at (?:her|his|their|this|that|the) )`)

// hypothetical opens a condition or reports another's view: "if we
// wait …", "the mother thinks …".
var hypothetical = lazyRegexp(`(?i)\b(?:if|when|once|until|unless|by the time|before|whether|thinks?|believes?|says?|said|claims?|feels?|assumes?|hopes?)\b`)

// newDanger tells of a danger after the old one is over: "a second child
// is now missing", "another girl was taken".
var newDanger = lazyRegexp(`(?i)\b(?:now|still) missing\b|\b(?:was|were|has been|have been) (?:taken|abducted|kidnapped)\b|\b(?:another|a second|a new) (?:child|victim|girl|boy|person|emergency)\b`)

// ownWords is the writer's own text, before any earlier message quoted
// below it, folded to one line.
func ownWords(text string) string {
	return strings.Join(strings.Fields(text[:quotedStart(text)]), " ")
}

// emergencyAfter is the writer's word that the request is an emergency
// after all: "… This is an emergency."
var emergencyAfter = lazyRegexp(`(?i)\b(?:this|it) is an? (?:real |genuine |true |new |separate )?emergency\b`)

// quotedStart is where a quoted earlier message begins in text: its first
// "> " line, a separator line ("-----Original Message-----") or an
// attribution ("On … wrote:"); len(text) if none.
func quotedStart(text string) int {
	pos := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, ">") || separatorLine.MatchString(t) || strings.HasSuffix(t, "wrote:") {
			return pos
		}
		pos += len(l)
	}
	return len(text)
}

// noDanger says, as a sentence of its own, that no one is in danger:
// "Nobody is in immediate danger." Not "we cannot confirm that nobody is
// at risk".
var noDanger = lazyRegexp(`(?i)(?:^|[.!?:;]\s+|\n)(?:but\s+|and\s+)?(?:nobody|no one|no-one)\s+is\s+(?:in|at)\s+(?:any\s+|immediate\s+|imminent\s+|physical\s+)?(?:danger|risk)\b` +
	// "I am marking this urgent only because the records may be deleted".
	`|\burgent\s+(?:only|solely|simply|just|merely)\s+(?:because|since|as)\b`)

// dangerDenied is a danger phrase negated by the words just before it:
// "Nobody is at | risk of harm here".
// Also "nobody's life is in danger here".
var dangerDenied = lazyRegexp(`(?i)\b(?:nobody|no one|no-one)(?:\s+is\s+(?:in|at)\s+(?:any\s+)?|['’]s\s+)$`)

// emergencyStatute cites the emergency disclosure provisions.
var emergencyStatute = lazyRegexp(`2702\s*\(\s*[bc]\s*\)\s*\(\s*[48]\s*\)`)

// futureScope is the part of the clause after a process whose future
// tense would make it one to come. A preservation is asked now: a comma
// ends its part, and what follows is the process it keeps the data for
// ("… under article 29 of the Budapest Convention, pending the letter
// rogatory that will be sent").
func futureScope(clauseAfter, kind, matched string) string {
	// "Preserve the records, since they will be sought later": the
	// imperative asks now, whatever follows its comma.
	imperative := strings.EqualFold(strings.TrimSpace(matched), "preserve")
	if before, after, ok := strings.Cut(clauseAfter, ","); ok && kind == "preservation" && (imperative || otherProcess.MatchString(after)) {
		return before
	}
	return clauseAfter
}

// otherProcess names the process a preservation keeps the data for.
var otherProcess = lazyRegexp(`(?i)rogator|treaty|tratado|trattato|\bMLA|mutual|legal assistance|rechtshulp|rechtshilfe|entraide|asistencia|assistenza|aux[íi]lio|request|order|warrant|subpoena|process|demande|solicitud|richiesta|pedido|ersuchen|verzoek`)

// cloudOrderLead ends in the word before a production order under a CLOUD
// Act agreement or the EU's e-Evidence Regulation.
var cloudOrderLead = lazyRegexp(`(?i)\b(?:overseas|international|European)\s+$`)

// ndoStatuteTail names 2705(b) after an order: the order is one of
// non-disclosure.
var ndoStatuteTail = lazyRegexp(`(?i)^\s+(?:under|pursuant to|in accordance with|per)\s+(?:(?:title\s+)?18\s+U\.?\s?S\.?\s?C\.?\s*)?(?:§+\s*|sec(?:tion|\.)\s*)?2705\s*\(b\)`)

// alsoDisclosure names a disclosure statute beside 2705(b) in the same
// breath: "the order under 18 U.S.C. 2705(b) and 2703(d)" is both.
var alsoDisclosure = lazyRegexp(`(?i)^(?:[^.;]|\.\w|\.\s\d){0,80}?\b(?:and|&|/)\s*(?:(?:18\s+U\.?\s?S\.?\s?C\.?\s*)?(?:§+\s*)?)?(?:2703\s*\((?:b|c|d)\)|3512|2518)`)

// lawNeeds tells what the law asks for data: "message content would
// require a search warrant", "stored content needs a warrant".
// "Any record that may be obtained only by a court order … or by a
// search warrant", "contents, which we disclose only in response to a
// search warrant".
var lawNeeds = lazyRegexp(`(?i)\b(?:content|contents|communications|messages|e-?mails|data|information|records?)\b[^.;:!?\n]{0,30}?\b(?:needs?|requires?|would (?:need|require)|will (?:need|require)|calls? for|(?:can|may|could) (?:only )?be (?:disclosed|obtained|released|produced) (?:only )?(?:with|by|under|through|pursuant to)|(?:disclose|produce|release|provide)s?\s+only\s+(?:in response to|with|under|pursuant to|upon))\s+(?:(?:[^.;:!?\n]|\.(?:\w|\s\d)){0,80}?\bor\s+(?:by\s+|with\s+|through\s+)?)?(?:(?:an?|the)\s+)?(?:(?:search|valid|federal|state|separate|court)\s+)?$`)

// An Italian "decreto" is made by a judge, the GIP (giudice per le
// indagini preliminari), as a court's order, or by the prosecutor (the
// Pubblico Ministero of a Procura della Repubblica), as the prosecutor's
// demand to produce (c.p.p. art. 256; general knowledge of Italian
// procedure): labels read the latter as a subpoena.
var (
	italianDecree   = lazyRegexp(`(?i)^decret`)
	judgeNamed      = lazyRegexp(`(?i)\bG\.\s?I\.\s?P\.|\bGIP\b|giudice per le indagini preliminari|\bgiudice\b|\bemess[oa]\s+(?:in data [^,.;]{1,20}\s+)?dal\s+(?:Tribunale|Giudice)\b|\bdecreto del Tribunale\b|(?:ha emesso il decreto|emittente)\s*:\s*Tribunale\b`)
	prosecutorNamed = lazyRegexp(`(?i)\bPubblico Ministero\b|\bProcura della Repubblica\b|\bSostituto Procuratore\b`)
)

// ndoAsked follows the non-disclosure statute with a request, not an
// order's command: "2705(b), you are requested not to disclose …", "we
// ask that you not notify …". orderNamed names an order before it.
var (
	// heldOrder is an order the letter has, anywhere in it: a request
	// not to disclose beside it may rest on it.
	heldOrder  = lazyRegexp(`(?i)\b(?:attached|enclosed|signed|granted|sealed|sealing)\b[^.]{0,40}\border\b|\border\b[^.]{0,40}\b(?:is attached|attached|enclosed|signed|granted|issued|entered)\b|\bjudge\b|\bmagistrate\b|\bgranted\b`)
	ndoAsked   = lazyRegexp(`(?i)^[^.;]{0,20}?\b(?:you are|provider is|the provider is|we|I)\s+(?:(?:kindly|respectfully|hereby|therefore)\s+)?(?:requested|asked|request|ask)\b`)
	orderNamed = lazyRegexp(`(?i)\border\b`)
)

// timeClause ends a clause of time or condition right before the process
// it waits on; signedByJudge is the court_order rule's "the order … was
// signed … by Judge …".
var (
	timeClause    = lazyRegexp(`(?i)\b(?:when|once|after|as soon as|if|whether|until|before)\s+$`)
	signedByJudge = lazyRegexp(`(?is)^(?:the|this|our|my)\s+order\b.*\bby\s+(?:the\s+)?(?:Hon(?:orable|\.)?\s+)?(?:Judge|Magistrate|Justice)$`)
)

// judgeNear reports a judge named with the decree at loc, in the 150
// bytes around it, as its maker ("decreto … emesso dal Tribunale … Ufficio
// del Giudice per le indagini preliminari"), not a judge the letter names
// elsewhere or one to validate it later.
func judgeNear(text string, loc []int) bool {
	w := text[max(0, loc[0]-150):min(len(text), loc[1]+150)]
	return judgeNamed.MatchString(w) && !judgeLater.MatchString(w)
}

var judgeLater = lazyRegexp(`(?i)\b(?:convalida|sottoporre|non è coinvolto)\b`)

// oficioWord opens the match of a prosecutor's oficio; prosecutorOffice
// names a prosecution service in Spanish (Ministerio Público, Fiscalía).
var (
	oficioWord       = lazyRegexp(`(?i)^oficio\b`)
	prosecutorOffice = lazyRegexp(`(?i)\bMinisterio P[úu]blico\b|\bFiscal[íi]a\b|\bAgente del Ministerio\b`)
)

// howSlow weighs a route's slowness before naming it: the route not
// taken ("given how slow the mutual assistance channel is").
var howSlow = lazyRegexp(`(?i)\bhow (?:slow|long|lengthy|cumbersome|time-consuming)\s+(?:the\s+|an?\s+)?(?:formal\s+)?$`)

// cjkNeeded says in Korean or Japanese that the process named is needed
// (a predicate: "…이 필요합니다", "…が必要です"), not that it is served;
// the attributive "필요한 자료" (the data needed) is no such word.
var cjkNeeded = lazyRegexp(`^[^.。\n]{0,24}?(?:필요하다|필요합니다|필요하며|필요함|必要です|必要である|必要とな|必要とされ)`)

// providerWants grants what the provider asks for before arguing past it:
// "I know you want the contents to come with a warrant, but the subpoena
// should suffice", "I understand your company requires a search warrant".
// The process named is the provider's demand, not the writer's.
var providerWants = lazyRegexp(`(?i)\b(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+(?:know|understand|realize|realise|appreciate|aware|recogni[sz]e)\s+(?:that\s*)?(?:,\s*[^,.;]{1,40},\s*)?(?:you|your\s+(?:company|policy|policies|team|guidelines|office)|(?:some|many|most|certain|other|a lot of)\s+(?:providers|companies|platforms|services|carriers))\s+(?:[\w'-]+\s+){0,2}?(?:wants?|requires?|needs?|expects?|prefers?|asks? for|insists? on)\b(?:[^.;:!?]|\.\w){0,80}$`)

// someProviders is providers in general, not us: what they want is told
// as a rule of theirs, no process at hand ("I know some providers want a
// warrant for (3). Let's see what they say.").
// stillSeeking follows the process a provider wants with the writer
// seeking it still: "… and we are seeking one".
var stillSeeking = lazyRegexp(`(?i)^(?:[^.;!?]|\.\w){0,80}?\b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+will be)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?:seeking|applying for|requesting|working on|pursuing)\s+(?:one|it|that|them)\b`)

// soughtBeside is process sought beside another, named after it: "we are
// seeking a nondisclosure order along with the warrant".
var soughtBeside = lazyRegexp(`(?i)\b(?:(?:are|am|is|'re|'m)\s+(?:also\s+|now\s+|still\s+)?(?:seeking|applying for|requesting|pursuing)|will\s+(?:also\s+)?(?:seek|apply for|request|obtain))\b[^.;]{0,60}\b(?:along|together) with\s+(?:(?:the|a|an|our)\s+)?$`)

var someProviders = lazyRegexp(`(?i)\b(?:some|many|most|certain|other|a lot of)\s+(?:providers|companies|platforms|services|carriers)\b`)

// arguedPast and demandMet read the words after the provider's demand:
// the writer argues past it ("but the subpoena should suffice", "…
// instead"), or meets it ("Please find it attached", "Judge Roe signed
// it and it is attached").
var (
	arguedPast = lazyRegexp(`(?i)\b(?:but|however|instead|rather|suffice|sufficient|should be enough)\b`)
	demandMet  = lazyRegexp(`(?i)\b(?:it|one|ours|mine|the (?:search )?warrant|the order|that)\s+(?:is|was|has been)\s+(?:attached|enclosed|signed)\b|\bfind (?:it|one|the \w+) (?:attached|enclosed)\b|(?:^|[.;:!?]\s*)(?:attached|enclosed)\s*[.!]|\bsigned it\b|\b(?:we|I) (?:have|obtained|got)\s+(?:it|one|the (?:search )?warrant)\b`)
)

// obtainedOne goes on to say the writer has that process: "…, which we
// obtained".
var obtainedOne = lazyRegexp(`(?i)\b(?:which|and|so|but)\s+(?:we|i)\s+(?:have\s+)?(?:now\s+)?(?:obtained|secured|got(?:ten)?|attach(?:ed)?|enclose[d]?)\b`)

// sentWith says the process named is sent with the letter: "and it
// accompanies this e-mail", "which is attached".
var sentWith = lazyRegexp(`(?i)\b(?:accompanies|is attached|are attached|attached hereto|is enclosed|enclosed herewith)\b`)

// beforeGetting puts the process after the writer's ask: "before I go
// through the whole process of writing up a court order", "before I take
// a search warrant to a judge". The process's own article may be part of
// its mention ("… before I write | a warrant").
var beforeGetting = lazyRegexp(`(?i)\bbefore (?:we|i|you) (?:[\w']+ ){0,7}?(?:getting|obtaining|seeking|writing up|writing|drafting|preparing|applying for|sending|submitting|filing|making|serving|going through|taking|bringing|presenting|get|obtain|seek|write up|write|draft|prepare|apply for|send|submit|file|make|transmit|serve|go through|take|bring|present|(?:go|going|turn|turning) to (?:[\w.'’-]+ ){1,4}?for|ask(?:ing)? (?:[\w.'’-]+ ){1,4}?for) (?:(?:an?|the|any) (?:[\w-]+ ){0,2}?)?$`)

// barredBy introduces an order that restrains a person: a protective or
// custody order in the story, not process served on us.
var barredBy = lazyRegexp(`(?i)\b(?:barred|prohibited|restrained|forbidden|enjoined|banned)\s+(?:\w+\s+){0,2}?by\s+(?:an?\s+|the\s+)?$`)

// undue says the process would be too much for the case.
var undue = lazyRegexp(`(?i)^\s*(?:would|will|is|seems|seemed|feels|felt|looks|sounds)\s+(?:(?:be|like)\s+)?(?:overkill|excessive|too much|disproportionate|unnecessary|not (?:needed|necessary|warranted))\b` +
	// "Getting a court order for that amount isn't realistic".
	`|^\s*(?:(?:for|on|in) [^,.;]{0,30}?\s+)?(?:is(?:n't| not)|would(?:n't| not) be|was(?:n't| not)|is not going to be|isn't going to be) (?:realistic|feasible|practical|possible|an option|worth (?:it|the (?:\w+ )?(?:time|effort|cost|trouble|turnaround|wait|hassle|expense)))\b`)

// tooSlow says process in general would take too long to get: "a
// subpoena on something like this takes weeks", "a warrant for a case
// like this would take months", "una comisión rogatoria llevaría varios
// meses". Only of a process named generically (after "a", "an",
// "getting a"), never of the one served ("the original subpoena takes
// weeks by mail, so a copy is attached").
var tooSlow = lazyRegexp(`(?i)^\s*(?:(?:request|application|route|process|procedure)(?:,?\s+(?:which|that))?\s+)?(?:(?:on|for|in) (?:something|a case|cases|a matter|matters|this|these|that|an? \w+)(?: like (?:this|that|these|it))?\s*)?(?:(?:issued|signed|approved|processed)\s+)?(?:takes?|would take|will take|could take|can take|may take|might take)\s+(?:(?:us|me|them|you|the (?:DA|prosecutor|court|office))\s+)?(?:(?:far|way|much|many|several|a few|(?:\w+|\d+) (?:to|or) (?:\w+|\d+)|two|three|four|five|six|\d+|(?:more than|over|at least|up to|about) (?:a|an|one|two|three|four|five|six|several|\d+))\s+)?(?:weeks?|months?|years?|too long|forever|a long time|ages)\b` +
	// German: "würde … mehrere Monate in Anspruch nehmen".
	`|^(?:[^.;]|\.\w){0,60}?\bw[üu]rde\b[^.;]{0,40}?\b(?:mehrere |viele |einige )?(?:Monate|Wochen|Jahre)\b[^.;]{0,20}?\b(?:dauern|in Anspruch nehmen)\b` +
	`|^\s*(?:(?:puede|pueden|podr[íi]a|pode|podem|poderia|peut|peuvent|pourrait|pu[òo]|possono|potrebbe)\s+(?:tardar|llevar|demorar|levar|prendre|durer|richiedere|durare)|llevar[íi]a|tardar[íi]a|demorar[íi]a|levaria|demoraria|prendrait|prendra|durerait|lleva|tarda|demora|leva|prend|dure)\s+(?:varios |muchos |v[áa]rios |muitos |des |plusieurs )?(?:meses|semanas|mois|semaines)\b`)

// issuedRecords are the records asked for that a provider issued ("API
// logs and issued certificates"), not a process issued.
var issuedRecords = lazyRegexp(`(?i)\bissued\s+(?:TLS\s+|SSL\s+)?certificates?\b|\bcertificates?\s+(?:that\s+)?(?:were\s+|was\s+)?issued\b`)

// theRoute and routeNoun: "the MLAT procedure takes more than one year"
// speaks of the route in general, as "a subpoena takes weeks" does.
var (
	theRoute  = lazyRegexp(`(?i)(?:^|\s)the\s+$`)
	routeNoun = lazyRegexp(`(?i)^\s*(?:procedure|process|route|channel)\b`)
)

// slowParticiple opens tooSlow's words with what the process waits for
// ("a subpoena issued will take weeks"): not the writer's assertion that
// it was issued.
var slowParticiple = lazyRegexp(`(?i)^\s*(?:issued|signed|approved|processed)\b`)

// genericProcess ends the words before a process named in general (an
// article is enough: "a subpoena on something like this would take
// weeks"), "getting a".
var genericProcess = lazyRegexp(`(?i)(?:^|\s)(?:an?|una?|um|uma|ein|eine|einen|getting an?|obtaining an?|tramitar una?|(?:going|to go|go) through(?: the| an?)?|(?:o processo|el proceso|la procédure|le processus|the process|the procedure) (?:de|d'|of|for)(?: an?| the)?|la|el|le|a|o)\s+(?:[\p{L}\w-]+\s+){0,3}$|(?:^|\s)[Ll]['’]$`)

// seeking ends the words of getting a process: "getting a".
var seeking = lazyRegexp(`(?i)\b(?:getting|obtaining|to get|to obtain|get|obtain|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$`)

// inTransit is a process on its way by post: "takes weeks to reach
// providers by mail", so a copy is sent.
var inTransit = lazyRegexp(`(?i)\b(?:to (?:reach|arrive|get to|be (?:delivered|served|mailed))|by (?:mail|post|courier|certified mail))\b`)

// conditionalOver reports a condition governing what follows it in the
// clause, unless the process is asserted after it ("If you have no
// records, the attached subpoena asks you to certify so").
//
// Preservation is asked while the process it keeps data for is awaited:
// a condition closed by a comma before it ("Pending the treaty request,
// please preserve …") governs the process awaited, not the request.
func conditionalOver(before, kind string) bool {
	// "Until then", "in the meantime": while the other process is
	// awaited, this one is asked now.
	before = untilThen.ReplaceAllString(before, " ")
	locs := conditional.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return false
	}
	rest := before[locs[len(locs)-1][1]:]
	if kind == "preservation" && strings.Contains(rest, ",") {
		return false
	}
	return !assertive.MatchString(rest)
}

// recentOrAtLarge tells that violence done to people is recent or that
// its author is still at large or armed: "an hour ago", "and fled".
const recentOrAtLarge = `\b(?:today|tonight|this (?:morning|afternoon|evening)|(?:an?|one|two|three|few|\d+) (?:hours?|minutes?) ago|still armed|at large|fled)\b`

// untilThen is "until then" or "until that time", which asks now.
var untilThen = lazyRegexp(`(?i)\buntil (?:then|that time|that happens|we (?:have|get) it)\b`)

// promised marks process that is announced, not sent: "a court order will
// follow", "legal process is forthcoming", "a court order or subpoena
// will be served once obtained"; "a court order addressing notification
// will accompany the warrant".
var promised = lazyRegexp(`(?i)^\s*(?:(?:addressing|regarding|concerning|covering|about|on)\s+(?:[\w-]+\s+){1,3}?)(?:will|shall|is to) (?:follow|accompany|come)\b|^\s*(?:\(\w+\)\s*)?(?:(?:treaty|request|process|application)\s+)?(?:(?:or|and/or) (?:an? |the |any )?(?:[\w()-]+ ){0,2}?(?:order|subpoena|warrant|process|summons|authori[sz]ation|request)\s+)?(?:will follow|to follow|is forthcoming|(?:will|would|can|could|may|might|must|shall) (?:\w+ly )?(?:be |then be )?(?:sent|served|obtained|issued|sought|applied for|prepared|drafted|finali[sz]ed|completed|signed|filed|needed|required|necessary)|is being (?:sought|obtained|prepared|drafted|finali[sz]ed|completed|processed|reviewed)|(?:is|are) (?:still )?(?:being )?(?:obtained|sought|drafted|finali[sz]ed|prepared)\b|(?:is|are) (?:prepared|drafted|in preparation|in progress|being applied for)|is (?:not |no longer )?(?:required|needed|necessary)|(?:will|would) not be (?:ready|signed|issued)|(?:is|are)(?: not|n't) (?:yet )?(?:ready|signed|issued)|(?:if|when|once|should) (?:needed|necessary|required|appropriate|possible|you (?:need|require))|isn't (?:required|needed|necessary)|is pending)` +
	// A Japanese or Korean warrant still being applied for or not yet
	// issued ("捜索差押許可状は請求中", "영장은 아직 발부되지 않았").
	`|^\s*[はがを은는을이]?[^。.\n]{0,20}?(?:請求中|申請中|発付予定|未発付|発付後|발부되지 않|발부 예정|신청 중|청구 중)`)

// promisedDelivery announces process to be provided later ("a court order
// or other process will be provided", "a subpoena may be provided upon
// request", "the subpoena will be provided later"): a process named
// indefinitely, or one to come later; not the one served ("the records
// in the attached subpoena must be provided by November 30").
var (
	promisedDelivery = lazyRegexp(`(?i)^\s*(?:(?:or|and/or) (?:an? |the |any )?(?:[\w()-]+ ){0,2}?(?:order|subpoena|warrant|process|summons)\s+)?(?:will|would|shall|can|could|may|might|must) (?:be |then be )?(?:provided|forwarded|submitted|supplied|delivered)\b`)
	indefinite       = lazyRegexp(`(?i)\b(?:an?|any|other|some)\s+(?:[\w-]+\s+){0,3}$`)
	later            = lazyRegexp(`(?i)^[^.;]{0,60}?\b(?:later|upon request|on request|once|when|after|in due course|shortly|soon)\b`)
)

// othersFind is a finding by someone in the story, not by the data.
var othersFind = lazyRegexp(`(?i)\b(?:nobody|no one|no-one)\s+(?:will|would|could|can|may|should|might)\s+(?:ever\s+|never\s+)?(?:find|locate|reach|identify|trace)\w*`)

// failedFind is the writer's own failure so far ("we have not been able
// to identify him from the post", "officers were unable to locate
// her"): what has not worked, not what the data will do.
var failedFind = lazyRegexp(`(?i)\b(?:(?:have|has|had|were|was)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:able|possible)|(?:have|has|had)\s+(?:so far\s+)?been\s+unable|(?:are|were|was|is)\s+unable|could\s+not|couldn't|cannot|can't|failed)\s+to\s+(?:identify|locate|find|trace|track|reach)\b[^.;]{0,60}`)

// lowerDomain is a domain name written in lower case, as letters name
// the sites they ask about: a sentence run into the next without a space
// ("a loaded rifle.He wrote …") is none.
var lowerDomain = lazyRegexp(`\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b`)

// warrantNumber follows a warrant's name with its number; fugitiveContext
// tells the warrant is a wanted person's ("a fugitive investigation (USMS
// warrant no. …)").
var (
	warrantNumber   = lazyRegexp(`(?i)\bwarrant\s*(?:no\.|number|nr\.?|#)`)
	fugitiveContext = lazyRegexp(`(?i)\b(?:fugitive|wanted|absconde[dr]|escaped|apprehen\w*|arrest\w*|parole|probation violat\w*)\b`)
)

// personWarrantBefore and personWarrantAfter mark a warrant for a
// person's arrest ("the fugitive's warrant").
var (
	personWarrantBefore = lazyRegexp(`(?i)(?:\bwanted|\barrested|\bjailed|\bbooked|\bpicked up) (?:on|under|for) (?:an? |the )?(?:\w+ ){0,2}$|\b(?:arrest|bench|fugitive|felony|misdemeanor|extradition)\s+$|\b(?:fugitive|suspect|defendant|offender|parolee|absconder)s?['’]s?\s+$`)
	// personWarrantActive: "he has an active warrant", "outstanding
	// warrants": a person wanted, unless the warrant is signed, issued,
	// attached or for the records.
	personWarrantActive = lazyRegexp(`(?i)\b(?:active|outstanding|open)\s+$`)
	attachedBefore      = lazyRegexp(`(?i)\b(?:attached|enclosed)\b[^.;]{0,40}$`)
	warrantServed       = lazyRegexp(`(?i)^\s*(?:\w+\s+){0,2}?(?:signed|issued|attached|enclosed|authori[sz]\w*|served)\b|^\s*for (?:the )?(?:records|account|data|information|contents?)\b`)
	personWarrantAfter  = lazyRegexp(`(?i)^\s*(?:(?:(?:was|were|has been|had been|is) (?:issued|obtained|signed|granted|entered|sworn out)\s+(?:\w+\s+){0,2}?)?(?:for\s+)?(?:his|her|their|the) (?:arrest|apprehension)|of arrest|for arrest|arrest)\b` +
		// "a warrant for aggravated battery": a crime is what a person is
		// wanted for, records are what a search is for.
		// "… issued in Cook County for armed robbery", "for the account
		// holder's arrest".
		`|^\s*(?:for\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+(?:arrest|apprehension)\b` +
		`|^\s*(?:(?:was |were )?(?:issued|signed|obtained)\s+)?(?:(?:in|by|out of)\s+[^.;,]{0,40}?\s+)?(?:for\s+)?(?:(?:aggravated|felony|first[- ]degree|second[- ]degree|armed|attempted|domestic|sexual|simple)\s+)*(?:battery|assault|murder|homicide|manslaughter|robbery|burglary|theft|larceny|kidnapping|abduction|rape|arson|stalking|carjacking|trafficking|probation violation|parole violation|failure to appear|violation of (?:probation|parole))\b(?:\s*[,;.)]|\s+(?:and|or|in|out of|from|against|charges?|out|on|by|of|was|were|is|has)\b|\s*$)` +
		// A Belgian or Dutch arrest on a judge's order.
		`|^(?:\s+\S+){0,3}?\s+(?:aangehouden|gearresteerd)\b`)
)

// isNDOOrder reports a court order's mention that shares its words with a
// non-disclosure order's (the same "order", read once as an order and once
// as the order's ban on telling the subscriber); a 2703(d) order is
// always an order of its own.
func isNDOOrder(text string, loc []int) bool {
	if strings.Contains(text[loc[0]:loc[1]], "2703") || compels.MatchString(sentenceAround(text, loc)) {
		return false
	}
	from := max(0, loc[0]-20)
	window := text[from:min(len(text), loc[1]+160)]
	for _, m := range ndoRule.FindAllStringIndex(window, -1) {
		if from+m[0] < loc[1] && from+m[1] > loc[0] {
			return true
		}
	}
	return false
}

// bareOrder is an order named only by an article: "the signed order",
// "this order".
var bareOrder = lazyRegexp(`(?i)^(?:the|this|that)\s+(?:(?:signed|attached|enclosed|sealed|same)\s+)?order$`)

// namesEarlierNDO reports a bare "the signed order" whose nearest order
// named before it, in the 400 characters before, is a non-disclosure
// order: the same order named again.
func namesEarlierNDO(text string, loc []int) bool {
	if !bareOrder.MatchString(text[loc[0]:loc[1]]) || compels.MatchString(sentenceAround(text, loc)) {
		return false
	}
	from := max(0, loc[0]-400)
	window := text[from:loc[0]]
	ndo := ndoRule.FindAllStringIndex(window, -1)
	if len(ndo) == 0 || compels.MatchString(sentenceAround(window, ndo[len(ndo)-1])) {
		return false
	}
	last := ndo[len(ndo)-1][1]
	for _, m := range courtOrderRule.FindAllStringIndex(window, -1) {
		if m[0] >= last && !bareOrder.MatchString(window[m[0]:m[1]]) {
			return false
		}
	}
	return true
}

// courtActs is a court order read from the court's act ("Court … has
// signed the order"); awaitedAct puts that act in the future or a
// condition ("Once the Court has signed …", "when the court has issued").
var (
	courtActs  = lazyRegexp(`(?i)^court\b[^.]*\b(?:has|have)\s+(?:now\s+)?(?:signed|issued|entered|granted|ordered)\b`)
	awaitedAct = lazyRegexp(`(?i)\b(?:once|when|whenever|as soon as|if|until|unless|whether)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,8}$`)
	// afterAct: "After the Court has signed the order, we will serve it":
	// a court's act still to come where the sentence goes on in the future.
	afterAct   = lazyRegexp(`(?i)\b(?:after|before)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,8}$`)
	futureMain = lazyRegexp(`(?i)\b(?:will|shall|going to|'ll)\b`)
)

// compels is an order's command to produce: the same order may also ban
// notice ("an order delaying notification and requiring production of the
// records", "directs production and prohibits you from notifying").
var compels = lazyRegexp(`(?i)\b(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed|required|commanded)\s+to\s+(?:produce|disclose|provide|furnish)\b|\b(?:must|shall)\s+(?:immediately\s+)?(?:produce|disclose|provide|furnish)\b|\b(?:requir|direct|order|compel|command)\w*\s+(?:the\s+)?(?:production|disclosure)\s+of\b|\bfor\s+(?:the\s+)?(?:production|disclosure)\s+of\b|\b(?:requir|direct|order|compel|command)\w*\s+(?:the\s+)?(?:provider|you|[\w.]+ inc\.?)\s+to\s+(?:disclose|provide|produce|furnish|turn over)\b`)

// sentenceAround returns the sentence of text around loc.
func sentenceAround(text string, loc []int) string {
	start := strings.LastIndexAny(text[:loc[0]], ".!?\n")
	end := len(text)
	if m := clauseEnd.FindStringIndex(text[loc[1]:]); m != nil {
		end = loc[1] + m[0]
	}
	return text[max(0, start+1):end]
}

// ndoRule and courtOrderRule are those kinds' rules among processRules.
var (
	ndoRule        = ruleOf("nondisclosure_order")
	courtOrderRule = ruleOf("court_order")
)

func ruleOf(kind string) *lazyRE {
	for _, pr := range processRules {
		if pr.kind == kind {
			return pr.re
		}
	}
	panic("triage: no process rule " + kind)
}

// requisitionWord and ordonnanceWord are a French prosecutor's or
// officer's demand and a French judge's order.
var (
	requisitionWord = lazyRegexp(`(?i)^r[ée]quisition`)
	ordonnanceWord  = lazyRegexp(`(?i)^ordonnance\b`)
	// protectionOrder is a victim's "ordonnance de protection", no order
	// for data.
	protectionOrder = lazyRegexp(`(?i)\bordonnance\s+de\s+protection\b`)
	anyOrdonnance   = lazyRegexp(`(?i)\bordonnance\b`)
)

// processEvidence reports whether the text read for a process kind
// matches re.
func processEvidence(r *Result, kind string, re *lazyRE) bool {
	for _, e := range r.Evidence {
		if e.Field == "process" && e.Rule == kind && re.MatchString(e.Text) {
			return true
		}
	}
	return false
}

// attachedWord says a process's mention is at hand: "the attached warrant".
var attachedWord = lazyRegexp(`(?i)\b(?:attached|enclosed|accompanying|herewith)\b`)

// quotedLine is a line of a quoted earlier message.
var quotedLine = lazyRegexp(`(?m)^[ \t]*>.*$`)

// leadingArticle is the article a process's mention may begin with ("a
// warrant"): read with the words before it, as "we'll need a".
var leadingArticle = lazyRegexp(`(?i)^an?\s`)

// assistanceUnit ends the words before a treaty word that names a unit
// of a ministry or an agency: "Groupe d'", "Servicio de".
var assistanceUnit = lazyRegexp(`(?i)\b(?:groupe|bureau|service|section|unité|division|servicio|sección|unidad|gabinete|ufficio)\s+(?:d['’]|de\s+(?:l['’])?|du\s+|della\s+|di\s+)?$`)

// treatyAgain ends the words before a treaty request named again: its
// definite article, in the languages of the letters we read.
var treatyAgain = lazyRegexp(`(?i)(?:^|\s)(?:the|this|that|das|dem|den|des|der|dieses|la|le|el|o|a|il|lo|het|de|ce|cette)\s+$|(?:^|\s)l['’]$`)

// orderWords is a court order read from its own words or the writer's:
// "ORDERED that …", "DONE AND ORDERED", "the order we had signed".
var orderWords = lazyRegexp(`(?i)\bordered\b|\border (?:that )?(?:I|we) `)

// orderNotYet is a draft or an order still to be signed, before its
// words; orderSpent an order that has run out or been set aside.
var (
	orderNotYet = lazyRegexp(`(?i)\b(?:proposed|draft|unsigned|will read|would read|to be signed|not yet signed|once (?:the )?(?:judge|court|magistrate) signs|when (?:the )?(?:judge|court|magistrate) signs|for (?:the )?(?:judge|court|magistrate)['’]?s? signature)\b`)
	// orderSignedNow: the proposed text signed since ("the judge signed
	// our proposed order", "SO ORDERED … /s/").
	orderSignedNow = lazyRegexp(`(?i)\b(?:judge|court|magistrate)\b[^.]{0,40}\bsigned\b|\bso ordered\b|/s/`)
	orderSpent     = lazyRegexp(`(?i)\b(?:has|had|have) (?:since )?(?:expired|lapsed|run out|been (?:vacated|quashed|withdrawn|set aside))\b|\bno longer (?:valid|in (?:force|effect))\b|\bno new (?:one|order)\b`)
)

// definiteArticle opens a mention read with its article ("the warrant").
var definiteArticle = lazyRegexp(`(?i)^the\s+`)

// bareBefore is "before" with no article right before a process ("a
// question before subpoena"): a process ahead, unless the words after name
// its date ("before subpoena return date").
var (
	bareBefore = lazyRegexp(`(?i)(?:^|[^\w'])before\s+$`)
	returnDate = lazyRegexp(`(?i)^(?:'s)?\s+(?:return|due|deadline|date|compliance|production)\b`)
)

// withoutDeferral keeps of a sentence that defers the emergency's facts
// to a form the parts that tell facts of their own.
func withoutDeferral(sentence string) string {
	var keep []string
	for _, part := range deferralPart.Split(sentence, -1) {
		if !deferredFacts.MatchString(part) {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "; ")
}

// statuteLead is a US Code citation that ends right before a section's
// number: "18 U.S.C. ", "18 U.S.C. § ", "Title 18 U.S.C.A. sec. ".
var statuteLead = lazyRegexp(`(?i)\b(?:title\s+)?\d{1,2}\s+U\.\s?S\.\s?C\.\s*(?:A\.\s*)?(?:§+\s*|sec(?:tion|\.)\s*)?$`)

// statuteTail is the statute a process is named under, right after its
// name: " under 18 U.S.C. § 2705(b)", " pursuant to section 2703(d)".
var statuteTail = lazyRegexp(`(?i)^\s+(?:under|pursuant to|in accordance with|per|as provided (?:by|in))\s+(?:(?:(?:title\s+)?\d{1,2}\s+U\.?\s?S\.?\s?C\.?\s*)?(?:§+\s*|sec(?:tion|\.)\s*)?(?:\d{4}\s*\([a-z]\)(?:\(\d\))?|\d{3,4}\b(?:\s*\([a-z0-9]\))*)|title \d{1,2},? United States Code,? section \d{3,4}\b(?:\s*\([a-z0-9]\))*)`)

// innerDenial denies a court's act inside the words that name it; Czech
// and Slovak deny with "ne" on the verb ("soud dosud nevydal příkaz"),
// Polish and Croatian with a word before it.
var innerDenial = lazyRegexp(`(?i)\b(?:not|never|no longer|yet to|refused|declined|denied|rejected|nunca|jam[áa]is|once it|if it|when it|will|would|expect\w*|hope\w*)\b|n't\b|\bno\s+(?:ha\s+)?autoriz|(?:^|\s)n[ãa]o(?:\s|$)|\bne\s+\S+\s+pas\b|\b(?:rechaz|deneg|desestim|indefiri|negou|rejeit)\w*|\bne(?:vydal|vydan|byl|bylo|byla)\p{L}*|\bnie (?:wyda|został)\p{L}*|\bnije (?:izda|donio|donesen)\p{L}*`)

// verbSubpoena marks "subpoena" used as a verb: "will let us subpoena the …"
// (only the word itself: "pursuant to 21 U.S.C. 876" names one).
var verbSubpoena = lazyRegexp(`(?i)\b(us|to|will|can|could|would|may|must)\s+$`)

var negation = lazyRegexp(`(?i)((?:^|[^\p{L}\p{N}_'])(?:no|not|without|aucune?|pas de|ningún|ninguna|nenhum|nenhuma|no hay|ne plus|ne pas|ne jamais|ani|bez|brak|nie (?:mamy|posiadamy|dysponujemy|ma))\b|(?:^|[^\p{L}])nie\s+\p{L}{3,}|(?:^|[^\p{L}])n[ãa]o h[áa]|(?:^|[^\p{L}])n['’]y a (?:plus|pas) de|n't|justify (?:\w+ing )?an?|justify \w+ing|need for an?|(?:desnecess[áa]ri[oa]|innecesari[oa]|unnecessary|superfluous)(?: (?:o|a|el|la|um|uma|un|una|the|an?))?|obtain an?|obtaining an?|seek(?:ing)? an?|apply(?:ing)? for an?|before (we|i) (can )?(get|obtain|seek)|before (?:I|we) (?:go|take|head down|pursue|start down) (?:the|a)|(?:^|[^\w'])before(?: an?| any)|if (you|a|we) (need|require)s?( an?)?|will follow with an?|in lieu of an?|(?:will|would|could|can|may|might|intends? to|plans? to|expects? to|hopes? to|prepared to|going to|able to|'ll)(?: (?:want|bother|need|have) to)? (?:get|obtain|seek|serve|send|issue|apply for|pursue|follow up with|follow with|do|spend|waste|use up|draft|write up|need) an?|in (?:the )?(?:absence|lieu) of an?|without\s+(?:[\w-]+\s+){0,3}?(?:serving|issuing|obtaining|getting|filing|seeking|sending|needing)\s+an?|pending an?|(?:working on|in the process of|busy) (?:getting|obtaining|drafting|preparing|securing|seeking|applying for) an?|(?:anticipate|expect|await)(?:s|ed|ing)? (?:receiving |getting |obtaining |having |serving )?an?|prior to an?|(?:expense|trouble|cost|burden|time|inconvenience|hassle) of (?:getting |obtaining |serving |receiving |responding to |answering |complying with |dealing with )?an?|(?:not|n't) going to (?:want to |bother to |be able to )?[\w-]+ an?|(?:not|n't|never) (?:be )?(?:follow(?:ing)? up|proceed(?:ing)?|mov(?:e|ing) forward|go(?:ing)? forward) with an?|(?:not|n't) (?:want|bother|agree|be willing|be able) to [\w-]+(?: [\w-]+){0,2} (?:with|for|on|through) an?|(?:not|n't) (?:yet )?(?:gotten|got|come|reached|made it) to the (?:point|stage) of (?:getting |obtaining |serving |issuing |needing )?an?|spare (?:[\w']+ ){0,3}?(?:the (?:\w+ )?of )?an?|save (?:you|us|everyone|provider|your [\w']+(?: [\w']+)?|the [\w']+)(?: the (?:\w+ )?of)? an?|in anticipation of an?|(?:behind|backlogged|backed up|swamped|slow|buried)\s+(?:on|with)(?:\s+(?:their|its|our|the|all|new))?|(?:let|allow|help|enable)s?\s+(?:me|us|them|investigators|the (?:detective|investigator|officer|agent)s?)\s+(?:to\s+)?(?:get|obtain|seek|secure|draft|write(?: up)?|apply for|serve)\s+an?|so (?:that )?(?:I|we) (?:can|could|may|might) (?:get|obtain|seek|secure|draft|write(?: up)?|apply for|serve)\s+an?|(?:without|rather than|instead of|avoid(?:ing)?)\s+(?:burden|bother|troubl|inconvenienc|saddl|load)\w*\s+(?:you|your (?:company|team|office|staff|client|firm)|the provider|provider|anyone|everyone)\s+(?:with|through)\s+an?|unless (?:and until )?(?:we|you|a)? ?(?:obtain|get|serve)?s? ?an?|application for an?|a draft|proposed|unsigned|draft|(?:will|'ll|shall|going to) (?:forward|send|e-?mail|fax|provide) (?:you |it |over )?the (?:signed |executed |approved )|(?:^|[.!?;:]\s+|\n\s*)getting an?|(?:'ve|have|has|had|we|I) (?:just |now |already )?drafted an?|(?:affidavit|application|declaration|motion) in support of(?: an?| the)?|(?m:^)[ \t]*(?:affidavit|application|petition) for(?: an?| the)?|\b(?:affiant|applicant|petitioner)\s+(?:respectfully\s+)?(?:requests|prays|moves) that an?)\s+(formal |legal |valid |court |judicial |separate |additional |overseas |international |third[- ]party |non-?party |lengthy |long |slow |time-consuming |cumbersome |(?:federal |state |county )?grand jury |administrative )?$`)

// newMatter is the writer's word that a reply on an old thread opens a new
// matter: "New matter, different case from the one below", "a separate
// investigation, unrelated to the earlier request".
var newMatter = lazyRegexp(`(?i)(?:^|[.!?:,]\s*)new matter\b|\b(?:this|it)(?:\s+(?:request|e-?mail|message|one))?\s+(?:is|concerns|relates to)\s+(?:a\s+|an\s+)?(?:new|separate|different|unrelated)\s+(?:matter|case|investigation|request)\b|\b(?:new|separate|different)\s+(?:matter|case|investigation)\s*[,;:–—-]\s*(?:this is\s+)?(?:not related|unrelated|different from)\b`)

// eEvidenceTitle is the title of Regulation (EU) 2023/1543 in English,
// German, French, Spanish and Italian (EUR-Lex), which names production and
// preservation orders both.
var eEvidenceTitle = lazyRegexp(`(?i)\bon European Production Orders(?: and European Preservation Orders)?\b|über Europäische Herausgabeanordnungen und Europäische Sicherungsanordnungen|relatif aux injonctions européennes de production et aux injonctions européennes de conservation|sobre las órdenes europeas de producción y las órdenes europeas de conservación|relativo agli ordini europei di produzione e agli ordini europei di conservazione`)

// masked returns s with every match of re written over with underscores
// of the same length: the words are gone, every offset into s still holds.
func masked(re *lazyRE, s string) string {
	return re.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat("_", len(m)) })
}

// maskedUnless is masked for the matches that the words just before them
// do not put at hand ("the attached subpoena, court order or search
// warrant" names the process sent, not a category).
func maskedUnless(re, before *lazyRE, s string) string {
	b := []byte(s)
	for _, m := range re.FindAllStringIndex(s, -1) {
		if before.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue
		}
		for i := m[0]; i < m[1]; i++ {
			b[i] = '_'
		}
	}
	return string(b)
}

// atHandBefore ends the words before a process that put it at hand.
var atHandBefore = lazyRegexp(`(?i)\b(?:attached|enclosed|accompanying|signed|served|issued|this|these|our)\s+$`)

// emergencyService is a service, a place or a role named for emergencies
// ("Emergency Medical Services responded to a fatal overdose", "the
// emergency room"): no emergency request.
var emergencyService = lazyRegexp(`(?i)\bemergency\s+(?:medical\s+(?:services?|technicians?|personnel|responders?)|room|department|services|management|dispatch(?:ers?)?|operations\s+cent(?:er|re)|medicine|physicians?|contacts?)\b`)

// processUnit is the name of a unit named for the process it handles, as
// a signature writes it: "Subpoena & Court Order Unit", "Warrants
// Section", "Legal Process Team". It tells what the unit does, not that a
// process is at hand. Capitalised, as names are written.
var processUnit = lazyRegexp(`\b(?:Subpoenas?|Court Orders?|(?:Search )?Warrants?|Legal Process|Records)(?:[ \t]*(?:&|and|/|,)[ \t]*(?:Subpoenas?|Court Orders?|(?:Search )?Warrants?|Legal Process|Records|Compliance))*[ \t]+(?:Unit|Desk|Team|Division|Squad|Section|Office|Group|Detail|Coordinator|Clerk)\b`)

// processCategory is process named as a category, three kinds or more
// joined by "or" ("records obtained by subpoena, court order or search
// warrant are kept under the Public Information Act", "pending a
// subpoena, court order or warrant"), or two and "other legal process":
// no one instrument is at hand.
var processCategory = lazyRegexp(`(?i)\b(?:subpoenas?|court orders?|(?:search )?warrants?|summons(?:es)?)(?:\s*,\s*(?:a\s+|an\s+)?(?:subpoenas?|court orders?|(?:search )?warrants?|summons(?:es)?)){1,3},?\s+(?:and/)?or\s+(?:a\s+|an\s+|other\s+)?(?:subpoenas?|court orders?|(?:search )?warrants?|summons(?:es)?|(?:legal|compulsory)\s+process)\b|\b(?:subpoenas?|court orders?|(?:search )?warrants?),?\s+(?:and/)?or\s+other\s+(?:legal|compulsory)\s+process\b`)

// treatedAsProcess is a writer's ask that their letter be taken for a
// process it is not: "Please treat this letter as a subpoena", "consider
// this e-mail a court order".
var treatedAsProcess = lazyRegexp(`(?i)\b(?:treat|consider|regard|accept|take)\s+(?:this|my|our|the present)\s+(?:letter|e-?mail|message|request|correspondence|notice|demand)\s+(?:as\s+|to be\s+)?(?:a|an|our|the)?\s*(?:formal\s+|informal\s+|legal\s+)?(subpoena|warrant|order)\b`)

// habitualVerb ends the words before a process named in the plural with
// a verb of habit in the present: "the judge who signs our warrants",
// "the clerk who issues subpoenas".
var habitualVerb = lazyRegexp(`(?i)\b(?:signs|issues|reviews|approves|handles|processes|drafts|writes|serves)\s+(?:our\s+|all\s+|the\s+|most\s+|his\s+|her\s+|their\s+|any\s+)?$`)

// otherMatter follows a process in its sentence to say someone served it
// on another matter: "a subpoena I served on a different case", "the
// warrant we used in an unrelated investigation". Not "a warrant issued
// in a separate investigation" (sent now all the same) nor an earlier
// investigation reopened.
var otherMatter = lazyRegexp(`(?i)^[^.;:]{0,30}?\b(?:I|we|you|he|she|they)\s+(?:\w+\s+)?(?:served|issued|sent|got|obtained|used|did|had|filed|executed)\s+(?:\w+\s+)?(?:on|in|for|under|with)\s+` + anotherMatter)

// anotherMatter names a matter other than the request's.
const anotherMatter = `(?:another|a different|a separate|an unrelated|the other|some other)\s+(?:case|matter|investigation|file|inquiry|account)\b`

// usedBefore ends the words before a process with its use by the writer,
// the reader or the writer's agency by its initials, and otherMatterNext
// opens the words after it with another matter: "We used a warrant in an
// unrelated investigation", "APD served a subpoena on your company back in
// January for a different account".
var (
	usedBefore      = lazyRegexp(`(?i)\b(?:I|we|you|(?-i:[A-Z]{2,6})|our (?:office|department|agency|unit)|your (?:team|company|office|staff))\s+(?:\w+\s+)?(?:served|used|got|obtained|sent|had|did|filed|executed|responded to|answered|complied with|replied to|processed)\s+(?:a|an|the|that|our|my|your)?\s*(?:grand jury\s+|administrative\s+|search\s+)?$`)
	otherMatterNext = lazyRegexp(`(?i)^\s*(?:on\s+(?:your|the)\s+(?:company|firm|service)\s+)?(?:back\s+in\s+\w+\s+(?:\d{4}\s+)?)?(?:in|on|for|under|from)\s+` + anotherMatter)
)

// earlierPreservation is the writer's own earlier preservation request,
// named as what this message follows ("Further to our preservation
// request of August 3", "Following up on our 2703(f) letter"), and thanks
// for it: that request, not this message's. A new ask to preserve or to
// extend is read where it stands.
var earlierPreservation = lazyRegexp(`(?i)\b(?:further to|following up on|following up|in follow-up to|as a follow-up to|with reference to|in reference to|referring to|regarding|per)\s+(?:our|my)\s+(?:earlier\s+|previous\s+|prior\s+|recent\s+|initial\s+|original\s+)?(?:preservation|2703\s*\(f\))\s+(?:request|letter)\b|\bthank(?:s| you)\b[^.\n]{0,20}\bfor (?:preserving|the preservation)\b`)

// otherProcessAtHand names process other than preservation as sent with
// the message: "the attached subpoena", "the warrant is enclosed".
var otherProcessAtHand = lazyRegexp(`(?i)\b(?:attached|enclosed|signed|accompanying|herewith)\b(?:[^.\n]|\.\w){0,40}\b(?:subpoena|warrant|court order|2703\s*\(d\)\s*order|production order)\b|\b(?:subpoena|warrant|order)\b(?:[^.\n]|\.\w){0,40}\b(?:is|are|has been) (?:attached|enclosed)\b`)

// preservationBody is the name of an office or a body that preserves
// something other than records (general knowledge of public bodies' and
// trusts' names: "Department of Housing Preservation and Development",
// "State Historic Preservation Office", "Farmland Preservation Program"):
// its name asks for nothing. Capitalised, as names are written.
var preservationBody = lazyRegexp(`\b(?:Housing|Historic|Historical|Land|Farmland|Wildlife|Open Space|Architectural|Heritage|Landmarks?|Cultural|Environmental|Neighborhood|Neighbourhood|Community|Agricultural|Forest|Habitat|Film|Audiovisual|Seed|Marine|Nature)\s+Preservation\b`)

// notCovering is a writer's word that a process does not reach this
// request: "that subpoena … doesn't cover this one", "the earlier warrant
// does not extend to the new account".
// limitedToOld is earlier process "limited to the old site": told only of
// process answered before (see answeredBefore), not of one at hand ("the
// warrant is limited to the first two accounts").
var limitedToOld = lazyRegexp(`(?i)\b(?:that|the|our|my|earlier|previous|prior|old|last|first)\s+(?:[\w-]+\s+){0,2}?(subpoena|warrant|order)\b(?:[^.;]|\.\w){0,40}?\b(?:was|were)\s+(?:only\s+)?(?:limited|restricted)\s+to\s+(?:the\s+)?(?:old|first|earlier|previous|original|other)\b`)

var notCovering = lazyRegexp(`(?i)\b(?:that|the|our|my|earlier|previous|prior|old|last|first)\s+(?:[\w-]+\s+){0,2}?(subpoena|warrant|order)\b(?:[^.;]|\.\w){0,80}?(?:\b(?:doesn't|does not|won't|will not|didn't|did not|wouldn't|would not|can't|cannot)\s+(?:cover|extend to|reach|include|apply to)\s+(?:this|the new|the second|that new)(?:\s+(?:one|domain|site|website|account|address|request|matter|case|suspect))?\b|\bonly\s+(?:lists|listed|names|named|covers|covered|includes|included)\s+(?:the\s+)?(?:old|first|earlier|previous|original)\b(?:[^.;]|\.\w){0,40}?,?\s+not\s+(?:this|the new)\b)`)

// processUnitNext names a unit, a desk or a rank after a process's
// name: "warrant unit", "subpoena desk", "warrant officer"; or the
// police work it names, a raid: "a search warrant operation", "warrant
// sweep".
var processUnitNext = lazyRegexp(`(?i)^s?\s+(?:unit|section|squad|desk|team|division|clerk|coordinator|officer|operation|raid|sweep|round-?up)s?\b`)

// needsNewProcess is a writer's word that the ask may need process of
// its own that it does not have ("If it needs a new subpoena I'll have to
// wait for the next grand jury"): what an earlier process of the matter
// reached, it does not reach this.
var needsNewProcess = lazyRegexp(`(?i)\bif\s+(?:(?:it|this|that|the new (?:one|site|domain|account|request))\s+(?:needs|requires|would need|would require|will need|will require)|(?:you|your (?:company|team))\s+(?:need|require|would need|would require))\s+(?:a|an)\s+(?:new|another|separate|second|fresh|further)\s+(?:[\w-]+\s+){0,2}?(subpoena|warrant|order)\b|\bif\s+(?:a|an)\s+(?:new|another|separate|second|fresh|further)\s+(?:[\w-]+\s+){0,2}?(subpoena|warrant|order)\s+is\s+(?:needed|required|necessary)\b`)

// caseLaw is a court's ruling cited as law: an appellate court's, or one
// named by its case ("… in Carpenter v. United States"), not an order
// served.
var caseLaw = lazyRegexp(`(?i)^(?:[^.;]|\.\s?\d)*?\b(?:Supreme Court|Court of Appeals?|Circuit Court of Appeals|Court of Criminal Appeals)\b|^[^.;]*?\bin\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s+v\.?\s+[A-Z]`)

// answeredBefore tells an earlier process as served and answered by us:
// "In February you responded to the grand jury subpoena we served", "your
// team produced records to us under our subpoena".
var answeredBefore = lazyRegexp(`(?i)\b(?:you|your (?:team|company|office|staff))\s+(?:\w+\s+){0,2}?(?:responded to|answered|replied to|complied with|returned records|produced (?:the )?records|produced (?:records )?(?:to us )?under|turned around)\b`)

// reliesOnOld is a writer's guess that an earlier process reaches a new
// ask: "I assume it still covers it", "hopefully the same subpoena
// applies", "I believe our previous order is still good for this".
// newerProcess tells a new process beside an earlier one: "a second
// grand jury subpoena … was served", "under the new one".
var newerProcess = lazyRegexp(`(?i)\b(?:a|an|the|our)\s+(?:new|second|another|fresh|further|later)\s+(?:[\w-]+\s+){0,3}?(?:subpoena|warrant|order)\b|\bunder the new one\b`)

// underOld asks to do the new thing under the earlier process ("If you
// cannot do it under the earlier subpoena, let me know").
var underOld = lazyRegexp(`(?i)\b(?:do|run|send|provide|process|handle|produce|pull)\s+(?:it|this|that|them|these|those)\s+under\s+((?:that|the|our|your)\s+(?:same\s+)?(?:earlier|previous|original|prior|old|last|first)\s+(?:subpoena|warrant|order))\b`)

var reliesOnOld = lazyRegexp(`(?i)\b(?:assume|assuming|hope|hoping|hopefully|believe|think|trust|figure|figured|presume|presuming|expect)\s+(?:that\s+)?(it|the (?:same |earlier |previous |original |old |prior |existing )?(?:subpoena|warrant|order)|(?:that|our|your|last year's|the last) (?:[\w().-]+ )?(?:subpoena|warrant|order))\s+(?:still |also |would |will |should |can |could )?(?:still |also )?(?:covers?|appl(?:y|ies)|extends? to|reach(?:es)?|is (?:still )?(?:good|valid|sufficient|enough|in force)|works?|carries over)\b`)

// reliedOnKinds returns the process kinds the writer relies on from
// earlier, by reliesOnOld: the kind its words name, or for "it" the
// last process word of the forty words before.
func reliedOnKinds(own string) []string {
	var kinds []string
	relies := reliesOnOld.FindAllStringSubmatchIndex(own, -1)
	// "If you cannot do it under the earlier subpoena": only where the
	// letter tells that process as answered before, not the order at hand
	// ("process this under the original order, not the amended one").
	for _, m := range underOld.FindAllStringSubmatchIndex(own, -1) {
		if spentProcess.MatchString(own[max(0, m[0]-600):m[0]]) && !newerProcess.MatchString(own) {
			relies = append(relies, m)
		}
	}
	for k, m := range slices.Concat(relies, stretchesOld.FindAllStringSubmatchIndex(own, -1)) {
		subject := strings.ToLower(own[m[2]:m[3]])
		before := strings.Fields(own[:m[0]])
		told := strings.Join(before[max(0, len(before)-60):], " ")
		// Only process the letter tells as spent ("last fall you produced
		// records under our warrant", "already issued"), or names as the
		// earlier one: not the order at hand ("Please find below the
		// court order … I hope it works for you").
		if !oldProcessWord.MatchString(subject) && !spentProcess.MatchString(told) {
			continue
		}
		// Asked to run a process again on something new: only a process
		// the letter tells as answered before, for a target it calls new
		// ("… the new domain under that subpoena"), not the order at hand
		// sent twice ("under the original order, not the amended one").
		if stretch := k >= len(relies); stretch && (!spentProcess.MatchString(told) || !newTarget.MatchString(own[m[0]:m[1]])) {
			continue
		}
		if subject == "it" {
			subject = strings.Join(before[max(0, len(before)-40):], " ")
		}
		if w := lastProcessWord.FindAllString(subject, -1); len(w) > 0 {
			kinds = append(kinds, coveringKind[strings.ToLower(w[len(w)-1])])
		}
	}
	// "Rather than go back to the grand jury, could you run the same
	// report again": a new ask that avoids new process, after one the
	// letter tells as answered; the spent one is the last named before.
	for _, m := range avoidsNew.FindAllStringIndex(own, -1) {
		before := strings.Fields(own[:m[0]])
		if !spentProcess.MatchString(strings.Join(before[max(0, len(before)-60):], " ")) {
			continue
		}
		// The rest of the sentence asks us to act ("could you run …
		// again"), naming no process of its own: not "rather than go
		// back to the grand jury, the DA signed an investigative
		// subpoena".
		rest := own[m[1]:]
		if i := strings.IndexAny(rest, ".?!"); i >= 0 {
			rest = rest[:i]
		}
		if !askedOfUs.MatchString(rest) || lastProcessWord.MatchString(rest) {
			continue
		}
		if w := lastProcessWord.FindAllString(strings.Join(before[max(0, len(before)-40):], " "), -1); len(w) > 0 {
			kinds = append(kinds, coveringKind[strings.ToLower(w[len(w)-1])])
		}
	}
	return kinds
}

// withdrawsAll reports a withdrawal that names every kind of content the
// letter named before it ("the messages or the photos … we are NOT
// asking for them" after "the messages … and the photos"): one that
// names less leaves the rest asked.
func withdrawsAll(before, withdrawal string) bool {
	kinds := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, m := range contentKind.FindAllString(strings.ToLower(s), -1) {
			out[strings.TrimSuffix(strings.TrimSuffix(m, "s"), "e")] = true
		}
		return out
	}
	named, withdrawn := kinds(before), kinds(withdrawal)
	for k := range named {
		if !withdrawn[k] {
			return false
		}
	}
	return len(withdrawn) > 0
}

// contentKind is a word for a kind of stored content.
var contentKind = lazyRegexp(`\b(?:contents?|communications?|correspondence|messages?|e-?mails?|chats?|files?|photos?|pictures?|images?|videos?|attachments?|documents?|posts?|texts?)\b`)

// takesOver is an officer's word that the case is now theirs: "I have
// taken over this case", "it was reassigned to me", "I am the new case
// agent".
var takesOver = lazyRegexp(`(?i)\b(?:I|we)(?:\s+have|'ve|\s+am|'m|\s+will|'ll)?\s+(?:now\s+)?(?:taken over|taking over|take over|assumed(?:\s+responsibility for)?)\s+(?:this|the|that|your|our)\s+(?:case|investigation|matter|request|file)\b|\b(?:I|we)\b[^.!?]{0,60}?(?:\s(?:have|has)|'ve)\s+(?:now\s+)?taken over\s+(?:(?:this|the|that|your|our)\s+(?:case|investigation|matter|request|file)\b|(?:[A-Za-z]{1,8}\s*)?(?:#|No\.?)?\s*\d)|\b(?:case|investigation|matter|request|file)\s+(?:was|has been|is now|has now been|got)\s+(?:re)?(?:assigned|transferred|handed over)\s+to\s+me\b|\bI\s+am\s+(?:now\s+)?the\s+new\s+(?:case agent|lead investigator|investigator|contact|point of contact|requesting officer|detective|agent)\b|\bI\s+(?:will|'ll)\s+(?:now\s+)?be\s+(?:handling|taking over)\s+(?:this|the)\s+(?:case|investigation|matter|request)\b`)

// stillTheirs says the first officer keeps the case: "She remains the
// case agent".
var stillTheirs = lazyRegexp(`(?i)\b(?:remains?|is still|stays?)\s+the\s+(?:case agent|lead|lead investigator|assigned investigator|contact|point of contact|requesting officer)\b`)

// subjectDenies is a subject that says the request is no emergency.
var subjectDenies = lazyRegexp(`(?i)\b(?:not\s+an?|non)[\s-]*emergency\b|\bno\s+emergency\b`)

// askedOfUs asks the provider to act: "could you run …", "please send".
var askedOfUs = lazyRegexp(`(?i)\b(?:could|can|would|will) you\b|\bplease\b`)

// avoidsNew is the writer's word that a new ask goes without new process:
// "rather than go back to the grand jury", "instead of getting a new
// subpoena".
var avoidsNew = lazyRegexp(`(?i)\b(?:rather than|instead of)\s+(?:go(?:ing)?|com(?:e|ing)|head(?:ing)?|return(?:ing)?)\s+(?:back\s+)?to\s+(?:the\s+)?(?:grand jury|court|judge|magistrate|prosecutor|DA|AUSA|(?:state|district|county) attorney)\b|\b(?:rather than|instead of)\s+(?:getting|obtaining|issuing|serving|drafting|having)\s+(?:a\s+)?(?:new|another|second|fresh)\s+(?:[\w-]+\s+)?(?:subpoena|warrant|order)\b`)

// affidavitFor is a sentence about an affidavit or application filed in
// support of a process, up to that process's word.
var affidavitFor = lazyRegexp(`(?i)\b(?:affidavit|application|declaration)\b[^.]*\bin support of an?\s+(?:[\w-]+\s+)?$`)

// proseSentenceRest is text from i to the end of its sentence: a full stop
// after a lowercase word, or a blank line; not a court's "U.S." nor a
// semicolon ("…; she signed it this afternoon").
func proseSentenceRest(text string, i int) string {
	rest := text[i:min(len(text), i+400)]
	if m := sentenceStopAfterWord.FindStringIndex(rest); m != nil {
		return rest[:m[1]]
	}
	return rest
}

// grantedSince reports a grant told, not denied, in rest: "she signed it
// this afternoon", not "the judge has not signed it yet".
func grantedSince(rest string) bool {
	for _, m := range grantedAfter.FindAllStringIndex(rest, -1) {
		if !notYet.MatchString(rest[max(0, m[0]-24):m[0]]) {
			return true
		}
	}
	return false
}

var notYet = lazyRegexp(`(?i)(?:\bnot|n't|\bnever|\byet to|\bbefore it is|\bonce it is|\bwhen it is|\bto be|\b(?:expect|hop|wait)\w*\s+(?:for\s+)?(?:it|them)(?:\s+back)?)\s+(?:\w+\s+)?$`)

var sentenceStopAfterWord = lazyRegexp(`[a-z]{2,}[.!?](?:\s|$)|\n[ \t]*\n`)

// affidavitSought is an affidavit or application the writer filed "for" a
// process ("I filed an affidavit for a search warrant"), up to that process's
// word: the process sought, unless its sentence goes on to grant it
// (grantedAfter: "… and signed it this morning").
var affidavitSought = lazyRegexp(`(?i)\b(?:filed|submitted|sent|presented|drafted|prepared|swore out|sworn out|put in|typed up|written up)\s+(?:an?|my|our|the)\s+(?:affidavit|application|declaration)\s+(?:for|seeking|requesting)\s+an?\s+(?:[\w-]+\s+)?$`)

// stretchesOld asks us to apply an earlier process to a new ask: "could
// you run the same search on the new domain under that subpoena?".
var stretchesOld = lazyRegexp(`(?i)\b(?:could|can|would|will) you (?:please )?(?:also )?(?:run|do|apply|use|search|check|pull|process|extend|repeat)\b(?:[^.?]|\.\w){0,80}?\b(?:under|with|using|per|pursuant to|on)\s+(that (?:same )?(?:subpoena|warrant|order)|the same (?:subpoena|warrant|order)|(?:our|the|your) (?:earlier|previous|original|prior|old|existing) (?:subpoena|warrant|order))\b`)

// newTarget is a new thing to search: "the new domain", "another site".
var newTarget = lazyRegexp(`(?i)\b(?:new|another|second|additional|other)\b`)

// oldProcessWord names a process as an earlier one: "the same
// subpoena", "our previous order", "last year's warrant".
var oldProcessWord = lazyRegexp(`(?i)\b(?:same|earlier|previous|original|old|prior|existing|last year's|the last)\b`)

// spentProcess tells of a process served and answered before: "you
// produced records to us under", "already issued", "last spring you
// answered our subpoena".
var spentProcess = lazyRegexp(`(?i)\b(?:you|your (?:team|office|company|staff|unit|department)) (?:\w+ )?(?:produced|returned|answered|provided|responded|complied|disclosed|sent us)\b|\bproduced (?:the )?records to us\b|\balready (?:been )?(?:issued|served|answered|executed|returned)\b|\b(?:last|this past) (?:year|fall|autumn|spring|summer|winter|month)\b|\b(?:earlier|previous|prior|original) (?:subpoena|warrant|order|request|production|return)\b`)

// lastProcessWord is a process's word, as reliedOnKinds looks for it.
var lastProcessWord = lazyRegexp(`(?i)\b(subpoena|warrant|order)\b`)

// coveringKind is the process kind of notCovering's word.
var coveringKind = map[string]string{"subpoena": "subpoena", "warrant": "search_warrant", "order": "court_order"}

// inPortal puts a process in a portal: "is in your portal", "in the LE
// portal".
const inPortal = `\bin (?:your|the) (?:[\w-]+\s+)?portal\b`

// newProcess tells of a process beside the one a letter says does not
// cover it: "the new grand jury subpoena", "is in your portal" (not "if
// you need a new subpoena").
var newProcess = lazyRegexp(`(?i)\b(?:the|this|our)\s+(?:new|second|fresh|separate|updated|amended)\s+(?:[\w-]+\s+){0,2}?(?:subpoena|warrant|order)\b|` + inPortal + `|\buploaded\b`)

// awaitingThe ends a clause of time or condition at a definite article:
// "once we see what the ", "if the ".
// Or told in the future: "Case number will be on the warrant", "the
// dates will match the order".
var awaitingThe = lazyRegexp(`(?i)\b(?:once|when|whenever|after|if|until|before|whether)\b[^.;:!?]{0,50}\bthe\s+$|\b(?:will|shall|'ll)\s+(?:be|come|appear|match|follow|accompany|go with|travel with)\b[^.;:!?]{0,30}\bthe\s+$`)

// noProcessForUs is a writer's word that they hold no legal process
// addressed to the provider: "I don't have any process addressed to you
// yet", "we have no legal process for your company at this point", "I
// haven't served any process on you yet", "we don't have new legal process
// at this point" beside an order served last year). Only the generic words (process,
// paperwork) and only as the writer's possession: a named kind denied ("we
// don't have a warrant") is read where it stands, and "no paperwork for you
// to sign" tells a chore, not the process (see noProcessTo).
var noProcessForUs = lazyRegexp(`(?i)\b(?:(?:don't|do not|haven't|have not)\s+(?:yet\s+)?(?:have|got|gotten|obtained)\s+(?:any\s+|a\s+)?|(?:have|hold)\s+no\s+|\bno\s+)(?:legal\s+|formal\s+|compulsory\s+|court\s+)?(?:process|paperwork)\s+(?:yet\s+|at this (?:time|point)\s+)?(?:(?:addressed|directed|issued)\s+)?(?:to|for)\s+(?:you|your\s+(?:company|service|organi[sz]ation|firm|team)|the provider)\b|\b(?:haven't|have not)\s+(?:yet\s+)?served\s+(?:any\s+)?(?:legal\s+)?process\s+on\s+(?:you|your\s+(?:company|service|organi[sz]ation|firm|team))\s+yet\b|\b(?:don't|do not|haven't|have not)\s+(?:yet\s+)?(?:have|got|gotten|obtained)\s+(?:any\s+)?(?:new|fresh|further|current)\s+(?:legal\s+)?process\b|\b(?:I|we)\s+(?:don't|do not|haven't|have not)\s+(?:yet\s+)?(?:have|got|gotten)\s+(?:any\s+)?(?:legal\s+)?(?:process|paperwork)\s+(?:yet|at this (?:time|point)|right now)(?:\s*(?:[-–—;,.:]|$)|\s+(?:and|but|so|because)\b)`)

// noProcessTo follows a match of noProcessForUs with an infinitive: "no
// paperwork for you to sign", "no process for you to follow".
var noProcessTo = lazyRegexp(`(?i)^\s+to\s+[a-z]`)

// writerHasNoProcess reports the writer's word, in their own part of the
// message, that no process addressed to the provider exists yet.
func writerHasNoProcess(own string) bool {
	for _, m := range noProcessForUs.FindAllStringIndex(own, -1) {
		if !noProcessTo.MatchString(own[m[1]:]) {
			return true
		}
	}
	return false
}

// newMatterReply reports whether a message with this subject and body is a
// reply on an old thread whose writer says it opens a new matter.
func newMatterReply(subject, body string) bool {
	_, reply := mailparse.BaseSubject(subject)
	return reply && newMatter.MatchString(ownWords(body))
}

// ownProcess names a process in the writer's own words.
var ownProcess = lazyRegexp(`(?i)\b(?:subpoena|warrant|order|preserv\w*|2703|emergency|summons)\b`)

// processSubject is the subject as it names the request's process: a
// reply's subject is the old thread's, and names nothing for a new matter
// its writer says it is.
func processSubject(doc *document) string {
	if doc.newMatter && ownProcess.MatchString(ownWords(doc.body)) {
		return ""
	}
	return doc.subject
}

func (a *Analyzer) extract(doc *document, m *mailparse.Message, agency Agency, r *Result) {
	subject := processSubject(doc)
	// A unit's name is read on the body's own lines (a heading over an
	// office's name, "… Subpoena" / "Office of …", is no unit), then
	// folded as doc.flat is: masking keeps every offset.
	flat := doc.flat
	if processUnit.MatchString(doc.body) {
		flat = strings.Join(strings.Fields(masked(processUnit, doc.body)), " ")
	}
	text := subject + "\n\n" + flat
	// The e-Evidence Regulation's title names both its orders; only the
	// order a letter serves is its process.
	text = masked(eEvidenceTitle, text)
	text = masked(preservationBody, text)
	text = masked(emergencyService, text)
	text = maskedUnless(processCategory, atHandBefore, text)
	// Only beside other process, which this message then brings: a
	// message that only follows up on the preservation is still read
	// as one (a status check must not read as an ask without process).
	if otherProcessAtHand.MatchString(text) {
		text = masked(earlierPreservation, text)
	}
	// Process, in order of first appearance.
	type hit struct {
		kind string
		pos  int
	}
	var hits []hit
	courtFormulaOnly := false
	for _, pr := range processRules {
		// The writer's words with their lines, so that a quoted earlier
		// message can be told from their own.
		if pr.kind == "emergency" && selfNotEmergency(doc.subject+"\n\n"+doc.body) && !emergencyStatute.MatchString(ownWords(doc.subject+"\n\n"+doc.body)) {
			continue // "To be clear, this is NOT an emergency request."
		}
		// The order is that of first mention: "2703(d) order + 2705(b)" in
		// a subject names the order first even where only the letter's
		// later sentence asserts it.
		first := -1
		// The sentence of a treaty request that was not asserted: a treaty
		// named again in it is the same request ("is preparing a mutual
		// assistance request … under the Treaty on Mutual Assistance in
		// Criminal Matters").
		deniedTo := -1
		// The rest of a denied mention's noun phrase names the same
		// process: "not sought a court order under 18 U.S.C. 2703(d)",
		// "did not ask for a 2705(b) non-disclosure order".
		sameTo := -1
		// "By order of the Court" above a clerk's signature issues a
		// subpoena; it stands for a court order only where no other
		// mention does.
		formula := ""
		found := false
		// A mention found not to be there (denied, awaited, planned)
		// makes a later "the subpoena" in a clause of time or condition
		// the same one: "Before I get the grand jury subpoena out … Once
		// we see what the subpoena returns". A later mention that states
		// it ("The subpoena is in your portal") is read as usual, and so
		// is one with words that put it at hand ("attached", "signed").
		unasserted := false
		// "emergency disclosure? Sarge, …": a question that asks about one
		// (a subject line run into the body) tells none; its word is
		// masked, so that a real mention after it is still found.
		scan := text
		if pr.kind == "emergency" {
			scan = emergencyQuestion.ReplaceAllStringFunc(text, func(q string) string {
				return strings.Repeat("_", len("emergency")) + q[len("emergency"):]
			})
		}
		for loc := range matches(pr.re, scan) {
			if first < 0 {
				first = loc[0]
			}
			if loc[0] < sameTo {
				continue
			}
			if loc[0] < deniedTo && !assertive.MatchString(text[max(0, loc[0]-40):min(len(text), loc[1]+40)]) {
				continue
			}
			// A unit named for the work ("le Groupe d'entraide
			// internationale" of a ministry of justice) is no request.
			if pr.kind == "mlat" && assistanceUnit.MatchString(text[max(0, loc[0]-30):loc[0]]) {
				continue
			}
			// A treaty request still to come, named again with its article
			// ("… erst gestützt auf das Rechtshilfeersuchen", "the MLAT"):
			// the same request, still to come.
			if pr.kind == "mlat" && unasserted && treatyAgain.MatchString(text[max(0, loc[0]-8):loc[0]]) && !assertive.MatchString(text[max(0, loc[0]-60):loc[0]]+sentenceFrom(text, loc[0])) {
				continue
			}
			if unasserted && awaitingThe.MatchString(text[max(0, loc[0]-60):loc[0]]+definiteArticle.FindString(text[loc[0]:loc[1]])) && !assertive.MatchString(text[max(0, loc[0]-60):loc[0]]+sentenceFrom(text, loc[0])) {
				continue
			}
			// A statute written before a section's number ("an 18 U.S.C.
			// 2703(d) order") is part of the mention: the words before it
			// are what qualify it, and its abbreviation's dots end no
			// clause.
			at := loc[0]
			if m := statuteLead.FindStringIndex(text[max(0, loc[0]-30):loc[0]]); m != nil {
				at = max(0, loc[0]-30) + m[0]
			}
			before := text[max(0, at-40):at]
			after := text[loc[1]:min(len(text), loc[1]+40)]
			// "the affidavit I submitted this morning to the court in
			// support of a search warrant": the affidavit is at hand, the
			// warrant is not (its sentence may run long).
			if affidavitFor.MatchString(text[strings.LastIndexAny(text[:at], ".!?\n")+1 : at]) {
				continue
			}
			if affidavitSought.MatchString(text[strings.LastIndexAny(text[:at], ".!?\n")+1:at]) && !grantedSince(proseSentenceRest(text, loc[1])) {
				continue
			}
			// "a search warrant affidavit … I'm expecting it back signed
			// tomorrow": the process names the affidavit or application,
			// the warrant is still sought.
			if (pr.kind == "search_warrant" || pr.kind == "court_order") && processRequest.MatchString(text[loc[1]:min(len(text), loc[1]+14)]) && !grantedSince(text[strings.LastIndexAny(text[:at], ".!?\n")+1:at]+proseSentenceRest(text, loc[1])) {
				continue
			}
			if (negation.MatchString(before) || leadingArticle.MatchString(text[loc[0]:loc[1]]) && negation.MatchString(before+leadingArticle.FindString(text[loc[0]:loc[1]]))) && !grantedApplication(before, text[loc[1]:min(len(text), loc[1]+200)]) || bareBefore.MatchString(before) && !returnDate.MatchString(after) || promised.MatchString(after) || comingLater.MatchString(after) && !assertive.MatchString(sentenceFrom(text, loc[1])) || pendingOnly(after, before) || promisedDelivery.MatchString(after) && (indefinite.MatchString(before) || later.MatchString(text[loc[1]:min(len(text), loc[1]+80)])) || !asserted(text, []int{at, loc[1]}, pr.kind) {
				unasserted = true
				sameTo = loc[1] + 1 + len(text[loc[1]:]) - len(strings.TrimLeft(text[loc[1]:], " \t"))
				if m := statuteTail.FindStringIndex(text[loc[1]:min(len(text), loc[1]+60)]); m != nil {
					sameTo = loc[1] + m[1]
				}
				if pr.kind == "mlat" {
					deniedTo = min(len(text), loc[1]+300)
					if m := sentenceStop.FindStringIndex(text[loc[1]:deniedTo]); m != nil {
						deniedTo = loc[1] + m[0]
					}
				}
				continue
			}
			// A court's act read across words ("the judge … authorised")
			// is denied inside them ("the judge has not authorised").
			if pr.kind == "court_order" && innerDenial.MatchString(text[loc[0]:loc[1]]) {
				continue
			}
			// An order's own words quoted from a draft, a proposed order or
			// one still to be signed ("once the judge signs it, the order
			// will read: IT IS ORDERED …"), and an order the writer had
			// that has expired, are no order at hand.
			if pr.kind == "court_order" && orderWords.MatchString(text[loc[0]:loc[1]]) && (orderNotYet.MatchString(text[max(0, loc[0]-300):loc[0]]) && !orderSignedNow.MatchString(text[max(0, loc[0]-300):min(len(text), loc[1]+400)]) || orderSpent.MatchString(proseSentenceRest(text, loc[1]))) {
				continue
			}
			// A subject that denies it ("Not an emergency - …",
			// "Non-emergency: …") names no emergency.
			if pr.kind == "emergency" && loc[0] < len(subject) && subjectDenies.MatchString(subject) {
				continue
			}
			if pr.kind == "emergency" && (dangerDenied.MatchString(before) || strings.HasPrefix(strings.TrimSpace(after), "privada")) {
				continue // "Nobody is at risk of harm here"; "risco à vida privada" is privacy
			}
			if pr.kind == "subpoena" && verbSubpoena.MatchString(before) && strings.HasPrefix(strings.ToLower(text[loc[0]:loc[1]]), "subpoena") {
				continue
			}
			// An overseas or international production order is the
			// CLOUD Act agreement's instrument (mlat), no court order of
			// ours.
			if pr.kind == "court_order" && cloudOrderLead.MatchString(text[max(0, loc[0]-16):loc[0]]) && strings.HasPrefix(strings.ToLower(text[loc[0]:loc[1]]), "production order") {
				continue
			}
			// "The signed order under 18 U.S.C. 2705(b)" is the
			// non-disclosure order, no other.
			if tail := text[loc[1]:min(len(text), loc[1]+60)]; pr.kind == "court_order" && ndoStatuteTail.MatchString(tail) && !alsoDisclosure.MatchString(text[loc[1]:min(len(text), loc[1]+120)]) {
				continue
			}
			if pr.kind == "search_warrant" && strings.Contains(strings.ToLower(text[loc[0]:min(len(text), loc[1]+12)]), "warrant canary") {
				continue
			}
			// A warrant for a person, not for records: "a fugitive wanted on
			// a federal warrant for murder", "an arrest warrant", "a bench
			// warrant".
			// An order for a person's arrest is no order for records either
			// ("the judge issued an order for his arrest").
			if (pr.kind == "search_warrant" || pr.kind == "court_order" && !strings.Contains(strings.ToLower(text[loc[0]:loc[1]]), "2703")) && !strings.Contains(strings.ToLower(text[loc[0]:loc[1]]), "search") && (personWarrantBefore.MatchString(before) || personWarrantAfter.MatchString(after) || personWarrantActive.MatchString(before) && !warrantServed.MatchString(afterWord(text, loc)) && !attachedBefore.MatchString(before) || pr.kind == "search_warrant" && warrantNumber.MatchString(text[loc[0]:min(len(text), loc[1]+10)]) && fugitiveContext.MatchString(sentenceBefore(text, loc[0], 300)+text[loc[0]:min(len(text), loc[1]+120)])) {
				continue
			}
			// "The judge who signs our warrants is out": process in the
			// plural after a verb of habit is what someone does, not a
			// process at hand.
			if m := strings.ToLower(strings.TrimSpace(text[loc[0]:loc[1]])); strings.HasSuffix(m, "s") && !strings.HasSuffix(m, "ss") && habitualVerb.MatchString(before) {
				continue
			}
			// "Our warrant unit is closed until Tuesday", "Warrant Officer
			// Roe": a unit or a rank named for the process, not a process.
			if processUnitNext.MatchString(text[loc[1]:]) {
				continue
			}
			// "you responded to a subpoena I served on a different case":
			// process of another matter, told as history.
			if rest := sentenceFrom(text, loc[1]); otherMatter.MatchString(rest) || usedBefore.MatchString(before) && otherMatterNext.MatchString(rest) {
				continue
			}
			if pr.kind == "court_order" && formula == "" && byOrderOfCourt.MatchString(text[max(0, loc[0]-3):loc[1]]) {
				formula = text[loc[0]:loc[1]]
				continue
			}
			hits = append(hits, hit{pr.kind, first})
			r.evidence("process", pr.kind, "text", text[loc[0]:loc[1]])
			found = true
			break
		}
		if !found && formula != "" {
			hits = append(hits, hit{pr.kind, first})
			r.evidence("process", pr.kind, "text", formula)
			courtFormulaOnly = true
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	// A court abroad that ordered the disclosure, told in the letter's
	// own words (foreignorder.go): only where no other process was read,
	// and not in a US agency's letter, which may tell of a court abroad
	// that acted in its case (in the court's language too: a DEA office
	// writing in Spanish of a Guatemalan court). Puerto Rico's government,
	// whose police and courts write Spanish, tells of its own courts.
	if _, fromHost, _ := strings.Cut(strings.ToLower(m.From.Addr), "@"); len(hits) == 0 && (!usGovernmentSender(fromHost, agency) || puertoRican(fromHost) && !writtenInEnglish(doc.own)) {
		if s, kind := foreignCourtOrder(text, puertoRican(fromHost)); kind != "" {
			hits = append(hits, hit{kind, 0})
			r.evidence("process", kind, "text", s)
		}
	}
	for _, h := range hits {
		r.Process = append(r.Process, h.kind)
	}
	// The writer's own word that no process for us exists yet ("I don't
	// have any process addressed to you yet"): a subpoena that a forward's
	// subject or a quoted third party names was served on someone else.
	// Preservation and emergency requests need no process, and stay.
	own := ownWords(doc.own)
	atHandOwn := attachedWord.MatchString(own)
	if writerHasNoProcess(own) && !atHandOwn {
		r.Process = slices.DeleteFunc(r.Process, func(k string) bool {
			return k == "subpoena" || k == "court_order" || k == "search_warrant" || k == "civil_subpoena" || k == "mlat" || k == "nondisclosure_order"
		})
	}
	// "Please treat this letter as a subpoena": a letter the writer asks
	// us to take for process is none.
	if !atHandOwn {
		for _, m := range treatedAsProcess.FindAllStringSubmatch(own, -1) {
			kind := coveringKind[strings.ToLower(m[1])]
			r.Process = slices.DeleteFunc(r.Process, func(k string) bool { return k == kind || kind == "subpoena" && k == "civil_subpoena" })
		}
	}
	// Process the writer says does not reach this request ("That
	// subpoena only named the first domain, so I know it doesn't cover
	// this one"): served for another matter, no process of this one.
	if !atHandOwn && !newProcess.MatchString(own) {
		covering := notCovering.FindAllStringSubmatch(own, -1)
		// Only where the earlier process was served and answered: "If you
		// need a separate subpoena for each domain, let me know" beside a
		// subpoena at hand asks, it does not deny.
		if answeredBefore.MatchString(own) {
			covering = slices.Concat(covering, needsNewProcess.FindAllStringSubmatch(own, -1), limitedToOld.FindAllStringSubmatch(own, -1))
		}
		for _, m := range covering {
			kind := coveringKind[strings.ToLower(strings.Join(m[1:], ""))]
			r.Process = slices.DeleteFunc(r.Process, func(k string) bool { return k == kind })
		}
		// Or hopes an earlier one does ("Since the warrant was already
		// issued for this account I assume it still covers it"): process
		// served and answered once is spent; a new ask needs its own.
		for _, kind := range reliedOnKinds(own) {
			r.Process = slices.DeleteFunc(r.Process, func(k string) bool { return k == kind })
		}
	}
	has := func(k string) bool { return slices.Contains(r.Process, k) }
	// An agency on no list is found before a subpoena is taken for a
	// private party's.
	_, host, _ := strings.Cut(strings.ToLower(m.From.Addr), "@")
	initialsOfAnotherBody(doc, r, agency)
	a.unlistedAgency(doc, r, host, m.From.Name)
	// A court or civil subpoena is one process, not two.
	if has("civil_subpoena") {
		r.Process = slices.DeleteFunc(r.Process, func(s string) bool { return s == "subpoena" })
	}
	// A prosecution's subpoena that a firm sends as the agency's counsel
	// ("This firm serves as outside counsel to the Example County
	// Sheriff's Office … State of Ohio v. Doe"): the agency's process from
	// someone who is not the agency, not a litigant's, whatever its
	// caption's "Defendant" reads like.
	prosecutionsCounsel := r.Sender.Class == ClassOther && criminalCaption.MatchString(text) && counselToAgency.MatchString(text) && !explicitlyCivil.MatchString(text)
	if prosecutionsCounsel && (has("civil_subpoena") || has("subpoena")) {
		for i, p := range r.Process {
			if p == "civil_subpoena" {
				r.Process[i] = "subpoena"
			}
		}
		r.Process = slices.Compact(r.Process)
		// Like a company serving process for an agency: refused as not
		// law enforcement, the reply held for a person to see.
		r.Facts.Impersonation = true
		r.evidence("sender.class", "a firm sends a prosecution's subpoena as an agency's counsel; held for review", "text", counselToAgency.FindString(text))
	}
	if (r.Sender.Class == ClassOther) && has("subpoena") && !has("civil_subpoena") && civilContext.MatchString(text) && !prosecutionsCounsel {
		for i, p := range r.Process {
			if p == "subpoena" {
				r.Process[i] = "civil_subpoena"
			}
		}
	}
	// A French réquisition that a judge's ordonnance authorised carries
	// out the court's order: one instrument, the order ("Par ordonnance
	// du …, le juge … a autorisé la réquisition des données").
	if has("subpoena") && has("court_order") && processEvidence(r, "subpoena", requisitionWord) && processEvidence(r, "court_order", ordonnanceWord) && len(anyOrdonnance.FindAllString(text, -1)) > len(protectionOrder.FindAllString(text, -1)) {
		r.Process = slices.DeleteFunc(r.Process, func(s string) bool { return s == "subpoena" })
	}
	// "BY ORDER OF THE COURT" above a clerk's signature is how a court's
	// subpoena is issued, not a second instrument.
	if has("subpoena") && has("court_order") {
		if rest := byOrderOfCourt.ReplaceAllString(text, ""); courtFormulaOnly || !courtOrderStrong.MatchString(rest) && !courtOrderOther.MatchString(rest) {
			r.Process = slices.DeleteFunc(r.Process, func(s string) bool { return s == "court_order" })
		}
	}
	// "2703(d) order" and "warrant" name one instrument; a warrant that also
	// says "order" stays a warrant.
	if has("search_warrant") && has("court_order") && !courtOrderStrong.MatchString(text) {
		r.Process = slices.DeleteFunc(r.Process, func(s string) bool { return s == "court_order" })
	}
	// From anyone but an agency, "emergency disclosure request" is a
	// topic (a journalist, a vendor) unless a real danger is described.
	bystander := (r.Sender.Class == ClassOther || r.Sender.Class == ClassGovOther) && !r.Facts.ClaimsAgency
	if has("emergency") && bystander && !emergencySummary.MatchString(text) {
		r.Process = slices.DeleteFunc(r.Process, func(k string) bool { return k == "emergency" })
	}
	// Unsolicited bulk mail and phishing from anyone but an agency: the
	// legal words in it are bait ("a SEALED SUBPOENA awaits your
	// signature"), and it gets no answer.
	// A lure's domain may join a court's or police word to another
	// ("courtnotice", "efile-courts"): it imitates no agency's domain, and
	// with two kinds of sign and no agency claimed it is bulk mail too.
	// Line by line too where the letter serves no process: a greeting
	// that opens its line ("Dear Customer,") is bulk mail's, while a
	// letter with process may quote the lure it is about.
	texts := []string{text}
	if len(r.Process) == 0 {
		texts = append(texts, doc.subject+"\n\n"+doc.body)
	}
	score, what := spamScore(texts...)
	lure := r.Sender.Class == ClassLookalike && score >= 2 && !claimsAgency(doc, agencyLines(doc)) && a.wordLookalike(host)
	// An authenticated government body, not a government's name on a
	// domain anyone may register ("cityofexample.org", which a lure may
	// borrow).
	govVouched := r.Sender.Class == ClassGovOther && r.Sender.Authenticated && !r.Facts.GovernmentName
	// Its own mail ("the State Lottery's security office") takes two
	// signs of bulk mail, not one word.
	govOwn := govVouched && govTopic.MatchString(what)
	// A government body's authenticated letter that serves process is
	// answered, whatever a portal's notice in it reads like.
	govProcess := govVouched && slices.ContainsFunc(r.Process, func(k string) bool { return k != "none" })
	// A letter that claims an agency in disguise (impersonation) is a
	// person's, for review, whatever bulk-mail footer it came through.
	if lure || r.Sender.Class != ClassLawEnforcement && r.Sender.Class != ClassLookalike && !govProcess && !r.Facts.Impersonation && (score >= 2 || score >= 1 && len(r.Process) == 0 && !govOwn) {
		if lure {
			r.Sender.Class = ClassOther
		}
		r.Facts.Spam = true
		r.Process = nil
		r.evidence("facts.spam", "unsolicited bulk mail or phishing", "text", what)
	}
	// An agency describing a concrete danger and asking for haste makes an
	// emergency request, whether or not it uses the statute's words.
	if !has("emergency") && r.Sender.Class != ClassAutomated && (r.Sender.Class == ClassLawEnforcement || r.Sender.Class == ClassLookalike || r.Sender.Class == ClassFreemail || r.Facts.ClaimsAgency) {
		// Not from a quoted earlier message ("> … do we send an emergency
		// request tonight?"): the writer's own words make the request.
		// Only beside a request of the writer's own: a follow-up whose
		// danger is all in the message it quotes ("see my message below")
		// is read whole.
		unquoted := text
		if len(r.Process) > 0 {
			unquoted = quotedLine.ReplaceAllString(doc.subject+"\n\n"+doc.body, "")
		}
		// An agency's or a unit's name tells no danger ("Bureau of
		// Alcohol, Tobacco, Firearms and Explosives", "Bomb Squad").
		unquoted = dangerUnit.ReplaceAllString(unquoted, "")
		// Nor a domain's words ("example-firearm-kits.com").
		unquoted = lowerDomain.ReplaceAllString(unquoted, " ")
		if loc := callForHaste(unquoted); loc != nil && emergencySummary.MatchString(unquoted) && !selfNotEmergency(doc.subject+"\n\n"+doc.body) && !noDanger.MatchString(unquoted) {
			r.Process = append(r.Process, "emergency")
			r.evidence("process", "emergency: a concrete danger and a call for haste", "text", unquoted[loc[0]:loc[1]])
		}
	}
	r.Emergency = has("emergency")
	if r.Emergency || r.Sender.Class == ClassLawEnforcement {
		// Read for every agency's message: a follow-up may give the part
		// of an emergency's explanation that its first message lacked.
		form := strings.Join(strings.Fields(dropBlankFields(doc.subject+"\n"+doc.body)), " ")
		// Arabic's short-vowel and doubling marks are optional: "اختُطف"
		// is "اختطف" (kidnapped), "ستمكّننا" is "ستمكننا".
		form = strings.Map(withoutHarakat, form)
		// The statute's own words ("danger of death or serious physical
		// injury") certify an emergency; they do not describe one.
		form = statuteDanger.ReplaceAllString(form, "")
		// A unit's name in a signature ("Missing Persons / Special
		// Investigations", "Homicide Unit") tells what the unit does,
		// not this request's danger.
		form = dangerUnit.ReplaceAllString(form, "")
		form = lowerDomain.ReplaceAllString(form, " ")
		// "The facts of the emergency … are set out in the attached
		// form" points elsewhere; an attached form's own words are part
		// of the body and are read there.
		form = deferredFacts.ReplaceAllStringFunc(form, withoutDeferral)
		r.Facts.EmergencySummary = (emergencySummary.MatchString(form) || dangerDetail.MatchString(form) && presentThreat.MatchString(notThreat.ReplaceAllString(form, "")) || summaryField.MatchString(form) || labelledSummary(dropBlankFields(doc.subject+"\n"+doc.body))) && !vagueOnly(form)
		// Someone else's finding in the story ("take her somewhere nobody
		// would find her") tells nothing of how the data helps.
		helpForm := failedFind.ReplaceAllString(othersFind.ReplaceAllString(form, ""), "")
		r.Facts.EmergencyHelp = (emergencyHelp.MatchString(helpForm) || helpField.MatchString(helpForm)) &&
			!(vagueHelp.MatchString(helpForm) && !emergencyHelp.MatchString(vagueHelp.ReplaceAllString(helpForm, "")))
		r.Facts.EmergencyExplained = r.Emergency && r.Facts.EmergencySummary && r.Facts.EmergencyHelp
	}
	if len(r.Process) == 0 {
		r.Process = []string{"none"}
	}

	// A writer who withdraws the request itself once the danger is over
	// ("the boy was found safe; please consider the request withdrawn")
	// ends it as it stood: its emergency was real, and nothing is left to
	// answer. One who says the danger is over and still wants the records
	// stands on the process there is.
	if !r.Emergency && selfNotEmergency(doc.subject+"\n\n"+doc.body) && !withdrawsRequest(ownWords(doc.subject+"\n\n"+doc.body)) {
		r.Facts.EmergencyWithdrawn = true
	}
	r.Facts.TakesOver = takesOver.MatchString(own) && !stillTheirs.MatchString(own)
	if ok, what := contentRequested(text, r.Emergency); ok {
		r.Facts.ContentRequested = true
		r.evidence("facts.content_requested", "asks for stored content", "text", what)
		// A correction further down the same letter ("we are NOT asking
		// for them. Please disregard that part."): asked, then withdrawn,
		// unless asked again after.
		if w := withdrawals(text); len(w) > 0 {
			last := w[len(w)-1]
			// Past the brackets after it: "we withdraw item 3 (the
			// contents of …)" names there what it withdraws.
			end := last[1]
			if b := bracketNext.FindStringIndex(text[end:]); b != nil {
				end += b[1]
			}
			if again, _ := contentRequested(text[end:], r.Emergency); !again && withdrawsAll(text[:last[0]], sentenceAround(text, last)) {
				r.Facts.ContentRequested = false
			}
		}
	}
	if w := withdrawals(text); !r.Facts.ContentRequested && len(w) > 0 {
		r.Facts.ContentWithdrawn = true
		r.evidence("facts.content_withdrawn", "withdraws the request for content", "text", text[w[0][0]:w[0][1]])
	}
	addressedTo := a.wrongAddressee(doc.subject + "\n" + doc.body)
	if other := addressedTo; other != "" {
		r.Facts.WrongProvider = true
		r.evidence("facts.wrong_provider", "addressed to another company", "text", other)
	} else if ms := a.notOffered(text); len(ms) >= 2 || slices.ContainsFunc(ms, platformAccount.MatchString) {
		// One phrase ("payment card numbers" in a list of records we do
		// hold) is too weak a ground for a rejection; records of a service
		// we do not offer are asked for in several of its terms.
		r.Facts.WrongProvider = true
		r.evidence("facts.wrong_provider", "asks for records of a service we do not offer", "text", strings.Join(ms, "; "))
	}
	r.Facts.RecordsRequested = recordsAsked.MatchString(text)
	r.Facts.PreservationExtension = has("preservation") && extension.MatchString(text)

	r.Country = a.country(doc, r, agency)
	region := "US"
	if r.Country != nil {
		region = *r.Country
	}
	r.Phones = phones(doc.body, region)
	if !r.Facts.Spam {
		// A lure's "case #" names no case of anyone's.
		r.CaseNumber = caseNumber(doc)
		// The case the writer's own words name, without the subject a
		// reply keeps from its thread.
		ownDoc := *doc
		ownDoc.subject, ownDoc.newMatter = "", false
		ownDoc.body = doc.body[:quotedStart(doc.body)]
		if c := caseNumber(&ownDoc); c != nil {
			r.Facts.OwnCaseNumber = *c
		}
	}
	// Numeric dates are day-first everywhere but in the US: a request from
	// abroad or written in another language reads 01/08/2026 as 1 August.
	dayFirst := region != "US" || ccTLDCountry(r.Sender.Address) != "" || otherLanguage.MatchString(doc.text)
	r.DateRange = dateRange(doc.body, r.Facts.RequestDate, dayFirst)
	r.Identifiers = a.identifiers(doc.body, m, r)
	if len(r.Identifiers) == 0 && doc.ours != "" {
		// "The identifiers and the period are unchanged": those our
		// reply confirmed, which the sender quotes.
		r.Identifiers = a.identifiers(doc.ours, m, r)
		if len(r.Identifiers) > 0 {
			r.evidence("identifiers", "the identifiers our earlier reply confirmed, quoted in this one", "text", strings.Join(r.Identifiers, ", "))
		}
	}
	// The other company a request is addressed to ("GoDaddy.com, LLC")
	// is not what the records are searched by.
	if addressedTo != "" {
		name := strings.Map(func(c rune) rune {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				return unicode.ToLower(c)
			}
			return -1
		}, addressedTo)
		kept := slices.DeleteFunc(slices.Clone(r.Identifiers), func(id string) bool {
			label, _, ok := strings.Cut(registrable(strings.ToLower(id)), ".")
			return ok && !strings.Contains(id, "@") && len(label) >= 3 && strings.Contains(name, label)
		})
		if len(kept) > 0 {
			r.Identifiers = kept
		}
	}
	r.NDO = ndo(doc.flat, has("nondisclosure_order"), r.Facts.RequestDate)
	r.Agent = agent(doc.body, m)
	r.Authority = authority(doc, r, agency)
	// A stranger's mail that asks for nothing we hold: no process or
	// emergency, no account named, no records or data asked for, and
	// nobody in it who signs as an officer or an agency, by name or rank,
	// in any language we read (a vendor's note, mail in a language we do
	// not read). A police letter lerd does not read as asking is never
	// one: its rank, agency or officer's name is there.
	r.Facts.AsksNothing = r.Sender.Class == ClassOther && !r.Facts.ClaimsAgency && !r.Emergency &&
		!slices.ContainsFunc(r.Process, func(k string) bool { return k != "none" }) && len(r.Identifiers) == 0 &&
		!r.Facts.RecordsRequested && r.Agent == nil && len(agencyLines(doc)) == 0 && !introducesAgency(doc) &&
		!bodyNamed(doc)
	r.explain(agency)
}

// platformAccount is a phrase naming a user or account of another
// company's platform ("the Discord user …"): enough alone.
var platformAccount = lazyRegexp(`(?i)\b(?:user|account|username|handle|profile|channel)s?$`)

// notOffered lists the distinct phrases naming records of services we do
// not offer.
func (a *Analyzer) notOffered(text string) []string {
	if a.otherServices == nil {
		return nil
	}
	var out []string
	for _, m := range a.otherServices.FindAllString(text, -1) {
		if m = strings.ToLower(m); !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	// An app the letter itself names as one ("on the ExampleChat app")
	// whose account's records it asks ("the ExampleChat account
	// information for …"): another company's platform, whatever its name.
	// A letter that places the account with us ("the certificate it
	// obtained from you", "your service") asks of our records, whatever
	// program the user reached us with.
	apps := namedApp.FindAllStringSubmatch(text, -1)
	if len(apps) == 0 || withUs.MatchString(text) {
		return out
	}
	asked := map[string]bool{}
	for _, m := range accountAsked.FindAllStringSubmatch(text, -1) {
		asked[m[1]] = true
	}
	for _, m := range apps {
		if name := m[1]; asked[name] && !a.ourName(strings.ToLower(name)) && !slices.Contains(out, strings.ToLower(name)+" account") {
			out = append(out, strings.ToLower(name)+" account")
		}
	}
	return out
}

// accountAsked is a proper name's account records asked ("the ExampleChat
// account information for …").
var accountAsked = lazyRegexp(`\b([A-Z][\p{L}\d]{2,})\s+(?:account|user|profile|subscriber)s?\s+(?:information|info|records|data|details)\b`)

// namedApp is a proper name the letter calls an app or a platform.
var namedApp = lazyRegexp(`\b(?:the|on|in|via|through|using)\s+([A-Z][\p{L}\d]{2,})\s+(?:app|platform|messenger|social network|messaging service)\b`)

// withUs places what is asked with us.
var withUs = lazyRegexp(`(?i)\b(?:from|by|with|through|via) you\b|\byour (?:service|company|platform|systems?|records|logs|servers?)\b`)

// otherLanguage marks a letter written in a language of a country that
// writes dates day first: its salutations, closings and words for
// "period" (general knowledge).
var otherLanguage = lazyRegexp(`(?i)\b(?:sehr geehrte|mit freundlichen|zeitraum|madame, monsieur|cordialement|p[ée]riode du|estimados|atentamente|per[íi]odo|prezados|atenciosamente|solicita-se|spettabile|cordiali saluti|distinti saluti|geachte|met vriendelijke groet|periode van|szanowni|z poważaniem|med vänliga hälsningar)\b`)

// withoutHarakat drops Arabic's optional vowel, doubling and
// elongation marks (U+064B–U+065F, U+0670, U+0640 tatweel), for strings.Map.
func withoutHarakat(r rune) rune {
	if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
		return -1
	}
	return r
}

// callForHaste is the first urgency word that asks for haste: not the
// writer's own promise under a condition ("If records exist we will seek a
// search warrant and serve it on you right away").
func callForHaste(text string) []int {
	for _, loc := range urgency.FindAllStringIndex(text, -1) {
		start := 0
		if m := sentenceStart.FindAllStringIndex(text[:loc[0]], -1); len(m) > 0 {
			start = m[len(m)-1][1]
		}
		rest := strings.TrimSpace(text[loc[1]:])
		toldOnly := toldBack.MatchString(text[start:loc[0]]) && (rest == "" || strings.ContainsAny(rest[:1], ".!?"))
		// Haste for a preservation ("URGENT PRESERVATION REQUEST",
		// "please preserve as soon as possible"): evidence that may be
		// deleted, no danger to anyone.
		end := len(text)
		if m := hasteEnd.FindStringIndex(text[loc[1]:]); m != nil {
			end = loc[1] + m[0]
		}
		sentence := text[start:end]
		preserving := preserveWord.MatchString(sentence) && !discloseWord.MatchString(sentence) && !asksData.MatchString(text)
		if !ownPromise.MatchString(text[start:loc[0]]) && !toldOnly && !preserving {
			return loc
		}
	}
	return nil
}

var (
	// sentenceStart ends the sentence before: a stop and a space, or a
	// blank line.
	sentenceStart = lazyRegexp(`[.!?]\s+|\n\s*\n`)
	// ownPromise opens a sentence with a condition and the writer's own
	// future act.
	ownPromise = lazyRegexp(`(?i)^\s*(?:if|once|when|as soon as)\b[^.!?]{0,80}\b(?:we|I)(?:\s+will|['’]ll|\s+would|\s+can)\b`)
	// toldBack asks to be told something soon, not for the data, where
	// the sentence ends with the haste: "If that is not practicable
	// please let me know as soon as possible." (not "let me know as soon
	// as possible who holds the account").
	toldBack = lazyRegexp(`(?i)\b(?:let (?:me|us) know|get back to (?:me|us)|notify (?:me|us)|inform (?:me|us)|confirm (?:receipt|service)|acknowledge (?:receipt|service))\s*$`)
)

// hasteEnd ends a sentence or a line; preserveWord and discloseWord
// tell a sentence that asks to preserve from one that asks for records.
var (
	hasteEnd     = lazyRegexp(`[.!?](?:\s|$)|\n`)
	preserveWord = lazyRegexp(`(?i)\bpreserv(?:e|ed|ing|ation)\b`)
	discloseWord = lazyRegexp(`(?i)\b(?:disclos\w*|provid\w*|produc\w*|releas\w*|send|furnish|give|identify|need|locat\w*|find|danger|missing|threat\w*|kill\w*|suicid\w*|hostage|abduct\w*)\b`)
	// asksData is a letter's ask for records now, anywhere in it: haste
	// beside it is the haste of that ask, not of a preservation.
	asksData = lazyRegexp(`(?i)\b(?:provide|produce|release|send|furnish|give|disclose)\s+(?:us\s+|me\s+)?(?:with\s+)?(?:the|all|any|his|her|their|its)?\s*(?:name|subscriber|records?|information|data|ip|logs?|account|identity|details|e-?mail|location)|\bidentify (?:him|her|them|the|who)\b|\bwhat is (?:the|his|her|their) (?:name|ip|e-?mail|address|location)\b|\b(?:we|i) (?:urgently )?need (?:the|his|her|their|to (?:identify|know|locate|find))\b`)
)

// urgency is a call for haste, in English and Arabic ("على وجه
// الاستعجال", urgently: general knowledge); also units to be sent to
// someone, and where someone is or goes "right now" (not "in custody
// right now"); a subject that opens with "Emergency" and a separator or
// "request" ("Emergency - per our call"; not "Emergency Rental
// Assistance fraud"): the text read starts with the subject.
var urgency = lazyRegexp(`(?i)^(?:(?:re|fw|fwd|aw|sv|tr|wg):\s*)*(?:urgent\s*[-–:]?\s*)?emergency(?:\s*[-–—:!/|]|\s+(?:request|disclosure)\b)|\b(?:urgent(?:ly)?|immediate(?:ly)?|before (?:morning|tonight|tomorrow|it is too late)|as quickly as possible|right away|as soon as possible|asap|time[- ]sensitive|time is (?:critical|of the essence)|without delay|every (?:hour|minute) counts|tonight|in danger|(?:fastest|quickest) (?:way|route|means|path)|before (?:the event|he|she|they|it happens|anyone|the deadline)|in time|by \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)? (?:today|tonight|tomorrow)|within (?:the next )?\d+ (?:minutes|hours)|so (?:that )?(?:we|I|officers|deputies) can (?:get|send|dispatch|direct|move) (?:units|officers|deputies|troopers|patrols?|(?:a|our|the) (?:unit|patrol|team|units|officers|deputies)) (?:there|to (?:him|her|them|the (?:house|address|location|scene)))|(?:where|which \w+|what \w+) (?:he|she|they|the (?:child|boy|girl|victim|suspect)) (?:is|are)(?: (?:on|at|in|using|staying|hiding))? right now|(?:he|she|they|the (?:child|boy|girl|victim|suspect))(?:'s|’s| is| are) (?:using|hiding|staying|headed|heading|driving|moving|travell?ing)\b[^.!?\n]{0,30}\bright now)\b|على وجه الاستعجال|بشكل عاجل|عاجل|فوراً|فورا|(?:^|[^\p{L}])(?:en urgence|de toute urgence)(?:$|[^\p{L}])`)

// summaryField and helpField are form fields with an answer of eight
// words or more: "Nature of emergency: …", "Why these records: …".
var (
	// The headings of the emergency forms of the US, Canada, the UK and
	// Europe, in their languages (general knowledge); the colon may be
	// left out where the heading stands on a line of its own.
	summaryField = lazyRegexp(`(?i)(?:\b(?:summary|nature|description|facts|details) of (?:the )?emergency|\b(?:facts|circumstances|grounds) (?:establishing|supporting|constituting|showing|giving rise to) (?:the |an |this )?(?:emergency|exigency|exigent circumstances)|why (?:this|it) is an emergency|what is the emergency|what is happening|what is going on|what happened|what's (?:happening|going on|happened)|resumen de la emergencia|(?:descripci[óo]n|naturaleza) de la emergencia|(?:descri[çc][ãa]o|natureza) da emerg[êe]ncia|natura dell'emergenza|zusammenfassung des notfalls|beschreibung des notfalls|sachverhalt|r[ée]sum[ée] (?:de (?:la situation d'urgence|la situation|l'urgence)|des faits)|expos[ée] (?:des faits|de la situation)|description de l'urgence|nature de l'urgence|sintesi dell'emergenza|descrizione dell'emergenza|samenvatting van de noodsituatie|resumo da emerg[êe]ncia|mis on juhtunud|vad (?:som )?har hänt|hvad er der sket|hva har skjedd|wat is er gebeurd|wat er aan de hand is|wat is er aan de hand|sammanfattning(?: av (?:nödläget|händelsen|situationen))?|sammenfatning|sammendrag|oppsummering|긴급\s*상황\s*요약|상황\s*요약|사건\s*개요` +
		// Hungarian, Hebrew, Spanish, Portuguese, Italian and Polish
		// headings of the facts (general knowledge).
		`|(?:a )?vészhelyzet (?:leírása|összefoglalása)|tényállás|tiivistelmä hätätilanteesta|hätätilanteen kuvaus|תקציר (?:האירוע|המקרה)|תיאור (?:האירוע|המקרה)|resumen de (?:los )?hechos|relato de (?:los )?hechos|resumo dos fa(?:c)?tos|sintesi dei fatti|opis (?:zdarzenia|sytuacji))\s*:?\s*(?:[^\s]*[^\s:]\s+){8}` +
		// "Faits :", "Hechos:", "Sachverhalt:" as a form's heading, its colon
		// written.
		`|(?:^|[^\p{L}])(?:faits|hechos|fatos|factos|fatti|feiten)\s*:\s*(?:[^\s]*[^\s:]\s+){8}` +
		// Greek, Czech, Slovak and Polish "Summary:" heading a form's
		// facts (session 31).
		`|(?:^|[^\p{L}])(?:περίληψη|σύνοψη|shrnutí|zhrnutie|streszczenie)\s*:\s*(?:[^\s]*[^\s:]\s+){8}` +
		// Thai and Japanese headings, whose answer has no spaces to
		// count: twenty characters of text or more.
		`|(?:สรุปเหตุฉุกเฉิน|สรุปเหตุการณ์)[\s:：]*(?:\S[\s\S]{0,4}){20}|(?:緊急事態の概要|事案の概要|緊急性の理由)[\s:：]*(?:[\p{Han}\p{Hiragana}\p{Katakana}ー、。「」（）・0-9０-９:：\s]){20}`)
	// A heading may stand without its colon ("How your information will
	// help" on a line of its own), and in Spanish ("Cómo ayudará la
	// información:").
	helpField = lazyRegexp(`(?i)\b(?:how (?:the |this |these |your )?(?:requested )?(?:information|data|records?)[^:.]{0,30}(?:help|assist)s?|how (?:you|your company|your disclosure|disclosure) (?:can |will )?(?:help|assist)|why (?:we need )?(?:the |these |your )?(?:records|information|data)[^:]{0,20}|c[óo]mo ayuda(?:r[áa]n?|n)? (?:la informaci[óo]n|los datos)|wie die (?:daten|informationen) helfen|nutzen der (?:daten|informationen|auskunft|abfrage)|comment les (?:renseignements|donn[ée]es|informations) (?:aideront|nous aideront)|en quoi (?:les |ces |vos |nos )?(?:renseignements|donn[ée]es|informations) (?:nous )?(?:aideront|aident|seront utiles)|utilit[ée] des (?:renseignements|donn[ée]es|informations)|utilidad de (?:los datos|la informaci[óo]n)|come (?:le informazioni|i dati) ci aiuteranno|come ci (?:aiutano|aiuteranno) (?:i dati|le informazioni)|hoe de gegevens (?:helpen|zullen helpen)|como os dados (?:ajudar[ãa]o|v[ãa]o ajudar|ajudam)|hur (?:uppgifterna|informationen) (?:hjälper|kommer att hjälpa)|hvordan oplysningerne (?:hjælper|vil hjælpe)|hvordan opplysningene (?:hjelper|vil hjelpe)` +
		// Hungarian: how the data will help.
		`|hogyan segít(?:enek|het(?:nek)?)? (?:az )?(?:adatok|információk|információ)|az adatok szerepe|miten tiedot auttavat|utilit[àa] dei dati` +
		// Czech and Polish: how the data will help (session 31).
		`|jak (?:nám )?(?:údaje|data|informace) (?:pomohou|pomůžou|pomůže)|jak (?:nam )?(?:dane|informacje) (?:pomogą|pomoże))\s*:?\s*(?:[^\s:]+\s+){8}` +
		// Greek, where \b sees no word: how the data will help.
		`|(?:[Ππ][ώω]ς) (?:θα )?(?:βοηθ[ήη]σουν|βοηθούν|συμβάλουν) (?:τα στοιχεία|οι πληροφορίες|τα δεδομένα)\s*:?\s*(?:[^\s:]+\s+){8}` +
		// Hebrew, where \b sees no word.
		`|(?:(?:כיצד|איך) (?:המידע|הנתונים) (?:יסייע|יסייעו|יעזור|יעזרו)|(?:כיצד|איך) (?:יסייע|יסייעו) (?:המידע|הנתונים))\s*:?\s*(?:[^\s:]+\s+){8}` +
		// Korean ("why the information is needed"), where \b sees no word.
		`|(?:정보가\s*필요한\s*이유|정보\s*요청\s*사유|필요\s*사유)\s*:?\s*(?:[^\s:]+\s+){8}` +
		// Japanese: "how the information helps", "why it is needed".
		`|(?:ข้อมูลจะช่วยได้อย่างไร|ข้อมูลจะช่วย)[\s:：]*(?:\S[\s\S]{0,4}){20}|(?:情報がどのように役立つか|情報の必要性|情報が必要な理由|開示が必要な理由|開示を求める理由|必要とする理由)[\s:：]*(?:[\p{Han}\p{Hiragana}\p{Katakana}ー、。「」（）・A-Za-z0-9０-９\s]){20}`)
)

// blankField is a form label with nothing after it, numbered or not
// ("2. Explain how the requested information will help prevent the
// death or injury:").
var blankField = lazyRegexp(`^\s*(?:\d{1,2}[.)]\s*|[a-z][.)]\s+)?[A-Z][^:\n]{2,90}:\s*$`)

// startsLower reports a line whose first letter is lower case: the
// rest of a label begun on the line above.
func startsLower(l string) bool {
	for _, r := range l {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// lineToFill is a form's value of underscores or dots only, or a line of
// them alone: nothing written.
var lineToFill = lazyRegexp(`(:)\s*(?:[_.…]\s*){3,}$|^\s*(?:[_.…]\s*){3,}$`)

// fieldLine is a form's next field ("Case number: XX-0001"): a label
// and its colon in the line's first forty characters, the colon ending
// the label, not the middle of a time ("At 23:40 hrs a post appeared").
var fieldLine = lazyRegexp(`^[^:]{0,39}[^\s\d:]:(?:\s|$)`)

// requestField opens a form's field of what is asked, however long its
// value ("Records requested: all subscriber information … for …"): the
// next field after a blank one, not the blank one's answer.
var requestField = lazyRegexp(`(?i)^\s*(?:records?|data|information|identifiers?|accounts?|period|date range|time ?frame)(?: (?:requested|sought|needed))?\s*:`)

// dropBlankFields removes form labels left blank ("How the information
// will help:" followed by the next label), so that a label is not read as
// its own answer.
//
// A label followed by the letter's certification ("I certify that …") is
// blank too, and so is an emergency's field filled only with words that
// name the kind of request ("Nature of emergency: Threat to life -
// exigent"): neither says what happened.
func dropBlankFields(body string) string {
	lines := strings.Split(body, "\n")
	// A line to fill ("Nature of the emergency: ______") is the label
	// alone.
	for i, l := range lines {
		lines[i] = lineToFill.ReplaceAllString(l, "$1")
	}
	out := lines[:0:0]
	for i, l := range lines {
		if blankField.MatchString(l) {
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j == len(lines) || blankField.MatchString(lines[j]) || certifies.MatchString(lines[j]) || fieldLine.MatchString(lines[j]) && len(strings.TrimSpace(lines[j])) < 80 || requestField.MatchString(lines[j]) {
				// A label wrapped over two lines ("Explain how the records
				// will assist in preventing" / "death …: ____") goes whole.
				// Only when the blank label goes on from it in lower case, and
				// the line is a label's length, not prose.
				if n := len(out); n > 0 && i > 0 && out[n-1] == lines[i-1] && fieldVerb.MatchString(strings.TrimSpace(lines[i-1])) && !strings.Contains(lines[i-1], ":") &&
					startsLower(l) && len(strings.Fields(lines[i-1])) < 12 {
					out = out[:n-1]
				}
				continue
			}
		}
		// A table's row whose answer cell is empty: the summary's or the
		// help's heading alone on its line, the next heading or the
		// certification after it ("Nature of the emergency" / "How the
		// requested records will help …").
		if bareLabel.MatchString(l) {
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j == len(lines) || bareLabel.MatchString(lines[j]) || blankField.MatchString(lines[j]) || certifies.MatchString(lines[j]) {
				continue
			}
		}
		if label, value, ok := strings.Cut(l, ":"); ok && emergencyLabel.MatchString(label) && fillerValue.MatchString(value) {
			// Only when nothing follows it but another label, the
			// certification or the end: the account may go on below.
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j == len(lines) || blankField.MatchString(lines[j]) || certifies.MatchString(lines[j]) || requestLine.MatchString(lines[j]) || fieldLine.MatchString(lines[j]) {
				continue
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// bareLabel is an emergency form's summary or help heading alone on its
// line.
var bareLabel = lazyRegexp(`(?i)^\s*(?:(?:summary|nature|description|facts|details) of (?:the )?emergency|how (?:the |this |these |your )?(?:requested )?(?:information|data|records?)\b[^:.\n]{0,60}\b(?:help|assist)\b[^:.\n]{0,60})\s*:?\s*$`)

var (
	// requestLine asks for the records: no account of an emergency.
	requestLine = lazyRegexp(`(?i)^\s*(?:please\s+)?(?:provide|produce|disclose|send|preserve|furnish|supply|give)\b`)
	// certifies opens a requester's certification.
	certifies = lazyRegexp(`(?i)^\s*(?:I (?:hereby )?(?:certify|declare|affirm|attest)\b|Certification\b)`)
	// emergencyLabel is the label of an emergency form's account of it.
	emergencyLabel = lazyRegexp(`(?i)\b(?:nature|summary|description|facts|details) of (?:the )?(?:emergency|facts|situation)\b|^\s*(?:summary|facts)\s*$`)
	// fillerValue only names the kind of request.
	fillerValue = lazyRegexp(`(?i)^(?:[\s\-–,;./]*(?:exigent(?: circumstances)?|urgent|emergency|critical|life[- ]threatening(?: situation)?|(?:threat|danger|risk) to (?:life|lives)|imminent (?:danger|threat))[\s\-–,;./]*)+$`)
)

// placeholder is what a form's field holds in place of an answer.
const placeholder = `(?:same\b(?:\s+as\s+(?:above|before|earlier|previously))?\s*(?:\.|\n|$)|as discussed|as (?:above|stated|described|noted|mentioned)|see\b|refer\w* to|per (?:our|my|phone|telephone|tel\.?|conversation|call|sgt\.?|lt\.?|det\.?|sergeant|lieutenant|detective|supervisor)\b|(?:discussed |explained |given )?(?:by|over the|on the) (?:tele)?phone|verbal(?:ly)?|to follow|to be (?:determined|provided|supplied|confirmed)|details? (?:can|will|may|to) be (?:given|provided|discussed|explained|shared)|details? (?:are|is) (?:on file|available|confidential|kept)|(?:required |needed |necessary )?for (?:the |our )?investigat\w* purposes|TBD\b|TBA\b|available|on file|in (?:the|our) (?:case )?file|n/?a\b|none(?:\s+at this time|\s+yet|\s+so far)?\s*(?:[.;,\n]|$|\s(?-i:[A-Z0-9]))|pending|confidential|sensitive|` +
	// A form's own instruction left in the field: "[Describe the
	// emergency and the person(s) at risk]", "[Explain how the records
	// will help]".
	`describe\b|explain\b|insert\b|enter (?:a |the )?(?:description|summary|details|text)|fill in\b|type (?:[\w-]+ )?here)`

// summaryLabel is the label of an emergency form's summary field.
var summaryLabel = lazyRegexp(`(?i)^(?:summary|nature|description|facts) of (?:the )?emergency\s*[:\-|]?\s*`)

// vagueOnly reports a summary field filled with a placeholder and no
// concrete danger anywhere else in the letter.
func vagueOnly(text string) bool {
	if !vagueSummary.MatchString(text) {
		return false
	}
	// A field whose words go on to a concrete danger ("Threat to life -
	// he has a rifle and intends to kill …") is no placeholder.
	return !emergencySummary.MatchString(vagueSummary.ReplaceAllStringFunc(text, func(m string) string {
		if emergencySummary.MatchString(summaryLabel.ReplaceAllString(m, "")) {
			return m
		}
		return ""
	}))
}

// dangerUnit is a police unit named for a danger it works on: "Missing
// Persons Unit", "Missing Persons / Special Investigations".
var dangerUnit = lazyRegexp(`(?i)\b(?:missing (?:persons?|children)|homicide|crimes against (?:persons|children)|child abduction|kidnapp?ing)(?:'s?)?\s+(?:unit|section|bureau|division|squad|detail|team|office|desk|task force)\b|\b(?:missing persons?|homicide)\s*/` +
	// The names of agencies and units for weapons (general knowledge):
	// the ATF's, a bomb squad's, an explosive ordnance disposal unit's.
	`|\b(?:Bureau of )?Alcohol,? Tobacco,? Firearms,? (?:and|&) Explosives\b|\b(?:Arson|Firearms) (?:and|&) Explosives\b|\b(?:Bomb|Firearms|Arson|Weapons) (?:Squad|Unit|Section|Division|Detail|Task Force)\b|\bExplosive Ordnance Disposal\b`)

// explain records, for the reviewer, where each field came from.
func (r *Result) explain(agency Agency) {
	if r.Country != nil {
		if agency.Country != "" {
			r.evidence("country", "country of the listed agency", "rules", agency.Domain)
		} else {
			r.evidence("country", "country the text invokes (language, courts, statutes)", "text", *r.Country)
		}
	}
	for _, p := range r.Phones {
		r.evidence("phones", "telephone number valid for its country, not a fax", "text", p)
	}
	if r.CaseNumber != nil {
		r.evidence("case_number", "number after a case, file, docket or report keyword", "text", *r.CaseNumber)
	}
	if r.DateRange != nil {
		r.evidence("date_range", "first period of two dates", "text", r.DateRange.From+" to "+r.DateRange.To)
	}
	for _, id := range r.Identifiers {
		r.evidence("identifiers", "domain, address, IP, account or serial in the request, not the agency's own", "text", id)
	}
	if r.NDO.Present {
		until := "no end date"
		if r.NDO.Until != nil {
			until = *r.NDO.Until
		}
		r.evidence("ndo", "non-disclosure order (2705(b) or order delaying notice)", "text", until)
	}
	if r.Agent != nil {
		r.evidence("agent", "name with rank, in the signature, or the From display name", "text", *r.Agent)
	}
	if r.Emergency {
		r.evidence("emergency", "claim of danger of death or serious injury; explained="+fmt.Sprint(r.Facts.EmergencyExplained), "text", "")
	}
}

var (
	civilContext = lazyRegexp(`(?i)civil action|plaintiff|defendant|rule 45|lawsuit|litigation|v\. `)
	// explicitlyCivil names a civil matter in so many words.
	explicitlyCivil = lazyRegexp(`(?i)civil action|civil subpoena|civil case|rule 45|lawsuit|litigation`)
	// criminalCaption is a prosecution's caption ("State of Ohio v.",
	// "People v.", "Commonwealth v.", "United States v."); counselToAgency
	// a firm writing for a police or prosecuting agency.
	criminalCaption  = lazyRegexp(`\b(?:State of [A-Z][a-z]+(?: [A-Z][a-z]+)?|People of the State of [A-Z][a-z]+(?: [A-Z][a-z]+)?|The People|People|Commonwealth(?: of [A-Z][a-z]+)?|United States(?: of America)?|State)\s+v\.?\s`)
	counselToAgency  = lazyRegexp(`(?i)\b(?:(?:outside |special |retained )?counsel (?:to|for)|on behalf of|acting for|on the (?:sheriff|chief|district attorney|prosecutor)'s behalf)\s+(?:the\s+)?[^.\n]{0,60}?\b(?:sheriff|police|district attorney|prosecut|attorney general|marshal|bureau of investigation)`)
	courtOrderStrong = lazyRegexp(`(?i)2703\s*\(d\)|court order`)
	// byOrderOfCourt is a subpoena's issuing formula; courtOrderOther the
	// words of an order that stands on its own beside it.
	byOrderOfCourt  = lazyRegexp(`(?i)\bby order of the (?:[a-z]+ )?court\b`)
	courtOrderOther = lazyRegexp(`(?i)\border (?:issued|signed|entered) (?:by|of) the [^.\n]{0,60}court|\b(?:attached|enclosed|signed|sealed) order\b|production order|pen[- ]register|trap[- ]and[- ]trace|\b3512\b`)
	// A summary of the emergency is a concrete danger: who is at risk and
	// of what (Microsoft's FAQ asks for it). Gaps like "[^.]" stop at a
	// sentence end but not at the dot of a domain ("posted on
	// example.com that she would end her life"). General knowledge of how
	// emergency disclosure requests describe the danger.
	emergencySummary = lazyRegexp(`(?i)(?:posted|stated|threatened|announced|wrote|sent|made|messaged|texted|told|said|saying|says|stating|writing|posting|threatening|announcing|intends? to|intending to|plans? to|planning to|expressed|indicated|uploaded|live-?streamed|shared|claimed|demanded|vowed|promised|arranged|agreed)(?:[^.]|\.\w){0,120}\b(?:kill|murder|suicid|end (?:his|her|their|my|our) (?:own )?li(?:fe|ves)|take (?:his|her|their|my|our) (?:own )?li(?:fe|ves)|harm (?:him|her|them)(?:sel|\s*[.,;!]|\s+(?:physically|badly|seriously|tonight|today|tomorrow|within|before|and|or|if|when|again|soon)\b)|hurt|bomb|shoot|be shot\b|get shot\b|be (?:killed|stabbed|murdered)\b|attack|ransom(?:s|ed)?\b|weapon|gun|handgun|firearm|pistol|rifle|explosive|detonat|die\b|dead\b|stab|jump (?:off|from)\b|overdos|hang (?:him|her|them)sel|finish (?:him|her|them|the (?:job|family)|(?:him|her|them) off))` +
		// Session 32: a hospital's ambulances diverted (its systems
		// down: hospital ransomware has cost patients' lives; general
		// knowledge), and the lives of people named at risk ("Lives of
		// patients in the ICUs are at direct risk").
		`|\bambulances (?:are |were )?(?:being )?diverted\b` +
		`|\blives of (?:the |all |several |many |\d+ )?(?:[\w-]+\s+){0,2}?(?:patients|people|residents|children|students|passengers|hostages|workers|staff|officers)\b(?:[^.]|\.\w){0,60}?\b(?:are|remain) (?:now |directly |still )?(?:at (?:direct |immediate |imminent |serious |grave |real )?risk|in (?:immediate |imminent |direct |serious |grave )?danger)\b` +
		// Session 32: a child someone "will pick up" tonight or today, as
		// he told the child: an enticement about to happen (not a parent
		// collecting a child on Friday).
		`|\b(?:child|boy|girl|minor|juvenile|\d{1,2}[- ]year[- ]old|teen\w*|daughter|son)\b[^.]{0,300}?\b(?:will|is going to|plans? to|intends? to|is coming to)\s+(?:come\s+(?:and\s+)?)?(?:pick (?:him|her) up|collect (?:him|her)|take (?:him|her) away|come for (?:him|her))\b[^.]{0,80}\b(?:tonight|today|right now|this (?:evening|afternoon|morning)|after (?:everyone|they|she|he|the family) (?:is|are|has|have) (?:asleep|gone to (?:bed|sleep)))` +
		// Session 32: Dutch killing to come ("aankondigt … te doden", "dood
		// te schieten", a bomb threat) and Finnish missing persons,
		// suicide, threats to kill, kidnapping, hostages, bomb threats
		// ("kadoksissa", "itsemurha", "uhkasi tappaa", "siepattu",
		// "pommiuhka") (general knowledge; not a murder years ago nor a
		// lost laptop).
		`|(?:^|[^\p{L}])(?:te doden|dood te (?:schieten|steken|maken)|neer te schieten|om het leven te brengen|bomdreiging)(?:$|[^\p{L}])` +
		`|(?:^|[^\p{L}])(?:kadoksissa|itsemurh\p{L}*|(?:uhkasi|uhkaa|aikoo|uhannut)\s+(?:\p{L}+\s+)?(?:tappaa|ampua|surmata)|siepat\p{L}*|sieppa\p{L}*|panttivan\p{L}*|pommiuh\p{L}*)(?:$|[^\p{L}])` +
		// Session 31 (round 66): people shot or stabbed today, or by a
		// suspect still at large or armed ("shot two people an hour ago
		// and fled", "He is still armed"); not a shooting years ago.
		`|\b(?:shot|stabbed|wounded|killed)\s+(?:(?:two|three|four|five|several|multiple|\d+)\s+)?(?:people|persons|victims|men|women|children|students|officers|deputies|customers|shoppers|bystanders)\b[^.]{0,80}` + recentOrAtLarge + `|\b(?:is|remains|was) still armed\b|\bopened fire (?:at|on|in|inside)\b[^.]{0,80}` + recentOrAtLarge +
		// A child's sexual abuse going on or to come ("a child is being
		// abused now and will be abused again", "will abuse a girl live
		// on camera"); a swatting call, which sends armed officers into a
		// family's home (general knowledge of the crime's deaths).
		`|\b(?:child|children|girl|boy|kids?|minor|victim|daughter|son|infant|toddler|teen\w*|woman)\b[^.]{0,60}\b(?:(?:is|are)\s+(?:being\s+)?(?:sexually\s+)?(?:abused|assaulted|raped|molested|exploited)\s+(?:now|right now|as we speak|at this moment|currently|tonight|today)|(?:will|is going to|are going to)\s+be\s+(?:sexually\s+)?(?:abused|assaulted|raped|molested|exploited)(?:\s+again)?)\b` +
		`|\b(?:abuse|assault|rape|molest)\w*\s+(?:\w+\s+){0,8}?live\b(?:\s+on)?\s+(?:camera|stream|video|webcam)` +
		// The abuse told in the active voice: "an adult is sexually
		// abusing a girl who appears to be about 7".
		`|\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:sexually\s+)?(?:abusing|assaulting|raping|molesting|exploiting)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:child|children|girl|boy|minor|infant|toddler|baby|teen\w*|daughter|son)\b` +
		`|\bswat(?:ting)?(?: calls?)?\b[^.]{0,120}\b(?:next|again|tonight|another|planned|plans|threaten\w*)\b|\b(?:next|another|planned|threaten\w*)\b[^.]{0,60}\bswat(?:ting)?(?: calls?)?\b` +
		`|\b(?:somebody|someone|anyone|people) (?:is |are )?(?:going to|will) (?:get|be) (?:shot|killed)\b` +
		// "she is injured and in danger of being killed": now (not "no
		// one was ever in danger of being harmed").
		`|\b(?:is|are|remains?|now|and)\s+in (?:imminent |immediate |serious |grave |real )?danger of (?:being )?(?:killed|harmed|hurt|murdered|death|injury|serious (?:physical |bodily )?(?:harm|injury)|sexual (?:assault|abuse)|(?:sexually )?(?:assaulted|abused|raped))\b` +
		// Portuguese: an armed attack, a threat to kill, ending one's life.
		`|ataque armado|atentado contra|(?:^|[^\p{L}])amea[çc]\p{L}* (?:de )?matar|p[ôo]r (?:termo|fim) (?:a|à) (?:(?:sua|própria) )?vida|tirar a (?:própria |sua )?vida` +
		// A child groomed and a meeting arranged.
		`|\bgroom(?:ed|ing|s)?\s+(?:a|an|the|his|her|my|our)\s+(?:(?:[\w-]+\s+){0,2}?(?:girl|boy|child|minor|teen\w*|daughter|son)\b|\d{1,2}[- ]year[- ]old\b)[^.]{0,80}\b(?:to meet|meet(?:ing)?|pick (?:her|him) up)\b` +
		// Session 29: a house to be burnt with people inside; a child
		// gone from home who has not come back.
		`|\b(?:will|would|going to|gonna|threaten\w* to|plans? to|intends? to|vow\w* to)\s+(?:[\w"“”'’]+\s+){0,4}?burn\w*\s+(?:[\w'’]+\s+){0,4}?(?:house|home|apartment|building|car|school|church)\b[^.]{0,40}\b(?:with|while)\s+(?:them|him|her|everyone|everybody|people|the family|his family|her family|the kids|the children|us)\s+(?:still\s+)?inside\b` +
		`|\b(?:child|girl|boy|teen\w*|daughter|son|minor|juvenile|\d{1,2}[ -]?(?:yr|yrs|year)s?[ -]old)\b[^.]{0,80}\b(?:has|have) not (?:returned|come back)(?: home)?(?:\s*[.,;]|\s+(?:since|from|after|and|or|yet)\b|\s*$)|\b(?:has|have) not come home\b` +
		// An arson threat, still to come: "he will \"burn the office down
		// with everyone in it\"" (not a car he had set on fire).
		`|\b(?:will|would|going to|gonna|threaten\w* to|plans? to|intends? to|vow\w* to)\s+["“']?(?:\w+\s+){0,2}?(?:burn (?:[\w'’]+ ){0,6}down|set (?:[\w'’]+ ){0,3}(?:on )?fire|set fire|torch)\b` +
		// A knife as a threat, not as a thing for sale; a child taken.
		`|\b(?:threaten\w*|armed|brandish\w*|wielding|waving|holding|messaged|texted|wrote|said|told|saying|stating|vowed|promised)\b(?:[^.]|\.\w){0,120}\b(?:knife|knives|machete)\b` +
		`|\b(?:knife|knives|machete)\b[^.]{0,60}\b(?:school|kill|hurt|attack|threats?|coming for|going to (?:the|her|his|their|kill|hurt))\b` +
		`|\btook (?:[\w'’-]+ ){0,3}(?:child|children|kids?|daughter|son|girl|boy|infant|baby|minor)\b` +
		`|(?:abducted|kidnapp?ed|taken (?:from|away)|missing|lured|disappeared|ran away|run ?away|held against|not been seen)(?:[^.]|\.\w){0,100}\b(?:child|girl|boy|person|woman|man|victim|year-old|teen|minor|juvenile|daughter|son|infant|baby|student|adult|hiker)` +
		`|\b(?:serious|grave|immediate|imminent) (?:medical |physical )?danger\b|\b(?:his|her|their|a person's|someone's) life is (?:at (?:immediate |serious |imminent )?risk|in danger)|\bat (?:(?:immediate|imminent|serious|grave|real|high) )?risk of (?:being )?(?:(?:serious|grave|great|imminent|significant) )?(?:(?:bodily|physical) )?(?:death|harm|suicide|injury|hurt|killed|harmed|injured|murdered)` +
		`|\b(?:child|girl|boy|victim|minor|juvenile|teen|teenager|daughter|son|infant|student|woman|man|\d{1,2}[ -]?(?:yr|yrs|year)s?[ -]old|\d{1,2} ?y/o)(?:[^.]|\.\w){0,120}\b(?:abducted|kidnapp?ed|taken (?:from|away|by)|missing|in (?:imminent |serious |grave |immediate )?(?:medical |physical )?danger|at (?:serious |grave |immediate |imminent |high |real )?risk|held|threatened|suicidal|not been seen|forced into (?:a |an |the |his |her |their )?(?:car|vehicle|van|truck|suv))` +
		// The same dangers in German, French, Italian, Spanish, Portuguese
		// and Dutch.
		// Arabic (general knowledge): kidnapped, a threat to kill, suicide,
		// a life in danger (not "ransom", which also names ransomware).
		`|اختط[فا]|مخطوف|بقتل|سيقتل|انتحار|ينتحر|تنتحر|(?:حياته|حياتها|حياتهم) (?:في|معرضة لل)خطر|خطر على حياة` +
		`|erschie(?:ß|ss)en|\bt[öo]ten\b|\bsuizid|selbstmord|das leben (?:zu )?nehmen|entf[üu]hrt|vermisst|\btuer\b|\bse suicider|enlev[ée]e?\b|enl[èe]vement|disparue?\b|en danger de mort|\buccider|togliere la vita|\bsuicid|scompars[oa]\b|rapit[oa]\b|quitar(?:á|a|se) la vida|quitarse la vida|desaparecid|\bmatar\b|sequestrad|se matar|zelfmoord|ontvoerd|vermist|einde aan (?:zijn|haar|hun|z'n) (?:eigen )?leven|van het leven (?:te )?beroven|ontvoering|gijzel(?:ing|d|de|aars?|nemers?|neming)\b` +
		// Session 29: Greek taking one's life, abduction, disappearance;
		// Danish and Norwegian guns (general knowledge).
		`|αφαιρ\p{L}* (?:τη |την )?ζωή|(?:^|[^\p{L}])(?:απαγωγ|απήχθ|επιτεθ|πιστ[οό]λ|σκοτ[ωώ]σ|εκρηκτικ)\p{L}*|εξαφανίστηκ\p{L}*|εξαφανιστεί|(?:hagl)?gevær|skydevåben|skytevåpen` +
		// A child who disappeared, with no money between ("$5,000
		// vanished from her account" is a theft).
		`|\b(?:child|girl|boy|teen|teenager|daughter|son|infant|baby|student|minor|juvenile|\d+-year-old|victim)\b[^.$€£]{0,60}\b(?:disappeared|vanished|went missing)\b` +
		// Swedish, Danish and Norwegian: missing, threatened to kill or
		// harm.
		`|försvunn\w*|forsvundet|forsvunnet|\bsavnet\b|hotat att (?:döda|skada)|truet med å (?:drepe|skade)|truet med at (?:dræbe|skade)` +
		// Icelandic: taking one's own life, suicide, missing.
		`|svipta sig l[íi]fi|sj[áa]lfsv[íi]g\p{L}*|\bt[ýy]nd(?:ur|ir|ar)?\b` +
		// Polish: taking one's own life, suicide, missing, abducted,
		// threatened with death.
		`|odebra\w* sobie życia|samobój\w*|zaginion[aeyi]\w*|zaginęł\w*|zaginął\b|(?:jego|jej|ich) zaginięci\w*|zaginięci\w* (?:osoby|dziecka|córki|syna|nastolat\w*|kobiety|mężczyzny|dziewczyny|chłopca)|porwan\w*|uprowadz\w*|grozi\w* (?:śmiercią|zabiciem)` +
		// An overdose seen as it happens: "took a large handful of pills
		// on camera … is now slumped over and not responding".
		`|\b(?:took|swallowed|ingested|has taken|had taken)\s+(?:a\s+(?:large\s+|whole\s+)?(?:handful|bottle|bunch|fistful)\s+of|all\s+(?:of\s+)?(?:her|his|their|the)|an?\s+(?:large\s+|massive\s+|lethal\s+)?(?:amount|quantity|number|dose)\s+of)\s+(?:\w+\s+)?(?:pills|tablets|medications?|meds|fentanyl|opioids|heroin)\b|\b(?:he|she|they|the (?:man|woman|boy|girl|person|victim|child|teen\w*|male|female))\s+(?:is|was)\s+(?:now\s+)?(?:slumped over|unresponsive|not breathing|unconscious)\b` +
		`|\b(?:he|she|they|the (?:girl|boy|teen\w*|woman|man|victim|child|caller|patient|user))\s+(?:had\s+|has\s+)?(?:took|taken|swallowed|ingested)\s+(?:some\s+|several\s+|many\s+|a lot of\s+|lots of\s+)?(?:pills|tablets)\b` +
		// A threat to push someone under a train or off a height; a
		// farewell "and not come back".
		`|\bpush\w*\s+(?:[^\s.]+\s+){0,6}?["“'‘]?(?:in front of|under|onto|off)\s+(?:a|the)\s+(?:\w+\s+)?(?:train|tracks?|bus|subway|truck|bridge|roof|balcony|cliff|platform)\b|\b(?:go|walk|swim|drive|head|wade)\s+(?:out\s+)?(?:on|into|onto|to|off)\s+the\s+(?:ice|sea|lake|river|ocean|water|woods|bridge|tracks|cliff)\b[^.]{0,30}\b(?:not|never) (?:to )?come back\b` +
		// Czech: taking one's life, suicide, missing, abducted; Norwegian
		// and Danish: abducted, forced into a car, a life in danger;
		// Spanish: a protection order beside a threat (see dangerDetail).
		`|(?:^|[^\p{L}])(?:vezme|vzít|vzala|vzal|vezmu)\s+(?:si\s+)?(?:\p{L}+\s+){0,2}?život|sebevra[žz]d\p{L}*|pohřešov[aá]n\p{L}*|(?:^|[^\p{L}])unesen\p{L}*` +
		`|avskjedsbrev\p{L}*|selvmord\p{L}*|ta (?:sitt eget liv|livet av seg)|(?:^|[^\p{L}])αυτοκτον\p{L}*|τέλος στη ζωή|погрож\p{L}*\s+(?:\p{L}+\s+)?(?:вбити|убити|розправ\p{L}*)|угрож\p{L}*\s+(?:\p{L}+\s+)?(?:убить|расправ\p{L}*)` +
		`|bortf[øo]r\p{L}*|tvunget inn i en bil|tvunget ind i en bil|fare for (?:hennes|hans|deres|hendes|jentas|guttens|barnets|pigens|drengens) liv` +
		// Sexual abuse streamed live ("live-streaming the sexual abuse of
		// a young child") and abuse told as going on.
		`|\blive-?stream\w*\s+(?:the\s+|a\s+)?(?:sexual\s+)?(?:abuse|assault|rape|molestation|exploitation)\b|(?:^|[.!?]\s+|\b(?:believe|think|know|confirmed|fear)\s+(?:that\s+)?)(?:the\s+)?(?:sexual\s+)?abuse(?:\s+of\s+(?:the|a|this)\s+(?:child|children|girl|boy|minor|victim|infant|toddler)\w*)?\s+(?:is|remains)\s+(?:ongoing|continuing)\b` +
		// Session 28 (round 56): a hospital's care disrupted now (on
		// diversion, patients moved, as a ransomware attack does); French coercion of a child with
		// a threat; German bomb and attack words (general knowledge).
		`|\b(?:(?:is|are|went|has gone|now) on (?:ambulance )?diversion|diverting (?:ambulances|patients)|patients? (?:are|were|had to be|have had to be|are being|were being) (?:being )?(?:moved|transferred|diverted|evacuated)|ventilated (?:ICU )?patients)\b` +
		`|(?:^|[^\p{L}])(?:menac[ée]e? de (?:s'en prendre|la tuer|le tuer|mort)|menaces de mort|abus sexuels?|Sprengsatz|Bombe|Anschlag|Amoklauf|Geisel\p{L}*)(?:$|[^\p{L}])` +
		// Session 33: French "il sera « exécuté »", "abattu" (a person;
		// not a warrant that "sera exécuté"), "un risque d'atteinte à sa
		// vie" (not "à sa vie privée"); a young person's goodbye message,
		// a person who "could not see any way out" (not "of the
		// subscription") (general knowledge of suicide risk as emergency
		// requests tell it).
		`|(?:^|[^\p{L}])(?:il|elle|ils|elles)\s+(?:sera|serait|seront|va être|vont être)\s+(?:[«"“]\s*(?:exécuté|abattu|tué)e?s?|(?:abattu|tué)e?s?)(?:$|[^\p{L}])|d'atteinte (?:à|a) (?:sa|leur|la) vie(?:\s*$|[^\p{L}\s]|\s+(?:[^pP\s]|[pP][^rR]))` +
		`|(?:\b(?:he|she|they|boy|girl|teen\w*|son|daughter|child|victim|student|\d{1,2}-year-old)\b|\b\d{1,2},)[^.]{0,60}\b(?:(?:message|note|letter|text|post|video)\s+(?:(?:to|for)\s+(?:a|his|her|their)\s+\w+\s+)?(?:saying|to say)\s+goodbye|goodbye (?:message|note|letter|text|post|video))\b|\b(?:he|she|they|boy|girl|teen\w*|son|daughter|child|student|man|woman|\d{1,2}-year-old)\b[^.]{0,30}?\b(?:could|can)(?:not|n't| not)\s+see\s+(?:any|a)\s+way out(?:\s*[.,;!]|\s+(?:and|but|anymore|any more|now)\b|\s*$|\s+of\s+(?:his|her|their)\s+(?:situation|life|pain|despair|misery)\b)|\b(?:he|she|they)\s+(?:sees?|saw)\s+no\s+way out(?:\s*[.,;!]|\s+(?:and|but|anymore|any more)\b|\s*$)` +
		// Session 28: French armed attack, shooting, attack plot
		// (general knowledge).
		`|(?:^|[^\p{L}])(?:attaque armée|fusillade|tuerie|attentat|arme à feu|armée? d'un (?:couteau|fusil|pistolet|revolver))(?:$|[^\p{L}])` +
		// Session 28: a vehicle driven into a crowd; Indonesian and Malay
		// (kidnapped, threatened to kill, suicide) and Hungarian (firearm,
		// to kill, suicide, missing, abducted) (general knowledge).
		`|\b(?:drive|driving|drove|ram|ramming|plow|plough|crash|steer)\w*\s+(?:a |an |his |her |their |the |my )?(?:[\w-]+\s+)?(?:truck|car|vehicle|van|suv|lorry)\s+(?:into|through)\s+(?:the |a )?(?:[\w-]+\s+){0,2}?(?:crowds?|people|parade|protesters|pedestrians|spectators|school|festival|market|gathering|audience|rally)\b` +
		`|(?:^|[^\p{L}])(?:diculik|penculikan|menculik|mengancam (?:akan )?membunuh|akan membunuh|bunuh diri|ancaman pembunuhan|hilang sejak|meledakkan|bom rakitan|bahan peledak|menyandera|disandera)(?:$|[^\p{L}])` +
		// Session 31 (round 67): a person named with their age and
		// missing ("Jo Roe, 16, has been missing since Monday"); a
		// person without the medicine they need to live ("left without
		// her insulin"); Arabic ending one's life (general knowledge).
		`|\b\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?, (?:age |aged )?\d{1,2},? (?:has been|is|was|went) (?:reported )?(?:missing|abducted|taken)\b|\bwithout (?:her|his|their) (?:insulin|medications?|medicine|heart medication|seizure medication|inhaler)\b|\b(?:will|could|would) become critically ill\b|إنهاء حيات` +
		`|(?:^|[^\p{L}])(?:lőfegyver\p{L}*|(?:meg\s+)?(?:akarja|fogja)\s+ölni|megöl\p{L}*|öngyilkos\p{L}*|eltűnt|elrabolt\p{L}*|emberrabl\p{L}*)` +
		// Session 30 (round 63): a threat to a person that goes on ("is a
		// threat to the witness", "removes the threat to both women"; not
		// "no longer any threat to the victim"); Finnish shooting and a
		// shotgun.
		`|\b(?:(?:poses?|posing|remains?|is|are)\s+(?:a|an)\s+(?:\w+\s+)?|(?:remov|eliminat|neutrali[sz]|end)\w*\s+the\s+)threat to (?:(?:the|his|her|their|both|two|a)\s+)?(?:witness(?:es)?|victims?|women|woman|men|man|children|child|family|girl|boy|her|him|them)\b|(?:^|[^\p{L}])(?:ampuvansa|ampua|tappavansa|tappaa|haulikko\p{L}*)(?:$|[^\p{L}])` +
		// Session 30 (round 61): Swedish shooting, killing, a weapon shown;
		// Korean jumping, a suicide note, missing, kidnapping, killing;
		// Swahili kidnapping and a threat to kill (general knowledge); a
		// person who says he will not be alive by morning; photos of
		// weapons shown with a threat (not "selling rifles").
		`|(?:^|[^\p{L}])(?:skjuter|skjuta|döda|dödar|mörda|mördar|spränga|spränger)\s+(?:\p{L}+\s+){0,3}?(?:så många|alla|ihjäl|henne|honom|dem|skolan|eleverna|sig själv)|bilder på (?:ett |en )?(?:vapen|gevär|pistol)|självmord\p{L}*|ta sitt (?:eget )?liv` +
		`|뛰어내리|유서|자살|극단적\s*선택|실종|납치|살해|죽이겠|폭탄` +
		`|(?:^|[^\p{L}])(?:alitekwa nyara|walitekwa nyara|utekaji nyara|kutishia kumuua|kumuua|kujiua)(?:$|[^\p{L}])` +
		`|\b(?:would|will|wo)(?:n't|\s+not)\s+be\s+alive\b|\b(?:photos?|photographs?|pictures?|images?|videos?)\s+of\s+(?:\w+\s+){0,2}?(?:rifles|handguns|guns|firearms|weapons)\b` +
		// Session 30: Hebrew murder, killing, suicide, kidnapping, ending
		// one's life and a threat to harm
		// (general knowledge; Hebrew letters take prefixes, so no
		// boundary); Spanish explosives and a risk of death; the signs of
		// a suicide in preparation that crisis lines list (a farewell
		// written, an earlier attempt, a walk into the water).
		`|לרצוח|להרוג|להתאבד|התאבדות|נחטפ|חטיפת|לשים קץ לחיי|(?:מאיים|מאיימת|איים|איימה)\s+(?:\p{Hebrew}+\s+){0,3}?ל(?:פגוע|רצוח|הרוג)` +
		`|(?:^|[^\p{L}])(?:artefacto explosivo|artefactos explosivos|amenaza de bomba|riesgo (?:real |grave |inminente |cierto )?de muerte|peligro de muerte)(?:$|[^\p{L}])` +
		`|\b(?:has|had|have)\s+(?:just\s+)?(?:written|made|left|posted|sent)\s+(?:out\s+)?(?:a |an |her |his |their )?(?:farewell (?:note|letter|message|post)s?|goodbye (?:note|letter|message|post)s?|suicide note)\b` +
		`|\b(?:has|had|have)\s+made\s+(?:a |an )?(?:serious |previous |prior |earlier )?(?:suicide attempt|attempt on (?:her|his|their) (?:own )?life|serious attempt)\b|\b(?:previous|prior|earlier|past) suicide attempts?\b` +
		`|\b(?:will|would|going to|gonna|wants? to|plans? to|intends? to|threaten\w* to)\s+["“'‘]?(?:walk|swim|wade)\s+(?:out\s+)?into\s+the\s+(?:sea|lake|river|ocean|water|bay|sound|surf|waves)\b` +
		// Spanish: a life at risk, self-harm, someone who cannot be found.
		`|riesgo (?:real |grave |inminente |cierto )?para su vida|\bautolesi\w+|no se (?:le|la|les) (?:localiza|encuentra)` +
		`|\bransom(?:s|ed)?\b|\brescate\b|\bsecuestr|amenaz\w* con matar|\bhostage|suicid(?:e|al) (?:note|threat|ideation|message|post|video|plan)|threat(?:ened|s)? to (?:kill|shoot|bomb|harm|attack|blow up)|active shooter|bomb threat|school shooting|mass shooting|sextortion|trafficking|overdose|self-harm` +
		`|\b(?:rifle|handgun|firearm|explosive devices?|explosives|barricaded|abducted|kidnapped|suicidal|stabbing|shooting|swatting|armed (?:man|woman|suspect|subject))\b` +
		`|(?:summary of (?:the )?emergency|nature of (?:the )?emergency|description of (?:the )?emergency|facts of (?:the )?emergency)\s*[:\-]\s*(?:[^.]|\.\w){30,}`)
	// dangerDetail tells an emergency with presentThreat: violence a person
	// has shown or fled ("prior arrests for aggravated assault", "she
	// and her children are now at a shelter"), a weapon shown, a person
	// gone. Alone such words tell a past crime, not an emergency.
	dangerDetail = lazyRegexp(`(?i)\b(?:at gunpoint|at knifepoint|(?:holds?|has|had|obtained|was granted) (?:a |an )?(?:protective|restraining|protection) order|(?:has |had )?(?:assaulted|beaten|strangled|choked|raped) (?:her|him|them|the victim)|\bbeing (?:beaten|choked|strangled|stabbed|assaulted|raped|tortured)\b|never (?:came|come|returned|made it) home|aggravated assault|domestic violence|stalk(?:ing|ed|er|s)|(?:violat\w*|violence of) (?:a |an |the |his |her |their )?(?:protective|restraining|protection) order|(?:protective|restraining|protection) order violation|(?:fled|moved|taken|went) to a (?:domestic[- ]violence |women's )?(?:shelter|refuge)|(?:are|is) (?:now )?(?:at|in) a (?:domestic[- ]violence |women's )?(?:shelter|refuge)|(?:moderate |severe |advanced )?(?:dementia|alzheimer'?s)|insulin[- ]dependent|(?:no|without (?:any |his |her |their )?)(?:insulin|medications?|medicines?|meds|heart medication|oxygen)(?: with (?:him|her|them))?|(?:missing|at-risk) (?:and )?endangered|endangered (?:missing|runaway|adult|child|juvenile)|orden(?:es)? de (?:protección|alejamiento))\b`)
	// presentThreat says the danger goes on: a kind of crime or a past
	// one ("a stalking case", "robbed at gunpoint last night") is no
	// account of an emergency without it.
	presentThreat = lazyRegexp(`(?i)\b(?:tonight|right now|is armed|not in custody|at large|has threatened to|(?:he|she|they|who|child|boy|girl|man|woman|male|female|victim|person|teen|juvenile|minor|elder|patient|resident|son|daughter|wife|husband|mother|father|yo|year-old|years old)\b[^.]{0,30}?(?:missing since|(?:is|are|has been|have been) (?:now |still )?missing)|(?:[\w-]+'s|his|her|their) (?:current )?location (?:is|remains) unknown|location of the \w+ (?:is|remains) unknown|whereabouts (?:are |is )?unknown|ha(?:s|ve) not been (?:able to )?(?:found|located|find|locate)|ha(?:s|ve) not been (?:seen|heard from) (?:since|for)|still missing|(?:en )?paradero desconocido|before (?:he|she|they) (?:finds?|reach(?:es)?|hurts?|kills?|harms?)|(?:to )?an unknown (?:destination|location|place)|(?:left|walked away from|wandered (?:off |away )?from) (?:his|her|their) (?:home|care home|nursing home|group home|care facility|facility) (?:this|last|early|around|at|on|today|tonight|yesterday)|(?:ankle |bond |GPS |electronic )?(?:monitor|tracker|bracelet) (?:lost (?:contact|his signal|her signal|the signal)|went (?:dark|offline)|was (?:cut|removed|cut off))|(?:cut|removed) (?:off )?(?:his|her) (?:ankle |GPS )?(?:monitor|bracelet|tracker)|absconded|(?:she|he|they|who|victim|woman|man|girl|boy|child|teen\w*|person|wife|mother|daughter|son)\s+(?:is|are)\s+(?:still\s+|now\s+)?being\s+(?:stalked|hunted|followed\s+(?:by|home|to|everywhere))|(?:owns|has|possesses|keeps|carries) (?:several |multiple |two |three |many |a |an |his |her )?(?:\w+ )?(?:firearms|guns|rifles|handguns|pistols|shotguns|firearm|gun|rifle|handgun|pistol|shotgun)(?: that| which)? (?:were|was|have|has) not (?:been )?(?:surrendered|seized|recovered|turned in))\b`)
	// notThreat names the public at large and threats to publish or sue:
	// no danger to a person.
	notThreat = lazyRegexp(`(?i)\b(?:community|public|society|world|population) at large\b|\bhas threatened to (?:publish|post|release|sue|report|leak|expose|share|file)\b`)
	// statuteDanger is the emergency standard of 18 U.S.C. 2702(b)(8) and
	// (c)(4) and its usual paraphrases: a certification, not a summary.
	statuteDanger = lazyRegexp(`(?i)\b(?:an? )?(?:(?:imminent|immediate|serious|grave|substantial|real) )?(?:danger|risk|threat) of (?:imminent )?death or (?:of )?serious (?:physical |bodily )?(?:injury|harm)(?: to (?:a|any|another|one or more) (?:person|individual)s?)?`)
	// deferralPart splits a sentence into the parts a deferral may stand
	// in alone ("The details are in the attached form, but in short a
	// girl was abducted …").
	deferralPart = lazyRegexp(`;|\s+but\s+|\s+however\s+|\s+[-–—]\s+|:\s`)
	// deferredFacts is a sentence that says where the emergency's facts or
	// the help of the records are told, not what they are.
	deferredFacts = lazyRegexp(`(?i)[^.!?]*\b(?:facts|summary|nature|details|description|circumstances|explanation|justification)\b[^.!?]*\b(?:are|is)\s+(?:all\s+|fully\s+)?(?:(?:set (?:out|forth)|described|detailed|explained|outlined|contained|given|included|provided|documented|summari[sz]ed)\s+)?in\s+(?:the|our|my|this|an?)\s+(?:[\w'’-]+\s+){0,5}?(?:form|document|attachment|affidavit|letter|report|request|declaration|application|exhibit|file|synopsis|narrative|memo|memorandum|statement)s?\b[^.!?]*[.!?]?`)
	// vagueSummary fills the summary field without a summary.
	vagueSummary = lazyRegexp(`(?i)(?:(?:summary|nature|description|facts) of (?:the )?emergency|(?:facts|circumstances|grounds) (?:establishing|supporting|constituting|showing|giving rise to) (?:the |an |this )?(?:emergency|exigency|exigent circumstances))(?:\s*\.{2,})?\s*[:\-|]?\s*(?:law[- ]enforcement\s+)?(?:(?:exigent circumstances(?: exist)?|urgent|life[- ]threatening(?: situation)?|emergency|critical|(?:threat|danger|risk) to (?:a )?(?:life|lives)|(?:imminent )?threat of (?:death|serious (?:bodily|physical) (?:harm|injury))|life at risk)\s*[-,;.]?\s*)?(?:[\[(<]` + placeholder + `[^\])>\n]*[\])>]|` + placeholder + `[^.\n]*)`)
	// vagueHelp is a form's "how the data will help" filled with a
	// placeholder ("TBD", "per Sgt. Roe", "refer to CAD").
	vagueHelp = lazyRegexp(`(?i)(?:\bhow (?:the |this |these |your )?(?:requested )?(?:information|data|records?)[^:.|]{0,30}(?:help|assist)s?|\bwhy (?:we need )?(?:the |these |your )?(?:records|information|data)\b[^:.|]{0,20})(?:[^:.|]{0,40}:)?(?:\s*\.{2,})?\s*[:\-|]?\s*(?:same\s+)?(?:[\[(<]` + placeholder + `[^\])>\n]*[\])>]|` + placeholder + `[^.\n]*)`)
	// emergencyHelp says how the data leads to the person in danger, in
	// English and in the languages of the foreign letters we read (Polish:
	// "pozwolą ustalić", "umożliwi odnalezienie").
	emergencyHelp = lazyRegexp(`(?i)(?:route|way|means|path|key) to (?:identifying|locating|finding|identify|locate|find|rescuing)|pozwol[ąi] (?:nam )?(?:ustalić|zlokalizować|zidentyfikować|odnaleźć|namierzyć)|umożliwi[ąa]? (?:nam )?(?:ustalenie|zlokalizowanie|identyfikację|odnalezienie)|permitir(?:[áa]n?|[íi]an?) (?:ubicar|localizar|identificar|encontrar|rescatar)|nos permitir(?:[áa]n?|[íi]an?)|nous permettr(?:a|ont|ait|aient|e)|permettr(?:a|ont|ait|aient) (?:de|d')|erm[öo]glich\w* (?:es )?uns|ci permett\w*|consentiranno di|stellen ons in staat|permitir[ãa]o (?:identificar|localizar)|\blets? us (?:identify|locate|find|trace|track|reach|stop|warn|prevent|rescue)\b|võimalda(?:b|vad|ksid) (?:meil )?(?:tuvastada|leida|kindlaks teha|tabada)|(?:will|would|could|can|may|should|might) (?:tell|show|give|point|lead|help|assist|allow|enable|let|aid|permit) (?:\p{Lu}\p{Ll}+ )?(?:us|our|them|investigators|officers|deputies|agents|detectives|negotiators|law enforcement|police|the (?:department|agency|investigators|team))|(?:our )?best lead|\b(?:fastest|quickest|best|only|surest) (?:path|route|way|means)(?: (?:we|I) (?:have|know|can|could))?(?: for (?:us|officers|investigators))? to (?:get to |get |reach |find |identify |locate )?(?:an? |his |her |their |the )?(?:[\w-]+'s )?(?:address|location|identity|whereabouts|ISP|residence|home)\b|\b(?:lead|point) (?:us )?to (?:an? |his |her |their |the )?(?:[\w-]+(?:'s)? )?(?:ISP|address|location|identity|whereabouts|residence)\b|\b(?:only|best|last) (?:\w+ )?leads?\b|\blead to (?:his|her|their|the) (?:location|whereabouts)|\bconfirm (?:his|her|their) identity|how (?:the |this )?(?:requested )?(?:information|data|records?)(?:[^.\n]|\.\w){0,40}(?:help|assist)|(?:will|would|could|can|may|should) (?:help |assist |allow us to |let us |enable us to |be used to )?(?:identify|locate|find|rescue|trace|track|reach)|(?:will|would|could|can|may|should) (?:help|assist|allow|let|enable|aid) (?:us|investigators|officers|deputies|agents|detectives|law enforcement|police|the (?:department|agency|investigation))|in order to (?:locate|identify|find|rescue|prevent|trace)|(?:needed|necessary|required|essential|critical|used) to (?:locate|identify|find|rescue|prevent|trace|track|determine)|(?:to|and) (?:locate|identify|find|rescue|trace|track down) (?:the |him|her|them|victim|child|suspect|author|person|individual|user|subscriber|caller|poster|minor|girl|boy)|(?:determine|establish|find) (?:the |his |her |their )?(?:location|whereabouts|identity)` +
		// Session 32: the data as the fastest route to the offender ("is
		// our fastest route to the sender"); German "der einzige Ansatz,
		// den Verfasser zu identifizieren", "um ihn zu lokalisieren"
		// (general knowledge).
		`|\b(?:fastest|quickest|best|only|surest|most direct) (?:path|route|way|means|lead) to (?:the |this |that )?(?:sender|author|writer|caller|suspect|offender|perpetrator|poster|attacker|kidnapper|abductor|abuser|(?:person|people|man|woman|individual|operator|owner)s? (?:operating|running|behind|who)|victim|child|girl|boy)\b` +
		// Session 33: Dutch "Met het IP-adres kunnen wij … de
		// verblijfplaats vaststellen" (what the data lets the police do,
		// not a question "kunnen wij vaststellen of u …"), "zodat
		// collega's hem kunnen zoeken" (general knowledge).
		`|\bmet (?:het|de|deze|die|dit)\s+(?:[\p{L}-]+\s+){0,3}?(?:kunnen|kan) wij\b(?:[^.]|\.\w){0,100}?\b(?:vaststellen|achterhalen|identificeren|lokaliseren|opsporen|traceren|vinden)\b|\bzodat (?:wij|we|collega's|agenten|de politie|hulpverleners) (?:hem|haar|hen|het kind|het slachtoffer)? ?(?:kunnen|snel kunnen) (?:vinden|zoeken|opsporen|lokaliseren|helpen|bereiken)\b` +
		`|(?:einzig|best|schnellst)\p{L}* (?:Ansatz|Weg|Möglichkeit|Spur|Anhaltspunkt)\p{L}*(?:[^.]|\.\w){0,60}?\bzu (?:identifizieren|ermitteln|lokalisieren|orten|finden)\b|\bum\s+(?:\p{L}+\s+){0,4}?(?:zu identifizieren|zu lokalisieren|zu orten|ausfindig zu machen|festzunehmen)\b` +
		// "the only way we can get to her ISP / location tonight".
		`|\b(?:fastest|quickest|best|only|surest) (?:path|route|way|means) (?:we|I|officers|deputies) (?:can|could) (?:get to|reach|find|identify|locate|trace) (?:an? |his |her |their |the )?(?:[\w-]+'s )?(?:address|location|identity|whereabouts|ISP|residence|home|him|her|them)\b` +
		// "die einzige Spur zum Verfasser", "Mit ihnen können wir den
		// Anschlussinhaber feststellen".
		`|(?:einzig|best|schnellst)\p{L}* (?:Ansatz|Weg|Spur|Anhaltspunkt)\p{L}* zu(?:m|r)? (?:Verfasser|Täter|Absender|Urheber|Person|Opfer|Kind)\p{L}*|\b(?:können|könnten) wir\b(?:[^.]|\.\w){0,80}?\b(?:feststellen|ermitteln|identifizieren|lokalisieren|orten|finden|verhindern)\b` +
		// Session 28: where the person is ("the fastest way we have to find
		// where the person is"); Indonesian and Malay ("akan membantu kami
		// mengidentifikasi", will help us identify) and Hungarian
		// ("azonosítani tudjuk", we can identify) (general knowledge).
		`|\bto (?:find|locate|determine|establish|learn|work out|tell) (?:out )?(?:where|who) (?:he|she|they|the|this|that|it|is)\b` +
		// French "le seul moyen rapide de localiser l'auteur", Italian "ci
		// servono per identificare e localizzare l'autore", "potrebbe
		// condurci a lui" (general knowledge).
		// "our best chance of identifying", "our best way of
		// identifying"; Italian "per localizzarlo", "possiamo ottenere …
		// la posizione"; German "es uns ermöglichen"; Norwegian, Danish and
		// Swedish "kan gi oss en adresse" (general knowledge).
		`|\b(?:best|only|last|fastest|quickest) (?:chance|way|means|hope)(?: (?:we|I) (?:have|know))? (?:of|for) (?:identifying|locating|finding|reaching|stopping|rescuing)\b` +
		`|\bper (?:localizzarl|rintracciarl|identificarl|trovarl)\p{L}|\bpossiamo (?:ottenere|individuare|localizzare|identificare)\b|\buns (?:\p{L}+ )?erm[öo]glich|\bkan (?:gi oss|give os|ge oss) (?:en |et |ett )?(?:\p{L}+ )?(?:adresse|adress|posisjon|position|identitet|plassering|placering)` +
		`|(?:seul|meilleur|unique) moyen (?:\p{L}+ )?(?:de |d')(?:localiser|identifier|retrouver|interpeller)|(?:ci )?serv(?:e|ono) per (?:identificare|localizzare|rintracciare|trovare)|condurci (?:a|da) (?:lui|lei|loro)` +
		`|membantu (?:kami|polisi|penyidik|kepolisian|pihak kepolisian) (?:untuk )?(?:mengidentifikasi|menemukan|melacak|menyelamatkan|menentukan|mengetahui|mencari)|(?:^|[^\p{L}])(?:azonosítani|megtalálni|felkutatni|beazonosítani|lokalizálni) tudjuk|(?:meg|be|fel) tudjuk (?:találni|azonosítani|kutatni)` +
		// "should show which network he used", "may narrow down where he is".
		`|(?:will|would|could|can|may|should|might) (?:show|tell|reveal|indicate) (?:us )?(?:which|where|who)\b|\bnarrow (?:down )?(?:where|his location|her location|their location|the location|the search)\b` +
		// "It tells us whether we go in", "tells us whether this is a hoax".
		`|\b(?:IPs?|IP address(?:es)?|records|data|information|logs?|account|acct|identifying|subscriber|connection)\b[^.]{0,80}\btells? us (?:whether|where|who|which|if)\b` +
		// In the present tense, or for someone: "the IP lets us get his
		// ISP to confirm the connection", "a way for negotiators to reach
		// him", "that is how this helps".
		`|\b(?:lets|allows|enables|helps) (?:us|investigators|officers|deputies|agents|detectives|negotiators|police|law enforcement) (?:to )?(?:identify|locate|find|rescue|trace|track|reach|contact|confirm|get|end|stop)\b|\b(?:route|way|means|path) for (?:us|investigators|officers|deputies|agents|detectives|negotiators|police|law enforcement) to (?:identify|locate|find|rescue|trace|track|reach|contact)\b|\b(?:route|way|means|path) for (?:us|investigators|officers|deputies|agents|detectives|negotiators|police|law enforcement) to (?:get|obtain) (?:his|her|their|the (?:suspect|victim|subject|caller)(?:'s|’s)|an?|the) (?:current |home |last |real )?(?:address|location|identity|whereabouts|name)\b|\bhow (?:this|it|that|the (?:data|records?|information)) (?:helps|will help|assists|will assist)\b` +
		// A purpose clause: "so we can ID her and get someone to her",
		// "so that deputies can reach him".
		`|\bso (?:that )?(?:we|officers|deputies|agents|detectives|investigators|negotiators|police|units?|patrol|medics) (?:can|could|may|might|are able to) (?:ID|identify|locate|find|reach|rescue|trace|track|contact|get (?:to|someone to|officers to|deputies to|help to|a unit to|units to|medics to|paramedics to|EMS to|an ambulance to)|send (?:medics|paramedics|EMS|an ambulance|officers|deputies|units?|help) to)\b` +
		// A Nordic form's heading "why the data is needed" before its
		// answer (Swedish, Danish, Norwegian).
		// Finding or identifying a person in Japanese, Chinese and Korean
		// (general knowledge): "所在を特定し", "确定其下落", "위치를 파악".
		// Arabic: "will enable us to identify the place", "to locate".
		`|(?:ستمكننا|تمكننا|يمكننا|سيمكننا)(?:\s+\S+){0,3}?\s+من (?:تحديد|معرفة|الوصول)|لتحديد (?:مكان|هوية|موقع)` +
		// Session 30: what officers can do with the data ("With those we
		// can serve the ISP and send officers to the address"); Hebrew
		// "will allow us", "in order to locate" (general knowledge).
		`|\bwith (?:those|these|that|this|them|it|the (?:records|data|information|IPs?|IP address(?:es)?|e-?mail|logs|details))\b,?\s+(?:we|officers|deputies|investigators|agents|police)\s+(?:can|could|will be able to|would be able to|may|might)\s+(?:\w+\s+){0,8}?(?:identify|locate|find|reach|rescue|trace|track|send|dispatch|get (?:to|officers|deputies|help))\b` +
		`|(?:יאפשר|יאפשרו|תאפשר|יסייע|יסייעו|יעזור|יעזרו)\s+לנו|(?:כדי|על מנת)\s+לאתר` +
		// Session 30 (round 63): "fresh leads to where he is staying";
		// Italian "permettendoci di ritrovare",
		// "possono identificare" (general knowledge).
		`|\bleads?\s+to\s+(?:where|who)\s+(?:he|she|they|the)\b|(?:^|[^\p{L}])(?:permettendoci|consentendoci)\s+di\s+(?:ritrovare|identificare|localizzare|rintracciare|trovare)|(?:^|[^\p{L}])(?:possono|potrebbero|potranno)\s+identificare(?:$|[^\p{L}])` +
		// Session 30 (round 62): Spanish and Portuguese in the present
		// ("permitem identificar … e localizar o autor"), Hungarian
		// "alapján azonosítható" (can be identified from).
		`|(?:^|[^\p{L}])permite[mn]?\s+(?:nos\s+|\p{L}+\s+)?(?:ubicar|localizar|identificar|encontrar|rescatar)(?:$|[^\p{L}])|(?:^|[^\p{L}])(?:azonosítható|beazonosítható|felkutatható|megtalálható|lokalizálható)(?:$|[^\p{L}])` +
		// Session 30 (round 61): Dutch "kunnen wij haar … lokaliseren",
		// Swedish "för att identifiera", Norwegian "vil la oss finne",
		// Danish "for at finde" (general knowledge).
		`|(?:^|[^\p{L}])(?:kunnen wij|kunnen we|zodat wij|zodat we)\s+(?:\p{L}+\s+){0,6}?(?:lokaliseren|identificeren|vinden|opsporen|traceren)|(?:^|[^\p{L}])(?:för att|for å|for at)\s+(?:kunne\s+|kunna\s+)?(?:identifiera|lokalisera|hitta|spåra|finna|identifisere|lokalisere|finne|spore|peile|identificere|finde)(?:$|[^\p{L}])|(?:^|[^\p{L}])(?:vil|kan|skal)\s+la\s+oss\s+(?:finne|identifisere|lokalisere|spore|peile)|(?:^|[^\p{L}])lar\s+oss\s+(?:finne|identifisere|lokalisere|spore|peile)` +
		// Czech, Norwegian, Danish, Swedish and Spanish: what the data
		// will let the police do (general knowledge).
		`|(?:^|[^\p{L}])(?:zjistíme|umožní (?:nám )?(?:zjistit|lokalizovat|identifikovat|najít|nalézt)|pomůže (?:nám )?(?:najít|lokalizovat|zjistit|identifikovat))` +
		`|\bslik at vi kan (?:finne|identifisere|lokalisere|spore|stoppe)|\bså (?:at )?vi kan (?:finde|identificere|lokalisere|spore)|\bså att vi kan (?:hitta|identifiera|lokalisera|spåra)|\bkan vise hvor|\bkan visa var` +
		`|\bpodremos (?:localizar|identificar|ubicar|encontrar|detener)` +
		// Norwegian, Greek, Ukrainian and Russian.
		`|\bgi oss mulighet til å (?:finne|identifisere|lokalisere|spore)|\bgjøre det mulig å (?:finne|identifisere|lokalisere)|θα εντοπιστ\p{L}*|(?:^|[^\p{L}])να (?:εντοπίσ|ταυτοποιήσ)\p{L}*|να βρούμε|gøre det muligt at (?:identificere|finde|lokalisere|spore|pågribe)|(?:kan|kunnen|zal|zullen) ons\b[^.]{0,60}\b(?:leiden|brengen)\b|\b(?:IPs?|IP address(?:es)?|records?|logs?|data|information|e-?mail|account|it|this|that)\s+(?:gets?|gives?|shows?|tells?|leads?) us\b[^.]{0,40}\b(?:ISP|carrier|location|identity|whereabouts|where)\b|\bif (?:we|I) (?:know|have|get|had|knew|obtain)\b[^.]{0,160}\b(?:we|I) (?:can|could|will|would) (?:then )?(?:get|find|learn)\b[^.]{0,40}\b(?:location|ISP|provider|whereabouts|address)\b|memungkinkan kami (?:untuk )?(?:mengidentifikasi|menemukan|melacak|menentukan|mengetahui|menangkap|menyelamatkan)|(?:kann|können|könnte|könnten|wird|werden) uns\b[^.]{0,80}\bführen\b|θα (?:ταυτοποιήσ|εντοπίσ)\p{L}*|kan vise (?:oss|os) hvor|(?:^|[^\p{L}])(?:قد |س)?تحدد (?:مكان|هوية|موقع)|(?:pode|podem|poderá|poderão) (?:levar|conduzir) (?:à|a) (?:identifica[çc][ãa]o|localiza[çc][ãa]o)|(?:^|[^\p{L}])για (?:τον )?εντοπισμ\p{L}*|дозвол\p{L}* встановити|позвол\p{L}* (?:установить|определить)` +
		// Icelandic: "with them we can find", "to locate".
		`|getum vi[ðd] (?:fundi[ðd]|sta[ðd]sett|bori[ðd] kennsl)|til a[ðd] (?:finna|sta[ðd]setja|bera kennsl)` +
		`|(?:所在|居場所|身元|位置)(?:を|の)(?:特定|把握|確認)|(?:确定|查明|找到|锁定)(?:其|他|她|该人|当事人)?(?:的)?(?:位置|下落|身份|行踪)|(?:위치|소재|신원)(?:를|을)?\s*(?:파악|확인|특정)` +
		`|\bvarför uppgifterna (?:behövs|är nödvändiga)\s*:?\s*(?:\S+\s+){6}|\bhvorfor oplysningerne (?:er nødvendige|behøves)\s*:?\s*(?:\S+\s+){6}|\bhvorfor opplysningene (?:trengs|er nødvendige)\s*:?\s*(?:\S+\s+){6}` +
		// Session 31 (round 66): Italian "ci consentirebbero di
		// risalire …"; French "permettra, via le fournisseur d'accès, de
		// localiser …" (general knowledge).
		`|\bci consent\p{L}* di (?:risalire|identificar|localizzar|individuar|rintracciar)|\bpermettr\p{L}*,[^.,]{0,60},\s*(?:de|d')\s*(?:localiser|identifier|retrouver|trouver)` +
		// Session 31 (round 67): "to get a location on him".
		`|\bto (?:get|obtain|have) a (?:location|fix|ping) on (?:him|her|them|the (?:suspect|subject|victim|child|shooter))\b` +
		// Session 31 (round 65): the records "are how we identify the
		// author tonight"; "once we know who and where he is".
		`|\b(?:is|are) how (?:we|officers|investigators|deputies|police) (?:can |will |would )?(?:identify|find|locate|trace|reach)\b|\bonce we (?:know|learn|have) (?:who|where)\b`)
	recordsAsked = lazyRegexp(`(?i)records|information|subscriber|data|logs|identify|who (owns|operates|is behind)|e-?mail address` +
		// The same asked in Spanish, Portuguese, French, German, Dutch
		// and Italian.
		`|informaci[óo]n|datos|dados|informa[çc](?:[ãa]o|[õo]es)|registros|donn[ée]es|renseignements|\bDaten\b|gegevens|\bdati\b`)
	// foreignDataAsked: data or information asked for in the languages
	// recordsAsked does not read (general knowledge): Croatian, Serbian,
	// Bosnian, Slovenian, Czech, Slovak, Polish, Lithuanian, Latvian,
	// Estonian, Hungarian, Romanian, Finnish, the Scandinavian languages,
	// Turkish, Vietnamese, Indonesian and Malay; Greek, Cyrillic, Hebrew,
	// Arabic, Persian, Devanagari, Thai, Chinese, Japanese and Korean.
	// Only an unlisted sender's claim to be an agency reads it.
	foreignDataAsked = lazyRegexp(`(?i)(?:^|[^\p{L}])(?:podat(?:ak|aka|ke|ci|kov|kih)|[úu]daj(?:e|ov|[ůu]|ích)|dane|danych|duomen\p{L}*|dat(?:i|us|iem)|andme(?:d|id|te)|adat(?:ok|okat|ai)?|datele|tiedot|tietoj\p{L}*|uppgifter|oplysninger|opplysninger|veri(?:ler|leri)?|bilgi(?:ler|leri)?|d[ữu] li[ệe]u|th[ôo]ng tin|informasi|maklumat)(?:$|[^\p{L}])|δεδομέν|στοιχεί|данн|дани|даних|податак|подаци|נתונים|מידע|بيانات|معلومات|اطلاعات|डेटा|जानकारी|ข้อมูล|数据|資料|信息|データ|情報|데이터|자료|정보`)
	extension        = lazyRegexp(`(?i)\b(extend|extension|renew)\w*\b[^.]{0,60}\bpreserv|\bpreserv\w*[^.]{0,60}\b(extend|extension|renew)|2703\s*\(f\)\s*\(2\)|additional (period of )?90 days`)
)
