package triage

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"lerd/internal/mailparse"
)

// ranks are titles written before an agent's name; they are dropped.
// General knowledge of US, UK, Irish, Canadian, Australian and European
// police and prosecutors' ranks and their usual abbreviations; longer
// titles come before their prefixes (the first alternative that matches
// wins).
// Austria's police ranks (Bezirksinspektor and the others, general
// knowledge) come first: "BezInsp Jo Roe".
const ranks = `Deputy District Attorney|Deputy Prosecuting Attorney|Deputy County Attorney|Deputy Attorney General|Deputy City Attorney|BezInsp|GrInsp|AbtInsp|ChefInsp|KontrInsp|RevInsp|Insp\.? in|Detective Senior Constable|Senior Federal Agent|Federal Agent|DC|DS|DI|Deputy United States Marshal|Deputy U\.S\. Marshal|DUSM|Inspector Jefe|Inspectora Jefa|Comisario Principal|Detective Chief Superintendent|Detective Superintendent|Detective Chief Inspector|Det\. Supt\.|Detective Investigator|Special Investigator|Criminal Investigator|Police Officer|Patrol Officer|Master Police Officer|Trooper First Class|Senior Trooper|Sr\. Trooper|Chief Deputy|Chief Inspector|Chief Superintendent|Superintendent|Supt\.|P\.O\.|Ptl\.|Patrolman|Patrolwoman|Undersheriff|Sheriff|Commander|Cmdr\.|Major|Maj\.|Colonel|Col\.|Col|Sergent-détective|Sergente-détective|Sergente|Sergent|Enquêteuse|Enquêtrice|Enquêteur|Lieutenante|TFC|MPO|DCI|DSU|Agent spécial|Inspecteur|Adjudant-chef|Adjudante-cheffe|Adjudant|Adjudante|Brigadier-chef|Hauptkommissar(?:in)?|Oberkommissar(?:in)?|Kommissar(?:in)?|Ispettore Superiore|Ispettore Capo|Ispettore|Sovrintendente|Vice Questore|Commissario Capo|Commissario|Maresciallo|Inspetor|Delegad[oa]|Subinspector|Sargento|Teniente|Capit[áa]n|Hoofdagent|Hoofdinspecteur|Rechercheur|Nadkomisarz|Podkomisarz|Komisarz|Special Agent in Charge|Supervisory Special Agent|Special Agent|Senior Special Agent|SSA|SA|S/A|TFO|Task Force Officer|Detective Sergeant|Detective Constable|Detective Inspector|Detective|Det\.|Det|Sergeant|Sgt\.|Sgt|Lieutenant|Lt\.|Lt|Captain|Capt\.|Corporal|Cpl\.|Officer|Ofc\.|Trooper|Tpr\.|Ranger|Deputy|Dep\.|Dep|Investigator|Inv\.|Senior Investigator|Postal Inspector|Inspector|Insp\.|Agent|Constable|PC|DC|DS|DI|Cst\.|Assistant United States Attorney|AUSA|Assistant District Attorney|ADA|Deputy District Attorney|Assistant State Attorney|Attorney|Kriminalhauptkommissar(?:in)?|Kriminalkommissar(?:in)?|Kriminaloberkommissar(?:in)?|Polizeihauptkommissar(?:in)?|Polizeikommissar(?:in)?|KHK|KOK|POK|PHK|Commandant|Capitaine|Brigadier|Gendarme|Officier de police judiciaire|OPJ|Mr\.|Ms\.|Mrs\.|Dr\.|mr\.|mw\.|Me|Maître|Senior Constable|Leading Senior Constable|Garda|Lic\.|Licenciad[oa]|Mtro\.|Mtra\.|Comisario|Commissaire|Agente|Agte\.|Sgto\.|Tte\.|` +
	// US military ranks as military investigators sign (general
	// knowledge of the Army's, Air Force's and Navy's abbreviations):
	// warrant officers, sergeants, officers.
	`CW[2-5]|CWO[2-5]?|WO1|SFC|SSG|1SG|MSG|SGM|SPC|CPT|MAJ|LTC|COL|1LT|2LT|SSgt|TSgt|MSgt|SMSgt|CMSgt|SrA|LCDR|CDR|LTJG|` +
	// Austrian police ranks (Chefinspektor … Revierinspektor) and the
	// corporals of Spanish-speaking police (Cabo, Cabo Primero).
	`(?:Chef|Bezirks|Gruppen|Abteilungs|Kontroll|Revier)inspektor(?:in)?|Cabo Primero|Cabo 1\.?º|Cabo|` +
	// Nigerian, Indonesian and Uruguayan ranks; Dutch investigating
	// officers; Turkish police ranks (Başkomiser, Komiser Yardımcısı).
	// Czech and Slovak police ranks, and Polish ones, abbreviated as
	// they sign (general knowledge): nadporučík, poručík, kapitán,
	// major, podplukovník, plukovník, praporčík, strážmistr; aspirant
	// sztabowy, starszy aspirant, podkomisarz, komisarz, sierżant.
	`npor\.|por\.|kpt\.|mjr\.|pplk\.|plk\.|nprap\.|pprap\.|prap\.|nstržm\.|stržm\.|asp\. szt\.|st\. asp\.|mł\. asp\.|asp\.|podkom\.|nadkom\.|kom\.|st\. sierż\.|sierż\. szt\.|sierż\.|` +
	`Emniyet Amiri|Başkomiser|Baskomiser|Komiser Yardımcısı|Komiser|Polis Memuru|ACP|DCP|AKBP|Kompol|Crio\. Mayor|Crio\.|Suboficial|Senior opsporingsambtenaar|Opsporingsambtenaar|` +
	// The Philippine National Police's ranks since 2019 (Republic Act
	// 11200): Police Colonel, Major, Captain, Lieutenant, Master Sergeant …
	`PBGEN|PCOL|PLTCOL|PMAJ|PCPT|PLT|PEMS|PCMS|PSMS|PMSg|PSSg|PCpl|` +
	// Swedish, Danish, Norwegian and Finnish police and prosecutors'
	// titles (general knowledge; session 33).
	`Kriminalinspektör|Kriminalkommissarie|Polisinspektör|Polisassistent|Kommissarie|Kammaråklagare|Chefsåklagare|Åklagare|Politioverbetjent|Politibetjent|Politiinspektør|Politiassistent|Politifullmektig|Politiadvokat|Vicepolitiinspektør|Vanhempi rikoskonstaapeli|Rikosylikonstaapeli|Rikoskonstaapeli|Rikoskomisario|Rikostarkastaja|Ylikomisario|Komisario|Ylikonstaapeli|Vanhempi konstaapeli|Kihlakunnansyyttäjä|Syyttäjä|` +
	// Investigating judges and prosecutors who write themselves, and
	// Quebec's detective sergeants (general knowledge): French, German,
	// Spanish, Portuguese and Italian titles.
	`Commandant de police|Capitaine de police|Lieutenant de police|Brigadier de police|Major de police|Juge d'instruction|Vice-procureure?|Procureure? de la République|Substitut du procureur|Sergent-détective|Oberstaatsanwältin|Oberstaatsanwalt|Staatsanwältin|Staatsanwalt|Jueza|Juez|Fiscal|Procuradora|Procurador|Promotora de Justiça|Promotor de Justiça|Sostituto Procuratore|Pubblico Ministero`

