package triage

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A sender can be a real agency that no list of ours names: a county
// sheriff on co.<county>.<st>.us or on its own .org, a city police
// department writing from the city's domain, a state attorney general on a
// .com. Rejecting such a request as "not law enforcement" refuses police;
// answering it automatically answers whoever controls the domain. So a
// sender whose domain is not free-mail, not a lookalike and on no list, but
// whose letter identifies itself as an agency and carries legal process or
// an emergency claim, is read as law enforcement, unverified: the policy
// holds every reply and sends it to review (see policy.Decide).
//
// An agency we do know, claimed from a domain that is not its own ("FBI
// Legal" on a freight company's domain), is an impersonation: the sender
// stays "other" and is refused, held for review all the same.

// informalAsk is a plain question about an account: who registered it,
// whose it is ("who the account belongs to", "who has the account",
// "whose account that site is under"), its e-mail or IP addresses ("what
// e-mail you have for them", "the e-mail on file").
var informalAsk = lazyRegexp(`(?i)\bwho(?:ever)?(?:'s|’s| is)? (?:registered|owns|runs|operates|behind|set up)\b|\bwhatever (?:you have|you've got|you can (?:share|send|give))(?: on file)? (?:on|about)\b|\bwho(?:se)? (?:\w+ ){0,3}?account\b|\baccount belongs to\b|\bwhat e-?mail\b|\be-?mail (?:address )?(?:is |you have )?on file\b|\b(?:e-?mail|IP)s?(?: address(?:es)?)?\b[^.?]{0,40}\b(?:used|using|behind|on the account|registered)\b|\baccount holder\b|\bregistrant\b|\b(?:login|log-in|sign-in|access) (?:IP )?(?:history|IPs?|logs?)\b|\bIP (?:history|logs?)\b`)

// agencyName matches the names law-enforcement bodies give themselves
// (general knowledge of US federal, state and local, UK, Canadian,
// Australian and European agency naming).
var agencyName = lazyRegexp(`\b` + agencyNameExpr)

const agencyNameExpr = `(?:Sheriff'?s? (?:Office|Department|Dept\.?)|Office of the (?:County )?Sheriff\b|Police (?:Department|Dept\.?|Service|Force|Division|Bureau)|Department of (?:Public Safety|Police|Justice|Corrections)|(?:Division|Bureau) of Police\b|(?:State|Highway) Patrol|State Police|Bureau of (?:Investigation|Criminal|Special Investigations?)|Departamento de Justicia|District Attorney'?s?|State'?s Attorney|County Attorney'?s? Office|Commonwealth'?s Attorney|(?:United States|U\.S\.) Attorney|Attorney General|Prosecutor'?s? Office|Prosecuting Attorney|(?:County )?Constable(?:'s Office|,? (?:Precinct|Pct\.?))|Marshal'?s? (?:Office|Service)|Constabulary|Gendarmerie|Polizei\w*|[A-ZÄÖÜ]\w*polizei\w*|Staatsanwaltschaft|Fiscal[íi]a|Pol[íi]c[íi]a (?:Nacional|Federal|Civil|Judici[aá]ria|Judicial|Municipal|Estatal|Local|Foral)|Delegad[oa] de Pol[íi]cia|S[ûu]ret[ée] du Qu[ée]bec|S[ûu]ret[ée] (?:provinciale|municipale)|Service de police|Police nationale|Police f[ée]d[ée]rale|Mossos d'Esquadra|Ertzaintza|Polizia (?:di Stato|Postale)|Questura|Guardia di Finanza|Bundeskriminalamt|Landeskriminalamt|Kriminalpolizei|Kantonspolizei|Rikspolisen|Politiet|Garda S[íi]och[áa]na|Office of Law Enforcement|Office of Special Investigations|AFOSI|Naval Criminal|NCIS|Coast Guard Investigative Service|CGIS|Defense Criminal Investigative Service|DCIS|Army CID|Criminal Investigation Command|Guardia Civil|Polizia|Carabinieri|Politie|Policja|Task Force|Criminal Investigations?|Investigations Division|Detective (?:Bureau|Division)|Crimes (?:Unit|Division|Section)|Narcotics|Homicide|Special Victims|Inspector General|Public Safety|Law Enforcement (?:Division|Agency|Department|Bureau|Services)|Department of Law Enforcement|Secret Service|Marshals Service|Postal Inspection Service|Homeland Security Investigations|Border Patrol|Drug Enforcement Administration|Federal Bureau of Investigation|Criminal Investigation (?:Division|Command)|Naval Criminal Investigative Service|Office of Special Investigations|Police|` +
	// A police department by its common short form: "Example Metropolitan
	// PD", initials ending in PD as a signature writes them ("XMPD -
	// Property Crimes"), not an acronym in prose ("(RGPD)", the GDPR in
	// Spanish and French).
	`[A-Z][a-z]+ PD|[A-Z]{2,5}PD(?: [-–|]|$)|` +
	// A department's or a sheriff's office's initials before its unit,
	// ending the line ("XPD Intelligence Fusion Center", "XCSO Hostage
	// Negotiation Team"); not the GDPR's Spanish and French initials.
	`(?:[A-QS-Z]|R[A-FH-Z])[A-Z]{0,2}(?:PD|SO) (?:Intelligence|Investigations?|Investigative|Criminal|Special|Hostage|Narcotics|Homicide|Detectives?|Patrol|Cyber|Crimes?|Fusion|SWAT|Robbery|Vice|Gang|Major|Violent|Property|Economic|Financial|Internet|Digital|Computer|Juvenile|Missing|Warrants?|Communications|Dispatch|Tactical)\b(?: (?:[A-Z][\w&'-]*|&|and|of)){0,5}$|` +
	// Police and public prosecutors of other countries in their own
	// languages (general knowledge): Czech, Slovak, Finnish, Swedish,
	// Hungarian, Romanian, Portuguese, Spanish, Dutch, Italian, Polish,
	// Slovenian and Croatian, Estonian, Icelandic; Chilean, Costa Rican,
	// Mexican and Colombian investigation bodies; European customs'
	// investigators; Swiss and Belgian French, Turkish; national police
	// agencies in English.
	`Policie|Polícia|Poliisi|Polisen|Polismyndigheten|Rendőrség|Rendőr-főkapitányság|Rendőrfőkapitányság|Rendőrkapitányság|Rendőr-kapitányság|Nyomozó Iroda|Nyomozó Hivatal|Poliția|Policija|Politsei|L[öo]greglan|L[öo]gregla|Pol[íi]c[íi]a de Investigaciones|Organismo de Investigaci[óo]n Judicial|(?:Finnish|Swedish|Norwegian|Danish|Irish|Dutch|Belgian|Estonian|Latvian|Lithuanian|Polish|Czech|Austrian|German|French|Italian|Spanish|Portuguese) Customs\b|Tulli|Tullverket|Tolletaten|Toldstyrelsen|Zollfahndung\w*|Zollkriminalamt|Agencia de Investigaci[óo]n Criminal|Direcci[óo]n de Investigaci[óo]n Criminal|Carabineros|Pol[íi]cia de Seguran[çc]a P[úu]blica|Guarda Nacional Republicana|Comando (?:Metropolitano|Distrital|Regional|Territorial) d[eoa]|Police (?:cantonale|judiciaire|municipale|r[ée]gionale|grand-ducale)|Polizia cantonale|Federale Politie|Lokale Politie|Emniyet|Jandarma|Politiet|Metropolitan Police Agency|National Police Agency|Police Agency|Police Force|National Bureau of Investigation|Federal Police|` +
	// Ministries of the interior that run the police, police and
	// cybercrime units named in Spanish, Indonesian and French, and
	// national cybercrime centres (general knowledge).
	`FIOD|Fiscale Inlichtingen- en Opsporingsdienst|Ministry of (?:the )?Interior|Ministry of Internal Affairs|Ministry of Home Affairs|Pol[íi]c[íi]a|Kepolisian|Polri|Bareskrim|douane judiciaire|(?:National|Police|State) Cyber ?crime (?:Centre|Center|Department|Unit|Division|Bureau)|Cyber ?crime Police Station|` +
	`Minist[ée]rio P[úu]blico|Ministerio (?:P[úu]blico|Fiscal)|Promotoria|Procuradoria|Procuradur[íi]a|Prokuratura|Openbaar Ministerie|Procura della Repubblica|Parquet|Parchetul|Ministerul Public|DIICOT)\b`

// agencyRank opens a signature line of a sworn officer or prosecutor.
var agencyRank = lazyRegexp(`^(?:D/Sgt\.?|Det\. Sgt\.?|Special Agent|SA [A-Z][\p{L}'-]+|Task Force Officer|(?:DA|District Attorney'?s?) Investigator|Detective|Det\.|Sergeant|Sgt\.?|Lieutenant|Lt\.?|Captain|Corporal|Deputy (?:Sheriff|Marshal|U\.S\. Marshal|Constable)\b|Deputy [A-Z][\p{L}'-]+ [A-Z]|Sheriff|Trooper|Officer|Patrolman|Investigator|Inv\.|Inspector|Constable|Chief of Police|Police Chief|Assistant (?:United States|U\.S\.|District|State'?s) Attorney|(?:Assistant|Deputy|Senior Assistant|Chief Deputy) (?:[A-Z][\p{L}'-]+ ){0,2}(?:County|Commonwealth'?s?|Prosecuting) Attorney|AUSA|ADA|Deputy District Attorney|Prosecutor|Kriminal\w+|Polizei\w+|Promotora? de Justi[çc]a|Prokurator|` +
	// Police ranks of other countries in their languages (general
	// knowledge): Spanish and Uruguayan, French judicial officers,
	// Portuguese, Italian, Dutch, Polish, Finnish, Swedish.
	`Suboficial|Crio\.|Officier de (?:police|douane) judiciaire|Inspetora?|Inspectora?|Comisari[oa]|Commissaire|Gendarme|Ispettore|Commissario|Maresciallo|Rechercheur|Hoofdinspecteur|Hoofdagent|Komisarz|Nadkomisarz|Podkomisarz|[Rr]ikoskomisario|[Kk]omisario|[Rr]ikosylikonstaapeli|[Yy]likonstaapeli|[Kk]riminalinspekt[öo]r|[Pp]olisinspekt[öo]r|Officier de police judiciaire|npor\.|por\.|kpt\.|mjr\.)(?:\b|\s|$)`)

// claimsAgency reports whether the message identifies its sender as a
// law-enforcement body: an agency name or a sworn rank in the signature
// (lines, from agencyLines), or "I am a detective with …" in the letter.
func claimsAgency(doc *document, lines []string) bool {
	// lines come from agencyLines, empty for a company's forward.
	return len(lines) > 0 || !companyForwards(doc) && introducesAgency(doc)
}

// companyForwards reports a company's own letter, naming no agency of its
// own, over a forwarded message that does ("Director of Investigations,
// Example Consulting LLC" passing on a detective's e-mail): the company
// writes, not the agency.
func companyForwards(doc *document) bool {
	own := strings.TrimSpace(doc.own)
	return own != "" && own != strings.TrimSpace(doc.letter) && companySigned(own) && len(agencyLinesOf(signatureBlock(titleCaseRuns(own)))) == 0
}

