package triage

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Authority is read from whitespace-folded text (names wrap across lines)
// in this order:
//  1. an issuing phrase: "issued by the X", "a subpoena from the X",
//     "X has issued", "X requests that";
//  2. for court process (orders, warrants, grand-jury and civil
//     subpoenas, MLAT) the first court named;
//  3. for process an agency issues itself (administrative subpoenas,
//     preservation, emergency) the agency in the signature, else the
//     agency the sender's domain belongs to.

// memberOf is the member of a court or tribunal who issued the process,
// before the body's name: "issued by a nominated member of the
// Administrative Review Tribunal", "signed by a judge of the Superior
// Court". The body is the issuer.
// A form's field may write it "Member, Administrative Review Tribunal".
const memberOf = `(?i:an? (?:nominated |presidential |deputy |senior |authori[sz]ed )?(?:(?:circuit|district|superior court|county court|municipal|associate|presiding|chief|resident|magistrate) )?(?:member|judge|justice|magistrate|judicial officer) of (?:the )?|(?:nominated )?member,[ \t]+)`

var (
	issuingVerb = lazyRegexp(`(?:issued|signed) by (?:the )?` + memberOf + `|(?:issued|signed|authori[sz]ed|entered|obtained|granted)(?: by| from| out of)(?: the)? |\bissued\b[^.]{0,120}?\bby (?i:an? (?:nominated |presidential |deputy |senior )?member of (?:the )?)|(?:issued |served )?(?i:under|by) the authority of(?: the)? |(?i:subpoena(?: duces tecum)?|order|warrant|request|summons) (?:from|out of) (?:the )?`)
	// issuingLabel is a form's or a table's "Issued by" field, whose value
	// ends with its line; a bilingual form puts the label in its own
	// language first ("Solicitante / Requesting authority").
	// A value wrapped onto an indented line that continues the name
	// ("… for the Southern District" / "of Ohio", "… District of" /
	// "Ohio") is read with it, and so is any line after a value that
	// ends in a connector ("… Department of Health and" / "Human
	// Services, on …").
	issuingLabel = lazyRegexp(`(?m)^[ \t]*(?:\d+\.[ \t]*)?(?:[^\n/|:]{1,30}/[ \t]*)?(?:Issued|ISSUED|(?:Issuing|Requesting) (?:authority|court|agency)|(?:ISSUING|REQUESTING) (?:AUTHORITY|COURT|AGENCY))(?: (?i:by))?(?: (?i:the))?[ \t]*[:|]?[ \t]*(?:the |THE )?(?:` + memberOf + `)?([A-Z](?:[^\n]*(?:\b(?:of|for|OF|FOR)|,)\n[ \t]+[^\n]*|[^\n]*\b(?:of|for|and|the|OF|FOR|AND|THE)\n[^\n:]{0,40}(?:[^\n:][^\n]*)?|[^\n]*(?:\n[ \t]+(?:of|for|in and for|OF|FOR)\b[^\n]*)?))$`)
	issuingAfter = lazyRegexp(`^(?:has issued|issued|issues|hereby issues|hereby requests|requests that|is requesting|has obtained)\b`)
	courtWord    = lazyRegexp(`\bCourt\b`)
	// A German town may carry its river or region ("Frankfurt am Main",
	// "Frankfurt (Oder)", "Freiburg im Breisgau": general knowledge of
	// German place names), no other word after it.
	foreignCourt = lazyRegexp(`` +
		// Israel's courts (general knowledge): "בית משפט השלום בתל
		// אביב-יפו", the magistrates', district and supreme courts and
		// the city after "ב" (in).
		`בית (?:ה)?משפט (?:השלום|המחוזי|העליון|לנוער)(?: ב\p{Hebrew}+(?:-\p{Hebrew}+)?(?: \p{Hebrew}+(?:-\p{Hebrew}+)?)?)?|` +
		// Macedonian courts ("Основен кривичен суд Скопје"), Albanian
		// ("Gjykata e Shkallës së Parë e Juridiksionit të Përgjithshëm
		// Tiranë"), Swahili ("Mahakama ya Hakimu Mkazi Kisutu") and a French
		// court of appeal ("Cour d'appel de Rabat"): general knowledge of
		// their courts' names.
		`(?:Основен|Апелационен|Виш)(?: кривичен| граѓански)? суд(?: \p{Lu}\p{L}+)|` +
		`\bGjykata e (?:Shkall[ëe]s s[ëe] Par[ëe]|Apelit|Posa[çc]me|Lart[ëe])(?: e Juridiksionit t[ëe] P[ëe]rgjithsh[ëe]m| p[ëe]r Krimet e R[ëe]nda)? [A-ZË][\p{L}]+|` +
		`\bMahakama ya (?:Hakimu Mkazi|Hakimu Mkuu|Wilaya|Rufani)(?: [A-Z][\p{L}]+){1,2}|\bCour d'appel (?:de |d')[A-ZÉ][\p{L}-]+|` +
		// A US district court as a French letter names it ("Cour de
		// district des États-Unis pour le district du Vermont").
		`\bCour de district des [ÉE]tats-Unis(?: pour le district(?: (?:Est|Ouest|Nord|Sud|Central|Centre))?(?: (?:du|de la|de l'|des|de|d')\s?[A-ZÉ][\p{L}-]+(?: [A-Z][\p{L}-]+)?)?)?|` +
		`\b(?:Amtsgerichts?|Landgerichts?|Oberlandesgerichts?|Bezirksgericht|Rechtbank|Gerechtshof|Tribunale di) (?:Den )?[A-ZÄÖÜ][\p{L}-]+(?: (?:am (?:Main|Rhein|Neckar|Inn|Lech)|an der (?:Oder|Donau|Saale|Ruhr|Havel|Lahn|Weinstraße|Ilm)|im Breisgau|in der Oberpfalz|ob der Tauber|\((?:Oder|Saale)\)))?|\bLandesgericht (?:f[üu]e?r Strafsachen )?[A-ZÄÖÜ][\p{L}-]+|\b[Tt]ribunal (?:judiciaire|de grande instance|correctionnel|de [Pp]remi[èe]re [Ii]nstance|d'[Ii]nstance) (?:de |d'|d’)[A-ZÉ][\p{L}-]+` +
		// Courts of Portuguese, Spanish, Nordic, Finnish and Czech
		// justice by their own names (general knowledge): "1ª Vara
		// Criminal da Comarca de X", "Tribunal Central de Instrução
		// Criminal", "Juzgado de Instrucción n.º 4 de X", "Oslo tingrett",
		// "Retten i X", "Helsingin käräjäoikeus", "Okresní soud v X".
		`|\b\d+ª Vara(?:(?: d[aoe]s?| e)? [A-ZÀ-Ú][\p{L}]+)+|\bTribunal (?:Central|Judicial|da Relação|de Comarca|Superior|Supremo)(?:(?: d[aoe]s?| de| e)? [A-ZÀ-Ú][\p{L}]+)*` +
		`|(?:\d+[°º] |(?:Primer|Segundo|Tercer|Cuarto|Quinto|Sexto|S[ée]ptimo|Octavo|Noveno|D[ée]cimo) )?\bJuzgado(?: [A-ZÀ-Ú][\p{L}]+| de| del| en lo| y| con| la| las| los| \d+| N[°º.] ?\d+| n\.? ?º ?\d+| n[úu]m(?:ero|\.) \d+)*(?: [A-ZÀ-Ú][\p{L}]+| N[°º.] ?\d+| n\.? ?º ?\d+| n[úu]m(?:ero|\.) \d+)` +
		// Slovenian and Croatian courts: "Okrožno sodišče v Ljubljani",
		// "Općinski kazneni sud u Zagrebu".
		`|\b(?:Okrožno|Okrajno|Višje|Vrhovno) sodišče v [A-ZČŠŽ][\p{L}]+|(?:\bOpćinski|Županijski)(?: kazneni)? sud u [A-ZČŠŽ][\p{L}]+` +
		`|\bJu[íi]zo(?:(?: de| do| da| dos| e)* [A-ZÀ-Ú][\p{L}]+)+` +
		`|\b[A-ZÆØÅ][\p{L}]+ tingrett|\b[A-ZÅÄÖ][\p{L}]+ tingsr[äa]tt|\bRetten i [A-ZÆØÅ][\p{L}]+|\b[A-ZÄÖ][\p{L}]+ (?:k[äa]r[äa]j[äa]oikeus|hovioikeus)` +
		`|\b(?:Okresn[íi]|Krajsk[ýy]|M[ěe]stsk[ýy]|Obvodn[íi]|Vrchn[íi]) soud(?: (?:v|ve|pro) [A-ZČŘŠŽÚ][\p{L}]+(?: [A-ZČŘŠŽÚ][\p{L}]+| \d{1,2}\b)?)?` +
		// Turkish criminal judgeships of peace and courts with their seat
		// and number: "Ankara 3. Sulh Ceza Hakimliği".
		`|[A-ZÇĞİÖŞÜ][\p{L}]+ \d+\. (?:Sulh Ceza H[aâ]kimli[ğg]i|Asliye Ceza Mahkemesi|A[ğg][ıi]r Ceza Mahkemesi)` +
		// Polish district, regional and appeal courts ("Sąd Rejonowy dla
		// Warszawy-Mokotowa w Warszawie", "Sąd Okręgowy w Krakowie"),
		// Hungarian ones ("Budapesti Központi Kerületi Bíróság",
		// "Fővárosi Törvényszék"), Ukrainian district courts ("Печерський
		// районний суд міста Києва"), Quebec's and Belgium's courts.
		`|\bSądu? (?:Rejonow|Okręgow|Apelacyjn)(?:y|ego)(?: (?:dla )?[\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)*)?(?: w (?:[\p{Lu}][\p{L}]+(?:ym|ej|im) )?[\p{Lu}][\p{L}]+)?` +
		`|\b[\p{Lu}][\p{L}]+(?: (?:Központi|Kerületi|Városi|Járási))+ Bíróság\b|\b[\p{Lu}][\p{L}]+ Törvényszék\b` +
		`|[\p{Lu}][\p{L}'’-]+ (?:районний|окружний|апеляційний) суд(?: (?:міста|м\.) ?[\p{Lu}][\p{L}]+)?` +
		`|\bCour (?:du Québec|supérieure(?: du Québec)?|d'appel du Québec)|\bTribunal de première instance (?:francophone |néerlandophone )?(?:de |d')[\p{Lu}][\p{L}-]+` +
		// Courts of the Balkans, the Baltics, Iceland and Denmark, of
		// Russian-writing countries, of the Caucasus, Greece, Thailand and
		// Vietnam by their own names (general knowledge of their court
		// systems): "Пловдивски районен съд", "Виши суд у Нишу",
		// "Tribunalul Timiș", "Judecătoria Bălți", "Šiaulių apylinkės
		// teismas", "Liepājas pilsētas tiesa", "Tartu Maakohus", "Aarhus
		// Byret", "Héraðsdómur Vesturlands", "Ленинский районный суд г.
		// Ош", "ბათუმის საქალაქო სასამართლო", "Gəncə Şəhər Məhkəməsi",
		// "Πρωτοδικείο Πειραιώς", "ศาลอาญาธนบุรี", "Tòa án nhân dân thành
		// phố Đà Nẵng". Arabic courts with their seat: "المحكمة الجزائية
		// بالرياض".
		`|[\p{Lu}][\p{L}]+ (?:градски|районен|окръжен|апелативен|военен) съд|(?:Районен|Окръжен|Апелативен|Административен) съд(?: [-–—] | )[\p{Lu}][\p{L}]+` +
		`|(?:Виши|Основни|Апелациони|Привредни) суд у [\p{Lu}][\p{L}]+|\b(?:Viši|Osnovni|Apelacioni|Privredni) sud u [\p{Lu}][\p{L}]+` +
		`|\b(?:Tribunalul|Judec[ăa]toria|Curtea de Apel) (?:Sectorului \d|[\p{Lu}][\p{L}-]+)` +
		`|[\p{Lu}][\p{L}]+ (?:miesto |rajono )?(?:apylinkės|apygardos) teismas|[\p{Lu}][\p{L}]+ (?:rajona|pilsētas) tiesa|[\p{Lu}][\p{L}]+ (?:Maakohus|maakohus|Ringkonnakohus|ringkonnakohus)` +
		`|[\p{Lu}][\p{L}]+ [Bb]yret\b|\bHéraðsdóm(?:ur|s) [\p{Lu}][\p{L}]+` +
		`|[\p{Lu}][\p{L}-]+ (?:районный|городской|областной|межрайонный|краевой) суд(?: (?:г\.|города) ?[\p{Lu}][\p{L}-]+)?` +
		`|[\x{10D0}-\x{10FF}]+ (?:საქალაქო|რაიონული) სასამართლო|(?:[\p{Lu}][\p{L}]+ şəhəri )?[\p{Lu}][\p{L}]+ (?:[Rr]ayon|[Şş]əhər) Məhkəməsi` +
		`|(?:Πρωτοδικείο|Εφετείο|Συμβούλιο Πλημμελειοδικών|Συμβούλιο Εφετών) [\p{Greek}]+` +
		`|ศาลอาญา(?:กรุงเทพใต้|ธนบุรี|ตลิ่งชัน|มีนบุรี|พระโขนง)?|ศาลจังหวัด\p{Thai}+` +
		`|\bT[òo]a [áa]n nh[âa]n d[âa]n(?: t[ốo]i cao| c[ấa]p cao(?: t[ạa]i [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*)?| (?:th[àa]nh ph[ốo]|t[ỉi]nh|qu[ậa]n|huy[ệe]n) [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*)?` +
		`|(?:ال)?محكمة (?:ال\p{Arabic}+)(?: ال\p{Arabic}+)? (?:ب|في )\p{Arabic}+` +
		// A court named by its city and then its degree ("محكمة دبي
		// الابتدائية"), Kuwait's court of first instance ("المحكمة
		// الكلية"), and Uzbek district criminal courts ("Example shahar
		// Example tumani jinoyat ishlari bo'yicha sudi", in the genitive
		// "sudining" in a sentence).
		`|محكمة \p{Arabic}+ (?:الابتدائية|الجزائية|الجزئية|الكلية|الاستئنافية)|المحكمة (?:الكلية|الجزئية|الابتدائية)` +
		`|[\p{Lu}][\p{L}]+ (?:shahar |shahri |viloyati )?(?:[\p{Lu}][\p{L}]+ tumani )?jinoyat ishlari bo['ʻ’‘]yicha sud(?:i|ining)\b` +
		// Japanese, Korean and Taiwanese courts by their own names
		// (district, summary, family and high courts; general knowledge):
		// "東京簡易裁判所", "서울중앙지방법원", "臺灣臺北地方法院". The seat is
		// two to four characters before the court's kind (Chinese, written
		// without spaces, is bounded by Taiwan's own prefix).
		`|\p{Han}{2,4}(?:地方|簡易|家庭|高等)裁判所(?:\p{Han}{1,4}支部)?|[가-힣]{2,8}(?:지방|고등|가정)법원(?: ?[가-힣]{1,6}지원)?|(?:臺灣|台灣|台湾)\p{Han}{2,3}(?:地方|高等)法院`)
	agencyWords = lazyRegexp(`\b(?:Department|Bureau|Office|Service|Administration|Agency|Police|Sheriff'?s?|Attorney'?s?|Investigations?|Patrol|Division|Inspection|Marshals?|Court|Tribunal|Judicial Circuit|Military Magistrate|Military Judge|Staatsanwaltschaft|Gendarmerie|Constabulary|Customs|Enforcement|Protection|Security|Prosecutor'?s?|Guard|Commission|Board|Authority|Ministry|Directorate|Inspector General|Task Force|Grand Jury|Polizei\w*|` +
		// Police and prosecutors by their Spanish, Portuguese, Italian,
		// Dutch and Polish names (general knowledge).
		`Polic[íi]a|Polizia|Politie|Policja|Fiscal[íi]a|Carabineros|Carabinieri|Gendarmer[íi]a|Procuradur[íi]a|Procura)\b`)
	// A rank before the agency in a signature line: "Special Agent, FBI",
	// "Special Agent - Federal Bureau of Investigation", "Detective | NYPD".
	rankComma = lazyRegexp(`^(?:` + ranks + `)(?: (?:I|II|III|IV|V|[1-5]))?\s*(?:,|\s[-–—|])\s*`)
	// Prosecutors who issue process themselves in Germany and France.
	// Also Polish, Belgian and Swiss prosecutors (general knowledge).
	// Japan's police and prosecutors by their own names (general
	// knowledge): the Metropolitan Police Department, a prefecture's
	// police headquarters, a district public prosecutors office.
	foreignAgency = lazyRegexp(`Fiscal[íi]a General de la (?:Rep[úu]blica|Naci[óo]n)|` +
		// A public prosecution in Arabic, with its emirate or state:
		// "النيابة العامة في دبي" (general knowledge).
		`النيابة العامة(?: (?:في|ب|لإمارة|لدولة) ?\p{Arabic}+)?|警視庁|\p{Han}{1,3}[道府県]警察本部|\p{Han}{2,3}地方検察庁|\bProkuratura (?:Rejonowa|Okręgowa|Regionalna|Krajowa)(?: w| dla)? [\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?|\bProcureur des Konings te [A-Z][\p{L}-]+|\bParket (?:van )?(?:Den )?[A-Z][\p{L}-]+|\bArrondissementsparket (?:Den )?[A-Z][\p{L}-]+|\bProcura della Repubblica presso il Tribunale (?:ordinario )?di [A-Z][\p{L}]+|\bBundesanwaltschaft\b|\bMinistère public de la Confédération|\bStaatsanwaltschaft(?: [IVX]{1,4})? des Kantons [A-ZÄÖÜ][\p{L}-]+|\b(?:Generals|S)taatsanwaltschaft [A-ZÄÖÜ][\p{L}-]+(?: [a-z]+ [A-ZÄÖÜ][\p{L}-]+)?|\b[Pp]arquet (?:de la |du |de |d')[A-ZÉ][\p{L}-]+|\bProcureur de la République (?:de |près le tribunal judiciaire de |d')[A-ZÉ][\p{L}-]+` +
		// Romania's prosecution bodies (general knowledge): DIICOT and the
		// DNA by their names, a Parchet by the court it sits beside.
		// Prosecutors of Turkey, Greece, Bulgaria, Serbia, Russian-writing
		// countries, Ukraine and Vietnam by their own names (general
		// knowledge): "Bursa Cumhuriyet Başsavcılığı", "Εισαγγελία
		// Πρωτοδικών Πειραιώς", "Пловдивска районна прокуратура", "Више
		// јавно тужилаштво у Нишу", "Генеральная прокуратура Республики
		// Таджикистан", Ukraine's "Офіс Генерального прокурора", "Viện
		// kiểm sát nhân dân thành phố Hải Phòng".
		`|[\p{Lu}][\p{L}]+ Cumhuriyet Ba[şs]savc[ıi]l[ıi][ğg][ıi]|Εισαγγελία (?:Πρωτοδικών|Εφετών|Αρείου Πάγου)(?: [\p{Greek}]+)?` +
		`|[\p{Lu}][\p{L}]+ (?:градска|районна|окръжна|апелативна) прокуратура|(?:Върховна касационна|Специализирана) прокуратура` +
		`|(?:Више|Основно|Апелационо) јавно тужилаштво у [\p{Lu}][\p{L}]+|\b(?:Više|Osnovno|Apelaciono) javno tužilaštvo u [\p{Lu}][\p{L}]+` +
		`|Генеральная прокуратура (?:Республики [\p{Lu}][\p{L}]+|Российской Федерации|Кыргызской Республики)|Офіс Генерального прокурора` +
		`|\bVi[ệe]n ki[ểe]m s[áa]t nh[âa]n d[âa]n(?: t[ốo]i cao| (?:th[àa]nh ph[ốo]|t[ỉi]nh) [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*)?` +
		`|\bDirec[țţt]ia de Investigare a Infrac[țţt]iunilor de Criminalitate Organizat[ăa] [șşs]i Terorism\b|\bDirec[țţt]ia Na[țţt]ional[ăa] Anticorup[țţ]ie\b|\bParchetul de pe l[âa]ng[ăa] (?:[ÎI]nalta Curte de Casa[țţ]ie [șşs]i Justi[țţ]ie|(?:Judec[ăa]toria|Tribunalul|Curtea de Apel) [A-ZĂÂÎȘȚ][\p{L}-]+)`)
)