// credentials follow a name in a signature ("Jane Doe, CFE"): common US
// professional and forensic certifications and degrees.
// Also the bachelor's and master's degrees that Austrian and German
// officers write after their names ("Stefan Roe, BA", "…, MSc").
const credentials = `(?:CFE|CPA|CFCE|EnCE|CISSP|CCE|GCFA|GCFE|CAMS|CFI|CIA|MBA|PhD|Ph\.D\.|J\.D\.|JD|Esq\.?|BA|B\.A\.|BSc|B\.Sc\.|MSc|M\.Sc\.|LL\.M\.|LLM|MPA)`

// rankAfter is a rank written after the name, as Hungarian police sign
// ("Kovács Anna r. őrnagy": police major; general knowledge of the
// ranks, from tábornok to őrmester, "r." for rendőr).
const rankAfter = `(?:r\.[ \t]+)?(?:dandártábornok|vezérőrnagy|ezredes|alezredes|őrnagy|százados|főhadnagy|hadnagy|törzszászlós|zászlós|főtörzsőrmester|törzsőrmester|őrmester)`

const namePart = `[A-ZÀ-ÖØ-Þ][\p{L}'’-]+`

// nameRest is the rest of a name after its first part: one or two more
// parts, each after the lowercase particles of Dutch, German, French,
// Spanish, Portuguese and Italian surnames ("van der", "de la", "dos").
const nameRest = `(?:[ \t]+(?:(?:van|von|de|der|den|da|di|del|della|dos|das|du|ten|ter|le|la|zu)[ \t]+){0,2}` + namePart + `){1,2}`

// nameRestLine is nameRest on a line of its own, whose surname may open
// with "St." or "Ste." ("St. Pierre"), and whose particles may be
// capitalised as some families write them ("De La Rosa"); in prose "St."
// and "La" start a place ("Jo Roe St. Louis County Police", "Jo Roe La
// Crosse Police").
const nameRestLine = `(?:[ \t]+(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Dd]u|[Tt]en|[Tt]er|[Ll]e|[Ll]a|[Zz]u)[ \t]+){0,2}(?:Ste?\.[ \t]?)?` + namePart + `){1,2}`