// courtSignature names a court in a signature (general knowledge): a US
// court by its kind ("Superior Court, G.A. 14", "Court of Common Pleas",
// "Office of the Clerk"), not a street ("200 Court Street") nor a
// liaison's title ("Court Liaison"); a foreign court by its word, in
// the languages of the foreign courts we read.
var courtSignature = lazyRegexp(`(?:Superior|District|Circuit|Municipal|Supreme|County|Family|Probate|Justice|Magistrates?'?|Criminal|Juvenile|Federal|State|Common Pleas|Appeals?)\s+Court\b|\bCourt of (?:Common Pleas|Appeals?|Justice|[A-Z]\p{L}+ County)\b|\b(?:Office of the )?Clerk of (?:the )?(?:\p{L}+ )?Court\b|(?:^|[^\p{L}])(?:Juzgado|Tribunal|Cour d'appel|Tribunal judiciaire|Amtsgericht|Landgericht|S[ąa]d (?:Rejonowy|Okr[ęe]gowy)|Okresn[íi] soud|Krajsk[ýy] soud|B[íi]r[óo]s[áa]g|Rechtbank|Tingrett|Tingsr[äa]tt|Judec[ăa]toria|Vara|` +
	// Courts of the Balkans, the Baltics, Slovakia, Turkey, Vietnam,
	// Indonesia and the Nordic countries by their own names (general
	// knowledge).
	`(?:[ŽžZz]upanijski|Op[ćc]inski|Op[šs]tinski|Osnovni|Vi[šs]i|Visoki|Vrhovni|Okru[žz]ni) sud|(?:Okro[žz]no|Okrajno|Vrhovno) sodi[šs][čc]e|\p{L}*[Tt]eismas|(?:[Rr]ajona|[Pp]ils[ēe]tas) tiesa|\p{L}*[Kk]ohus|(?:Okresn[ýy]|Krajsk[ýy]|Najvy[šs][šs][íi]) s[úu]d|\p{L}+ Mahkemesi|T[òo]a [áa]n|Pengadilan|\p{L}*[Kk][äa]r[äa]j[äa]oikeus|Hovr[äa]tt|Byret|Landsret)(?:$|[^\p{L}])|` +
	`裁判所|法院|법원|בית משפט|محكمة|[Сс]ъд\b|[Сс]уд\b|[Сс]уд |[Δδ]ικαστήρι|ศาล|न्यायालय|دادگاه`)

// policeSignature names a police body in a script agencyName does not
// read (general knowledge): Chinese, Japanese, Korean, Hebrew, Arabic,
// Cyrillic and Greek ("刑事警察局", "경찰청", "משטרת ישראל"); with
// foreignBody, the police, prosecution services and ministries of the
// interior and of justice of other countries in their own languages.
var policeSignature = lazyRegexp(`警察|警政署|公安|경찰|משטרת|شرطة|[Пп]олиц|[Пп]оліц|[Αα]στυνομ`)

// foreignBody names, in its own language, a police force, a prosecution
// service or a ministry that runs the police or sends treaty requests
// (general knowledge of each country's own names): Croatian, Serbian,
// Bosnian, Macedonian, Albanian, Slovenian, Lithuanian, Latvian, Estonian, Nordic, Turkish, Uzbek,
// Vietnamese, Indonesian, Filipino, French, Spanish, Portuguese,
// Italian, Dutch, German, Polish, Czech, Slovak, Hungarian, Romanian;
// and in Thai, Devanagari, Bengali, Arabic and Persian script, Hebrew,
// Cyrillic, Greek, Chinese, Japanese, Korean, Georgian and Armenian.
// Read in a letter's head or signature only, as a sworn rank is.
var foreignBody = lazyRegexp(`(?i)(?:^|[^\p{L}])(?:` +
	`policij\p{L}*|politsei\p{L}*|politie|ichki ishlar(?: vazirligi)?|iiv|police judiciaire|s[ûu]ret[ée] nationale|gendarmerie (?:royale|nationale)|adalet bakanl[ıi][ğg][ıi]|director of public prosecutions|public prosecution(?:s)? (?:office|service)|koninklijke marechaussee|openbaar ministerie|officier van justitie|mup|dr[žz]avna agencija za istrage i za[šs]titu|polic[ií]s[ëe]|policia e shtetit|prokurori\p{L}*|byroja komb[ëe]tare e hetimit|polisen|polismyndigheten|polis diraja|politi(?:et|distrikt\p{L}*)?|poliisi\p{L}*|pulis(?:ya)?|(?:jeshi la )?polisi|kepolisian|polri|rendőr\p{L}*|jandarma|emniyet\p{L}*|c[ôo]ng an|c[ảa]nh s[áa]t|` +
	`dr[žz]avno odvjetni[šs]tvo|tu[žz]ila[šs]tv\p{L}*|to[žz]ilstv\p{L}*|\p{L}*prokurat[uūú]r\p{L}*|prokuratuur\p{L}*|st[áa]tn[íi] zastupitelstv[íi]|\p{L}*[üu]gy[ée]szs[ée]g\p{L}*|\p{L}*savc[ıi]l[ıi][ğg][ıi]|[åa]klagar\p{L}*|anklagemyndighed\p{L}*|p[åa]talemyndighet\p{L}*|statsadvokat\p{L}*|syytt[äa]j[äa]\p{L}*|procureur|minist[èe]re public|kejaksaan|vi[ệe]n ki[ểe]m s[áa]t|procurador(?:a)? da rep[úu]blica|procuradoria-geral|departamento central de investiga[çc][ãa]o|` +
	`ministarstvo unutarnjih poslova|ministarstvo unutra[šs]njih poslova|ministrstvo za notranje zadeve|ministerstvo vn[úu]tra|ministerstvo vnitra|ministerstwo spraw wewn[ęe]trznych|ministerul afacerilor interne|vidaus reikal[ųu] ministerij\p{L}*|iek[šs]lietu ministrij\p{L}*|siseministeerium|bel[üu]gyminiszt[ée]rium|i[çc]i[şs]leri bakanl[ıi][ğg][ıi]|b[ộo] c[ôo]ng an|minist[èe]re de l'int[ée]rieur|ministerio del interior|minist[ée]rio da administra[çc][ãa]o interna|ministero dell'interno|innenministerium|bundesministerium (?:des|f[üu]r) inner\p{L}*|sis[äa]ministeri[öo]|` +
	`minist[èe]re de la justice|ministerio de justicia|minist[ée]rio da justi[çc]a|ministero della giustizia|ministerstwo sprawiedliwo[śs]ci|ministarstvo pravosu[đd]a|ministerie van justitie|bundesministerium (?:der|f[üu]r) justiz|justitsministeriet|justisdepartementet|justitiedepartementet|oikeusministeri[öo]|` +
	`мвр|мвд|мвс|прокуратур\p{L}*|тужилаштв\p{L}*|министерство на вътрешните работи|министерство внутренних дел|міністерство внутрішніх справ|министарство унутрашњих послова|министерство за внатрешни работи|обвинителств\p{L}*` +
	`)(?:$|[^\p{L}])|` +
	`ตำรวจ|อัยการ|पुलिस|পুলিশ|پولیس|پلیس|الشرطة|شرطة|النيابة|النائب العام|وزارة الداخلية|الأمن العام|المباحث|مكافحة الجرائم|משטרה|פרקליטות|[Εε]ισαγγελ|检察|檢察|検察|검찰|პოლიცი|ոստիկան`)

// bodySigned reports a court named in the signature of the sender's own
// letter, for court process, or a police body in another script, for any
// request.
func bodySigned(doc *document, process []string) bool {
	sig := signatureBlock(doc.own)
	court := slices.ContainsFunc(process, func(k string) bool {
		return k == "subpoena" || k == "court_order" || k == "search_warrant" || k == "mlat" || k == "nondisclosure_order"
	})
	// A signing line, not the paragraph above it that the last lines of
	// a short letter take in ("Attached is a subpoena issued by the
	// District Court for … in our civil case").
	signs := func(l string) bool {
		return courtSignature.MatchString(l) && !proseLine(l) && len(strings.Fields(l)) <= 14
	}
	return court && slices.ContainsFunc(sig, signs) || bodyNamed(doc)
}

// bodyNamed reports a police body named in another script in the
// signature (policeSignature), or a foreign police force, prosecution
// service or ministry in the letter's head or signature (foreignBody).
func bodyNamed(doc *document) bool {
	return slices.ContainsFunc(signatureBlock(doc.own), policeSignature.MatchString) || foreignBodySigned(doc)
}

// lawyerSigned reports a letter signed by a lawyer or a firm (general
// knowledge of the profession's titles in the languages we read): an
// advocate serving a court's process is no agency.
func lawyerSigned(doc *document) bool {
	return slices.ContainsFunc(signatureBlock(doc.own), func(l string) bool {
		return lawyerTitle.MatchString(l) || companySuffix.MatchString(l)
	})
}

var lawyerTitle = lazyRegexp(`(?i)\b(?:avocat|avocate|ma[îi]tre|rechtsanwalt|rechtsanw[äa]ltin|anwalt|abogad[oa]|advogad[oa]|avvocat[oa]|advocaat|advokat|asianajaja|attorney at law|solicitor|barrister|law firm|notaire|notary)\b`)

// foreignBodySigned reports a foreign police force, prosecution service
// or ministry (foreignBody) named in the letter's head or signature: an
// official letter in many languages opens with its issuing body's name
// ("BỘ CÔNG AN", "Ministarstvo unutarnjih poslova").
func foreignBodySigned(doc *document) bool {
	return slices.ContainsFunc(slices.Concat(headLines(doc, 5), signatureBlock(doc.own), closingBlocks(doc.own)), func(l string) bool {
		// "Polis Data Ltd": a company's name, not a police force's.
		return foreignBody.MatchString(l) && !companySuffix.MatchString(l)
	})
}

// signatureBlock returns the lines where a letter's writer signs: those
// after its last closing ("Best regards,"), else its last six non-empty
// lines. An agency named there is the writer's own; one named in the
// prose above ("the request below from the Example Township" / "Police
// Department.") is whom the letter is about.
func signatureBlock(letter string) []string {
	lines := nonEmptyLines(letter)
	start := max(0, len(lines)-6)
	for i := len(lines) - 1; i >= start; i-- {
		if closing.MatchString(lines[i]) {
			return lines[i+1:]
		}
	}
	return lines[start:]
}

// closingBlocks returns the six lines after each closing of the letter
// ("Ar cieņu," / "… Ģenerālprokuratūra"): where a writer signs above a
// court's order pasted after the letter, whose last lines are the order's.
func closingBlocks(letter string) []string {
	var out []string
	lines := nonEmptyLines(letter)
	for i, l := range lines {
		if closing.MatchString(l) {
			out = append(out, lines[i+1:min(len(lines), i+7)]...)
		}
	}
	return out
}

// agencyLines returns the signature and letterhead lines of the letter that
// name an agency or a sworn rank: the letter's own lines, wherever they are
// (a letter may be followed by an attachment's text); without a letter of
// its own, the last lines of what was sent. Capitals are read as title case
// ("TENNESSEE BUREAU OF INVESTIGATION").
//
// A letter that names no agency ("See attached. – SA Roe") is read with its
// attachments' text, whose letterhead does. Anyone can attach a
// letterhead, but what this finds is only ever an agency no list vouches
// for, whose replies are held for a person to verify.
func agencyLines(doc *document) []string {
	var lines []string
	if strings.TrimSpace(doc.letter) != "" {
		lines = strings.Split(titleCaseRuns(doc.letter), "\n")
	} else {
		all := strings.Split(titleCaseRuns(doc.body), "\n")
		lines = all[max(0, len(all)-20):]
	}
	if companyForwards(doc) {
		return nil
	}
	out := agencyLinesOf(lines)
	if len(out) == 0 && strings.TrimSpace(doc.letter) != "" {
		out = agencyLinesOf(strings.Split(titleCaseRuns(doc.body), "\n"))
	}
	// An investigator of a civil department ("Investigator, Office of
	// Investigations" over "State Department of Health") is a
	// regulator's, not police: a bare investigator's or inspector's
	// title claims no agency when the signature names such a department
	// and no line names police, a prosecutor or a criminal investigator.
	if tail := lastLines(doc.letter, 10); len(out) > 0 && !slices.ContainsFunc(out, lawWords.MatchString) && !slices.ContainsFunc(tail, lawWords.MatchString) && slices.ContainsFunc(tail, civilDepartment.MatchString) {
		return nil
	}
	return out
}

// civilDepartment is a government department with no police of its own
// (general knowledge of US state government); lawWords names police, a
// prosecutor or a criminal investigator.
var (
	civilDepartment = lazyRegexp(`(?i)\b(?:Department|Dept\.?) of (?:Public )?Health\b|\bHealth Department\b|\b(?:Department|Dept\.?) of (?:Revenue|Taxation|Education|Professional Regulation|Consumer Affairs|Licensing|Labou?r|Environmental Protection)\b|\bWage and Hour Division\b|\bBoard of (?:Medical|Nursing|Pharmacy|Dental|Education|Health)\b`)
	// policeOrProsecutor names a police force or a prosecutor, not a
	// department's own criminal investigators.
	policeOrProsecutor = lazyRegexp(`(?i)police|sheriff|marshal|trooper|state patrol|highway patrol|constab|bureau of investigation|district attorney|attorney general|prosecut|task force|\bFBI\b|\bHSI\b|homeland security|secret service|\bDEA\b|drug enforcement|\bATF\b|alcohol, tobacco|\bICE\b|immigration and customs`)
	lawWords           = lazyRegexp(`(?i)police|sheriff|marshal|trooper|patrol|constable|attorney|prosecut|criminal|special agent|detective|sergeant|\bsgt\b|lieutenant|bureau of investigation|inspector general|task force|law enforcement`)
)