// polishNominative names a Polish court as a label does, in the nominative:
// a letter says it acts "na podstawie postanowienia Sądu Rejonowego …",
// the court is "Sąd Rejonowy …" (the seat after "w" keeps its case).
var polishNominative = strings.NewReplacer("Sądu ", "Sąd ", "Rejonowego", "Rejonowy", "Okręgowego", "Okręgowy", "Apelacyjnego", "Apelacyjny")

// ownCourt is the foreign court named in its own language in text, as
// labels name it, or "".
func ownCourt(text string) string {
	m := ""
	if cs := foreignCourts(text); len(cs) > 0 {
		m = cs[0]
	}
	// A Hebrew court's city is one or two words: a third is the sentence
	// going on ("… בחיפה צו", an order).
	if strings.HasPrefix(m, "בית") {
		if i := strings.LastIndex(m, " "); i > 0 && hebrewGoesOn[m[i+1:]] {
			m = m[:i]
		}
	}
	if strings.HasPrefix(m, "Sąd") {
		m = polishNominative.Replace(m)
	}
	// German names the court in the genitive after "Beschluss des"
	// ("Amtsgerichts München"); labels, in the nominative.
	if head, rest, ok := strings.Cut(m, " "); ok && strings.HasSuffix(head, "gerichts") {
		m = strings.TrimSuffix(head, "s") + " " + rest
	}
	// Icelandic names the court in the genitive after "úrskurði"
	// ("Héraðsdóms Reykjavíkur"); labels, in the nominative.
	if rest, ok := strings.CutPrefix(m, "Héraðsdóms "); ok {
		m = "Héraðsdómur " + rest
	}
	// An Arabic court "ب" (in) a city may be a date's word instead:
	// "بتاريخ" (dated).
	m = strings.TrimSuffix(m, " بتاريخ")
	if head, ok := strings.CutSuffix(m, " sudining"); ok {
		m = head + " sudi"
	}
	return m
}

// foreignCourts lists the courts abroad named in text in their own
// languages. A Romanian prosecutor's office sits "de pe lângă" a court:
// the court named there is the office's seat, not a court that acted.
func foreignCourts(text string) []string {
	var out []string
	for _, loc := range foreignCourt.FindAllStringIndex(text, -1) {
		if before := strings.ToLower(text[:loc[0]]); strings.HasSuffix(before, "lângă ") || strings.HasSuffix(before, "langa ") {
			continue
		}
		// A letter in English that names the court in English and
		// glosses it in brackets ("the Harbour City Court (Havneby
		// Byret)") names it as it writes it first.
		if englishBefore.MatchString(text[:loc[0]]) {
			continue
		}
		out = append(out, text[loc[0]:loc[1]])
	}
	return out
}

// englishBefore ends in a court's English name and the bracket that
// opens its gloss.
var englishBefore = lazyRegexp(`\bCourt(?: (?:in|of|for|at) (?:the )?[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)?)?,?\s*\($`)

// hebrewGoesOn are words that follow a court's name in a sentence: an
// order, a verb of issuing, a preposition.
var hebrewGoesOn = map[string]bool{"צו": true, "נתן": true, "הוציא": true, "אישר": true, "על": true, "את": true, "ביום": true, "כי": true}

// connectors may join the capitalised words of one name.
// "in" joins only as "in and for" ("Circuit Court … in and for Broward
// County"); alone it starts prose ("… Office in Case No. 4").
var connectors = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "de": true, "du": true, "des": true, "&": true,
	// Spanish, Portuguese and Italian: "Fiscalía General de la República".
	"la": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "della": true}

// leftStop words start a sentence rather than a court's name.
var leftStop = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "Attached": true, "Sealed": true,
	"Signed": true, "Order": true, "Warrant": true, "Subpoena": true, "By": true, "From": true, "Of": true, "To": true, "In": true,
	"Honorable": true, "Honourable": true, "Hon.": true, "Hon'ble": true, "Hon’ble": true, "Re": true, "RE": true, "Ss.": true, "SS.": true, "ss.": true, "Please": true, "Our": true, "Your": true, "Jury": true,
	// German articles: "Der United States District Court hat …" (not the
	// Spanish and French ones: El Paso, La Plata and Los Angeles counties).
	"Der": true, "Die": true, "Das": true}

// openingAdverb opens a sentence before the body it names ("Now the United
// States District Court …", "Today the …"): no name starts with it.
var openingAdverb = map[string]bool{"Now": true, "Today": true, "Yesterday": true, "Here": true, "Also": true, "Accordingly": true,
	"Additionally": true, "Further": true, "Furthermore": true, "Therefore": true, "Thus": true, "Recently": true, "Previously": true, "Meanwhile": true}

func init() {
	for w := range openingAdverb {
		leftStop[w] = true
	}
}

// foreignArticle is a definite article of French, Spanish, Italian,
// Portuguese or Dutch, which a letter in that language puts before an
// English court's name.
var foreignArticle = map[string]bool{"Le": true, "La": true, "El": true, "Il": true, "Lo": true, "O": true, "A": true, "De": true, "Het": true}

// nameStop words start what follows a name in a caption or a sentence
// ("… County, Florida Subpoena Duces Tecum", "… Court Search Warrant").
var nameStop = map[string]bool{"subpoena": true, "warrant": true, "search": true, "application": true,
	"affidavit": true, "order": true, "re": true, "case": true, "docket": true, "grand": true, "please": true,
	"attached": true, "enclosed": true, "pursuant": true, "to": true, "from": true, "date": true, "dear": true, "subject": true,
	"judge": true, "no": true, "number": true, "nr": true, "records": true, "mag": true, "misc": true, "index": true, "gj": true}

// grandJuryName reports "Grand Jury" ending a name ("the South Carolina
// State Grand Jury"), not opening a document's title ("Grand Jury
// Subpoena").
func grandJuryName(ws []string) bool {
	if len(ws) < 2 || ws[0] != "Grand" || strings.TrimRight(ws[1], ".,") != "Jury" {
		return false
	}
	if len(ws) == 2 || strings.HasSuffix(ws[1], ",") || strings.HasSuffix(ws[1], ".") || strings.ContainsAny(ws[2], ",;)") {
		return true // the name ends there
	}
	switch strings.ToLower(strings.TrimRight(ws[2], ".,:#")) {
	case "subpoena", "no", "number", "nr", "case", "matter", "", "#":
		return false // "Grand Jury Subpoena", "Grand Jury No. 26-1"
	}
	return true
}

func isNameStop(w string) bool { return nameStop[strings.ToLower(strings.TrimRight(w, ".,:"))] }

// placeEnd words let a name continue after a comma: "Superior Court of
// New Jersey, Law Division, Example County", "201st District Court, Example
// County, Texas".
var placeEnd = map[string]bool{"County": true, "Division": true, "Parish": true, "District": true, "Circuit": true, "Judicial": true, "Borough": true}

// usStates are the names of the US states, as places ending a name.
var usStates = map[string]bool{}

// usStateNames is an alternation of the states' names, longest first.
const usStateNames = `New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia|District of Columbia|Puerto Rico|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming`

func init() {
	for _, s := range strings.Split(usStateNames, "|") {
		usStates[s] = true
	}
}