var (
	// Names never span lines: [ \t] between their parts, not \s.
	rankedName = lazyRegexp(`(?:\b|^)(?:` + ranks + `)[ \t]+(?:#?\d{2,6}[ \t]+)?(` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRest + `)`)
	// rankedInitials is an officer who goes by two initials after a
	// sworn rank ("Cpl. T.J. Roe", "Det. J. R. Roe"); not an honorific's
	// ("mr. J.H. Roe", a Dutch lawyer's), nor one initial, which
	// abbreviates a name the letter writes in full elsewhere.
	rankedInitials = lazyRegexp(`(?:\b|^)(?:Cpl\.|Corporal|Det\.|Detective|Sgt\.|Sergeant|Lt\.|Lieutenant|Capt\.|Captain|Ofc\.|Officer|Tpr\.|Trooper|Dep\.|Deputy|Inv\.|Investigator|Special Agent|Agent|Inspector|Insp\.|Sheriff)[ \t]+((?:[A-Z]\.[ \t]?){2}` + namePart + `(?:-` + namePart + `)?)`)
	// A name may open with "Md." or "Mohd.", the written short forms of
	// Mohammad in Bangladesh, Malaysia and elsewhere (general knowledge).
	nameLine = lazyRegexp(`^(?:(?:` + ranks + `)[ \t]+)?((?:[A-Z]\.[ \t]+|(?:Md|Mohd|Muhd)\.[ \t]+)?` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRestLine + `)[ \t]*,?[ \t]*(?:Jr\.|Sr\.|II|III)?(?:,?[ \t]*` + credentials + `)*(?:[ \t]+` + rankAfter + `)?$`)
	// closing is a letter's valediction on a line of its own, in English
	// and in the languages of the foreign letters we read (general
	// knowledge: German, French, Spanish, Portuguese, Italian, Dutch,
	// Polish, Nordic, Finnish, Balkan, Czech, Hungarian, Romanian, Baltic,
	// Turkish, Albanian, Cyrillic, Greek, Vietnamese, Armenian).
	closing  = lazyRegexp(`(?i)^((?:with )?(?:best |kind |warm |kindest |warmest |many )?regards|sincerely|respectfully|thank you|thanks|many thanks|with thanks|all the best|respectfully yours|very truly yours|yours (truly|sincerely|faithfully)|cordially|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüsse|hochachtungsvoll|cordialement|bien à vous|atentamente|saludos cordiales|un saludo|atenciosamente|cumprimentos|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|hoogachtend|z poważaniem|(?:med )?vänliga hälsningar|(?:med )?venlig hilsen|(?:med )?vennlig hilsen|venlige hilsner|vennlige hilsener|ystävällisin terveisin|s po[šs]tovanjem|srda[čc]an pozdrav|s pozdravem|s [úu]ctou|tisztelettel|cu stim[ăa]|cu respect|pagarbiai|ar cie[ņn]u|lugupidamisega|sayg[ıi]lar[ıi]mla|me respekt|со почит|с уважением|з повагою|с поштовањем|με εκτίμηση|trân trọng|հարգանքով|v/r|r/|best)[,.!՝:]?$`)
	notName  = lazyRegexp(`(?i)\b(department|office|bureau|division|unit|court|police|sheriff|patrol|highway|troopers|marshals?|constabulary|brigada|carabineros|guardia|prefecture|cybercrime|agency|service|county|state|united|federal|investigations?|custodian|records|provider|team|squad|district|attorney|center|centre|centro|\w*centrum|\w*zentrum|ministerie|ministerio|minist[eè]re|ministerium|ministry|openbaar|\w*polizei|politie|policia|polícia|polizia|policja|policie|polisen|international|internationaal|internacional|internazionale|task|force|street|avenue|suite|law|llp|inc|group|desk|section|laboratory|headquarters|field|bundes\w*|direktion|gendarmerie|le|la|dear|good|hello|please|thank|auftrag|case|subpoena|warrant|order|request|emergency|preservation|national|homeland|security|internal|revenue|postal|criminal|cyber|crimes?|secret|drug|enforcement|administration|immigration|customs|affairs|school|parks|city|town|village|public|safety|hi|to|from|re|fwd|sehr|geehrte|damen|herren|mit|freundlichen|grüßen|madame|monsieur|legal|process|administrator|mail|digest|noreply|no-reply|support|admin|clerk|duty|liaison|requests?|records?|judge|justice|magistrate|act|code|general|assistant|inspector|constable|senior|message|messages|notice|notification|docs|documents?|method|signing|secure|account|voice|centre|alert|billing|helpdesk|items?|details?|description|value|period|identifiers?|information|schedule|exhibit|summary|honorable|circuit|superior|commissioner|fraud|investigator|analyst|specialist|coordinator|manager|director|supervisor|paralegal|counsel|prosecutor|detective|sergeant|officer|agent)\b`)
	rankLine = lazyRegexp(`^(?:` + ranks + `)\b`)
	// nameTitle is a signature line of a name followed by its title:
	// "Jane M. Doe, Special Agent", "Jane Doe - Detective".
	nameTitle = lazyRegexp(`^(?:/s/[ \t]*)?(` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRest + `)[ \t]*(?:,|[-|–])[ \t]*(?:` + ranks + `|Assistant|Deputy|Senior|Supervisory|Chief|Legal|Paralegal|Analyst|Investigator|Prosecutor|Counsel)\b`)
	// labelledName is a form field naming the requester: "Requesting
	// officer: Jane Doe", "Affiant: Jane Doe", "/s/ Jane Doe".
	labelledName = lazyRegexp(`(?i:(?:requesting|submitting|investigating|assigned|case|lead|contact|reporting|point of contact|poc)[ \t]+(?:(?:special|senior|supervisory|task force)[ \t]+)?(?:agent|officer|detective|deputy|investigator|person|analyst|prosecutor|attorney|trooper|inspector)(?:'s name)?|affiant|requested by|submitted by|signed)[ \t]*[:,]?[ \t]*(?:(?:` + ranks + `)[ \t]+)?(` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRest + `)|/s/[ \t]*(` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRest + `)`)
	// roleLine is a line that is only a bare role's label and a name,
	// with at most a unit after a comma: "Investigator: Jane Doe, Cyber
	// Unit" (not "Agent: John Smith of Example Realty is the owner").
	// "Postal Inspector handling the matter: Jane Doe": the role with its
	// adjective and what it handles.
	roleLine = lazyRegexp(`^(?i:(?:postal |case |lead |assigned |senior |supervisory )?(?:investigator|detective|special agent|agent|officer|deputy|trooper|inspector|requester|requestor)(?:[ \t]+(?:handling|assigned to|in charge of|responsible for|working)[ \t]+(?:the|this)[ \t]+(?:matter|case|request|investigation|file))?)[ \t]*:[ \t]*(?:(?:` + ranks + `)[ \t]+)?(` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRest + `)[ \t]*(?:[,(|–-].*)?$`)
	// The rank may carry its grade ("Investigator II") and wrap before
	// the name.
	onBehalf     = lazyRegexp(`(?i:on behalf of)\s+(?:` + ranks + `)(?:\s+(?:I|II|III|IV))?\s+(` + namePart + `(?:[ \t]+[A-Z]\.)?` + nameRest + `)`)
	rankPrefix   = lazyRegexp(`^(?:` + ranks + `)\s+(.+)$`)
	fromPersonal = lazyRegexp(`^([\p{L}'’-]+\.?(?:\s[\p{L}'’-]+\.?){0,2}),\s*([\p{L}'’.\s-]+?)(?:\s*\(.*)?$`)
)

// agent finds the requesting agent: a name introduced by a rank, a name line
// in the signature, or a personal From display name, without rank or title.
// Where the From name and a name in the text share a surname, the text's
// fuller spelling wins (middle initials as written).
func agent(body string, m *mailparse.Message) *string {
	if a := agentIn(body, m); a != nil {
		return a
	}
	// A signature set all in capitals ("JANE Q. ROE" over "SPECIAL
	// AGENT"): read again with its short lines in title case.
	if titled := titleCaseCapsLines(body); titled != body {
		return agentIn(titled, m)
	}
	return nil
}

// titleCaseCapsLines writes in title case each short line of body set all
// in capitals (two to six words of letters, stops, commas, hyphens) that
// an officer's rank follows on the next line ("JANE Q. ROE" / "SPECIAL
// AGENT"): not a suspect's name over an address, nor a judge's.
func titleCaseCapsLines(body string) string {
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if n := len(strings.Fields(t)); n < 2 || n > 6 || !capsLine.MatchString(t) {
			continue
		}
		if i+1 >= len(lines) || !officerRank.MatchString(strings.TrimSpace(lines[i+1])) {
			continue
		}
		words := strings.Fields(t)
		for k, w := range words {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			words[k] = string(r)
		}
		lines[i] = strings.Join(words, " ")
	}
	return strings.Join(lines, "\n")
}

// benchTitle is a judge's or a court clerk's title on the line under a
// signature: "United States Magistrate Judge", "Clerk of Court".
var benchTitle = lazyRegexp(`(?i)^(?:(?:United States|U\.S\.|Chief|Senior|Presiding|Associate|Deputy|Acting)\s+)*(?:(?:District|Magistrate|Circuit|Superior Court|County Court|Probate|Family Court|Bankruptcy|Trial)\s+)?(?:Judge|Justice|Magistrate|Clerk)\b`)

