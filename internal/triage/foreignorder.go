package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A letter from abroad often tells its court order in its own words and
// word order ("il Giudice … del Tribunale di Roma ha emesso in data
// 19/03/2026 un decreto", "Na základě příkazu, který vydal Okresní soud v
// Ostravě dne 19. 2. 2026", "Mahakama ya Hakimu Mkazi Kisutu imetoa amri
// tarehe 22/01/2026"), which no rule for one wording reaches. Read
// together, three things tell an order that exists: a court named in its
// own language (foreignCourt), a word for a court's order or decision in
// the same sentence, and a date, an issuing verb or an attachment beside
// them. Lexicons: general knowledge of the judicial acts of those
// countries' procedure codes.
var (
	// orderNoun is a court's order, decision, ruling or authorisation.
	orderNoun = lazyRegexp(`(?i)(?:^|[^\p{L}])(?:` +
		// English, Italian, French, Spanish, Portuguese, German, Dutch.
		`(?:judicial |court )?order|decision|ruling|decree|authori[sz]ation|judgment|decret[oi]|ordinanz[ae]|provvediment[oi]|autorizzazione|ordonnance|d[ée]cision|jugement|autorisation|commission rogatoire|auto|orden|resoluci[óo]n|oficio judicial|autorizaci[óo]n|mandamiento|providencia|ordenad[oa]|despacho|decis[ãa]o|mandado|ordem|autoriza[çc][ãa]o|Beschlusses|Beschluss|Anordnung|Verf[üu]gung|beschikking|bevel|machtiging|toestemming` +
		// Czech, Slovak, Polish, South Slavic, Hungarian, Romanian,
		// Baltic, Albanian, Turkish, Icelandic, Nordic, Greek, Swahili.
		`|p[řr][íi]kaz\p{L}*|usnesen[íi]\p{L}*|uznesen[íi]\p{L}*|rozhodnut[íi]\p{L}*|postanowieni\p{L}*|nakaz\p{L}*|nalog\p{L}*|rje[šs]enj\p{L}*|re[šs]enj\p{L}*|odredb\p{L}*|naredb\p{L}*|sklep\p{L}*|odlo[čc]b\p{L}*|v[ée]gz[ée]s\p{L}*|hat[áa]rozat\p{L}*|[îi]ncheier\p{L}*|ordonan[țţ]\p{L}*|hot[ăa]r[âa]r\p{L}*|l[ēe]mum\p{L}*|nutart\p{L}*|m[äa][äa]rus\p{L}*|vendim\p{L}*|urdh[ëe]r\p{L}*|urdhr\p{L}*|karar\p{L}*|[úu]rskur[ðd]\p{L}*|kjennelse\p{L}*|kendelse\p{L}*|beslut\p{L}*|p[äa][äa]t[öo]s?\p{L}*|amri|imeamuru|διάταξ\p{L}*|βούλευμ\p{L}*|απόφασ\p{L}*` +
		// Cyrillic: Bulgarian, Serbian, Macedonian, Russian, Ukrainian.
		`|наредб\p{L}*|разрешени\p{L}*|разпореждан\p{L}*|определени\p{L}*|постановлени\p{L}*|решени\p{L}*|ухвал\p{L}*|санкци\p{L}*` +
		`)(?:[^\p{L}]|$)` +
		// Arabic, Hebrew, Korean, Japanese, Chinese, Thai, Vietnamese
		// (written without spaces between words, or with their own).
		`|قرار|أمر|إذن|أذنت|ajrim\p{L}*|צו|החלטה|허가서|영장|결정|명령|令状|命令|決定|裁定|คำสั่ง|(?i:quy[ếe]t [đd][ịi]nh|l[ệe]nh)`)
	// orderHad tells the order exists: a date, a verb of issuing in the
	// past, or the order at hand.
	orderHad = lazyRegexp(`(?i)\b(?:0?[1-9]|[12]\d|3[01])\s?[./-]\s?(?:0?[1-9]|1[0-2])\s?[./-]\s?(?:19|20)?\d{2}\b|\b(?:0?[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}\b|\b\p{L}{3,}\.?\s+(?:0?[1-9]|[12]\d|3[01]),?\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\b|\b(?:19|20)\d{2}\.\s+gada\b|\d{4}年|` +
		`\b(?:issued|granted|signed|made|entered|authori[sz]ed|ordered|emess[oa]|emanat[oa]|rendue?|d[ée]livr[ée]e?|emitid[oa]|expedid[oa]|librad[oa]|dictad[oa]|proferid[oa]|ordenó|autorizó|ha autorizado|ha ordenado|autorizou|deferiu|determinou|erlassen|ergangen|vydal[ai]?|vydan[ýáé]|wydan[ye]|izdao|izdan[aoi]?|izdal|издаден[ао]?|издал|вынес\p{L}*|ka urdh[ëe]ruar|imetoa|ilitoa|iliyotolewa|nasanod\p{L}*|pie[ņn][ēe]ma|kveðinn upp)\b|נתן|صدر|أصدر|발부|` +
		`\b(?:attached|enclosed|herewith|ci-joint[es]*|en anexo|adjunt[oa]s?|em anexo|anexad[oa]s?|junto se remete|anbei|in allegato|allegat[oa]|in bijlage|bijgevoegd|w załączeniu|v příloze|u prilogu|в приложение)\b`)
	// orderNotHad sets the sentence apart: a treaty request (whose court
	// abroad sends its letter through governments), or an order yet to
	// come, asked for or refused.
	orderNotHad = lazyRegexp(`(?i)\b(?:internacional|international[e]?|internazionale|interna[țţ]ional[ăa]?|rogatoria|rogat[óo]ria|rogatory|exhorto|Rechtshilfe\p{L}*|letters? of request|mutual legal assistance|MLAT|entraide|asistencia (?:legal|jur[íi]dica|judicial) mutua|will|would|could|intends?|pending|if|once|unless|until|tramitar[áa]|solicitar[áa]|enviar[áa]|pedir[áa]|podr[íi]a|sollicitera|demandera|pourra(?:it)?|chieder[àa]|richieder[àa]|potr(?:à|ebbe)|wird|werden|würde|zal|zullen|poder[áa]|ir[áa]|bude|będzie|refused|rejected|denied|rechaz\p{L}*|deneg\p{L}*|rejeit\p{L}*|indeferi\p{L}*|rifiut\p{L}*|rejet\p{L}*|abgelehnt)\b`)
	// orderDenied denies the order in the sentence ("no court order has
	// been issued", "non è stato emesso", "não foi proferida", "nie
	// wydał", "nicht erlassen", "pas encore", Czech and Croatian "nevydal", "nije
	// izdao" through "ne" on the verb). Portuguese "no" is "in
	// the" ("no âmbito do inquérito"): only with the words that deny.
	orderDenied = lazyRegexp(`(?:^|[^\p{L}])(?:[Nn]o (?:court|order|judicial|decision|ruling|warrant|se|ha|han|hay|existe|fue|es|tenemos|contamos|hemos)|[Nn]ot|[Nn]ever|[Nn]on|[Nn]ão|[Nn]ie|[Nn]icht|[Kk]ein\p{L}*|[Nn]iet|[Gg]een|[Ss]ans|[Ss]enza|[Oo]hne|[Zz]onder|[Pp]as|[Yy]et|[Aa]ún no|[Aa]inda não|[Aa]ncora|[Nn]e(?:vydal|vydán|byl|bylo|byla|izdao|izdan|wydał)\p{L}*)(?:[^\p{L}]|$)`)
	// searchOrder is an order to search and seize: a warrant ("mandado
	// de busca e apreensão", "orden de entrada y registro",
	// "Durchsuchungsbeschluss", "perquisition", "perquisizione",
	// "przeszukanie", "prohlídka", "pretraga", "huiszoeking",
	// "ransakning").
	searchOrder = lazyRegexp(`(?i)search warrant|mandado de busca|entrada y registro|orden de registro|durchsuchung|perquisi(?:tion|zione)|przeszukan|prohl[íi]d[kc]|pretra[gz]|huiszoeking|ransak`)
	// puertoRicoCourt is a court of Puerto Rico's own system: "Tribunal de
	// Primera Instancia", "Tribunal de Apelaciones", "Tribunal Supremo"
	// (general knowledge).
	puertoRicoCourt = lazyRegexp(`\bTribunal (?:de Primera Instancia|de Apelaciones|Supremo)\b`)
	// arrestOrder orders a person's arrest or detention (Spanish,
	// Portuguese, French, German, Italian, English: general knowledge).
	arrestOrder = lazyRegexp(`(?i)\b(?:[óo]rden(?:es)? de (?:arresto|aprehensi[óo]n|detenci[óo]n|captura|prisi[óo]n)|mandado de (?:pris[ãa]o|captura)|mandat d'arr[êe]t|Haftbefehl|ordine di (?:arresto|cattura)|arrest warrant)`)
	// englishSentence is a sentence in English (two of its commonest
	// words); orderForData is what an order for records is for.
	englishSentence = lazyRegexp(`(?i)\b(?:the|of|and|was|has|issued)\b.*\b(?:the|of|and|was|has|issued|on|by)\b`)
	orderForData    = lazyRegexp(`(?i)\b(?:data|records|information|disclosure|production|acquisition|collection)\b`)
	// inOrderTo is English "in order to", no order.
	inOrderTo = lazyRegexp(`(?i)\bin order (?:to|that)\b`)
	// courtSeat is the court a prosecutor's office sits beside
	// ("Procura della Repubblica presso il Tribunale di Milano",
	// "procureur de la République près le tribunal judiciaire de Lyon"):
	// the prosecutor acts, not the court.
	courtSeat = lazyRegexp(`(?i)(?:\bpresso(?: il| la| l')?|\bpr[èe]s(?: le| la| du| de la)?|\bauprès(?: du| de la)|l[âa]ng[ăa])\s*$`)
)