// institutional words name what a body is, never where: a name made only
// of them ("Office of the State Attorney", "District Court", "Attorney
// General") says nothing until its jurisdiction follows ("…, Tenth
// Judicial Circuit of Florida", "…, City and County of Denver").
var institutional = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Office Offices State States United U.S. US Attorney Attorney's Attorneys Attorneys'
		General District Court Superior Circuit County Judicial Inspector Prosecutor Prosecutor's Prosecuting Municipal Magistrate
		Magistrate's Family Criminal Common Pleas Commonwealth Commonwealth's Juvenile Probate Supreme Appeals Appellate Chief
		Solicitor Solicitor's Grand Jury Trial Court's Sessions Chancery Civil`) {
		institutional[w] = true
	}
}

// generic reports whether a name is made only of institutional words.
func generic(name []string) bool {
	n := 0
	for _, w := range name {
		w = strings.TrimRight(w, ".,")
		if connectors[w] || w == "The" {
			continue
		}
		if !institutional[w] {
			return false
		}
		n++
	}
	return n > 0
}

func capitalised(w string) bool {
	if w == "" || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "#") {
		return false // "Number:", "DR#" label a field, they name nothing
	}
	c := w[0]
	if c >= 'A' && c <= 'Z' {
		// Codes with digits ("AB12CD34EF5678") are not words of a name.
		return !strings.ContainsAny(w, "0123456789")
	}
	// Ordinals: "147th District Court"; a court's number and letter:
	// "54-A District Court".
	return c >= '0' && c <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th") || courtLetterNumber.MatchString(w))
}

// courtBench are the words of a court's bench that "and" joins in one
// court's name.
var courtBench = map[string]bool{"Circuit": true, "Family": true, "Probate": true, "Juvenile": true, "Magistrates": true,
	"Magistrates'": true, "District": true, "County": true, "Federal": true, "Chancery": true, "Civil": true, "Criminal": true}

// agencyEnd ends an agency's full name with the word its short form
// leaves out.
var agencyEnd = lazyRegexp(`\s(?:Department|Dept\.|Office|Bureau|Division|Service|Agency|Force|Patrol|Commission)$`)

// courtLetterNumber is a court's number with its letter or its division's
// number, as Michigan numbers its district courts ("54-A", "52-1").
var courtLetterNumber = lazyRegexp(`^\d{1,3}-(?:[A-Z]|\d{1,2})$`)

// words splits folded text into words, keeping commas, brackets and double
// quotes as their own words: a name quoted in prose ("the order of the
// \"United States District Court for …\"") starts at its first word.
func words(s string) []string {
	ws := strings.Fields(wordMarks.Replace(s))
	for i := 0; i < len(ws); i++ {
		if k := scriptChange(ws[i]); k > 0 {
			ws = slices.Insert(ws, i+1, ws[i][k:])
			ws[i] = ws[i][:k]
		}
	}
	return ws
}

// scriptChange returns where a word runs from Latin letters into a script
// written without spaces, or from it into Latin letters, or 0: Korean and
// Japanese glue their particles to an English name ("… District of
// California로부터", "…に関し、United States …"), which are no part of it.
func scriptChange(w string) int {
	prev := 0 // 1 Latin, 2 unspaced script
	for i, r := range w {
		kind := 0
		switch {
		case unicode.Is(unicode.Latin, r):
			kind = 1
		case unicode.In(r, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Han, unicode.Thai) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef:
			kind = 2
		default:
			continue
		}
		if prev != 0 && kind != prev {
			return i
		}
		prev = kind
	}
	return 0
}

var wordMarks = strings.NewReplacer(",", " , ", ";", " ; ", "(", " ( ", ")", " ) ", `"`, ` " `, "“", " “ ", "”", " ” ", "«", " « ", "»", " » ")

// phrase reads a capitalised name from the start of ws: capitalised words
// joined by connectors, continuing after a comma into a place.
func phrase(ws []string) []string {
	var out []string
	i := 0
	// A body's office is named with it once: "U.S. Department of Labor,
	// Office of Inspector General", not its office's own office after it
	// (", Office of Investigations").
	office := false
	for i < len(ws) {
		w := ws[i]
		switch {
		case (w == "," || w == "-" || w == "–") && len(out) > 0 && !office && !endsSentence(out[len(out)-1]) && officeOfBody(out, ws[i+1:]):
			// "Internal Revenue Service, Criminal Investigation", "United
			// States Postal Service - Office of Inspector General": the
			// law-enforcement office of a body whose own work is
			// something else issues, named with its body as written.
			j := i + 1
			for j < len(ws) && (capitalised(ws[j]) && !isNameStop(ws[j]) || connectors[ws[j]] && j+1 < len(ws) && capitalised(ws[j+1])) {
				j++
				if endsSentence(ws[j-1]) {
					break
				}
			}
			if w == "," {
				out[len(out)-1] += ","
			} else {
				out = append(out, w)
			}
			out = append(out, ws[i+1:j]...)
			i = j
			office = true
			continue
		case w == "The" && len(out) > 0 && !connectors[out[len(out)-1]]:
			return out // a new name begins: "… District of New Jersey The United States Marshals Service"
		case (w == "In" || w == "IN") && len(out) > 0 && !(i+1 < len(ws) && strings.EqualFold(ws[i+1], "and")):
			return out // a caption's next line: "… District of Texas In the Matter of …"
		case courtNumber(w) && namesCourt(out) && (out[len(out)-1] == "Court" || courtPart[out[len(out)-1]] && !strings.HasSuffix(out[len(out)-1], ".")):
			// "Example Superior Court 1", "Criminal Division 4": a court's
			// or its division's number, written after it (Indiana's
			// courts are so numbered).
			out = append(out, strings.TrimRight(w, ".,"))
			i++
			if w != strings.TrimRight(w, ".,") {
				return out
			}
		case (w == "No." || w == "No") && namesCourt(out) && i+1 < len(ws) && courtNumber(ws[i+1]):
			// "Criminal District Court No. 3": the court's number is part
			// of its name (a case's number is longer).
			out = append(out, w, strings.TrimRight(ws[i+1], "."))
			i += 2
		case capitalised(w) && !(len(out) > 0 && isNameStop(w) && !grandJuryName(ws[i:])):
			out = append(out, w)
			i++
			// A word ending a sentence ends the name; abbreviations with
			// inner dots ("U.S.") do not.
			if endsSentence(w) {
				return out
			}
		case w == "in" && namesCourt(out) && cityAhead(ws[i+1:]) > 0:
			// A court and its city, as courts abroad are named in English:
			// "Higher Court in Example", "County Court in Example".
			n := cityAhead(ws[i+1:])
			return append(out, ws[i:i+1+n]...)
		case w == "at" && (namesCourt(out) || slices.Contains(out, "University")) && i+1 < len(ws) && capitalised(ws[i+1]) && !isNameStop(ws[i+1]):
			// A court's seat: "District Court at Manukau"; a university's
			// campus, as US state universities name theirs: "University
			// of Texas at Austin Police Department".
			out = append(out, w)
			i++
			continue
		case w == "for" && namesCourt(out) && forAgency(ws[i+1:]):
			return out // "… Circuit Court for Example County Sheriff's Office": who the court's process is for
		case connectors[w] && len(out) > 0 && (w != "in" || i+1 < len(ws) && ws[i+1] == "and"):
			j := i
			for j < len(ws) && connectors[ws[j]] {
				j++
			}
			if j < len(ws) && capitalised(ws[j]) {
				out = append(out, ws[i:j]...)
				i = j
				continue
			}
			// "… for the District of Nevada:" before what the court did:
			// the colon ends the name, it labels no field.
			if j < len(ws) && w != "the" {
				if place := strings.TrimSuffix(ws[j], ":"); place != ws[j] && capitalised(place) && !isNameStop(place) && !valueLabel.MatchString(place) {
					return append(append(out, ws[i:j]...), place)
				}
			}
			return out
		case w == "," && len(out) >= 2 && connectors[out[len(out)-2]] && listAhead(ws[i+1:]) > 0:
			// "Bureau of Alcohol, Tobacco, Firearms and Explosives": a list
			// of what the body is of, ended by "and".
			n := listAhead(ws[i+1:])
			out[len(out)-1] += ","
			for _, x := range ws[i+1 : i+1+n] {
				if x == "," {
					out[len(out)-1] += ","
					continue
				}
				out = append(out, x)
			}
			i += 1 + n
		case w == "," && namesCourt(out) && i+3 < len(ws) && ws[i+1] == "in" && ws[i+2] == "and" && ws[i+3] == "for":
			// "District Court of the Fourth Judicial District of the State
			// of Idaho, in and for the County of Ada".
			rest := phrase(append([]string{"X"}, ws[i+1:]...))
			out[len(out)-1] += ","
			out = append(out, rest[1:]...)
			i += 1 + wordsIn(ws[i+1:], rest[1:])
		case w == "," && len(out) > 0:
			// "U.S. Department of Health and Human Services, Office of
			// Inspector General": a department's office is named with it.
			if !office && (parentDepartment.MatchString(joinName(out)) && i+1 < len(ws) && departmentPart[ws[i+1]] || inspectorGeneralNext(ws[i+1:])) && agencyWords.MatchString(joinName(out)) {
				j := i + 1
				for j < len(ws) && (capitalised(ws[j]) || connectors[ws[j]] && j+1 < len(ws) && capitalised(ws[j+1])) {
					j++
					// "… Office of Inspector General. Thank you": a sentence
					// ends the office's name.
					if endsSentence(ws[j-1]) {
						break
					}
				}
				out[len(out)-1] += ","
				out = append(out, ws[i+1:j]...)
				i = j
				office = true
				continue
			}
			// An agency that already names its place ("Example County
			// Sheriff's Office, Kansas") ends at the comma; a court or a
			// generic name takes its jurisdiction.
			if !namesCourt(out) && !generic(out) && agencyWords.MatchString(strings.Join(out, " ")) {
				return out
			}
			seg := placeSegment(ws[i+1:], generic(out))
			if seg == 0 {
				return out
			}
			out[len(out)-1] += ","
			out = append(out, ws[i+1:i+1+seg]...)
			i += 1 + seg
			if w := out[len(out)-1]; strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && len(w) > 3 || strings.HasSuffix(w, ":") {
				return out
			}
		default:
			return out
		}
	}
	return out
}

// forAgency reports a police agency or its initials after a court's
// "for": the body that asked for the process, not the court's
// jurisdiction ("for the District of X", "for Example County").
func forAgency(ws []string) bool {
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	p := phrase(ws)
	// "… District Court for the Statewide Grand Jury": the grand jury the
	// court sits for.
	if name := joinName(p); strings.HasSuffix(name, "Grand Jury") {
		return true
	}
	if len(p) == 1 {
		w := strings.TrimRight(p[0], ".,;:")
		return len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && !usStates[w] && w != "U.S."
	}
	return policeForce.MatchString(joinName(p))
}

// policeForce names a police agency (general knowledge of US agency names).
var policeForce = lazyRegexp(`\b(?:Police|Sheriff'?s?|Marshal'?s?|Constable'?s?|Patrol|Troopers?)\b`)

// lawOffice starts the name of a law-enforcement office inside a body
// whose own work is something else (general knowledge of US federal and
// state agencies: the IRS's Criminal Investigation, the FDA's Office of
// Criminal Investigations, the Bureau of Indian Affairs' Office of Justice
// Services, the Forest Service's Law Enforcement and Investigations, a
// state Department of Justice's Division of Criminal Investigation, an
// agency's Office of Inspector General).
var lawOffice = lazyRegexp(`^(?:Office of (?:the )?(?:Inspector General|Criminal Investigations?|Justice Services|Law Enforcement|Export Enforcement)|Division of (?:Criminal )?Investigations?|Criminal Investigations?|Law Enforcement and Investigations)(?:$|[ ,.;:)])`)

// policing names a body whose own work is law enforcement or prosecution:
// its offices are its units ("Virginia State Police, Bureau of Criminal
// Investigation"), not issuers of their own.
var policing = lazyRegexp(`Police|Sheriff|Marshal|Protective Service|Investigat|Patrol|Enforcement|Inspector General|Secret Service|Inspection Service|Public Safety|Attorney|Prosecut|Constabulary|Gendarmerie|Court|Task Force`)

// officeOfBody reports whether ws, after a comma or a dash that follows
// the name read so far, starts the law-enforcement office of that body.
func officeOfBody(name, ws []string) bool {
	n := joinName(name)
	return agencyWords.MatchString(n) && !policing.MatchString(n) && !generic(name) &&
		lawOffice.MatchString(strings.Join(ws[:min(len(ws), 6)], " "))
}

// wordsIn returns how many of ws the name out was made of: phrase joins a
// comma to the word before it ("County" "," → "County,"), so out may hold
// fewer words than it took. len(out) when its letters are not ws's.
func wordsIn(ws, out []string) int {
	want := strings.Join(out, "")
	got := ""
	for k, w := range ws {
		got += w
		if got == want {
			return k + 1
		}
		if !strings.HasPrefix(want, got) {
			break
		}
	}
	return len(out)
}

// cityAhead returns the length of a place of one or two capitalised
// words at the start of ws that ends there ("Example." or "Example,"; not
// "Example Police Department Case No. 4"), or 0.
func cityAhead(ws []string) int {
	n := 0
	// Not initials ("in DA File 4", "in ECSO case") nor a party ("in
	// People v. Roe").
	for n < len(ws) && n < 3 && capitalised(ws[n]) && !isNameStop(ws[n]) && !agencyWords.MatchString(ws[n]) && strings.ToUpper(ws[n]) != ws[n] {
		n++
		if strings.ContainsAny(ws[n-1], ".,;:") {
			break
		}
	}
	// The place ends the name: punctuation, a bracket or the end after it;
	// not a month (the date parser's names), a judge's chambers or a
	// possessive.
	if n == 0 || n > 2 || n < len(ws) && !strings.ContainsAny(ws[n-1], ".,;:") && ws[n] != "(" {
		return 0
	}
	for _, w := range ws[:n] {
		if w = strings.TrimRight(w, ".,;:"); months[strings.ToLower(w)] != 0 || w == "Chambers" || strings.HasSuffix(w, "'s") {
			return 0
		}
	}
	return n
}

// listAhead returns the length of "Tobacco , Firearms and Explosives" at
// the start of ws: capitalised words separated by commas and ended by
// "and" and one more, or 0.
func listAhead(ws []string) int {
	i := 0
	for i < len(ws) && capitalised(ws[i]) && !isNameStop(ws[i]) {
		i++
		switch {
		case i < len(ws) && ws[i] == ",":
			i++
		case i+1 < len(ws) && ws[i] == "and" && capitalised(ws[i+1]):
			return i + 2
		default:
			return 0
		}
	}
	return 0
}

// placeSegment returns the length of a place segment at the start of ws
// ("Law Division", "County of Los Angeles", "Texas", "State of Oklahoma"),
// or 0. After a generic name any segment with a place word in it is its
// jurisdiction ("District Court, City and County of Denver").
func placeSegment(ws []string, afterGeneric bool) int {
	if len(ws) > 0 && strings.HasSuffix(ws[0], ":") && usStates[strings.TrimSuffix(ws[0], ":")] {
		return 1 // "… of Harris County, Texas:" before a list
	}
	// A court's numbered part: "Justice Court, Precinct 3, …".
	if len(ws) >= 2 && courtPart[ws[0]] && courtNumber(ws[1]) {
		return 2
	}
	n := 0
	// "Grand" stops a name before "Jury" only: "Grand Forks County" is a
	// place.
	stops := func(k int) bool {
		return isNameStop(ws[k]) && !(strings.TrimRight(ws[k], ".,") == "Grand" && !(k+1 < len(ws) && strings.HasPrefix(ws[k+1], "Jur")))
	}
	// "The" opens the next sentence ("… Parish of Jefferson The 24th …").
	for n < len(ws) && (capitalised(ws[n]) && !stops(n) && ws[n] != "The" || connectors[ws[n]] && n > 0) {
		n++
		// "County of San Bernardino:" before what the court signed: the
		// colon ends the place, it labels no field.
		// A place already whole ("… County, Ohio" / "By: …") ends before it.
		if prev := strings.TrimRight(ws[n-1], ".,"); n < len(ws) && strings.HasSuffix(ws[n], ":") && !placeEnd[prev] && !usStates[prev] {
			if w := strings.TrimSuffix(ws[n], ":"); capitalised(w) && !isNameStop(w) && !valueLabel.MatchString(w) && w != "By" {
				n++
				break
			}
		}
		// A sentence ends the place ("County of San Diego. Search …").
		if w := ws[n-1]; strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && len(w) > 3 {
			break
		}
	}
	for n > 0 && connectors[ws[n-1]] {
		n--
	}
	if n == 0 {
		return 0
	}
	first, last := strings.TrimSuffix(ws[0], "."), strings.TrimSuffix(ws[n-1], ".")
	if placeEnd[first] || placeEnd[last] || first == "City" && n >= 3 && ws[1] == "of" {
		return n
	}
	// A state alone, or "State of X" / "Commonwealth of X".
	for k := 1; k <= min(n, 3); k++ {
		if !usStates[strings.TrimSuffix(strings.Join(ws[:k], " "), ".")] {
			continue
		}
		if k == n || k+1 == n && usStates[first] {
			return n
		}
		return k
	}
	if n >= 3 && (first == "State" || first == "Commonwealth") && ws[1] == "of" && usStates[strings.TrimSuffix(strings.Join(ws[2:n], " "), ".")] {
		return n
	}
	// After a generic name, the segment runs to its last place word: what
	// follows is the next thing ("… Fifteenth Judicial Circuit Investigation
	// No." in a table read as text).
	if afterGeneric {
		for k := n; k > 0; k-- {
			if w := strings.TrimSuffix(ws[k-1], "."); placeEnd[w] || usStates[w] {
				return k
			}
		}
	}
	// "Office of Inspector General, U.S. Department of Health and Human
	// Services": a generic office takes the department it belongs to.
	if afterGeneric && (first == "Department" || (ws[0] == "U.S." || first == "United") && slices.Contains(ws[:n], "Department")) {
		return n
	}
	// "Office of Inspector General, Federal Deposit Insurance
	// Corporation": an inspector general's office takes its agency.
	if afterGeneric && parentBody[last] {
		return n
	}
	return 0
}

// parentBody words end the name of an agency that has an inspector
// general: "… Insurance Corporation", "… Services Administration".
var parentBody = map[string]bool{"Corporation": true, "Administration": true, "Agency": true, "Commission": true, "Service": true,
	"Board": true, "Authority": true, "Department": true, "Bureau": true, "Reserve": true, "Office": true, "System": true}

// inspectorGeneralNext reports whether ws starts with "Office of
// (the) Inspector General": the office of the agency named before it.
func inspectorGeneralNext(ws []string) bool {
	n := len(ws)
	return n >= 4 && ws[0] == "Office" && ws[1] == "of" && (ws[2] == "Inspector" && strings.TrimRight(ws[3], ".,") == "General" ||
		n >= 5 && ws[2] == "the" && ws[3] == "Inspector" && strings.TrimRight(ws[4], ".,") == "General")
}

// bareInspectorGeneral is an inspector general's office named without its
// agency, as a letterhead's second line or a signature writes it.
var bareInspectorGeneral = lazyRegexp(`^(?:Office of (?:the )?)?Inspector General$`)

// shortLines are the lines of a letter's head or signature that are not
// prose: under 80 characters.
func shortLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		if utf8.RuneCountInString(l) < 80 {
			out = append(out, l)
		}
	}
	return out
}