// officerRank opens a line with a sworn officer's rank, in any case.
var officerRank = lazyRegexp(`(?i)^(?:senior |supervisory |special )*(?:special agent|agent|task force officer|detective|det\.|investigator|inspector|deputy|trooper|sergeant|sgt\.|lieutenant|lt\.|captain|corporal|officer)\b`)

// capsRankAfter is a name in capitals followed by a sworn rank's
// abbreviation after its comma.
var capsRankAfter = lazyRegexp(`^[^,]+,[ \t]*(?:SA|SSA|S/A|TFO|SPECIAL AGENT|AGENT|DET\.?|DETECTIVE|INV\.?|INVESTIGATOR|SGT\.?|LT\.?|CPL\.?|DEPUTY|TROOPER|INSPECTOR)(?:,|[ \t]*$)`)

// wrappedRank is an investigator's rank that ends a line of prose (a
// lowercase word before it, not a title's "Special Agent") and the
// capital that opens the next line; not "Officer" or "Mr.", which prose
// gives victims and registrants too.
var wrappedRank = lazyRegexp(`((?:^|[ \t])\p{Ll}+[ \t]+(?:Detective|Det\.|Special Agent|Task Force Officer|TFO|Investigator|Inv\.|Sergeant|Sgt\.|Deputy|Trooper|Inspector|Postal Inspector|Lieutenant|Lt\.|Corporal|Cpl\.))[ \t]*\r?\n[ \t]*([A-ZÀ-ÖØ-Þ])`)

// pipedSignature is a short line of a name, a bar and a title in words
// (not a table's "Jo Roe | roe.j", a name beside an account).
var pipedSignature = lazyRegexp(`(?m)^[ \t]*(` + namePart + `(?:[ \t]+(?:[A-Z]\.|` + namePart + `)){1,3})[ \t]+[|•·][ \t]+(\p{Lu}[\p{L} ,&'’-]{1,50}(?:[ \t]\d{1,2})?)[ \t]*$`)

// capsLine is a line of capital letters, stops, commas and hyphens only.
var capsLine = lazyRegexp(`^[\p{Lu}][\p{Lu}.,'’ -]+$`)

// agentIn is agent's reading of one version of the body.
func agentIn(body string, m *mailparse.Message) *string {
	body = capsSurnames(body, m.From.Name+" "+m.From.Addr)
	// A one-line signature "Jo Roe | Tax Auditor 3": the name on a line
	// of its own, its title under it, as a signature block sets them.
	body = pipedSignature.ReplaceAllString(body, "$1\n$2")
	// Prose that wraps between a rank and its name ("on the application
	// of Detective" / "Jo Roe, Example Police"): one line again.
	body = wrappedRank.ReplaceAllString(body, "$1 $2")
	// A nickname in quotes between the given name and the surname
	// ("Theodore "Ted" Roe") is not part of the name as labels give it.
	body = quotedNickname.ReplaceAllString(body, "$1 $2")
	display := givenFirst(personalDisplay(m.From.Name, m.From.Addr), m.From.Addr)
	if display == "" {
		display = dashedDisplay(body, m)
	}
	var cands []string
	for _, mm := range rankedName.FindAllStringSubmatch(body, -1) {
		if n := cleanName(mm[1]); n != "" {
			cands = append(cands, n)
		}
	}
	if len(cands) == 0 {
		for _, mm := range rankedInitials.FindAllStringSubmatch(body, -1) {
			if n := cleanName(mm[1]); n != "" {
				cands = append(cands, n)
			}
		}
	}
	lines := strings.Split(body, "\n")
	for li, l := range lines {
		l = strings.TrimSpace(l)
		if mm := koreanRanked.FindStringSubmatch(l); mm != nil && !cjkOffice.MatchString(mm[1]) && !cjkOfficeEnd.MatchString(mm[1]) {
			cands = append(cands, mm[1])
		}
		for _, mm := range labelledName.FindAllStringSubmatch(l, -1) {
			n := mm[1]
			if n == "" {
				// "/s/ Jane Roe" over "United States Magistrate Judge":
				// the order's judge or clerk signed it, no agent.
				if li+1 < len(lines) && benchTitle.MatchString(strings.TrimSpace(lines[li+1])) {
					continue
				}
				n = mm[2]
			}
			if n = cleanName(n); n != "" {
				cands = append(cands, n)
			}
		}
		if mm := roleLine.FindStringSubmatch(l); mm != nil {
			if n := cleanName(mm[1]); n != "" {
				cands = append(cands, n)
			}
		}
		if mm := nameTitle.FindStringSubmatch(l); mm != nil {
			if n := cleanName(mm[1]); n != "" {
				cands = append(cands, n)
			}
		}
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if !closing.MatchString(l) {
			continue
		}
		for j := i + 1; j < len(lines) && j < i+4; j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				continue
			}
			// "Jane Doe   Direct: 555-0100": a signature laid out in columns.
			t = contactAfter.ReplaceAllString(t, "")
			// "(Jane Q. Roe)": a name in brackets under the signature, as
			// letters in India and elsewhere set it.
			if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
				t = strings.TrimSpace(t[1 : len(t)-1])
			}
			if mm := nameLine.FindStringSubmatch(t); mm != nil {
				if n := cleanName(mm[1]); n != "" {
					cands = append(cands, n)
				}
			}
			break
		}
	}
	// Signature name lines followed by a rank line ("Jane Q. Doe" /
	// "Special Agent").
	// Or a name in capitals with its rank after a comma ("JANE Q. ROE,
	// SA, DAF"), as military investigators sign.
	for i := 0; i+1 < len(lines); i++ {
		raw := strings.TrimSpace(lines[i])
		t := capsName(raw)
		if mm := nameLine.FindStringSubmatch(t); mm != nil && (rankLine.MatchString(strings.TrimSpace(lines[i+1])) || t != raw && capsRankAfter.MatchString(raw)) {
			if n := cleanName(mm[1]); n != "" {
				cands = append(cands, n)
			}
		}
	}
	// A name line in the signature block: the last lines of the message.
	tail := 0
	for i := len(lines) - 1; i >= 0 && tail < 10; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		tail++
		if mm := nameLine.FindStringSubmatch(t); mm != nil {
			if n := cleanName(mm[1]); n != "" {
				cands = append(cands, n)
			}
		}
	}
	// The case agent named in prose, the name wrapped over a line ("…
	// the case agent, Special Agent Jo" / "Roe, HSI …"), where nothing
	// else names one; not anyone else the story names.
	if len(cands) == 0 {
		flat := unwrapProse(body)
		for _, ix := range rankedName.FindAllStringSubmatchIndex(flat, -1) {
			if !caseAgentBefore.MatchString(flat[max(0, ix[0]-40):ix[0]]) {
				continue
			}
			if n := cleanName(flat[ix[2]:ix[3]]); n != "" {
				cands = append(cands, n)
			}
		}
	}
	// An assistant or analyst sending "on behalf of Lt. Jane Q. Doe": the
	// officer is the requesting agent, not whoever's account sent it.
	if mm := onBehalf.FindStringSubmatch(body); mm != nil {
		if n := cleanName(mm[1]); n != "" {
			return strp(asWritten(fullest(n, cands), body))
		}
	}
	// A name in Korean or Chinese script in the header beside a signature
	// that writes it in Latin letters ("김지훈" over "KIM Ji-hoon"): the
	// signature's spelling, as a reader of the reply writes it.
	if cjkName.MatchString(display) && slices.ContainsFunc(cands, latinName) {
		display = ""
	}
	if display != "" {
		// The text spells the name as the agent signs it: prefer it when it
		// has the display name's words, in whatever order ("Doe
		// Jane" / "Jane Doe", "John P" / "John P. Roe").
		for _, c := range cands {
			if sameName(c, display) {
				return strp(asWritten(fullest(c, cands), body))
			}
		}
		// The header gives the short form of the given name the letter
		// signs in full ("Ray Roe" over "Raymond J. Roe").
		for _, c := range cands {
			if shortFor(display, c) || initialFor(display, c) {
				return strp(asWritten(c, body))
			}
		}
		return strp(asWritten(display, body))
	}
	if len(cands) > 0 {
		return strp(asWritten(fullest(cands[0], cands), body))
	}
	return nil
}