// companySigned reports a letter signed by a company: one of its last
// lines a short name ending in a company's suffix.
func companySigned(letter string) bool {
	for _, l := range signatureBlock(letter) {
		// "Example Intake LLC - Legal Process Management": each part of a
		// line a signature joins is read on its own.
		for _, part := range signaturePart.Split(l, -1) {
			if part = strings.TrimSpace(part); len(strings.Fields(part)) <= 6 && companySuffix.MatchString(part) {
				return true
			}
		}
	}
	return false
}

// companySuffix ends a company's name (general knowledge of US and
// European corporate forms).
var companySuffix = lazyRegexp(`\b(?:LLC|L\.L\.C\.|PLLC|P\.L\.L\.C\.|P\.C\.|Inc|Ltd|LLP|L\.L\.P\.|GmbH|Corp|Corporation|Consulting|Consultancy)\.?$`)

// behalfOf is a writer's sentence that they write on behalf of an
// agency: "I am writing on behalf of the X", "I write on behalf of the X"
// (not a bare "for": a task force's officer writes "for" it too).
var behalfOf = lazyRegexp(`(?i)\b(?:I|we)\s+(?:am\s+|are\s+)?(?:writ(?:e|ing)|contact(?:ing)? you|reach(?:ing)? out|e-?mail(?:ing)?(?: you)?)\s+on behalf of\s+(?:the\s+)?[^.;\n]{3,80}`)

// ownAgencySigned reports a signature that names an agency of the
// writer's own (a line with an agency's name, not a contractor's
// "Supporting …" line): a task-force officer writing on behalf of a
// federal agency signs as his own department.
func ownAgencySigned(doc *document) bool {
	return slices.ContainsFunc(signatureBlock(doc.own), func(l string) bool {
		return agencyName.MatchString(l) && !supportLine.MatchString(l)
	})
}

// supportLine is a contractor's line naming the agency it works for:
// "Supporting U.S. Immigration and Customs Enforcement - HSI".
var supportLine = lazyRegexp(`(?i)^\s*(?:supporting|in support of|contractor (?:to|for)|on contract (?:to|with|for)|under contract (?:to|with|for))\b`)

// mailerLine is a mail program's or a vendor's line under a signature:
// "Sent with Example Secure Mail Inc.", "Powered by …".
var mailerLine = lazyRegexp(`(?i)^\s*(?:sent|powered|secured|protected|delivered|scanned|encrypted)\b`)

// signedAsOther reports a letter whose signature names a foreign police
// force, prosecution service or ministry (foreignBody) and not the known
// agency.
func signedAsOther(doc *document, known string) bool {
	sig := signatureBlock(doc.own)
	return slices.ContainsFunc(sig, func(l string) bool { return foreignBody.MatchString(l) && !companySuffix.MatchString(l) }) &&
		!slices.ContainsFunc(sig, func(l string) bool { return strings.Contains(strings.ToLower(l), strings.ToLower(known)) })
}

// domainNamedInSignature reports a domain whose name the signature gives
// in capitals as the writer's own body beside the agency it claims ("DEA"
// over "Example/Other HIDTA" from example-hidta.org): a task force or a
// joint office writes from its own domain, its member agency's name in
// the signature. Only initials of four letters or more, written as a
// word, on a line that names a task force or a joint programme (an
// impostor's own label in capitals names none).
func domainNamedInSignature(doc *document, host string) bool {
	main, _, _ := strings.Cut(registrable(host), ".")
	for _, part := range strings.Split(main, "-") {
		up := strings.ToUpper(part)
		if len(part) < 4 {
			continue
		}
		for _, l := range signatureBlock(doc.own) {
			if taskForceLine.MatchString(l) && slices.Contains(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }), up) {
				return true
			}
		}
	}
	return false
}

// taskForceLine names a task force or a joint programme of agencies
// (general knowledge: HIDTA, regional computer forensics laboratories,
// fusion centres, strike forces).
var taskForceLine = lazyRegexp(`(?i)\b(?:HIDTA|task force|strike force|fusion cent(?:er|re)|RCFL|joint (?:terrorism|operations|task))\b`)

// claimLines are the agency lines that may claim an agency: not a line of
// prose wrapped so that it starts with a name and ends its sentence. A
// line written more than once (a task force named in the prose, then in
// the signature) claims where any of its copies does.
func claimLines(doc *document, lines []string) []string {
	raw := doc.letter
	if strings.TrimSpace(raw) == "" {
		raw = doc.body
	}
	var out []string
	for _, l := range lines {
		at := lineCopies(raw, l)
		if len(at) == 0 {
			at = []int{-1}
		}
		if slices.ContainsFunc(at, func(i int) bool { return claimsAt(raw, l, i) }) {
			out = append(out, l)
		}
	}
	return out
}

// lineCopies returns the offsets of every copy of l in raw.
func lineCopies(raw, l string) []int {
	var at []int
	if l == "" {
		return nil
	}
	for off := 0; ; {
		i := strings.Index(raw[off:], l)
		if i < 0 {
			return at
		}
		at = append(at, off+i)
		off += i + len(l)
	}
}

// claimsAt reports whether the copy of agency line l at offset i of raw
// (-1: not found in it) claims: it does not end a sentence ("U.S.
// Department of Justice."), is no sentence that wraps on ("… au" /
// "U.S. Department of Justice, Office of International Affairs. It
// obtained"), and is no long lowercase line of a wrapped sentence ("of
// the Department of Justice Canada, a request was made …"); but the line
// a writer's introduction wraps onto ("My name is … of" / "the Federal
// Bureau of Investigation …") and a short signature line ("for the
// Example Bureau") claim.
func claimsAt(raw, l string, i int) bool {
	// A stop after the line ends a sentence, not an abbreviation of a
	// name's last word ("Navajo Nation Police Dept.").
	if i >= 0 && strings.HasPrefix(raw[i+len(l):], ".") && !abbreviatedEnd.MatchString(l) {
		return false
	}
	prev := ""
	if i > 0 {
		before := strings.TrimRight(raw[:i], " \t\n")
		prev = before[strings.LastIndexByte(before, '\n')+1:]
	}
	if sentenceGoesOn.MatchString(l) && proseGoesOn(prev) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(l); unicode.IsLower(r) && utf8.RuneCountInString(l) >= 60 && !selfIntro.MatchString(prev) {
		return false
	}
	return true
}

// abbreviatedEnd is an agency's name that ends in an abbreviated word.
var abbreviatedEnd = lazyRegexp(`\b(?:Dept|Div|Ofc|Twp|Bur|Sect|Admin|Govt|Ctr|Natl|Intl|Co|Inv|Invest)$`)

// proseGoesOn reports a long line of prose (60 characters or more) that
// ends in a lowercase word: its sentence goes on to the next line.
func proseGoesOn(line string) bool {
	line = strings.TrimSpace(line)
	f := strings.Fields(line)
	if utf8.RuneCountInString(line) < 60 || len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsLower(r)
}

// sentenceGoesOn is a line on which a sentence ends and the next goes on
// in lowercase words: prose wrapped so that a line starts with a name the
// letter mentions, never a letterhead's or a signature's line. The stop
// follows a word, not an abbreviation's initial ("U.S.", "Sgt. Jo Roe").
var sentenceGoesOn = lazyRegexp(`\p{Ll}{2}[.!?]\s+\p{Lu}[\p{Ll}'’-]*\s+\p{Ll}+\s+\p{Ll}`)