// igTitleWord is a title within an inspector general's office ("Office of
// the Assistant Inspector General for Investigations"), not a place.
var igTitleWord = lazyRegexp(`^Office of the (?:Assistant|Deputy|Acting|Associate|Principal|Special|Chief|Senior)\b`)

// placeInspectorGeneral is an inspector general's office named for its
// state or city ("Office of the Ohio Inspector General", "Office of the
// New York City Inspector General").
var placeInspectorGeneral = lazyRegexp(`\bOffice of the (?:[A-Z][\p{L}.]+ ){1,3}Inspector General\b`)

// inspectorGeneralOf completes a bare "Office of Inspector General" with
// the agency it belongs to, as the letter writes the two together in one
// run of text: "the U.S. Department of Energy Office of Inspector
// General", "the Department of X, Office of Inspector General", "Office
// of Inspector General, U.S. Department of X". A letterhead's agency over
// its office on the next line is two lines, not one name (marked breaks
// tell them apart); other names stay as they are.
func inspectorGeneralOf(name, marked string) string {
	if !bareInspectorGeneral.MatchString(name) {
		return name
	}
	ws := words(marked)
	for k := range ws {
		if !inspectorGeneralNext(ws[k:]) {
			continue
		}
		n := 4
		if ws[k+2] == "the" {
			n = 5
		}
		office := strings.TrimRight(strings.Join(ws[k:k+n], " "), ".,")
		// The agency before it, run into it or after a comma or a dash.
		j, sep := k, " "
		if j > 0 && (ws[j-1] == "," || ws[j-1] == "-" || ws[j-1] == "–") {
			j--
			sep = ", "
			if ws[j] != "," {
				sep = " " + ws[j] + " "
			}
		}
		start := j
		for start > 0 && (capitalised(ws[start-1]) && !leftStop[ws[start-1]] && !endsSentence(ws[start-1]) ||
			start > 1 && connectors[ws[start-1]] && (capitalised(ws[start-2]) || connectors[ws[start-2]])) {
			start--
		}
		for start < j && !capitalised(ws[start]) {
			start++ // "of the" before a name is not part of it
		}
		if parent := joinName(ws[start:j]); start < j && !generic(strings.Fields(parent)) {
			return parent + sep + office
		}
		// A letterhead's department on the line above, a line of its own
		// ("U.S. Department of Health and Human Services" / "Office of
		// Inspector General, Office of Investigations").
		if j > 1 && ws[j-1] == lineBreak {
			s := j - 1
			for s > 0 && ws[s-1] != lineBreak {
				s--
			}
			if line := ws[s : j-1]; departmentLine(line) {
				return joinName(line) + ", " + office
			}
		}
		// The agency after it: "Office of Inspector General, U.S.
		// Department of X".
		if after := k + n; after < len(ws) && ws[after] == "," {
			if seg := placeSegment(ws[after+1:], true); seg > 0 {
				return office + ", " + joinName(ws[after+1:after+1+seg])
			}
		}
	}
	return name
}

// departmentLine reports a line that is wholly the name of a federal or
// state department or agency ("U.S. Department of Labor", "Social
// Security Administration"): capitalised words and connectors, one of
// them a parent body's word, none an office's.
func departmentLine(ws []string) bool {
	if len(ws) < 2 || !capitalised(ws[0]) {
		return false
	}
	parent := false
	for _, w := range ws {
		w = strings.TrimRight(w, ".,")
		switch {
		case w == "Office" || w == "Division" || w == "Unit":
			return false
		case parentBody[w]:
			parent = true
		case !capitalised(w) && !connectors[w]:
			return false
		}
	}
	return parent
}

// departmentPart words start the name of an office within a department.
var departmentPart = map[string]bool{"Office": true, "Bureau": true, "Administration": true}

// withoutPerson drops a judge before the court's name: "Honorable Jane
// Roe of the Circuit Court for …", "Judge of the 180th District Court …",
// "A Justice of the Supreme Court …".
func withoutPerson(name string) string {
	// "Justice of the Peace of the Example Justice Court": the judge of a
	// court named after the office.
	if rest, ok := strings.CutPrefix(name, "Justice of the Peace of the "); ok && courtWord.MatchString(rest) {
		return rest
	}
	// Not a tribe's name ("Confederated Tribes of the Example
	// Reservation Tribal Court").
	if before, after, ok := strings.Cut(name, " of the "); ok && !courtWord.MatchString(before) && courtWord.MatchString(after) && !strings.HasPrefix(after, "Peace ") && !tribalWord[before[strings.LastIndexByte(before, ' ')+1:]] {
		return after
	}
	return name
}

// fuller returns the same court named in full elsewhere in the letter (a
// letter's "the 30th Judicial Circuit Court", its caption's "… for the
// County of Ingham"), or name.
func fuller(name string, cs []string) string {
	for _, c := range cs {
		if rest, ok := strings.CutPrefix(c, name); ok && jurisdictionNext.MatchString(rest) {
			name = c
		}
	}
	// A caption's "Superior Court, Northern District" is the letter's
	// "Hillsborough County Superior Court, Northern District": a name
	// that says only what the court is takes the place written before it.
	head, _, _ := strings.Cut(name, ",")
	if generic(strings.Fields(head)) {
		for _, c := range cs {
			if strings.HasSuffix(c, " "+name) {
				return c
			}
		}
	}
	return name
}

// jurisdictionNext starts a court's jurisdiction after its name.
// Also the county a caption or an issuing line adds after the name
// ("…, Travis County, Texas"); a state alone after a court's county is
// how a letter places it, not part of the name most letters write.
var jurisdictionNext = lazyRegexp(`^(?: for the | of the | in and for |, (?:County|City|Parish|District|Judicial) |, (?:[A-Z][\w.'-]+ ){1,2}(?:County|Parish)(?:,|$))`)

// lawName is a statute's name, never an issuer's.
var lawName = lazyRegexp(`\b(?:Act|Code|Statutes?|Rules?|Constitution)$`)

// unitWord ends the name of an agency or a unit: what stands before a
// court's name after it is not part of the court ("… Investigative
// Services Unit Superior Court of …", "… Field Office United States
// District Court …").
var unitWord = map[string]bool{"Unit": true, "Office": true, "Division": true, "Department": true, "Bureau": true,
	"Section": true, "Squad": true, "Team": true, "Desk": true, "Police": true, "Agency": true, "Warrants": true, "OIG": true}

// namesCourt reports whether the words read so far name a court.
func namesCourt(ws []string) bool {
	for i, w := range ws {
		w = strings.TrimRight(w, ".,")
		// "Seventeenth Judicial Circuit in and for …": a Florida court.
		if w == "Court" || w == "Circuit" && i > 0 && ws[i-1] == "Judicial" {
			return true
		}
	}
	return false
}

// initial is a person's initial: "T.".
func initial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// endsSentence reports a word that ends a sentence or a heading ("TECUM."),
// not an abbreviation ("U.S.", "St.") or an initial ("R.").
func endsSentence(w string) bool {
	return strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && len(w) > 3 && !strings.HasSuffix(w, "St.")
}

func joinName(ws []string) string {
	s := strings.Join(ws, " ")
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, ":"), ","), ".")
	s = strings.TrimPrefix(s, "The ")
	// A court's honorific is no part of its name ("Hon'ble United States
	// District Court", as Indian English writes it).
	for _, h := range []string{"Hon'ble ", "Hon’ble ", "Honorable ", "Honourable ", "Hon. "} {
		s = strings.TrimPrefix(s, h)
	}
	return s
}

// courts lists the courts named in folded text, in order.
func courts(flat string) []string {
	var out, circuits []string
	ws := words(flat)
	for i, w := range ws {
		// Florida's circuits name their court so: "the Seventeenth
		// Judicial Circuit in and for Broward County".
		circuit := w == "Circuit" && i > 0 && ws[i-1] == "Judicial" && i+3 < len(ws) && ws[i+1] == "in" && ws[i+2] == "and" && ws[i+3] == "for"
		if strings.TrimRight(w, ".,") != "Court" && !circuit {
			continue
		}
		// A court's staff by title ("Court Clerk, Part 49", "Court
		// Liaison"): a person, not the court.
		if i+1 < len(ws) && courtStaff[strings.TrimRight(ws[i+1], ".,")] {
			continue
		}
		start := i
		for start > 0 && capitalised(ws[start-1]) && !leftStop[ws[start-1]] && !endsSentence(ws[start-1]) && !initial(ws[start-1]) && !unitWord[strings.TrimRight(ws[start-1], ".,")] {
			// Two benches of one court: "Federal Circuit and Family
			// Court", "Probate and Family Court".
			if start >= 3 && ws[start-2] == "and" && courtBench[ws[start-1]] && courtBench[ws[start-3]] {
				start -= 2
			}
			if start >= 2 && initial(ws[start-2]) {
				break // "T. Vanterpool Superior Court": a person before it
			}
			if ws[start] == "United" && foreignArticle[ws[start-1]] {
				break // "Le United States District Court …" in a French letter
			}
			// A federal court's name opens with the nation's: a capitalised
			// word before it ends something else ("Subpoena to Produce
			// Documents, Information, or Objects" / "UNITED STATES DISTRICT
			// COURT" of a form's title over its caption).
			if ws[start] == "United" && start+1 < len(ws) && ws[start+1] == "States" || ws[start] == "U.S." {
				break
			}
			start--
		}
		// A tribe's name runs through "of" ("Example Band of Creek
		// Indians Tribal Court", "Confederated Tribes of the Example
		// Reservation Tribal Court"): US tribes' names (general knowledge).
		for start > 2 && start < i && (ws[start-1] == "of" && tribalWord[ws[start-2]] || ws[start-1] == "the" && ws[start-2] == "of" && start > 3 && tribalWord[ws[start-3]]) {
			k := start - 2
			if ws[start-1] == "the" {
				k = start - 3
			}
			for k > 0 && capitalised(ws[k-1]) && !leftStop[ws[k-1]] && !endsSentence(ws[k-1]) {
				k--
			}
			start = k
		}
		p := phrase(ws[start:])
		if start == i && len(p) < 3 {
			continue // "the Court": no name; "Court of Common Pleas of …" is one
		}
		name := joinName(p)
		name = withoutPerson(name)
		if circuit {
			// Named so only where no court is named with its word: "the
			// Circuit Court of the Eleventh Judicial Circuit in and for …"
			// is the court's full name.
			if name != "" && !slices.Contains(circuits, name) {
				circuits = append(circuits, name)
			}
			continue
		}
		if name != "" && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		out = circuits
	}
	out = append(out, foreignCourts(flat)...)
	return out
}

// courtStaff follows "Court" in a staff member's title.
var courtStaff = map[string]bool{"Clerk": true, "Clerks": true, "Reporter": true, "Officer": true, "Liaison": true, "Administrator": true, "Attorney": true, "Interpreter": true}

// tribalWord names a tribe's kind of body, before "of" in its name.
var tribalWord = map[string]bool{"Band": true, "Tribe": true, "Tribes": true, "Nation": true, "Community": true, "Rancheria": true, "Pueblo": true, "Confederation": true}

// issuer finds a name introduced by an issuing phrase.
func issuer(body, flat string) string {
	// Of several issuing phrases the first that names the body with its
	// place ("issued by the State Attorney's Office" … "issued by the
	// Office of the State Attorney, Eleventh Judicial Circuit").
	first := ""
	// A form's "Requesting agency" names the issuer only where no line
	// says who issued the process ("Requesting agency: Example Sheriff's
	// Office" above "Issued by: Circuit Court of …").
	var names, requesting []string
	for _, m := range issuingLabel.FindAllStringSubmatchIndex(body, -1) {
		value := body[m[2]:m[3]]
		// A prose sentence ("Issued by the Office of …, U.S. Department of
		// Housing and Urban" / "Development, on …") wraps the name onto
		// the next line; a form's short line ends its value.
		label := body[m[0]:m[2]]
		if prose := !strings.ContainsAny(label, ":|\t") && strings.HasSuffix(strings.ToLower(label), "the "); prose && !strings.Contains(value, "\n") && wrapsName(body[m[0]:m[1]], nextLine(body[m[1]:])) {
			value += " " + nextLine(body[m[1]:])
		}
		if strings.Contains(strings.ToLower(label), "requesting") {
			requesting = append(requesting, joinName(phrase(words(value))))
			continue
		}
		names = append(names, joinName(phrase(words(value))))
	}
	for _, loc := range issuingVerb.FindAllStringIndex(flat, -1) {
		names = append(names, joinName(phrase(words(flat[loc[1]:]))))
	}
	names = append(names, requesting...)
	for _, name := range names {
		name = withoutPerson(strings.TrimSuffix(name, ","))
		if lawName.MatchString(name) {
			continue // "under the authority of the Inspector General Act"
		}
		// A clerk issues in the court's name; the court is found below.
		if strings.Contains(name, "Clerk") {
			continue
		}
		if len(strings.Fields(name)) >= 2 && agencyWords.MatchString(name) {
			if !generic(strings.Fields(name)) {
				return name
			}
			if first == "" {
				first = name
			}
		}
	}
	if first != "" {
		return first
	}
	// "The Drug Enforcement Administration has issued …", "The Federal
	// Bureau of Investigation requests that …".
	ws := words(flat)
	for i := 0; i < len(ws); i++ {
		if !capitalised(ws[i]) || openingAdverb[ws[i]] || i > 0 && capitalised(ws[i-1]) && !endsSentence(ws[i-1]) {
			continue
		}
		if i > 1 && connectors[ws[i-1]] && capitalised(ws[i-2]) && !openingAdverb[ws[i-2]] {
			continue // within a name: "Office of | Inspector General"
		}
		p := phrase(ws[i:])
		if len(p) < 2 {
			continue
		}
		// "The Office of Inspector General, U.S. Department of Labor, has
		// issued …": the comma closing the name is not part of the verb.
		end := i + len(p) // and the commas phrase joined to the words before them
		for _, w := range p {
			if strings.HasSuffix(w, ",") {
				end++
			}
		}
		rest := strings.Join(ws[min(len(ws), end):min(len(ws), end+4)], " ")
		// Not a unit after its agency ("Custodian of Records, The …" is a
		// salutation before a sentence).
		if i == 0 || ws[i-1] != "," || ws[i] == "The" {
			rest = strings.TrimLeft(rest, ", ")
		}
		name := joinName(p)
		// "This Office requests …": the writer's own office, unnamed.
		if issuingAfter.MatchString(rest) && agencyWords.MatchString(name) && !deictic[p[0]] {
			return withoutPerson(name)
		}
		// "Homeland Security Investigations (HSI) St. Louis requests …":
		// the agency's initials and its office's city between the name
		// and the verb.
		if k := end; k+2 < len(ws) && ws[k] == "(" && ws[k+2] == ")" && bracketInitials.MatchString(ws[k+1]) && agencyWords.MatchString(name) && !deictic[p[0]] {
			verbAt := func(k int) bool { return issuingAfter.MatchString(strings.Join(ws[k:min(len(ws), k+4)], " ")) }
			k += 3
			for n := 0; n < 3 && k < len(ws) && capitalised(ws[k]) && !verbAt(k); n++ {
				k++
			}
			if verbAt(k) {
				return withoutPerson(name)
			}
		}
		// "The Virginia State Police, Bureau of Criminal Investigation,
		// requests …": the agency issues, the unit between commas is its
		// office.
		if end < len(ws) && ws[end-1] != "," && ws[end] == "," && agencyWords.MatchString(name) && !courtWord.MatchString(name) && !ourTeam.MatchString(name) {
			// Not a salutation before a sentence ("Response Team, The FBI …").
			if u := phrase(ws[end+1:]); len(u) >= 2 && u[0] != "The" && agencyWords.MatchString(joinName(u)) {
				after := end + 1 + len(u)
				if after < len(ws) && ws[after] == "," {
					after++
				}
				if issuingAfter.MatchString(strings.Join(ws[after:min(len(ws), after+4)], " ")) {
					return withoutPerson(name)
				}
			}
		}
	}
	return ""
}