// dashedDisplay is the person's name before a spaced dash in the From
// display name ("Jo Roe - XDOR", "Roe Jo - Unit"), when a line of the
// body is that name alone: the signature confirms it is a person's, not
// an office's ("USMS - Investigative Operations").
func dashedDisplay(body string, m *mailparse.Message) string {
	left, _, ok := strings.Cut(strings.ReplaceAll(strings.Trim(m.From.Name, `"`), " – ", " - "), " - ")
	if !ok {
		return ""
	}
	d := givenFirst(personalDisplay(left, m.From.Addr), m.From.Addr)
	if d == "" || agencyWords.MatchString(left) || orgWord.MatchString(left) {
		return ""
	}
	for _, l := range strings.Split(body, "\n") {
		if mm := nameLine.FindStringSubmatch(strings.TrimSpace(l)); mm != nil && sameName(cleanName(mm[1]), d) {
			return d
		}
	}
	return ""
}

// orgWord is a word of an agency's or an office's name in the languages
// of the letters lerd reads ("Hessisches Landeskriminalamt"), which no
// person's name holds.
var orgWord = lazyRegexp(`(?i)kriminal|polizei|polic|politi|\p{L}amt\b|ministeri|gendarm|guardia|carabin|procur|fiscal|parquet|tribunal|sheriff|marshal|patrol|investigat|unit\b|team\b|desk\b`)

// quotedNickname is a given name, a nickname in double quotes and the
// first letter of the surname.
var quotedNickname = lazyRegexp(`(\p{Lu}[\p{L}.'’-]*)[ \t]+["“]\p{Lu}\p{Ll}+["”][ \t]+(\p{Lu})`)

// caseAgentBefore ends the words before a ranked name with the role of
// the request's own agent: "the case agent, ", "requesting officer: ".
var caseAgentBefore = lazyRegexp(`(?i)\b(?:case|assigned|requesting|investigating|lead|affiant) (?:agent|officer|detective|investigator|deputy|inspector)\s*[,:]?\s*$`)

// unwrapProse joins each line of wrapped prose (sixty characters or
// more, ending in a word) to the next, as the writer typed it.
func unwrapProse(body string) string {
	lines := strings.Split(body, "\n")
	for i := 0; i+1 < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t\r")
		if len(l) >= 60 && unicode.IsLetter(rune(l[len(l)-1])) && strings.TrimSpace(lines[i+1]) != "" {
			lines[i] = l + " "
		} else {
			lines[i] = l + "\n"
		}
	}
	return strings.Join(lines, "")
}

// asWritten spells a name as its fullest mention in the text: with the
// middle initial and the generational suffix the signature adds.
func asWritten(name, body string) string {
	return withSuffix(withInitial(name, body), body)
}

// credentialAfter is a credential after a comma ending a display name.
var credentialAfter = lazyRegexp(`,[ \t]*` + credentials + `$`)

// generational is a suffix ending a name: "Jr.", ", Sr.", "III".
var generational = lazyRegexp(`,?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV)$`)

// withSuffix adds the generational suffix written after the name ("Jr.",
// "III"), with its comma if it has one: it is part of the name, not a
// title.
func withSuffix(name, body string) string {
	re, err := regexp.Compile(`\b(?i:` + regexp.QuoteMeta(name) + `)(,?[ \t]+(?:Jr\.|Sr\.|II|III|IV))(?:[^\p{L}]|$)`)
	if err != nil {
		return name
	}
	if m := re.FindStringSubmatch(body); m != nil {
		return name + m[1]
	}
	return name
}