func agencyLinesOf(lines []string) []string {
	var out []string
	var segs []string
	for _, l := range lines {
		// "Jane Roe | Special Agent | Example State Police", "Example
		// City Police Service – Investigations Division, Fraud Unit":
		// each part of a one-line signature is a line of its own.
		segs = append(segs, signaturePart.Split(l, -1)...)
	}
	for _, l := range segs {
		l = strings.TrimSpace(strings.TrimRight(strings.TrimLeft(strings.TrimSpace(l), ">-–• "), "."))
		// A one-line signature may run long ("Jo Roe, Special Agent,
		// Example Office of Criminal Investigations, Tel. …"): a name and
		// a rank open it, as no sentence opens.
		// A form's label ("Requesting investigator: ") counts nothing to
		// its value's length.
		if l == "" || len(formLabel.ReplaceAllString(l, "")) > 80 && (!namedRank.MatchString(l) || notRank.MatchString(l) || greeting.MatchString(l)) || policeBody.MatchString(l) || civilProcurator.MatchString(l) || proseLine(l) || notServing.MatchString(l) {
			continue // nor a retired officer's or a private investigator's line ("Det. (Ret.) XPD")
		}
		// A form's field: "Agency: Example Nation Police Department",
		// "Requesting officer: Lt. Jo Roe"; read with its label too
		// ("Investigator: Jo Roe" names the rank in the label).
		for _, v := range []string{l, formLabel.ReplaceAllString(l, "")} {
			// "Jane Doe, Special Agent": the rank after the name.
			_, after, _ := strings.Cut(v, ", ")
			if agencyRank.MatchString(v) || after != "" && agencyRank.MatchString(after) || signatureAgency.MatchString(v) || abbreviatedRank(v) {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// formLabel is the label of a request form's field that names the
// requesting agency or officer.
var formLabel = lazyRegexp(`(?i)^(?:(?:requesting|submitting|investigating|law enforcement|issuing|case|lead|assigned|responsible)\s+)?(?:agency|department|dept\.?|office|organi[sz]ation|from|officer|agent|investigator|detective|deputy|requester|requestor|submitted by|requested by|contact|affiant|name|unit)(?:\s+name)?\s*:\s*`)

// civilProcurator is an ombudsman's or a regulator's "procuraduría"
// that prosecutes no crime: Mexico's consumer (PROFECO), agrarian,
// environmental (PROFEPA) and taxpayers' (PRODECON) offices, Brazil's
// consumer procuradorias (general knowledge).
var civilProcurator = lazyRegexp(`(?i)\bProcuradur[íi]a\s+(?:Federal\s+)?(?:del\s+Consumidor|Agraria|de\s+(?:la\s+)?Defensa\s+del|de\s+Protecci[óo]n\s+al\s+Ambiente|Ambiental|de\s+los\s+Derechos)|\bProcuradoria\s+(?:de\s+Defesa\s+)?do\s+Consumidor|\b(?:PROFECO|PROFEPA|PRODECON)\b`)

// proseLine reports a sentence's line ("Police Department after 20
// years), retained by a family …"): five lowercase words in a row, not
// counting the connectors of a name ("Officier de police judiciaire de la
// police municipale"), on a line that opens with no rank.
func proseLine(l string) bool {
	if (agencyRank.MatchString(l) || namedRank.MatchString(l)) && !notServing.MatchString(l) {
		return false
	}
	run := 0
	for _, w := range strings.Fields(l) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameConnector[strings.ToLower(strings.Trim(w, ",.()"))]:
		case unicode.IsLower(r):
			if run++; run >= 5 {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

// nameConnector joins the words of a body's name in English and the
// languages of the foreign letters we read.
var nameConnector = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "la": true, "le": true, "du": true, "des": true,
	"di": true, "della": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "y": true, "e": true, "et": true, "und": true,
	"van": true, "der": true, "den": true, "het": true, "presso": true}

// greeting opens a letter's first line, not a signature.
var greeting = lazyRegexp(`(?i)^(?:good (?:morning|afternoon|evening|day)|hello|hi|dear|greetings|team|thanks|thank you)\b`)

// abbreviatedRank is a rank abbreviated before a person's name ("Ofc.
// Jo Roe", "Tpr. Roe", "Cpl. J. Roe, #4411"), not an office phone's
// "Ofc." label nor a manager's title.
func abbreviatedRank(l string) bool {
	m := abbrevRank.FindStringSubmatch(l)
	return m != nil && !notName.MatchString(m[1]) && !officeWord.MatchString(m[1])
}

var abbrevRank = lazyRegexp(`^(?:Ofc|Capt|Cpl|Tpr)\. ((?:[A-Z][\p{L}'-]+|[A-Z]\.)(?: [A-Z]\.)?(?: [A-Z][\p{L}'-]+)?)(?:\s*$|\s*[,#|]|\s+(?:Badge|ID)\b)`)

// officeWord follows an office's "Ofc." label, not an officer's.
var officeWord = lazyRegexp(`(?i)^(?:phone|tel|telephone|fax|hours|line|manager|mgr|main|number|no|ext|coordinator|assistant|admin|address)\b`)

// namedRank opens a one-line signature: a name of two to four
// capitalised words, a comma and a sworn rank.
var namedRank = lazyRegexp(`^(?:[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){1,3}), (?:Special Agent|Detective|Investigator|Inspector|Officer|Deputy|Sergeant|Trooper|Agent|Assistant [A-Z])`)

// notRank is a title that opens like a rank but is none: "Inspector
// General Liaison", "Officer Manager".
var notRank = lazyRegexp(`^[^,]+, (?:Inspector General\b|Officer Manager\b|[\p{L} ]{0,30}\bLiaison\b|Agent for Service)`)

// signaturePart separates the parts of a one-line signature.
var signaturePart = lazyRegexp(`\s+(?:[|–—·•-]|--)\s+`)

// policeBody names an organisation of police officers that is not a
// police force (general knowledge): unions, lodges, associations,
// foundations.
var policeBody = lazyRegexp(`(?i)\bFraternal Order of Police|\b(?:District|Prosecuting|County|State'?s?|Commonwealth'?s?) Attorneys'? Association|\bAssociation of (?:Prosecuting|District|State|County) Attorneys|\bProsecutors'? (?:Association|Council)|\bBenevolent Association|\bPolice (?:Union|Foundation|Athletic League|Association|Officers'? Association)|\bSheriffs'? Association|\bChiefs of Police\b|\bGrand Lodge\b`)

// signatureAgency is a line that starts with an agency's name, capitalised
// words only before it: a letterhead or signature line, not a sentence
// about an agency ("we reported it to the Springfield Police Department").
// The connectors are English and the Romance languages' ("Agregada de
// la Fiscalía General", "Ufficiale della Polizia di Stato"); the words
// before the name may be of any alphabet ("Központi Nyomozó Iroda").
var signatureAgency = lazyRegexp(`^(?:[\p{Lu}0-9][\p{L}\p{N}_.'’&-]*,?[ \t]+|[-–—][ \t]+|(?:of|the|and|for|de|la|del|da|do|della|di|du|des)[ \t]+){0,7}` + agencyNameExpr)

// introducesAgency reports "I am a detective with the … Police Department".
func introducesAgency(doc *document) bool {
	flat := strings.Join(strings.Fields(doc.letter), " ")
	for _, m := range selfIntro.FindAllStringIndex(flat, -1) {
		next := flat[m[1]:min(len(flat), m[1]+120)]
		// "I am a licensed private investigator (retired from the
		// Example Police Department …)": who the writer was or is
		// instead, not the agency they write for.
		if loc := agencyName.FindStringIndex(next); loc != nil && servesNow(next[:loc[0]]) {
			return true
		}
	}
	return false
}

// notServing marks a writer who does not serve the agency named next: a
// private investigator, or one retired from it.
// So does a writer who reports on it or studies it ("I'm reporting on
// the Example Attorney General's investigation", "I am a journalist
// covering …", "a student researching …").
var notServing = lazyRegexp(`(?i)\((?:ret|retd|retired)\.?\)|\b(?:retired|retiring|former|formerly|ex-|private (?:investigator|detective|eye)|licensed investigator|retained by|reporting (?:on|about)|researching|covering (?:the|a|this) (?:story|trial|investigation|inquiry|case) (?:of|into|for|about|on)|journalist|reporter|correspondent|editor|(?:a|an|the|this|my) (?:story|article|news story|feature|investigative piece)|(?:a|an) (?:(?:graduate|doctoral|PhD|law|university|college)\s+)?student|scholar)\b`)

// servesNow reports that the words between a writer's "I am" and an
// agency's name leave the writer serving it: no past or private role, or
// one followed by the present post ("I am a retired Army medic, now a
// sergeant with …"); not "now a private investigator, formerly a
// detective with …".
func servesNow(seg string) bool {
	ms := notServing.FindAllStringIndex(seg, -1)
	if ms == nil {
		return true
	}
	tail := seg[ms[len(ms)-1][1]:]
	n := nowServing.FindStringIndex(tail)
	return n != nil && !workingWith.MatchString(tail[n[1]:])
}

// nowServing names the writer's present post after a past one.
var nowServing = lazyRegexp(`(?i)\b(?:now|currently|presently|today|and (?:am|serve|work) (?:as|for))\b`)

// workingWith is a role beside an agency, not in it: "work closely with",
// "retained by".
var workingWith = lazyRegexp(`(?i)\b(?:work(?:s|ing)? (?:closely )?with|retained by|assist\w*|on behalf of)\b`)

var selfIntro = lazyRegexp(`(?i)\b(?:I am|I'm|my name is|this is|writing on behalf of|on behalf of|we are|our agency,?|this agency,?|I serve as|I work (?:for|with))\b`)

// initialsOfAnotherBody reads a sender known only by a government
// subdomain of initials in a police office's shape ("hpd", "…so") as the
// government office its letter signs for, when the letter claims no
// police or prosecuting body and signs for a department or office of
// another service ("Department of Housing Preservation and
// Development"): the same initials name other offices of the government.
func initialsOfAnotherBody(doc *document, r *Result, agency Agency) {
	if r.Sender.Class != ClassLawEnforcement || !agency.Initials {
		return
	}
	if claimsAgency(doc, agencyLines(doc)) {
		return
	}
	sig := signatureBlock(doc.own)
	i := slices.IndexFunc(sig, governmentOffice.MatchString)
	if i < 0 {
		return
	}
	r.Sender.Class = ClassGovOther
	r.Facts.UnlistedAgency = false
	r.evidence("sender.class", "a government office's initials in a police office's shape, its letter signed for another service", "text", sig[i])
}

// governmentOffice is a signature line naming a government department,
// office or agency by its service ("NYC Department of Housing
// Preservation and Development", "Office of Emergency Management").
var governmentOffice = lazyRegexp(`\b(?:Department|Dept\.?|Office|Bureau|Division|Administration|Agency|Commission|Authority) (?:of|for) (?:the )?[A-Z]\p{L}+`)

// defenseOffice is a signature line of a public defender's office or
// defense counsel (general knowledge of US defender titles).
var defenseOffice = lazyRegexp(`(?i)\b(?:public defender|public defense|federal defender|capital defender|defender'?s office|defender services|indigent defen[cs]e|defense counsel|counsel for (?:the )?defen(?:dant|se))\b`)

// unlistedAgency reads an agency that no list names as law enforcement,
// unverified, and an agency we know claimed from another domain as an
// impersonation.
func (a *Analyzer) unlistedAgency(doc *document, r *Result, host, displayName string) {
	// A colleague of ours forwarding an agency's mail claims nothing.
	if r.Sender.Class != ClassGovOther && r.Sender.Class != ClassOther || r.Facts.ColleagueForward {
		return
	}
	// A public defender's or defense counsel's letter serves the
	// defense's process, however a court issued it: the writer is no
	// agency (its subpoena is still read, and answered as a person's).
	// Only the signer's own title and office: short lines of the
	// signature, no copy line ("cc: …, Assistant Public Defender") nor a
	// note to the defense ("Defense counsel: please direct …").
	signer := func(l string) bool {
		return defenseOffice.MatchString(l) && !strings.Contains(l, ":") && len(strings.Fields(l)) <= 8
	}
	sig := signatureBlock(doc.own)
	if i := slices.IndexFunc(sig, signer); i >= 0 {
		r.evidence("sender.class", "signed for the defense, not an agency", "text", sig[i])
		return
	}
	process := slices.ContainsFunc(r.Process, func(k string) bool {
		return k != "none" && k != "data_subject_request" && k != "civil_subpoena"
	})
	// An emergency told without the statute's words (a concrete danger and
	// a call for haste) is a request all the same.
	danger := urgency.MatchString(doc.flat) && emergencySummary.MatchString(doc.flat)
	// Police asking informally, without process, are police all the same
	// (refused for the missing process, not for who they are).
	informal := recordsAsked.MatchString(doc.flat) || informalAsk.MatchString(doc.flat) || foreignDataAsked.MatchString(doc.flat)
	lines := agencyLines(doc)
	// An officer who signs with a rank and a police or prosecuting body
	// writes as police whatever the letter asks (a call back, a question,
	// a request in words we do not read as one): held for a person, not
	// refused as a stranger's.
	rankLine := func(l string) bool {
		return agencyRank.MatchString(l) || abbreviatedRank(l) || namedRank.MatchString(l)
	}
	// The rank may stand on the signature's own line ("Ptl. Jo Roe")
	// under a note that names the agency only by its initials.
	sworn := slices.ContainsFunc(lines, agencyName.MatchString) && (slices.ContainsFunc(lines, rankLine) || slices.ContainsFunc(shortLines(signatureBlock(doc.own)), rankedName.MatchString))
	if !process && !danger && !informal && !sworn {
		return
	}
	// A court's clerk or secretary signing for it from a government's
	// domain serves the court's process: the court is the agency. So is a
	// police body signing in a language or script the agency names are
	// not read in, from a government's domain or its own country's
	// (a foreign ministry of the interior on its ".bg" or ".hr").
	// From a domain of its own country that is no government's, only a
	// police body's own name signs: a court named there is the court a
	// lawyer serves process for ("Avocat au Barreau de Paris" serving a
	// civil letter rogatory), and a lawyer's letter signs for no body.
	// Nor from a name spelt with letters that read as others ("rnup" for
	// "mup"): a police body's name in the letter does not vouch for that.
	c := ccTLDCountry("@" + host)
	label, _, _ := strings.Cut(registrable(host), ".")
	abroad := r.Sender.Class == ClassOther && c != "" && c != a.opts.HomeCountry && !usTerritory[c] && lookSame(label) == label
	signed := r.Sender.Class == ClassGovOther && bodySigned(doc, r.Process) ||
		abroad && !lawyerSigned(doc) && bodyNamed(doc)
	// Only lines that sign or head the letter claim: not a sentence's
	// line that wraps to start with an agency's name ("… refer the
	// matter to the" / "Attorney General's consumer section. Our …").
	claimed := claimLines(doc, lines)
	if !claimsAgency(doc, claimed) && !signed {
		return
	}
	// Without process, a rank alone ("Investigator" of a licensing board)
	// is not enough: the letter must name a police or prosecuting body.
	if !process && !danger && !signed && !slices.ContainsFunc(claimed, func(l string) bool { return agencyName.MatchString(l) }) {
		return
	}
	r.Facts.ClaimsAgency = true
	// A government domain (the .gov registry, a state or locality's .us)
	// is registered only to a government: one that names an agency we know
	// under another domain is that agency's other domain (a city police
	// department on dallaspolice.gov and .net), not an impostor.
	// Only the signature claims an agency: the letter's prose may name
	// one it deals with ("… transmitted to the Office of International
	// Affairs of the U.S. Department of Justice").
	// A display name that carries another domain's address ("Det. Jo Roe
	// <jo.roe@example.gov>" over a shop's mailbox) shows the reader an
	// address the message was not sent from: the claim is a disguise.
	// A government's own domain may show a legacy one there.
	if m := displayAddress.FindStringSubmatch(displayName); m != nil && r.Sender.Class == ClassOther && registrable(strings.ToLower(m[1])) != registrable(host) {
		r.Facts.Impersonation = true
		r.evidence("sender.class", "the display name shows an address on another domain; held for review", "From", displayName)
		return
	}
	// An agency's name over a shop's mailbox ("Example County
	// Prosecutor's Office" <office@example-eastside-dental.com>): a
	// business of another trade, whose domain says so, is no agency's.
	if w := tradeWord(host); w != "" && r.Sender.Class == ClassOther {
		r.Facts.Impersonation = true
		r.evidence("sender.class", "an agency's letter from a business of another trade ("+w+"); held for review", "From", host)
		return
	}
	words := strings.FieldsFunc(doc.flat, func(r rune) bool { return !unicode.IsLetter(r) })
	// An agency's letter sent through a people-search or skip-tracing
	// business, whose footer says its trade ("Skip tracing – asset
	// location – background reports"): the business writes, under the
	// agency's name. Only the letter's last lines that are no prose, and
	// that name two of the trade's services, are read: an officer may
	// write that he ran a background check, and a police unit may be
	// named "Asset Recovery" or offer "Background Checks".
	if r.Sender.Class == ClassOther {
		tail := lastLines(doc.own, 8)
		if m := slices.IndexFunc(tail, func(l string) bool { return len(dataBrokerTrade.FindAllString(l, -1)) >= 2 && !proseLine(l) }); m >= 0 {
			r.Facts.Impersonation = true
			r.evidence("sender.class", "an agency's letter from a people-search or skip-tracing business; held for review", "text", tail[m])
			return
		}
	}
	// A domain's suffix written into its name with a hyphen
	// ("exampletaskforce-org.com", "examplesheriff-us.net"): an agency
	// names its domain plainly; the name copies another domain's.
	_, govDomain := a.domains.Government(host)
	if w := hyphenedSuffix(host); w != "" && !govDomain && !a.domains.Registered(registrable(host)) {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "a domain suffix (\""+w+"\") written into the name with a hyphen", "From", host)
		return
	}
	// A police or justice body's name with a country's code after a
	// hyphen on a generic domain ("policia-nacional-xx.com"): a country's
	// police writes from its own country's zone, never its code spelt out.
	if cc := hyphenedCountry(host); cc != "" && !govDomain && !a.domains.Registered(registrable(host)) {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "a police body's name with a country's code (\""+cc+"\") written in after a hyphen", "From", host)
		return
	}
	// A state's name glued to the agency's initials, that the letter
	// signs with, on a domain no list vouches for ("examplestateoag.us"
	// under a letter of the "OAG"): a state's agencies write from the
	// state's own government domain.
	if acr := strings.ToUpper(stateInitials(host)); acr != "" && !govDomain && (slices.Contains(words, acr) || slices.Contains(strings.FieldsFunc(displayName, func(r rune) bool { return !unicode.IsLetter(r) }), acr) ||
		slices.ContainsFunc(claimed, func(l string) bool { return strings.Contains(nameInitials(l), acr) })) {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "a state's name glued to the agency's initials", "From", host)
		return
	}
	// The agency's own initials with an impostor's affix on a domain no
	// list vouches for ("xbi-records.com" under a letter signed "XBI"):
	// agencies do not name their domains so.
	// A state's code before or after them ("txabc-secure.org",
	// "le-abcnj.org" under a letter signed "ABC") is the agency's state.
	inits := claimedInitials(words, claimed, doc.flat)
	if acr := affixedInitials(host); acr != "" {
		// The letter writes them ("XBI"), or signs the name they are the
		// initials of ("Example Bureau of Investigation").
		has := func(a string) bool {
			return len(a) >= 2 && slices.Contains(words, strings.ToUpper(a)) || len(a) >= 3 && slices.Contains(inits, strings.ToLower(a))
		}
		// Or the state's initial leads them ("okxy-us.com" under a letter
		// signed "OXY"): a state's agency is initialled from the state.
		if has(acr) || len(acr) >= 4 && (usStateCode[acr[:2]] && (has(acr[2:]) || has(acr[:1]+acr[2:])) || usStateCode[acr[len(acr)-2:]] && has(acr[:len(acr)-2])) {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "the agency's initials with an impostor's affix", "From", host)
			return
		}
	}
	// The agency's initials spelt with letters that look like others, or
	// with two of them swapped ("rnxso.org" or "mxos.org" under a letter
	// signed "MXSO", or signed "Example Xounty Sheriff's Office"), and so
	// its county's code ("sheriff.xcyt.net" for Example County, state
	// YT: counties name their domains by initials and state, as
	// "co.example.yt.us" does): a disguise; an agency writes its own
	// initials plainly.
	// A government's registered domain is its own however it spells them.
	if l := misspeltInitials(host, inits); l != "" && !govDomain {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "the agency's initials misspelt in its domain", "From", host)
		return
	}
	// The agency's initials joined by a hyphen to its county's code
	// ("xcso-xcyt.us" for Example County, state YT), or to its state's
	// name or code where replies are asked on another domain
	// ("xcsoweb-yt.com" with a free-mail Reply-To), on no government's
	// domain: copies of the agency's own domain.
	if acr := stateJoinedInitials(host, inits, r.Facts.ReplyToMismatch); acr != "" && !govDomain {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "the agency's initials joined to a state's or county's code", "From", host)
		return
	}
	if why := a.disguisedAgencyDomain(doc, host, lines); why != "" {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", why, "From", host)
		return
	}
	// A domain name written beneath another's ("police.examplecity.org
	// .case-portal.net"): an agency sends from its own domain, only an
	// impostor writes one into a name it registered.
	if _, gov := a.domains.Government(host); !gov {
		if embedded := embeddedDomain(host); embedded != "" {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "a domain name written beneath another domain", "From", embedded)
			return
		}
	}
	// A US agency writes from no other country's domain ("sheriff.com.xx"):
	// a letter of a county sheriff or a state police from one is dressed up.
	// Another country's government zone is its own agencies' home.
	// Only the letter's own head and signature claim it: a foreign force
	// may name a US sheriff it works a case with. The US territories'
	// codes are the United States'.
	claims := claimLines(doc, lines)
	if _, gov := a.domains.Government(host); !gov && a.opts.HomeCountry == "US" && slices.ContainsFunc(slices.Concat(claims, headLines(doc, 5)), usAgencyShape.MatchString) {
		if c := ccTLDCountry("@" + host); c != "" && c != a.opts.HomeCountry && !usTerritory[c] {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "a US agency's letter from another country's domain", "From", host)
			return
		}
	}
	// An emergency that threatens the provider ("if someone dies, you will
	// answer for it") from a domain no list vouches for: the coercion that
	// marks fake emergency requests (general knowledge of the fraud);
	// agencies ask, they do not threaten the custodian.
	if m := coercion.FindString(doc.flat); m != "" && (danger || slices.Contains(r.Process, "emergency")) && !a.domains.agencyHome(host) {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "an unlisted domain whose letter threatens the provider, as fake emergency requests do", "text", m)
		return
	}
	// A foreign prosecutor or police force signing its own letter names a
	// US agency in it as the one that passed on the order ("Het U.S.
	// Department of Justice, Office of International Affairs, heeft …"),
	// not as itself. The writer's own word that they write for an agency
	// ("I am writing on behalf of the Federal Bureau of Investigation")
	// claims it as a letterhead does.
	withBehalf := claims
	if !ownAgencySigned(doc) {
		withBehalf = slices.Concat(claims, behalfOf.FindAllString(doc.own, -1))
	}
	// A display name that is an agency's name ("U.S. Marshals Service"
	// over a freight company's mailbox) claims it as a letterhead does;
	// not where the signature names the writer's own agency and the domain
	// is an agency's (a task-force officer's "Jo Roe (USMS TFO)" over his
	// sheriff's office's domain).
	if displayName != "" && !(ownAgencySigned(doc) && agencyWordDomain(host)) {
		withBehalf = append(withBehalf, displayName)
	}
	if known, ok := a.knownAgencyClaimed(withBehalf, host); ok && !a.domains.agencyHome(host) && !jurisdictionDomain(host, known) && !signedAsOther(doc, known) && !domainNamedInSignature(doc, host) {
		r.Facts.Impersonation = true
		r.evidence("sender.class", "claims to be "+known+" from a domain that is not the agency's; held for review", "From", host)
		return
	}
	// A company that serves process for an agency ("… is the authorized
	// electronic service agent of the District Attorney's Office") is the
	// company, not the agency whose name it signs under: refused as not
	// law enforcement, the reply held for a person to see.
	if m := serviceVendor.FindString(doc.flat); m != "" {
		r.Facts.Impersonation = true
		r.evidence("sender.class", "a company serving process for an agency; held for review", "text", m)
		return
	}
	// A company that signs the letter itself ("… Risk Advisory LLC" /
	// "Supporting U.S. Immigration and Customs Enforcement"), from a
	// domain of no government: a contractor or an impostor, not the
	// agency it names. Held for review as an impersonation.
	// Not where the signature names an agency of its own ("Example County
	// Sheriff's Office" over "Example Crime Stoppers, Inc." or a railroad
	// police over its corporation).
	// The writer's own letter ends where a message it forwards inline
	// begins: a firm forwarding a police department's request signs
	// above the department's own signature.
	writer := *doc
	if loc := forwardMark.FindStringIndex(doc.own); loc != nil {
		writer.own = doc.own[:loc[0]]
	}
	if _, gov := a.domains.Government(host); !gov && !ownAgencySigned(&writer) && slices.ContainsFunc(signatureBlock(writer.own), func(l string) bool {
		return companySuffix.MatchString(strings.TrimSpace(l)) && !agencyName.MatchString(l) && !mailerLine.MatchString(l)
	}) {
		r.Facts.Impersonation = true
		r.evidence("sender.class", "a company signs the letter of an agency; held for review", "text", host)
		return
	}
	// A government's office of another service writing as police from
	// its own domain ("examplelibrary.gov", "examplecity-water.gov"): an
	// officer writes from the police's or the government's general domain,
	// not the library's or the water utility's, and a small office's
	// hijacked mailbox is how fake emergency requests arrive (lessons from
	// other providers). Refused as not law enforcement, the reply held for
	// a person.
	if r.Sender.Class == ClassGovOther {
		// The domain's name, or the .gov registrant's ("Example Public
		// Library" for a short name such as "epl.gov").
		if w := cmp.Or(otherServiceWord(host), a.domains.serviceOf(host)); w != "" {
			r.Facts.Impersonation = true
			r.evidence("sender.class", "an agency's letter from a government office of another service ("+w+"); held for review", "From", host)
			return
		}
		// A department's own label under its government's domain
		// ("dot.example.gov"): its letter signing as police names the
		// department itself where it has investigators of its own ("DMV
		// Investigations Division"), and another body where it is a
		// disguise ("State Police" from the transport department's
		// mailbox).
		// The department named only on the signature's last lines
		// ("Special Agent, Criminal Investigations Division" / "Example
		// Department of Taxation"), with no police force or prosecutor
		// claimed beside it, is the department writing as itself: another
		// government body, serving its own process.
		w := serviceSubdomain(host)
		named := func(l string) bool { return namesService(l, w) }
		namedInClaims := w != "" && slices.ContainsFunc(slices.Concat(claims, lines), named)
		if w != "" && !namedInClaims && slices.ContainsFunc(lastLines(cmp.Or(strings.TrimSpace(doc.letter), doc.body), 10), named) && !slices.ContainsFunc(slices.Concat(claims, lines), policeOrProsecutor.MatchString) {
			r.evidence("sender.class", "a government department of another service ("+w+") signing as itself", "From", host)
			return
		}
		if w != "" && !namedInClaims {
			r.Facts.Impersonation = true
			r.evidence("sender.class", "a letter signed as another body from a government department of another service ("+w+"); held for review", "From", host)
			return
		}
	}
	// A state's police, highway patrol or investigation bureau spelled
	// out with the state's name outside .gov ("examplestatepolice.org",
	// "example-highway-patrol.com"): state agencies write from their
	// state's .gov or .us names, and an impostor spells the agency out.
	if main, _, _ := strings.Cut(registrable(host), "."); suffixOf(registrable(host)) != "gov" && suffixOf(registrable(host)) != "us" && stateAgencySpelled.MatchString(strings.ReplaceAll(main, "-", "")) {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "a state agency's name spelled out under a name outside .gov, on no list", "From", host)
		return
	}
	// Initials of a force joined to the name of a place whose government
	// writes from .gov ("xcpd-exampleton.us", "exampleton-xpd.com"): an
	// agency's initials spelled out with its city under a name outside
	// .gov is how impostors dress, whatever the suffix; a small office on
	// initials alone ("xpd.us") is not told apart and stays an agency on
	// no list.
	if main, _, _ := strings.Cut(registrable(host), "."); suffixOf(registrable(host)) != "gov" && initialsBesidePlace(main, a.domains) {
		if _, twin := a.domains.BesideOwnGov(host); !twin {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "a force's initials joined to a place that writes from .gov, on no list", "From", host)
			return
		}
	}
	// The police word before a place whose government writes from .gov
	// ("policeexampleton.org"), under any suffix but .gov: departments
	// name their domains place first, and the word first is how
	// impostors dress (session 33; the .net rule below saw it first).
	if main, _, _ := strings.Cut(registrable(host), "."); suffixOf(registrable(host)) != "gov" {
		if m := policeFirst.FindStringSubmatch(strings.ReplaceAll(main, "-", "")); m != nil && !genericPlace[m[1]] && !stateNameLabel.MatchString(m[1]) && !policeName(m[1]) && a.domains.placeHasGov(m[1]) {
			if _, twin := a.domains.BesideOwnGov(host); !twin {
				r.Sender.Class = ClassLookalike
				r.evidence("sender.class", "a police word before a place that writes from .gov, on no list", "From", host)
				return
			}
		}
	}
	// A police or sheriff's name under .net that no list names and that
	// is no twin of the office's own .gov name ("examplecountysheriff.net"):
	// US local agencies write from .gov, a state's or locality's .us, or
	// an .org or .com of their own; a .net made of their name is how
	// impostors dress. Refused as a lookalike, the reply held and the
	// sender reviewed all the same (policy: a lookalike's replies are
	// held, a claimed agency is reviewed).
	// Not a county's or a city's initials before the word ("xcsheriff.net"):
	// impostors spell out the place of the agency they copy, and small
	// offices do name their domains by initials.
	// Nor a place with no .gov name of its own ("fenwickglenpolice.net"):
	// a small town whose police keep the .net they always had is held as
	// an agency on no list; a place whose government writes from .gov
	// ("houstonpd.net") is dressed as its police.
	if main, _, _ := strings.Cut(registrable(host), "."); suffixOf(registrable(host)) == "net" && policeName(strings.ReplaceAll(main, "-", "")) && !initialsPoliceName(main) && a.domains.placeHasGov(strings.ReplaceAll(main, "-", "")) {
		if _, twin := a.domains.BesideOwnGov(host); !twin {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "a police or sheriff's name under .net, on no list", "From", host)
			return
		}
	}
	r.Sender.Class = ClassLawEnforcement
	r.Facts.UnlistedAgency = true
	r.evidence("sender.class", "an agency on no list, by its own letter; unverified, held for review", "From", host)
}