// specific completes a generic issuer ("Attorney General", "Office of the
// State Attorney") from the first fuller name of it in the text ("Office
// of the Attorney General of Florida"), which is the same body with its
// jurisdiction.
func specific(name, flat string) string {
	if !generic(strings.Fields(name)) {
		return name
	}
	ws := words(flat)
	for i := range ws {
		if !capitalised(ws[i]) || i > 0 && capitalised(ws[i-1]) {
			continue
		}
		full := joinName(phrase(ws[i:]))
		before, _, ok := strings.Cut(full, name)
		// Only words of an office may come before it ("Office of the"),
		// never a person's name or rank.
		// Nor a statute named for the body ("Inspector General Act").
		if ok && len(full) > len(name) && (before == "" || generic(append(strings.Fields(before), "Office"))) && !generic(strings.Fields(full)) && !lawName.MatchString(full) {
			return full
		}
	}
	return name
}

// authority is the body that issued the legal process, spelled in full
// where the letter also writes it so: "United States Secret Service" of
// a letter that shortens it elsewhere to "U.S. Secret Service".
func authority(doc *document, r *Result, agency Agency) *string {
	name := issuingBody(doc, r, agency)
	if name == nil {
		return nil
	}
	name = strp(tidyName(lineEnded(*name, doc.body)))
	// A .gov registrant's name that our generator marked with what the
	// domain says ("Example Agency (inspector general in the domain
	// name)"): the agency's inspector general, named as letters name it.
	if head, ok := strings.CutSuffix(*name, " (inspector general in the domain name)"); ok {
		name = strp(head + ", Office of Inspector General")
	}
	name = strp(strings.TrimSuffix(*name, " (police or sheriff in the domain name)"))
	// An inspector general's office named bare, by whichever way it was
	// found ("the Inspector General has issued …", a signature's "Office
	// of Inspector General"), is the office of the agency the letter names
	// with it ("U.S. Department of Labor - Office of Inspector General").
	if bareInspectorGeneral.MatchString(*name) {
		if full := inspectorGeneralOf(*name, markBreaks(titleCaseRuns(doc.body))); full != *name {
			r.evidence("authority", "inspector general's office named with its agency", "text", full)
			return strp(full)
		}
		// A state's or a city's inspector general names the office for
		// its place: "Office of the Example State Inspector General".
		if m := placeInspectorGeneral.FindString(strings.Join(slices.Concat(headLines(doc, 5), shortLines(signatureBlock(doc.body))), "\n")); m != "" && !igTitleWord.MatchString(m) {
			r.evidence("authority", "inspector general's office named with its place", "text", m)
			return strp(m)
		}
	}
	// A French elision glued to the court's first word ("obtenu de
	// l'United States District Court …") cost the name its "United".
	if strings.HasPrefix(*name, "States ") && strings.Contains(doc.flat, "United "+*name) {
		return strp("United " + *name)
	}
	if rest, ok := strings.CutPrefix(*name, "U.S. "); ok && strings.Contains(strings.ToLower(doc.flat), "united states "+strings.ToLower(rest)) {
		return strp("United States " + rest)
	}
	// "Example Police Dept" of a signature that the letter writes in full
	// ("… with Example Police Department (NC)").
	for _, short := range []string{" Dept.", " Dept"} {
		if head, ok := strings.CutSuffix(*name, short); ok && strings.Contains(doc.flat, head+" Department") {
			return strp(head + " Department")
		}
	}
	return name
}

// lineEnded cuts a name where the letter ends it with a short line and
// the words after the break name nothing: a table's next cell or a
// form's next label ("Okresní soud v Brně" / "Období: …", "Homeland
// Security Investigations" / "Period February …"). A short line that the
// name goes on from with its place, part or number ("Office of the State
// Attorney" / "Fifth Judicial Circuit"), or that ends in a comma or a
// connector, is one name.
func lineEnded(name, body string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return name
	}
	var b strings.Builder
	b.WriteString(`(?i)(?:^|[^\p{L}])`)
	for i, w := range ws {
		if i > 0 {
			b.WriteString(`(,?\s+)`)
		}
		b.WriteString(regexp.QuoteMeta(strings.TrimRight(w, ",")))
	}
	re, err := regexp.Compile(b.String())
	if err != nil {
		return name
	}
	m := re.FindStringSubmatchIndex(body)
	if m == nil {
		return name
	}
	for k := 1; k < len(ws); k++ {
		gapStart, gapEnd := m[2*k], m[2*k+1]
		if !strings.Contains(body[gapStart:gapEnd], "\n") {
			continue
		}
		line := strings.TrimSpace(body[strings.LastIndexByte(body[:gapStart], '\n')+1 : gapStart])
		head, rest := strings.TrimRight(strings.Join(ws[:k], " "), ","), strings.Join(ws[k:], " ")
		// A long line wraps prose; a blank line ends a paragraph however
		// long its last line.
		paragraph := strings.Count(body[gapStart:gapEnd], "\n") >= 2
		if utf8.RuneCountInString(line) >= 60 && !paragraph || strings.HasSuffix(body[gapStart:gapEnd], ",") || strings.HasPrefix(body[gapStart:gapEnd], ",") ||
			connectors[ws[k-1]] || connectors[ws[k]] || goesOnName(rest) || k < 2 {
			return name
		}
		return head
	}
	return name
}

// goesOnName reports words that continue a name on its next line: a
// place, a court's part or number, an office.
func goesOnName(rest string) bool {
	if agencyWords.MatchString(rest) || strings.ContainsAny(rest, "0123456789") {
		return true
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,;:()")
		if placeEnd[w] || usStates[w] || courtPart[w] || ordinalWord.MatchString(w) || w == "State" || w == "Commonwealth" || w == "City" {
			return true
		}
	}
	return false
}

// ordinalWord is an ordinal spelled out, as courts' districts and circuits
// are numbered ("Fifth Judicial Circuit", "Twenty-Third").
var ordinalWord = lazyRegexp(`(?i)^(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)$`)

// quoteMarker is the quotation marks opening a quoted line.
var quoteMarker = lazyRegexp(`(?m)^[ \t]*(?:>[ \t]?)+`)

// placedGrandJury returns the first grand jury body names with its state
// or county ("South Carolina State Grand Jury", "Example County Grand
// Jury", "Oklahoma Multicounty Grand Jury") as a caption's line of its
// own or as the subpoena's issuer, not in a story ("indicted by the
// Example County Grand Jury in 2025"; review), or "".
func placedGrandJury(body string) string {
	for _, m := range placedJury.FindAllStringSubmatch(body, -1) {
		place := strings.Fields(m[1])
		// The longest place first: "West Virginia", not "Virginia".
		for n := len(place); n >= 1; n-- {
			head := strings.Join(place[len(place)-n:], " ")
			if connectors[strings.ToLower(place[len(place)-n])] || place[len(place)-n] == "The" {
				continue
			}
			if usStates[head] || strings.HasSuffix(head, " County") && n >= 2 {
				return head + " " + m[2]
			}
		}
	}
	return ""
}

// placedJury is up to three capitalised words before a grand jury's
// kind: a state's, a multicounty or a county grand jury.
var placedJury = lazyRegexp(`(?m)(?:^[ \t]*(?:The |THE )?|\bthe )((?:[A-Z][a-z]+ ){1,3}?)((?:State |Statewide |Multicounty |Multi-County )?Grand Jury)(?:[ \t]*\.?[ \t]*$|\s+(?:has\s+)?issued\b|\s+[Ss]ubpoena\b)`)

// courtsSubpoena reports a subpoena the letter names by one of the
// courts it names: "a Example County Superior Court subpoena".
func courtsSubpoena(flat string, courts []string) bool {
	low := strings.ToLower(flat)
	for _, c := range courts {
		name := strings.ToLower(c) + " subpoena"
		for at := 0; ; {
			i := strings.Index(low[at:], name)
			if i < 0 {
				break
			}
			// Only as the subpoena served now ("Attached is a … Court
			// subpoena"), not one recalled or compared ("You may recall a
			// … Court subpoena", "Unlike a … Court subpoena"; review).
			if servedNow.MatchString(low[max(0, at+i-40) : at+i]) {
				return true
			}
			at += i + len(name)
		}
	}
	return false
}

// servedNow ends the words that serve the subpoena named next: "attached
// is a", "please find the", "enclosed is our", "here is the".
var servedNow = lazyRegexp(`(?:attached (?:is|are|please find)|enclosed (?:is|are|please find)|please find(?: attached| enclosed)?|here is|we (?:are )?(?:serv(?:e|ing)|attach(?:ing)?|enclos(?:e|ing)|send(?:ing)?)(?: you)?(?: with)?|this is)\s+(?:an?|the|our|this)\s+$`)