// writtenInEnglish reports a text whose words are English by their
// commonest words: one word in twenty or more is one of them (English
// prose runs near one in five; a letter in another language quotes a
// name or two).
func writtenInEnglish(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	n := 0
	for _, w := range words {
		switch w {
		case "the", "of", "and", "to", "is", "for", "with", "that", "was", "please", "we", "you", "this", "are", "have", "be", "on", "by":
			n++
		}
	}
	return len(words) == 0 || n*20 >= len(words)
}

// puertoRican reports a host of Puerto Rico's government (pr.gov, a
// name under .pr.us): a US jurisdiction that writes Spanish.
func puertoRican(host string) bool {
	return host == "pr.gov" || strings.HasSuffix(host, ".pr.gov") || strings.HasSuffix(host, ".pr.us")
}

// usGovernmentSender reports a sender of a US government domain (.gov,
// .mil, a state's or locality's .us) or of a listed US agency.
func usGovernmentSender(host string, agency Agency) bool {
	if agency.Country == "US" {
		return true
	}
	s := suffixOf(registrable(host))
	return s == "gov" || s == "mil" || strings.HasSuffix(host, ".us")
}

// foreignCourtOrder finds a court abroad named in its own language with
// its order told as had in the same sentence, and returns that sentence
// and the order's kind (court_order, or search_warrant for a search).
func foreignCourtOrder(text string, puertoRico bool) (sentence, kind string) {
	flat := strings.Join(strings.Fields(text), " ")
	locs := foreignCourt.FindAllStringIndex(flat, -1)
	// Puerto Rico's own courts, named in Spanish, only in its own
	// government's letter: elsewhere the same names are courts abroad.
	if puertoRico {
		locs = append(locs, puertoRicoCourt.FindAllStringIndex(flat, -1)...)
	}
	for _, loc := range locs {
		if courtSeat.MatchString(flat[max(0, loc[0]-24):loc[0]]) {
			continue
		}
		s := inOrderTo.ReplaceAllString(sentenceOf(flat, loc), "")
		// A sentence in English says what the order is for ("ordered the
		// disclosure of the following data"): not an order freezing a
		// bank account.
		if englishSentence.MatchString(s) && !orderForData.MatchString(s) {
			continue
		}
		// An order to arrest a person is no order for records.
		if orderNoun.MatchString(s) && orderHad.MatchString(s) && !orderNotHad.MatchString(s) && !orderDenied.MatchString(s) && !arrestOrder.MatchString(s) {
			if searchOrder.MatchString(s) {
				return s, "search_warrant"
			}
			return s, "court_order"
		}
	}
	return "", ""
}