// policeFirst is a label that opens with the word "police" before a
// place of five letters or more (not a sheriff's: a county sheriff's
// office may name its domain "sheriff" and its county first).
var policeFirst = lazyRegexp(`^police(?:of)?([a-z]{5,})$`)

// initialsPoliceName reports a label of a place's initials, at most
// three letters, before a police or sheriff's word: "xcsheriff", "xypd".
// initialsBesidePlace reports a registrable label of two parts, a
// force's initials ("xcpd", "xso") and a place of five letters or more,
// not a state, that opens a name in the .gov registry, with at most an
// impostor's errand word after them.
func initialsBesidePlace(label string, d *Domains) bool {
	parts := strings.Split(label, "-")
	// An impostor's errand word may stand third ("xpd-exampleton-records").
	if len(parts) == 3 && errandAffix[parts[2]] {
		parts = parts[:2]
	}
	if len(parts) != 2 {
		return false
	}
	for i, p := range parts {
		place := parts[1-i]
		if initialsPoliceName(p) && len(place) >= 5 && !strings.ContainsAny(place, "0123456789") && !genericPlace[place] && !policeName(place) && !stateNameLabel.MatchString(place) && d.placeHasGov(place) {
			return true
		}
	}
	return false
}

// stateAgencySpelled is a registrable label that spells out a US
// state's name and a state agency's kind ("examplestatepolice",
// "examplestatehighwaypatrol", "examplebureauofinvestigation").
var stateAgencySpelled = lazyRegexp(`(?i)^(?:` + strings.ReplaceAll(usStateNames, " ", "") + `)(?:state)?(?:police|highwaypatrol|statepatrol|patrol|troopers|bureauofinvestigation|departmentofpublicsafety|dps|attorneygeneral)$`)