// issuingBody finds the body that issued the legal process.
func issuingBody(doc *document, r *Result, agency Agency) *string {
	if len(r.Process) == 1 && (r.Process[0] == "none" || r.Process[0] == "data_subject_request") {
		return nil
	}
	// Captions and letterheads are often in capitals ("UNITED STATES
	// DISTRICT COURT FOR THE EASTERN DISTRICT OF VIRGINIA"): read them as
	// the name is written in prose.
	// A forwarded or quoted letter's markers ("> ") are no words: a
	// court's name wraps across quoted lines ("… for the\n> Middle
	// District of Florida").
	// A forwarded message's header lines ("From: \"Superior Court Clerk -
	// Dept. C5\" <…>") name senders, not the court of the process.
	body := titleCaseRuns(senderLine.ReplaceAllString(quoteMarker.ReplaceAllString(doc.body, ""), ""))
	flat := strings.Join(strings.Fields(body), " ")
	// Court process is issued by a court: an agency "requesting" it, or
	// named near it, is not its issuer.
	courtOnly := !slices.ContainsFunc(r.Process, func(k string) bool {
		return k != "court_order" && k != "search_warrant" && k != "nondisclosure_order" && k != "mlat"
	})
	// The addressee's lines ("To: Provider, Legal Department") name no
	// issuer, and folded into the next line they would join its name.
	sent := addresseeLine.ReplaceAllString(body, "")
	// Abroad, a court or prosecutor named in its own language before the
	// English a letter gives it ("Retten i X" over "District Court of X").
	if r.Country != nil && *r.Country != "US" && !slices.Contains(r.Process, "mlat") {
		// As written where the letter writes it in mixed case, else as
		// its capitals read.
		for _, f := range []string{doc.flat, flat} {
			if m := ownCourt(f); m != "" && slices.ContainsFunc(r.Process, func(k string) bool { return k == "court_order" || k == "search_warrant" }) {
				r.evidence("authority", "court named in its own language", "text", m)
				return strp(m)
			}
			if m := foreignAgency.FindString(f); m != "" && slices.Contains(r.Process, "subpoena") {
				r.evidence("authority", "prosecutor issuing the process", "text", m)
				return strp(m)
			}
		}
	}
	marked := markBreaks(body)
	cs := courts(marked)
	// "The Court has issued …" names the court the letter names
	// elsewhere ("Example County Court of Common Pleas"), or none
	// (session 33).
	if name := issuer(sent, markBreaks(sent)); name != "" && (!courtOnly || courtName.MatchString(name)) && !deputyTitle.MatchString(name) && !issuerTitle.MatchString(name) && !(name == "Court" && len(cs) == 0) {
		if name == "Court" {
			name = cs[0]
		}
		name = federalDistrict(trimSubunit(specific(fuller(name, cs), flat)), flat)
		r.evidence("authority", "named as issuer", "text", name)
		return strp(name)
	}
	// A subpoena whose caption names a court ("IN THE CIRCUIT COURT OF …",
	// a heading line) is the court's, like a grand-jury subpoena.
	// So is one a clerk signs ("/s/ Deputy Clerk"): a clerk issues in a
	// court's name, which the letter must give.
	// So is one a judge signed ("Judge Roe of the Example County Circuit
	// Court signed a subpoena"): the court named beside the judge issued it.
	// So is one the letter calls by its court's name ("Attached is a
	// Example County Superior Court subpoena duces tecum", session 33).
	captioned := slices.Contains(r.Process, "subpoena") && (courtCaption.MatchString(body) || clerkSigned.MatchString(body) || judgeSigned.MatchString(flat) || courtsSubpoena(flat, cs))
	// A grand jury's subpoena is the court's; a grand jury named beside
	// other process ("a grand jury subpoena will follow" a preservation
	// letter) is not the issuer of that process.
	// A preservation or an emergency beside a treaty request is the
	// agency's own letter: a court it names (the one that will, or did,
	// hear the case abroad) issued nothing in it.
	courtish := !agencyBesideTreaty(r.Process) && (captioned || grandJury.MatchString(flat) && slices.Contains(r.Process, "subpoena") || slices.ContainsFunc(r.Process, func(k string) bool {
		return k == "court_order" || k == "search_warrant" || k == "civil_subpoena" || k == "mlat"
	}))
	doc = &document{subject: doc.subject, body: body, text: doc.subject + "\n\n" + body, flat: flat}
	// A foreign court by its own name, before the English one a letter
	// adds in brackets ("Oslo tingrett (Oslo District Court)"); under an
	// MLAT the US court executing the request is the issuer.
	if courtish && r.Country != nil && *r.Country != "US" && !slices.Contains(r.Process, "mlat") {
		if m := ownCourt(doc.flat); m != "" {
			r.evidence("authority", "court named in its own language", "text", m)
			return strp(m)
		}
	}
	if len(cs) > 0 && courtish {
		cs[0] = federalDistrict(specific(fuller(cs[0], cs), doc.flat), doc.flat)
		r.evidence("authority", "court named with court process", "text", cs[0])
		return strp(cs[0])
	}
	// A state's or a county's grand jury named with no court
	// ("SOUTH CAROLINA STATE GRAND JURY" over its subpoena, session 33):
	// the grand jury issued it.
	if len(cs) == 0 && courtish && slices.Contains(r.Process, "subpoena") {
		if gj := placedGrandJury(body); gj != "" {
			r.evidence("authority", "grand jury named with its state or county", "text", gj)
			return strp(gj)
		}
	}
	// A federal process "from the District of Arizona": the court of that
	// federal district, named by the district alone.
	if m := federalFrom.FindStringSubmatch(doc.flat); len(cs) == 0 && courtish && m != nil {
		name := "United States District Court for the " + m[1] + "District of " + m[2]
		r.evidence("authority", "federal district named with court process", "text", m[0])
		return strp(name)
	}
	// A court named only in the subject, over a "see attached" whose
	// attachment could not be read ("Eighth Judicial District Court Grand
	// Jury Subpoena GJ26-0001").
	if subjectCourts := courts(strings.Join(strings.Fields(doc.subject), " ")); len(cs) == 0 && len(subjectCourts) > 0 && (courtish || grandJury.MatchString(doc.subject) && slices.Contains(r.Process, "subpoena")) {
		r.evidence("authority", "court named in the subject", "subject", subjectCourts[0])
		return strp(subjectCourts[0])
	}
	if courtish && r.Country != nil && *r.Country != "US" {
		// A French réquisition or a German Ersuchen of the prosecutor.
		if m := foreignAgency.FindString(doc.flat); m != "" {
			r.evidence("authority", "prosecutor issuing the process", "text", m)
			return strp(m)
		}
	}
	// A preservation or emergency request beside a treaty request already
	// sent is the agency's own letter: it names its issuer below. Other
	// court process with no court named has none.
	if courtish && !agencyBesideTreaty(r.Process) {
		return nil
	}
	if m := foreignAgency.FindString(doc.flat); m != "" {
		r.evidence("authority", "prosecutor issuing the process", "text", m)
		return strp(m)
	}
	// The agency in the letterhead or signature: of a stack of names
	// ("U.S. Department of Homeland Security / Homeland Security
	// Investigations / Cyber Crimes Unit") the most specific that is still
	// an agency, not its parent department nor one of its units.
	var cands []string
	bodyLines := strings.Split(strings.ReplaceAll(doc.body, " | ", "\n"), "\n")
	for li, l := range bodyLines {
		// A prose line wrapped inside a name ("… with the Oklahoma State" /
		// "Bureau of Investigation, …") starts no name of its own.
		if li > 0 && (wrappedInName(bodyLines[li-1]) || sentenceTail(bodyLines[li-1], l)) {
			continue
		}
		l = formAgency.ReplaceAllString(agencyLabel.ReplaceAllString(rankComma.ReplaceAllString(strings.TrimSpace(l), ""), ""), "$1")
		if addressLine.MatchString(l) || rankOnly.MatchString(l) {
			continue // "Deputy U.S. Marshal": a title, not the agency
		}
		if m := nameLine.FindStringSubmatch(l); m != nil && !notName.MatchString(m[1]) {
			continue // "Deputy U.S. Marshal Jane Roe": a person, titled
		}
		// A prose line that wraps a name ("Office of the Special Inspector
		// General for the Troubled Asset Relief" / "Program (…)") is read
		// with the line it goes on to.
		if li+1 < len(bodyLines) && wrapsName(l, bodyLines[li+1]) {
			l += " " + strings.TrimSpace(bodyLines[li+1])
		}
		// "Soy la Agregada de la Fiscalía …", "I am a detective with …":
		// the writer's introduction, read as a sentence below.
		if firstPerson.MatchString(l) {
			continue
		}
		// A signature told in one sentence: "This is Special Agent Jane
		// Roe, U.S. Secret Service, Protective Intelligence."
		segs := []string{l}
		if i := strings.Index(l, ", "); i > 0 && rankedName.MatchString(l[:i]) && !agencyWords.MatchString(joinName(phrase(words(l)))) {
			segs = append(segs, strings.Split(l[i+2:], ", ")...)
		}
		for _, seg := range segs {
			name := joinName(phrase(words(seg)))
			// "Inspector General Act": a statute's title, not its agency.
			if strings.HasSuffix(name, " Act") {
				continue
			}
			if len(strings.Fields(name)) >= 2 && agencyWords.MatchString(name) && !courtWord.MatchString(name) && !ourTeam.MatchString(name) && !articleOnly(name) && !placelessAgency.MatchString(name) && !deictic[strings.Fields(name)[0]] && !personTitle.MatchString(name) && !titleOrPerson(name) && !deputyTitle.MatchString(name) && !classificationBanner.MatchString(seg) {
				// A letterhead's agency over its inspector general's office
				// ("U.S. GENERAL SERVICES ADMINISTRATION" / "OFFICE OF
				// INSPECTOR GENERAL - …"): the office issues.
				if li+1 < len(bodyLines) && seg == l && !strings.Contains(name, "Inspector General") && inspectorGeneralNext(words(strings.TrimSpace(bodyLines[li+1]))) {
					name += ", Office of Inspector General"
				}
				if c := trimSubunit(withoutTitle(name)); !titleOrPerson(c) {
					cands = append(cands, c)
				}
				break
			}
		}
	}
	pick, noPower := "", ""
	for _, c := range cands {
		// "U.S." is an abbreviation, not an office's initials.
		if unitName(c) || hasAcronym(strings.ReplaceAll(c, "U.S. ", "")) && agency.Name != "" {
			continue // a unit, or "DEA Washington Division": the agency is known
		}
		// A sheriff's cover letter over the prosecutor's subpoena: the
		// sheriff's name, signed first, issued nothing; a name after it
		// may have.
		if noSubpoenaPower(r, c) {
			if noPower == "" {
				noPower = c
			}
			continue
		}
		if parentDepartment.MatchString(c) {
			if pick == "" {
				pick = c // a parent, unless something more specific follows
			}
			continue
		}
		if pick == "" || parentDepartment.MatchString(pick) {
			pick = c
			break
		}
	}
	// A short form in prose ("Boston Police incident # …") over the
	// signature's full name ("Boston Police Department"): the full name.
	for _, c := range cands {
		if pick != "" && strings.HasPrefix(c, pick+" ") && len(strings.Fields(c)) == len(strings.Fields(pick))+1 && agencyEnd.MatchString(c) {
			pick = c
			break
		}
	}
	if pick == "" && noPower != "" {
		r.evidence("authority", "a local police or sheriff's office issues no subpoena; none named", "text", noPower)
		return nil
	}
	if pick != "" && !(parentDepartment.MatchString(pick) && agency.Name != "") {
		if full := inspectorGeneralOf(pick, marked); full != pick {
			r.evidence("authority", "inspector general's office named with its agency", "text", full)
			return strp(full)
		}
		if noSubpoenaPower(r, pick) {
			r.evidence("authority", "a local police or sheriff's office issues no subpoena; none named", "text", pick)
			return nil
		}
		r.evidence("authority", "agency in the letterhead or signature", "text", pick)
		return strp(pick)
	}
	// A national police's name that the letter never writes ("Politiet"
	// of politiet.no) gives way to the unit it signs with ("Kripos",
	// "Oslo politidistrikt"): a unit of the sender's own country, in the
	// lines the writer signs with, not a partner agency the letter names
	// ("working this case jointly with Kripos").
	if agency.Name != "" && unitCountries[agency.Country] && !writesName(doc.flat, agency.Name) {
		if m := foreignPoliceUnit.FindAllString(strings.Join(shortLines(signatureBlock(doc.body)), "\n"), -1); m != nil {
			unit := strings.Join(strings.Fields(strings.TrimRight(clauseCut.ReplaceAllString(m[len(m)-1], ""), " -")), " ")
			r.evidence("authority", "police unit the letter signs with", "text", unit)
			return strp(unit)
		}
	}
	if agency.Name != "" {
		if noSubpoenaPower(r, agency.Name) {
			r.evidence("authority", "a local police or sheriff's office issues no subpoena; none named", "rules", agency.Name)
			return nil
		}
		r.evidence("authority", "agency of the sender's domain", "rules", agency.Name)
		return strp(agency.Name)
	}
	if name := namedAgency(doc); name != "" && !noSubpoenaPower(r, name) {
		r.evidence("authority", "agency the writer names as their own", "text", name)
		return strp(name)
	}
	return nil
}

// bracketInitials is an agency's initials, as it writes them in brackets
// after its name: "(HSI)", "(FBI)".
var bracketInitials = lazyRegexp(`^[A-Z][A-Z0-9&-]{1,9}$`)

// tidyName drops what a sentence or a caption leaves around a body's
// name: a leading article in the body's own language ("La Policía
// Nacional", "De Nationale Politie"; not a place's "Los Angeles" or "El
// Paso"), a preposition of the sentence ("Regarding the …"), a judge
// before the court ("Judge of County Court at Law No. 2"), what follows a
// federal district's state or a caption's case label or parties, and
// the sentence's full stop ("… Judicial District of Hartford.").
func tidyName(name string) string {
	if m := nameArticle.FindStringSubmatchIndex(name); m != nil {
		name = name[max(m[3], m[5]):]
	}
	name = strings.TrimPrefix(name, "Judge of ")
	// A federal court's name ends with its district's state: a caption's
	// party after it ("… District of California Example Footwear Co")
	// is no part of it.
	if m := federalState.FindStringIndex(name); m != nil && m[1] < len(name) {
		name = name[:m[1]]
	}
	// A caption's or a form's word after the name ("… Harris County,
	// Texas Cause/GJ", "… County of Riverside in People", "AFOSI Case
	// File 26-…").
	if m := nameTrailer.FindStringIndex(name); m != nil && m[0] > 0 {
		name = strings.TrimRight(name[:m[0]], " ,")
	}
	if w := strings.Fields(name); len(w) >= 3 && strings.HasSuffix(name, ".") {
		last := strings.TrimSuffix(w[len(w)-1], ".")
		// Not an abbreviation ("Inc.", "Dept.", "D.C.", "U.S.").
		if utf8.RuneCountInString(last) > 4 && !strings.Contains(last, ".") && strings.ToUpper(last) != last {
			name = strings.TrimSuffix(name, ".")
		}
	}
	return name
}

// federalState is a federal district court's name up to its state.
var federalState = lazyRegexp(`^(?:United States|U\.S\.) District Court,? (?:for the )?(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of (?:` + usStateNames + `)\b`)

// nameTrailer opens what a caption or a form writes after a body's name:
// a case's label ("Case", "Cause", "File", "Docket") or a caption's
// parties ("in People", "In re"); what the name is "for" in prose: an
// agency's initials or a case's word ("… Prosecutor's Office for XSP
// case 26-1", "… District Court for Incident No. 26-1"; session 33).
var nameTrailer = lazyRegexp(`\s+(?:(?:Case|Cause|File|Docket)\b(?:\s*(?:No\.?|Number|#|/|File)|\s*$)|in (?:People|re|the Matter)\b|In re\b|for (?:[A-Z]{2,6}$|(?:Incident|Case|Report|Cause|File|Docket|Complaint)\b))`)

// nameArticle is an article or a sentence's preposition before a body
// whose first word names what it is (general knowledge of the words of
// police, prosecutors and courts in Spanish, Catalan, Italian, French,
// Portuguese, Dutch and German).
var nameArticle = lazyRegexp(`^(?:((?:Regarding|Concerning)\s+(?:the\s+)?)[A-Z]|((?:La|El|Los|Las|Le|Les|Il|Lo|De|Het|Die|Der|Das|A|O)\s+)(?:Polic[íi]a|Pol[íi]cia|Polizia|Police|Politie|Polizei|Fiscal[íi]a|Procura|Procuradur[íi]a|Procuradoria|Nationale|Unitat|Unidad|Guardia|Gendarmerie|Brigade|Direction|Direcci[óo]n|Dire[çc][ãa]o|Tribunal|Tribunale|Juzgado|Parquet|Minist[èe]re|Ministerio|Minist[ée]rio|Staatsanwaltschaft|S[ûu]ret[ée]|Carabinieri|Questura|Cour|Corte|Audiencia|Comisar[íi]a|Jefatura|Openbaar|Landeskriminalamt|Bundeskriminalamt)(?:$|[^\p{L}]))`)

// writesName reports whether text writes name as words of their own, in
// any case ("Politiet" is not written in "Rigspolitiet").
func writesName(text, name string) bool {
	re, err := regexp.Compile(`(?i)(?:^|[^\p{L}])` + regexp.QuoteMeta(name) + `(?:$|[^\p{L}])`)
	return err == nil && re.MatchString(text)
}

// unitCountries are the countries whose police units foreignPoliceUnit
// names.
var unitCountries = map[string]bool{"NO": true, "DK": true, "FI": true, "HU": true, "PL": true, "ID": true, "FR": true}

// clauseCut opens the rest of a sentence after a name that runs on
// ("… aux personnes qui mène l'enquête").
var clauseCut = lazyRegexp(`\s+(?:qui|que|dont|a|est|sont|dans|sur)\s.*$`)

// foreignPoliceUnit is the name of a national police's agency or
// district as its own letters write it (general knowledge of the police
// organisation of Norway, Denmark, Finland, Hungary, Poland, Indonesia
// and France): Kripos and Økokrim, a Norwegian police district; the
// Danish National Police and a district ("Fyns Politi"); the Finnish
// National Bureau of Investigation and a police department ("Helsingin
// poliisilaitos"); Hungary's National Bureau of Investigation and a
// county headquarters; Poland's Central Cybercrime Bureau, Central
// Investigation Bureau and police headquarters; Indonesia's criminal
// investigation agency; France's central offices and the gendarmerie's
// and the police's investigation units.
var foreignPoliceUnit = lazyRegexp(`\b(?:Kripos|Økokrim|[A-ZÆØÅ][\p{L}-]+ politidistrikt|Rigspolitiet|[A-ZÆØÅ][\p{L}-]+s Politi|Keskusrikospoliisi|Suojelupoliisi|[A-ZÄÖ][\p{L}-]+n poliisilaitos|Nemzeti Nyomozó Iroda|[A-ZÁÉÍÓÖŐÚÜŰ][\p{L}-]+ (?:Vármegyei |Megyei )?Rendőr-főkapitányság|Centralne Biuro (?:Zwalczania Cyberprzestępczości|Śledcze Policji)|Komenda (?:Główna|Stołeczna|Wojewódzka|Miejska|Powiatowa|Rejonowa) Policji(?: we? [A-ZŁŚŻŹĆ][\p{L}]+)?|(?:Direktorat Tindak Pidana Siber\s+)?Bareskrim Polri|Office (?:anti-cybercriminalité|mineurs|central (?:pour|de) [\p{L}' -]+)|Brigade de protection des mineurs(?: de Paris)?|(?:Brigade|Section) de recherches d[e'] ?[A-Z][\p{L}-]+)`)

// officerTitle is a person's title (general knowledge of police ranks).
var officerTitle = map[string]bool{"Agent": true, "Inspector": true, "Officer": true, "Investigator": true, "Detective": true,
	"Sergeant": true, "Trooper": true, "Analyst": true, "Specialist": true, "Deputy": true, "Lieutenant": true, "Captain": true, "Corporal": true,
	"Marshal": true}