// sentenceOf is the sentence of flat around loc, at most 200 characters
// each side. A sentence ends at a full stop after a word (not after a
// date's or a number's digits, "19. 2. 2026", "N° 7.") before a capital.
func sentenceOf(flat string, loc []int) string {
	start, end := max(0, loc[0]-200), min(len(flat), loc[1]+200)
	for !utf8.RuneStart(flat[start]) {
		start++
	}
	for end < len(flat) && !utf8.RuneStart(flat[end]) {
		end++
	}
	for i := loc[0] - 2; i > start; i-- {
		if stopAt(flat, i) {
			start = i + 2
			break
		}
	}
	for i := loc[1]; i < end-1; i++ {
		if stopAt(flat, i) {
			end = i + 1
			break
		}
	}
	return flat[start:end]
}

// stopAt reports a full stop at i that ends a sentence: after a
// letter or a closing parenthesis ("(… agravada). Se solicita"), before
// a space and a capital.
func stopAt(flat string, i int) bool {
	if flat[i] != '.' && flat[i] != '!' && flat[i] != '?' || i+2 >= len(flat) || flat[i+1] != ' ' || i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(flat[:i])
	next, _ := utf8.DecodeRuneInString(flat[i+2:])
	return (unicode.IsLetter(prev) || prev == ')') && unicode.IsUpper(next)
}