// stateNameLabel is a US state's name as a domain writes it: a county's
// office names its state beside its initials ("xcso-oregon"), and the
// state's own .gov says nothing of the county.
var stateNameLabel = lazyRegexp(`(?i)^(?:` + strings.ReplaceAll(usStateNames, " ", "") + `)$`)

func initialsPoliceName(label string) bool {
	for _, w := range []string{"sheriffs", "sheriff", "police", "pd", "so"} {
		if head, ok := strings.CutSuffix(label, w); ok && len(head) >= 1 && len(head) <= 3 {
			return true
		}
	}
	return false
}

// agencyWordDomain reports a registrable label with a police,
// prosecutor's or local government's word in it, as a whole part or
// glued to a place ("examplepd", "examplecountyda", "cityofexample",
// "police.example.edu"); not a company's word that merely contains the
// letters ("consolidated").
func agencyWordDomain(host string) bool {
	label, _, _ := strings.Cut(registrable(host), ".")
	for _, p := range strings.Split(label, "-") {
		if strings.Contains(p, "police") || strings.Contains(p, "sheriff") || strings.Contains(p, "county") || strings.HasPrefix(p, "cityof") || strings.HasPrefix(p, "townof") || strings.HasSuffix(p, "pd") || strings.HasSuffix(p, "countyda") || shortPoliceWord[p] || p == "city" || p == "gov" {
			return true
		}
	}
	return false
}

// usAttorney names a United States Attorney's Office.
var usAttorney = lazyRegexp(`^(?:The )?(?:United States|U\.S\.) Attorney'?s'? Office\b|^Office of the (?:United States|U\.S\.) Attorney\b`)

// serviceVendor is a company naming itself an agency's agent for serving
// or receiving process.
var serviceVendor = lazyRegexp(`(?i)\b(?:is|are|acts? as) (?:the |an? )?(?:authori[sz]ed|designated|contracted) (?:electronic )?(?:service|process|e-?service|filing) agent (?:of|for)\b` +
	// Or says it relays requests for agencies: "a records-request relay
	// used by police agencies" (not a police records unit's "we will
	// relay them to the requesting detective", nor a task force's "one
	// of our member agencies submitted …").
	`|\b(?:records?[- ]request|request|subpoena|legal[- ]process) relay (?:service |platform |company |firm )?(?:used by|for|serving|that serves)\b`)

// coercion threatens the recipient of a request with blame or
// prosecution.
var coercion = lazyRegexp(`(?i)\bif (?:someone|anyone|a child|the child|the victim|she|he|they|this (?:girl|boy|woman|man)) (?:dies|is killed|is hurt|is harmed|gets hurt)\b[^.!]{0,80}\b(?:your (?:company|firm|organi[sz]ation|staff|team)\b[^.!]{0,40}\b(?:answer for|responsible|accountable|liable)|you will answer for it)|\bblood (?:will be )?on your (?:company's )?hands` +
	// Arresting the custodian, and harm laid on the company.
	`|\barrest (?:of )?your (?:records )?custodian\b|\b(?:injury|injuries|harm|death|deaths|loss of life) (?:\w+ ){0,3}(?:will be|is) (?:on )?your (?:company's|firm's|organi[sz]ation's) responsibility`)

// hyphenPair returns the two parts of host's registrable label joined by
// one hyphen ("xcso-records" of xcso-records.com), if it is made so.
func hyphenPair(host string) ([]string, bool) {
	main, _, _ := strings.Cut(registrable(host), ".")
	parts := strings.Split(main, "-")
	return parts, len(parts) == 2
}

// affixedInitials returns the initials in a registrable label made of
// them and an impostor's affix ("xbi-records", "secure-xbi"), or "".
func affixedInitials(host string) string {
	parts, ok := hyphenPair(host)
	if !ok {
		return ""
	}
	for k, p := range parts {
		other := parts[1-k]
		if slices.Contains(affixes, p) && len(other) >= 2 && len(other) <= 7 {
			return other
		}
	}
	return ""
}

// hyphenedSuffix returns a domain suffix that ends host's registrable
// label after a hyphen ("exampletaskforce-org.com" gives "org"), or "".
func hyphenedSuffix(host string) string {
	main, _, _ := strings.Cut(registrable(host), ".")
	_, w, ok := lastHyphen(main)
	if !ok {
		return ""
	}
	switch w {
	case "gov", "org", "com", "net", "edu", "mil", "us":
		return w
	}
	return ""
}

// lastHyphen splits a label at its last hyphen ("policia-nacional-xx"
// gives "policia-nacional" and "xx"); ok is false without one after its
// first letter.
func lastHyphen(label string) (head, tail string, ok bool) {
	i := strings.LastIndexByte(label, '-')
	if i <= 0 {
		return "", "", false
	}
	return label[:i], label[i+1:], true
}

// hyphenedCountry returns the country code that ends host's registrable
// label after a hyphen, where the words before it name a police or
// justice body and the domain's own suffix is a generic one
// ("policia-nacional-xx.com"), or "". A US state's code is a town's
// ("springfield-il.org") and is left alone.
func hyphenedCountry(host string) string {
	reg := registrable(host)
	main, _, _ := strings.Cut(reg, ".")
	head, cc, ok := lastHyphen(main)
	if !ok || len(cc) != 2 || len(suffixOf(reg)) <= 2 {
		return ""
	}
	if usStateCode[cc] || ccTLDCountry("@x."+cc) == "" || !policeWords.MatchString(head) {
		return ""
	}
	return cc
}

// policeWords names a police or justice body in a domain's label, in the
// languages of Europe and the Americas (general knowledge).
var policeWords = lazyRegexp(`polic|polizei|politi|poliisi|polis|gendarm|guardia|carabinier|judici|justic|justiz|fiscal|procur|parquet|prosecut|sheriff|kripo|garda`)

// stateInitials returns a state-wide agency's initials (stateAgencyInitials)
// that follow a US state's name in host's registrable label
// ("examplestate" + "oag", "examplestate-dps") or come before it after a
// hyphen ("dps-examplestate"), or "". Initials glued before the state's
// name are a place's, as cities and counties name their domains
// ("cctexas", "mcohio").
func stateInitials(host string) string {
	main, _, _ := strings.Cut(registrable(host), ".")
	for _, st := range strings.Split(usStateNames, "|") {
		st = strings.ToLower(strings.ReplaceAll(st, " ", ""))
		rest, ok := strings.CutPrefix(main, st)
		if ok {
			rest = strings.TrimPrefix(rest, "-")
		} else if rest, ok = strings.CutSuffix(main, "-"+st); !ok {
			continue
		}
		if stateAgencyInitials[rest] {
			return rest
		}
	}
	return ""
}

// stateAgencyInitials are the initials of state-wide agencies (general
// knowledge of US state government): attorneys general, public safety
// departments, bureaus of investigation, state police and patrols,
// departments and divisions of (criminal) justice. Not a town's police
// ("washingtonpd", "delawarepd": towns bear states' names).
var stateAgencyInitials = map[string]bool{"oag": true, "ag": true, "ago": true, "atg": true, "dps": true, "dci": true, "bci": true,
	"sbi": true, "bi": true, "dle": true, "sp": true, "hp": true, "doj": true, "dcjs": true, "dcj": true, "csp": true, "msp": true, "isp": true}