// deputyTitle is a deputy's or an assistant's title to an office's head
// ("Deputy Inspector General for Investigations", "Assistant Director"): a
// person who signs for the office, not the office.
// issuerTitle is an officer's title written as an issuer ("Issued by:
// Group Supervisor, Atlanta Field Division"): the person who signs for the
// agency, which the letter names elsewhere (general knowledge of US
// federal agencies' titles).
var issuerTitle = lazyRegexp(`^(?:(?:Group|Acting|Senior|Supervisory|Assistant|Deputy|Associate|Chief|Unit|Squad|Resident)\s+)*(?:Supervisor|Special Agent(?: in Charge)?|Agent|Investigator|Officer|Detective|Sergeant|Lieutenant|Captain|Commander|Task Force Officer|Diversion Investigator|(?:Diversion )?Program Manager)\b`)

var deputyTitle = lazyRegexp(`^(?:(?:Principal|Acting|Senior|Chief)\s+)?(?:Deputy|Assistant|Associate)\s+(?:Inspector General|Attorney General|Director|Commissioner|Administrator|Chief|Special Agent in Charge)\b`)

// classificationBanner is a document's handling marking
// ("UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE", "FOR OFFICIAL USE ONLY"),
// not a body's name.
var classificationBanner = lazyRegexp(`(?i)\b(?:UNCLASSIFIED|FOR OFFICIAL USE ONLY|FOUO|CONTROLLED UNCLASSIFIED|SENSITIVE BUT UNCLASSIFIED)\b|//`)

// officeOf opens the name of an office, bureau or division.
var officeOf = lazyRegexp(`^(?:The\s+)?(?:Office|Bureau|Department|Division|Unit|Section)\s+of\b`)

// leadingRank is a rank at the start of a line, before a person's name.
var leadingRank = lazyRegexp(`^(?:` + ranks + `)\s+(.+)$`)

// titleOrPerson reports a signature's line that names a person or their
// title, not an agency: "Border Patrol Agent", "Police Inspector",
// "Investigator Jane Roe".
func titleOrPerson(name string) bool {
	ws := strings.Fields(name)
	// "Office of the Chief Postal Inspector": an office named for its head.
	if officeOf.MatchString(name) {
		return false
	}
	if officerTitle[ws[len(ws)-1]] {
		return true
	}
	m := leadingRank.FindStringSubmatch(name)
	return m != nil && !agencyWords.MatchString(m[1]) && nameLine.MatchString(m[1])
}

// noSubpoenaPower reports a subpoena alone (no letter of the agency's own
// beside it, such as a preservation or an emergency request) whose only
// candidate issuer is a US city's police department or a county's
// sheriff's office: they have no power to issue one (general knowledge:
// subpoenas are issued by courts, clerks, grand juries, prosecutors and
// agencies a statute empowers), so one they send with no issuer named
// has none.
func noSubpoenaPower(r *Result, name string) bool {
	if r.Country != nil && *r.Country != "US" || !slices.Contains(r.Process, "subpoena") {
		return false
	}
	for _, k := range r.Process {
		if k != "subpoena" && k != "nondisclosure_order" {
			return false
		}
	}
	return localPolice.MatchString(name) && !statePolice.MatchString(name)
}

// localPolice is a city's police or a county's sheriff by its name;
// statePolice a state's or the nation's force, some of which may issue
// administrative subpoenas.
var (
	localPolice = lazyRegexp(`(?i)(?:\bpolice(?: department| dept\.?| service)?|\bPD|\bsheriff(?:'?s)?(?: office| department)?|\bconstable(?:'?s)?(?: office)?)$`)
	statePolice = lazyRegexp(`(?i)\b(?:state|highway|capitol|park|transit|university|campus|federal|national|U\.S\.|United States)\b`)
)

// personTitle is a prosecutor's or an investigator's title on its own
// line of a signature ("Senior Deputy Prosecuting Attorney"), not the
// office they serve.
var personTitle = lazyRegexp(`^(?:(?:Senior|Chief|Assistant|Deputy|Special|Principal|Supervising|Managing|Trial)\s+)+(?:[A-Z][a-z]+\s+){0,2}(?:Attorney|Prosecutor|Counsel|Investigator|Agent)$` +
	// A police rank "of Police" (India's, Pakistan's and others'
	// "Inspector of Police", "Deputy Superintendent of Police"), a
	// person, not the force (session 31).
	`|^(?:(?:Sub|Assistant|Deputy|Additional|Senior|Joint|Special)[- ]\s*)?(?:Inspector|Superintendent|Sub-Inspector|Commissioner|Director General|Inspector General)\s+of\s+Police$`)

// firstPerson opens a writer's sentence about themself, in English and
// the languages of the foreign letters we read.
var firstPerson = lazyRegexp(`^(?:Soy|Somos|I am|I'm|We are|Je suis|Nous sommes|Sono|Siamo|Sou|Ich bin|Wir sind|Ik ben|Wij zijn)\b`)

// titledAgency is a person's title before the agency it serves, joined by
// a Romance language's "of": "Agregada de la Fiscalía General de la
// República", "Ufficiale della Polizia di Stato".
var titledAgency = lazyRegexp(`^([\p{Lu}][\p{L}]+) (?:de la|de l'|del|de|della|dello|di|du|des|da|do) (.+)$`)

var agencyNameStart = lazyRegexp(`^` + agencyNameExpr)

// withoutTitle drops such a title: the agency issues, not its officer.
func withoutTitle(name string) string {
	if m := titledAgency.FindStringSubmatch(name); m != nil && !agencyWords.MatchString(m[1]) && agencyNameStart.MatchString(m[2]) {
		return m[2]
	}
	return name
}

// clerkSigned is a signature line of a court's clerk.
// judgeSigned tells a subpoena a judge signed or issued, in either order
// (not "Justice", which names departments and ministries too):
// "Judge Roe of the … Court signed a subpoena", "a subpoena signed by the
// Honorable Jo Roe, Circuit Judge".
var judgeSigned = lazyRegexp(`(?i)\b(?:judge|magistrate)\b(?:[^.;]|\.\w|\b[A-Z]\.){0,80}?\b(?:signed|issued|approved)\s+(?:(?:a|an|the|this|our|my)\s+)?(?:[\w-]+\s+){0,2}?subpoenas?\b|\bsubpoenas?\b(?:[^.;]|\.\w){0,60}?\b(?:signed|issued)\s+by\s+(?:the\s+)?(?:Hon(?:orable|\.)?\s+)?(?:[\w.-]+\s+){0,3}?(?:judge|magistrate)\b`)

var clerkSigned = lazyRegexp(`(?mi)^[ \t]*(?:/s/[ \t]*)?(?:deputy |assistant |chief )?clerk(?: of (?:the )?(?:\w+ )?court)?[ \t]*$`)

// agencyBesideTreaty reports a preservation or emergency request whose
// only court process is a treaty request (sent, or to be).
func agencyBesideTreaty(process []string) bool {
	own := false
	for _, k := range process {
		switch k {
		case "preservation", "emergency":
			own = true
		case "mlat":
		default:
			return false
		}
	}
	return own
}

// namedAgency is the agency a letter with no letterhead names as its
// writer's: a signature line in the force's own language ("Gendarmerie
// nationale - BR Quimper", "District 5, Calgary Police Service",
// "Polismyndigheten, Nationella operativa avdelningen") or a sentence ("I'm
// a Special Agent with Homeland Security Investigations", "on behalf of
// the Texas Department of Public Safety"). It is the last resort of an
// agency's own request, sent without process a court issued.
func namedAgency(doc *document) string {
	best, short := "", ""
	lines := strings.Split(doc.body, "\n")
	for li, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), ">") || li > 0 && wrappedInName(lines[li-1]) {
			continue // a quoted message, or a name begun on the line before
		}
		for _, seg := range signatureSeparator.Split(strings.TrimSpace(l), -1) {
			seg = strings.TrimSpace(strings.TrimRight(trailingBracket.ReplaceAllString(seg, ""), " .,;"))
			if len(seg) > 60 || strings.HasSuffix(strings.TrimSpace(l), ".") || addressLine.MatchString(seg) || ourTeam.MatchString(seg) || courtWord.MatchString(seg) {
				continue
			}
			loc := agencyName.FindStringIndex(seg)
			if loc == nil || len(strings.Fields(seg)) > 8 || unitName(seg) || titleOrPerson(seg) {
				continue
			}
			// "Example PD" is the short form of a name the letter may
			// spell out elsewhere ("a detective with the Example Police
			// Department"): taken only when nothing fuller is found.
			if strings.HasSuffix(strings.TrimRight(seg[:loc[1]], " -–|"), "PD") {
				if short == "" {
					short = seg
				}
				continue
			}
			// The force's name opens the segment, after at most two
			// capitalised words of its place ("Bayerisches
			// Landeskriminalamt"): not "Agente del Ministerio Público".
			// An article opens a sentence, not a signature ("A Nemzeti
			// Nyomozó Iroda … – mint a …").
			before := strings.Fields(seg[:loc[0]])
			if len(before) > 0 && sentenceArticle[before[0]] {
				continue
			}
			// Of several, the fullest: "Police cantonale de Vaud" over its
			// branch "Police judiciaire".
			if len(before) <= 2 && !slices.ContainsFunc(before, func(w string) bool { return !capitalised(w) }) && len(strings.Fields(seg)) > len(strings.Fields(best)) {
				best = seg
			}
		}
	}
	if best != "" {
		return best
	}
	for _, m := range writerOf.FindAllStringSubmatchIndex(doc.flat, -1) {
		name := joinName(phrase(words(doc.flat[m[1]:])))
		// After a bare "with" only a police or prosecutor's name will do
		// ("Deputy Jo Roe with the U.S. Marshals Service"), not any
		// office ("with the Department of Parks").
		known := agencyName.MatchString(name) || m[2] < 0 && agencyWords.MatchString(name)
		if len(strings.Fields(name)) >= 2 && known && !courtWord.MatchString(name) && !ourTeam.MatchString(name) && !unitName(name) && !titleOrPerson(name) {
			return name
		}
	}
	return short
}

// sentenceArticle opens a sentence in the languages of the letters we
// read (Hungarian, English, Spanish, French, Italian, Portuguese); not
// German's or Dutch's, whose agencies sign with one ("Die
// Kriminalpolizei …").
var sentenceArticle = map[string]bool{"A": true, "Az": true, "The": true, "El": true, "La": true, "Los": true, "Las": true, "Le": true, "Les": true,
	"Il": true, "Lo": true, "O": true, "Os": true, "As": true}

var (
	// signatureSeparator splits a signature line into its parts.
	signatureSeparator = lazyRegexp(`,\s+|\s+[-–—|/]\s+`)
	trailingBracket    = lazyRegexp(`\s*\([^)]*\)\s*$`)
	// writerOf introduces the writer's own agency in a sentence.
	// Group 1 is a bare "with", which needs a police name after it.
	writerOf = lazyRegexp(`(?i)\b(?:(?:I am|I'm|we are|we're|writing|officer|agent|detective|investigator|constable|deputy|trooper|analyst)\s+(?:\w+\s+){0,3}?(?:with|of|from|at)|on behalf of|employed by|member of|(with))\s+(?:the\s+)?`)
)

var grandJury = lazyRegexp(`(?i)grand jury`)

// courtName is a word that names a court or a judge, in the languages of
// the requests we read.
var courtName = lazyRegexp(`\b(?:Court|Judge|Magistrate|Tribunal|Judiciary|Justice of the Peace|Grand Jury)|Gericht|Juzgado|Tribunale|Rechtbank|\bCour\b|Juízo|\bVara\b|\bSąd\b`)

// courtCaption is a line that names a court as a document's caption: "IN
// THE CIRCUIT COURT OF …", "United States District Court", "Superior
// Court of California, County of San Diego" alone on its line.
// Virginia's captions open with the state: "VIRGINIA: IN THE CIRCUIT
// COURT OF …".
var courtCaption = lazyRegexp(`(?m)^[ \t]*(?:[A-Z][\w.'-]*:[ \t]+)?(?:In the |IN THE )?(?:[A-Z0-9][\w.'-]*[ \t]+){0,6}Court\b[^\n]{0,80}$`)

// subunit is a trailing part of an agency's name that names one of its
// offices, not the issuer: "Drug Enforcement Administration, New York
// Field Division".
var subunit = lazyRegexp(`,\s+[^,]*\b(?:Field|Division|Unit|Squad|Section|Task Force|Group|Resident Office|Branch)\b[^,]*$`)

func trimSubunit(name string) string {
	if courtWord.MatchString(name) || lawOfficeNamed(name) {
		return name // "Superior Court of New Jersey, Law Division"
	}
	return subunit.ReplaceAllString(name, "")
}

// lawOfficeNamed reports a name that ends with the law-enforcement office
// of its body ("Wisconsin Department of Justice, Division of Criminal
// Investigation"): that office issues, it is no unit to trim.
func lawOfficeNamed(name string) bool {
	for _, sep := range []string{", ", " - ", " – "} {
		if i := strings.LastIndex(name, sep); i > 0 && !policing.MatchString(name[:i]) && lawOffice.MatchString(name[i+len(sep):]) {
			return true
		}
	}
	return false
}

// smallWords stay lower case inside a title-cased name.
// captionPlace is a caption line that names a court's jurisdiction:
// "STATE OF OKLAHOMA", "COUNTY OF QUEENS", "MERCER COUNTY", "NINTH
// JUDICIAL CIRCUIT"; not a division of the court ("CRIMINAL DIVISION").
var captionPlace = lazyRegexp(`^(?:(?:STATE|COUNTY|COMMONWEALTH|PARISH|CITY|CITY AND COUNTY|DISTRICT) OF [A-Z][A-Z .'-]*|[A-Z][A-Z0-9 .'-]* (?:COUNTY|PARISH|JUDICIAL DISTRICT|JUDICIAL CIRCUIT|DISTRICT))$`)

var stateLine = lazyRegexp(`^(?:STATE|COMMONWEALTH) OF `)

// captionJoin starts a line that continues the name above it: "OF
// GWINNETT COUNTY", "IN AND FOR BROWARD COUNTY", "for the".
var captionJoin = lazyRegexp(`^(?i:of|for|in and for|for the|of the)\b`)

// joinCaptions joins a court's caption written over several lines
// ("IN THE DISTRICT COURT OF TULSA COUNTY" / "STATE OF OKLAHOMA",
// "UNITED STATES DISTRICT COURT" / "for the" / "District of Oregon") into
// one line, the jurisdiction after a comma, as the name is written in
// prose.
func joinCaptions(lines []string) []string {
	out := make([]string, 0, len(lines))
	caption := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if caption && t != "" && len(out) > 0 {
			prev := strings.TrimRight(out[len(out)-1], " \t")
			switch {
			case captionJoin.MatchString(t) || strings.HasSuffix(strings.ToLower(prev), " for the") || strings.HasSuffix(strings.ToLower(prev), " of"):
				out[len(out)-1] = prev + " " + t
				continue
			case strings.ToUpper(t) == t && captionPlace.MatchString(strings.TrimRight(t, ".,")) &&
				// "STATE OF GEORGIA" under a county court's name repeats
				// what the county says.
				!(stateLine.MatchString(t) && strings.Contains(strings.ToUpper(prev), "COUNTY")):
				out[len(out)-1] = prev + ", " + t
				continue
			}
		}
		caption = t != "" && courtWord.MatchString(strings.ReplaceAll(t, "COURT", "Court")) && (strings.ToUpper(t) == t || len(strings.Fields(t)) <= 6)
		out = append(out, l)
	}
	return out
}