// withInitial spells a "First Last" name as the text does when it adds a
// middle initial ("First Q. Last", or in capitals in a caption).
func withInitial(name, body string) string {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 || strings.HasSuffix(f[1], ".") && len(f[1]) == 2 {
		return name // one word, or the initial is there already
	}
	rest := make([]string, len(f)-1)
	for i, w := range f[1:] {
		rest[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)(?:^|[^\p{L}])` + regexp.QuoteMeta(f[0]) + `[ \t]+([A-Z])\.[ \t]+` + strings.Join(rest, `[ \t]+`) + `(?:[^\p{L}]|$)`)
	if err != nil {
		return name
	}
	if m := re.FindStringSubmatch(body); m != nil {
		return f[0] + " " + strings.ToUpper(m[1]) + ". " + strings.Join(f[1:], " ")
	}
	return name
}

// fullest returns the longest spelling of name among cands: the signature
// writes the middle initial ("Jane Q. Doe") that a sentence leaves out
// ("Special Agent Jane Doe").
func fullest(name string, cands []string) string {
	for _, c := range cands {
		if len(strings.Fields(c)) > len(strings.Fields(name)) && sameName(c, name) {
			name = c
		}
	}
	return name
}

// sameName reports whether every word of b, initials without their dot,
// is a word of a.
func sameName(a, b string) bool {
	words := map[string]bool{}
	// "Emile" in a header is "Émile" in the signature.
	for _, w := range strings.Fields(a) {
		words[asciiFold(strings.ToLower(strings.TrimSuffix(w, ".")))] = true
	}
	for _, w := range strings.Fields(b) {
		if !words[asciiFold(strings.ToLower(strings.TrimSuffix(w, ".")))] {
			return false
		}
	}
	return true
}

// shortFor reports a two-word name whose given name is the first letters
// (three or more) of full's and whose surname is full's: "Ray Roe" of
// "Raymond J. Roe", "Dan Roe" of "Daniel Roe".
func shortFor(short, full string) bool {
	s, f := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(full))
	if len(s) != 2 || len(f) < 2 || len(s[0]) < 3 || s[1] != f[len(f)-1] {
		return false
	}
	return len(f[0]) > len(s[0]) && strings.HasPrefix(f[0], s[0])
}

// initialFor reports a name whose given name is the initial of full's
// and whose surname is full's: "R. Roe" of "Ray Roe", "M. van Dijk" of
// "Maud van Dijk".
func initialFor(short, full string) bool {
	s, f := strings.Fields(asciiFold(strings.ToLower(short))), strings.Fields(asciiFold(strings.ToLower(full)))
	if len(s) < 2 || len(f) < len(s) || !slices.Equal(s[1:], f[len(f)-len(s)+1:]) {
		return false
	}
	initial := strings.TrimSuffix(s[0], ".")
	return len(initial) == 1 && len(f[0]) > 2 && strings.HasPrefix(f[0], initial)
}

func cleanName(n string) string {
	// The suffix is added back as the text writes it (asWritten).
	n = generational.ReplaceAllString(strings.TrimSpace(n), "")
	// A place's or a country's initials after a rank ("Sgt. U.S. Army",
	// "Det. L.A. Harbor") are no one's given name.
	if placeInitials.MatchString(n) {
		return ""
	}
	// A table cell or a line read on: "Jane Doe Cell", "Jane Doe Direct".
	if f := strings.Fields(n); len(f) > 2 && contactLabel[strings.ToLower(f[len(f)-1])] {
		n = strings.Join(f[:len(f)-1], " ")
	}
	// A rank read into the name ("Garda Jane Roe"), a date's month after
	// a signature's name ("/s/ Jane Q Roe June 14, 2026"): neither is part
	// of it.
	if m := leadingRank.FindStringSubmatch(n); m != nil && len(strings.Fields(m[1])) >= 2 && nameLine.MatchString(m[1]) {
		n = m[1]
	}
	if f := strings.Fields(n); len(f) >= 3 && months[strings.ToLower(f[len(f)-1])] != 0 {
		n = strings.Join(f[:len(f)-1], " ")
	}
	// Lowercase particles ("de la", "van der") are parts of a surname, not
	// the French article of a heading.
	// A capitalised particle inside a name ("Jean Le Roux", "Ana De
	// Souza") is the surname's, not a heading's article: only a first
	// word is read as one.
	var caps []string
	fs := strings.Fields(n)
	for i, w := range fs {
		if w != strings.ToLower(w) && !(i > 0 && i < len(fs)-1 && nameParticle[strings.ToLower(w)]) {
			caps = append(caps, w)
		}
	}
	// A letter's closing ("Freundliche Grüsse", "Best Regards") is set on
	// a line of its own like a name.
	// Each word is read as written and without its accents, and must be
	// a non-name word both ways: RE2's \b is ASCII only, so "León" as
	// written holds the article "Le", and "Lê" without its accent is it.
	if slices.ContainsFunc(caps, nonNameWord) || hasAcronym(n) || closing.MatchString(n) {
		return ""
	}
	return n
}

// nonNameWord reports a word of an office, a place or a sentence, not of
// a name. A hyphenated surname's particle is its own ("Le-Fontaine",
// "De-Souza"), not the French article or a heading's.
func nonNameWord(w string) bool {
	if parts := strings.Split(w, "-"); len(parts) > 1 {
		return slices.ContainsFunc(parts, func(p string) bool { return !nameParticle[strings.ToLower(p)] && nonNameWord(p) })
	}
	return notName.MatchString(w) && notName.MatchString(withoutAccents(w))
}

// nameParticle are the particles of European surnames (general
// knowledge), capitalised in some ("Le Roux", "De Souza").
var nameParticle = map[string]bool{"le": true, "la": true, "de": true, "du": true, "del": true, "della": true, "van": true, "von": true, "der": true, "den": true, "di": true, "da": true, "dos": true, "das": true}

// contactLabel words label a phone or address after a name in a
// signature; they are never the last part of the name.
var contactLabel = map[string]bool{"cell": true, "mobile": true, "mob": true, "tel": true, "phone": true, "office": true,
	"desk": true, "direct": true, "fax": true, "email": true, "e-mail": true, "main": true, "work": true, "telephone": true, "cellphone": true, "date": true,
	// A form's next field read on: "Jane Doe Approved (by: …)".
	"approved": true, "reviewed": true, "signed": true}

// contactAfter is a phone or address label and what follows it on a
// signature line.
var contactAfter = lazyRegexp(`(?i)[ \t]+(?:cell|cellphone|mobile|mob|tel|telephone|phone|office|desk|direct|fax|e-?mail)\b\.?[ \t]*:?[ \t]*[+(0-9].*$`)

// placeInitials open a name with a country's, a state's or a city's
// initials (general knowledge of US usage).
var placeInitials = lazyRegexp(`^(?:U\.\s?S\.|U\.\s?K\.|L\.\s?A\.|N\.\s?Y\.|D\.\s?C\.|S\.\s?F\.|N\.\s?J\.|P\.\s?R\.|U\.\s?N\.|E\.\s?U\.)(?:\s|$)`)

// dottedInitials is a word of initials each followed by a stop: "T.J.".
var dottedInitials = lazyRegexp(`^(?:[A-Z]\.){2,3}$`)

// hasAcronym reports a word of two or more capitals ("ATF Denver DIG",
// "FBI Legal Process"): offices and units, not people.
func hasAcronym(n string) bool {
	for _, w := range strings.Fields(n) {
		// Initials, each with its stop ("T.J."), are a given name's.
		if dottedInitials.MatchString(w) {
			continue
		}
		upper := 0
		for _, r := range w {
			if r >= 'A' && r <= 'Z' {
				upper++
			} else if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				upper = -100
			}
		}
		if upper >= 2 {
			return true
		}
	}
	return false
}

// givenCaps and capsGiven are a signature line with the surname in
// capitals, as French, Italian and other European services write it:
// "Adjudant-chef Jean DUPONT", "Commandant DUPONT Marie".
var (
	givenCaps = lazyRegexp(`(?m)^([ \t]*(?:(?:` + ranks + `)[ \t]+)?)([A-ZÀ-ÖØ-Þ][\p{Ll}'’]+(?:-[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+)?(?:[ \t]+[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+)?)[ \t]+(\p{Lu}[\p{Lu}'’-]+)[ \t]*$`)
	capsGiven = lazyRegexp(`(?m)^([ \t]*(?:(?:` + ranks + `)[ \t]+)?)(\p{Lu}[\p{Lu}'’-]+)[ \t]+([A-ZÀ-ÖØ-Þ][\p{Ll}'’]+(?:-[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+)?)[ \t]*$`)
	// capsComma is the surname in capitals before a comma and the given
	// names: "ROE-DOE, Jane Q." (a US federal office's style).
	capsComma = lazyRegexp(`(?m)^([ \t]*)(\p{Lu}[\p{Lu}'’-]+),[ \t]+([A-ZÀ-ÖØ-Þ][\p{Ll}'’]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+)?)[ \t]*$`)
)

// capsSurnames writes such a line's name in the usual order and case
// ("Jean Dupont", "Marie Dupont"), only after a rank and only where
// the sender's From name or address holds the surname too: capitals after
// a name are as often an office's initials ("Detective Jo Roe NYPD").
func capsSurnames(body, from string) string {
	from = strings.ToLower(from)
	fix := func(re *lazyRE, given, sur int) func(string) string {
		return func(line string) string {
			m := re.FindStringSubmatch(line)
			if strings.TrimSpace(m[1]) == "" || !strings.Contains(from, strings.ToLower(m[sur])) || agencyWords.MatchString(m[sur]) || notName.MatchString(m[sur]) || notName.MatchString(m[given]) {
				return line
			}
			return m[1] + m[given] + " " + titleWord(m[sur])
		}
	}
	body = givenCaps.ReplaceAllStringFunc(body, fix(givenCaps, 2, 3))
	// The comma marks the order itself: no rank is needed before it.
	// Its surname must be the From's own (its name, or its address's
	// local part), not its domain's ("FBI, Denver" from fbi.gov).
	person := from
	if at := strings.LastIndexByte(from, '@'); at >= 0 {
		person = from[:at]
	}
	body = capsComma.ReplaceAllStringFunc(body, func(line string) string {
		m := capsComma.FindStringSubmatch(line)
		if !strings.Contains(person, strings.ToLower(m[2])) || agencyWords.MatchString(m[2]) || notName.MatchString(m[2]) || notName.MatchString(m[3]) || usStates[m[3]] {
			return line
		}
		return m[1] + m[3] + " " + titleWord(m[2])
	})
	return capsGiven.ReplaceAllStringFunc(body, fix(capsGiven, 3, 2))
}

// titleWord writes a word in capitals with only its first letter (and
// each hyphenated part's) a capital.
func titleWord(w string) string {
	parts := strings.Split(w, "-")
	for j, p := range parts {
		r := []rune(strings.ToLower(p))
		if len(r) > 0 {
			r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		}
		parts[j] = string(r)
	}
	return strings.Join(parts, "-")
}

// capsName writes a signature name set in capitals as a name
// ("LUCIENNE B. HARTWELL-OYELARAN, SA, USAF" gives "Lucienne B.
// Hartwell-Oyelaran"), dropping the abbreviations of rank and service after
// it; other lines are returned as they are.
func capsName(l string) string {
	name, rest, _ := strings.Cut(l, ",")
	if strings.ToUpper(name) != name || strings.ToLower(name) == name || strings.ToUpper(rest) != rest {
		return l
	}
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return l
	}
	for i, w := range f {
		if len(w) == 2 && w[1] == '.' || i > 1 && (w == "II" || w == "III" || w == "IV") {
			continue // an initial, a generational suffix
		}
		f[i] = titleWord(w)
	}
	return strings.Join(f, " ")
}

// givenFirst puts a display name written surname first without a comma
// ("Brandstätter-Koller Hannelore", "Whitmore-Vance Jordan T", common in
// European and some US directories) in the order of the address's local
// part, which starts with the given name (hannelore.brandstaetter-koller@).
// A single initial gets its dot.
func givenFirst(display, addr string) string {
	f := strings.Fields(display)
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	pieces := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' })
	if len(f) < 2 || len(f) > 3 || len(pieces) < 2 {
		return display
	}
	// An address may write "ö" as "oe" or as "o" (sjoberg, sjoeberg).
	// A double given name matches the address's first part ("Andreea-Ioana"
	// of andreea.marinescu@).
	is := func(w, piece string) bool {
		first, _, _ := strings.Cut(w, "-")
		return asciiFold(w) == piece || asciiFold(umlautPlain.Replace(w)) == piece || first != w && asciiFold(first) == piece
	}
	if is(f[1], pieces[0]) && is(f[0], pieces[len(pieces)-1]) && !is(f[0], pieces[0]) {
		f = append(f[1:], f[0])
		for i, w := range f {
			if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
				f[i] = w + "."
			}
		}
		return strings.Join(f, " ")
	}
	return display
}

// asciiFold writes a name as an address spells it: lower case, German
// umlauts as two letters, other accents dropped.
// umlautPlain writes umlauts as their bare vowels.
var umlautPlain = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "Ä", "A", "Ö", "O", "Ü", "U")

func asciiFold(s string) string {
	s = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "ae", "Ö", "oe", "Ü", "ue", "ß", "ss",
		"ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d", "æ", "ae", "Æ", "ae", "ı", "i").Replace(s)
	// Other accents are marks that decomposition separates from their
	// letter ("ř" is "r" and a caron, "ș" an "s" and a comma below).
	var b strings.Builder
	for _, r := range withoutAccents(strings.ToLower(s)) {
		if r < 0x80 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cjkName is a Korean name of two to four syllables or a Chinese one of two
// to four characters, written as one word (an office's words are
// cjkOffice's).
var cjkName = lazyRegexp(`^(?:[가-힣]{2,4}|\p{Han}{2,4})$`)

// capsWordsTitled writes a surname in capitals as a name is written
// ("FONTAINE Claire" of claire.fontaine@ is "Fontaine Claire", as French
// and other directories write the family name): only a word of four
// letters or more that the address spells, where another word of the name
// is not in capitals. A unit's initials ("DEA Intake", "IRC Rotterdam" of
// irc.rotterdam@) stay as they are.
func capsWordsTitled(name, addr string) string {
	f := strings.Fields(name)
	mixed := slices.ContainsFunc(f, func(w string) bool { return w != strings.ToUpper(w) })
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	if !mixed || local == "" {
		return name
	}
	for i, w := range f {
		if r := []rune(w); len(r) >= 4 && w == strings.ToUpper(w) && unicode.IsLetter(r[0]) && unicode.IsLetter(r[len(r)-1]) && strings.Contains(local, asciiFold(w)) {
			f[i] = string(r[0]) + strings.ToLower(string(r[1:]))
		}
	}
	return strings.Join(f, " ")
}

// unitWordName is a display name of a unit, not a person: a Nordic unit's
// definite form ("Datakrimseksjonen", "Cybersektionen") or a unit's word.
var unitWordName = lazyRegexp(`(?i)(?:seksjon|sektion|avdeling|avdelning|afdeling|enhet|enhed|dezernat|abteilung)(?:en|et)?\b|\b(?:unit|section|division|squad|desk|bureau|office|team|centre|center|services?|department|agency|intake)\b`)

// latinName reports a name written in Latin letters.
func latinName(n string) bool {
	r, _ := utf8.DecodeRuneInString(n)
	return r < 0x250
}

// cjkOfficeEnd ends the name of an office, not of a person: a team,
// room, section or agency in Korean ("민원실"), a department, section or
// bureau in Chinese; or is a role's word (administrator, person in
// charge, general affairs).
var cjkOfficeEnd = lazyRegexp(`[팀실과청部科处組组所院]$|^(?:관리자|담당자|운영자|관계자|총무|総務|管理者|担当者|事務局|管理员|负责人)$`)

// koreanRanked is a Korean police or prosecution rank before a name
// ("경위 김지훈"; general knowledge of the Korean National Police ranks,
// 순경 to 치안총감, and investigators; not 검사, a prosecutor but also a
// "test"): the agent.
var koreanRanked = lazyRegexp(`(?:^|\s)(?:순경|경장|경사|경위|경감|경정|총경|경무관|치안감|수사관|검찰수사관)\s+([가-힣]{2,4})(?:\s|$)`)

// cjkOffice are the words of an office's name in Japanese, Chinese and
// Korean (police, countermeasures, headquarters, section, station, agency,
// unit, bureau, public security, prosecution, court, investigation,
// centre), no part of a person's name: "福岡県警察 サイバー犯罪対策課".
var cjkOffice = lazyRegexp(`警察|対策|本部|[課署庁隊班局]|公安|检察|法院|경찰|수사|검찰|센터`)

// personalDisplay turns a From display name into "First M. Last" when it is
// a person's name ("Doe, Jane Q. (WF) (FBI)", "SA John Roe"),
// and "" when it names an office or role.
// surnameParticle words stand lower-case inside a name (nameRest's).
var surnameParticle = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "del": true,
	"della": true, "dos": true, "das": true, "du": true, "ten": true, "ter": true, "le": true, "la": true, "zu": true}

func personalDisplay(name, addr string) string {
	name = strings.TrimSpace(strings.Trim(name, `"`))
	if name == "" || strings.Contains(name, "@") {
		return ""
	}
	// A Japanese or Chinese name with its office in full-width brackets:
	// "山田 太郎（例県警察 サイバー課）".
	if i := strings.Index(name, "（"); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	if i := strings.Index(name, "("); i > 0 {
		if mm := fromPersonal.FindStringSubmatch(name); mm == nil {
			name = strings.TrimSpace(name[:i])
		}
	}
	// "Jane Roe, Esq.", "Jane Roe, CFE": a credential, not a given name;
	// "Lt. Roe, Jane": a rank before the surname.
	name = credentialAfter.ReplaceAllString(name, "")
	if mm := rankPrefix.FindStringSubmatch(name); mm != nil && strings.Contains(mm[1], ",") {
		name = mm[1]
	}
	if mm := fromPersonal.FindStringSubmatch(name); mm != nil {
		name = generational.ReplaceAllString(strings.TrimSpace(mm[2]), "") + " " + generational.ReplaceAllString(mm[1], "")
	}
	// "Det. Sgt. Jo Roe": ranks one after another.
	for range 3 {
		mm := rankPrefix.FindStringSubmatch(name)
		if mm == nil {
			break
		}
		name = mm[1]
	}
	name = capsWordsTitled(name, addr)
	if cleanName(name) == "" || cjkOffice.MatchString(name) || unitWordName.MatchString(name) {
		return ""
	}
	// A Korean or Chinese name is written without a space: "김지훈".
	if cjkName.MatchString(name) && !cjkOfficeEnd.MatchString(name) {
		return name
	}
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return ""
	}
	// "M. van Dijk" of "Dijk, M. van": particles after an initial.
	initial := len(strings.TrimSuffix(f[0], ".")) == 1
	for i, w := range f {
		r := []rune(w)
		if len(r) == 0 || !(r[0] >= 'A' && r[0] <= 'Z' || r[0] > 0x7f) && !(initial && i > 0 && i < len(f)-1 && surnameParticle[w]) {
			return ""
		}
		if len(w) == 1 && i > 0 && i < len(f)-1 {
			f[i] = w + "." // a middle initial as signatures write it
		}
	}
	return strings.Join(f, " ")
}