// nameInitials returns the initials of a name's capitalised words,
// skipping its connectors ("Office of the Attorney General of Texas"
// gives "OAGT").
func nameInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !nameConnector[strings.ToLower(w)] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// claimedInitials returns the initials an agency's letter signs with: its
// words in capitals ("XCSO") and the initials of the agency names its
// claiming lines give ("Example County Sheriff's Office": "ECSO"), and
// the codes of the counties it names, by their initials and "c" with a
// state's code the letter gives anywhere ("Example County" in a letter
// from "…, Texas": "ectx").
// All in lower case.
func claimedInitials(words, claimed []string, flat string) []string {
	var out []string
	add := func(s string) {
		if s = strings.ToLower(s); len(s) >= 3 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	var states []string
	for _, w := range words {
		if len(w) >= 3 && w == strings.ToUpper(w) {
			add(w)
		}
		if len(w) == 2 && w == strings.ToUpper(w) && usStateCode[strings.ToLower(w)] {
			states = append(states, strings.ToLower(w))
		}
	}
	for _, n := range stateNamed.FindAllString(flat, -1) {
		states = append(states, stateCodeOf[n])
	}
	for _, l := range claimed {
		if !agencyName.MatchString(l) {
			continue
		}
		// Only a name written in its initials' order: "Example County
		// Office of the Sheriff" goes by ECSO, not ECOS.
		if !ofWord.MatchString(l) {
			add(nameInitials(l))
			// A state's name inside a city's agency's name ("Kansas City
			// Missouri Police Department") is left out of its initials
			// (KCPD).
			for _, loc := range stateNamed.FindAllStringIndex(l, -1) {
				if loc[0] > 0 {
					add(nameInitials(l[:loc[0]] + l[loc[1]:]))
				}
			}
		}
		for _, m := range countyNamed.FindAllStringSubmatch(l, -1) {
			for _, st := range states {
				add(nameInitials(m[1]) + "c" + st)
			}
			// Where the letter names no state, any state's code.
			if len(states) == 0 {
				for st := range usStateCode {
					add(nameInitials(m[1]) + "c" + st)
				}
			}
		}
	}
	return out
}

// ofWord is "of" between a name's words.
var ofWord = lazyRegexp(`\b(?:of|Of|OF)\b`)

// countyNamed is a county's name in a line: "Example County".
var countyNamed = lazyRegexp(`\b((?:[A-Z][a-z]+ ){1,2})County\b`)

// stateNamed is a US state's name in a line.
var stateNamed = lazyRegexp(`\b(?:` + usStateNames + `)\b`)

// misspeltInitials returns the label of host that spells one of inits
// with two letters swapped or with letters that look like others, not
// as written.
func misspeltInitials(host string, inits []string) string {
	labels := strings.Split(strings.TrimSuffix(host, "."+suffixOf(host)), ".")
	for _, l := range labels {
		for _, in := range inits {
			if l != in && (lookSame(l) == in || len(in) >= 4 && swappedLetters(l, in)) {
				return l
			}
		}
	}
	return ""
}

// stateJoinedInitials returns the initials of inits that host's
// registrable label joins by a hyphen to a county's code (among inits),
// or, where replies are asked elsewhere, to a state's name or code,
// before or after, or "". The initials may carry a word of their own
// ("xcsoweb").
func stateJoinedInitials(host string, inits []string, replyElsewhere bool) string {
	parts, ok := hyphenPair(host)
	if !ok {
		return ""
	}
	for k, p := range parts {
		other := parts[1-k]
		// A county's code the letter's own county and state give; a
		// state's name or code only beside a second sign (replies asked
		// on another domain): small offices do join their initials to
		// their state ("xcso-yt.org").
		place := slices.Contains(inits, other) && len(other) == 4 && usStateCode[other[2:]] || replyElsewhere && (usStateCode[other] || stateCodeOf[other] != "")
		if !place {
			continue
		}
		for _, in := range inits {
			if len(in) >= 3 && strings.HasPrefix(p, in) && len(p) <= len(in)+4 {
				return in
			}
		}
	}
	return ""
}

// stateCodeOf gives a US state's two-letter code by its name, as written
// ("Texas") and as a domain writes it ("newmexico").
var stateCodeOf = map[string]string{}

func init() {
	codes := strings.Fields("nh nj nm ny nc nd ri sc sd wv dc pr al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv oh ok or pa tn tx ut vt va wa wi wy")
	for i, n := range strings.Split(usStateNames, "|") {
		stateCodeOf[n] = codes[i]
		stateCodeOf[strings.ToLower(strings.ReplaceAll(n, " ", ""))] = codes[i]
	}
}

// lastLines returns the last n non-empty lines of text.
func lastLines(text string, n int) []string {
	out := nonEmptyLines(text)
	return out[max(0, len(out)-n):]
}

// nonEmptyLines returns the lines of text that are not blank, trimmed.
func nonEmptyLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// dataBrokerTrade names the trade of a people-search, skip-tracing or
// background-check business (general knowledge of the trade's own
// words).
var dataBrokerTrade = lazyRegexp(`(?i)\bskip[- ]?trac(?:e|ing)\b|\bbackground (?:reports?|checks?|screening)\b|\basset (?:location|search(?:es)?|recovery)\b|\bpeople[- ]search\b|\bdata brok(?:er|age)\b|\bperson locat(?:e|or|ion)\b|\btenant screening\b|\bpublic records? search(?:es)?\b`)

// impostorTLD are top-level domains no government agency writes from
// (general knowledge: new generic TLDs sold cheaply and country codes
// marketed as generic ones). An agency's letter from one is dressed up.
var impostorTLD = map[string]bool{}

func init() {
	// Free and cheap country codes (tk, ml, ga, cf, gq, cc, ws) count too:
	// their governments' own zones are listed as governments'.
	for _, t := range strings.Fields(`online site xyz top io app live click link support services email biz pro club shop
		store tech website space icu tk ml ga cf gq cc ws buzz cyou rest fun digital network systems solutions agency legal law
		lawyer attorney report center group zone world today news cloud host page one vip work life help secure claims`) {
		impostorTLD[t] = true
	}
}

// governmentZoneWord are the labels of governments' zones (gov, gouv, gob,
// Austria's gv, Canada's gc, mil): hyphenated into a name, they dress a
// domain anyone can register as a government's ("agency-gouv.ca").
var governmentZoneWord = map[string]bool{"gov": true, "govt": true, "gouv": true, "gob": true, "gv": true, "gc": true, "mil": true}

// agencyDomainAffix are words an agency's own domain may carry besides
// its name: what is left of a label without them is the name.
var agencyDomainAffix = []string{"sheriffsoffice", "sheriff", "police", "county", "city", "gov", "cityof", "countyof",
	"pd", "so", "da", "sd", "dept", "co"}

// disguisedAgencyDomain reports, for a domain no list vouches for under
// a letter that claims an agency, the marks of a domain made to pass for
// that agency's: a TLD no agency uses, a government zone's word
// hyphenated in, a registered .gov name with an affix, a state's agency
// on a domain with nothing of the state, a help-desk or hosting tenant, a
// digit standing for a letter of the letter's own name ("co1umbus"), or
// that name spelled with a letter that looks alike, one dropped or one
// added inside it ("arapaoe" of Arapahoe). An agency's domain spells its
// own name as the letter does.
func (a *Analyzer) disguisedAgencyDomain(doc *document, host string, lines []string) string {
	if _, gov := a.domains.Government(host); gov {
		return ""
	}
	reg := registrable(host)
	suffix := suffixOf(reg)
	main := strings.TrimSuffix(reg, "."+suffix)
	if impostorTLD[suffix[strings.LastIndex(suffix, ".")+1:]] {
		return "an agency's letter from a top-level domain no agency writes from"
	}
	// A government's word hyphenated onto a domain anyone can register
	// ("agency-gov.com", "agency-mil.us"), or a registered .gov name with
	// an impostor's affix ("portal-examplecourts.com" of
	// examplecourts.gov).
	if parts := strings.Split(main, "-"); len(parts) >= 2 && slices.ContainsFunc(parts, func(p string) bool { return governmentZoneWord[p] }) {
		return "a government's word hyphenated onto a domain anyone can register"
	}
	if p := a.domains.affixedRegistered(main, suffix); p != "" {
		return "a registered .gov name (" + p + ".gov) with an impostor's affix"
	}
	// A state's police, patrol or bureau writes from the state's domain or
	// one with its name or initials (njsp.org), never from a company's
	// whose name has nothing of them ("Example State Police" over
	// examplestore-hvac.com).
	name := strings.ToLower(strings.TrimSuffix(host, "."+suffix))
	for _, l := range slices.Concat(signatureLines(doc, 8), headLines(doc, 5)) {
		m := stateAgencySignature.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		state := strings.ToLower(strings.ReplaceAll(m[1], " ", ""))
		if !strings.Contains(name, state) && !stateAgencyLabel.MatchString(name) {
			return "a state's agency (" + m[0] + ") from a domain with nothing of the state or the agency"
		}
		// Nor from one that spells the state's name whole beside the
		// agency's words under a suffix anyone can register
		// ("examplestatepolice.org", or a name registered under .us
		// itself): states' agencies write from their state's zones (.gov,
		// state.xx.us), or from initials (njsp.org).
		if tld := suffix[strings.LastIndex(suffix, ".")+1:]; strings.Contains(name, state) && stateAgencyWords.MatchString(strings.Replace(name, state, "", 1)) && (tld != "gov" && tld != "us" && tld != "mil" || suffix == "us") {
			return "a state's agency (" + m[0] + ") named whole on a domain anyone can register"
		}
	}
	if platformTenant(host) != "" {
		return "an agency's letter from a tenant of a hosting or help-desk platform"
	}
	label := strings.ReplaceAll(main, "-", "")
	// The letter's own words (four letters or more), without accents and
	// with German umlauts also as their two-letter spellings ("zuerich").
	var words []string
	for _, l := range slices.Concat(lines, headLines(doc, 5)) {
		l = strings.ToLower(l)
		for _, v := range []string{withoutAccents(l), umlauts.Replace(l), baseLetters.Replace(l)} {
			for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) >= 4 && isASCII(w) && !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
		}
	}
	// A digit read as a letter spells the letter's own name across it
	// ("co1umbus" of Columbus, "ch3s" of Chester); a region's or a
	// precinct's number spells nothing.
	for _, loc := range digitForLetter.FindAllStringIndex(label, -1) {
		p := loc[0] + 2
		for _, l := range digitLetters[label[p]] {
			read := label[:p] + string(l) + label[p+1:]
			for _, w := range words {
				for k := len(w); k >= 4; k-- {
					if i := strings.Index(read, w[:k]); i >= 0 && i <= p && p < i+k {
						return "a digit standing for a letter of the letter's own name (" + w + ") in the domain"
					}
				}
			}
		}
	}
	// The name the domain's label spells, without the words an agency's
	// domain adds to it.
	core := label
	for changed := true; changed; {
		changed = false
		for _, w := range agencyDomainAffix {
			if t, ok := strings.CutSuffix(core, w); ok && len(t) >= 5 {
				core, changed = t, true
			}
			if t, ok := strings.CutPrefix(core, w); ok && len(t) >= 5 {
				core, changed = t, true
			}
		}
	}
	if len(core) < 5 || !isASCII(core) {
		return ""
	}
	if slices.Contains(words, core) {
		return ""
	}
	// A letter that looks alike, one dropped ("arapaoe" of Arapahoe), or
	// one added inside the name or doubling its neighbour ("marlowwe");
	// not one added at its end, which may be the first of an affix.
	for _, w := range words {
		if len(w) < 5 || w[0] != core[0] {
			continue
		}
		if len(w) == len(core) && lookSame(fold(w)) == lookSame(fold(core)) || len(w) == len(core)+1 && editDistance(w, core) == 1 || len(core) == len(w)+1 && addedInside(w, core) {
			return "the letter's own name (" + w + ") misspelt in the domain"
		}
	}
	return ""
}

// stateAgencySignature is a US state's own police, patrol or bureau named at the
// start of a line; stateAgencyLabel the words and initials its domains
// carry (general knowledge: njsp.org, mdsp.org, state.xx.us, dps.x.gov).
var (
	stateAgencySignature = lazyRegexp(`^(` + usStateNames + `) (?:State Police|State Patrol|Highway Patrol|Bureau of Investigation|Department of Public Safety)\b`)
	stateAgencyWords     = lazyRegexp(`police|patrol|trooper|investigation|publicsafety|pd\b|pd\.`)
	stateAgencyLabel     = lazyRegexp(`police|patrol|trooper|state|sp\b|sp\.|[a-z]{1,2}sp|hp\b|dps|sbi|bci|dci|gbi|tbi|kbi|osbi|fdle|sled`)
)

// addedInside reports that long is short with one letter added before
// its last letter, or doubling a neighbour.
func addedInside(short, long string) bool {
	for i := 0; i < len(long); i++ {
		if long[:i]+long[i+1:] != short {
			continue
		}
		return i < len(long)-1 || i > 0 && long[i] == long[i-1]
	}
	return false
}