var smallWords = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "on": true, "at": true,
	"to": true, "a": true, "an": true, "by": true, "de": true, "du": true, "des": true,
	// Spanish, Portuguese and Italian: "Policía Nacional del Perú".
	"del": true, "la": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "della": true}

// capsRun is three or more words in capitals on one line.
// Capitals of any alphabet: "PROKURATURA REJONOWA WROCŁAW-FABRYCZNA".
// It ends before a letter of no capital, so a last word's non-ASCII
// capital ("PERÚ") stays in it (RE2's \b is ASCII only).
var capsRun = lazyRegexp(`\b[A-Z][\p{Lu}'’.&-]*[\p{Lu}.](?:[ \t,]+(?:[\p{Lu}][\p{Lu}'’.&-]*[\p{Lu}.]|[0-9]+(?:ST|ND|RD|TH)|OF|FOR|IN|THE|AND|A)){2,}(?:[^\p{L}\p{N}_]|$)`)

// titleCaseRuns writes runs of capitalised words in title case
// ("SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO" → "Superior Court
// of California, County of San Diego"); short runs (acronyms) stay.
func titleCaseRuns(s string) string {
	lines := joinCaptions(strings.Split(s, "\n"))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		// A heading in capitals is a caption or a letterhead: it ends there,
		// whatever the next line says.
		if len(strings.Fields(t)) >= 2 && strings.ToUpper(t) == t && strings.ToLower(t) != t && !strings.ContainsAny(t[len(t)-1:], ".:;,") {
			lines[i] = l + "."
		}
	}
	return capsRun.ReplaceAllStringFunc(strings.Join(lines, "\n"), func(run string) string {
		// The character after the run is matched to end it; it is kept
		// as it is.
		tail := ""
		if r, n := utf8.DecodeLastRuneInString(run); n > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
			run, tail = run[:len(run)-n], run[len(run)-n:]
		}
		ws := strings.Fields(run)
		if len(ws) < 3 {
			return run + tail
		}
		var b strings.Builder
		for i, seg := range strings.SplitAfter(run, " ") {
			w := strings.TrimRight(seg, " ")
			core := strings.TrimRight(w, ",")
			lower := strings.ToLower(core)
			switch {
			case i > 0 && smallWords[lower]:
				core = lower
			case strings.Count(core, ".") >= 2 && len(core) <= 6: // U.S.
			default:
				// Each part of a hyphenated name: "Wrocław-Fabryczna".
				parts := strings.Split(lower, "-")
				for k, p := range parts {
					if r := []rune(p); len(r) > 0 {
						r[0] = unicode.ToUpper(r[0])
						parts[k] = string(r)
					}
				}
				core = strings.Join(parts, "-")
			}
			b.WriteString(core + w[len(strings.TrimRight(w, ",")):] + seg[len(w):])
		}
		return b.String() + tail
	})
}

// districtAfter is the district a federal caption names on its next line:
// "UNITED STATES DISTRICT COURT / DISTRICT OF MINNESOTA".
var districtAfter = lazyRegexp(`United States District Court\.?,?\s+(?:for\s+the\s+)?((?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)`)

// federalDistrict completes "United States District Court" from a caption
// into the name federal courts go by: "United States District Court for
// the District of Minnesota".
var districtName = lazyRegexp(`^United States District Court(?:,| for the)\s+((?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Division)?$`)

// federalFrom names a federal process's district without its court: "a
// federal search warrant from the District of Arizona".
var federalFrom = lazyRegexp(`\b[Ff]ederal\s+(?:[\w()]+\s+){0,2}?(?:warrants?|orders?|subpoenas?)\b[^.]{0,40}?\b(?:from|in|out of|issued in|issued by|of) the ((?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District of (` + usStateNames + `)\b`)

func federalDistrict(name, flat string) string {
	// "United States District Court, District of Minnesota" (a caption
	// over two lines) and "…, Alexandria Division" (a seat within the
	// district) name the court as "… for the District of …" does.
	if m := districtName.FindStringSubmatch(name); m != nil {
		return "United States District Court for the " + m[1] + "District of " + m[2]
	}
	if name != "United States District Court" {
		return name
	}
	if m := districtAfter.FindStringSubmatch(flat); m != nil {
		place := m[2]
		if first, second, ok := strings.Cut(place, " "); ok && isNameStop(second) {
			place = first // "District of Arizona Subpoena to Testify …"
		}
		return "United States District Court for the " + m[1] + "District of " + place
	}
	return name
}

// agencyLabel is a form's label before the agency's name ("Agency:
// Example County Sheriff's Office"), or the words of acting for it in
// the languages lerd reads ("On behalf of the", Dutch "Namens de",
// German "Im Auftrag der", French "Au nom de la").
var agencyLabel = lazyRegexp(`^(?i:(?:requesting |issuing |investigating )?(?:agency|department|organi[sz]ation|law enforcement agency)(?: name)?)\s*:\s*` +
	`|^(?i:on behalf of|namens|im (?:auftrag|namen) (?:der|des)|au nom d[eu]|en nombre de|em nome d[aeo]|a nome d[ei])\s+(?i:(?:the|de|het|la|le|el|del|da|do|della)\s+|l')?`)

// formAgency is a form's table cell that lost its colon in the text
// ("Agency Example Police Department"): the word "Agency", capitalised,
// before a capitalised name labels it too (no agency's name starts
// "Agency X").
var formAgency = lazyRegexp(`^(?:Requesting |Investigating )?Agency(?: [Nn]ame)?[ \t]+([A-Z])`)

// rankOnly is a signature line that is only a rank or title.
var rankOnly = lazyRegexp(`^(?:` + ranks + `)[.,]?$`)

// addressLine opens a line that names the addressee, not the sender.
var addressLine = lazyRegexp(`^(?i:to|dear|attn|attention|re|subject|from|hello|hi|cc)\b`)

// lineBreak marks, in folded text, the end of a short line: a caption's,
// a table row's or a form field's, after which a name does not go on
// ("… County, North Carolina" / "File No. 26 CR 1"). A prose line wraps a
// name in the middle ("… Housing and Urban" / "Development"), so long
// lines, and lines that end in a connector or go on with one ("of",
// "for"), are not marked.
const lineBreak = "¶"

// leaderDots joins a form's label to its value: "Court ...... X".
var leaderDots = lazyRegexp(`\S ?(?:\.{3,}|…+) ?\S`)

// markBreaks folds text to one line, marking the ends of short lines.
func markBreaks(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		b.WriteString(l)
		b.WriteByte(' ')
		// A form's field with leader dots ("Court ....... X") ends its
		// value with its line, however long.
		if l == "" || utf8.RuneCountInString(l) >= 60 && !leaderDots.MatchString(l) {
			continue
		}
		f := strings.Fields(l)
		next := ""
		for j := i + 1; j < len(lines) && next == ""; j++ {
			next = strings.TrimSpace(lines[j])
		}
		nf := strings.Fields(next)
		// Nor a label whose value is on the next line ("Case No.:", "Ref #").
		if last := f[len(f)-1]; connectors[last] || strings.HasSuffix(last, ",") || strings.HasSuffix(last, ":") || strings.HasSuffix(last, "#") || valueLabel.MatchString(last) || len(nf) > 0 && connectors[nf[0]] && nf[0] != "the" && nf[0] != "and" {
			continue
		}
		b.WriteString(lineBreak + " ")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// wrappedInName reports a long prose line that ends in a capitalised word
// with no stop after it: the name on the next line began on it.
// sentenceTail reports a line that ends the sentence a long prose line
// before it wraps onto it ("… is still being finalized with the" / "U.S.
// Attorney's Office."): a name the prose mentions, not a letterhead's or a
// signature's line; unless the prose names it as the issuer ("… by the").
func sentenceTail(prev, l string) bool {
	return strings.HasSuffix(strings.TrimSpace(l), ".") && proseGoesOn(prev) && !issuedBy.MatchString(strings.TrimSpace(prev))
}

// issuedBy ends a prose line that goes on to name the issuer: "… issued
// under the authority of the Inspector General Act, by the" / "Office of
// Inspector General, …".
var issuedBy = lazyRegexp(`(?i)\b(?:by|from)(?: the)?$`)

func wrappedInName(prev string) bool {
	prev = strings.TrimSpace(prev)
	f := strings.Fields(prev)
	if utf8.RuneCountInString(prev) < 60 || len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	// "… since Labor Day. The" / "Orleans Parish …": an article opens the
	// sentence, and the name starts on the next line.
	// "… Tobacco, Firearms and" / "Explosives, …": a name's connective
	// at the line's end goes on.
	if nameConnective[last] {
		return true
	}
	return capitalised(last) && !leftStop[last] && !strings.ContainsAny(last[len(last)-1:], ".,;:!?)")
}

// nameConnective words join the parts of a name: "Alcohol, Tobacco,
// Firearms and Explosives", "Bureau of Investigation".
var nameConnective = map[string]bool{"and": true, "of": true, "for": true, "&": true}

// wrapsName reports a long prose line that breaks a name before its head
// noun: "… for the Troubled Asset Relief" / "Program (…)", "… Housing and
// Urban" / "Development, …". A line that ends a whole name ("… State
// Bureau of Investigation" / "File No. …") goes on to something else.
func wrapsName(line, next string) bool {
	f, lf := strings.Fields(next), strings.Fields(line)
	if !wrappedInName(line) || len(f) == 0 {
		return false
	}
	head := strings.Trim(f[0], ".,;:()")
	return headNoun[head] || head == "General" && generalOffice[lf[len(lf)-1]]
}

// generalOffice words are the offices "General" completes when a line
// breaks between them ("… Office of the Inspector" / "General, …").
var generalOffice = map[string]bool{"Inspector": true, "Attorney": true, "Solicitor": true, "Auditor": true, "Procurator": true}

// headNoun words end the name of a body: what it is (general knowledge of
// the names of agencies, courts and programmes).
var headNoun = map[string]bool{"Program": true, "Programme": true, "Development": true, "System": true, "Services": true, "Service": true,
	"Affairs": true, "Administration": true, "Commission": true, "Corporation": true, "Agency": true, "Department": true, "Bureau": true,
	"Office": true, "Division": true, "Authority": true, "Board": true, "Reserve": true, "Investigation": true, "Investigations": true,
	"Police": true, "Court": true, "Judiciary": true, "Enforcement": true, "Protection": true, "Security": true, "Safety": true,
	"Justice": true, "Patrol": true, "Force": true, "Council": true, "Ministry": true, "Inspection": true, "Prosecution": true}

// nextLine returns the first line of s after its line break, trimmed.
func nextLine(s string) string {
	s = strings.TrimPrefix(s, "\n")
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// deictic words point at a body without naming it.
var deictic = map[string]bool{"This": true, "That": true, "Our": true, "My": true, "Your": true}

// courtNumber is the short number of a court or of its part ("No. 3",
// "Precinct 3"); a case's number is longer.
func courtNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && len(strings.TrimRight(w, ".,")) <= 3
}

// courtPart names a numbered part of a court (general knowledge of US
// court naming): a justice court's precinct, a court's place, division,
// department, part or branch.
var courtPart = map[string]bool{"Precinct": true, "Place": true, "Division": true, "Department": true, "Part": true, "Branch": true, "Dept.": true}

// valueLabel ends a label whose value may follow on the next line: a
// number's marker, or a file-number label standing alone.
var valueLabel = lazyRegexp(`(?i)^(?:no\.?|number|nr\.|n°|nº|case|file|docket|reference|ref\.?|aktenzeichen|az\.?|dossier|expediente|sygn\.?|nuipc|gz|cause|index)$`)

// articleOnly reports a foreign article before one agency word ("La
// Police cantonale …" read as far as its capitals go): no name.
func articleOnly(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && foreignArticle[f[0]]
}

// senderLine is a forwarded or quoted message's sender line, with its
// display name in quotes or before an address in angle brackets.
var senderLine = lazyRegexp(`(?mi)^[ \t]*(?:from|von|de|van|da|sender)[ \t]*:[^\n]*(?:"|<[^>\s]+@[^>\s]+>)[^\n]*$`)

// addresseeLine is a line naming whom a letter is sent to.
var addresseeLine = lazyRegexp(`(?mi)^[ \t]*(?:to|attn|attention|cc)[ \t]*:[^\n]*$`)

// ourTeam names the provider's own team, to which letters are addressed.
var ourTeam = lazyRegexp(`\bProvider\b|Response Team|Law Enforcement Response|Legal Process Team|Custodian of Records`)

// subunitName is a unit of an agency, not the agency.
var subunitName = lazyRegexp(`^(?:[A-Z]\w+ )?(?:Investigation|Investigative|Investigations) Services$|^(?:Major|Special|Violent|Financial|Economic|Property|General|Criminal|Juvenile|Sex|Cyber)\s+(?:Crimes|Investigations)$|^(?:(?:Major|Special|Violent|Financial|Economic|Property|General|Criminal|Juvenile|Sex|Cyber)\s+)?(?:Crimes?|Detectives?|Investigations|Investigative|Narcotics|Vice|Homicide|Robbery|Patrol|Operations|Intelligence|Enforcement) Bureau$|\b(?:Division|Unit|Squad|Section|Field Office|Regional Office|Area Office|Resident (?:Agency|Office)|Task Force|Group|Team|Desk|Detail|Post|Troop|Precinct|District Office)\b|^Office of (?:Field|Investigations|the Special Agent)` +
	// A Spanish police's headquarters or brigade within its force
	// ("Comisaría General de Policía Judicial", "Brigada de
	// Investigación Tecnológica") (session 31).
	`|^(?:Comisar[íi]a|Brigada)\b`)

// placelessAgency is an agency's kind with no place or name to it
// ("Sheriff's Office incident 26-1"): a mention, not the agency's name.
var placelessAgency = lazyRegexp(`^(?:The )?(?:Sheriff'?s'? (?:Office|Department)|Police Department|District Attorney'?s'? Office|Prosecutor'?s'? Office)$`)

// unitName reports a unit of an agency: not a state's division, nor a
// county's or city's "Police Division" or "Division of Police", which
// is its police force.
func unitName(name string) bool {
	return subunitName.MatchString(name) && !stateAgency(name) && !strings.HasSuffix(name, "Police Division") && !strings.HasSuffix(name, "Division of Police") && !armyCID.MatchString(name)
}

// armyCID is the Army's criminal investigation agency, a "Division" by
// name since 2021 (general knowledge): an agency, not a unit.
var armyCID = lazyRegexp(`^(?:U\.S\. |United States |Department of the )?Army Criminal Investigation Division$`)

// stateAgency reports whether a name opens with a US state's name: a
// state's "Law Enforcement Division" or "Division of Criminal
// Investigation" is an agency in its own right, not a unit of one.
func stateAgency(name string) bool {
	ws := strings.Fields(name)
	for n := 1; n <= 2 && n < len(ws); n++ {
		if usStates[strings.Join(ws[:n], " ")] {
			return true
		}
	}
	return false
}

// parentDepartment is a department that agencies belong to.
var parentDepartment = lazyRegexp(`^(?:U\.S\. )?Immigration and Customs Enforcement$|^(?:U\.S\. |United States )?Department of (?:Justice|Homeland Security|the Treasury|Defense|the Interior|Health and Human Services|State|Labor|Agriculture|Commerce|Education|Energy|Housing and Urban Development|Transportation|Veterans Affairs|the Army|the Navy|the Air Force)\b`)