// signatureLines are the last n short lines of the letter: its signature.
func signatureLines(doc *document, n int) []string {
	text := doc.letter
	if strings.TrimSpace(text) == "" {
		text = doc.body
	}
	var out []string
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0 && len(out) < n; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" && utf8.RuneCountInString(l) < 60 {
			out = append(out, l)
		}
	}
	return out
}

// withoutAccents writes a name's letters without their accents, as a
// domain spells them ("Québec" as "quebec").
func withoutAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// digitForLetter is one digit that reads as a letter (0 o, 1 l or i,
// 3 e, 4 a, 5 s, 7 t) between two letters of a name, and digitLetters
// the letters each reads as.
var (
	digitForLetter = lazyRegexp(`[a-z]{2}[013457][a-z]{2}`)
	digitLetters   = map[byte]string{'0': "o", '1': "li", '3': "e", '4': "a", '5': "s", '7': "t"}
	umlauts        = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "å", "aa", "æ", "ae", "ø", "oe")
	baseLetters    = strings.NewReplacer("ø", "o", "æ", "a", "å", "a", "ł", "l", "đ", "d", "ß", "s")
)

// embeddedDomain returns the name in host's subdomain that ends in a
// generic top-level domain's label, right before the registrable domain
// ("examplecity.org" of "police.examplecity.org.case-portal.net"), or "".
func embeddedDomain(host string) string {
	reg := registrable(host)
	sub := strings.TrimSuffix(strings.TrimSuffix(host, reg), ".")
	labels := strings.Split(sub, ".")
	if len(labels) < 2 {
		return ""
	}
	switch last := labels[len(labels)-1]; {
	case last == "com" || last == "org" || last == "net" || last == "gov" || last == "mil" || last == "edu":
		return strings.Join(labels[len(labels)-2:], ".")
	case last == "us" && usStateCode[labels[len(labels)-2]]:
		// A state's locality zone: "co.example.tx.us.case-files.com".
		return strings.Join(labels[len(labels)-2:], ".")
	}
	return ""
}

// usStateCode are the US states' and territories' two-letter codes.
var usStateCode = map[string]bool{}

func init() {
	for _, c := range strings.Fields("al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr vi gu as mp") {
		usStateCode[c] = true
	}
}

// usTerritory are the country codes of US territories (ISO 3166-1).
var usTerritory = map[string]bool{"PR": true, "VI": true, "GU": true, "AS": true, "MP": true, "UM": true}

// headLines are the short lines among the first n of the letter: its
// letterhead, not its prose.
func headLines(doc *document, n int) []string {
	var out []string
	for _, l := range strings.Split(titleCaseRuns(doc.body), "\n") {
		if l = strings.TrimSpace(l); l != "" && len(out) < n && utf8.RuneCountInString(l) < 60 {
			out = append(out, l)
		}
	}
	return out
}

// displayAddress is an e-mail address written into a display name.
var displayAddress = lazyRegexp(`[\w.+-]+@([\w-]+(?:\.[\w-]+)+)`)

// usAgencyShape names a kind of agency only the United States has
// (general knowledge): county sheriffs, state police and highway
// patrols, district and state's attorneys (not a US Attorney, whom a
// foreign letter under a treaty may name).
var usAgencyShape = lazyRegexp(`\bSheriff'?s? (?:Office|Department)|\bCounty Sheriff|\bState Police\b|\bHighway Patrol\b|\bDistrict Attorney|\bState'?s Attorney|\bDepartment of Public Safety\b|` +
	// A state's own investigative agency by the state's name ("Example
	// Law Enforcement Division", "Example Bureau of Investigation").
	`\b(?:` + usStateNames + `) (?:State )?(?:Law Enforcement (?:Division|Agency|Department)|Bureau of (?:Investigation|Criminal)|Division of Criminal Investigation|Department of Law Enforcement)`)

// unitAcronym are the initials of units every police department has
// ("Criminal Investigation Division"), not of one agency (Army CID).
var unitAcronym = map[string]bool{"CID": true, "CIB": true, "CIU": true, "SIU": true, "SVU": true, "ICAC": true, "SWAT": true}

// longerName reports whether the text before an agency's name continues
// it with a word of its own: "Korean National Police Agency" is not the
// "National Police Agency" of Japan. A rank before it ("Special Agent
// Federal Bureau of Investigation") is no part of the name.
func longerName(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	// Only a country's adjective ("Korean", "Japanese", "Danish"): "The",
	// "U.S." or a city before "Federal Bureau of Investigation" claims the
	// FBI all the same.
	w := f[len(f)-1]
	// "Port of" or "University of" before a city's police names another
	// body ("Port of Example City Police Department"); "City of" and the
	// like name the same one.
	if w == "of" && len(f) >= 2 && capitalised(f[len(f)-2]) && !sameBodyOf[f[len(f)-2]] {
		return true
	}
	return capitalised(w) && w != "The" && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "i"))
}

// sameBodyOf are the words before "of" that name a place's own
// government, whose police a listed name already is ("City of Example
// Police Department").
var sameBodyOf = map[string]bool{"City": true, "County": true, "Town": true, "Village": true, "State": true, "Commonwealth": true, "Borough": true, "Township": true, "Department": true, "Office": true}

// knownAgencyClaimed returns the listed agency whose name or acronym the
// letter's signature lines give, if any.
func (a *Analyzer) knownAgencyClaimed(lines []string, host string) (string, bool) {
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
			// An acronym in capitals: "FBI", "DEA", "HSI"; not initials
			// another country's body shares with ours on its own domain
			// ("PSP" of psp.pt).
			if len(w) >= 3 && strings.ToUpper(w) == w && !unitAcronym[w] && !ownInitials(host, w, a.opts.HomeCountry) {
				if dom, ok := a.domains.brands[fold(strings.ToLower(w))]; ok && a.domains.handListed[dom] {
					return dom, true
				}
				// An agency of the .gov registry by its acronym ("NCSBI" of
				// ncsbi.gov); five letters or more, fewer collide.
				if dom := strings.ToLower(w) + ".gov"; len(w) >= 5 {
					if _, ok := a.domains.agencies[dom]; ok {
						return dom, true
					}
				}
			}
		}
		for _, n := range a.domains.handNames {
			// "U.S. Secret Service" is the "United States Secret Service"
			// of the list, and the other way round.
			alt := n
			if rest, ok := strings.CutPrefix(n, "United States "); ok {
				alt = "U.S. " + rest
			} else if rest, ok := strings.CutPrefix(n, "U.S. "); ok {
				alt = "United States " + rest
			}
			for _, v := range []string{n, alt} {
				if i := strings.Index(l, v); i >= 0 && !longerName(l[:i]) {
					return n, true
				}
			}
		}
		// A US Attorney's Office writes from the Department of Justice's
		// domain, whatever district it serves: a letter signed by one
		// alone, from a domain with no agency's word in it. A police or
		// prosecutor's letter that passes on an AUSA's block names its own
		// agency too (or writes from one's domain): a partner, not a claim.
		if usAttorney.MatchString(l) && !agencyWordDomain(host) && !slices.ContainsFunc(lines, func(o string) bool { return !usAttorney.MatchString(o) && agencyName.MatchString(o) }) {
			return "United States Attorney's Office", true
		}
	}
	return "", false
}

// jurisdictionDomain reports a domain that is the general domain of the
// city or county a known agency serves ("dallascityhall.com",
// "cityofexample.org" for the Example Police Department): a city's police
// may write from the city's domain. Such a sender is still an agency on no
// list, held for review, not refused as an impostor.
func jurisdictionDomain(host, agency string) bool {
	place, _, ok := strings.Cut(agency, " Police")
	if !ok {
		place, _, ok = strings.Cut(agency, " County Sheriff")
	}
	place = strings.ToLower(strings.ReplaceAll(place, " ", ""))
	if !ok || len(place) < 4 {
		return false
	}
	label, _, _ := strings.Cut(registrable(host), ".")
	label = strings.ReplaceAll(label, "-", "")
	for _, w := range []string{"cityhall", "city", "county", "gov", "govt", "town", "village"} {
		if label == place+w || label == w+"of"+place || label == w+place {
			return true
		}
	}
	return false
}

// otherServiceWords name municipal and county services that are not
// police nor prosecution (general knowledge of how US local governments
// name their offices' domains): glued to a place's name
// ("examplelibrary") or, for words that also end or begin place names
// (Clearwater, Firestone), only as a hyphened part ("example-water").
// Services with police or sworn investigators of their own (schools,
// transit, airports, parks, housing, fire marshals' arson units) are left
// out, and so is a name that only begins with the word (the Library of
// Congress has its police).
var (
	otherServiceWords = []string{"libraries", "library", "elections", "museum", "tourism", "recparks", "recreation", "utilities"}
	otherServiceWhole = []string{"fire", "water", "utility", "vote", "zoo", "tax"}
)

// serviceSubdomains are the labels a state's or a city's departments of
// other services take under its domain (dot.ny.gov, dmv.ca.gov,
// health.example.gov; general knowledge of US state government domains).
// Some have sworn investigators of their own (a DMV's investigations
// division, a fire marshal's arson unit): only a letter that signs as
// another body from one is an impersonation.
var serviceSubdomains = []string{"dot", "dmv", "mvd", "transportation", "health", "doh", "dol", "labor", "education"}

// serviceNames are the words a department of a service signs with, by
// its subdomain label.
var serviceNames = map[string][]string{
	"dot": {"dot", "transportation", "transport"}, "transportation": {"transportation", "transport"}, "dmv": {"dmv", "motor vehicle"}, "mvd": {"mvd", "motor vehicle"},
	"health": {"health"}, "doh": {"doh", "health"}, "dol": {"dol", "labor", "labour"}, "labor": {"labor", "labour"}, "education": {"education"},
	"fire": {"fire"}, "tax": {"tax", "taxation", "revenue"},
}

// namesService reports a line naming the department of the subdomain
// label w.
func namesService(line, w string) bool {
	l := " " + strings.Join(strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	names, ok := serviceNames[w]
	if !ok {
		names = []string{w}
	}
	for _, n := range names {
		if strings.Contains(l, " "+n+" ") || strings.Contains(l, " "+n+"s ") {
			return true
		}
	}
	return false
}

// serviceSubdomain returns a subdomain label of host that names a
// government's department of another service than police or prosecution,
// or "" for none.
func serviceSubdomain(host string) string {
	sub := strings.TrimSuffix(strings.TrimSuffix(host, registrable(host)), ".")
	for _, l := range strings.Split(sub, ".") {
		if slices.Contains(serviceSubdomains, l) || slices.Contains(otherServiceWords, l) || slices.Contains(otherServiceWhole, l) {
			return l
		}
	}
	return ""
}

// otherServiceWord returns the service word of a government domain's
// registrable label ("examplelibrary", "library-example", "example-water"),
// or "" for none; a label that also holds a police word has none.
// tradeWord returns the word of a business's trade in a registrable
// label that names no police ("example-eastside-dental"), or "": shops,
// clinics and firms of other trades (general knowledge of business
// names).
func tradeWord(host string) string {
	return tradeName.FindString(servedLabel(host))
}

// servedLabel is host's registrable label where it names no police (""
// where it does): the label whose words may name another service or
// trade.
func servedLabel(host string) string {
	main, _, _ := strings.Cut(registrable(host), ".")
	if policeName(strings.ReplaceAll(main, "-", "")) {
		return ""
	}
	return main
}

var tradeName = lazyRegexp(`dental|dentist|orthodont|chiropract|clinic|realty|realtor|plumbing|roofing|salon|pizza|restaurant|bakery|florist|boutique|fitness|landscap|towing|autobody|autorepair|carwash|petcare|veterinar|catering|cleaners`)

func otherServiceWord(host string) string {
	main := servedLabel(host)
	if main == "" {
		return ""
	}
	parts := strings.Split(main, "-")
	joined := strings.Join(parts, "")
	cands := slices.Concat(parts, []string{joined})
	// A state's code after the name: "examplelibraryca".
	if n := len(joined); n > 4 && usStateCode[joined[n-2:]] {
		cands = append(cands, joined[:n-2])
	}
	for _, p := range cands {
		for _, w := range otherServiceWords {
			if p == w || len(p) >= len(w)+3 && strings.HasSuffix(p, w) {
				return w
			}
		}
	}
	for _, p := range parts {
		if len(parts) > 1 && slices.Contains(otherServiceWhole, p) {
			return p
		}
	}
	return ""
}
