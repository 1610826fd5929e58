package triage_test

import (
	"slices"
	"strings"
	"testing"

	"lerd/internal/triage"
)

// TestGeneralisation reads requests written for this test, not taken from
// the corpus, in other wordings and languages.
func TestGeneralisation(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		name                         string
		raw                          string
		process                      []string
		authority, agent, country    string
		phones, identifiers          []string
		caseNumber, dateFrom, dateTo string
		class                        string // checked when set
	}{
		{
			name: "german court order",
			raw: "From: Anna Schmidt <anna.schmidt@polizei.bund.de>\n" + passed("polizei.bund.de") +
				"Subject: Ersuchen um Auskunft, Az. 112 Js 4471/26\nDate: Tue, 03 Nov 2026 09:00:00 +0100\n\n" +
				"Sehr geehrte Damen und Herren,\n\nmit Beschluss des Amtsgerichts München vom 29.10.2026 (ausstellendes Gericht:\nAmtsgericht München) bitten wir um Auskunft zu example-shop.de\nfür den Zeitraum 01.09.2026 bis 31.10.2026.\n\nRückfragen unter +49 89 2910 4471.\n\nMit freundlichen Grüßen\nAnna Schmidt\nKriminalhauptkommissarin\n",
			process: []string{"court_order"}, authority: "Amtsgericht München", agent: "Anna Schmidt", country: "DE",
			phones: []string{"+498929104471"}, identifiers: []string{"example-shop.de"}, caseNumber: "112 Js 4471/26",
			dateFrom: "2026-09-01", dateTo: "2026-10-31",
		},
		{
			name: "french requisition",
			raw: "From: Capitaine Luc Martin <luc.martin@gendarmerie.interieur.gouv.fr>\n" + passed("gendarmerie.interieur.gouv.fr") +
				"Subject: Réquisition judiciaire - procédure 2026/1187\nDate: Tue, 03 Nov 2026 09:00:00 +0100\n\n" +
				"Madame, Monsieur,\n\nDans le cadre de la procédure 2026/1187 ouverte par le parquet de Lyon, je vous adresse\nune réquisition judiciaire concernant le domaine example-boutique.fr.\n\nJe reste joignable au +33 1 58 80 12 34.\n\nCordialement,\nLuc Martin\n",
			process: []string{"subpoena"}, authority: "parquet de Lyon", agent: "Luc Martin", country: "FR",
			phones: []string{"+33158801234"}, identifiers: []string{"example-boutique.fr"}, caseNumber: "2026/1187",
		},
		{
			name: "state attorney subpoena with extension and ipv6",
			raw: "From: \"Public, John Q.\" <jqpublic@cookcountysao.gov>\n" + passed("cookcountysao.gov") +
				"Subject: Subpoena\nDate: Tue, 03 Nov 2026 09:00:00 -0600\n\n" +
				"Attached please find a grand jury subpoena issued by the Circuit Court of Cook County in\nmatter no. 26-GJ-7781 for records between 08/15/2026 and 10/15/2026 relating to\nthe account registered with suspect@example-mail.net and the address 2001:db8::7.\n\nRegards,\nSgt. Maria T. Lopez\nCook County State's Attorney's Office\nOffice: 312.555.0199 x204\nFax: 312.555.0100\n",
			process: []string{"subpoena"}, authority: "Circuit Court of Cook County", agent: "Maria T. Lopez", country: "US",
			phones: []string{"+13125550199"}, identifiers: []string{"suspect@example-mail.net", "2001:db8::7"}, caseNumber: "26-GJ-7781",
			dateFrom: "2026-08-15", dateTo: "2026-10-15",
		},
		{
			name: "preservation extension in an html-like table",
			raw: "From: \"Wendover, Adam (USMS)\" <adam.wendover@usdoj.gov>\n" + passed("usdoj.gov") +
				"Subject: Request to extend preservation - 2026-0480219\nDate: Mon, 16 Nov 2026 11:00:00 -0500\n\n" +
				"Pursuant to 18 U.S.C. 2703(f)(2), the U.S. Marshals Service requests that you extend, for an additional\n90 days, the preservation of records for the account example-fugitive-blog.net (USMS file 2026-0480219)\ncovering August 20, 2026 to November 15, 2026.\n\nDeputy U.S. Marshal Adam Wendover\nU.S. Marshals Service, Eastern District of Pennsylvania\nTel: 215.555.0177\n",
			process: []string{"preservation"}, authority: "U.S. Marshals Service", agent: "Adam Wendover", country: "US",
			phones: []string{"+12155550177"}, identifiers: []string{"example-fugitive-blog.net"}, caseNumber: "2026-0480219",
			dateFrom: "2026-08-20", dateTo: "2026-11-15",
		},
		{
			name: "grand jury subpoena from an AUSA",
			raw: "From: Jane Roe <jane.roe@usdoj.gov>\n" + passed("usdoj.gov") +
				"Subject: Grand jury subpoena 26-GJ-1142\nDate: Mon, 16 Nov 2026 11:00:00 -0500\n\n" +
				"Attached is a grand jury subpoena issued by the United States District Court for the Eastern\nDistrict of Pennsylvania for subscriber records of the e-mail address target@example-mail.org\nfrom October 1, 2026 through November 1, 2026.\n\nJane Roe\nAssistant United States Attorney\n(267) 555-0133\n",
			process: []string{"subpoena"}, authority: "United States District Court for the Eastern District of Pennsylvania", agent: "Jane Roe", country: "US",
			phones: []string{"+12675550133"}, identifiers: []string{"target@example-mail.org"}, caseNumber: "26-GJ-1142",
			dateFrom: "2026-10-01", dateTo: "2026-11-01",
		},
		{
			// A US "Metropolitan Police Department" is no London force; a
			// signature told in one sentence names the agency.
			name: "emergency from a personal account without the word",
			raw: "From: Ann Lee <ann.lee.detective@gmail.com>\n" + passed("gmail.com") +
				"Subject: need help\nDate: Mon, 16 Nov 2026 23:00:00 -0800\n\n" +
				"This is Detective Ann Lee, Example City Metropolitan Police Department, Robbery Section.\n" +
				"A man posted on example-board.example that he will shoot his neighbour and has the rifle ready.\n" +
				"The owner's e-mail and IP logs are the fastest way to locate him. Call me: (702) 555-0100.\n",
			process: []string{"emergency"}, authority: "Example City Metropolitan Police Department", agent: "Ann Lee", country: "US",
			phones: []string{"+17025550100"}, identifiers: []string{"example-board.example"}, caseNumber: "<nil>",
		},
		{
			// A street named after a Canadian province is no Canadian cue.
			name: "grand jury subpoena from a prosecutor on Ontario Street",
			raw: "From: Ann Lee <ann.lee.sa@gmail.com>\n" + passed("gmail.com") +
				"Subject: Grand jury subpoena\nDate: Mon, 16 Nov 2026 10:00:00 -0500\n\n" +
				"Attached is a grand jury subpoena issued by the Court of Common Pleas of Example County, Ohio, for\nthe records of example-lake.example from 10/01/2026 to 11/01/2026.\n\nAnn Lee\nSpecial Agent\n1200 Ontario Street, Cleveland, OH 44113\n(216) 555-0100\n",
			process: []string{"subpoena"}, authority: "Court of Common Pleas of Example County, Ohio", agent: "Ann Lee", country: "US",
			phones: []string{"+12165550100"}, identifiers: []string{"example-lake.example"}, caseNumber: "<nil>",
			dateFrom: "2026-10-01", dateTo: "2026-11-01",
		},
		{
			// A German court's seat with its river; a Swiss prosecutor's
			// office by its number and canton.
			name: "german court at a river's town",
			raw: "From: Jonas Weber <jonas.weber@polizei.bund.de>\n" + passed("polizei.bund.de") +
				"Subject: Beschluss\nDate: Tue, 03 Nov 2026 09:00:00 +0100\n\n" +
				"Sehr geehrte Damen und Herren,\n\ndas Amtsgericht Frankfurt an der Oder hat mit Beschluss vom 29.10.2026 die Herausgabe der Daten zu example-shop.de angeordnet.\n\nMit freundlichen Grüßen\nJonas Weber\nKriminalkommissar\n",
			process: []string{"court_order"}, authority: "Amtsgericht Frankfurt an der Oder", agent: "Jonas Weber", country: "DE",
			identifiers: []string{"example-shop.de"}, caseNumber: "<nil>",
		},
		{
			// A letterhead line that acts "on behalf of" the agency.
			name: "dutch police on whose behalf the officer writes",
			raw: "From: Sanne de Vries <sanne.devries@politie.nl>\n" + passed("politie.nl") +
				"Subject: Bewaarverzoek\nDate: Tue, 03 Nov 2026 09:00:00 +0100\n\n" +
				"Namens de Nationale Politie, Eenheid Example, verzoek ik u de gegevens van example-winkel.nl te bewaren.\n\nMet vriendelijke groet,\nSanne de Vries\n",
			process: []string{"preservation"}, authority: "Nationale Politie", agent: "Sanne de Vries", country: "NL",
			identifiers: []string{"example-winkel.nl"}, caseNumber: "<nil>",
		},
		{
			name: "swiss prosecutor's office by number",
			raw: "From: Anna Meier <anna.meier@kapo-example.ch>\n" + passed("kapo-example.ch") +
				"Subject: Editionsverfügung\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\n" +
				"Sehr geehrte Damen und Herren\n\nIm Auftrag der Staatsanwaltschaft III des Kantons Example übermittle ich Ihnen die Editionsverfügung gemäss Art. 265 StPO zu example-laden.example.\n\nMit freundlichen Grüssen\nAnna Meier\nKantonspolizei Example\n",
			process: []string{"subpoena"}, authority: "Staatsanwaltschaft III des Kantons Example", agent: "Anna Meier", country: "CH",
			identifiers: []string{"example-laden.example"}, caseNumber: "<nil>",
		},
		{
			// The domain's country code, before the language of the letter.
			name: "swiss cantonal police writing german",
			raw: "From: Anna Meier <anna.meier@kapo-example.ch>\n" + passed("kapo-example.ch") +
				"Subject: Editionsverfügung\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\n" +
				"Sehr geehrte Damen und Herren\n\nGestützt auf die Editionsverfügung der Staatsanwaltschaft gemäss Art. 265 StPO\nersuchen wir um Herausgabe der Daten zu example-laden.example.\n\nMit freundlichen Grüssen\nAnna Meier\nKantonspolizei Example\n",
			process: []string{"subpoena"}, agent: "Anna Meier", country: "CH",
			identifiers: []string{"example-laden.example"}, caseNumber: "<nil>",
		},
		{
			// A police officer on a city's domain asking without process
			// is police all the same; a county's deputy director is not.
			name: "informal request from a city police officer",
			raw: "From: Ann Lee <alee@cityofexample.org>\n" + passed("cityofexample.org") +
				"Subject: records\nDate: Mon, 16 Nov 2026 10:00:00 -0700\n\n" +
				"Could you tell me who registered example-scam.example and what e-mail and IPs they have been using? It would help.\n\nDet. Ann Lee\nExample City Police Department\n(208) 555-0100\n",
			process: []string{"none"}, agent: "Ann Lee", country: "US",
			phones: []string{"+12085550100"}, identifiers: []string{"example-scam.example"}, caseNumber: "<nil>",
			class: "law_enforcement",
		},
		{
			// A regional force on a domain with no country code, writing
			// Spanish: its own name says the country.
			name: "spanish regional police preservation",
			raw: "From: Ane Etxeberria <aetxeberria@example-polizia.eus>\n" + passed("example-polizia.eus") +
				"Subject: Solicitud de conservación\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n\n" +
				"Muy señores míos:\n\nLa Ertzaintza investiga una estafa y les solicita la conservación de los datos de example-pisos.example\n(art. 29 del Convenio de Budapest) del 01/10/2026 al 10/11/2026.\n\nAtentamente,\nAne Etxeberria\nErtzaintza - Unidad de Delitos Informáticos\n",
			process: []string{"preservation"}, authority: "Ertzaintza", agent: "Ane Etxeberria", country: "ES",
			identifiers: []string{"example-pisos.example"}, caseNumber: "<nil>", dateFrom: "2026-10-01", dateTo: "2026-11-10",
		},
		{
			// A city's police service names its country.
			name: "canadian city police on personal mail",
			raw: "From: Jo Roe <jo.roe.77@hotmail.com>\n" + passed("hotmail.com") +
				"Subject: EMERGENCY\nDate: Mon, 16 Nov 2026 22:00:00 -0700\n\n" +
				"I'm a constable with the Edmonton Police Service. This is an emergency: a user of example-forum.example threatened to shoot students tomorrow; his e-mail and IPs will let us identify him.\n\nCst. Jo Roe\n",
			process: []string{"emergency"}, authority: "Edmonton Police Service", agent: "Jo Roe", country: "CA",
			identifiers: []string{"example-forum.example"}, caseNumber: "<nil>",
		},
		{
			// A treaty request named by the other country's government.
			name: "canadian police serving a treaty order",
			raw: "From: Jo Roe <det.roe@exampleregionalpolice.ca>\n" + passed("exampleregionalpolice.ca") +
				"Subject: MLAT order\nDate: Mon, 16 Nov 2026 10:00:00 -0500\n\n" +
				"Through the International Assistance Group of the Department of Justice Canada, a request was made under the treaty on mutual legal assistance. The attached order of the United States District Court for the District of Example under 18 U.S.C. 3512 requires production of the records of example.net.\n\nDet. Jo Roe\nFraud Unit, Example Regional Police\n",
			process: []string{"mlat", "court_order"}, authority: "United States District Court for the District of Example", agent: "Jo Roe", country: "CA",
			identifiers: []string{"example.net"}, caseNumber: "<nil>",
		},
		{
			// A court's ruling in its own language from a country's domain
			// no list knows: that country's request.
			name: "a foreign court's ruling from an unlisted domain",
			raw: "From: Ion Rusu <ion.rusu@example-inspectorat.md>\n" + passed("example-inspectorat.md") +
				"Subject: solicitare date\nDate: Mon, 16 Nov 2026 10:00:00 +0200\n\n" +
				"Prin încheierea judecătorului de instrucție, Judecătoria Bălți a autorizat obținerea datelor privind example.md.\n\nIon Rusu\nofițer de urmărire penală\n",
			process: []string{"court_order"}, authority: "Judecătoria Bălți", agent: "Ion Rusu", country: "MD",
			identifiers: []string{"example.md"}, caseNumber: "<nil>", class: "other",
		},
		{
			name: "a county elections official is no agency",
			raw: "From: Ann Lee <alee@elections.hardeevillesc.gov>\n" + passed("elections.hardeevillesc.gov") +
				"Subject: fake site\nDate: Mon, 16 Nov 2026 10:00:00 -0700\n\n" +
				"A site copies our voter page. Please tell us who owns example-vote.example and the IP addresses used.\n\nAnn Lee\nDeputy Director, Voter Registration\nExample County Elections Department\n(602) 555-0175\n",
			process: []string{"none"}, agent: "Ann Lee", country: "US",
			phones: []string{"+16025550175"}, identifiers: []string{"example-vote.example"}, caseNumber: "<nil>",
			class: "government_other",
		},
		{
			name: "a person asking for their own data from a personal account",
			raw: "From: Ann Lee <ann.lee.1987@gmail.com>\n" + passed("gmail.com") +
				"Subject: my data\nDate: Mon, 16 Nov 2026 23:00:00 -0800\n\n" +
				"Under the California Consumer Privacy Act I request a copy of all personal information you hold about me, account example-garden.example.\n\nAnn Lee\n",
			process: []string{"data_subject_request"}, agent: "Ann Lee", identifiers: []string{"example-garden.example"},
			caseNumber: "<nil>", country: "<nil>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(parse(t, tt.raw))
			errs := []string{}
			eq := func(field, got, want string) {
				if got != want {
					errs = append(errs, field+": got "+got+", want "+want)
				}
			}
			eq("process", strings.Join(r.Process, ","), strings.Join(tt.process, ","))
			if tt.class != "" {
				eq("class", r.Sender.Class, tt.class)
			}
			if tt.authority != "" {
				eq("authority", deref(r.Authority), tt.authority)
			}
			eq("agent", deref(r.Agent), tt.agent)
			eq("country", deref(r.Country), tt.country)
			eq("phones", strings.Join(r.Phones, ","), strings.Join(tt.phones, ","))
			eq("identifiers", strings.Join(r.Identifiers, ","), strings.Join(tt.identifiers, ","))
			eq("case", deref(r.CaseNumber), tt.caseNumber)
			if tt.dateFrom != "" {
				if r.DateRange == nil {
					errs = append(errs, "date range: none")
				} else {
					eq("date from", r.DateRange.From, tt.dateFrom)
					eq("date to", r.DateRange.To, tt.dateTo)
				}
			}
			if !slices.Equal(errs, []string{}) {
				t.Error(strings.Join(errs, "\n"))
			}
		})
	}
}

// TestProcessScope: a kind of process counts only where the letter says it
// is there, not where it is denied, promised, conditional or a verb.
func TestProcessScope(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"We will obtain a warrant if needed. Please preserve the records of example.com.", []string{"preservation"}},
		{"The circumstances warrant immediate disclosure of the records of example.com under 18 U.S.C. 2702(b)(8) to prevent danger of death.", []string{"emergency"}},
		{"Please preserve the account example.com; a subpoena will follow.", []string{"preservation"}},
		{"No court order is required for basic subscriber information. Please send the records of example.com.", []string{"none"}},
		{"Attached is a search warrant signed by the magistrate for example.com.", []string{"search_warrant"}},
		{"We have obtained a warrant for the account example.com, attached.", []string{"search_warrant"}},
		{"A court order can be obtained if you require one. Please send the subscriber records of example.com.", []string{"none"}},
		{"We intend to seek a 2703(d) order. In the meantime please preserve example.com.", []string{"preservation"}},
		{"Pursuant to the attached subpoena, produce the records of example.com.", []string{"subpoena"}},
		// A fake emergency's pressure names the process it wants skipped;
		// a preservation made while a warrant is drafted has no warrant.
		{"We cannot wait for your legal review or a court order on this one. Send the records of example.com now; a child's life is in danger.", []string{"emergency"}},
		{"I know you normally ask for a subpoena. There is NO TIME for a subpoena here. Send the records of example.com; a child's life is in danger.", []string{"emergency"}},
		{"Please preserve the records of example.com for 90 days while a search warrant is prepared.", []string{"preservation"}},
		// Session 28: a warrant the writer wants to know whom to write for.
		{"Could you tell me who owns example.com? I need a name so I know who to write the warrant for.", []string{"none"}},
		{"Attached is the warrant I had to write twice; the judge signed it today for example.com.", []string{"search_warrant"}},
		// An order beside its non-disclosure order; an order applied for;
		// one absent or not needed.
		{"Attached please find a 2703(d) and 2705(b) order for example.com.", []string{"court_order", "nondisclosure_order"}},
		{"Please preserve example.com. Our application for an order under 18 U.S.C. 2703(d) went to the magistrate yesterday and awaits her signature.", []string{"preservation"}},
		{"Our application for an order under 18 U.S.C. 2703(d) was granted yesterday; the signed order for example.com is attached.", []string{"court_order"}},
		{"Please preserve example.com. We understand that, absent a court order, you may still notify the user.", []string{"preservation"}},
		{"Attached is the subpoena for example.com. It asks for no content, so a search warrant should not be needed.", []string{"subpoena"}},
		// A Danish court ruling, a Mexican judge's authorisation, an
		// Austrian prosecutor's order.
		{"Ved retskendelse afsagt af Københavns Byret den 03.11.2026 er der givet adgang til oplysninger om example.dk.", []string{"court_order"}},
		{"Con autorización judicial otorgada por el Juez de Control se solicitan los datos de example.mx.", []string{"court_order"}},
		{"Die Staatsanwaltschaft Wien hat die Auskunft über Stammdaten gemäß § 76a StPO angeordnet; betrifft example.at.", []string{"subpoena"}},
		{"Με το υπ' αριθμ. 1187/2026 βούλευμα του Συμβουλίου Πλημμελειοδικών Αθηνών ζητούνται στοιχεία για example.gr.", []string{"court_order"}},
		{"调取证据通知书：请提供 example.cn 的注册信息。", []string{"subpoena"}},
		{"Vous ne pouvez pas donner suite à une ordonnance canadienne sans passer par les voies de l'entraide juridique; confirmez-vous qu'un compte existe pour example.ca?", []string{"court_order"}},
		// A treaty request by its short name, in a subject first.
		{"Subject: UK MLA request - search warrant 1:26-sw-0517\n\nThe signed search warrant for example.com is attached.", []string{"mlat", "search_warrant"}},
		{"Entraide juridique Canada-É.-U. : l'ordonnance ci-jointe de la cour vise example.com.", []string{"mlat", "court_order"}},
		// A European Production Order, under a regulation whose title names
		// preservation orders too.
		{"Attached is a European Production Order Certificate under Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence in criminal proceedings, for the subscriber data of example.eu.", []string{"mlat"}},
		{"Anbei ein Zertifikat über eine Europäische Herausgabeanordnung nach der Verordnung (EU) 2023/1543 über Europäische Herausgabeanordnungen und Europäische Sicherungsanordnungen für elektronische Beweismittel, betreffend example.de.", []string{"mlat"}},
		// Treaty requests and court orders in Chinese, Arabic and Hebrew.
		{"Офіс Генерального прокурора направив запит про міжнародну правову допомогу щодо example.ua.", []string{"mlat"}},
		{"Запит у порядку МПД: ухвала суду щодо example.ua додається.", []string{"mlat", "court_order"}},
		// Hungarian "jogsegély" is not read: "a jogsegélykérelmet … küldjük
		// meg" is one still to send, and the tense tells it apart; the
		// preservation ("megőrzését") it asks meanwhile is read.
		{"A jogsegélykérelmet a Legfőbb Ügyészség útján küldjük meg; kérjük az example.hu adatainak megőrzését.", []string{"preservation"}},
		{"Namens het parket stuur ik u een vordering tot het verstrekken van gegevens over example.nl.", []string{"subpoena"}},
		{"Vordering verstrekken gegevens (art. 126na Sv) betreffende example.nl", []string{"subpoena"}},
		{"법원이 발부한 압수수색영장이 있으므로 자료를 먼저 제공해 주십시오. 형사사법공조 절차는 수개월이 소요됩니다. 대상: example.kr", []string{"search_warrant"}},
		{"司法互助の手続は数か月かかるため、example.jp の記録の任意提供をお願いします。", []string{"none"}},
		// A treaty request only if needed, or later, in Romance languages.
		{"En el marco de la solicitud de asistencia judicial ya remitida al Departamento de Justicia, y quedando a su disposición si es necesario, le pedimos los datos de example.es.", []string{"mlat"}},
		{"Adjunto la comisión rogatoria internacional, cuya traducción remitiremos si fuera necesario, para los datos de example.es.", []string{"mlat"}},
		{"Sous réserve d'une demande ultérieure d'entraide judiciaire, merci de nous communiquer les données de example.fr.", []string{"none"}},
		{"Solicitamos los datos de example.es, sin perjuicio de la posterior solicitud de auxilio judicial internacional.", []string{"none"}},
		{"Solicitamos los datos de example.es; tramitaremos la comisión rogatoria si fuera necesaria.", []string{"none"}},
		{"Pedimos os dados de example.pt; o pedido de auxílio judiciário mútuo será enviado se necessário.", []string{"none"}},
		// Review: treaty requests bypassed or denied in other languages.
		{"捜査共助の手続によらず、example.jp の登録者情報の任意提供をお願いします。", []string{"none"}},
		{"형사사법공조 절차를 거치지 않고 example.kr 가입자 정보를 제공해 주시기 바랍니다.", []string{"none"}},
		{"사법공조 요청 없이 example.kr 가입자 정보를 제공해 주십시오.", []string{"none"}},
		{"Просимо без запиту щодо надання міжнародної правової допомоги надати дані абонента example.ua.", []string{"none"}},
		{"Adli yardımlaşma talebi olmaksızın example.tr verilerini paylaşmanızı rica ederiz.", []string{"none"}},
		{"本案不透過司法互助管道，請協助提供 example.tw 之用戶資料。", []string{"none"}},
		{"本案已透過司法互助管道提出請求，請提供 example.tw 之資料。", []string{"mlat"}},
		{"أصدرت النيابة العامة إنابة قضائية دولية بشأن الموقع example.ae.", []string{"mlat"}},
		{"本案業經法院核發調取票，請提供 example.tw 之資料。", []string{"court_order"}},
		{"ניתן צו בית משפט להמצאת נתונים עבור example.co.il.", []string{"court_order"}},
		// Approved or applied for, its issue still to come.
		{"Our prosecutor has signed off on a grand jury subpoena, and we hope to get it issued by Friday. Meanwhile could you tell us who holds example.com?", []string{"none"}},
		{"We have a 2703(d) application before the court, which should be signed next week; please preserve example.com until then.", []string{"preservation"}},
		{"Attached is the grand jury subpoena for example.com, which should be signed by the foreperson as well.", []string{"subpoena"}},
		// Nobody to get the process; not the kind of case that gets one.
		{"Frankly no one is going to want to chase a subpoena over a loss this small, so could you just tell me who registered example.com?", []string{"none"}},
		{"Nobody will sign a warrant for a case like this; can you tell me who runs example.com?", []string{"none"}},
		{"This isn't the sort of matter that would get a court order, so I am asking informally who holds example.com.", []string{"none"}},
		{"Honestly it isn't the kind of case I can get a warrant or court order for. Who holds example.com?", []string{"none"}},
		{"Nobody else can help us, so please process the attached subpoena for example.com.", []string{"subpoena"}},
		{"Getting a subpoena through the prosecutor will take two weeks; could you send the records of example.com anyway?", []string{"none"}},
		// Process another hand is yet to make, and a later bare mention
		// of the same one.
		{"Before the AUSA issues the grand jury subpoena next week, please preserve the records of example.com.", []string{"preservation"}},
		{"Please preserve example.com for 90 days. Once the grand jury subpoena is issued we will send it to you.", []string{"preservation"}},
		{"Please preserve example.com. We will send the warrant when the warrant has been signed.", []string{"preservation"}},
		{"Please preserve example.com until the magistrate signs the search warrant.", []string{"preservation"}},
		{"Before I get the subpoena out, please preserve example.com. When we see what the subpoena returns we will talk again.", []string{"preservation"}},
		{"Total loss is around $1,900, so honestly a subpoena is more than this one is worth. Who holds example.com?", []string{"none"}},
		{"The attached subpoena is more than a formality: please produce the records of example.com.", []string{"subpoena"}},
		{"We have no subpoena yet; please preserve example.com. Update: the subpoena was signed this morning and is attached.", []string{"subpoena", "preservation"}},
		{"Our prosecutor is working on getting a grand jury subpoena issued, but the grand jury meets only on the 24th. Could you tell me now who holds example.com? Once the subpoena is signed I'll send it over.", []string{"none"}},
		{"We are in the process of obtaining a search warrant; in the meantime please preserve example.com.", []string{"preservation"}},
		// An affidavit for a warrant, its prayer that one issue, and the
		// signed warrant promised: no warrant yet.
		{"Attached is the affidavit I filed this morning in support of a search warrant for example.com. I will forward the signed warrant as soon as I have it.", []string{"none"}},
		{"AFFIDAVIT FOR SEARCH WARRANT\nThe affiant respectfully requests that a search warrant be issued for the records of example.com.", []string{"none"}},
		// But an agent's own request, a letter in support of a warrant
		// signed, an affidavit reviewed and signed, are process at hand.
		{"We request that a preservation hold be placed on all records for example.com for 90 days.", []string{"preservation"}},
		{"This request is made in support of a search warrant signed today by Judge Mary Poe, a copy of which accompanies this letter. Please produce the records for example.com.", []string{"search_warrant"}},
		{"Judge Mary Poe reviewed my affidavit for a search warrant and signed it this morning. Please produce the records of example.com.", []string{"search_warrant"}},
		{"The judge signed the search warrant this morning; I will forward the signed return later. The warrant for example.com is attached.", []string{"search_warrant"}},
		// An order a judge was got to sign is one; one the writer will
		// ask a judge to sign is not.
		{"I got a judge to sign an order yesterday for the records on example.com; can you send what you have?", []string{"court_order"}},
		{"We will ask a judge to sign an order next week; meanwhile please preserve example.com.", []string{"preservation"}},
		{"As soon as I've gotten a judge to sign an order, I'll forward it. Meanwhile, who holds example.com?", []string{"none"}},
		{"We almost got a judge to sign an order, but she wants more facts first. Who holds example.com?", []string{"none"}},
		// A warrant drafted is no warrant signed.
		{"We've drafted a search warrant and the prosecutor takes it to a judge this week. Meanwhile, could you tell me who holds example.com?", []string{"none"}},
		{"I have drafted a subpoena, which goes to the grand jury on Monday; please preserve example.com until then.", []string{"preservation"}},
		{"The judge signed the search warrant we drafted last week; it is attached for example.com.", []string{"search_warrant"}},

		{"Pursuant to 18 U.S.C. 2703(f), please preserve the records of example.com. We anticipate a court order within 60 days.", []string{"preservation"}},
		{"Please preserve example.com; we expect a search warrant to be signed next week.", []string{"preservation"}},
		{"As we expected, a court order was signed today; it is attached for example.com.", []string{"court_order"}},
		{"I have been working on this case for a month. Attached is the grand jury subpoena for example.com.", []string{"subpoena"}},
		// Haste without danger, told as such.
		{"URGENT. Nobody's life is in danger here, but the money is moving out of her accounts right now. Who holds example.com?", []string{"none"}},
		{"Please preserve example.com. To help us prepare the search warrant, reply with the account's creation date.", []string{"preservation"}},
		// A process drafted but still awaiting its signer.
		{"I have a grand jury subpoena drafted for your company, but it still needs the AUSA's signature. Meanwhile, who holds example.com?", []string{"none"}},
		{"Attached is the subpoena for example.com; it requires the custodian's signature on the enclosed declaration.", []string{"subpoena"}},
		{"I have an administrative subpoena drafted for your company, but it has not been approved by my supervisor yet. Who holds example.com?", []string{"none"}},
		{"Judge Ann Lee signed the search warrant this morning and it is in your portal. Our other application still awaits the magistrate's signature. It covers example.com.", []string{"search_warrant"}},
		// Review: rules of "no process yet" that must not reach these.
		{"A personal appearance pursuant to the subpoena is not required if the records are produced by November 20, 2026. The subpoena calls for the records of example.com.", []string{"subpoena"}},
		{"This isn't the kind of case that can wait on the usual turnaround for a search warrant, so the judge signed one last night and it is in your portal. Please produce the records of example.com.", []string{"search_warrant"}},
		{"Please handle the grand jury subpoena in your portal, which should be approved by your legal team quickly. It covers example.com.", []string{"subpoena"}},
		{"Nobody will get the subpoena but your legal team. The subpoena is in your portal and calls for the records of example.com.", []string{"subpoena"}},
		{"As required when the court issues a search warrant for stored records, the search warrant is in your portal for example.com.", []string{"search_warrant"}},
		// Review: a later mention that states the process is read as usual.
		{"Your office told me you never received the subpoena. The subpoena is in your portal again; it calls for the subscriber records of example.com.", []string{"subpoena"}},
		{"We did not have a subpoena when I called on Monday. The subpoena came back from the grand jury this morning and is in your portal; it covers example.com.", []string{"subpoena"}},
		{"Absent the search warrant we could not ask for content. The search warrant was granted by Judge Ann Lee and is in your portal; it covers example.com.", []string{"search_warrant"}},
		{"Attached is the order under article 18B of the Code of Criminal Procedure for the records of example.com.", []string{"court_order"}},
		{"Si trasmette il decreto del Tribunale per i dati di example.com.", []string{"court_order"}},
		{"Attached is an ex parte order issued by the Superior Court for the records of example.com.", []string{"court_order"}},
		// A court or judge abroad that authorised or granted the request.
		{"On 2 October the investigating judge of the Example City Court authorised us to request the records of example.com.", []string{"court_order"}},
		{"An order for the production of the records of example.com was granted by the Sessions Court on 1/10/2026.", []string{"court_order"}},
		{"El Juzgado de Garantía autorizó con fecha 3 de octubre la solicitud de los datos de example.com.", []string{"court_order"}},
		{"El Juzgado de Investigación autorizó requerir a su empresa los datos de example.com.", []string{"court_order"}},
		{"El Juzgado de Instrucción n.º 3 de Valencia, mediante auto de 2 de octubre, ha acordado requerir a su empresa los datos de example.es.", []string{"court_order"}},
		{"El Juzgado Federal Penal Especializado\nde la Ciudad de Guadalajara autorizó, mediante resolución de fecha 4 de mayo, la entrega de los datos de example.mx.", []string{"court_order"}},
		{"Remito el oficio librado en la causa 12/2026 por disposición del Juzgado Federal N° 2 respecto de example.com.ar.", []string{"court_order"}},
		{"El Juzgado rechazó, mediante auto de 3 de octubre, la solicitud de datos de example.es; les pedimos colaboración voluntaria.", []string{"none"}},
		{"On 2 November the City Court authorised the collection of the data of example.com.", []string{"court_order"}},
		{"The judge has not authorised a search yet. Please preserve the records of example.com.", []string{"preservation"}},
		{"The Court granted our motion for expedited discovery; the attached civil subpoena under Rule 45 asks for the records of example.com.", []string{"civil_subpoena"}},
		// Session 28: a state's civil rules cited beside the subpoena.
		{"Attached: SUBPOENA TO PRODUCE DOCUMENTS (C.R.C.P. 45) for the records of example.com.", []string{"civil_subpoena"}},
		{"Attached is a subpoena duces tecum issued under Tex. R. Civ. P. 176 for the records of example.com.", []string{"civil_subpoena"}},
		{"Attached: SUBPOENA DUCES TECUM (C.R.C.P. 17(c)) for the records of example.com.", []string{"subpoena"}},
		{"Attached: SUBPOENA TO PRODUCE (C.R.C.P. 45 / Crim. P. 17) for the records of example.com.", []string{"subpoena"}},
		{"Attached is a criminal subpoena duces tecum issued by the Grand Jury under the Code of Criminal Procedure for the records of example.net. This subpoena is not governed by the Rules of Civil Procedure.", []string{"subpoena"}},
		{"La solicitud fue tramitada por la Oficina de Asuntos Internacionales; se adjunta la orden judicial para los datos de example.com.", []string{"mlat", "court_order"}},
		// Orders and mutual assistance only referred to, not there.
		{"We have applied to the Example Superior Court for an order for the production of these records of example.com and expect it to be granted next week.", []string{"none"}},
		{"The judge of the Example Superior Court granted the release of the suspect on bail; we ask your voluntary help with example.com.", []string{"none"}},
		{"The court granted access to the seized phone. Please send the records of example.com.", []string{"none"}},
		{"El juez autorizó la entrada y registro del domicilio; pedimos los datos de example.com.", []string{"none"}},
		{"El juez no autorizó la solicitud de datos de example.com.", []string{"none"}},
		{"O juiz não autorizou o pedido de dados de example.com.", []string{"none"}},
		{"We are preparing an application to the Magistrates' Court for an Overseas Production Order; meanwhile please send the records of example.com voluntarily.", []string{"none"}},
		{"The UK-US Data Access Agreement does not cover this offence; please send the records of example.com voluntarily.", []string{"none"}},
		{"Yesterday the District Court granted our request for an arrest warrant for the suspect; please send the records of example.com voluntarily.", []string{"none"}},
		{"El Tribunal autorizó la solicitud de orden de arresto; pedimos voluntariamente los datos de example.com.", []string{"none"}},
		{"Attached is a draft Overseas Production Order application for your comments; meanwhile please send the records of example.com.", []string{"none"}},
		{"An application for an Overseas Production Order has been made to the Crown Court; meanwhile please send the records of example.com.", []string{"none"}},
		// An order under a CLOUD Act agreement stands in for the treaty:
		// the agreement's instrument, read as mlat alone (the corpus
		// README's "foreign production order"), though a court made it.
		{"Attached is an Overseas Production Order made by the Crown Court under the UK-US Data Access Agreement for the records of example.com.", []string{"mlat"}},
		{"I refer to the International Production Order (stored communications) issued on 2/11/2026 by a judge of the Example Court; please produce the records of example.com.", []string{"mlat"}},
		{"An International Production Order will be issued by the Example Court next month; meanwhile please preserve example.com.", []string{"preservation"}},
		// Session 33: the order given by its number; not one applied for
		// and refused, nor one still to be sent (review).
		{"Example Police gives you International Production Order EX-IPO-26-0001 (telecommunications data), issued on 3 May 2026 by a judge of the Example Court. Please produce the records of example.au.", []string{"mlat"}},
		{"Our application for IPO EX-IPO-26-0001, made on 20 November by our office, was refused. Please preserve example.au meanwhile.", []string{"preservation"}},
		{"Once granted, the order will be transmitted via the Example Designated Authority; meanwhile please preserve example.au.", []string{"preservation"}},
		{"Once an International Production Order EX-IPO-26-0001 is issued we will send it; meanwhile please preserve example.au.", []string{"preservation"}},
		{"I attach an overseas production order made by a judge of the Crown Court for the records of example.com.", []string{"mlat"}},
		{"No order has been made under a designated international co-operation arrangement; we ask for the records of example.com voluntarily.", []string{"none"}},
		{"We intend to serve an overseas production order for example.com next month; meanwhile please preserve it.", []string{"preservation"}},
		// An emergency in a heading's words.
		{"URGENT - EXIGENT REQUEST - LIFE AT RISK. Please provide the records of example.com for the last 7 days.", []string{"emergency"}},
		// Mutual assistance in a treaty's words, and the US order executing it.
		{"Under the Treaty on Mutual Assistance in Criminal Matters, the court issued the attached order under 18 U.S.C. 3512 for the records of example.com.", []string{"mlat", "court_order"}},
		// A prosecutor's or police officer's own demand abroad, and a
		// judge's order, in their languages.
		{"Op grond van een vordering ex artikel 126na Sv verzoek ik u de gegevens van example.com te verstrekken.", []string{"subpoena"}},
		{"Die Editionsverfügung der Staatsanwaltschaft gemäss Art. 265 StPO liegt bei; bitte liefern Sie die Daten zu example.com.", []string{"subpoena"}},
		{"Przesyłam postanowienie prokuratora o żądaniu wydania danych dotyczących example.com.", []string{"subpoena"}},
		{"Please find a notice under Section 94 of the BNSS for the records of example.com.", []string{"subpoena"}},
		{"De rechter-commissaris heeft een machtiging verleend voor de gegevens van example.com.", []string{"court_order"}},
		{"Foi proferido despacho pelo Juiz de Instrução que autoriza a obtenção dos dados de example.com.", []string{"court_order"}},
		{"La causa tramita ante el Juzgado Federal N° 3, que ordenó requerirles los datos de example.com.", []string{"court_order"}},
		// Other names of compulsory process.
		{"Enclosed is an administrative summons issued under 26 U.S.C. 7602 for the records of example.com.", []string{"subpoena"}},
		{"Judge Abernathy authorized a pen register and trap and trace device under 18 U.S.C. 3123 on example.com for 60 days.", []string{"court_order"}},
		{"I was summoned to court last week. Please send the records of example.com.", []string{"none"}},
		{"The loss isn't big enough for me to get a subpoena through our prosecutor, so I'm hoping you can tell me who registered example.com.", []string{"none"}},
		{"The case is not serious enough to justify a search warrant, so please tell us who runs example.com.", []string{"none"}},
		{"The amount is too small for a court order; please just tell us who runs example.com.", []string{"none"}},
		{"I would rather not go to the expense of a subpoena. Could you simply send the records of example.com?", []string{"none"}},
		// A sealing order that forbids notice, a warrant's non-disclosure
		// provision, a foreign court's ruling told in English.
		{"Attached is the search warrant. The Court also entered an order sealing the warrant and directing that Provider not notify the subscriber until March 1, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		// Session 33: an order that "prohibits notice to the subscriber";
		// a UK order's "non-disclosure requirement"; a Brazilian decision
		// under seal forbidding notice; a letter's own ask is none.
		{"Attached is the search warrant. The Court's order accompanying it prohibits notice to the subscriber until 3/1/2027.", []string{"search_warrant", "nondisclosure_order"}},
		{"The overseas production order is attached. It contains a non-disclosure requirement under section 8 of the Act.", []string{"mlat", "nondisclosure_order"}},
		{"Segue a decisão judicial. A decisão foi proferida sob sigilo: fica vedado comunicar o usuário sobre a presente requisição.", []string{"court_order", "nondisclosure_order"}},
		{"Attached is the search warrant. Please do not give notice to the subscriber; it would harm the investigation.", []string{"search_warrant"}},
		{"Attached is the search warrant for example.com. The warrant includes a non-disclosure provision.", []string{"search_warrant", "nondisclosure_order"}},
		{"The Tartu County Court gave a ruling on 1.10.2026 that permits us to request the records of example.ee.", []string{"court_order"}},
		{"By ruling of 2.10.2026 the Tartu County Court (Tartu Maakohus) authorised us to request the records of example.ee.", []string{"court_order"}},
		// A warrant the sender means to ask a court for is not there; a
		// denial or a condition does not reach an attached warrant.
		{"Please send the e-mail contents of example.com for October 1-20, 2026. If you cannot provide them voluntarily, we will apply to the Circuit Court of Example County for a search warrant.", []string{"none"}},
		{"Unless you object, I will then ask the magistrate for a search warrant. Send the records of example.com.", []string{"none"}},
		{"We are still waiting on a ruling by the Circuit Court of Example County in the civil dispute. In the meantime please send the subscriber name of example.com.", []string{"none"}},
		{"We don't have any identifier other than the domain named in the attached search warrant for example.com.", []string{"search_warrant"}},
		{"In order to avoid delay please process the attached search warrant for example.com.", []string{"search_warrant"}},
		{"This is a reminder about the outstanding search warrant, issued by the court for example.com.", []string{"search_warrant"}},
		// Process still being obtained is not there yet.
		{"Please preserve the records of example.com for 90 days while a court order is obtained.", []string{"preservation"}},
		{"Please extend the preservation of example.com; the subpoena is being finalized and should reach you next week.", []string{"preservation"}},
		{"The State Attorney's Office is still finalizing the subpoena, so please extend the preservation of example.com.", []string{"preservation"}},
		{"Please preserve example.com and send the registrant's name so that the warrant can be drafted correctly.", []string{"preservation"}},
		// A subpoena issued "by order of the court" is one instrument.
		{"SUBPOENA DUCES TECUM. You are commanded to produce the records of example.com. BY ORDER OF THE COURT, dated September 14, 2026. Clerk of the District Court", []string{"subpoena"}},
		// A warrant for a person's arrest is no process served on us.
		{"URGENT: a fugitive wanted on a federal warrant for murder has threatened a witness; her life is in danger. Send the records of example.com now.", []string{"emergency"}},
		{"The suspect has an outstanding warrant for his arrest. Please preserve example.com.", []string{"preservation"}},
		// A negated verb of having or granting governs the process later
		// in its clause; a "but" or a comma ends its reach.
		{"We don't have a warrant or subpoena yet. Could you tell us who registered example.com?", []string{"none"}},
		{"The prosecutor does not believe this case will reach the level of a court order. Who runs example.com?", []string{"none"}},
		{"No magistrate is likely to approve a search warrant over this amount. Who is behind example.com?", []string{"none"}},
		// Process the writer would rather do without.
		{"We would prefer not to have to go to court for a subpoena over this. Who runs example.com?", []string{"none"}},
		{"We hope to avoid the cost of litigation and a subpoena; who registered example.com?", []string{"none"}},
		{"Honestly it's not worth dragging the county attorney into a subpoena for this. Who is behind example.com?", []string{"none"}},
		{"To avoid delay, the attached subpoena asks for the records of example.com by Friday.", []string{"subpoena"}},
		{"We don't usually write in, but the attached subpoena requires the records of example.com.", []string{"subpoena"}},
		{"If you do not have responsive records, the attached subpoena asks you to certify so for example.com.", []string{"subpoena"}},
		{"You are hereby summoned and required to appear and to produce the records of example.com for examination.", []string{"subpoena"}},
		// Danger to life and preservation in the languages of the forces
		// that write to us; a request for mutual assistance the sender is
		// still preparing is not there yet.
		{"DRINGEND – GEFAHR FÜR LEIB ODER LEBEN. Der Verfasser droht auf example.de mit einem Anschlag.", []string{"emergency"}},
		{"BRÅDSKANDE – FARA FÖR LIV. En användare på example.se hotar att döda sin granne.", []string{"emergency"}},
		{"SPOED – LEVENSGEVAAR. Een gebruiker van example.nl dreigt een school aan te vallen.", []string{"emergency"}},
		{"PILNE – ZAGROŻENIE ŻYCIA. Użytkownik example.pl grozi zabójstwem.", []string{"emergency"}},
		{"SOLICITUD DE CONSERVACIÓN DE DATOS (art. 29 del Convenio de Budapest): conserven los datos de example.es.", []string{"preservation"}},
		{"Pedido de preservação de dados da conta example.pt ao abrigo do art. 29.º da Convenção de Budapeste.", []string{"preservation"}},
		{"Richiesta di conservazione rapida dei dati di example.it (art. 29 Convenzione di Budapest).", []string{"preservation"}},
		// Session 29: the order to preserve, its words apart.
		{"Questo Centro, ai sensi dell'art. 132 del Codice, ORDINA\n\nla conservazione e protezione, per 90 giorni, dei dati relativi a example.it.", []string{"preservation"}},
		{"Verzoek tot bewaring van de gegevens van example.nl.", []string{"preservation"}},
		{"Begäran om skyndsamt bevarande av uppgifter om example.se.", []string{"preservation"}},
		{"Bitte sichern Sie die Daten zu example.de. Ein Rechtshilfeersuchen an die Vereinigten Staaten wird über das Bundesamt für Justiz vorbereitet.", []string{"preservation"}},
		{"Conserven los datos de example.es; el Juzgado tramitará una comisión rogatoria a los Estados Unidos.", []string{"preservation"}},
		{"Remitan los datos de example.es directamente, sin necesidad de comisión rogatoria, por la urgencia.", []string{"none"}},
		{"Bitte übermitteln Sie die Daten zu example.de ohne förmliches Rechtshilfeersuchen.", []string{"none"}},
		// A place name ending in "no" after a letter RE2 does not count
		// as a word's ("Okrožno") is no denial.
		{"The investigating judge of the Okrožno sodišče v Kranju issued an order for the records of example.si.", []string{"court_order"}},
		{"Mediante orden emitida por el Juzgado 4 Penal de Medellín el 2 de octubre, se autorizó la búsqueda de los datos de example.co.", []string{"court_order"}},
		{"Court ruling: Example District Court, ruling of 15.09.2026, ordering disclosure of the data of example.is.", []string{"court_order"}},
		{"ORDER TO PRODUCE DOCUMENTS UNDER SECTION 20 OF THE CRIMINAL PROCEDURE CODE 2010. Produce the records of example.sg.", []string{"subpoena"}},
		{"De procureur des Konings vordert, op grond van artikel 46bis van het Wetboek van strafvordering, de gegevens van example.be.", []string{"subpoena"}},
		// "Without delay" is urgency, not a denial; a shortfall followed by
		// what was done about it; evidence at risk is no danger to life.
		{"Les ruego den cumplimiento sin demora a la orden judicial adjunta para los datos de example.es.", []string{"court_order"}},
		{"Merci de répondre sans délai à la réquisition ci-jointe concernant example.fr.", []string{"subpoena"}},
		{"Our earlier 2703(d) order was not enough to reach the message contents, so we obtained a search warrant from the magistrate for example.com.", []string{"court_order", "search_warrant"}},
		{"Solicitamos a preservação dos dados de example.br, tendo em vista o risco iminente de perda das provas digitais.", []string{"preservation"}},
		// A shortfall "so far" is still a denial; a translation that
		// follows is not the court order's.
		{"The theft is still too small so far for a search warrant. Please voluntarily send the records of example.com.", []string{"none"}},
		{"Wir bitten gemäß dem beigefügten richterlichen Beschluss, die Übersetzung folgt, um die Daten zu example.de.", []string{"court_order"}},
		// Mutual assistance that "will be sent" or "follows".
		{"Conserven los datos de example.es. La correspondiente comisión rogatoria se remitirá a las autoridades de los Estados Unidos.", []string{"preservation"}},
		{"Wij verzoeken u de gegevens van example.nl te bewaren. Een rechtshulpverzoek volgt via het Landelijk Parket.", []string{"preservation"}},
		// A Turkish judgeship's decision, a Portuguese judge's despacho,
		// mutual assistance the sender intends to submit later.
		{"Ankara 4. Sulh Ceza Hakimliği'nin 02.10.2026 tarihli kararı ile example.com.tr kayıtlarının temini talep edilmektedir.", []string{"court_order"}},
		// Session 18: a Turkish decision whose date and docket wrap a line,
		// and in English; a Dutch "rechterlijk bevel"; an Italian reasoned
		// decree; an Argentine court's writ; a Hungarian ruling; a
		// Taiwanese search warrant.
		{"Bursa 2. Sulh Ceza Hâkimliğinin 01.10.2026 tarihli ve 2026/88 D.İş\nsayılı kararı uyarınca example.com.tr bilgileri talep edilmektedir.", []string{"court_order"}},
		{"By the decision of the Izmir 3rd Criminal Judgeship of Peace dated 01.10.2026 we request the records of example.com.tr.", []string{"court_order"}},
		{"Er is een rechterlijk bevel afgegeven voor de gegevens van example.nl.", []string{"court_order"}},
		{"Con decreto motivato del GIP si autorizza l'acquisizione dei dati di example.it.", []string{"court_order"}},
		{"Remito el oficio librado por el tribunal en la causa, relativo a example.com.ar.", []string{"court_order"}},
		{"A bíróság végzésével elrendelte az example.hu adatainak beszerzését.", []string{"court_order"}},
		{"本案業經法院核發搜索票，請提供 example.tw 之資料。", []string{"search_warrant"}},
		{"By its decision of 2 October, the Ankara 4th Criminal Judgeship of Peace ordered the production of the records of example.com.", []string{"court_order"}},
		{"Ao abrigo do despacho proferido pelo Juízo de Instrução Criminal de Braga, solicitamos os dados de example.pt.", []string{"court_order"}},
		{"Please preserve example.com. The Republic intends to submit a request for mutual legal assistance for the disclosure.", []string{"preservation"}},
		{"Adjuntamos la comisión rogatoria del Juzgado de Instrucción para los datos de example.es.", []string{"mlat"}},
		{"Enclosed is a summons under 19 U.S.C. 1509 for the records of example.com.", []string{"subpoena"}},
		{"SUMMONS (19 U.S.C. 1509) - produce the records of example.com.", []string{"subpoena"}},
		{"En cumplimiento de lo acordado en auto de fecha 2 de octubre del Juzgado de Instrucción n.º 2 de Sevilla, les requiero los datos de example.com.", []string{"court_order"}},
		{"Em cumprimento à decisão judicial que determinou a quebra de sigilo telemático, solicito os dados de example.com.", []string{"court_order"}},
		// A court that authorised the obtaining of data, its statute between
		// commas; Japanese and Korean warrants by their titles.
		{"On 25.9.2026 the District Court of Example authorised, under chapter 10, section 6 of the Example Coercive Measures Act, the obtaining of identification and traffic data for example.fi.", []string{"court_order"}},
		{"捜索差押許可状を添付します。example.jp の登録者情報をお願いします。", []string{"search_warrant"}},
		{"압수수색영장을 첨부합니다. example.kr 의 가입자 정보를 요청합니다.", []string{"search_warrant"}},
		// Process a letter says it would spare, or promises with another.
		{"Please tell us who registered example.com; answering voluntarily would spare your company a subpoena later on.", []string{"none"}},
		{"Please tell us who registered example.com; it would spare you the inconvenience of a subpoena.", []string{"none"}},
		{"Please preserve the records of example.com. A court order or subpoena will be served once obtained.", []string{"preservation"}},
		// "Or" before another thing, "to save time": the process is sent.
		{"Attached is a signed search warrant or the original can be sent by mail if you prefer; produce the records of example.com.", []string{"search_warrant"}},
		{"To save time a search warrant from the district court is attached for the records of example.com.", []string{"search_warrant"}},
		{"Please produce the records of example.com. A search warrant or production order will be served once obtained.", []string{"none"}},
		{"Please produce the records of example.com. A warrant or judicial authorization will be sent.", []string{"none"}},
		{"To spare your legal department a subpoena, we ask that you voluntarily provide the records of example.com.", []string{"none"}},
		{"The Court of Example granted, on 1 September 2026, the production of the subscriber data of example.com.", []string{"court_order"}},
		{"Un danger imminent pour la vie d'un adolescent nous conduit à demander les données de example.fr.", []string{"emergency"}},
		// Session 27: a life in danger in Spanish and French words of
		// their own ("riesgo vital", "en danger immédiat", the French
		// "disparition inquiétante" of a minor); not danger denied.
		{"Con carácter urgente y por existir riesgo vital para una persona, solicitamos los datos de example.es.", []string{"emergency"}},
		{"Un garçon de 13 ans est en danger immédiat ; merci de nous transmettre les données de example.fr.", []string{"emergency"}},
		{"Enquête pour disparition inquiétante d'une mineure : merci de nous transmettre les données de example.fr.", []string{"emergency"}},
		{"URGENT, situation d'urgence en cours, vie en danger. Besoin immédiatement des IP liées à example.ca.", []string{"emergency"}},
		{"Il n'y a plus de risque vital, la jeune fille est en sécurité. Merci de nous indiquer le titulaire de example.fr.", []string{"none"}},
		{"捜索差押許可状の写しは後日郵送します。example.jp の登録者情報をお願いします。", []string{"search_warrant"}},
		// A warrant still applied for, in Japanese and Korean; a court's
		// authorisation hoped for.
		// Privacy and a denied danger are no danger to life; a lost phone
		// is no missing person.
		{"Dans une affaire d'atteinte à la vie privée, avec un risque réel pour la vie privée de la victime, merci de nous indiquer le titulaire de example.fr.", []string{"none"}},
		{"Il n'y a aucun risque vital. Merci de nous indiquer le titulaire de example.fr.", []string{"none"}},
		{"We investigate the loss of a mobile phone (zaginięcie telefonu komórkowego); please send the records of example.pl as soon as possible.", []string{"none"}},
		{"捜索差押許可状は現在裁判所に請求中です。example.jp の保全をお願いします。", []string{"none"}},
		{"압수수색영장은 아직 발부되지 않았습니다. example.kr 의 정보를 요청합니다.", []string{"none"}},
		{"The district court, once it has authorised, as we have asked it to, the disclosure of subscriber records, will sign the order next week. Please preserve example.com.", []string{"preservation"}},
		// Process the writer cannot serve, expects to serve, or will not be
		// given; a judge who signed an order.
		{"We would ask for the owner of example.com voluntarily; we are not in a position to serve a subpoena yet.", []string{"none"}},
		{"Please preserve the records of example.com. We expect to serve a search warrant or subpoena within the 90 days.", []string{"preservation"}},
		{"The loss is small, so the prosecutor isn't going to give me a subpoena. Who owns example.com?", []string{"none"}},
		{"A judge signed an order for me this morning for the subscriber records of example.com; please send them to me.", []string{"court_order"}},
		// Session 27: an order the writer had signed; an order's own
		// command to produce; a non-disclosure order's command is none.
		{"Attached is the order we had signed yesterday for the subscriber records of example.com.", []string{"court_order"}},
		// Session 27 review: an order's words from a draft, a proposed
		// order or one still to be signed; an order the writer had that
		// has expired.
		{"Once the judge signs it, the order will read: IT IS ORDERED that the custodian of records shall produce the subscriber records of example.com.", []string{"none"}},
		{"Here is our draft proposed order for your comments: IT IS HEREBY ORDERED that Provider shall produce the records of example.com.", []string{"none"}},
		{"Magistrate Judge Jo Roe signed our proposed order this morning: IT IS HEREBY ORDERED that the custodian of records shall produce the records of example.com.", []string{"court_order"}},
		{"Nous enquêtons sur la vente en ligne de faux médicaments, qui met des vies en danger. Merci de nous transmettre les données de example.fr.", []string{"none"}},
		{"The order we had signed by the district court last year has expired, and we have no new one. Please send the records of example.com voluntarily.", []string{"none"}},
		// Danger words of a story that is no emergency.
		{"Urgent: customers took tablets bought on example.com that turned out to be chalk. Please send the subscriber records urgently; they will help us identify the seller.", []string{"none"}},
		{"Urgent please: the investigation of the exploitation is ongoing and the files date from 2023. Send the records of example.com as soon as possible.", []string{"none"}},
		{"This is urgent. The suspect, a former tenant, posted that he plans to leave the state and not come back after defrauding his landlord. Please send the records of example.com.", []string{"none"}},
		// A warrant still drafted, then told of in the future: the same
		// warrant, not yet there.
		{"Please preserve the records of example.com. A search warrant is being drafted; I will forward it on this thread. Our case number will be on the warrant.", []string{"preservation"}},
		{"Please preserve the records of example.com. The case number is on the attached search warrant, signed today.", []string{"preservation", "search_warrant"}},
		{"ORDER\n\nIT IS HEREBY ORDERED that the custodian of records for Provider shall produce the subscriber records of example.com.\n\n/s/ Judge", []string{"court_order"}},
		{"ORDER\nThe custodian shall produce the account records of example.com for May 2026.\nDONE AND ORDERED in Chambers.\n____ Judge", []string{"court_order"}},
		{"IT IS HEREBY ORDERED that Provider shall not disclose the existence of the attached warrant for one year.\n\nPlease produce the records of example.com under the search warrant.", []string{"nondisclosure_order", "search_warrant"}},
		{"In 2019 the court ordered that the defendant shall provide his passwords; he refused. Who registered example.com?", []string{"none"}},
		{"We expect to serve the attached search warrant on your office in person as well; produce the records of example.com.", []string{"search_warrant"}},
		// Until a treaty request arrives, in German and French.
		{"Ein Rechtshilfeersuchen wird vorbereitet. Bis zum Eingang des Rechtshilfeersuchens bitten wir, die Daten zu sichern: example.de.", []string{"preservation"}},
		{"Dans l'attente de la demande d'entraide, nous demandons la conservation des données de example.fr.", []string{"preservation"}},
		// Session 27: a ministry's assistance unit, and a request to be
		// sent "so that" one is transmitted: none yet.
		{"Nous allons passer par le Groupe d'entraide internationale afin qu'une demande d'entraide juridique soit transmise. Pouvez-vous confirmer que example.ca est client chez vous ?", []string{"none"}},
		{"Pending the mutual legal assistance request, please preserve the records of example.com.", []string{"preservation"}},
		// A notice not to be given of the process keeps the process; a
		// subpoena the writer will not get, an order of protection, a
		// courtesy awaiting a reply, a warrant the writer is in a position
		// to serve and sends.
		{"A man threatened to kill his former wife tonight; this is an emergency disclosure request for example.com. Please do not give the account holder any notice of this emergency disclosure request.", []string{"emergency"}},
		{"Do not give the subscriber notice of this search warrant before January 1, 2027. Produce the records of example.com.", []string{"search_warrant"}},
		{"I'm not going to get a prosecutor to sign off on a subpoena for this. Who owns example.com?", []string{"none"}},
		{"The judge signed an order of protection for her last week. Please send the subscriber records of example.com.", []string{"none"}},
		{"The judge signed my order this afternoon authorizing release of the subscriber records of example.com.", []string{"court_order"}},
		// An order that restrains someone in the story, and one the writer
		// calls too much for the case.
		{"EMERGENCY: a boy was taken by his father, who is barred by court order from contact with him, and threatened to kill him. His site is example.com.", []string{"emergency"}},
		{"For a $300 loss a court order would be overkill; who owns example.com?", []string{"none"}},
		// Process the writer finds too slow to get, and one a courtesy would
		// spare the company.
		{"Getting a warrant for a case like this takes months, so I'm asking you directly: who owns example.com?", []string{"none"}},
		{"Going through the prosecutor for a subpoena on something like this takes weeks. Could you tell me who runs example.com?", []string{"none"}},
		{"Disclosing the registrant's name now would spare your company a third-party subpoena once suit is filed; the site is example.com.", []string{"none"}},
		{"The attached subpoena takes effect on service; produce the records of example.com.", []string{"subpoena"}},
		{"A judge signed an order last week authorizing me to obtain the account details of example.com. I can send the order over if you need to see it.", []string{"court_order"}},
		{"The loss is small, so the prosecutor is not going to want to spend a subpoena on it. Who set up example.com?", []string{"none"}},
		{"Before I go through the whole process of writing up a court order, I wanted to see if you could just tell me who owns example.com.", []string{"none"}},
		// Process for a person's arrest, not for records.
		{"EMERGENCY: the judge issued an order for his arrest yesterday after he threatened to kill his wife; he posts on example.net.", []string{"emergency"}},
		{"A warrant was issued for his arrest last week. Please send the subscriber records of example.net.", []string{"none"}},
		{"The judge issued an order for the production of the subscriber records of example.net.", []string{"court_order"}},
		{"Service of the original grand jury subpoena takes weeks by mail, so a scanned copy is attached for the records of example.com.", []string{"subpoena"}},
		{"The paper search warrant will take weeks to reach your registered agent, so a copy is attached for example.com.", []string{"search_warrant"}},
		{"Request for legal assistance - subscriber information of example.no. Could you tell us who holds the account?", []string{"none"}},
		{"Målsäganden har beviljats rättshjälp. Vi ber om bevarande av data för example.se; preserve the records for 90 days.", []string{"preservation"}},
		{"Vedlagt er retsanmodning fra Københavns Byret om data for example.dk, hvor svaret vil blive sendt videre.", []string{"mlat"}},
		{"Attached is a grand jury subpoena about robberies in which clerks were robbed at gunpoint; please respond as soon as possible for example.com.", []string{"subpoena"}},
		// Haste about being told, not about the data.
		{"Attached is a court order for the records of example.com. The investigation concerns a gang that threatened to kill witnesses. If production within 7 days is not practicable please let me know as soon as possible.", []string{"court_order"}},
		{"A man posted on example.com that he will shoot his coworkers tomorrow morning. Please let me know as soon as possible who holds the account; his IP logs will help us find him.", []string{"emergency"}},
		{"A man who uses the account example.com has threatened to shoot his ex-wife and her children. Please let us know his address as soon as possible.", []string{"emergency"}},
		{"The county attorney's office isn't going to want to paper a subpoena for this, so I am hoping you can tell me who is behind example.com.", []string{"none"}},
		{"We haven't gotten to the point of a subpoena yet. Could you share the e-mail address of example.com?", []string{"none"}},
		{"Getting a court order for that amount isn't realistic for us, so I am hoping you can tell me who set up example.com.", []string{"none"}},
		{"Please preserve the records of example.com for 90 days. A court order or other process will be provided.", []string{"preservation"}},
		{"Honestly, a subpoena on something like this would take weeks, so I am hoping you can tell me who is behind example.com.", []string{"none"}},
		{"Any records produced in response to this subpoena will be provided only to the grand jury; produce the records of example.com.", []string{"subpoena"}},
		{"The original of the search warrant will be delivered by certified mail; this copy is served by e-mail for the records of example.com.", []string{"search_warrant"}},
		{"Further to our request for legal assistance to the United States, the U.S. District Court for the Northern District of California has issued the enclosed order for example.com.", []string{"mlat", "court_order"}},
		{"Our Request for Legal Assistance through the Central Authority was granted; enclosed is the resulting order of the U.S. District Court for example.com.", []string{"mlat"}},
		{"This request for legal assistance was sent directly to you because of the urgency. Please provide the subscriber information of example.net.", []string{"none"}},
		{"This is a request for legal assistance to the United States company that hosts example.net. Please provide the subscriber information.", []string{"none"}},
		{"Attached is a preservation request for example.com; the subpoena will be provided later.", []string{"preservation"}},
		{"A subpoena may be provided upon request. Please tell me who owns example.com.", []string{"none"}},
		{"Getting a subpoena would take weeks to get to a judge, so I am hoping you can tell me who registered example.com.", []string{"none"}},
		{"Voluntary cooperation now would spare your company the cost of responding to a subpoena later; the site is example.com.", []string{"none"}},
		{"Before we send a formal request for legal assistance to the United States, we ask you to provide the data of example.de voluntarily.", []string{"none"}},
		{"A mutual legal assistance request may follow; please preserve the data of example.de.", []string{"preservation"}},
		{"The records requested in the attached grand jury subpoena must be provided by November 30, 2026 for example.com.", []string{"subpoena"}},
		{"Our request for legal assistance to the United States of America was granted; the attached order of the U.S. District Court for the District of Columbia is served on you for example.de.", []string{"mlat", "court_order"}},
		{"Tramitar una comisión rogatoria llevaría varios meses; ¿podrían facilitarnos el correo de contacto de example.es?", []string{"none"}},
		// A request for legal assistance, in English and in Danish.
		{"This is a request for legal assistance to the U.S. company hosting example.net. Please provide the subscriber information.", []string{"none"}},
		{"A grand jury subpoena takes weeks to reach providers by mail, so this copy is coming to you by e-mail. Please produce the records of example.com.", []string{"subpoena"}},
		{"Om nødvendigt vil vi fremsende en retsanmodning. Please preserve the data of example.dk for 90 days.", []string{"preservation"}},
		{"En retsanmodning er under udarbejdelse; please preserve the data of example.dk.", []string{"preservation"}},
		// Session 28: a treaty request not yet drafted, in Danish; the
		// route such a request must take, told back.
		{"Vi har ikke på nuværende tidspunkt udarbejdet en retsanmodning; please preserve the data of example.dk for 90 days.", []string{"preservation"}},
		{"Thank you for explaining that a request from Spain needs to come through the Mutual Legal Assistance Treaty. Please preserve the data of example.es for 90 days.", []string{"preservation"}},
		{"Vi har nu fremsendt en retsanmodning via Justitsministeriet; please preserve the data of example.dk for 90 days.", []string{"mlat", "preservation"}},
		{"Vi har ikke fått svar og har sendt en rettsanmodning via Justisdepartementet; please preserve the data of example.no for 90 days.", []string{"mlat", "preservation"}},
		{"We are not yet in a position to send a mutual legal assistance request; please preserve the data of example.no.", []string{"preservation"}},
		{"Preservation request: vi anmoder om sikring af data for example.dk i 90 dage med henblik på en kommende retsanmodning. En retsanmodning vil blive fremsendt via Justitsministeriet.", []string{"preservation"}},
		{"I forlængelse af vores retsanmodning til USA har retten udstedt den vedlagte kendelse; we ask for the records of example.dk under the enclosed order.", []string{"mlat", "court_order"}},
		{"We will apply to the Example Court for a search warrant following your confirmation that the account exists; meanwhile preserve example.com.", []string{"preservation"}},
		// Court rulings in Slovenian and Lithuanian.
		{"Na podlagi odredbe Okrožnega sodišča v Ljubljani prosimo za podatke o example.si.", []string{"court_order"}},
		{"Okrožno sodišče v Kranju je dne 2. 10. 2026 izdalo odredbo; prosimo za podatke o example.si.", []string{"court_order"}},
		{"Pagal Vilniaus apylinkės teismo nutartį prašome pateikti duomenis apie example.lt.", []string{"court_order"}},
		// Court rulings in the words of their countries (general
		// knowledge): Spanish, Romanian, Bulgarian, Icelandic,
		// Lithuanian, Georgian, Azerbaijani, Arabic, Thai, Russian and
		// Croatian; and a Romanian letter rogatory.
		{"La medida fue autorizada por el 3° Juzgado de Garantía de Temuco; solicitamos los datos de example.cl.", []string{"court_order"}},
		{"Atașăm încheierea judecătorului de drepturi și libertăți privind datele example.ro.", []string{"court_order"}},
		{"Съдия от Районен съд – Пловдив разреши достъпа до данните за example.bg.", []string{"court_order"}},
		{"Með úrskurði Héraðsdóms Norðurlands eystra var heimilað að afla gagna um example.is.", []string{"court_order"}},
		// Session 25: Spanish preservation; the Budapest Convention's
		// article 29 (expedited preservation) named before the treaty.
		{"Les solicito la preservación expedita de los datos asociados a example.cr.", []string{"preservation"}},
		{"U skladu sa članom 29 Konvencije o visokotehnološkom kriminalu upućujemo zahtjev za podatke o example.me.", []string{"preservation"}},
		{"Solicitud conforme al art. 29, Convenio sobre la Ciberdelincuencia, para example.cr.", []string{"preservation"}},
		// Session 25: a US court's caption for a treaty request; Latvian
		// legal assistance.
		{"UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF EXAMPLE\nIN RE REQUEST FROM LATVIA FOR ASSISTANCE IN A CRIMINAL MATTER\nMisc. No. 26-mc-0001\nThe provider shall produce the records of example.lv.", []string{"mlat"}},
		{"Izpildot Latvijas lūgumu par tiesisko palīdzību krimināllietā, lūdzam datus par example.lv.", []string{"mlat"}},
		// Session 25: a court's ruling or decree "of" it, in English; a
		// Spanish order to produce documents issued by a court; a
		// Portuguese judge's despacho with his honorific; a Serbian or
		// Macedonian court's naredba.
		{"Pursuant to the ruling of the Kauno apylinkės teismas (Kaunas District Court) of 8 May 2026, we are authorised to obtain the data of example.lt.", []string{"court_order"}},
		{"By the ruling of Batumi City Court dated 16 March 2026 the investigation may obtain the data of example.ge.", []string{"court_order"}},
		{"Con fundamento en la orden de exhibición de documentos emitida el 6 de marzo de 2026 por el Juzgado Primero de Primera Instancia Penal, solicitamos los datos de example.gt.", []string{"court_order"}},
		{"Por despacho do Meritíssimo Juiz do Tribunal Judicial da Comarca de Mindelo, de 3 de março, solicitamos os dados de example.cv.", []string{"court_order"}},
		{"Наредбом Вишег суда у Нишу тражимо податке о example.rs.", []string{"court_order"}},
		{"Na osnovu naredbe Osnovnog suda u Sarajevu molimo podatke o example.ba.", []string{"court_order"}},
		{"Tražit ćemo naredbu suda ako bude potrebno; zasad molimo podatke o example.ba.", []string{"none"}},
		{"In accordance with the ruling of the Supreme Court in Carpenter v. United States, we are not requesting any location data. Please provide the subscriber name of example.com.", []string{"none"}},
		{"Based on the decision of the Sixth Circuit Court of Appeals in Warshak, we do not seek content. Please provide the subscriber name of example.com.", []string{"none"}},
		{"Za ove podatke nije potrebna naredba suda prema našem zakonu; molimo podatke o example.ba.", []string{"none"}},
		{"Naredbu suda ćemo dostaviti naknadno; molimo podatke o example.ba.", []string{"none"}},
		{"Una vez que obtengamos la orden de exhibición del Juzgado Primero se la enviaremos; solicitamos los datos de example.gt.", []string{"none"}},
		{"We will ask for a ruling of the Kauno apylinkės teismas next week; for now please preserve example.lt.", []string{"preservation"}},
		{"Ikiteisminio tyrimo teisėjo nutartimi leista gauti duomenis apie example.lt.", []string{"court_order"}},
		{"ქუთაისის საქალაქო სასამართლოს განჩინების საფუძველზე გთხოვთ მოგვაწოდოთ example.ge-ის მონაცემები.", []string{"court_order"}},
		{"Gəncə Şəhər Məhkəməsinin qərarı ilə example.az haqqında məlumat tələb olunur.", []string{"court_order"}},
		{"أصدرت محكمة الجنايات بالإسكندرية أمراً بالاطلاع على بيانات example.eg.", []string{"court_order"}},
		{"ศาลจังหวัดเชียงใหม่ได้มีคำสั่งให้เปิดเผยข้อมูลของ example.th", []string{"court_order"}},
		{"Постановлением суда разрешено получить сведения о example.kz.", []string{"court_order"}},
		{"Za dohvat podataka o example.hr postoji sudski nalog.", []string{"court_order"}},
		{"Judecătoria Iași a emis o comisie rogatorie internațională pentru datele example.ro.", []string{"mlat"}},
		{"Dans l'attente de votre retour rapide, vous trouverez ci-joint la commission rogatoire internationale concernant example.fr.", []string{"mlat"}},
		{"We are in a position to serve a search warrant on your company today, and it accompanies this e-mail; produce the records of example.com.", []string{"search_warrant"}},
		{"We serve the attached search warrant for example.com. The judge also signed an order under the state's privacy act delaying notification to the subscriber until May 1, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		{"Please preserve the records of example.com. Our warrant application is still with the prosecutor for review.", []string{"preservation"}},
		{"Frankly, we applied for an order under 18 U.S.C. 2703(d) for example.com and the judge would not sign it. Could you help voluntarily?", []string{"none"}},
		{"I have put in a subpoena request with the prosecutor and will forward the subpoena as soon as it is signed. Who holds example.com?", []string{"none"}},
		{"Wij verzoeken om bewaring van de gegevens van example.nl, in afwachting van een rechtshulpverzoek.", []string{"preservation"}},
		{"A direct answer would spare us a lengthy MLAT procedure. Please send the subscriber data of example.de.", []string{"none"}},
		{"O processo de auxílio judiciário mútuo demora vários meses; pedimos os dados de example.pt.", []string{"none"}},
		{"Conforme a la Convención sobre Asistencia Mutua en Materia Penal, la orden judicial adjunta fue dictada por el tribunal de Estados Unidos para example.cl.", []string{"mlat", "court_order"}},
		{"Please preserve the data of example.au. The ministry is preparing a mutual assistance request to the United States under the Treaty on Mutual Assistance in Criminal Matters.", []string{"preservation"}},
		// The review's probes: ordinary words around served process.
		{"Please provide, as soon as possible, the records described in the search warrant issued by the Example Circuit Court for example.com.", []string{"search_warrant"}},
		{"Once we have the records from the search warrant signed by Judge Roe for example.com, we can make an arrest.", []string{"search_warrant"}},
		{"Detectives applied for and obtained a search warrant for example.com from Judge Roe.", []string{"search_warrant"}},
		{"I have attached the paperwork for the grand jury subpoena for example.com.", []string{"subpoena"}},
		{"Judge Roe approved our application; we applied for the search warrant on August 30 and it covers example.com.", []string{"search_warrant"}},
		{"Nous vous adressons cette réquisition pour example.fr sans recourir à l'entraide judiciaire, qui prendrait plusieurs mois.", []string{"subpoena"}},
		{"L'entraide judiciaire prendrait plusieurs mois; la présente réquisition pour example.fr vous est donc adressée directement.", []string{"subpoena"}},
		{"Dado que la asistencia judicial mutua tardaría muchos meses, le ruego que nos facilite los datos de example.es.", []string{"none"}},
		{"A formal preservation request, signed by the prosecutor, will follow next week. Please produce the records of example.com.", []string{"none"}},
		{"Si trasmette in allegato la rogatoria internazionale emessa dalla Procura per example.it, la cui traduzione sarà inviata a parte.", []string{"mlat"}},
		{"The amount stolen is under the threshold for federal charges but a search warrant was signed by Judge Roe for example.com.", []string{"search_warrant"}},
		{"In order to avoid delaying notification of the victim's family, please send the records of example.com under the attached subpoena.", []string{"subpoena"}},
		{"We serve the attached search warrant for example.com and the court's order under Fla. Stat. 934.25 delaying notification until March 1, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		// Round 17's shapes, in other words.
		{"Frankly the sums are small enough that a subpoena isn't worth the wait; could you tell me who holds example.net?", []string{"none"}},
		{"Last month we applied to the Example County District Court for an order under 18 U.S.C. 2703(d) and the judge turned it down. Could you help voluntarily with example.net?", []string{"none"}},
		{"A judge signed an order this afternoon directing your company to produce the records of example.net.", []string{"court_order"}},
		{"Nous vous demandons de conserver les données de example.fr, dans l'attente de la transmission d'une demande d'entraide pénale internationale.", []string{"preservation"}},
		{"URGENTE – RISCO À VIDA. Solicitamos os dados de example.com.br com a máxima urgência.", []string{"emergency"}},
		{"Please preserve the records of example.com under 18 U.S.C. 2703(f). A 2703(d) order is being prepared.", []string{"preservation"}},
		// Session 13, fourth review's probes.
		{"Judge Roe issued the search warrant for example.com, and the return is being prepared by my partner.", []string{"search_warrant"}},
		{"The search warrant for example.com was signed today and a copy is being prepared for you.", []string{"search_warrant"}},
		{"Pursuant to the active warrant signed by Judge Roe on September 1, please produce the records for example.com.", []string{"search_warrant"}},
		{"Search warrant pending. Please send the subscriber records for example.com now.", []string{"none"}},
		{"A mutual legal assistance request may be submitted at a later stage; please disclose the subscriber data for example.com voluntarily.", []string{"none"}},
		{"We expect to obtain the records under this subpoena for example.com by October 1.", []string{"subpoena"}},
		{"Ein Rechtshilfeersuchen, das wir derzeit prüfen, würde mehrere Monate dauern; wir bitten um freiwillige Auskunft zu example.de.", []string{"none"}},
		// The third review's probes.
		{"Judge Roe signed an order of protection on October 28 requiring the suspect to stay away from the victim. Please provide the subscriber information for example.net.", []string{"none"}},
		{"On October 20 we applied to the Example County Circuit Court for a 2703(d) order. Judge Roe signed it on October 30 and a copy is attached; it covers example.net.", []string{"court_order"}},
		{"Não há risco à vida neste caso; solicitamos a preservação dos dados de example.pt.", []string{"preservation"}},
		// Mutual assistance planned, in preparation or too slow; a warrant
		// pending.
		{"Please preserve example.co.uk. Our request for mutual legal assistance will be submitted through the Central Authority next month.", []string{"preservation"}},
		{"A request for mutual legal assistance to the United States is being prepared by the Attorney-General's Department; please preserve example.au.", []string{"preservation"}},
		{"Ein Rechtshilfeersuchen an die Vereinigten Staaten befindet sich in Vorbereitung. Bitte sichern Sie die Daten zu example.at.", []string{"preservation"}},
		{"Ein förmliches Rechtshilfeersuchen an die USA würde mehrere Monate in Anspruch nehmen; wir bitten um freiwillige Auskunft zu example.de.", []string{"none"}},
		{"We are not proceeding by way of a mutual legal assistance request, which would take many months; the attached production order covers example.ie.", []string{"court_order"}},
		// Session 13, third review's probes.
		{"We'll ask that you produce the records described in the attached grand jury subpoena for example.com.", []string{"subpoena"}},
		{"Records responsive to this subpoena for example.com may be submitted electronically to this address.", []string{"subpoena"}},
		{"Attached is a grand jury subpoena pending your compliance, for example.com.", []string{"subpoena"}},
		{"The subpoena in this matter is being prepared by the prosecutor for example.com. Please send the subscriber records in the meantime.", []string{"none"}},
		{"A subpoena for example.com and related domains is being finalized; please send what you can now.", []string{"none"}},
		{"We will obtain a Sangamon County Circuit Court search warrant for example.com; please send the records now.", []string{"none"}},
		{"The suspect has an outstanding warrant issued in Cook County for armed robbery; please preserve example.com.", []string{"preservation"}},
		{"He has an open warrant for the account holder's arrest; please preserve example.com.", []string{"preservation"}},
		{"A warrant for aggravated battery on a police officer was issued; please preserve example.com.", []string{"preservation"}},
		{"Anbei der Beschluss des Amtsgerichts Köln für example.de, unsere schriftliche Stellungnahme ist noch in Vorbereitung.", []string{"court_order"}},
		{"Judge Roe granted a search warrant for example.com, which could take weeks to serve through your registered agent.", []string{"search_warrant"}},
		{"The court denied a request for a 2703(d) order for example.com; please send the records voluntarily.", []string{"none"}},
		// The second review's probes.
		{"When you receive the attached subpoena, please produce the records of example.net.", []string{"subpoena"}},
		{"The grand jury subpoena is attached, and we have applied for a search warrant for the contents; please produce the records of example.net.", []string{"subpoena"}},
		{"We will forward them to AUSA Jane Roe, who signed the attached grand jury subpoena for example.net.", []string{"subpoena"}},
		{"I will forward the records to the prosecutor under the enclosed subpoena for example.net.", []string{"subpoena"}},
		{"En aras de la colaboración y asistencia mutua entre nuestras instituciones, le solicitamos los datos de example.es.", []string{"none"}},
		{"Under 18 U.S.C. 2703(f), preserve the records of example.net, since the records will be sought at a later stage.", []string{"preservation"}},
		{"The attached warrant covers example.net; the judge also put in place a nondisclosure order until March 1, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		{"Court Order Delaying Notice, valid until March 1, 2027, accompanies the attached search warrant for example.net.", []string{"nondisclosure_order", "search_warrant"}},
		{"The attached search warrant covers example.net.\nORDER DELAYING NOTIFICATION (Pen. Code 1546.2(b)): notice delayed 90 days, until February 1, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		{"No âmbito do pedido de auxílio judiciário mútuo formulado aos Estados Unidos, enviamos os dados de example.pt.", []string{"mlat"}},
		// Process the case will never get, or only asked for.
		{"Honestly it's not a case our county attorney is going to run a subpoena on, but if you could tell me who holds example.com that would help.", []string{"none"}},
		{"The amount lost is below what the prosecutor will sign a court order for, so I am asking informally about example.com.", []string{"none"}},
		{"Last month we applied for a search warrant for example.com and the judge turned it down. Could you share the subscriber details anyway?", []string{"none"}},
		{"We applied for a search warrant for example.com, which the magistrate signed this morning; it is attached.", []string{"search_warrant"}},
		// Session 25: our answer to the agency's process in another matter.
		{"Last year your team responded to our grand jury subpoena in a different matter, and it went smoothly. We would like the registration information for example.com.", []string{"none"}},
		// Session 25: a subpoena the writer will have issued if asked.
		{"If you require legal process for this, just tell me and we will have a subpoena issued. Otherwise please send the records of example.com.", []string{"none"}},
		{"We had a subpoena issued last week for example.com; it is attached.", []string{"subpoena"}},
		// The second review's probes: a grant after an earlier word of
		// expectation, obligation or future.
		{"The search warrant application I told you to expect was signed by Judge Roe of the U.S. District Court for the District of Example this morning. Please produce the records of example.com.", []string{"search_warrant"}},
		{"The search warrant request we discussed yesterday, which you should have by fax, was signed by Judge Roe of the U.S. District Court for the District of Example on November 1. Please produce the records of example.com.", []string{"search_warrant"}},
		{"My search warrant affidavit for example.com, which I will send you with this letter, was signed and sworn before Judge Roe today.", []string{"search_warrant"}},
		// Session 25: an affidavit expected to be signed.
		{"I submitted a search warrant affidavit to the judge this afternoon and expect it to be signed tomorrow; could you pull the records of example.com now?", []string{"none"}},
		{"I submitted a search warrant affidavit to the judge this morning and it was signed at noon; the warrant for example.com is attached.", []string{"search_warrant"}},
		// Session 25: a unit or a rank named for a process.
		{"Our warrant unit is closed until Tuesday, so we ask you to preserve example.com now.", []string{"preservation"}},
		{"Warrant Officer Jo Roe of the Army CID asks you to preserve example.com.", []string{"preservation"}},
		{"The warrant unit obtained the attached search warrant for example.com.", []string{"search_warrant"}},
		// Session 25: process asked of a prosecutor's office, not issued.
		{"I went to the County Attorney's Office for a subpoena, but they won't issue one before the bank reports the loss. Could you share who holds example.com?", []string{"none"}},
		{"We went back to the DA for a grand jury subpoena for example.com, which was issued Friday and is attached.", []string{"subpoena"}},
		{"My sergeant has the affidavit for a search warrant on his desk. Once we have the warrant in hand I will send it; until then, who owns example.com?", []string{"none"}},
		{"The magistrate declined to issue a warrant, so we served the enclosed 2703(d) order for example.com instead.", []string{"court_order"}},
		{"We would prefer to resolve this without the time and expense of serving your company with a subpoena; who holds example.com?", []string{"none"}},
		{"Without the burden of a formal court order, could you confirm who registered example.com?", []string{"none"}},
		{"Getting a subpoena issued will take two to three weeks with the backlog; could you confirm whether example.com has a contact e-mail?", []string{"none"}},
		{"A court order would take 3 or 4 months here, so we ask for your help with example.com.", []string{"none"}},
		// Dutch and Belgian wording: assistance awaited or in preparation,
		// an investigating judge's order.
		{"Wij verzoeken u de gegevens van example.nl te bewaren in afwachting van een formeel rechtshulpverzoek. Dat verzoek wordt op dit moment door het Openbaar Ministerie voorbereid.", []string{"preservation"}},
		{"In bijlage vindt u een bevel van de onderzoeksrechter bij de Rechtbank van eerste aanleg (art. 88bis Sv.) voor example.be.", []string{"court_order"}},
		// A warrant a person is wanted on is no process for records.
		{"Emergency disclosure request: he has an active warrant for aggravated battery and is armed; send the records of example.com.", []string{"emergency"}},
		{"The suspect has outstanding warrants; please preserve example.com.", []string{"preservation"}},
		{"Attached is a warrant for the records of example.com.", []string{"search_warrant"}},
		// Preservation and danger to life in Czech and French.
		{"V souladu s § 7b trestního řádu Vás žádáme o uchování veškerých údajů o účtu example.cz.", []string{"preservation"}},
		{"Pursuant to Article 29 of the Convention on Cybercrime we ask you to keep the records of example.com.", []string{"preservation"}},
		{"Je vous demande de préserver les données relatives à example.ca. Une demande d'entraide juridique sera transmise par la suite.", []string{"preservation"}},
		{"Il s'agit d'une affaire présentant un risque grave et imminent pour la vie d'une personne; merci de communiquer les données de example.ma.", []string{"emergency"}},
		{"Nous devons préserver la vie privée des victimes; merci de communiquer les données de example.fr sur réquisition.", []string{"subpoena"}},
		// An order delaying notice named with its statute's short name,
		// or given by the grant of its application.
		{"Forwarding the clerk's e-mail with the signed search warrant for example.com and the CalECPA order delaying notice.", []string{"search_warrant", "nondisclosure_order"}},
		{"The judge signed the search warrant for example.com and granted your application under Penal Code 1546.2(b) to delay notification for 90 days.", []string{"search_warrant", "nondisclosure_order"}},
		{"The judge signed the search warrant for example.com; we will ask the court later to delay notification.", []string{"search_warrant"}},
		// An order's own non-disclosure clause, in its words.
		{"The attached 2703(d) order covers example.com. Paragraph 4 of the order prohibits you from notifying the account holder until January 15, 2027.", []string{"court_order", "nondisclosure_order"}},
		{"ORDER under 18 U.S.C. 2703(d) for example.com. 4. The Provider shall not disclose the existence of this Order to any person until January 15, 2027.", []string{"court_order", "nondisclosure_order"}},
		{"Attached is a grand jury subpoena for example.com; you are requested not to disclose the existence of this subpoena.", []string{"subpoena"}},
		// A non-disclosure order only applied for, or refused.
		{"Please do not notify the account holder about the attached subpoena for example.com. We are applying for a court order under 18 U.S.C. 2705(b) and will forward it once entered.", []string{"subpoena"}},
		{"The attached 2703(d) order directs Provider to disclose the records of example.com. The government's request for an order under 18 U.S.C. § 2705(b) is DENIED.", []string{"court_order"}},
		{"Attached is the subpoena for example.com. We applied for an order under 18 U.S.C. 2705(b), which the judge signed; it is attached as well.", []string{"subpoena", "nondisclosure_order"}},
		{"The attached subpoena covers example.com. Please see the Order granting the Government's Application for an Order under 18 U.S.C. § 2705(b).", []string{"subpoena", "nondisclosure_order"}},
		{"The attached subpoena covers example.com. The order, entered on our motion for an order pursuant to 18 U.S.C. 2705(b), directs you not to notify anyone.", []string{"subpoena", "nondisclosure_order"}},
		{"Please produce the subscriber records of example.com without cost under the grand jury subpoena attached.", []string{"subpoena"}},
		{"We are still waiting on the grand jury subpoena return for example.net; attached is a second grand jury subpoena for example.com.", []string{"subpoena"}},
		{"We are still waiting on the grand jury subpoena return; please answer it for example.com.", []string{"subpoena"}},
		{"Last Friday the magistrate judge denied our application for an order under 18 U.S.C. 2703(d); could you send the records of example.com voluntarily?", []string{"none"}},
		{"The judge denied our application for a search warrant but granted the attached 2703(d) order for example.com.", []string{"court_order"}},
		// Session 13, second review's probes.
		{"The court denied the subscriber's motion for reconsideration of the 2703(d) order for example.com, which stands.", []string{"court_order"}},
		{"Attached is a 2703(d) order for example.com, and a search warrant is being drafted for the contents.", []string{"court_order"}},
		{"Attached is the grand jury subpoena for the records of example.com that are being prepared for trial.", []string{"subpoena"}},
		{"We expect to obtain the requested records of example.com through the attached grand jury subpoena.", []string{"subpoena"}},
		{"Our office will issue payment for reasonable costs of complying with the attached subpoena for example.com.", []string{"subpoena"}},
		{"Attached is the signed warrant for burglary case 26-118342 covering example.com.", []string{"search_warrant"}},
		{"Attached is an active warrant signed by Judge Roe of the Superior Court for example.com.", []string{"search_warrant"}},
		{"De verdachte werd op bevel van de onderzoeksrechter aangehouden; wij vragen vrijwillig de gegevens van example.be.", []string{"none"}},
		{"A subpoena for your records of example.com is being drafted by the county attorney and should be signed next week.", []string{"none"}},
		{"The county prosecutor expects to issue a grand jury subpoena for example.com next week; please send the records now.", []string{"none"}},
		{"We are still waiting on the grand jury subpoena, so please extend the preservation of example.com for another 90 days.", []string{"preservation"}},
		{"We are awaiting the search warrant; please preserve example.com meanwhile.", []string{"preservation"}},
		{"We are waiting for your response to the attached subpoena for example.com.", []string{"subpoena"}},
		{"A request under the mutual legal assistance treaty may eventually be needed; for now please preserve example.ie.", []string{"preservation"}},
		{"Going through MLAT would take far too long, so we are hoping you will help voluntarily with example.nz.", []string{"none"}},
		{"Chiediamo di non cancellare i dati di example.it ai sensi dell'art. 29 della Convenzione di Budapest, in attesa della rogatoria internazionale che sarà inoltrata dal Ministero.", []string{"preservation"}},
		// Session 14: a denial over two processes joined by "or"; a
		// process to be sent once it is signed.
		{"The loss is small, so it's not going to get a warrant or a subpoena from our prosecutor. Could you tell me who holds example.com?", []string{"none"}},
		{"There is no warrant, but the attached subpoena or the order under 2703(d) covers example.com.", []string{"subpoena", "court_order"}},
		{"Our prosecutor is drafting a subpoena for example.com. I'll send the subpoena over as soon as it's signed; could you send the e-mail address now?", []string{"none"}},
		{"I'll send the subpoena for example.com over tonight; the judge signed it this morning.", []string{"subpoena"}},
		{"We hope you will disclose the records of example.com without requiring us to file suit and serve a subpoena.", []string{"none"}},
		// A non-disclosure order not asked of the court, or applied for
		// and awaited; one the court granted after it was asked.
		{"Attached is the search warrant for example.com. Please do not notify the holder; we did not ask the court for a nondisclosure order.", []string{"search_warrant"}},
		{"Attached is the grand jury subpoena for example.com. We have applied to the Court for an order under 18 U.S.C. 2705(b) and will\nforward it as soon as it is signed. Until then, we ask that you not notify the subscriber.", []string{"subpoena"}},
		{"Attached is the grand jury subpoena for example.com. We applied for a delayed-notice order under 2705(b). We will send it to you as soon as it is signed.", []string{"subpoena"}},
		{"Attached is the grand jury subpoena for example.com. We applied to the Court for an order under 18 U.S.C. 2705(b); it was signed today and is attached.", []string{"subpoena", "nondisclosure_order"}},
		{"Attached is the search warrant for example.com. We asked the court for a nondisclosure order, which the judge granted; it is attached.", []string{"search_warrant", "nondisclosure_order"}},
		// Session 14 review: process to be returned or answered "once it is
		// signed" is there; a secrecy order's "not to disclose" keeps the
		// subpoena it names.
		{"Please find the subpoena for example.com attached and return the certificate once it is signed.", []string{"subpoena"}},
		{"Here is the search warrant for example.com, please return it to me once it's signed by your custodian.", []string{"search_warrant"}},
		{"Please respond to this subpoena for example.com when it is signed and served upon you.", []string{"subpoena"}},
		{"We will serve the warrant for example.com once it is signed; please preserve the records meanwhile.", []string{"preservation"}},
		{"Attached is the court order for example.com. You are ordered not to disclose this court order or any subpoena related to it.", []string{"court_order", "nondisclosure_order", "subpoena"}},
		{"The subpoena will be faxed to you when it is signed. Please produce the subscriber records of example.com.", []string{"none"}},
		{"I'll send over the search warrant as soon as it's signed. Please send the records of example.com now.", []string{"none"}},
		{"You will receive the 2703(d) order for example.com as soon as it is signed; please send the records now.", []string{"none"}},
		{"Urgent: fraud investigation. The seller, a woman on example.net, disappeared after receiving payment by wire transfer. Please send the records urgently.", []string{"none"}},
		// Third review: process at hand whose signing is spoken of.
		{"The court order for example.com, once it is signed by the judge, requires you to produce the records.", []string{"court_order"}},
		{"The grand jury subpoena for example.com, once it has been signed by your custodian of records, should be returned to my office.", []string{"subpoena"}},
		// Round 23: an inverted condition, a treaty request to be
		// addressed, no time to get process, one the writer will have.
		{"Please send the records of example.nl. Should your company require a formal mutual legal assistance request, please let me know and we will start one.", []string{"none"}},
		{"Please preserve the records of example.ch. A formal request for mutual assistance will be addressed to the competent United States authorities.", []string{"preservation"}},
		{"We have not had time to get a subpoena through the DA's office. Could you share the e-mail of example.com informally? I will have a subpoena for you next week.", []string{"none"}},
		{"Please produce the records of example.com under the attached subpoena; I will have the original subpoena mailed to you.", []string{"subpoena"}},
		// Session 32 review: process already sent ("you should have
		// received"), and one a plan begins with, are at hand.
		{"You should have received the search warrant for example.com by fax this morning; please produce the records it lists.", []string{"search_warrant"}},
		{"Our unit will begin the analysis once you respond to the search warrant issued today for example.com.", []string{"search_warrant"}},
		// Session 32: a subpoena that "would take us about two weeks" is
		// none.
		{"A subpoena would take us about two weeks, which will be too late for the victim, so please release the records of example.com voluntarily.", []string{"none"}},
		{"The subpoena we served takes effect today; please produce the records of example.com.", []string{"subpoena"}},
		// A civil party that would rather not file suit and serve a
		// subpoena has none.
		{"Our client would much prefer to resolve this without filing suit and serving a subpoena; please send the contact details for example.com.", []string{"none"}},
		// A treaty request "nicht vorgesehen" (not planned); a Czech
		// order and request "we do not have yet"; "before I go the
		// subpoena route".
		{"Wir bitten um freiwillige Auskunft zu example.ch. Ein Rechtshilfeersuchen ist nicht vorgesehen.", []string{"none"}},
		{"Prosíme o údaje k example.cz. Soudní příkaz ani žádost o právní pomoc zatím nemáme.", []string{"none"}},
		{"Before I go the subpoena route I'd like to talk to someone about the records of example.com.", []string{"none"}},
		{"Prosíme o údaje k example.cz na základě přiloženého soudního příkazu, který máme k dispozici.", []string{"court_order"}},
		// Session 32: a treaty request the prosecutor "will start".
		{"We understand that you cannot act on the decree. The Prosecutor will start a request for mutual legal assistance through the Ministry of Justice; what is your company's legal name for example.it?", []string{"none"}},
		// Session 32: a warrant awaited, then named again as the one a
		// court order still to come will accompany.
		{"Please preserve the records of example.com pending the issuance of a search warrant, which we expect to serve within two weeks. Do not notify the subscriber; a court order addressing notification will accompany the warrant.", []string{"preservation"}},
		{"Please preserve the records of example.com. A court order addressing notification is attached to the signed warrant.", []string{"preservation", "court_order", "search_warrant"}},
		// Session 32: process the writer hopes to have by a later day.
		{"We hope to have secured a court order from the county judge by Friday. Until then please send the subscriber records of example.com.", []string{"none"}},
		{"I expect to have obtained the search warrant next week; could you tell me meanwhile whether the account example.com exists?", []string{"none"}},
		{"We have secured a court order from the county judge; please produce the subscriber records of example.com as it directs.", []string{"court_order"}},
		// Danger to life in Spanish and Catalan with an adjective.
		{"Les solicitamos con carácter URGENTE los datos de example.es, dado que existe un riesgo inminente para la vida de una persona.", []string{"emergency"}},
		{"Sol·licitem amb caràcter urgent les dades de example.cat, atès que hi ha un risc imminent per a la vida d'una persona.", []string{"emergency"}},
		// Courts' rulings abroad in their own words.
		{"En las Diligencias Previas que se instruyen en el Juzgado de Instrucción n.º 3, dicho Juzgado dictó Auto con fecha 02/06/2026 por el que se autoriza a recabar los datos de example.es.", []string{"court_order"}},
		{"Nos autos do Processo nº 5004417, a 2ª Vara Federal Criminal de São Paulo deferiu o afastamento do sigilo de dados telemáticos de example.com.br.", []string{"court_order"}},
		{"Podstawa prawna: postanowienie sądu z dnia 14.09.2026 r. zezwalające na uzyskanie danych example.pl.", []string{"court_order"}},
		{"УХВАЛА. Слідчий суддя надав тимчасовий доступ до документів щодо example.ua.", []string{"court_order"}},
		// Second review: a refusal told with "without" or "for", a
		// supervisor's approval is no judge's; a court's act done after
		// "after" or before a comma; the route's slowness beside the
		// process at hand; an order that only bans telling of production.
		{"In case 2:26-mj-00411 we presented a search warrant to the duty magistrate of the United States District Court for the District of Example, who would not sign it without more facts. Please provide the records of example.com.", []string{"none"}},
		{"We presented a search warrant approved by our supervisor to the judge, but the judge refused to sign it. Please preserve example.com.", []string{"preservation"}},
		{"We served your office today, after the Court issued an order requiring Provider to produce the records of example.com.", []string{"court_order"}},
		{"As discussed when we spoke on Monday, the Court has issued an order requiring Provider to produce the records of example.com.", []string{"court_order"}},
		{"The subpoena process takes over a week at our office; it was issued on October 3, 2026 and is attached, for the records of example.com.", []string{"subpoena"}},
		{"Attached is the subpoena for example.com. The attached order commands that Provider shall not disclose the subpoena or its production of records for 90 days.", []string{"subpoena", "nondisclosure_order"}},
		// A court's ban on telling told as what it ordered; California's
		// order for delayed notification.
		{"Attached is the search warrant for example.com. The Court has also ordered that the existence of the warrant not be disclosed to the subscriber through April 15, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		{"Attached is the search warrant for example.com. The judge further ordered the file sealed and that the provider shall not disclose the warrant to the customer.", []string{"search_warrant", "nondisclosure_order"}},
		{"Attached is the search warrant for example.com. The magistrate ordered that you not notify anyone of it until further order.", []string{"search_warrant", "nondisclosure_order"}},
		{"Attached is the search warrant for example.com. An order for delayed notification under Penal Code § 1546.2(b) was signed with the warrant.", []string{"search_warrant", "nondisclosure_order"}},
		// Third review: a warrant served now though "expected"; a court's
		// act to come after "after" in a future sentence; a grant after a
		// refusal, a refusal of another thing; an order commanding in the
		// passive beside its ban on notice.
		{"We expect to serve the warrant today; a copy is attached. It covers example.com.", []string{"search_warrant"}},
		{"We intend to serve the search warrant issued by Judge Roe on your company for example.com.", []string{"search_warrant"}},
		{"Judge Jane Roe will review our application this week. After the Court has signed the order, we will serve it on you. Please send the subscriber name of example.com.", []string{"none"}},
		{"Please preserve example.com. Once the Court has ordered the disclosure of these records, we will send you a copy.", []string{"preservation"}},
		{"We presented the search warrant to Judge Roe, who initially declined to sign it but approved it on Tuesday; it is attached for example.com.", []string{"search_warrant"}},
		{"We presented the search warrant to the court for example.com. The court did not authorize the nondisclosure order.", []string{"search_warrant"}},
		{"Attached is a signed order prohibiting disclosure to the subscriber, and Provider is ordered to produce the subscriber records of example.com.", []string{"court_order", "nondisclosure_order"}},
		// A French investigating judge's own "commission rogatoire" to the
		// police is no treaty request; an international one is.
		{"La Gendarmerie agit sur commission rogatoire dans le cadre d'une information judiciaire. Par ordonnance du juge d'instruction, nous requérons les données de example.fr.", []string{"court_order"}},
		{"Une commission rogatoire internationale a été adressée aux autorités des États-Unis pour les données de example.fr.", []string{"mlat"}},
		// Round 26: a subpoena being drafted with an adjective, one to be
		// served once leave is granted, one before writing it; a proposed
		// warrant not signed yet, its affidavit, a promise to send it once
		// held.
		{"The State Attorney's Office is drafting an investigative subpoena for your records of example.com. I'll forward the subpoena as soon as it's signed.", []string{"none"}},
		// What providers in general want is no warrant at hand.
		{"The judge signed the 2703(d) order for example.com this afternoon. I know some providers want a warrant for the contents. Let's see what they say.", []string{"court_order"}},
		{"I know many providers insist on a warrant for content; ours is attached for example.com.", []string{"search_warrant"}},
		// A judge's signed order told by what it allows.
		{"The judge signed an order last Friday allowing me to obtain the account information of example.com. Please e-mail the records.", []string{"court_order"}},
		{"The judge has not signed an order allowing us to obtain the records of example.com yet; can you tell us if the account exists?", []string{"none"}},
		// A prosecutor's backlog of process is no process of this request.
		{"Our DA's office is running a couple of weeks behind on subpoenas, so could you just give me the e-mail on the account for example.com?", []string{"none"}},
		{"The court is swamped with warrant applications; meanwhile please tell us who holds example.com.", []string{"none"}},
		// A process the data would let the writer get.
		{"We have no process yet. Any info on who set up example.com would be a huge help and would let me get a warrant for the right person.", []string{"none"}},
		{"Please send the subscriber of example.com so we can obtain a search warrant for his house.", []string{"none"}},
		// A process the writer would rather not burden anyone with.
		{"In the hope of resolving this without burdening your company with a subpoena, we ask that you share who operates example.com.", []string{"none"}},
		{"We would rather not trouble you with a subpoena; could you tell us who holds example.com?", []string{"none"}},
		// A process joined by "or" to one the writer is still getting.
		{"The danger is over. Could you release the account e-mail of example.com informally? Getting a warrant or subpoena for this is going to take a while.", []string{"none"}},
		{"We have no warrant or subpoena yet for example.com; please send what you can.", []string{"none"}},
		{"Please process the attached subpoena for example.com. A warrant or court order for the contents will follow.", []string{"subpoena"}},
		// An administrative subpoena named only by its statute.
		{"Please see the attached request issued under 21 U.S.C. § 876 for the subscriber records of example.com.", []string{"subpoena"}},
		{"Pursuant to Title 21, United States Code, Section 876(a), you are required to produce the records of example.com described below.", []string{"subpoena"}},
		{"Pursuant to section 6(a)(4) of the Inspector General Act of 1978 you are directed to produce the account records of example.com.", []string{"subpoena"}},
		{"The Office of Inspector General requests, under 5 U.S.C. § 406(a)(4), the account records of example.com.", []string{"subpoena"}},
		// "Subpoena" as a verb is no process.
		{"We would like to subpoena the records of example.com later; for now please tell us if the account exists.", []string{"none"}},
		{"This demand is issued under 8 U.S.C. 1225(d)(4) for the records of example.com.", []string{"subpoena"}},
		// A statute after a denied or unfinished process shares its fate.
		{"We have not yet issued a subpoena pursuant to 21 U.S.C. 876. Could you tell us who registered example.com?", []string{"none"}},
		{"I'm drafting a subpoena under 21 U.S.C. § 876 for example.com; could you send the account e-mail meanwhile?", []string{"none"}},
		// The writer's own "I'm"/"we're" with a process under way, straight or curly.
		{"I'm drafting a search warrant for the Example County District Court and hope to see a judge next week. Meanwhile please send the subscriber of example.com.", []string{"none"}},
		{"I’m preparing a grand jury subpoena for example.com; could you give me the account e-mail in the meantime?", []string{"none"}},
		{"We’re still working on the court order for example.com. Can you tell us whether the account exists?", []string{"none"}},
		{"Once the court grants leave for early discovery, we will serve you with a subpoena for the records of example.com.", []string{"none"}},
		{"Before I go through the process of writing a subpoena, could you tell me who registered example.com?", []string{"none"}},
		{"Before we go through the entire subpoena process with the county attorney, can you tell us who holds example.com?", []string{"none"}},
		{"Before I bring a search warrant to a judge I would like to know if you have anything for example.com.", []string{"none"}},
		{"Quick check before I write a warrant - please send me the e-mail address on example.com and its IP logs.", []string{"none"}},
		// An order under a CLOUD Act agreement, by the agreement's title
		// or as "the attached international production order".
		{"The Example Police is giving you the attached international production order (IPO) for telecommunications data for example.au.", []string{"mlat"}},
		{"The order is made under the Agreement between the Government of Australia and the Government of the United States of America on Access to Electronic Data for the Purpose of Countering Serious Crime; it covers example.au.", []string{"mlat"}},
		// A warrant presented and refused, the account's domain and
		// address between (their dots end no sentence).
		{"On March 3 I presented a communications data warrant to the Superior Court for the records behind example.com and 192.0.2.1. The judge declined to sign it. Would you release the e-mail address voluntarily?", []string{"none"}},
		// A prosecutor who will not back the ask with process.
		{"The losses are small and the DA won't want to paper this with a subpoena, so I'm hoping you can just tell me informally who holds example.com.", []string{"none"}},
		// A Swiss treaty proceeding in German, its US court order obtained.
		{"Im Rahmen eines Rechtshilfeverfahrens gestützt auf den Staatsvertrag über gegenseitige Rechtshilfe in Strafsachen wurde in den USA eine gerichtliche Anordnung zur Herausgabe der Daten von example.ch erwirkt.", []string{"mlat", "court_order"}},
		// The route a request "should be sent through", told back.
		{"Acuso o recebimento da resposta, segundo a qual a solicitação deveria ser encaminhada por meio do Acordo de Assistência Judiciária em Matéria Penal (MLAT). Reitero que a ordem judicial brasileira deve ser cumprida diretamente para example.com.br.", []string{"court_order"}},
		// A German request for assistance still to be sent.
		{"Bitte sichern Sie die Daten zu example.de. Ein förmliches Rechtshilfeersuchen der Staatsanwaltschaft wird über das Bundesamt für Justiz an die US-Behörden gerichtet.", []string{"preservation"}},
		{"Bitte sichern Sie die Daten zu example.de. Das Rechtshilfeersuchen folgt in Kürze.", []string{"preservation"}},
		{"Anbei das Rechtshilfeersuchen des Bundesamts für Justiz und die Anordnung des US-Gerichts zu example.de.", []string{"mlat"}},
		// Danger to life as Mexico writes it, and in Korean.
		{"Por tratarse de un caso urgente en el que está en riesgo la vida de un menor, solicito el correo de contacto de example.mx.", []string{"emergency"}},
		{"URGENTE - RIESGO A LA VIDA - solicitamos los datos de example.mx.", []string{"emergency"}},
		{"사람의 생명에 대한 급박한 위험이 있어 example.kr 계정 정보의 긴급 제공을 요청드립니다.", []string{"emergency"}},
		// In Turkish capitals, Greek, Hebrew, Arabic, Russian, Romanian.
		{"ACİL - HAYATİ TEHLİKE. Bir kişinin hayatının tehlikede olduğu acil bir durum söz konusudur; example.com.tr alan adının kayıt bilgilerini rica ederiz.", []string{"emergency"}},
		{"ΕΠΕΙΓΟΝ: υπάρχει άμεσος κίνδυνος για τη ζωή ανηλίκου. Παρακαλούμε τα στοιχεία του example.gr.", []string{"emergency"}},
		{"דחוף - סכנת חיים. נבקש את פרטי הרישום של example.co.il.", []string{"emergency"}},
		{"عاجل: يوجد خطر على حياة طفل. نرجو تزويدنا ببيانات example.ae.", []string{"emergency"}},
		{"Срочно: существует угроза жизни ребёнка. Просим предоставить данные example.ru.", []string{"emergency"}},
		{"نظراً لوجود خطر محدق على حياة طفل، نرجو تزويدنا ببيانات النطاق example.jo.", []string{"emergency"}},
		{"KIIRELOOMULINE – oht elule. Palume väljastada domeeni example.ee andmed.", []string{"emergency"}},
		// Preservation, court orders and notices to produce in more languages.
		{"Palume Teil Euroopa Nõukogu küberkuritegevuse konventsiooni artikli 29 alusel viivitamatult säilitada domeeniga example.ee seotud andmed.", []string{"preservation"}},
		{"Berdasarkan Penetapan Pengadilan Negeri Jakarta Selatan, kami meminta data example.co.id.", []string{"court_order"}},
		{"Prašome pateikti duomenis pagal teismo nutartį dėl example.lt.", []string{"court_order"}},
		{"Herewith attached is the Notice under Section 51 of the Criminal Procedure Code for example.com.my.", []string{"subpoena"}},
		{"Molimo sačuvati podatke o domeni example.hr.", []string{"preservation"}},
		{"SKUBU – pavojus gyvybei. Prašome pateikti example.lt duomenis.", []string{"emergency"}},
		{"Khẩn cấp: có nguy hiểm đến tính mạng của một trẻ em. Đề nghị cung cấp dữ liệu example.vn.", []string{"emergency"}},
		{"คำร้องขอเปิดเผยข้อมูลกรณีฉุกเฉิน มีภัยอันตรายต่อชีวิต ขอข้อมูลของ example.co.th", []string{"emergency"}},
		{"طلب إفصاح طارئ: نرجو تزويدنا فوراً بالبريد الإلكتروني المسجل للنطاق example.jo.", []string{"emergency"}},
		// "In an emergency, please call …" is a contact line.
		{"نرجو تزويدنا ببيانات المشترك للنطاق example.ae في إطار تحقيق في قضية احتيال مالي. في حالة طارئة يرجى الاتصال على الرقم +971 4 555 0143.", []string{"none"}},
		{"Urgent: există un pericol iminent pentru viața unei persoane; vă rugăm datele example.ro.", []string{"emergency"}},
		// The law on content told beside the order served; a warrant the
		// writer has.
		{"Attached is the signed 2703(d) order for example.com. We left out the messages: stored content needs a search warrant and we lack probable cause.", []string{"court_order"}},
		{"The 2703(d) order for example.com is attached. E-mail content would require a warrant, so it is not requested.", []string{"court_order"}},
		{"Message content requires a search warrant, which we obtained on Monday for example.com.", []string{"search_warrant"}},
		{"Subpoena for example.com attached. It does not reach any record that can be obtained only by an order under 18 U.S.C. 2703(d) or by a search warrant.", []string{"subpoena"}},
		{"Subpoena for example.com attached. If we later need the messages we will come back with a search warrant.", []string{"subpoena"}},
		{"Attached is the signed order under 18 U.S.C. § 2705(b) for our grand jury subpoena for example.com.", []string{"nondisclosure_order", "subpoena"}},
		// Session 17 review: an order under both statutes; a warrant
		// brought later but attached now.
		{"The court order under 18 U.S.C. 2705(b) and 2703(d) is attached for the records of example.com.", []string{"court_order", "nondisclosure_order"}},
		{"The court order under 18 U.S.C. 2705(b) and 2703(f) is attached; please preserve the records of example.com.", []string{"nondisclosure_order", "preservation"}},
		{"Before I bring the search warrant to you in person, here it is attached for the records of example.com.", []string{"search_warrant"}},
		// A life at risk (not only lives); emergency disclosure asked.
		{"LIFE AT RISK. Please send the subscriber records of example.com now.", []string{"emergency"}},
		{"Requesting emergency disclosure under 18 U.S.C. 2702 for example.com. I can't go into the facts by e-mail, but a life is in danger tonight.", []string{"emergency"}},
		{"Please preserve example.com under 18 U.S.C. 2703(f). The victim is safe; the phone carrier's emergency disclosure came back last week.", []string{"preservation"}},
		// A Brazilian court's decision that forbids telling the user; a
		// police officer's own ask is no order.
		{"A decisão judicial da 2ª Vara Federal determina, ainda, que o provedor se abstenha de comunicar ao usuário a existência da medida até 31/01/2027. Dados de example.com.br.", []string{"court_order", "nondisclosure_order"}},
		{"Solicitamos que o provedor se abstenha de comunicar ao usuário esta solicitação sobre example.com.br.", []string{"none"}},
		// Before the writer goes to a prosecutor for the process.
		{"Before I go to the AUSA for a grand jury subpoena, could you tell me who holds example.com?", []string{"none"}},
		// Haste the writer promises under a condition is no emergency;
		// haste asked for is.
		{"We are working a sextortion case involving juveniles; the payment demands point to example.com. If records exist we will seek a search warrant and serve it on you right away.", []string{"none"}},
		{"A 14-year-old girl is missing and the man who lured her uses example.com. If you can, please send his IP address right away; we will seek a warrant later.", []string{"emergency"}},
		// Danger to a person's life in Danish.
		{"HASTER. Vi har en sag, hvor der er fare for en persons liv, og skal bruge oplysninger om kontoen bag example.dk hurtigst muligt.", []string{"emergency"}},
		// The review's probes: a ruling or a letter rogatory still to be
		// asked for, denied or not had; an emergency denied, in Danish.
		{"Vom solicita încheierea judecătorului de drepturi și libertăți de la Tribunalul Cluj pentru datele example.ro.", []string{"none"}},
		{"Vă rugăm să ne furnizați datele abonatului pentru example.ro. Nu avem încă o comisie rogatorie.", []string{"none"}},
		{"O comisie rogatorie va fi transmisă ulterior prin Ministerul Justiției; datele example.ro.", []string{"none"}},
		{"Ще поискаме разрешение от Пловдивски районен съд за разкриване на данните за example.bg.", []string{"none"}},
		{"Lögreglan mun óska eftir úrskurði Héraðsdóms Vesturlands vegna example.is.", []string{"none"}},
		{"Zatražit ćemo sudski nalog od Općinskog kaznenog suda u Splitu za example.hr.", []string{"none"}},
		{"Dette er ikke en nødsituation. Venligst bevar data for example.dk.", []string{"none"}},
		{"Der er ingen fare for en persons liv, men vi beder om at bevare data for example.dk hurtigst muligt.", []string{"preservation"}},
		// The review's probes: a threat to come in one sentence, the
		// records preserved in haste and asked for in another.
		{"On November 1 a user of example.com posted that he would shoot students at Lincoln High School on Monday. Please preserve the account and its subscriber and IP records immediately so that we can identify him.", []string{"preservation", "emergency"}},
		{"The subscriber of example.com has threatened online to bomb a synagogue this Saturday. Please preserve the account's records without delay and give us the name, address and IP logs of the subscriber, every hour counts.", []string{"preservation", "emergency"}},
		// The agency's own process of another matter, by its initials.
		{"You may remember us: APD served a grand jury subpoena on your company back in January for a different account. This is a new matter; who holds example.com?", []string{"none"}},
		{"APD served the attached grand jury subpoena for example.com; please produce the records.", []string{"subpoena"}},
		// A subpoena a court is asked to allow, served once it issues.
		{"We have moved for leave to serve a subpoena on your company to identify the operator of example.com; we will of course serve the subpoena once it issues.", []string{"none"}},
		{"The court granted our motion for leave, and the attached subpoena is served on you for example.com.", []string{"subpoena"}},
		// A warrant still to be signed.
		{"Could you let me know who holds example.com? Once the warrant is signed I will send it over.", []string{"none"}},
		{"The warrant is signed; once the warrant is served on you, please produce the records of example.com.", []string{"search_warrant"}},
		// Mutual legal assistance in Slovak, as what the letter follows.
		{"V nadväznosti na žiadosť o právnu pomoc podľa zmluvy medzi Slovenskou republikou a USA zasielame príkaz súdu Spojených štátov pre example.sk.", []string{"mlat"}},
		// A denial typed without its apostrophe.
		{"We dont have time for a subpoena on this one, the judge is away til Monday. Please just send the login for example.com.", []string{"none"}},
		// Haste for a preservation: evidence that may be deleted.
		{"URGENT PRESERVATION REQUEST. Please preserve example.com as soon as possible under 18 U.S.C. 2703(f); the suspect in last week's stabbing has been deleting his other accounts.", []string{"preservation"}},
		{"URGENT: a 14-year-old girl is missing and the man who lured her uses example.com. Please preserve his account and send his IP address right away.", []string{"preservation", "emergency"}},
		// A prosecutor's "oficio" that asks for data (Mexico, Argentina).
		{"Me permito remitir en archivo adjunto el oficio mediante el cual se solicita a esa empresa la información de example.mx.\n\nAgente del Ministerio Público de la Federación", []string{"subpoena"}},
		{"La Procuraduría Federal del Consumidor remite el oficio mediante el cual se solicita la información de example.mx.", []string{"none"}},
		// Japan's investigative inquiry (Code of Criminal Procedure art.
		// 197(2)).
		{"刑事訴訟法第197条第2項に基づき、example.jp について照会いたします。", []string{"subpoena"}},
		// The provider's need, with an aside before it.
		{"A magistrate issued a search warrant for example.au. We understand that, as a US provider, you may need the request to come through mutual legal assistance channels, but that will take months.", []string{"search_warrant"}},
		// Session 18 second review: process that is needed later, an
		// attached process the writer will go through, a condition on the
		// process at hand, an Italian prosecutor's decree sent to a court's
		// office.
		{"Please find attached a search warrant for the records of example.com that will be needed for trial on October 5.", []string{"search_warrant"}},
		{"The grand jury subpoena for example.com, which I have attached, may be needed by the grand jury on October 5.", []string{"subpoena"}},
		{"We'll get the records of example.com through the attached search warrant signed by Judge Roe.", []string{"search_warrant"}},
		{"Please provide the subscriber records of example.com under the attached subpoena. Should the subpoena need clarification, call me.", []string{"subpoena"}},
		{"Si trasmette il decreto di esibizione emesso da questa Procura della Repubblica per i dati di example.it; copia è depositata presso la cancelleria del Tribunale.", []string{"subpoena"}},
		// A prosecutor the writer cannot see giving a subpoena.
		{"The amounts are small and I can't see the DA's office getting me a subpoena for this one, so please tell me who is behind example.com.", []string{"none"}},
		// The treaty route weighed as slow, not taken.
		{"A New Zealand court issued a production order for example.nz. Given how slow the mutual assistance channel is, please provide the records voluntarily.", []string{"court_order"}},
		// A treaty request sent but not executed, the data asked now on
		// the foreign order's strength; a preservation meanwhile is no
		// bypass.
		{"The district court in Example issued a production order for example.nz, attached. A request for mutual legal assistance has been sent to the U.S. Department of Justice; we expect its execution to take months. As the suspects are active, we ask you to provide the data now on the basis of the court's order.", []string{"court_order"}},
		{"A request for mutual legal assistance for example.nz has been sent to the U.S. Department of Justice. Please preserve the data in the meantime until the request is executed.", []string{"mlat", "preservation"}},
		{"Our request for mutual legal assistance concerning example.nz was sent to the U.S. Department of Justice on 1 October. Without waiting for the outcome, we ask you to preserve the subscriber data of example.nz for 90 days.", []string{"mlat", "preservation"}},
		{"Our request for mutual legal assistance concerning example.nz was executed by the U.S. Department of Justice, and the U.S. District Court for the District of Example issued an order under 18 U.S.C. 3512, attached. Please provide the subscriber data now pursuant to the court's order.", []string{"mlat", "court_order"}},
		// A treaty request that will be needed.
		{"A magistrate issued a search warrant for example.au. I understand that a formal mutual legal assistance request will ultimately be needed; it is being prepared.", []string{"search_warrant"}},
		// A treaty request under an inverted condition.
		{"A search warrant was issued by a magistrate for example.au. Should a formal mutual assistance request be required, please let us know and one can be prepared.", []string{"search_warrant"}},
		// Process the writer will go for, contracted.
		{"Please preserve example.com under 18 U.S.C. 2703(f). Once the ADA signs off we'll go for a search warrant for the content.", []string{"preservation"}},
		// A warrant for the file still with the prosecutor for review.
		{"The warrant for this file is still with the deputy DA for review and will not be signed before the preservation runs out. Please extend the preservation of example.com under 18 U.S.C. 2703(f)(2).", []string{"preservation"}},
		// An order's application that "remains pending".
		{"Please extend the preservation of example.com under 18 U.S.C. 2703(f). The application for an order under 18 U.S.C. 2703(d) remains pending before the court.", []string{"preservation"}},
		// The non-disclosure statute cited for a request, not an order.
		{"Subpoena for example.com attached. Pursuant to 18 U.S.C. 2705(b), you are requested not to disclose the existence of this subpoena.", []string{"subpoena"}},
		{"Subpoena for example.com attached. Pursuant to the order under 18 U.S.C. 2705(b), you are requested not to disclose the existence of this subpoena.", []string{"subpoena", "nondisclosure_order"}},
		// Session 18 review: the order held elsewhere in the letter.
		{"The signed search warrant for example.com is attached, per the attached order. Pursuant to 18 U.S.C. 2705(b), you are hereby requested not to disclose this warrant.", []string{"search_warrant", "nondisclosure_order"}},
		{"The search warrant for example.com is attached. Judge Smith granted our application under 2705(b), and you are requested not to notify the subscriber.", []string{"search_warrant", "nondisclosure_order"}},
		// An Italian decree: the prosecutor's is a demand to produce, the
		// judge's (the GIP's) a court's order.
		{"Si trasmette il decreto emesso in data 02.10.2026 dal Pubblico Ministero della Procura della Repubblica di Bologna per i dati di example.it.", []string{"subpoena"}},
		{"Con decreto di esibizione il Sostituto Procuratore ordina di consegnare i dati di example.it.", []string{"subpoena"}},
		{"Con decreto del 02/10/2026 il G.I.P. presso il Tribunale di Bologna, su richiesta del Pubblico Ministero, ha autorizzato l'acquisizione dei dati di example.it.", []string{"court_order"}},
		{"Si trasmette il decreto di acquisizione dei dati emesso dal Tribunale di Bologna, Ufficio del Giudice per le indagini preliminari, per example.it.", []string{"court_order"}},
		{"Su delega della Procura della Repubblica di Bologna, in esecuzione del decreto emesso in data 02/10/2026 dal Tribunale di Bologna, si chiedono i dati di example.it.", []string{"court_order"}},
		{"L'acquisizione è stata disposta con decreto del 3 luglio 2026, su delega della Procura della Repubblica. Autorità che ha emesso il decreto: Tribunale di Bologna. Dati di example.it.", []string{"court_order"}},
		// A Dutch prosecutor's demand to provide data (Sv 126na), its
		// article a long way on, or by its name alone.
		{"De officier van justitie heeft een\nvordering tot verstrekking van gegevens uitgevaardigd op grond van artikel 126na van het Wetboek van Strafvordering voor example.nl.", []string{"subpoena"}},
		{"Bijgaand de vordering tot verstrekking van identificerende gegevens van example.nl.", []string{"subpoena"}},
		// A Spanish court's ruling "por auto de" a date, and what it
		// "ha acordado".
		{"Por auto de 3 de julio de 2026, el Juzgado de Instrucción n.º 2 de Cádiz ha acordado requerir los datos de example.es.", []string{"court_order"}},
		{"El Juzgado de lo Penal n.º 1 ha acordado que se requiera a la empresa la información de example.es.", []string{"court_order"}},
		// A treaty request told back as needed, in Korean and Japanese.
		{"귀사에서는 형사사법공조조약(MLAT)에 따른 요청이 필요하다고 안내해 주셨습니다. example.kr 자료를 다시 요청합니다.", []string{"none"}},
		{"御社からは、刑事共助条約(MLAT)に基づく要請が必要であるとの回答をいただきました。example.jp の記録を再度お願いします。", []string{"none"}},
		// An order told as signed by a judge, its docket's number between.
		{"The order in Docket No. 26-0001-K was signed on August 21, 2026 by Judge Jo Roe of the Example District Court; it covers example.com.", []string{"court_order"}},
		{"Once the order is signed by Judge Roe we will send it for example.com.", []string{"none"}},
		{"Please preserve example.com under 18 U.S.C. 2703(f). I will let you know when the order has been signed by Judge Roe.", []string{"preservation"}},
		// Process still to issue.
		{"Since a subpoena will issue in any event, please provide the registrant of example.com voluntarily now.", []string{"none"}},
		{"The grand jury subpoena will be issued next week; meanwhile please preserve example.com under 18 U.S.C. 2703(f).", []string{"preservation"}},
		// The provider's demand granted, then argued past.
		{"I know you want the contents of example.com to come with a warrant, but the attached subpoena should suffice.", []string{"subpoena"}},
		{"We understand that your company requires a search warrant for stored messages; the grand jury subpoena for example.com is attached instead.", []string{"subpoena"}},
		{"I understand you require a search warrant for message content, and we obtained one on Monday for example.com.", []string{"search_warrant"}},
		{"I understand you require a search warrant for message content; the warrant for example.com is attached.", []string{"search_warrant"}},
		// Session 18 review: the demand met, not argued past.
		{"I understand your company requires a search warrant for message content. Please find it attached; it covers example.com.", []string{"search_warrant"}},
		{"I know you want a search warrant for the content of example.com. Attached.", []string{"search_warrant"}},
		{"I understand you need a search warrant for example.com; Judge Smith signed it yesterday and it is attached.", []string{"search_warrant"}},
		{"Before I take a court order application to the magistrate, please confirm that an account exists for example.com.", []string{"none"}},
		{"Attached are my affidavit and the proposed search warrant for example.com. The warrant has not been signed yet. I'll send the signed warrant as soon as I have it.\nAFFIDAVIT IN SUPPORT OF SEARCH WARRANT - DRAFT, NOT SIGNED", []string{"none"}},
		{"Attached is the signed search warrant for example.com, with the affidavit in support of it.", []string{"search_warrant"}},
		// Second review: a question before a real emergency; "See" before
		// an order attached; a process "coming" that is attached; a route
		// "normally required" in a relative clause; a Portuguese future of
		// another subject; a Spanish request already sent; a bare mention of
		// the UK's production orders.
		{"Emergency disclosure? Yes. Emergency: the suspect is holding a child hostage and threatened to kill her. His IP address on example.com will help us find him.", []string{"emergency"}},
		{"See 2703(d) Order, attached, signed by Magistrate Judge Roe, for example.com.", []string{"court_order"}},
		{"The search warrant is coming, attached to this email. It covers example.com.", []string{"search_warrant"}},
		{"Your grand jury subpoena is coming; a copy is attached for example.com.", []string{"subpoena"}},
		{"Our MLAT request, which is normally required for content, was transmitted by the Home Office on 3 February; the order for example.co.uk is attached.", []string{"mlat"}},
		{"Segue em anexo o pedido de auxílio judiciário mútuo e o original será remetido por correio. Os dados de example.pt são solicitados.", []string{"mlat"}},
		{"Como la petición debe cursarse mediante una comisión rogatoria, el Juzgado ya ha remitido la comisión rogatoria al Departamento de Justicia para los datos de example.es.", []string{"mlat"}},
		{"The overseas production order regime does not apply to your company; please send the records of example.co.uk voluntarily.", []string{"none"}},
		// Reviewed: an application for an order that was granted.
		{"Judge Roe granted our application for an 18 U.S.C. 2703(d) order yesterday; a copy is attached. It covers example.com.", []string{"court_order"}},
		{"ORDER ON APPLICATION FOR AN 18 U.S.C. 2703(d) ORDER. Upon review, the application is granted; the provider shall disclose the records of example.com.", []string{"court_order"}},
		{"We filed an application for an 18 U.S.C. 2703(d) order last week. Could you send the records of example.com voluntarily in the meantime?", []string{"none"}},
		{"We filed an application for an 18 U.S.C. 2703(d) order; once it is signed we will send it. Could you send the records of example.com now?", []string{"none"}},
		// Round 27: a statute before the section's number leaves the
		// words before it in the clause.
		{"Last week I submitted an application for an 18 U.S.C. 2703(d) order to our Superior Court. The judge declined to sign it. Could you share the records of example.com voluntarily?", []string{"none"}},
		{"We have not obtained an 18 U.S.C. § 2703(d) order. Could you share the records of example.com voluntarily?", []string{"none"}},
		{"Attached is an 18 U.S.C. § 2703(d) order for example.com.", []string{"court_order"}},
		// Round 27: a process that feels like overkill is none.
		{"The loss is small, so a subpoena feels like overkill. Could you tell me who registered example.com?", []string{"none"}},
		// Round 27: a process the writer expects or hopes to follow up with.
		{"Please preserve the records of example.com for 90 days while we obtain legal process. We expect to follow up with a court order.", []string{"preservation"}},
		{"Please preserve example.com. We hope to obtain a search warrant next month.", []string{"preservation"}},
		{"Please preserve example.com for 90 days. We expect to follow with a court order.", []string{"preservation"}},
		// Round 27: a Commonwealth "letter of request" to the United
		// States is the treaty request.
		{"The Attorney General sent a letter of request to the United States authorities last year, and a federal court has now issued an order requiring you to produce the records of example.je.", []string{"mlat", "court_order"}},
		{"Please treat this letter of request as urgent and preserve example.com.", []string{"preservation"}},
		{"This letter of request to the U.S. service provider concerns the account example.co.uk. Please disclose the subscriber details.", []string{"none"}},
		{"Please preserve example.je. A Letter of Request will be sent by the Attorney General to the United States Department of Justice in due course.", []string{"preservation"}},
		// Round 27: an emergency request no longer needed, a warrant the
		// writer can do later, an emergency asked about in a question
		// (a subject line's "emergency disclosure?" read on into the body).
		{"Please preserve example.com for 90 days. The child was found, so there is no need for the emergency disclosure request we discussed.", []string{"preservation"}},
		{"Please preserve example.com for 90 days so we can do a warrant for the account next week.", []string{"preservation"}},
		{"Re: missing juvenile - emergency disclosure?\n\nSarge, the 15 y/o was still missing last night. Please preserve example.com.", []string{"preservation"}},
		// Round 28: the UK's Overseas Production Order under its data
		// access agreement with the United States is the treaty's route;
		// a treaty request to be sent, in Portuguese.
		{"Please find below an Overseas Production Order made by the Crown Court under the Crime (Overseas Production Orders) Act 2019, in reliance on the UK-US Data Access Agreement, for example.co.uk.", []string{"mlat"}},
		{"Solicita-se a preservação dos dados de example.pt. O pedido de auxílio judiciário mútuo será remetido oportunamente pelas vias competentes.", []string{"preservation"}},
		// Round 28: the route a request "must take", and one that "can take
		// many months", in Spanish.
		{"Entiendo que la petición debe cursarse mediante una comisión rogatoria. ¿Sería posible que nos facilitaran de forma voluntaria el correo de example.es?", []string{"none"}},
		{"Una comisión rogatoria puede tardar muchos meses; les rogamos que nos faciliten el correo de example.es.", []string{"none"}},
		// Round 28: a statute cited for reference.
		{"Attached is the subpoena for example.com. You are requested not to disclose it; this request is voluntary and is not a court order; see 18 U.S.C. 2705(b) for the procedure to obtain one.", []string{"subpoena"}},
		{"Please see the attached warrant for example.com.", []string{"search_warrant"}},
		// Round 28: an order's application, and a route that is only usual.
		{"Please extend the preservation of example.com for 90 days. The 2703(d) application is with the AUSA but will not be filed before then.", []string{"preservation"}},
		{"The 2703(d) application was granted; the order for example.com is attached.", []string{"court_order"}},
		{"The magistrate signed the 2703(d) application this morning; it covers example.com.", []string{"court_order"}},
		{"I am aware that a request under the mutual legal assistance treaty is normally expected, but we ask you to send the data of example.nl directly.", []string{"none"}},
		// Round 28: New Jersey's communications data warrant.
		{"Our division has obtained a communications data warrant from the Superior Court, signed on July 28, 2026, for example.com; a scan will follow.", []string{"search_warrant"}},
		// Round 27: a process served on another custodian is not ours.
		{"Attached is the 2703(d) order for example.com. FYI, the grand jury subpoena to the domain registrar went out last week.", []string{"court_order"}},
		{"Attached is a grand jury subpoena to the provider for example.com.", []string{"subpoena"}},
		{"Attached is a subpoena directed to the carrier records custodian of your company for example.com.", []string{"subpoena"}},
		// Round 27: the slow route named with an adjective.
		{"An international request for mutual legal assistance would take several months, which is why I write to you directly about example.fr.", []string{"none"}},
		// Round 27: the signed process promised once the writer has it.
		{"Our subpoena is being prepared by the county attorney. I'll send the signed subpoena to you as soon as we receive it; meanwhile please send the subscriber name for example.com.", []string{"none"}},
		{"I'll send the signed subpoena over as soon as I have it. Could you send the subscriber name for example.com now?", []string{"none"}},
		{"I'll send the signed subpoena for example.com by fax too; a copy is attached.", []string{"subpoena"}},
		// Fourth review: signed late is signed; a danger told in the
		// writer's own quoted message; an international letter rogatory
		// named after an abbreviation's dot; a warrant at hand sent later
		// for another reason; one served today and attached.
		{"The search warrant was not signed by the magistrate until 11:40 pm, which is why the return date is tight. It covers example.com.", []string{"search_warrant"}},
		{"Following up on my message below. Please expedite, we need this right away.\n\n> The user of example.com told his sister he will shoot his ex-wife when she gets home from work tonight. Please provide the subscriber information.", []string{"emergency"}},
		{"Nous vous transmettons copie de la commission rogatoire délivrée par M. Martin, juge d'instruction, à destination des autorités judiciaires des États-Unis, transmise par la voie diplomatique. Nous sollicitons la conservation des données de example.fr.", []string{"mlat", "preservation"}},
		{"I'll send the signed warrant as soon as I get back to the office; a photo of it is below. It covers example.com.", []string{"search_warrant"}},
		{"We'll serve you with a search warrant today: it is attached and was signed by Judge Roe this morning. It covers example.com.", []string{"search_warrant"}},
		// A statute cited for an order the letter says it does not carry.
		{"Attached is the subpoena for example.com. This subpoena is not accompanied by an order under 18 U.S.C. 2705(b). However, disclosure of it to the account holder may impede the investigation.", []string{"subpoena"}},
		{"Attached is the subpoena for example.com together with an order under 18 U.S.C. 2705(b) for 180 days.", []string{"subpoena", "nondisclosure_order"}},
		// A process a quoted colleague says "we'll need", an exigent
		// request "we'll switch to" if a threat comes true.
		{"Please preserve the records of example.com for 90 days. We will follow up with a warrant.\n\nDet. Jo Roe\n\n> Agree. If the seller makes good on the threat we'll switch to an exigent request, and we'll need a warrant for the chat content either way.\n>\n>> Victim says the seller threatened to \"come by the house\" after she disputed the charge. Do we send an emergency request tonight?", []string{"preservation"}},
		// A process not worth writing.
		{"Total loss is around $3,000, so honestly it's hard to justify writing a warrant for it. Could you tell me who registered example.com?", []string{"none"}},
		// The warrant the writer expects to serve once it is prepared.
		{"Please preserve the records of example.com. We are preparing a search warrant application and expect to serve the warrant within the next few weeks.", []string{"preservation"}},
		{"We expect to serve the attached warrant on your office today for the records of example.com.", []string{"search_warrant"}},
		// Reviewed: a process signed in the past, a refusal of another
		// request, one order that both compels and bans notice, a court's
		// act still to come, a subpoena's return date.
		{"We sent you a preservation request last month, before the search warrant was signed. It is attached now; please produce the records of example.com.", []string{"preservation", "search_warrant"}},
		{"I presented the attached search warrant to the magistrate, who signed it this morning. The magistrate declined to sign our separate request for a delay of notice. Please produce the records of example.com.", []string{"search_warrant"}},
		{"The judge signed an order delaying notification to the subscriber and requiring production of the records of example.com. The signed order is attached.", []string{"nondisclosure_order", "court_order"}},
		{"Once the United States District Court for the District of Columbia has signed the order, we will forward it to you. Please preserve example.com.", []string{"preservation"}},
		{"Please produce the subscriber records of example.com before subpoena return date October 1, 2026.", []string{"subpoena"}},
		// A treaty request named only as too slow or as being prepared.
		{"Thank you for your answer. We understand your policy, however the MLAT procedure takes more than one year. Please share the records of example.com.", []string{"none"}},
		{"Wij verzoeken u de gegevens van example.nl te bewaren. Het Openbaar Ministerie bereidt daartoe een rechtshulpverzoek aan de Verenigde Staten voor.", []string{"preservation"}},
		{"Attached is a warrant of the Ontario Court of Justice for example.com. I understand that a formal MLAT request would take many months. We would be grateful if you could honour the warrant directly.", []string{"search_warrant"}},
		// An application a judge declined to sign.
		{"On May 11 the magistrate judge declined to sign our application for an order under 18 U.S.C. 2703(d), finding that the application did not yet set out specific facts. Would you share the records of example.com voluntarily?", []string{"none"}},
		{"The judge would not approve our application for a search warrant for example.com. Could you send the subscriber records voluntarily?", []string{"none"}},
		// A process only ahead: "before a subpoena", "before the
		// subpoena is signed".
		{"Question before subpoena - example.com. Could you send the contact e-mail on file for example.com?", []string{"none"}},
		{"Could you send the contact e-mail on file for example.com? That would let me tighten up the language before the subpoena is signed.", []string{"none"}},
		{"Please preserve example.com until the warrant is signed; we expect that next week.", []string{"preservation"}},
		{"Attached is the subpoena for example.com. Please do not notify the subscriber before the subpoena's return date.", []string{"subpoena"}},
		// A French réquisition a judge's ordonnance authorised is the
		// court's order; without one it is the officer's own demand.
		{"RÉQUISITION JUDICIAIRE. Par ordonnance du 2 octobre 2026, le juge des libertés et de la détention du Tribunal judiciaire de Nantes a autorisé la présente réquisition des données du domaine example.fr.", []string{"court_order"}},
		{"RÉQUISITION JUDICIAIRE. Agissant en enquête préliminaire, nous requérons la communication des données du domaine example.fr.", []string{"subpoena"}},
		// A US court's order on a treaty request, told in the requesting
		// country's words.
		{"Im Rahmen unseres Rechtshilfeersuchens hat das US-Bundesgericht am 03.09.2026 eine Anordnung erlassen, die Daten von example.de herauszugeben.", []string{"mlat", "court_order"}},
		{"En ejecución del exhorto internacional, el tribunal federal de los Estados Unidos dictó la orden que adjuntamos para los datos de example.com.ar.", []string{"mlat", "court_order"}},
		{"The District Court for the District of Example has signed the order requested under the Mutual Legal Assistance Treaty; it covers example.com.", []string{"court_order", "mlat"}},
		{"서울중앙지방법원으로부터 압수·수색·검증영장을 발부받았습니다. example.kr", []string{"search_warrant"}},
		// "An order was made at … Court", as courts in Ireland and the UK
		// are said to order.
		{"On 17 September 2026 an order was made at Example District Court under section 52 of the Act directing the production of the records of example.ie.", []string{"court_order"}},
		// Process the writer will start on or do, or that is still with a
		// prosecutor for review.
		{"Please preserve the records of example.com. Once you confirm, I'll start on the search warrant.", []string{"preservation"}},
		{"Please preserve the records of example.com under 2703(f); we'll do a search warrant for the account next week.", []string{"preservation"}},
		{"Please extend the preservation of example.com for 90 days; our search warrant is still with the District Attorney's Office for review.", []string{"preservation"}},
		{"The signed search warrant for example.com is with the court clerk for filing; a copy is attached.", []string{"search_warrant"}},
		// A process denied with its statute named after or before it is
		// one mention, not two.
		{"Please produce the records of example.com under the attached subpoena. We have not sought a court order under 18 U.S.C. 2703(d).", []string{"subpoena"}},
		{"Please preserve the records of example.com. We have not sought a non-disclosure order under 18 U.S.C. 2705(b) in this matter.", []string{"preservation"}},
		{"Attached is a subpoena for example.com. No non-disclosure order under 18 U.S.C. § 2705(b) has been entered.", []string{"subpoena"}},
		{"Attached is a subpoena for example.com. I did not ask for a 2705(b) non-disclosure order.", []string{"subpoena"}},
		// An order that bans telling the subscriber is the non-disclosure
		// order, not a second court order, also when named again.
		{"Following your reply, we applied for and obtained an order from the Superior Court of Example County, directing Provider not to disclose the subpoena to the subscriber until March 1, 2027. The signed order is attached. The grand jury subpoena itself is unchanged.", []string{"nondisclosure_order", "subpoena"}},
		{"Attached is the search warrant for example.com.\nDistrict Judge, Example District Court\nORDER SEALING WARRANT AND PROHIBITING DISCLOSURE\nIT IS FURTHER ORDERED that Provider shall not disclose the existence of the warrant until further order of this Court.", []string{"search_warrant", "nondisclosure_order"}},
		{"Attached is a court order directing Provider to disclose the records of example.com. The order also directs you not to notify the subscriber for 180 days.", []string{"court_order", "nondisclosure_order"}},
		// A subpoena's "By order of the Court" beside a court order denied.
		{"Attached is the grand jury subpoena for example.com. We have not obtained a court order on that point; please let us know if you need one.\nDated: 2 November 2026\nBy order of the Court, ____________________\nClerk", []string{"subpoena"}},
		// A warrant a judge refused to sign.
		{"Please preserve the records of example.com. For context: we presented a search warrant for this account to the duty magistrate on Tuesday and the judge declined to sign it as drafted.", []string{"preservation"}},
		{"Please preserve the records of example.com. We submitted the warrant to Judge Example yesterday. She refused to sign it.", []string{"preservation"}},
		{"Please produce the records of example.com. We presented the search warrant to the judge on Monday and she signed it; it is attached.", []string{"search_warrant"}},
		{"We submitted the subpoena for example.com through your portal on Monday and your team did not approve it; the subpoena is attached again.", []string{"subpoena"}},
		// A unit named for the process it handles, and process named as a
		// category in a footer, are no process at hand.
		{"Please send the subscriber records of example.com.\n\nDet. Jo Roe\nInvestigations Bureau | Warrants & Subpoenas Unit\nExample Police Department", []string{"none"}},
		{"Please send the subscriber records of example.com.\n\nJo Roe\nLegal Process Team\n\nNOTICE: information we obtain by subpoena, search warrant or court order is kept under the state's records law.", []string{"none"}},
		{"Please send the records of example.com, pending the issuance of a subpoena, court order or warrant.", []string{"none"}},
		{"Attached is the grand jury subpoena for example.com.\n\nJo Roe\nSubpoena Unit\nExample County District Attorney", []string{"subpoena"}},
		{"Attached is a court order for example.com. Records we obtain by subpoena, warrant, or other legal process are kept confidential.", []string{"court_order"}},
		// The writer's own earlier preservation request, named as what a
		// message bringing process follows; a follow-up that asks to extend
		// it is still about preservation.
		{"Further to our preservation request of May 3, 2026 (your reference 1234), the grand jury subpoena for example.com is attached.", []string{"subpoena"}},
		{"Following up on our preservation request from May. Thanks again for preserving. Attached is the signed search warrant for example.com.", []string{"search_warrant"}},
		{"Further to our preservation request of May 3, please extend the preservation of example.com for a further 90 days.", []string{"preservation"}},
		// Session 23's review: a heading over an office's line is no unit;
		// the attached process listed is no category; a signed warrant to
		// be routed, a warrant of a separate investigation sent now, and
		// an extension beside a warrant still drafted stay what they are;
		// an emergency service in a story is no emergency.
		{"Please find attached a Grand Jury Subpoena\nOffice of the District Attorney, for the records of example.com.", []string{"subpoena"}},
		{"This request is made under the attached subpoena, court order, or search warrant for example.com.", []string{"subpoena", "court_order", "search_warrant"}},
		{"We will route the signed search warrant for the records of example.com through your portal as well.", []string{"search_warrant"}},
		{"Attached is a search warrant issued in a separate investigation into the same suspect, for the records of example.com.", []string{"search_warrant"}},
		{"Further to our earlier preservation request, please keep preserving the records of example.com for a further 90 days; a search warrant is being drafted.", []string{"preservation"}},
		{"Attached is the grand jury subpoena for example.com. The case began when Emergency Medical Services answered a fatal overdose in June.", []string{"subpoena"}},
		// An order's command not to notify, told in the next sentence.
		{"Attached is the search warrant for example.com, and the court's order sealing it. It directs Provider not to notify the account holder until further order.", []string{"search_warrant", "nondisclosure_order"}},
		{"Attached is the search warrant for example.com. It asks that Provider not notify the account holder.", []string{"search_warrant"}},
		// Process in the plural, as someone's habit.
		{"I am preparing a search warrant for example.com. The judge who signs our warrants is away until Monday, so please send the subscriber records now.", []string{"none"}},
		{"The clerk who issues subpoenas for the grand jury is out today; the signed subpoena for example.com is attached.", []string{"subpoena"}},
		// A treaty request routed before.
		{"Our request for example.com was routed through the Central Authority under the Mutual Legal Assistance Treaty; the U.S. Department of Justice will serve it.", []string{"mlat"}},
		// A letter the writer asks us to take for process.
		{"SUBPOENA FOR RECORDS\n\nPlease treat this letter as a subpoena and send us the name of the holder of example.com within ten days.", []string{"none"}},
		{"Kindly consider this e-mail a formal subpoena for the records of example.com.", []string{"none"}},
		{"Please treat this letter as urgent. The grand jury subpoena for example.com is attached.", []string{"subpoena"}},
		// Session 26: an affidavit "for" a warrant is the warrant sought.
		{"I filed an affidavit for a search warrant with Magistrate Judge Ann Poe of the U.S. District Court for the District of Maryland on October 28, 2026; she signed it this afternoon and it is attached. Please provide the records of example.com.", []string{"search_warrant"}},
		// A US agency's letter telling of a court abroad that acted.
		{"Our investigation concerns a fraud on a victim in Italy; the Tribunale di Milano issued a decision on 12/03/2026 freezing his bank account. Please provide subscriber records for example.com.", []string{"none"}},
		{"I filed an affidavit for a search warrant this morning; the judge has not signed it yet. Could you send the subscriber records of example.com?", []string{"none"}},
		{"Attached are the signed search warrant for example.com and the application for a search warrant that supported it.", []string{"search_warrant"}},
		// Session 26: an order signed in a docket; a US court's order
		// named after a Czech or a German word for it, under a treaty
		// request.
		{"Pursuant to the order signed in docket 26-0001-MISC, please produce the subscriber records of example.com.", []string{"court_order"}},
		{"Please produce the subscriber records of example.com; a motion for an order will be filed in docket 26-0001-MISC.", []string{"none"}},
		{"V návaznosti na žádost České republiky o právní pomoc zasíláme příkaz United States District Court for the District of Columbia pro example.cz.", []string{"mlat", "court_order"}},
		// Round 50: the written confirmation of an emergency called in; an
		// emergency line's number is none.
		{"This is the written confirmation of the emergency I called in to your on-call line at 3 am (I spoke with Sam).\n\nWhat is happening: a man uploaded a video to example.com holding a handgun and saying he will shoot himself at sunrise.\n\nWhy we need your records: the IP addresses give us a provider to go to for a location.", []string{"emergency"}},
		{"This is confirmation of the emergency contact number for our unit. Please send the subscriber records of example.com under the attached subpoena.", []string{"subpoena"}},
		// Round 50: a warrant's affidavit still out; a warrant being
		// sought; no paperwork yet; a new period under an answered
		// subpoena.
		{"I put a search warrant affidavit in front of the court this afternoon and I'm expecting it back signed tomorrow. Could you send the subscriber records of example.com now?", []string{"none"}},
		{"The search warrant application for example.com was signed by the judge this morning and is attached.", []string{"search_warrant"}},
		{"Please preserve the records of example.com. A search warrant for these records is being sought and will be served once issued.", []string{"preservation"}},
		{"I don't have paperwork yet; getting a subpoena through takes weeks. Could you send the holder of example.com?", []string{"none"}},
		{"Your team responded to our grand jury subpoena for example.com in June. Could you send the login IP history since July? If you cannot do it under the earlier subpoena, let me know.", []string{"none"}},
		// Session 26: an order's title; a motion for one is no order.
		{"ORDER COMPELLING PRODUCTION OF RECORDS\n\nProvider shall produce the subscriber records of example.com.", []string{"court_order"}},
		{"Please preserve example.com. If you refuse, we will move for an order compelling production of the records.", []string{"preservation"}},
		// Session 26: no new process, beside an order served before.
		{"Last year we served you a 2703(d) order for example.com. We don't have new legal process yet, but could you send the login IPs for this month?", []string{"none"}},
		{"We don't have new legal process beyond the attached 2703(d) order for example.com; please produce under it.", []string{"court_order"}},
		// Process of another matter, told as history.
		{"Last spring your team answered a subpoena I served on a different case. Could you send the subscriber records of example.com?", []string{"none"}},
		{"We used a warrant in an unrelated investigation last year. Please send the records of example.com.", []string{"none"}},
		{"Attached is a subpoena for example.com. It concerns a different case from our request of May.", []string{"subpoena"}},
		{"Attached is a subpoena for example.com; the subpoena I served on a different case went to another provider.", []string{"subpoena"}},
		// Session 29: haste told as units to send and where someone is
		// now; custody or the writer's own work "right now" is no haste.
		{"A girl was taken from her aunt's car an hour ago by a man with a knife who said she would not be seen again. The login IPs of example.com will show which network he is on right now.", []string{"emergency"}},
		{"A man who beat his partner this evening is hiding with a rifle and says he will shoot anyone who comes. The IP logs of example.net give us his address so we can send units there.", []string{"emergency"}},
		{"The suspect is in custody right now for a shooting last year. Please send the subscriber records of example.com.", []string{"none"}},
		{"We are right now investigating a stabbing from 2024. Please send the subscriber records of example.com.", []string{"none"}},
		// A treaty request the writer calls unnecessary.
		{"Entendemos ser desnecessário o MLAT para a simples preservação; reitero o pedido de preservação de example.br.", []string{"preservation"}},
		// Process the writer will not follow up with.
		{"Please withdraw our preservation request for example.com; the suspect was arrested, so we won't be following up with a subpoena.", []string{"preservation"}},
		{"Please preserve example.com. We will not be moving forward with a search warrant until the victim is interviewed.", []string{"preservation"}},
		{"Please preserve example.com; we are following up with a subpoena, attached.", []string{"preservation", "subpoena"}},
		// Round 59: a life at risk in Portuguese, danger of life in Greek
		// capitals.
		{"A Polícia Federal solicita com urgência os dados de example.br: há risco concreto à vida de estudantes após a ameaça de ataque armado.", []string{"emergency"}},
		{"ΕΠΕΙΓΟΝ – ΚΙΝΔΥΝΟΣ ΖΩΗΣ\n\nΠαρακαλούμε για τα στοιχεία του example.gr.", []string{"emergency"}},
		// Session 29: an emergency disclosure asked in French.
		{"La Sûreté demande une communication de renseignements en situation d'urgence (risque de mort ou de blessures graves) pour example.ca.", []string{"emergency"}},
		{"Nous demandons une divulgation d'urgence des données de example.ca : un homme a menacé de tuer son ex-conjointe ce soir.", []string{"emergency"}},
		{"Ce n'est pas une demande d'urgence : veuillez trouver ci-joint l'ordonnance de communication pour example.ca.", []string{"court_order"}},
		// A domain's words tell no danger.
		{"Attached is an order of the court for the records of example-firearm-kits.com. Due to an ongoing operation the return is needed within 24 hours.", []string{"court_order"}},
		{"Attached is an order of the court for the records of example.com, whose owner said he will shoot the judge. The return is needed within 24 hours.", []string{"court_order", "emergency"}},
		// Session 29 review: a thing not returned, probation or custody
		// "right now", officers sent in the past, a car burnt with goods
		// inside: no haste and no danger; a French denial that goes on
		// ("… de routine") denies nothing.
		{"Attached is a grand jury subpoena for example.com. The suspect's son rented a car with a stolen card and has not returned it to the agency. Please respond as soon as possible.", []string{"subpoena"}},
		{"In April the defendant messaged the victim that he would kill her dog. He is on supervised probation right now. Please send the subscriber records of example.com.", []string{"none"}},
		{"Last month the victim called 911 and asked us to send officers to the house; he was arrested that night and remains in custody. Please send the subscriber records of example.com.", []string{"none"}},
		{"Attached is a subpoena for example.com. The suspect burned his own car with the stolen laptops still inside. Please respond as soon as possible.", []string{"subpoena"}},
		{"Ce n'est pas une demande d'urgence de routine : une enfant de 8 ans a été enlevée ce matin, risque de mort. Les adresses IP de example.fr nous permettront de la localiser.", []string{"emergency"}},
		{"Merci de traiter cette demande d'urgence : veuillez trouver ci-joint la réquisition pour example.fr.", []string{"subpoena"}},
		// A wanted person's warrant number is no warrant for records.
		{"Attached is a 2703(d) order for example.com. The suspect's warrant number (W-26-118) is not our case number.", []string{"court_order"}},
		{"Attached is a 2703(d) order for example.com and the suspect's search warrant for his phone.", []string{"court_order", "search_warrant"}},
		{"Attached is a 2703(d) order for example.com in a fugitive investigation (warrant no. 2611-0455; not a case number you need).", []string{"court_order"}},
		{"Attached is warrant no. 26-SW-0118 for the records of example.com, signed by the judge today.", []string{"search_warrant"}},
		{"Please preserve all records of example.com under 18 usc 2703(f). We are getting a warrant.", []string{"preservation"}},
		{"Please find attached a copy of the Decision and Order entered August 27, 2026 directing pre-action disclosure by your company of the records of example.com.", []string{"court_order"}},
		{"SEARCH WARRANT No. SW-2026-1. The provider is directed to produce the records of example.com. It is further ORDERED that this warrant is sealed and that the provider shall not disclose its existence to the subscriber until August 3, 2027.", []string{"search_warrant", "nondisclosure_order"}},
		{"Attached is a subpoena for example.com. Please do not disclose its existence to the subscriber.", []string{"subpoena"}},
		{"Kami mohon agar Saudara melakukan preservasi (penyimpanan) data selama 90 hari atas domain example.id.", []string{"preservation"}},
		{"Me dirijo a ustedes en mi carácter de Secretaria del Juzgado Federal N° 2. El Sr. Juez ha ordenado que informen los datos de registro del dominio example.ar.", []string{"court_order"}},
		// Session 30 (round 61): haste for records, not for anyone's
		// life; a subject that opens with "Emergency" over a danger.
		// A crime's name ("firearms offenses") is no danger told.
		{"Attached is a subpoena in an investigation of unlicensed firearms dealing. Please provide the records of example.com as soon as possible.", []string{"subpoena"}},
		{"URGENT preservation request. Please preserve example.com under 18 U.S.C. 2703(f). This matter concerns the sale of firearm frames; I am marking this urgent only because the operator is closing the site this week.", []string{"preservation"}},
		// Session 30 review: weapons sold, haste for a case, a mention
		// of a court's ruling, an arrest ordered, preservation sought:
		// none of them an emergency or process the new rules may invent.
		{"A convicted felon has been selling rifles through the seller account arms77 on example.net. Please urgently send the account's subscriber name and login IPs; we can serve a subpoena later.", []string{"none"}},
		{"This request is urgent, not only because the girl is 12 but because the man she met on example.net told her he would pick her up tonight and take her where nobody would find her. The girl has been missing since this afternoon. The login IPs of his account will help us locate them.", []string{"emergency"}},
		{"We are seeking preservation of all records of the account roe77 on example.net for 90 days while we obtain a search warrant.", []string{"preservation"}},
		{"In State v. Roe the court's Decision and Order of May 2 denied the motion to suppress. Could you send the subscriber information of the account witness9 on example.net?", []string{"none"}},
		{"En las diligencias 12/2026 el juez ha ordenado la detención del investigado. Les rogamos nos faciliten los datos de registro de la cuenta roe77 de example.es.", []string{"none"}},
		{"Attached is a grand jury subpoena for billing@example.net. The victim, a small bakery, wired its savings to the fraudsters and the owner says the business will not survive the loss. Please send the records as soon as possible.", []string{"subpoena"}},
		{"Attached is a subpoena for the seller account tools4u on example.net. The burglar cut himself on a window at one store. Please send the records urgently.", []string{"subpoena"}},
		{"Attached is a subpoena for the login IPs of carer@example.net. $50,000 went missing from an elderly widow's account; she had made a will naming her carer. Please send the records as soon as possible.", []string{"subpoena"}},
		// Session 30, second review: a threat that is over; an order's
		// secrecy clause for a company named.
		{"The suspect was arrested last night and there is no longer any threat to the victim. Please send the subscriber records of example.net as soon as possible.", []string{"none"}},
		{"SEARCH WARRANT. The records of example.net are to be produced. IT IS FURTHER ORDERED that Example Inc. shall not disclose the existence of this warrant to any person.", []string{"search_warrant", "nondisclosure_order"}},
		// Session 30: a treaty request's future told before its name.
		{"Si chiede la conservazione rapida dei dati del dominio example.it. Seguirà eventuale richiesta di assistenza giudiziaria.", []string{"preservation"}},
		{"Solicitamos la conservación de los datos de example.es. Se remitirá la comisión rogatoria en las próximas semanas.", []string{"preservation"}},
		{"Solicitamos la conservación de los datos de example.es. La comisión rogatoria fue remitida el 3 de mayo.", []string{"preservation", "mlat"}},
		{"Ein Rechtshilfeersuchen halten wir hier nicht für erforderlich: der Beschluss des Amtsgerichts Beispielstadt ist verbindlich. Bitte geben Sie die Bestandsdaten zu example.de heraus.", []string{"court_order"}},
		{"Wir halten ein förmliches Rechtshilfeersuchen an die USA nicht für erforderlich; der Beschluss des Amtsgerichts Beispielstadt liegt Ihnen vor. Bitte geben Sie die Bestandsdaten zu example.de heraus.", []string{"court_order"}},
		{"Bijgaand een vordering van het parket op grond van artikel 46bis Sv. Een rechtshulpverzoek is volgens het parket niet vereist. Gelieve de gegevens van example.be te bezorgen.", []string{"subpoena"}},
		{"Ein Rechtshilfeersuchen wurde am 3. Mai über das Bundesamt für Justiz gestellt. Bitte sichern Sie die Daten zu example.de.", []string{"mlat", "preservation"}},
		// Session 31 (round 65): a treaty request the writer finds not
		// worth its time, in German and in English.
		{"Das Amtsgericht Beispielstadt hat mit Beschluss die Herausgabe der Bestandsdaten zu example.de angeordnet. Ein förmliches Rechtshilfeersuchen ist angesichts der Eile nicht zweckmäßig.", []string{"court_order"}},
		{"By ruling of 1 October the Example City District Court authorised the request for the records of example.lt. Please send them directly, as the mutual legal assistance procedure would take too long.", []string{"court_order"}},
		{"By ruling of 01.10.2026 the Example miesto apylinkes teismas (Example City\nDistrict Court) authorised the request for the records of example.lt.", []string{"court_order"}},
		{"We ask you to send the account e-mail, API logs and issued certificates directly to us, as the mutual legal\nassistance procedure would take too long. The domain is example.lt.", []string{"none"}},
		{"Das Zwangsmassnahmengericht des Kantons Beispiel hat mit Verfügung vom 02.09.2026 die Herausgabe der Daten zu example.ch angeordnet.", []string{"court_order"}},
		// Danish preservation "until a court order exists", with the
		// order the writer expects to send.
		{"Rigspolitiet anmoder hermed om sikring af data vedrørende example.dk, indtil en dansk retskendelse foreligger. Vi forventer at kunne fremsende en kendelse fra byretten inden for 2-3 uger.", []string{"preservation"}},
		// Session 31 (round 67): a treaty request the writer would avoid
		// (German), that will not be filed (Czech), that is not planned
		// (Finnish).
		{"Das Amtsgericht Beispielstadt hat mit Beschluss die Herausgabe der Bestandsdaten zu example.de angeordnet. Den Weg über ein förmliches Rechtshilfeersuchen möchten wir aus Zeitgründen vermeiden.", []string{"court_order"}},
		{"Žádáme o uchování dat k doméně example.cz. Upozorňujeme, že v této věci nebude podávána žádost o právní pomoc do USA.", []string{"preservation"}},
		{"Pyydämme säilyttämään tiedot: example.fi. Oikeusapupyyntöä Yhdysvaltoihin ei tässä vaiheessa ole suunniteltu.", []string{"preservation"}},
		// "Until then": the preservation is asked now, the warrant later.
		{"We are drafting a search warrant for the account. Until then please preserve the account example.com under 18 U.S.C. 2703(f).", []string{"preservation"}},
		// A treaty request that the prosecutor "will consider".
		{"We kindly ask you to preserve, under Article 29 of the Budapest Convention, the records of example.fi for 90 days. A request for mutual legal assistance will be considered by the prosecutor.", []string{"preservation"}},
		// An order held, obtained from a court, or commanding the
		// provider, told in the letter; not an order of certificates, nor
		// one still to come.
		{"Det. Jo Roe, Example Police Department. I have an order for the account records of example.com covering August 10 through September 28. My desk is 555-555-0100.", []string{"court_order"}},
		{"The Example Park District obtained the enclosed order from the Circuit Court of Example County, authorizing discovery to identify the operator of example.com.", []string{"court_order"}},
		{"Please see the attachment. The attached order directs you to produce information sufficient to identify the holder of example.com.", []string{"court_order"}},
		{"We will present the application to the court on Monday. The order requires the provider to produce the records of example.com, and I will send it once it is signed.", []string{"none"}},
		{"The attached search warrant, to be considered together with the affidavit, was signed by a magistrate judge of the United States District Court for the District of Example for the contents of example.com.", []string{"search_warrant"}},
		{"I have an order for three certificates on example.com that never arrived.", []string{"none"}},
		{"We will have an order for the account records of example.com next week.", []string{"none"}},
		// Session 30: the order the provider will want, which the writer
		// is still seeking, and the warrant sought beside it; a warrant
		// operation is a raid, no process for records.
		{"Please preserve example.com under 18 U.S.C. 2703(f). Please do not notify the subscriber; I understand you will want a court order for that and we are seeking one.", []string{"preservation"}},
		{"Please preserve example.com under 18 U.S.C. 2703(f). We expect to serve a search warrant within two weeks and are seeking a nondisclosure order along with the warrant.", []string{"preservation"}},
		{"Attached is an administrative subpoena for example.com. No life is at risk; we have a search warrant operation planned and would like the records beforehand.", []string{"subpoena"}},
	} {
		raw := "From: a@fbi.gov\nSubject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.text + "\n"
		r := a.Analyze(parse(t, raw))
		if !slices.Equal(r.Process, tt.want) {
			t.Errorf("process(%q) = %v, want %v", tt.text, r.Process, tt.want)
		}
	}
}

// TestEmergencyExplained: a summary of the danger and how the data helps,
// however it is laid out; a placeholder is no summary.
// TestEmergencyNamedInSubject: "EMERGENCY" in the subject and the danger
// at the head of the body are one claim, though a line apart.
func TestEmergencyNamedInSubject(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		subject, body string
		want          bool
	}{
		{"EMERGENCY - need IPs", "76 yo man w/ dementia missing since 0500 from his sons house, no meds, freezing overnight. He uses example.com on his tablet all day - your logs w/ IPs would show what network hes on so we can find him.", true},
		{"Emergency: please call", "A 15-year-old girl is missing: she left home with a man she met on example.com and her phone is off. The login IPs will help us locate her.", true},
		// Session 28 (round 56): Spanish haste beside a kidnapping told.
		{"URGENTE - secuestro en curso", "Un empresario fue retenido ayer y los secuestradores han amenazado con matarle. Solicitamos con carácter de urgencia los datos de example.es.", true},
		{"Solicitud urgente", "Solicitamos con carácter de urgencia los datos de registro de example.es para una investigación de fraude.", false},
		// Session 28 review: haste words beside a crime long over are no
		// emergency; nor is a hospital's ransomware long repaired.
		{"URGENTE - Solicitud de datos", "En relación con un delito de secuestro ocurrido en marzo de 2019, solicitamos con carácter de urgencia los datos de registro de example.es. Estos datos nos permitirán identificar al autor.", false},
		{"Datenanfrage", "Der Beschuldigte ist dringend tatverdächtig, am 14.02.2023 zwei Angestellte als Geiseln genommen zu haben. Die Geiseln blieben unverletzt. Die Daten würden es uns ermöglichen, einen Mittäter zu identifizieren.", false},
		{"Records request", "In March 2023 a ransomware attack encrypted the records systems of a regional hospital; it restored its systems within a week and no patients were harmed. Please send the subscriber information of example.net as soon as possible; it will help us identify the attackers.", false},
		// Session 33 review: a warrant or a requisition "sera exécuté(e)",
		// a shop's goodbye message are no dangers to anyone.
		{"URGENT - réquisition", "Merci de nous communiquer en urgence les données de example.fr. Le mandat sera exécuté dès que nous aurons l'adresse.", false},
		{"URGENT", "The online store posted a goodbye message on its home page and stopped shipping; customers lost money. Subscriber details are the fastest route to the person operating the site.", false},
		{"URGENT - menaces de mort", "Un élu reçoit des menaces de mort ; le dernier message annonce qu'il sera « exécuté » vendredi devant la mairie. Ces données nous permettront d'identifier l'auteur.", true},
		// Second review: the same dangers in other words; a warrant that
		// "sera exécuté" is none.
		{"URGENT", "Une femme a reçu des menaces de mort de son ex-conjoint cette nuit. Merci de nous communiquer en urgence l'adresse IP liée à example.fr afin d'identifier l'auteur.", true},
		{"Demande de données", "Une femme a reçu des menaces de mort de son ex-conjoint cette nuit. Merci de nous communiquer de toute urgence l'adresse IP liée à example.fr afin d'identifier l'auteur.", true},
		{"URGENT", "Il existe un risque d'atteinte à sa vie dans les prochaines heures. Merci de nous communiquer en urgence les données de example.fr.", true},
		{"Urgent request", "Jo Roe, 16, posted a goodbye video on her account tonight and cannot be reached. We need the login IPs of example.com immediately.", true},
		{"Urgent request", "A father told us his son could not see a way out and has stopped answering his phone. We need the login IPs of example.com immediately.", true},
		{"URGENT - réquisition", "Concernant le mandat de perquisition, il sera exécuté dès que nous aurons l'adresse. Merci de nous communiquer en urgence les données de example.fr.", false},
		// Session 28: Danish and Swedish "life in danger" headings.
		{"HASTER - liv i fare", "Vi har en sag hvor en person er i akut livsfare. Send alle oplysninger om kontoen bag example.dk.", true},
		{"BRÅDSKANDE", "LIVSFARA. Vi behöver alla uppgifter om kontot bakom example.se omedelbart.", true},
		{"Livsfare-forsikring - records", "Please send the subscriber records of example.com; the company sold livsfareforsikring policies.", false},
		// Session 30 (round 61): "Emergency" opening the subject, the
		// danger told after a note of the call.
		{"Emergency - per our call - 26-0001", "Thanks for picking up. As discussed on the phone just now, in writing:\n\nA suspect left his home around midnight with his two children after telling his wife he would kill all three of them and himself. He took a handgun. He runs example.com himself. A current IP will tell us which network he is on.", true},
		// Session 30 review: a program named "Emergency …" in the subject.
		{"Emergency Rental Assistance fraud - grand jury subpoena", "Attached is a grand jury subpoena for the subscriber and login records of the account landlord@example.net. The account filed 140 applications using the identities of people who had died, including several shooting victims. Records are due January 10.", false},
		// A subject that denies the emergency.
		{"Not an emergency - stalking case 26-1187", "The stalking suspect in this case is in custody, so this is routine. The victim's phone has been missing since his arrest. Could you send the login IPs for example.com?", false},
		{"Non-emergency: identity theft", "The victim lost her life savings to a romance scam run through example.com. Could you tell us who registered it?", false},
		// The danger far down the letter is not the subject's claim.
		{"Emergency management grant - records", "Please send the subscriber records of example.com for our audit of the county's grant program. We serve the public in many ways: our office coordinates shelters and planning for the region, and during the floods our staff also helped people whose homes were lost; some were in danger.", false},
	} {
		raw := "From: a@fbi.gov\nSubject: " + tt.subject + "\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body + "\n"
		if r := a.Analyze(parse(t, raw)); r.Emergency != tt.want {
			t.Errorf("%q / %q: emergency %v, want %v", tt.subject, tt.body, r.Emergency, tt.want)
		}
	}
}

func TestEmergencyExplained(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Emergency request. A user posted on example-chat.example that she would end her life tonight. The subscriber records will help us locate her.", true},
		{"EMERGENCY. Summary of the emergency: at 21:10 a user posted photos of a handgun and wrote he will attack a school. How the records will help: they will let us identify the poster.", true},
		{"Exigent circumstances. A 9-year-old girl was abducted from a park. The IP logs are needed to locate the child.", true},
		{"Emergency request. The kidnappers sent the family a ransom demand tonight and the boy is still missing. The IP logs of example.net will help us locate him.", true},
		// Session 26: violence in progress; a path or a lead to where
		// someone is.
		{"Emergency request. A live video on example.net shows a man being beaten with a bat right now. The subscriber records will help us locate the stream's owner.", true},
		{"Emergency request. A user on example.net posted that he will kill his roommate at midnight. The account's IPs are the quickest path to his address.", true},
		{"Emergency request. A user on example.net posted that he will kill his roommate at midnight. The IP logs should lead to a home ISP.", true},
		{"Emergency request. Years ago she was being beaten by her ex-husband. Please send the subscriber records of example.net.", false},
		// Session 27: pills taken, abuse streamed live or going on, an
		// old man not seen since, a path told as "point to"; Spanish,
		// Hungarian and Hebrew accounts and their headings.
		{"Emergency request. Her mother called us: the girl had swallowed tablets an hour ago and left the house. The subscriber records will help us locate her.", true},
		{"Emergency request. A user is live-streaming the sexual abuse of an infant on example.net this evening. The account's IP logs are needed to locate the offender.", true},
		{"Emergency request. A child is held at a house we cannot identify. The abuse is ongoing. The IP logs of example.net are needed to locate the child.", true},
		{"Emergency request. Mr. Doe, 79, has advanced dementia and has not been seen since Tuesday morning. The IP logs of example.net will help us find him.", true},
		{"Emergency request. A user on example.net posted that he will shoot his neighbour tonight. Only the account's e-mail could point to the shooter's location.", true},
		{"URGENTE. Existe riesgo real para su vida: un joven de 15 años fue incitado a autolesionarse y no se le localiza desde ayer. Los datos nos permitirían localizarle.", true},
		{"Sürgős kérés - életveszély. A vészhelyzet leírása: egy 14 éves fiú tegnap este eltűnt otthonról, és üzenetben azt írta, hogy nem akar tovább élni. Hogyan segítenek az adatok: az IP-címek alapján megállapítható, honnan csatlakozik a fiú, így megtalálhatjuk.", true},
		{"בקשה דחופה - סכנת חיים. תקציר האירוע: גבר בן 40 איים ברשת כי יפגע בילדיו הלילה ונעלם עם הילדים מביתו. כיצד המידע יסייע: כתובות ה-IP של החשבון יאפשרו לנו לאתר את מקום הימצאו של החשוד לפני הלילה.", true},
		{"Emergency request. Our victim took her pills as prescribed last week and is recovering at home. The records will help us identify the caller.", false},
		// Session 32: a hospital's systems down under ransomware; a
		// threat that she "will be shot"; a plan to harm her; the data as
		// the fastest route to the sender; German help as the only lead.
		{"Emergency request. Since 03:00 a ransomware attack has encrypted the clinical systems of a regional hospital and ambulances are being diverted. The account's IPs will let us identify the operators.", true},
		{"Emergency request. Lives of patients in the intensive care unit are at direct risk. The IP logs of example.net will help us identify the operators.", true},
		{"Emergency request. A ransomware attack last year cost a retailer its customer list. The IP logs of example.net will help us identify the operators.", false},
		{"Emergency request. A judge received threats saying she will be shot before the verdict on Thursday. The IP logs of example.net will help us identify the writer.", true},
		{"Emergency request. Her ex-partner has told friends he is planning to harm her within days. The IP logs of example.net will help us locate him.", true},
		{"Emergency request. A user on example.net posted that he will bomb a school at noon. Identifying the account's IPs is our fastest route to the sender.", true},
		{"Notfallersuchen. Ein Nutzer von example.de droht, heute um 14:00 Uhr einen Sprengsatz im Bahnhof zu zünden. Die IP-Adressen sind der einzige Ansatz, den Verfasser zu identifizieren.", true},
		{"Emergency request. A user on example.net posted that he will bomb a school at noon. Please send the records; the sender is our only concern.", false},
		// Dutch and Finnish dangers; German help as a trail and as what
		// "we can" do; the only way "we can get to her ISP".
		{"Noodverzoek wegens direct gevaar voor het leven. Vannacht heeft een man op example.nl aangekondigd zijn ex-partner en kinderen te doden. Met de IP-adressen kunnen wij de verdachte identificeren.", true},
		{"Kiireellinen – hengenvaara. 16-vuotias tyttö on ollut kadoksissa eilisestä ja kertoi ottaneensa lääkkeitä. Miten tiedot auttavat: IP-osoitteet kertovat, mistä viesti lähetettiin, jotta partio voidaan ohjata oikeaan osoitteeseen.", true},
		{"Notfallersuchen. Auf example.de wurde angekündigt, morgen an einer Schule so viele wie möglich zu erschießen. Die IP-Adressen sind derzeit die einzige Spur zum Verfasser.", true},
		{"Emergency request. A 16-year-old posted on example.net that she has taken pills and is going somewhere nobody will find her. The IP logs are the only way we can get to her ISP tonight.", true},
		// A Dutch summary under its heading; a man who will pick a child
		// up tonight.
		{"Spoedverzoek wegens acuut gevaar voor het leven. Wat er aan de hand is: gisteravond is een website online gezet met foto's van de woning van een vrouw en haar kinderen. De IP-adressen kunnen ons naar de aansluiting leiden die hij gebruikt.", true},
		{"Emergency disclosure request. Tonight a 12-year-old boy told his aunt that a man he met online has said he will pick him up from the end of his road after everyone is asleep. The IP addresses would identify the man.", true},
		{"Emergency disclosure request. The boy's father said he will pick him up from school on Friday as usual. The IP addresses would identify the poster.", false},
		// Session 33: the data as the fastest route to the person behind
		// a page; Dutch help as what "wij kunnen vaststellen"; a farewell
		// message and no way out; French death threats and a risk to life.
		{"Emergency request. A man posted that he will kill his ex-wife tonight. The account's IPs give us the fastest route to the person operating the page.", true},
		{"Spoedverzoek: levensbedreigende situatie. Een jongen heeft aangekondigd vandaag een einde aan zijn leven te maken. Met het IP-adres kunnen wij via de provider de verblijfplaats van de jongen vaststellen.", true},
		{"Spoedverzoek: levensbedreigende situatie. Een jongen heeft aangekondigd vandaag een einde aan zijn leven te maken. Wij kunnen u morgen bellen.", false},
		{"Emergency request. This morning a 15-year-old sent a friend a message saying goodbye and that he could not see any way out; he cannot be found. The IP logs will help us locate him.", true},
		{"Emergency request. The boy's mother said goodbye to him at the station last week. The IP logs will help us locate him.", false},
		{"URGENT - menaces de mort. Un élu reçoit des menaces de mort sur example.fr ; le dernier message annonce qu'il sera « exécuté » vendredi. Ces données nous permettront d'identifier l'auteur.", true},
		{"URGENT. Il existe un risque sérieux d'atteinte à sa vie. Ces données nous permettront d'identifier l'auteur.", true},
		{"Demande de divulgation d'urgence. Le site porte une atteinte à la vie privée d'un élu. Ces données nous permettront d'identifier l'auteur.", false},
		{"Demande de divulgation d'urgence. Il existe un risque d'atteinte à sa vie privée. Ces données nous permettront d'identifier l'auteur.", false},
		{"Demande de divulgation d'urgence. Le mandat sera exécuté dès que nous aurons l'adresse. Ces données nous permettront d'identifier l'auteur.", false},
		{"Emergency request. The online store posted a goodbye message on its home page and stopped shipping. The IP logs will help us identify the operators.", false},
		{"Emergency request. The victim could not see any way out of the subscription. The IP logs will help us identify the operators.", false},
		{"Spoedverzoek: levensbedreigende situatie. Een jongen heeft aangekondigd vandaag een einde aan zijn leven te maken. Kunnen wij bij u vaststellen of u gegevens bewaart?", false},
		// Session 32 review: a lost laptop in Finnish, a murder years ago
		// in Dutch, and harm to the victims' purses are no dangers.
		{"Kiireellinen – hengenvaara. Asianomistajan kannettava tietokone on kadonnut. IP-osoitteet kertovat, mistä viesti lähetettiin.", false},
		{"Noodverzoek wegens direct gevaar voor het leven. Het onderzoek gaat over de in 2019 vermoorde eigenaar van example.nl. Met de IP-adressen kunnen wij de verdachte identificeren.", false},
		{"Emergency request. The victims told detectives the fake store could harm them financially. The IP logs of example.net will help us identify the operators.", false},
		// Session 27 (round 52): a threat to push someone under a bus, a
		// farewell "and not come back"; Czech, Norwegian, Spanish and
		// Arabic accounts and what the data will let the police do.
		{"Emergency request. A user on example.net wrote that he will push his ex-girlfriend \"under the next bus\" tomorrow. The subscriber records will help us identify him.", true},
		{"Emergency request. A 15-year-old posted on example.net that she is going to walk into the sea and not come back. The IP logs will help us locate her.", true},
		{"Emergency request. He pushed the door off its hinges last year during a burglary. The records will help us identify him.", false},
		{"Naléhavá žádost - ohrožení života. Muž na example.cz napsal, že si dnes večer vezme život. Podle IP adresy zjistíme, kde se nachází.", true},
		{"Nødsituasjon. En 14 år gammel gutt ble tvunget inn i en bil i går. IP-adressene kan vise hvor gjerningsmannen er, slik at vi kan finne gutten.", true},
		{"URGENTE - riesgo vital. La víctima tiene una orden de protección y el agresor, en paradero desconocido, ha publicado su dirección en example.es. Con las IP podremos localizar al agresor.", true},
		{"طلب طارئ. هدد رجل بقتل زوجته الليلة عبر الموقع example.ae. ستمكننا عناوين IP من تحديد مكانه قبل فوات الأوان.", true},
		// Session 27 (round 53): a longer arson threat; a way "we have"
		// to an address; what the data "tells us"; a form's "Describe the
		// emergency" (a form's bare label reads past a deferral into the
		// next fields, so it is not read alone); Spanish conditional,
		// Norwegian, Greek, Ukrainian.
		{"Emergency request. Her ex-partner posted that he will \"burn the house on Maple Street down with all of them in it\" tonight. The IP logs will help us find him.", true},
		{"Emergency request. A user posted that he will shoot his neighbour tonight. The login IPs are the quickest way we have to get an address.", true},
		{"Emergency request. A man said he will kill his wife tonight. Whether the IPs are a home line or a cell carrier tells us whether he is inside the house.", true},
		{"Emergency request. A man said he will kill his wife tonight. Your transparency page tells us whether you notify users.", false},
		{"Emergency request. A child is held in a house we cannot identify and we believe the abuse is ongoing in the home. The IP logs of example.net are needed to locate the child.", true},
		{"EMERGENCY DISCLOSURE REQUEST FORM\nIdentifiers: example.net\nDescribe the emergency:   [ ]\nExplain how disclosure will help:   [ ]\n[X] I certify that the above involves danger of death or serious physical injury to a person.", false},
		// Session 28: where the person is; a stalker with a protection
		// order against him and guns not handed in; a truck into a crowd;
		// Indonesian and Hungarian accounts and what the data does.
		{"Emergency request. A 12-year-old boy was abducted outside his school at noon. His phone's last IPs are the only way we know to find where the boy is.", true},
		{"Emergency request. A nurse who was granted a protection order in May is being stalked by her ex-husband, who posted her shift times on example.net. He keeps two rifles that were not surrendered. The contact e-mail will tell us where he is staying.", true},
		{"Emergency request. A post on example.net says its author will drive a rented van into the crowd at Saturday's parade. The registration IPs will help us identify the author.", true},
		{"Emergency request. The suspect drove a stolen van into the river last spring and was arrested. The registration IPs will help us identify the author.", false},
		{"PERMINTAAN DARURAT. Seorang remaja diculik kemarin malam dan pelaku mengancam akan membunuhnya. Data ini akan membantu kami menemukan lokasi pelaku.", true},
		{"SÜRGŐS - életveszély. Egy férfi azt írta, hogy ma este megöli a feleségét, és egy lőfegyverről fényképet tett közzé. Az IP-címek alapján azonosítani tudjuk a lakcímét.", true},
		// Session 28 (round 55): French "menace pour la vie" heading and an
		// armed attack; Italian "ci servono per localizzare".
		{"URGENT - MENACE POUR LA VIE\n\nHier soir, un élève a annoncé une attaque armée contre son lycée pour demain matin. Les adresses IP sont le seul moyen rapide de localiser l'auteur.", true},
		{"URGENTE - PERICOLO DI VITA\n\nUna ragazza di 14 anni è scomparsa da ieri sera dopo un messaggio di addio. I dati dell'account ci servono per localizzare la persona che la contatta.", true},
		// Session 28 review: a matter "being followed up", a home "being
		// watched" by a patrol tell no danger; a line of prose above a
		// blank field of its own is no wrapped label.
		{"Emergency disclosure request under 18 U.S.C. 2702(b)(8). In October a woman was the victim of domestic violence; her former partner used example.net to send her messages. The matter is being followed up by our field office. The subscriber information will help us identify the user.", false},
		{"EMERGENCY DISCLOSURE REQUEST\nA man posted on example.net an hour ago that he will shoot his wife tonight.\nWhy we need it now - the login IPs are the only way we can locate him before then\nSupervisor approval: __________\nSigned on: 12/07/2026", true},
		// Session 28 (round 56): "best chance of identifying"; ransomware
		// against a hospital; Italian, German and Norwegian help; a French
		// coercion with its threat.
		{"Emergency request. A user posted on example.net that he will shoot the family at the next address tonight. The account's IPs are the best chance we have of identifying him.", true},
		{"Emergency. A ransomware attack encrypted the patient systems of a regional hospital tonight; ICU patients are being moved. The IP logs of example.net will help us identify the attackers.", true},
		{"Emergency request. A ransomware attack encrypted the billing systems of a furniture store last month. The IP logs of example.net will help us identify the attackers.", false},
		{"URGENTE - pericolo di vita. Un ragazzo di 16 anni ha annunciato di volersi togliere la vita stanotte. Per localizzarlo ci servono gli indirizzi IP.", true},
		{"EILT - Gefahr für Leib und Leben. Auf example.de wird angekündigt, dass morgen ein Sprengsatz im Bahnhof gezündet werde. Die IP-Adressen würden es uns ermöglichen, den Verfasser zu identifizieren.", true},
		{"NØDANMODNING - fare for liv. En jente på 9 år ble bortført i går, og gjerningspersonen truer med å drepe henne. IP-adressene kan gi oss en fysisk adresse.", true},
		{"DEMANDE DE DIVULGATION EN SITUATION D'URGENCE\nNature de l'urgence : depuis ce matin, un homme contraint une fillette de 12 ans et l'a menacée de s'en prendre à elle ce soir.\nUtilité : ces données nous permettraient de localiser la victime.", true},
		// Session 28: a form's fields left as lines to fill, one label
		// wrapped over two lines.
		{"EXIGENT REQUEST FORM\nAccount: example.net\nNature of the emergency: ______________\nExplain how the requested records will assist in preventing\ndeath or serious bodily injury: ________________\nI certify that an emergency exists involving danger of death or serious physical injury.", false},
		{"EXIGENT REQUEST FORM\nAccount: example.net\nNature of the emergency: __________\nHow will the data help: ....................\nSignature: ____", false},
		{"EXIGENT REQUEST FORM\nAccount: example.net\nNature of the emergency: a man posted that he will shoot his wife tonight\nExplain how the requested records will assist in preventing\ndeath or serious bodily injury: the IP logs will let us find his address\nI certify that an emergency exists.", true},
		{"URGENTE - riesgo vital. Un empresario fue secuestrado por tres sujetos armados. Los datos permitirían identificar a los captores.", true},
		{"HASTER - fare for liv. En ung kvinne publiserte et avskjedsbrev på example.no i natt. E-post eller IP vil gi oss mulighet til å finne adressen.", true},
		{"ΕΠΕΙΓΟΝ - κίνδυνος ζωής. Χρήστης ανάρτησε μήνυμα αυτοκτονίας στο example.gr. Με τα στοιχεία αυτά θα εντοπιστεί η διεύθυνσή του.", true},
		{"ТЕРМІНОВО - загроза життю. Невстановлена особа погрожувала вбити 13-річну дівчинку. Ці дані дозволять встановити місцезнаходження особи.", true},
		{"URGENT - disparition inquiétante. Faits : une adolescente de 14 ans a quitté son foyer hier soir pour retrouver un adulte rencontré en ligne. Utilité des données : les adresses IP permettraient de localiser l'endroit où elle se trouve.", true},
		{"Emergency request. A user on example.net posted that he will kill his roommate. The quickest path to a decision is a phone call.", false},
		// Session 25 review: someone found safe, another time or another
		// person, beside a present danger.
		{"A 16-year-old boy posted on example.com at 01:40 today that he will kill himself tonight, and his family believes he has his father's handgun. In March he was found safe after a similar post, but his parents say this time is different. The latest login IP addresses of his account will help us locate him.", true},
		{"EMERGENCY. A man abducted his ex-wife and their 6-year-old son at gunpoint last night. She was found safe at a neighbour's house, but he has not been located and he is armed. The IP logs of example.net will help us find them.", true},
		{"EMERGENCY. The woman was found unharmed at her sister's house. Thanks. Her child is still missing with the suspect, who has a handgun. The IP logs of example.net will help us find the child.", true},
		// Session 25: a kidnapping and a threat to kill in Arabic, and how
		// the data will let the police find the child.
		{"نحيطكم علماً بأن طفلة تبلغ من العمر 9 سنوات اختطفت مساء أمس، وقد هدد الخاطفون بقتل الطفلة. نطلب منكم على وجه الاستعجال بيانات النطاق example.ma، وهذه المعطيات ستمكننا من تحديد مكان احتجاز الطفلة.", true},
		// Session 25: a child's age written "12 yr old", with no word
		// of emergency.
		{"We have a 12 yr old who ran away with someone she met online and we believe she is in danger of being trafficked tonight. The IP addresses on example.net will help us find her.", true},
		// Session 25: a threat to jump, told as what a post said.
		{"Exigent request. At 21:40 an anonymous post on example.net said the writer cannot go on and is going to jump from the roof of the library tonight. The IP logs will let us find her.", true},
		// An Estonian form: what happened, and how the data help.
		{"HÄDAOLUKORD - OHT ELULE\n\nMis on juhtunud: täna öösel kirjutas kasutaja lehel example.ee, et läheb hommikul kooli ja tulistab õpilasi.\n\nKuidas andmed aitavad: IP-aadressid võimaldavad meil tuvastada autori enne kooli algust.", true},
		// An overdose seen as it happens, and medics to be sent.
		{"EMERGENCY. A man on a live stream swallowed a bottle of pills twenty minutes ago and is now unresponsive. We need the account's IP logs for example.com so we can send medics to him.", true},
		// The facts under a form's heading that names the emergency in
		// other words; a teenager gone after an argument, or a web site
		// "unresponsive", tells no danger.
		{"Emergency disclosure request. She's 16 and left home yesterday after an argument with her parents. Please send the IP logs of example.com so we can locate her.", false},
		{"Emergency request. The website example.com is now unresponsive and customers are losing money; the IP logs will help us identify the owner.", false},
		{"EXIGENT REQUEST 18 U.S.C. 2702(c)(4)\n\nFACTS SUPPORTING THE EXIGENCY\nAn inmate who walked off a work crew on Monday has posted his former partner's new address on example.com and says he is on his way to see her.\n\nHOW THE RECORDS WILL HELP\nThe IP addresses will help us locate him before he reaches her.", true},
		{"Emergency request. He's 14 and his parents say he has been moody this week. The account's IP logs will help us find out who he talks to.", false},
		// A suicide pact told in the plural; a Swedish form's heading
		// "summary of the emergency".
		{"EMERGENCY. A young man who runs example.se arranged with a 15-year-old girl to take their lives together tonight. We need the account e-mail and IP addresses to identify and locate him.", true},
		{"EMERGENCY DISCLOSURE REQUEST - danger to life\n\nSammanfattning av nödläget: I kväll hittade föräldrarna till en flicka meddelanden från example.se där hon och en man planerade sin död.\n\nThe IP addresses will help us identify and locate him.", true},
		// A fire set in the past is no threat.
		{"Emergency disclosure request for example.com. In 2021 the user posted photos of a car he had set on fire. The IP logs will help us locate him.", false},
		// An arson threat.
		{"Emergency request under 18 U.S.C. 2702(b)(8). Summary: a former employee posted on example.com that he will burn the building down with everyone in it at 9:00. How the records help: the IP logs will let us locate him before then.", true},
		{"Emergency disclosure request: risk of serious bodily injury. Nature of the emergency: as discussed by phone. How the records will assist: see above.", false},
		{"This is an emergency involving risk of serious bodily harm. Please send the records of example.com.", false},
		// How it helps, in the present tense or for someone else.
		{"EMERGENCY. A man holding his wife at gunpoint has threatened to kill her tonight. His account's e-mail is a way for negotiators to reach him.", true},
		{"EMERGENCY. A man holding his wife at gunpoint has threatened to kill her tonight. The IP address he posts from lets us find the house.", true},
		{"EMERGENCY. A man posted that he is going to shoot his neighbour before dawn. The IPs he connects from are the fastest way for us to get his current address from the ISP tonight.", true},
		{"Emergency request under 18 U.S.C. 2702(b)(8) for the account example.com.\nNature of the emergency: child abduction - Amber Alert issued.\nHow the records help: the IP logs will help us locate the child.\n\nDet. Jo Roe\nExample County Sheriff's Office", true},
		// A unit named for a danger, in the signature, tells none.
		{"EMERGENCY REQUEST. This involves a risk of death or serious physical injury. The account's IP logs will help us locate the person we are looking for.\n\nDet. Jo Roe\nMissing Persons Unit\nExample Police Department", false},
		{"EMERGENCY REQUEST. This involves a risk of death or serious physical injury. The account's IP logs will help us locate him.\n\nSgt. Jo Roe\nHomicide / Major Crimes\nExample Police Department", false},
		{"EMERGENCY REQUEST. A 12-year-old girl went missing from school today with a man she met on example.com. The IP logs will help us locate her.\n\nDet. Jo Roe\nMissing Persons Unit", true},
		// A terse note: a vulnerable person missing now, and what the
		// logs show "so we can find him".
		{"EMERGENCY - need IPs\n\n76 yo man w/ dementia missing since 0500 from his sons house, no meds, freezing overnight. He uses example.com on his tablet all day - your logs for today w/ IPs would show what network hes on so we can find him.", true},
		{"URGENT: a man with dementia has been missing since last night, without his medication. The login IPs for example.com may show where he is, so deputies can locate him.", true},
		// A Thai form's headings.
		{"คำร้องขอเปิดเผยข้อมูลกรณีฉุกเฉิน\n\nสรุปเหตุฉุกเฉิน: เมื่อคืนนี้ชายคนหนึ่งลักพาตัวเด็กหญิงอายุสิบสองปีจากหน้าโรงเรียนและยังไม่พบตัว\n\nข้อมูลจะช่วยได้อย่างไร: หมายเลข IP ของบัญชีจะช่วยให้เจ้าหน้าที่ระบุตำแหน่งของคนร้ายได้ทันเวลา", true},
		// A thing missing is no person in danger.
		{"We are making an emergency disclosure request under 18 U.S.C. 2702(b)(8). The victim holds a protective order against her ex-husband. Her car has been missing since Sunday. The login IPs for example.com will help us identify who has the car.", false},
		// How the data helps in Japanese and Korean: finding the person.
		{"【緊急】人命に関わる緊急開示のお願い\n\n■ 事案の概要\n本日午後、元交際相手を刃物で脅した男が子どもを連れて車で逃走し、現在も行方が分かっていません。\n\n■ 情報が必要な理由\nアカウントの接続元IPアドレスが分かれば、通信事業者への照会により男の居場所を特定できます。", true},
		{"긴급 공개 요청 - 생명에 대한 급박한 위험\n\n상황 요약: 오늘 밤 한 남성이 example.kr 게시판에 전 여자친구를 죽이겠다는 글을 올렸고 그 뒤로 연락이 되지 않습니다 여자친구의 안전이 확인되지 않았습니다.\n\nIP 기록이 있으면 남성의 위치를 파악할 수 있습니다.", true},
		// A French form's "Résumé des faits".
		{"DEMANDE D'URGENCE – RISQUE VITAL\n\nRésumé des faits : une adolescente de 14 ans a quitté le domicile cette nuit pour rejoindre un homme rencontré sur example.fr; son téléphone est éteint depuis 01h30.\n\nUtilité des données : les adresses IP du compte nous permettront de la localiser.", true},
		// Domestic violence told by its facts: a protective order, an
		// assault, a threat that goes on tonight.
		{"Emergency request. A woman who holds a protective order reported that her former partner, who is armed and has assaulted her before, posted her new address on example.net tonight. The login IPs of the account will help us locate him.", true},
		// A deferral beside facts of the letter's own.
		{"EMERGENCY. A man threatened to kill his ex-wife tonight and the records will help us find where he is holding her; the circumstances are explained in the attached affidavit as well.", true},
		{"EMERGENCY. The details are described in the attached form, but in short a 16-year-old girl was abducted at gunpoint from a bus stop an hour ago and the IP logs of example.com will help us locate her.", true},
		// Facts said to be in a form the mail does not carry.
		{"We request emergency disclosure under 18 U.S.C. 2702(b)(8); the matter involves a risk of death to a person. The facts of the emergency, and an explanation of how the records will help us, are set out in the department's request form, attached. Records for example.net.", false},
		{"Emergency disclosure request for example.net. The summary of the emergency and how the data would help is fully described in our EDR document.", false},
		{"EXIGENT REQUEST. I certify that the records of example.net are needed without delay to prevent an imminent risk of death or serious bodily injury. The summary of the emergency and the explanation of how the records will help are in the attached incident synopsis.", false},
		{"Emergency. A 15-year-old girl left home with a man she met on example.net who threatened to kill her; the IP logs will help us find where she is now. The facts are described in more detail in the attached report.", true},
		// "What is going on" heads the facts as well as a summary's label.
		{"Exigent request. What is going on: tonight a promoter was shot outside a venue after the site's owner posted that the witness is next. How the records help: the account's e-mail and IPs should identify the poster.", true},
		{"Exigent request. What's going on: tonight a teenager posted a photo of pills and wrote she will take them all after midnight. How the records help: the account's e-mail and IPs will let us find her.", true},
		// Headings on their own lines, and the explanation in Spanish.
		{"EMERGENCY DISCLOSURE REQUEST - THREAT TO LIFE\nSummary of the emergency\nA user told a friend he will take his own life tonight.\nHow your information will help\nThe account's contact e-mail is our fastest route to identifying him before midnight.", true},
		{"Solicitud de emergencia. Resumen de la emergencia: un comerciante fue secuestrado y los captores exigen un rescate. Cómo ayudará la información: las direcciones IP permitirán ubicar a los captores.", true},
		// A summary wrapped over lines whose first holds a time, not a
		// next field; how it helps as a purpose clause; a Swedish
		// form's "why the data is needed".
		{"EMERGENCY DISCLOSURE REQUEST\n\nNature of emergency:\nAt approximately 23:40 hrs a post appeared on example.net saying\nthat its author will settle accounts at his old workplace when the\nmorning shift starts.\n\nHow the information will help:\nThe account's e-mail would allow us to identify the author.", true},
		{"EMERGENCY DISCLOSURE REQUEST\n\nNature of emergency:\nCase number: 26-0412\n\nHow the information will help:\nThe account's e-mail would allow us to identify the author.", false},
		{"Emergency - a teen posted a suicide note on example.net an hour ago and says she took pills. Need the acct email and any IPs so we can ID her and get someone to her.", true},
		{"Emergency - a teen posted a suicide note on example.net an hour ago and says she took pills. Need the acct email and any IPs so we can close our file.", false},
		{"BRÅDSKANDE - FARA FÖR LIV\n\nSammanfattning av nödläget: I natt publicerade en flicka på example.se en text om att ta sitt liv innan det blir ljust.\n\nVarför uppgifterna behövs:\nIP-adressen vid registreringen kan visa varifrån flickan var uppkopplad i kväll.", true},
		// The emergency's end as a condition, another's view, or an old
		// request's before a new danger, is no end of this one.
		{"EMERGENCY DISCLOSURE REQUEST. A 9-year-old boy was taken from his school this morning by a man who has threatened to kill him. Please do not ask us for a warrant: if we wait for a court order, the emergency is over and the boy may be dead. The IP logs of example.net will allow us to identify and locate him.", true},
		{"EMERGENCY DISCLOSURE REQUEST. A 9-year-old boy was taken from his school this morning by a man who has threatened to kill him. The mother thinks it is no longer an emergency because he called her, but the call was cut off. The IP logs of example.net will allow us to identify and locate him.", true},
		{"EMERGENCY DISCLOSURE REQUEST. The girl of our request of October 29 was found safe, so the emergency is over. A second child is now missing: a 9-year-old boy was taken from his school by a man who has threatened to kill him. The IP logs of example.net will allow us to identify and locate him.", true},
		// Session 25: one person found safe, another still in danger.
		{"EMERGENCY DISCLOSURE REQUEST. The girl was located safe last night, but her 12-year-old sister is still missing with the man, who has threatened to hurt her. The IP logs of example.net will help us find her.", true},
		// A violent man gone from his monitoring is a present danger.
		{"I am requesting emergency disclosure. Last night a man posted on example.net the names of his ex-girlfriend's children with the words \"Friday I finish what I started.\" He assaulted her in March, and this morning his bond monitor lost contact. His IP addresses would help us find where he is staying.", true},
		// A vulnerable adult missing: his illness is the danger; a
		// condition told with no one missing is none.
		{"Emergency disclosure request. A 79-year-old man with severe dementia who is insulin-dependent left his home this morning with no insulin with him, and took a bus to an unknown destination to meet someone he talked to on example.net. The account's IP logs would help us identify where he was told to go.", true},
		{"Emergency disclosure request. Our suspect has dementia according to his lawyer. The account's IP logs would help us identify him.", false},
		// A numbered form whose help field is left empty before the
		// next numbered field.
		{"EMERGENCY DISCLOSURE REQUEST\n\n1. Describe the emergency involving danger of death or serious physical injury:\nA 15-year-old girl has been missing since Friday; a man who threatened to hurt her was seen leaving with her.\n\n2. Explain how the requested information will help prevent the death or injury:\n\n\n3. Why normal legal process would not be timely:\nEvery hour raises the risk to the child.", false},
		{"EMERGENCY DISCLOSURE REQUEST\n\n1. Describe the emergency involving danger of death or serious physical injury:\nA 15-year-old girl has been missing since Friday; a man who threatened to hurt her was seen leaving with her.\n\n2. Explain how the requested information will help prevent the death or injury:\nThe IP logs of example.net will let us find where he has taken her.\n\n3. Why normal legal process would not be timely:\nEvery hour raises the risk to the child.", true},
		// A field that names no danger is not filled by the next field.
		{"Emergency disclosure request under 18 U.S.C. 2702(b)(8).\nNature of emergency: Exigent circumstances - refer to our file. Please expedite.\nHow the information will assist: the IP addresses will allow us to identify and locate the person involved without delay.", false},
		// Japanese headings, whose answers have no spaces.
		{"【緊急】人命に関わる情報開示のお願い\n■ 緊急事態の概要\n本日21時40分頃、下記ウェブサイトに運営者本人とみられる人物が遺書とみられる文章を掲載しました。\n■ 情報がどのように役立つか\n連絡先メールアドレスおよび接続元IPアドレスが判明すれば、今夜中に本人の所在を特定して保護することができます。example.jp", true},
		// Headings and dangers in other languages, and a heading without
		// its colon.
		{"NOTFALLERSUCHEN\nZusammenfassung des Notfalls:\nEin Nutzer kündigt im Forum example.de an, morgen an einer Schule zu erschießen.\nWie die Daten helfen:\nDie E-Mail-Adresse und die IP-Adressen ermöglichen es uns, den Verfasser vor 8 Uhr zu identifizieren.", true},
		{"RICHIESTA URGENTE\nSintesi dell'emergenza: una ragazza di 15 anni è scomparsa e ha scritto che vuole togliersi la vita stanotte.\nCome le informazioni ci aiuteranno: gli indirizzi IP ci permetterebbero di individuare il luogo in cui si trova.", true},
		{"EMERGENCY DISCLOSURE REQUEST\nSummary of the emergency\nAt 05:10 today a post on example.nz said the writer intends to end their life before tonight.\nHow the information will help\nThe contact e-mail and IP addresses will allow us to identify the writer.", true},
		{"Emergency. The account holder sent a message saying he had a handgun and would kill her tonight. The IP addresses are our only current lead to his location.", true},
		// The statute's standard certifies; it does not tell what happened.
		{"Emergency disclosure request under 18 U.S.C. 2702(c)(4). This matter involves an imminent danger of death or serious bodily injury to a person. The records will allow us to determine the location of the account holder.", false},
		{"EXIGENT REQUEST\nDescription of the emergency:   per phone conversation with your staff\nHow the records will assist:   as above\nI hereby certify that a danger of death or serious bodily injury exists.", false},
		{"Emergency request. A man threatened to shoot his former partner tonight; she is in imminent danger of death or serious physical injury. The records will help us locate him.", true},
		// "Unknown suspect" and "Per the victim's sister" are answers.
		{"EXIGENT REQUEST\nNature of the emergency: Unknown suspect posted a message at 06:40 today saying he will shoot students at a high school at noon.\nHow the records will help: they will let us identify him before noon.", true},
		{"EMERGENCY\nSummary of the emergency: a 14-year-old girl was lured from home by a man who threatened to kill her.\nHow the information will help: Per the victim's sister the man runs the website example.net and its login IP records will help us locate the girl before she is harmed.", true},
		// A form's table cells without colons, answered with placeholders.
		{"EXIGENT CIRCUMSTANCES REQUEST\nSummary of emergency Refer to dispatch log\nHow data will assist TBD\nDanger of death / serious bodily injury YES - I so certify\nRecords subscriber info, IP logs", false},
		{"EXIGENT CIRCUMSTANCES REQUEST\nSummary of emergency A student posted that he will shoot classmates at noon today.\nHow data will assist per Sgt. Roe\nRecords subscriber info, IP logs", false},
		// Placeholders in brackets, a field that only names the kind of
		// request, a blank field before the certification.
		{"EXIGENT REQUEST FOR RECORDS\nNature of the emergency:   [to follow]\nHow the records will help\nprevent the harm:          [to follow]\nCertification: I certify that the circumstances involve an imminent risk of death or serious bodily injury.", false},
		// A field that names only the kind of danger, with details "by
		// phone", explains nothing.
		{"EXIGENT REQUEST\nNature of the emergency:\n    Threat to life. Details can be given by phone.\nHow disclosure will help:\n    The IP addresses will let us find the poster so officers can respond.", false},
		{"EXIGENT REQUEST\nNature of emergency: Threat to life - an informant reports the account holder has a rifle and intends to kill his former wife tonight\nHow the information will help: the IP addresses will let us find him before tonight.", true},
		{"EXIGENT REQUEST\nNature of the emergency:\n    Threat to life: a man wrote on example.net that he will shoot his wife tonight.\nHow disclosure will help:\n    The IP addresses will let us find him so officers can respond.", true},
		{"EXIGENT REQUEST\nEmergency: a boy was taken from a park today by his father, who texted threats to kill the child.\nHow you help: the father logs into example.net from his phone; the current login IPs let us find him.", true},
		{"EXIGENT / EMERGENCY DISCLOSURE REQUEST\nNature of emergency:   Threat to life - exigent\nSummary of facts:\nHow records will help:\n\nI certify that an emergency involving danger of death or serious physical injury requires disclosure without delay.", false},
		// French and Polish explanations.
		{"DEMANDE URGENTE – RISQUE VITAL\nRésumé de la situation : une jeune fille de 14 ans a disparu hier soir après avoir rejoint un adulte rencontré sur example.fr.\nUtilité des données : les adresses IP nous permettraient de localiser le lieu où elle se trouve.", true},
		{"PILNE – ZAGROŻENIE ŻYCIA\nMężczyzna opublikował wpis zapowiadający odebranie sobie życia; a man posted that he will end his life tonight. Adresy IP pozwolą ustalić lokalizację, z której publikuje wpisy.", true},
		// A filler with the account on the next line; a bracketed remark
		// before a real summary.
		// A table's empty answer cells: the headings alone on their lines.
		{"COUNTY SHERIFF'S OFFICE\nExigent Circumstances Request\n\nCase number 26-0001\n\nNature of the emergency\n\nHow the requested records will help prevent death or serious injury\n\nIdentifiers example.net\n\n[X] I certify that an emergency involving danger of death or serious physical injury requires disclosure without delay.", false},
		{"EXIGENT REQUEST\nNature of the emergency\n\nA teenager went to meet a seller from example.net tonight and never came home; two buyers were robbed at gunpoint by the same seller.\n\nHow the records will help\n\nThe IP addresses will let us find the seller tonight.", true},
		{"This is an emergency request under 18 U.S.C. 2702(c)(4). This is a stalking case. The subscriber information for example.net will help us identify and locate the suspect.", false},
		{"Exigent request. A man robbed a store at gunpoint last night; the records of example.net will help us identify him.", false},
		{"EMERGENCY DISCLOSURE REQUEST. SUMMARY: a 16-year-old girl was forced into a car outside her workplace tonight; neither has been located. HOW THE RECORDS WILL HELP: the IP addresses of example.net may reveal his current location.", true},
		{"Emergency request. He has a history of domestic violence and violated a protective order yesterday. His current location is unknown. The IP logs of example.net will help us locate him.", true},
		{"Emergency request. This is a stalking case that poses a risk to the community at large. The records of example.net will help us identify the suspect.", false},
		{"EMERGENCY DISCLOSURE REQUEST\n\nDescription of the emergency [Describe the emergency and the person(s) at risk]\n\nHow the requested records will help prevent death or serious physical injury [Explain how the records will help]\n\nIdentifiers example.net", false},
		{"Emergency request. A man who robbed a store at gunpoint an hour ago fled and remains armed and at large. The IP logs of example.net will help us locate him.", true},
		{"Emergency request. He has a history of domestic violence and has threatened to take the children out of the state. The IP logs of example.net will help us locate him.", true},
		{"Emergency request. A woman called 911 saying her ex-boyfriend sent her a photo of her front door with the words 'tonight you find out'. He has prior arrests for aggravated assault. She and her kids are now at a shelter. The IP addresses of example.net will let us find him tonight.", true},
		{"Emergency disclosure request. The boy is with the robbers and at serious risk of being hurt or killed. The IP logs are our fastest way to identify them tonight.", true},
		{"EXIGENT REQUEST\nNature of emergency: Threat to life - urgent\nThe account holder, a 19-year-old student, published a farewell letter naming the bridge he will jump from at dawn.\nHow the records will help: they will let us locate him before dawn.", true},
		{"EMERGENCY\nSummary of emergency: (Confidential - victim is a minor) a 15-year-old girl left home last night with an adult she met online and has not been seen since.\nHow the records will help: the IP logs will let us locate her.", true},
		{"EXIGENT REQUEST\nNature of emergency: Threat to life - exigent\nProvide the subscriber name and login IP addresses of example.net immediately; the data will help us locate the user.", false},
		// A bare "Summary:" or "The emergency:" heads the account.
		{"Exigent request.\nSummary: shortly after midnight a 14-year-old boy walked away from his home with a man he had chatted with on example.net, and his phone has been off since.\nHow it helps: the account's IP addresses are our only lead to the man's location.", true},
		{"Emergency request. The emergency: a teenager left a note saying goodbye and took her father's pistol; her last message came through example.net an hour ago. How your records will help: the login IPs will let us find her tonight.", true},
		{"EMERGENCY DISCLOSURE REQUEST\nSummary: I'm afraid I cannot share further details by e-mail, please call me.\nHow the records will help: the IP addresses will let us locate the user of example.net.", false},
		{"EMERGENCY REQUEST - RISK OF SUICIDE. Tonight a student published a page at example.net saying goodbye and stating that he had taken pills; he is not in his room. The IP addresses of the account should show which network he used, which may narrow down where he is.", true},
		{"Exigent request.\nThe emergency: tonight a 15-year-old girl left\nhome to meet a man she had chatted with on example.net; her last message said she was scared.\nHow the records help: the account's IP addresses should let us find the man tonight.", true},
		{"EXIGENT REQUEST\nDescribe the emergency: ____________\nExplain how the requested records will help prevent death or serious injury: ____________\nRecords: subscriber data of example.net.", false},
		{"EMERGENCY DISCLOSURE REQUEST\n1. Describe the nature of the emergency:\n[Type description here]\n2. Explain how the requested information will help:\n[Type explanation here]\nIdentifiers: example.net", false},
		{"EMERGENCY DISCLOSURE REQUEST\nSummary: [Insert a brief summary of the emergency here]\nHow the records will help: the IP addresses will let us locate the user of example.net.", false},
		{"EMERGENCY DISCLOSURE REQUEST\nSummary: Please see the attached affidavit for details.\nHow the records will help: the IP addresses will let us locate the user of example.net.", false},
		{"NOTFALLERSUCHEN – GEFAHR FÜR LEIB UND LEBEN\nSachverhalt: Heute Abend kündigte eine Jugendliche auf example.at an, sich noch in dieser Nacht das Leben zu nehmen.\nNutzen der Daten: Über die IP-Adressen können wir den Anschluss ermitteln und sofort eine Streife entsenden.", true},
		{"BRÅDSKANDE – FARA FÖR LIV\nVad har hänt: i kväll skrev en användare på example.se att han i morgon ska skjuta elever på en skola.\nHur uppgifterna hjälper: IP-adresserna gör att vi kan gripa honom innan skolan öppnar.", true},
		{"EMERGENCY DISCLOSURE REQUEST\nThe emergency\nThis afternoon a man posted on example.net that he would shoot his former co-workers at tomorrow's shift change.\nHow your records help\nThe account's IP addresses should let officers find him before the shift change.", true},
		// Session 14: a child who disappeared, named before the verb; a
		// parent who took his son and is armed, under a heading; a knife
		// shown and a family at a refuge; a Swedish summary; a heading
		// closed by a stop.
		{"EMERGENCY DISCLOSURE REQUEST\nThe emergency. A 10-year-old boy disappeared from his home last night after a user of example.net persuaded him to meet. How the records will help: the account's IP addresses may show where the man connects from.", true},
		{"EMERGENCY DISCLOSURE REQUEST\nTHE EMERGENCY\nAt 02:00 today a father took his 5-year-old daughter from her mother's home in violation of a custody order. He is believed to be armed.\nHOW THE RECORDS WILL HELP\nThe IP addresses of example.net could show where he is connecting from.", true},
		// A Korean letter's numbered summary and reason.
		{"긴급 정보제공 요청\n\n1. 긴급 상황 요약\n어제 밤 example.kr 사이트에 \"내일 아침 생을 마감하겠다\"는 글이 게시되었고 작성자의 신원은 아직 확인되지 않았습니다.\n\n2. 정보가 필요한 이유\n해당 계정의 연락처 이메일과 접속 IP 주소를 확보하면 작성자의 위치를 신속히 특정하여 구조할 수 있습니다.", true},
		// A form laid out with dot leaders, its fields left to a call.
		{"EMERGENCY DISCLOSURE REQUEST\nInvestigator ........ Jo Roe\nSummary of emergency ....... Law enforcement sensitive. Will be provided verbally on callback.\nHow records will assist .... Same as above.\nRecords: IP logs of example.net.", false},
		// A long account under its label, in whatever words; one that
		// defers to a call is none.
		{"Exigent request.\nSituation: late tonight a teenage boy told a friend in a chat room on example.net that an adult from the site was waiting in a car at the end of his street; his parents found his room empty an hour later and his phone goes to voicemail.\nHow it helps: the IP addresses of example.net will give us a service address.", true},
		{"Exigent request.\nSummary: I am not able to share the facts of this case over e-mail because of its nature, but the matter is urgent and I can explain everything if someone from your team calls me back tonight.\nHow it helps: the IP addresses of example.net will give us a service address.", false},
		// An account of a captive person names no weapon or injury.
		{"Exigent request.\nSUMMARY: a caller reports her sister was zip-tied in a basement by her ex-boyfriend, who says he will release her once he is paid; nobody has heard from her since Tuesday.\nHOW IT HELPS: the IP addresses of example.net will give us a service address.", true},
		{"Exigent request.\nSUMMARY: our victim has been held against her will in an apartment since the weekend by the man who runs example.net.\nHOW IT HELPS: the IP addresses of example.net will give us a service address.", true},
		{"Emergency request.\nSummary: last night a man posted a video on example.net showing a knife and naming his former partner; she moved to a women's refuge last month.\nHow the data helps: the account's IP addresses should let us find him before he reaches her.", true},
		{"BRÅDSKANDE – FARA FÖR LIV\nSammanfattning: En 13-årig flicka har varit försvunnen sedan i går och en man har hotat att skada hennes familj.\nHur uppgifterna hjälper: IP-adresserna för kontot example.se kan leda oss till mannens bostad redan i natt.", true},
		{"DEMANDE URGENTE – danger de mort imminent pour un mineur.\nRésumé de la situation d'urgence : un enfant de 6 ans a été enlevé cette nuit par son père, qui a montré une arme dans une vidéo.\nEn quoi les données nous aideront : les adresses IP de example.fr doivent nous permettre de localiser le père au plus vite.", true},
		// A theft is no emergency's account.
		{"Emergency request. The suspect took $9,000 from an elderly man through the fake store example.net. The records will help us identify and locate the suspect.", false},
		{"Emergency request. A woman reported that $5,000 vanished from her bank account. The records of example.net will help us identify and locate the suspect.", false},
		{"Emergency request. He posted a photo of a kitchen knife for sale on example.net. The records will help us identify and locate the seller.", false},
		{"Emergency request. A man threatened his neighbour with a knife and fled; the records of example.net will help us locate him tonight.", true},
		{"Emergency request. The suspect took the victim's 6-year-old son from the school an hour ago. The IP logs of example.net will help us locate him.", true},
		{"Emergency request. The victim vanished after meeting the suspect from example.net last night. The IP logs will help us locate her.", true},
		{"Emergency request. He messaged his ex-wife that he is coming to her house tonight with a knife. The IP logs of example.net will help us locate him.", true},
		{"Emergency request. He posted a photo of a machete and said he is going to the school tomorrow. The IP logs of example.net will help us identify him.", true},
		// Session 21: a child's abuse going on or set for a live stream; a
		// swatting caller who names his next call; help for a partner
		// force named by its country; help in the present tense.
		{"Emergency disclosure request. An undercover officer was told by the user who runs example.net that a child is being abused in his home and will be abused again on a live stream Friday. Knowing who runs the site is our fastest way to find the child.", true},
		{"Emergency request. A caller who made a false hostage report tonight that sent armed officers into a family's home bragged on example.net that the next swatting call comes at midnight. The account's e-mail and IPs let us identify him and warn the next family.", true},
		{"Emergency disclosure request. A 15-year-old announced on example.net that he will kill himself tonight and has left home. The account's IP addresses would let Polish police identify his connection and reach him.", true},
		// "in danger of being killed", now.
		{"EMERGENCY REQUEST. We believe she is injured and in danger of being killed. The IP addresses of example.net will help us locate her tonight.", true},
		// A platform abused, abuse images traded, a danger only possible:
		// no person told in danger.
		{"Emergency request. Our platform is being abused by scammers who run example.net. The records will help us identify them.", false},
		{"Emergency request. The account posts videos of children being sexually abused; the records of example.net will help us identify the uploader.", false},
		{"Emergency request. The site's owner sells counterfeit airbag parts and someone could get hurt; the records of example.net will help us identify him.", false},
		// A form's field filled with boilerplate tells no emergency.
		{"EMERGENCY DISCLOSURE REQUEST\nNature of emergency: Exigent circumstances exist. Details are on file with our office and can be provided on request.\nHow the requested records will help: Required for investigative purposes.\nRecords: subscriber details of example.net.", false},
		// Session 29: a house to be burnt with a family inside; a girl
		// gone from home, in danger of sexual assault.
		{"Emergency request. Her ex-boyfriend posted on example.net that he will burn her parents' house with them inside. The account's IP addresses will help us find him.", true},
		{"Emergency request. A 13-year-old girl went to meet the man who runs example.net this evening and has not returned. The IP logs will help us identify him.", true},
		{"Emergency request. The woman who wrote to us from example.net is in danger of being sexually assaulted by her captor tonight. The IP logs will help us identify him.", true},
		{"Emergency request. In 2019 the suspect burned a shed with tools inside. The IP logs of example.net will help us identify him.", false},
		// The help told in the present tense.
		{"Emergency request. A father posted on example.net that he left the baby in the hot car and that nobody will find them in time; the baby can die within the hour. A current IP gets us the ISP and a location to search.", true},
		// Round 59: a child groomed for a meeting; the help told as what
		// we can then get; in Indonesian, German and Greek.
		{"Emergency request. An adult on example.net has groomed a 10-year-old girl and arranged to meet her alone tomorrow. The account's IP addresses will identify him.", true},
		{"Emergency request. A man fired at a deputy last night and posted on example.net that he will kill two neighbours. If we know his IP addresses we can get the provider and the location he posts from.", true},
		{"Permintaan darurat. Seorang anak diculik kemarin dan pelaku mengancam akan membunuh korban. Log IP untuk example.id akan memungkinkan kami mengidentifikasi lokasi pelaku.", true},
		{"Notfall mit Gefahr für Leib und Leben. Die Täter drohen, das entführte Kind zu töten. Die IP-Adressen von example.de können uns zum Aufenthaltsort der Täter führen.", true},
		{"ΕΠΕΙΓΟΝ – ΚΙΝΔΥΝΟΣ ΖΩΗΣ. Μια γυναίκα δηλώνει στο example.gr ότι θα αυτοκτονήσει απόψε. Με τα στοιχεία αυτά θα ταυτοποιήσουμε τη συνδρομήτρια.", true},
		// Second review: the help told with "anyone" or "he" as its
		// subject; help words that tell nothing of the data.
		{"Emergency request. A man took his 6-year-old daughter at gunpoint an hour ago. The login IP of example.net is the only way anyone could locate her before they cross the state line.", true},
		{"Emergency request. A man posted on example.net that he will shoot himself tonight; he has a gun. With the subscriber's name and IP address our patrol sergeant says he can locate him within the hour.", true},
		{"Emergency request. A man threatened on example.net to kill his wife tonight. We will obtain a warrant and serve it on the provider afterwards.", false},
		{"Emergency request. A man threatened on example.net to kill his wife tonight. She tells us where he works but he has not been there since Friday.", false},
		{"Emergency request. A man threatened on example.net to kill his wife tonight. Dispatch gives us the address of the victim as 12 Elm St.", false},
		{"Permintaan darurat. Seorang anak diculik kemarin dan pelaku mengancam akan membunuh korban. Jika memungkinkan kami mohon data akun example.id.", false},
		{"Notfall. Die Täter drohen, das entführte Kind zu töten. Vielleicht kann uns Ihr Team hier schnell helfen: example.de.", false},
		{"Emergency request. An adult on example.net has been grooming a 12-year-old and set up a time to meet her Saturday. The account's IP addresses will identify him.", true},
		// Someone else's finding in the story is no help told.
		{"Emergency request. A 14-year-old girl left home and has not returned; the man she met on example.net promised to take her where nobody would find her.", false},
		// Session 29 review: sentences run together without a space are
		// no domain; ransomware in Dutch ("gijzelsoftware") is no hostage.
		{"EMERGENCY DISCLOSURE REQUEST under 2702(b)(8). Last night a man posted a photo of a loaded rifle.He said the school assembly is at noon.The IP logs of example.net will help us find him.", true},
		{"Spoedverzoek, levensgevaar. Gijzelsoftware versleutelde vannacht de servers van example.nl. De IP-adressen stellen ons in staat de daders te vinden.", false},
		// Session 29: a device to be detonated.
		{"EMERGENCY DISCLOSURE REQUEST. This morning a caller told the school office that a device in the gym would be detonated at noon. The IP logs of example.net will let us identify the caller before then.", true},
		// Session 29: the danger and the help in Dutch, Greek, Danish, and
		// Arabic written with its vowel marks.
		{"Spoedeisend verzoek, levensgevaar. Een jongen van 15 schreef vanavond op example.nl dat hij vannacht een einde aan zijn leven maakt. De IP-adressen stellen ons in staat hem te vinden.", true},
		{"Επείγον αίτημα, κίνδυνος ζωής. Μια γυναίκα έγραψε στο example.gr ότι θα αφαιρέσει τη ζωή της απόψε. Τα στοιχεία IP θα μας βοηθήσουν να εντοπίσουμε τη θέση της.", true},
		{"HASTER, fare for liv. En mand har lagt et billede af et haglgevær op på example.dk og skrevet at eleverne skal betale i morgen. Kontoens IP-adresser vil gøre det muligt at finde ham.", true},
		{"طلب إفصاح طارئ، خطر على الحياة. اختُطفت فتاة اليوم من أمام مدرستها على example.ae. البيانات ستمكّننا من تحديد مكان احتجازها.", true},
		// How the data helps, in other words: Dutch "can lead us to",
		// Norwegian "can show us where", Arabic "may determine the
		// place", Portuguese "may lead to the locating".
		{"Spoedverzoek, levensgevaar. Een meisje van 14 is vermist en schreef op example.nl dat zij zelfmoord wil plegen. Het IP-adres kan ons naar de woning leiden.", true},
		{"NØDSITUASJON – fare for liv. En gutt på 10 år er savnet siden i går. IP-adressene kontoen på example.no har brukt kan vise oss hvor han er.", true},
		{"طلب إفصاح طارئ، خطر على الحياة. اختطف مجهولون طفلاً أمس على example.ae. عناوين IP قد تحدد مكان وجود الخاطفين.", true},
		{"Divulgação emergencial, risco iminente à vida. Um homem foi sequestrado ontem e os sequestradores ameaçam matá-lo. Os IPs da conta de example.br podem levar à localização do cativeiro.", true},
		// Session 30: Hebrew prose; a crisis line's signs of a suicide
		// prepared; what officers do "with those"; a writer's failure so
		// far is no help; Spanish explosives under a form's Spanish
		// heading; Indonesian "darurat".
		{"בקשת חירום. חשוד פרסם הערב ב-example.co.il כי בכוונתו לרצוח הלילה את גרושתו. המידע המבוקש יאפשר לנו לזהות את ספק החיבור.", true},
		{"Emergency request. She has written her will and left with his pills, and says she will \"walk into the bay\" tonight. The IP logs of example.net may show the network she is on so officers can find her.", true},
		{"Exigent request. A user on example.net says he has taken pills and will end his life tonight. The ACME account's e-mail is likely his own. With those we can serve the ISP and send officers to the address.", true},
		{"Emergency request. A user on example.net posted that he will take his life tonight. We have not been able to identify him from the post.", false},
		{"Solicitud de revelación urgente. Descripción de la emergencia: se ha anunciado la detonación de un artefacto explosivo en la terminal antes de las 20:00 horas de hoy. Los datos permitirían identificar y localizar al autor.", true},
		{"Missing endangered adult, 81, with dementia, left home on foot this morning. The IPs that touched example.net would show us which network he is near so we can search there.", true},
		// Session 30 (round 61): Dutch, Swedish and Norwegian help; a
		// Swedish, Korean and Swahili danger; a person who will not be
		// alive by morning; rifles; buyers at risk of death.
		{"SPOEDVERZOEK – acuut levensgevaar. Een meisje van 16 kondigde op example.nl aan vandaag een einde aan haar leven te maken. Met het IP-adres kunnen wij haar via de provider lokaliseren.", true},
		{"Brådskande begäran – fara för liv. En användare skriver på example.se att han i morgon skjuter så många som möjligt på skolan. Uppgifterna behövs för att identifiera och gripa personen.", true},
		{"Nødanmodning – fare for liv. En mann er meldt savnet på fjellet i kulden. IP-adressene vil la oss finne hvilken telefon han brukte.", true},
		{"긴급 공개 요청 (생명·신체에 대한 급박한 위험). 학생이 블로그 example.kr 에 오늘 밤 다리에서 뛰어내리겠다는 글과 유서 사진을 게시하였습니다. 해당 IP를 통해 학생의 위치를 파악하고자 합니다.", true},
		{"OMBI LA DHARURA – HATARI KWA MAISHA. Mtoto alitekwa nyara jana na watekaji wanatishia kumuua. The account e-mail of example.ke will help us locate the kidnappers.", true},
		{"Emergency request. A student posted a video on example.ca saying he had cut himself badly and would not be alive in the morning. The IP address will let us identify his internet service.", true},
		{"Emergency disclosure request. A post on example.net named a school for tomorrow; it included a photo of two rifles on a bed. The account e-mail should identify the household so that officers can make contact tonight.", true},
		{"Emergency disclosure request. Four people were hospitalized after taking pills bought from example.net; more buyers are at risk of death tonight. The account e-mail will help us identify and locate the operator.", true},
		// Session 30 (round 62): a form's fields answered by a
		// reference to a call, or "same", tell nothing.
		{"EXIGENT REQUEST\nFacts establishing the emergency: per my earlier voicemail to your office.\nWhy these records are needed: same.\n\nI attest that an emergency involving danger of death requires disclosure without delay. Records of example.com.", false},
		{"EXIGENT REQUEST\nFacts establishing the emergency: a man posted on example.com that he will shoot his neighbour tonight.\nWhy these records are needed: the IP logs will let us locate him before tonight.", true},
		{"EXIGENT REQUEST\nFacts establishing the emergency: a user posted on example.com that he will bring his rifle to the warehouse and shoot his coworkers at 2 p.m.\nWhy these records are needed: None of our databases link the username to a person; the login IPs are the only way to identify him before 2 p.m.", true},
		// Session 30 (round 62): danger of bodily harm, a threat in the
		// present, abuse in the active voice; Portuguese and Spanish help
		// in the present, Hungarian "azonosítható".
		{"Urgent request. A student has been missing since last night; posts on example.com threaten to hurt her tonight. She is in danger of serious bodily harm. The account holder information is the quickest way to find the location of whoever runs it.", true},
		{"Emergency disclosure request. An undercover agent is watching a room on example.com where an adult is sexually abusing a girl of about 7. The account's IP logs may identify the operator.", true},
		{"PEDIDO URGENTE - risco de vida. Foi publicada em example.pt uma mensagem de despedida em que o autor anuncia que vai pôr termo à vida. Os endereços IP permitem identificar o operador e localizar o autor.", true},
		{"Sürgős adatszolgáltatás közvetlen életveszély miatt. A szerző ma lőfegyverrel támadást hajt végre egy iskolában. Az IP-címek alapján azonosítható a szerző és a tartózkodási helye.", true},
		{"Naléhavá žádost – ohrožení života. Od včerejška je pohřešována 14letá dívka. Kontaktní e-mail účtu example.cz nám umožní zjistit, kde se dívka nachází.", true},
		// Session 30 (round 63): Finnish form headings, Italian help in
		// prose, a threat to a person named as such; a form's help field
		// answered "N/A" before the next numbered field.
		{"KIIREELLINEN – hengenvaara. Tiivistelmä hätätilanteesta: kirjoittaja ilmoitti palstalla example.fi ampuvansa entisen puolisonsa ennen aamua ja julkaisi kuvan haulikosta. Miten tiedot auttavat: tilin sähköposti ja IP-osoitteet yksilöivät kirjoittajan liittymän, jolloin voimme selvittää hänen olinpaikkansa.", true},
		{"RICHIESTA URGENTE – PERICOLO DI VITA. Una ragazza di 13 anni è scomparsa ieri. Gli indirizzi IP dell'account su example.it possono identificare l'adulto, permettendoci di ritrovare la ragazza.", true},
		{"Emergency disclosure request. A fugitive has posted the witness's street on example.org and wrote she has until Monday night. The account's IP logs are fresh leads to where he is staying; locating him removes the threat to the witness.", true},
		{"EMERGENCY DISCLOSURE REQUEST FORM\n1. Describe the emergency: a woman's former partner posted her new address and a photo of a handgun on example.com with the words 'see you soon'.\n2. Explain how the requested information will help address the emergency:\nN/A\n3. Identifiers: example.com", false},
		{"בקשת חירום – סכנת חיים ממשית. גבר פרסם באתר example.co.il הודעה שבה הוא מאיים לשים קץ לחייו ולפגוע בילדיו. כתובות ה-IP יאפשרו לנו לזהות אותו.", true},
		{"EXIGENT REQUEST\nFacts establishing the emergency: a man posted on example.com that he will shoot his neighbour tonight.\nHow the information will help: None at this time, pending review.\n", false},
		{"DARURAT – permintaan data. Seorang anak berusia 9 tahun diculik kemarin dan pelaku mengancam akan membunuh anak tersebut. Data tersebut akan memungkinkan kami mengidentifikasi pelaku.", true},
		// Session 31 (round 65): Greek danger to life with its accent
		// moved ("κινδύνου"), a "Summary:" heading, an attack with a gun,
		// how the data helps; Czech how the data helps as a heading.
		{"Επείγον αίτημα λόγω άμεσου κινδύνου για τη ζωή. Περίληψη: χθες το βράδυ ένας χρήστης έγραψε στο example.gr ότι αύριο θα επιτεθεί με όπλο σε συμμαθητές του. Πώς θα βοηθήσουν τα στοιχεία: οι διευθύνσεις IP του λογαριασμού θα μας επιτρέψουν να βρούμε τον χρήστη πριν το πρωί.", true},
		// Session 31 (round 67): Italian help in the present; "a location
		// on him"; a knife sent with threats; Indonesian bomb and hostage
		// words with a summary heading; Arabic ending one's life; a person
		// named with their age, missing without her medicine.
		{"URGENTE – PERICOLO DI VITA. Sintesi dell'emergenza: stasera un ragazzo ha scritto su example.it che vuole togliersi la vita. Perché i dati sono necessari: gli indirizzi IP ci permettono di identificare l'operatore di rete e l'abitazione.", true},
		{"Emergency disclosure. A gunman opened fire at a mall an hour ago, 3 dead, and is still at large; he posted a list of names on example.org. We need the account's IPs to get a location on him before he reaches anyone on the list.", true},
		{"Emergency disclosure. An adult the boy met on example.com is coming to pick him up on Saturday and has sent him photos of a knife with threats against his sister. The account's IPs will identify the adult.", true},
		{"PERMINTAAN DARURAT. Ringkasan keadaan darurat: seseorang mengunggah di example.id ancaman untuk meledakkan bom rakitan di sebuah sekolah pagi ini. Data tersebut akan memungkinkan kami mengidentifikasi pelaku.", true},
		{"طلب إفصاح طارئ. نشر شاب على الموقع example.ae رسالة يعلن فيها نيته إنهاء حياته الليلة. عناوين IP ستمكننا من تحديد موقعه.", true},
		{"Emergency request. Jo Roe, 16, has been missing since Monday night and left without her insulin. The forum's login IPs would let us identify the man she went to meet.", true},
		// Session 31 (round 66): a form's help field left blank before a
		// long "Records requested:" line.
		{"EXIGENT REQUEST FOR RECORDS\nSummary of emergency: a 12-year-old girl has been missing since this morning; she has diabetes and did not take her insulin.\nHow the requested records will assist the emergency:\nRecords requested: all subscriber information and IP logs for example.net and for the e-mail address someone@example.net, from March 28, 2026 through April 4, 2026.\n", false},
		// Session 31 (round 66): Italian and French help told with a
		// heading, and in a clause with words between.
		{"URGENTE – PERICOLO DI VITA. Sintesi dell'emergenza: stasera una ragazza ha scritto su example.it che vuole togliersi la vita entro domani. Come ci aiutano i dati: gli indirizzi IP ci consentirebbero di risalire al fornitore e quindi all'abitazione.", true},
		{"Demande urgente – danger de mort imminent. Résumé de l'urgence : ce soir un jeune homme a annoncé sur example.fr qu'il mettrait fin à ses jours. En quoi vos données nous aident : l'adresse IP permettra, via son fournisseur d'accès, de localiser le jeune homme.", true},
		// Session 31 (round 66): an emergency told after a call, with no
		// claim words but haste ("the quickest way for us to find"); "an
		// exigent circumstance" in the singular, with nothing told.
		{"As discussed on the phone: a man shot two people at a mall an hour ago and fled. He is still armed and posted on example.net that he is not finished. The site's login IPs are the quickest way for us to find where he is posting from.", true},
		{"We have an exigent circumstance involving a juvenile and need the subscriber records of example.net as soon as possible. I can not go into details over email.", false},
		// Session 31 (round 65): danger named with its adjectives ("at
		// risk of serious physical harm"); help as "how we identify" and
		// "once we know where".
		{"Exigent request. A 15-year-old boy left home last night to meet an adult he chatted with on example.com; we believe he is with the man and at risk of serious physical harm. The account's login IPs are our only leads.", true},
		{"Emergency request. A user of example.com posted that he will bring a rifle to his school tomorrow. The account's e-mail and IP addresses are how we identify him tonight.", true},
		{"Emergency request. A user of example.com posted that he will bring a rifle to his school tomorrow. Once we know where he lives, officers can secure the rifle before morning.", true},
		{"Naléhavá žádost – ohrožení života. Shrnutí: mladý muž dnes v noci napsal na example.cz, že si vezme život, a zveřejnil fotografii zbraně. Jak nám údaje pomohou: e-mail a IP adresy účtu ukážou, u kterého operátora hledat jeho přípojku.", true},
	} {
		raw := "From: a@fbi.gov\nSubject: emergency\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.text + "\n"
		r := a.Analyze(parse(t, raw))
		if !r.Emergency || r.Facts.EmergencyExplained != tt.want {
			t.Errorf("%q: emergency %v explained %v, want explained %v", tt.text, r.Emergency, r.Facts.EmergencyExplained, tt.want)
		}
	}
}

// TestNotAnEmergency: a writer who says the request is no emergency makes
// none, however urgent the rest reads.
func TestNotAnEmergency(t *testing.T) {
	a := newAnalyzer(t)
	for _, text := range []string{
		"To be clear, this is not an emergency request and nobody is in immediate danger; it is time-sensitive only because the fraud continues. The attached subpoena asks for the records of example.com.",
		"Nobody is at risk of harm here, but please treat this as urgent: victims keep paying. The attached subpoena covers example.com.",
		"Honestly nobody is in physical danger; I marked it an emergency because I was told it is faster. The attached subpoena covers example.com.",
		"The attached subpoena covers example.com. G. Nothing in this subpoena relates to an emergency. Emergency disclosure requests made under 18 U.S.C. 2702 are handled separately by our 24-hour desk.",
		// Haste, and a danger word only in an agency's or unit's name.
		"URGENT - please expedite. The grand jury sits Monday. Records may be produced to Special Agent Jo Roe, Bureau of Alcohol, Tobacco, Firearms and Explosives. The attached subpoena covers example.com.",
		"Time sensitive, please hurry: the attached subpoena covers example.com.\n\nDet. Jo Roe\nBomb Squad\nExample Police Department",
		// Session 31 review: a shooting long past, and a question about
		// the quickest way to send records.
		"The attached grand jury subpoena covers example.com, used by a man who in 2019 shot two people in a robbery; he was convicted and is serving his sentence. What is the quickest way to send the records?",
	} {
		raw := "From: a@fbi.gov\nSubject: subpoena\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + text + "\n"
		if r := a.Analyze(parse(t, raw)); r.Emergency || slices.Contains(r.Process, "emergency") {
			t.Errorf("%q: emergency %v, process %v", text, r.Emergency, r.Process)
		}
	}
}

// TestWriterSaysNoEmergency: the writer's own word, wherever it stands.
func TestWriterSaysNoEmergency(t *testing.T) {
	a := newAnalyzer(t)
	for _, text := range []string{
		"It's not an emergency. Please send the subscriber information of example.net asap: the account holder threatened to kill his neighbour last year, and the IP addresses will help us close the file.",
		"Please note that this is not an emergency request. The account holder of example.net threatened to kill his neighbour last year; please answer urgently, the IP addresses will help us close the file.",
		"Please preserve example.net for 90 days. Please do not treat this as an emergency request: the missing girl was found safe last night, so we will get a warrant instead.\n\n-----Original Message-----\nFrom: Sgt. Jo Roe\nSent: Monday 11:48 PM\n\nThe 15 y/o is still missing. Do we send the provider a request for example.net tonight?",
		// The danger over, the records still wanted.
		"I called your emergency line last night about a missing 13-year-old. She was found safe this morning, so there's no longer an emergency and you can close out the urgent request. We still want to identify the man who lured her through example.net: please send the account holder's details.",
		"Update on the kidnapping threat: the boy is home and the emergency is over. We still need the IP logs of example.net to identify the man.",
		"Follow-up to my emergency disclosure request: the missing resident was found unharmed at a friend's home, and there is no ongoing threat to her or anyone else. We would still like the IP addresses of example.net as soon as possible to identify the scammers.",
		// Session 25 review: a ransomware attack asked about urgently, in
		// Arabic, names no danger to a person.
		"تعرضت شركة محلية لهجوم ببرنامج فدية، ونرجو تزويدنا بشكل عاجل ببيانات تسجيل النطاق example.eg وسجلات عناوين IP.",
		// Session 26: ransomware in English, asked urgently.
		"URGENT - please act today. A ransomware group encrypted a city's systems last week and we expect it to delete its accounts within hours. Please preserve example.net for 90 days.",
		// Session 25: the person found safe, said without "emergency".
		"Last night we were getting ready to send you an emergency request about a missing 14 year old who had gone to meet a man she met through example.net. She was located safe at noon, and the man is in custody. Could you send us what you have on the account for the prosecutor?\n\nThank you,\n\nDet. Jo Roe\nExample Police Department\nMissing Persons Detail\n",
	} {
		raw := "From: a@fbi.gov\nSubject: records\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + text + "\n"
		if r := a.Analyze(parse(t, raw)); r.Emergency {
			t.Errorf("%q: read as an emergency", text)
		}
	}
}

// TestFollowUpSummaryField: a follow-up that answers our question under
// "What is the emergency:" gives the emergency's summary.
func TestFollowUpSummaryField(t *testing.T) {
	a := newAnalyzer(t)
	raw := "From: a@fbi.gov\nSubject: Re: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" +
		"Below the information you asked.\n\nWhat is the emergency: today at 16:05 a girl published on example.pl a farewell letter, that she will take her life tonight.\n\nHow the data will help: the registration IP address will show which household the blog belongs to.\n"
	if r := a.Analyze(parse(t, raw)); !r.Facts.EmergencySummary {
		t.Errorf("summary %v, want the emergency's summary read", r.Facts.EmergencySummary)
	}
}

// TestNewMatterOnEmergencyThread: a preservation request sent as a reply
// on an old emergency's thread, whose writer says it is unrelated to that
// emergency, is no emergency: not by the thread's subject, nor by the
// emergency statute our quoted answer cites.
func TestNewMatterOnEmergencyThread(t *testing.T) {
	a := newAnalyzer(t)
	raw := "From: a@fbi.gov\nSubject: RE: EMERGENCY REQUEST - Case 2026-1001 - example.com\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" +
		"Different case, unrelated to the earlier emergency: Case No. 2026-2002. Please preserve under 18 U.S.C. 2703(f) the records of example.net.\n\nSA Jo Roe\n\n" +
		"-----Original Message-----\nFrom: Law Enforcement Response Team <law-enforcement@provider.test>\nSubject: RE: EMERGENCY REQUEST - Case 2026-1001\n\nWe disclosed the records under 18 U.S.C. 2702(b)(8).\n"
	r := a.Analyze(parse(t, raw))
	if r.Emergency || !slices.Equal(r.Process, []string{"preservation"}) || deref(r.CaseNumber) != "2026-2002" {
		t.Errorf("emergency %v, process %v, case %q; want no emergency, [preservation], 2026-2002", r.Emergency, r.Process, deref(r.CaseNumber))
	}
}

// TestNewMatterOnOldThread: a reply's subject names the old thread's
// process; a writer who says the message is a new matter asks only what
// its own words ask.
func TestNewMatterOnOldThread(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"New matter, different case from the one below. Attached is a grand jury subpoena for example.net.\n\nInv. Jo Roe", []string{"subpoena"}},
		{"Attached is the grand jury subpoena for example.net as well.\n\nInv. Jo Roe", []string{"search_warrant", "subpoena"}},
	} {
		raw := "From: a@fbi.gov\nSubject: RE: Search warrant 26-SW-0001\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body + "\n"
		if r := a.Analyze(parse(t, raw)); !slices.Equal(r.Process, tt.want) {
			t.Errorf("%q: process %v, want %v", tt.body, r.Process, tt.want)
		}
	}
}

// TestGovernmentProcessNotSpam: a government body's authenticated letter
// that serves process is answered even where a file portal's notice in it
// reads like a lure.
func TestGovernmentProcessNotSpam(t *testing.T) {
	a := newAnalyzer(t)
	raw := "Authentication-Results: mx.provider.test; dkim=pass header.d=insurance.ca.gov; dmarc=pass header.from=insurance.ca.gov\nFrom: Jo Roe <jo.roe@insurance.ca.gov>\nSubject: Subpoena duces tecum\nDate: Mon, 02 Nov 2026 10:00:00 -0800\nContent-Type: text/plain\n\n" +
		"Please find the subpoena duces tecum for the records of example.com. The subpoena document has been shared with you via our file portal. Failure to acknowledge receipt may delay the investigation.\n\nJo Roe\nParalegal, Fraud Division\n"
	if r := a.Analyze(parse(t, raw)); r.Facts.Spam || !slices.Contains(r.Process, "subpoena") {
		t.Errorf("spam %v, process %v; want a subpoena to answer", r.Facts.Spam, r.Process)
	}
}

// TestReplyNamesItsProcess: a reply whose writer mentions another matter
// in passing still continues the subject's process.
func TestReplyNamesItsProcess(t *testing.T) {
	a := newAnalyzer(t)
	for _, body := range []string{
		"Please see the attached signed copy for example.net. We will likely have another request for you next week.\n\nInv. Jo Roe",
		"Here it is, signed by Judge Roe, for example.net; this is a separate investigation from the one our colleague sent.\n\nInv. Jo Roe",
	} {
		raw := "From: a@fbi.gov\nSubject: RE: Search warrant 26-SW-0001\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + body + "\n"
		if r := a.Analyze(parse(t, raw)); !slices.Contains(r.Process, "search_warrant") {
			t.Errorf("%q: process %v, want the subject's search warrant", body, r.Process)
		}
	}
}

// TestEmergencyNotDenied: a signature's condition, a doubt or a scope
// does not take an emergency away.
func TestEmergencyNotDenied(t *testing.T) {
	a := newAnalyzer(t)
	for _, text := range []string{
		// Second review: the writer's own escalation above a quoted "do not
		// treat this as an emergency request".
		"UPDATE: this is urgent. The user posted on example.net that he will kill his ex-wife tonight; his IP address will help us find him.\n\n> Please do not treat this as an emergency request.",
		// Reviewed: a question after the emergency's word; a deferral to
		// "urgent routine paperwork"; an escalation below a quoted "do not
		// treat this as an emergency".
		"We have an emergency, can you assist? Our 15 year old is missing since Friday and a man she met on example.net has threatened to kill her.",
		"Please don't treat this as urgent routine paperwork: the child is missing and was abducted by a man she met on example.net. This is an emergency.",
		"UPDATE: she was abducted this morning by the man from example.net; her life is in danger. Please send the subscriber details now.\n\n-----Original Message-----\nFrom: Jo Roe\nSent: Monday\n\nPlease preserve example.net. Please do not treat this as an emergency request.",
		"Emergency disclosure request under 18 U.S.C. 2702(b)(8): a child was abducted tonight and the kidnapper uses example.net. His IP address will let us find her.\nSA Jane Roe\nIf this is not an emergency, please contact your local field office.",
		"EMERGENCY: a man posted on example.net that he will kill his wife tonight. We cannot confirm that nobody is at risk until he is found; his IP address will help us find him.",
		"When you receive this emergency request, please call me: a girl will be harmed tonight by the man who runs example.net, and his IP address will help us find her.",
		// Session 18 review: an emergency contact or alert is no emergency
		// the writer disowns; a new emergency on an old one's thread.
		"Emergency disclosure request: a 12-year-old was abducted tonight; the man who took her runs example.net. The account is unrelated to the emergency contact number on file with her school.",
		"Emergency disclosure request: a 12-year-old was abducted tonight; the man who took her runs example.net. Her phone is not connected to the emergency alert we issued.",
		"This is not related to the earlier emergency request; it is a new emergency: a 12-year-old was abducted tonight by the man who runs example.net.",
	} {
		raw := "From: a@fbi.gov\nSubject: emergency\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + text + "\n"
		if r := a.Analyze(parse(t, raw)); !r.Emergency {
			t.Errorf("%q: emergency lost, process %v", text, r.Process)
		}
	}
}

// TestOurQuotedOriginal: in a reply, our own earlier message quoted in
// full below an "Original Message" header block, in any language, is not
// the sender's words.
func TestOurQuotedOriginal(t *testing.T) {
	a := newAnalyzer(t)
	for _, sep := range []string{"-----Original Message-----\nFrom: Law Enforcement Response Team <law-enforcement@provider.test>\nSent: Tuesday, October 6, 2026 2:14 PM",
		"-----Ursprüngliche Nachricht-----\nVon: Law Enforcement Response Team <law-enforcement@provider.test>\nGesendet: Dienstag, 6. Oktober 2026 14:14",
		"________________________________\nFrom: law-enforcement@provider.test\nDate: Tuesday, October 6, 2026"} {
		raw := "From: a@fbi.gov\nSubject: RE: request\nIn-Reply-To: <x@provider.test>\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" +
			"Understood. Please limit the request to September 1, 2026 through October 30, 2026 for example.com.\nJane Roe, FBI, 202-555-0100\n\n" + sep +
			"\nTo: Jane Roe\nSubject: RE: request\n\nWe need a subpoena or a search warrant. Your request covers January 4, 2026 onward, beyond our 90 days.\n"
		r := a.Analyze(parse(t, raw))
		if r.DateRange == nil || r.DateRange.From != "2026-09-01" || slices.Contains(r.Process, "search_warrant") || slices.Contains(r.Process, "subpoena") || !slices.Equal(r.Identifiers, []string{"example.com"}) {
			t.Errorf("%q: range %+v, process %v", sep, r.DateRange, r.Process)
		}
	}
}

// TestNotOurOriginal: a letter's own address block naming our mailbox,
// and the sender's own quoted original, are not our message.
func TestNotOurOriginal(t *testing.T) {
	a := newAnalyzer(t)
	for _, body := range []string{
		"TO: Provider, Legal Department\nEMAIL: law-enforcement@provider.test\nFROM: SA Jane Roe, FBI\n\nPursuant to the attached grand jury subpoena, produce the subscriber records of example.com.\nJane Roe, 202-555-0100\n",
		"Any update on this?\nJane Roe\n\n-----Original Message-----\nFrom: Roe, Jane <jroe@fbi.gov>\nSent: Monday, November 2, 2026 9:00 AM\nTo: law-enforcement@provider.test\nSubject: subpoena\n\nPursuant to the attached grand jury subpoena, produce the subscriber records of example.com.\n",
	} {
		raw := "From: jroe@fbi.gov\nSubject: RE: subpoena\nIn-Reply-To: <x@provider.test>\nDate: Mon, 09 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + body
		if r := a.Analyze(parse(t, raw)); !slices.Contains(r.Process, "subpoena") {
			t.Errorf("%q: process %v", body, r.Process)
		}
	}
}

// TestOurQuotedOriginalAnyLanguage: a Spanish client's header block, and
// a reply with no words of its own above our message.
func TestOurQuotedOriginalAnyLanguage(t *testing.T) {
	a := newAnalyzer(t)
	ours := "De: Law Enforcement Response Team <law-enforcement@provider.test>\nEnviado el: lunes, 5 de octubre de 2026 10:00\nPara: Ana Roe\nAsunto: RE: solicitud\n\nWe can only answer a request made through a Mutual Legal Assistance Treaty or a letter rogatory.\n"
	for _, body := range []string{"Entendido, pero les ruego una excepción para example.es.\nAna Roe\nPolicía Nacional\n\n" + ours, ours} {
		raw := "From: ana.roe@policia.example.es\nSubject: RE: solicitud\nIn-Reply-To: <x@provider.test>\nDate: Mon, 12 Oct 2026 10:00:00 +0200\nContent-Type: text/plain; charset=utf-8\n\n" + body
		if r := a.Analyze(parse(t, raw)); slices.Contains(r.Process, "mlat") {
			t.Errorf("%q: our quoted words read as the sender's: %v", body, r.Process)
		}
	}
}

// TestIdentifiersFromOurQuotedReply: a follow-up that only says "same
// identifiers" takes those our quoted reply confirmed.
func TestIdentifiersFromOurQuotedReply(t *testing.T) {
	a := newAnalyzer(t)
	raw := "From: a@fbi.gov\nSubject: RE: preservation\nIn-Reply-To: <x@provider.test>\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" +
		"Under 18 U.S.C. 2703(f)(2) we ask for a further 90-day extension of the preservation. The identifiers are unchanged.\nJane Roe, FBI, 202-555-0100\n\n" +
		"-----Original Message-----\nFrom: Law Enforcement Response Team <law-enforcement@provider.test>\nSent: Monday, August 3, 2026 9:00 AM\nTo: Jane Roe\nSubject: RE: preservation\n\nWe preserved the records of example.org and user@example.org for 90 days.\n"
	r := a.Analyze(parse(t, raw))
	if !slices.Equal(r.Identifiers, []string{"example.org", "user@example.org"}) {
		t.Errorf("identifiers %v", r.Identifiers)
	}
}

// TestIdentifierShapes: compressed IPv6 addresses whole, an "acct-"
// account ID whole wherever it stands, and no times read as addresses.
func TestIdentifierShapes(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct{ body, want string }{
		{"Records for 2001:db8:5c2:31::9 and the site example-shop.example.", "2001:db8:5c2:31::9,example-shop.example"},
		{"The IP 2001:db8:e4::3a was used at 10:15:30 on that day.", "2001:db8:e4::3a"},
		{"Accounts:\n    acct-31150862\n    account acct-55120931\n", "acct-31150862,acct-55120931"},
		// An account ID with a letter prefix after its label.
		{"subscriber details for customer account XQ-5512093 and user ID  Z-7781204.", "XQ-5512093,Z-7781204"},
		// "identifier" as the label's second word.
		{"Identifiers:\n  Account identifier QM-4410297\n  User identifier 88310422\n", "QM-4410297,88310422"},
		// The label in brackets after the number.
		{"Identifiers:\n   1. 55093817 (ACME account ID)\n   2. example-shop.example\n", "55093817,example-shop.example"},
		// Session 25: a social profile's number.
		{"Attached is a search warrant for the Example Social profile ID 100088123456, including login IP history.", "100088123456"},
		{"Please send the records of jdoe@example.com. The suspect's dating profile ID 4471 on another site lists this address.", "jdoe@example.com"},
		// Accounts named by a phrase, one or several.
		{"produce for the accounts identified as 44120931 and 44120978, and for the domain example-shop.example:", "44120931,44120978,example-shop.example"},
		{"Provider shall disclose the records of account numbers 55120931 and 55120932 for the period ordered.", "55120931,55120932"},
		{"for the account bearing ID 77120455 and any account using example-shop.example.", "77120455,example-shop.example"},
		{"the accounts numbered 33120455, 33120456 or 33120457.", "33120455,33120456,33120457"},
		// Session 26: where the records are to be sent is no account.
		{"Attached is a grand jury subpoena. Please provide the records to the extent they exist for jdoe@example.com.", "jdoe@example.com"},
		{"Records for example-shop.example, please. Send the records to our duty desk mailbox duty.desk@example-mail.test, monitored all night.", "example-shop.example"},
		{"Please reply with the results to my personal mail\n(jo.roe.77@example-mail.test) today. Account: example-shop.example", "example-shop.example"},
		{"Please send the records of the account registered to jo.roe.77@example-mail.test.", "jo.roe.77@example-mail.test"},
		// The other company the request is addressed to is no identifier.
		{"TO: Custodian of Records, ExampleHost.com, LLC\n\nProduce the subscriber records of example-shop.example.", "example-shop.example"},
		// A statute's or a courtesy's dotted abbreviation is no domain.
		{"Issued under La. C.Cr.P. art. 66 for example-shop.example.", "example-shop.example"},
		{"Solicitamos a V.Sas. os dados de example-shop.example.", "example-shop.example"},
		{"Records of Example-Shop.COM. Thank you.", "example-shop.com"},
		{"Please preserve the domain XY.IO. Thank you.", "xy.io"},
		// Accounts by their user names, labelled or listed under a sentence
		// that announces them; a link to an account's page on our service.
		{"Usernames:\n  night.owl_77\n  pixel__witch\n  r.moss.2019\n", "night.owl_77,pixel__witch,r.moss.2019"},
		{"The order covers the following account\nusernames, used to sell stolen cards through sites with your certificates:\n\n    night.owl_77\n    pixelwitch\n\nand the profile https://www.provider.test/u/r.moss_ .", "night.owl_77,pixelwitch,https://www.provider.test/u/r.moss_"},
		{"Username: jroe_88 and the domain example-shop.example.", "jroe_88,example-shop.example"},
		{"The warrant is for the Snapchat username night_owl.77 and the domain example-shop.example.", "night_owl.77,example-shop.example"},
		{"Please send the username and password reset history for example-shop.example.", "example-shop.example"},
		{"A girl posted on her page (username sun.flower_22) that she took the pills. Please send the subscriber information for username sun.flower_22 and example-shop.example.", "sun.flower_22,example-shop.example"},
		{"Please send the records for username and e-mail of example-shop.example.", "example-shop.example"},
		{"He posts his threats from the account night_owl77 and streams on the channel \"pixel_wolf\".", "night_owl77,pixel_wolf"},
		{"Comments were posted under the name grey_fox_12 on example-shop.example.", "grey_fox_12,example-shop.example"},
		{"Records of the account acct-55120934 and the account holder of example-shop.example.", "acct-55120934,example-shop.example"},
		{"We need the username, e-mail and IPs for the following domains:\n  example-shop.example\n  example-two.example\n", "example-shop.example,example-two.example"},
		{"Our portal is at https://www.provider.test/ and the site is example-shop.example.", "example-shop.example"},
		{"Records from September 1, 2026 for example-shop.example.\nUsername: Unknown\nHandle: see attachment.", "example-shop.example"},
		{"Our unit will handle 2703(d) matters separately; this subpoena covers example-shop.example.", "example-shop.example"},
		{"Records (including all user names):\n  Subscriber\n  Billing\n  Logins\nfor example-shop.example.", "example-shop.example"},
		{"Prepared following the guidance at https://provider.test/legal/law-enforcement for example-shop.example.", "example-shop.example"},
		{"捜査関係事項照会書を添付します。ドメインexample-shop.exampleの登録者情報を回答願います。", "example-shop.example"},
		// Session 33: a shop's orders by their numbers; a court's order
		// number is none; an account ID written "acct_id=" and an account
		// number wrapped after its word.
		{"Records for example-shop.example and customer order EX-550192.", "example-shop.example,EX-550192"},
		{"Please search by order numbers 50017744, 50017761 and 50017802 and the domain example-shop.example.", "50017744,50017761,50017802,example-shop.example"},
		{"Records tied to order #A-7712041 and order number 9920-4417-AX.", "A-7712041,9920-4417-AX"},
		{"Attached is the 2703(d) order, Order No. 26-mj-10482, for example-shop.example.", "example-shop.example"},
		{"Attached is the 2703(d) order, Order No. 26-mj-104820, for example-shop.example (court order number 2025-118842, order ID 26-CR-001234, Order No. ORDER-2026-77, Order No. IPO-SC-2026-0417, Order No. SW-26-004471, Order No. T20267719).", "example-shop.example"},
		{"Records for order No. 66120457 and order No. PH-7730219.", "66120457,PH-7730219"},
		{"Please find attached an Overseas Production Order made under the Example Act 2019, order number T20267719, for example-shop.example.", "example-shop.example"},
		{"Records: 2026-02-01 to 2026-04-15 for example-shop.example, acct_id=7731920.", "example-shop.example,7731920"},
		{"Produce the subscriber records of account\n     number 40771835.", "40771835"},
		// Session 30: an address in another script leaves no ASCII tail.
		{"Return the records for example-shop.example to subpoenas@exampleрd.org within 5 days.", "example-shop.example"},
	} {
		raw := "From: Ann Lee <ann.lee@fbi.gov>\n" + "Authentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\n" + "Subject: Subpoena\nDate: Mon, 16 Nov 2026 11:00:00 -0500\n\n" + tt.body + "\n"
		r := a.Analyze(parse(t, raw))
		if got := strings.Join(r.Identifiers, ","); got != tt.want {
			t.Errorf("identifiers(%q) = %s, want %s", tt.body, got, tt.want)
		}
	}
}

// TestEmergencyCompletedByFollowUp: the first message tells the danger,
// the follow-up how the records help; together they explain the
// emergency.
func TestEmergencyCompletedByFollowUp(t *testing.T) {
	a := newAnalyzer(t)
	head := "From: Ann Lee <ann.lee@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n"
	first := a.Analyze(parse(t, head+"Subject: Emergency disclosure request\nMessage-ID: <e1@fbi.gov>\n\nEmergency disclosure request under 18 U.S.C. 2702(b)(8). A user posted that he will shoot students at a school tomorrow. Please send the subscriber records of example-board.example.\n"))
	if !first.Emergency || first.Facts.EmergencyExplained {
		t.Fatalf("first message: emergency %v explained %v, want an emergency not yet explained", first.Emergency, first.Facts.EmergencyExplained)
	}
	next := a.Analyze(parse(t, head+"Subject: Re: Emergency disclosure request\nMessage-ID: <e2@fbi.gov>\nIn-Reply-To: <e1@fbi.gov>\n\nTo add to my request: the IP logs will let us locate the poster before tomorrow morning.\n"))
	if got := triage.Merge(first, next); !got.Facts.EmergencyExplained {
		t.Errorf("merged: explained %v, want true (summary %v, help %v)", got.Facts.EmergencyExplained, got.Facts.EmergencySummary, got.Facts.EmergencyHelp)
	}
}

// TestResentVerified: a subpoena whose first copy failed DMARC (a
// scanner's relay) and that the agent sends again from the same address,
// verified, makes a verified request; a verified "any update?" does not
// vouch for the unverified copy, nor does another address.
func TestResentVerified(t *testing.T) {
	a := newAnalyzer(t)
	body := "\n\nAttached is grand jury subpoena 26-GJ-0412 for the subscriber records of example-parts.example, 10/01/2026 to present.\nSA Ann Lee, 202-555-0143\n"
	first := a.Analyze(parse(t, "From: Ann Lee <ann.lee@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=fail header.from=fbi.gov\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nSubject: Scan from MFP-4\nMessage-ID: <s1@relay.example>"+body))
	if first.Sender.Authenticated || first.Sender.Class != triage.ClassLawEnforcement {
		t.Fatalf("first copy: %+v, want an unverified agency", first.Sender)
	}
	for _, tt := range []struct {
		from, text string
		want       bool
	}{
		{"ann.lee@fbi.gov", body, true},
		{"ann.lee@fbi.gov", "\n\nAny update on the subpoena I sent last week?\nSA Ann Lee, 202-555-0143\n", false},
		{"bo.ray@fbi.gov", body, false},
		{"ann.lee@fbi.gov", "\n\nThat earlier e-mail was not mine. Attached is my actual grand jury subpoena 26-GJ-0999 for the records of example-other.example.\nSA Ann Lee, 202-555-0143\n", false},
	} {
		next := a.Analyze(parse(t, "From: <"+tt.from+">\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nDate: Tue, 03 Nov 2026 10:00:00 -0500\nSubject: RE: Scan from MFP-4\nMessage-ID: <s2@fbi.gov>\nIn-Reply-To: <s1@relay.example>"+tt.text))
		if got := triage.Merge(first, next).Sender.Authenticated; got != tt.want {
			t.Errorf("resent from %s (%q): authenticated %v, want %v", tt.from, tt.text, got, tt.want)
		}
	}
}

// TestEmergencyWithdrawnByFollowUp: a follow-up whose writer says nobody
// is in danger after all ends the request's emergency; the request then
// stands on its process, here none. A follow-up that only adds facts
// keeps it.
func TestEmergencyWithdrawnByFollowUp(t *testing.T) {
	a := newAnalyzer(t)
	head := "From: Ann Lee <ann.lee@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n"
	first := a.Analyze(parse(t, head+"Subject: EMERGENCY REQUEST\nMessage-ID: <w1@fbi.gov>\n\nEMERGENCY REQUEST. Please send the subscriber records of example-parts.example today.\n"))
	if !first.Emergency {
		t.Fatalf("first message: emergency %v, want one", first.Emergency)
	}
	for _, tt := range []struct {
		body      string
		emergency bool
	}{
		{"To be honest nobody is in physical danger; it is a theft ring about to move its site. What is the fastest way to get the records?", false},
		{"To add: the site's owner is about to move it, so please hurry.", true},
		// Not a plain statement that nobody is in danger.
		{"Any update? We cannot confirm that nobody is in danger, so please treat this as urgent.", true},
		{"Quick update: she has been moved to a shelter, so nobody is in danger yet, but he is still looking for her and armed.", true},
		{"Update: the ex-wife is safe with family and no one is in danger at her address, but he has now threatened her sister.", true},
		{"We need these records to make sure no one is in danger. Please hurry.", true},
		{"Nobody is in danger at the moment. He has said he will come back tonight.", true},
		// Session 27: found safe, and the request withdrawn as a whole:
		// it ends as it stood. Found safe and the records still wanted:
		// the emergency is over.
		{"Good news: the boy was found safe this morning. Please consider the request withdrawn; thank you for your help.", true},
		{"She was located safe at a friend's house, so you can stop working the disclosure request.", true},
		{"The boy was found safe this morning. We still want the subscriber records for our case, please send them.", false},
		{"The boy was located safe at a friend's house. Please cancel our emergency request; thank you for your help.", true},
		{"Please stand down on our request. The girl was found unharmed this morning.", true},
		// Session 27 review: the withdrawal denied.
		{"The girl was found safe, so the emergency is over. Please do not cancel the request; we still want the records.", false},
	} {
		next := a.Analyze(parse(t, head+"Subject: RE: EMERGENCY REQUEST\nMessage-ID: <w2@fbi.gov>\nIn-Reply-To: <w1@fbi.gov>\n\n"+tt.body+"\n"))
		got := triage.Merge(first, next)
		if got.Emergency != tt.emergency || slices.Contains(got.Process, "emergency") != tt.emergency {
			t.Errorf("%q: merged emergency %v process %v, want emergency %v", tt.body, got.Emergency, got.Process, tt.emergency)
		}
	}
	// A colleague's word does not end the sender's emergency.
	colleague := a.Analyze(parse(t, strings.Replace(head, "ann.lee@fbi.gov", "duty.desk@fbi.gov", 1)+"Subject: RE: EMERGENCY REQUEST\nMessage-ID: <w3@fbi.gov>\nIn-Reply-To: <w1@fbi.gov>\n\nHonestly nobody is in danger here; Ann's request can wait.\n"))
	if got := triage.Merge(first, colleague); !got.Emergency {
		t.Errorf("a colleague's follow-up ended the sender's emergency: process %v", got.Process)
	}
}

// TestContentWithdrawnByFollowUp: a follow-up that withdraws the content
// a subpoena asked for leaves a request for the rest; one that withdraws
// it but asks content again, or only narrows the dates, does not.
func TestContentWithdrawnByFollowUp(t *testing.T) {
	a := newAnalyzer(t)
	head := "From: Ann Lee <ann.lee@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n"
	first := a.Analyze(parse(t, head+"Subject: Grand jury subpoena\nMessage-ID: <c1@fbi.gov>\n\nAttached is a grand jury subpoena for example.com: subscriber records, IP logs and the contents of all e-mails in the account, October 1 to October 30, 2026.\n"))
	if !first.Facts.ContentRequested {
		t.Fatal("first message: content not read as asked")
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"After speaking with the prosecutor we withdraw the part of the subpoena that calls for e-mails and stored files. Please limit the production to subscriber records and IP logs.", false},
		{"The request for message contents is hereby withdrawn; the rest of the subpoena stands.", false},
		{"Understood. We withdraw the request for the correspondence with your support staff; please process the rest of the subpoena.", false},
		// Session 27: an item withdrawn by its letter, its content left to
		// a warrant; an item withdrawn with nothing said of content keeps
		// the content asked.
		{"We have withdrawn item (c) and the amended subpoena asks only for items (a) and (b). We will obtain a search warrant later if we need the messages.", false},
		{"We have withdrawn item (c); please process the rest of the subpoena.", true},
		// Session 29: the withdrawal told in the present tense.
		{"We withdraw item (3). Please produce items (1) and (2) only; we will seek a warrant separately if we need message content.", false},
		{"We withdraw item (3); please process the rest of the subpoena.", true},
		// Second review: "part of the messages" is no item withdrawn.
		{"The suspect deleted part of the messages on October 3; please produce what remains.", true},
		// Round 59: the item dropped with the content it held named.
		{"The ADA issued an amended subpoena that drops item 3, the support tickets and emails. It now asks only for subscriber records.", false},
		{"We will not pursue the request for a hearing date, but we do need the contents of all e-mails in the account.", true},
		// Session 31 (round 66): an item the writer "will not pursue".
		{"Thanks for explaining. We will not pursue item 4 (contents of e-mails and messages) under this subpoena; please process items 1 through 3 only.", false},
		{"The amended subpoena drops item 3, the billing address. Please produce the stored e-mails in item 4.", true},
		// Session 33: an item withdrawn with its content named in brackets
		// after it, over our own reply quoted below, unmarked, by
		// GroupWise.
		{"Thanks for the explanation. We withdraw item 3 (the contents of support tickets and messages). Please process items 1 and 2 only.\n\n>>> Law Enforcement Response Team <law-enforcement@provider.test> 6/2/2026 2:47 PM >>>\nItem 3 of the subpoena asks for the contents of communications, which we can disclose only under a search warrant.", false},
		{"Thanks for the explanation. We withdraw item 3 (the contents of support tickets and messages). Please still produce the stored e-mails in item 4.", true},
		// Session 33 review: a colleague's words quoted below still ask;
		// a withdrawal refused is none.
		{"We withdraw item 3 (the contents of support tickets) as to the rest of the mailbox. As our ASA wrote:\nplease nonetheless produce the contents of all messages sent to billing@example.com.", true},
		{"We will not withdraw item 3 (the contents of the e-mail messages); the subpoena stands.", true},
		// Session 27 review: content asked again beside the withdrawal, or
		// the warrant for it denied.
		{"We have withdrawn item (c). Please produce the stored e-mails in item (d) under this subpoena; we do not think we need to obtain a search warrant for the messages.", true},
		{"We have withdrawn item 2; we will not seek a warrant for the contents, since the subpoena covers them.", true},
		{"We withdraw the request for e-mails, but please produce all chat messages stored in the account.", true},
		{"Please narrow the dates to October 10 to October 30, 2026.", true},
		{"For the record the court struck the defendant's motion, so the files and messages named in the subpoena remain due.", true},
		{"Some of the messages have been removed from the server. Please produce whatever you still hold.", true},
	} {
		next := a.Analyze(parse(t, head+"Subject: Re: Grand jury subpoena\nMessage-ID: <c2@fbi.gov>\nIn-Reply-To: <c1@fbi.gov>\n\n"+tt.text+"\n"))
		if got := triage.Merge(first, next).Facts.ContentRequested; got != tt.want {
			t.Errorf("follow-up %q: content %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestFollowUpOfUnlistedAgency: an agency on no list is read as one by
// its letter with process; its own follow-up from the same authenticated
// domain, which only gives a phone number, keeps the request the
// agency's (still held for review), while one from elsewhere does not.
func TestFollowUpOfUnlistedAgency(t *testing.T) {
	a := newAnalyzer(t)
	head := func(from string) string {
		_, d, _ := strings.Cut(from, "@")
		return "From: Jo Roe <" + from + ">\nAuthentication-Results: mx.provider.test; dkim=pass header.d=" + d + "; dmarc=pass header.from=" + d + "\nDate: Mon, 02 Nov 2026 10:00:00 +0100\nContent-Type: text/plain\n"
	}
	first := a.Analyze(parse(t, head("jo.roe@example.gv.at")+"Subject: Rechtshilfe\nMessage-ID: <r1@example.gv.at>\n\nOn the basis of our mutual legal assistance request the court issued the attached order for the records of example.at.\n\nJo Roe\nChefinspektorin, Bundeskriminalamt\n"))
	if first.Sender.Class != triage.ClassLawEnforcement || !first.Facts.UnlistedAgency {
		t.Fatalf("first message: class %s unlisted %v, want an unlisted agency", first.Sender.Class, first.Facts.UnlistedAgency)
	}
	for _, tt := range []struct{ from, want string }{
		{"jo.roe@example.gv.at", triage.ClassLawEnforcement},
		{"jo.roe@example-shop.at", triage.ClassOther},
	} {
		next := a.Analyze(parse(t, head(tt.from)+"Subject: Re: Rechtshilfe\nMessage-ID: <r2@x>\nIn-Reply-To: <r1@example.gv.at>\n\nYou can reach me directly at +43 1 555 0131.\n\nJo Roe\n"))
		got := triage.Merge(first, next)
		if got.Sender.Class != tt.want || !got.Facts.UnlistedAgency {
			t.Errorf("follow-up from %s: class %s unlisted %v, want %s and still held", tt.from, got.Sender.Class, got.Facts.UnlistedAgency, tt.want)
		}
	}
}

// TestFollowUpBringsProcess: a preservation letter's issuer is the
// agency; the subpoena its follow-up serves names the request's issuer,
// the court, as a letter that carries both does. A follow-up without new
// process keeps the first letter's issuer.
func TestFollowUpBringsProcess(t *testing.T) {
	strp := func(s string) *string { return &s }
	first := triage.Result{Process: []string{"preservation"}, Authority: strp("Example Bureau of Investigation")}
	for _, tt := range []struct {
		next triage.Result
		want string
	}{
		{triage.Result{Process: []string{"subpoena"}, Authority: strp("United States District Court for the District of Example")}, "United States District Court for the District of Example"},
		{triage.Result{Process: []string{"preservation"}, Authority: strp("Example Field Office")}, "Example Bureau of Investigation"},
		{triage.Result{Process: []string{"none"}, Authority: nil}, "Example Bureau of Investigation"},
	} {
		if got := triage.Merge(first, tt.next); deref(got.Authority) != tt.want {
			t.Errorf("after %v: authority %q, want %q", tt.next.Process, deref(got.Authority), tt.want)
		}
	}
}

// TestNotOffered: records of a service we do not offer are asked for in
// several of its terms; one billing phrase among records we hold is not
// enough to refuse the request as sent to the wrong provider.
func TestNotOffered(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Please produce the domain registration records and registrant contact details of example.com.", true},
		{"Produce the web hosting plan billing records, the credit card on file and cPanel logins for example.com.", true},
		{"The warrant calls for the messages in the inbox, sent, drafts and deleted folders, address-book entries and webmail login IP history of jo@example.com.", true},
		{"Please send the subscriber information, contact e-mail address and login IP history of jo@example.com.", false},
		{"Send the billing details, payment card numbers and all IP logs of example.com since 10/01/2026.", false},
		{"Send the subscriber information and IP logs of example.com since 10/01/2026.", false},
		// The same records asked in Portuguese and French.
		{"Solicitamos a identidade do titular do registo do domínio example.pt e os dados de pagamento utilizados na compra do domínio.", true},
		{"Nous sollicitons les données d'identification du titulaire du nom de domaine example.fr et les données de paiement liées à son hébergement web.", true},
		{"Solicitamos os registos de acesso (endereços IP) e os certificados emitidos para example.pt.", false},
		{"We request the subscriber information and IP logs for the Discord user exampleuser#1234 since 10/01/2026.", true},
		// Session 27: a webmail service's account and its calendar; its
		// address alone is an identifier of an account here.
		{"The warrant is for the Yahoo account jo.roe@yahoo.com: all e-mails with attachments, contacts and calendar entries.", true},
		{"Please produce the ACME account registered with the Gmail account jo.roe@gmail.com and its IP logs.", false},
		{"Please send the subscriber records of the account whose contact is the Gmail address jo.roe@gmail.com.", false},
		// Session 27 review: the webmail account and a calendar told as a
		// story's details.
		{"The suspect used the Gmail account jo.roe@gmail.com to register the site; his Google calendar entries show the meeting. Please produce the ACME account records of example.com.", false},
		// Session 27 (round 53): a messaging app's account asked for.
		{"Requested: subscriber information and login IP history for the ExampleChat messenger account with username example_deals.", true},
		{"He contacted the victim through a messenger app; please produce the ACME account records of example.com.", false},
		{"The suspect advertised the shop from the ExampleChat chat account @example_x; please produce the ACME account records of example.com.", false},
		{"Produce the records for the Gmail account jo.roe@gmail.com, including calendar entries, contacts and login IP addresses.", true},
		// Session 28: an app the letter names as one, its account's
		// records asked; not when only the story uses it.
		{"The victim got the threat on the ExampleSnap app from user night_owl7. We need the ExampleSnap account information for night_owl7 for April 1-8.", true},
		{"The victim got the threat on the ExampleSnap app from user night_owl7, who linked to example.com. Please produce the ACME account information for example.com.", false},
		// Session 28 review: the client program the user reached us with.
		{"The site obtained its certificate from you on November 3. The operator requested it through the ExampleBot app on the server. We need the ExampleBot account information for the account that requested it.", false},

		// Session 29: a registrar's records in other words.
		{"The subpoena asks for the registrant identity and the domain transfer history of example.com since August 1.", true},
		{"The subpoena asks for the registrant identity of example.com and the certificates issued for it.", false},
		{"We need the domain registrant's name and address (WHOIS registration records) and the hosting control-panel login IPs of example.com.", true},
		{"The warrant covers every file hosted on the web server for example.com and the e-mail accounts hosted for that domain; please make the server image available.", true},
		{"We need the certificates issued for example.com and the IP address of the server that requested them.", false},
		{"We seized a forensic server image; files hosted on the web server used your certificates. Please produce the ACME account and IP logs of example.com.", false},
		// A mailbox and a site the writer believes we host.
		{"The warrant covers the mailbox jo@example.com, which I understand is hosted on your company's mail servers, and the website files of example.com, which your company hosts.", true},
		{"The site example.com, which your company hosts, used a certificate issued by you; please produce the ACME account and IP logs.", false},
		{"The suspect placed the validation token in the website files of example.com, and a copy of the site's files was seized from the host. Please produce the certificates issued and the IP logs.", false},
	} {
		raw := "From: Ann Lee <ann.lee@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nSubject: Subpoena\nDate: Mon, 16 Nov 2026 11:00:00 -0500\n\nAttached is a grand jury subpoena. " + tt.text + "\n"
		if got := a.Analyze(parse(t, raw)).Facts.WrongProvider; got != tt.want {
			t.Errorf("wrong provider(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestProcessComingInSubject: a subject that announces a process "coming"
// or "on its way" names one still to come; one attached is there.
func TestProcessComingInSubject(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct{ subject, body, want string }{
		{"Heads up - warrant coming - example.com (case 26-1)", "My affidavit is with the prosecutor for review. Could you start pulling the account details of example.com now? I'll e-mail the signed warrant as soon as I have it in hand.", "none"},
		{"Warrant on its way - example.com", "Could you start pulling the account details of example.com now?", "none"},
		{"Warrant attached - example.com", "The signed warrant for example.com is attached.", "search_warrant"},
	} {
		raw := "From: Jo Roe <jo.roe@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nSubject: " + tt.subject + "\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body + "\n"
		if got := strings.Join(a.Analyze(parse(t, raw)).Process, ","); got != tt.want {
			t.Errorf("subject %q: process %s, want %s", tt.subject, got, tt.want)
		}
	}
}

// TestProcessNotCovering: process the writer says does not reach this
// request is another matter's; a scope limit of the process at hand is not.
func TestProcessNotCovering(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"Last spring you answered our grand jury subpoena for example.org. That subpoena named only the first site, so I know it doesn't cover this one: could you run the same search for example.net?", []string{"none"}},
		{"The earlier warrant for example.org will not extend to the new account example.net; can you tell us who holds it?", []string{"none"}},
		{"We served you a grand jury subpoena in August. The subpoena we served only lists the old domain, not this one, but could you add example.net to the return?", []string{"none"}},
		{"Last spring you answered our subpoena for example.org. That subpoena named only the first site, so I know it doesn't cover this one. If you absolutely need a new subpoena, let me know; who holds example.net?", []string{"none"}},
		{"The search warrant signed by Judge Ann Lee is in your portal. The warrant only lists example.net, not these other accounts named in the affidavit.", []string{"search_warrant"}},
		{"We served you a grand jury subpoena in August. The subpoena only listed the old domain, not this one. The new grand jury subpoena for example.net is in your portal.", []string{"subpoena"}},
		{"The attached warrant covers example.net; our earlier warrant doesn't cover this one.", []string{"search_warrant"}},
		// Session 26: the earlier process "limited to" the old account.
		{"In May you produced records to us under our grand jury subpoena for example.org. I know that subpoena was limited to the old site, but could you send the owner of example.net?", []string{"none"}},
		{"Our earlier subpoena was limited to the old site; the new grand jury subpoena for example.net is attached.", []string{"subpoena"}},
		{"Attached is the search warrant for example.net. The warrant does not cover content, only subscriber records.", []string{"search_warrant"}},
		// Session 25: an earlier process, and a new ask that may need
		// its own.
		{"In May you answered the grand jury subpoena we served for example.org. Could you pull the same records for example.net? If that requires a new subpoena I will have to wait for the next grand jury session.", []string{"none"}},
		{"In May you answered the grand jury subpoena we served for example.org. Please pull the same records for example.net; if a new subpoena is needed for that, the signed one is attached.", []string{"subpoena"}},
		// The review's probes: a process at hand, and a question whether
		// more is needed.
		{"This grand jury subpoena, issued by the U.S. District Court for the District of Columbia, covers the subscriber records of example.com and example.net. If you need a separate subpoena for each domain, please let me know.", []string{"subpoena"}},
		{"Our grand jury subpoena from the U.S. District Court for the District of Columbia, served on your portal October 28, names jdoe@example.com and its recovery address jdoe2@example.com. If it needs a separate subpoena for the recovery address I'll have to wait for the next grand jury, so please tell me.", []string{"subpoena"}},
		// An earlier process the writer hopes reaches a new ask is spent;
		// one at hand that the writer believes covers it is not.
		{"In March you returned records to us under our search warrant for example.org. The same man now runs example.net. Since the warrant was already issued for this account, I assume it still covers it; could you check?", []string{"none"}},
		// Asked to run an answered subpoena on a new domain.
		{"In June your team produced records to us under our subpoena for example.org. The same group now runs example.net. Could you run the same search on the new domain example.net under that subpoena?", []string{"none"}},
		{"Attached is a new subpoena for example.net. Could you run it with the same categories as before?", []string{"subpoena"}},
		// A new ask that avoids going back for new process.
		{"In April your office responded to our county grand jury subpoena for example.org, which covered January to March. The suspect is back. Rather than going back to the grand jury, could you pull the same records again for July 1 to present?", []string{"none"}},
		{"Last year you produced records under our warrant for example.org. Instead of getting a new warrant, can you just send the login IPs since August?", []string{"none"}},
		{"Rather than go back to the court, we served the attached grand jury subpoena for example.net.", []string{"subpoena"}},
		{"Last month you produced records to us under our grand jury subpoena for example.org. Rather than go back to the grand jury, the Example County District Attorney signed an investigative subpoena for example.net, pasted below. Please produce the subscriber records of example.net.", []string{"subpoena"}},
		{"Last year you produced records to us under a warrant for example.org. Rather than going back to the judge, we obtained a search warrant signed by Judge Ann Lee for the stored contents of example.net. The signed warrant follows.", []string{"search_warrant"}},
		{"The signed 2703(d) order for example.net is below. Could you please process this under the original order, not the amended version sent by fax?", []string{"court_order"}},

		{"You answered our grand jury subpoena for example.org last year. Hopefully the same subpoena applies to example.net as well; who holds it?", []string{"none"}},
		{"You answered our 2703(d) order for example.org in May. I believe that 2703(d) order is still good for this: please send the subscriber records of example.net.", []string{"none"}},
		{"Attached is the search warrant for example.net. I believe it covers the backup address too.", []string{"search_warrant"}},
		{"The new search warrant for example.net is in your portal; I assume the warrant covers the second account as well.", []string{"search_warrant"}},
		{"Please find below the court order issued under 18 U.S.C. 2703(d) by the U.S. District Court for the District of Example for the records of example.net. I hope it works for you.", []string{"court_order"}},
		{"Here is the grand jury subpoena for the subscriber records of example.net. I think it should cover the second domain example.org as well.", []string{"subpoena"}},
		{"The court signed a search warrant today for the account example.net; a copy is included in this e-mail. I believe it also covers the backup address.", []string{"search_warrant"}},
	} {
		raw := "From: a@fbi.gov\nSubject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body + "\n"
		if r := a.Analyze(parse(t, raw)); !slices.Equal(r.Process, tt.want) {
			t.Errorf("%q: process %v, want %v", tt.body, r.Process, tt.want)
		}
	}
}

// TestNoProcessForUs: the writer's word that no process addressed to us
// exists outweighs a forward's subject and a quoted third party's process;
// a preservation stays, and attached process is not denied.
func TestNoProcessForUs(t *testing.T) {
	a := newAnalyzer(t)
	quoted := "\n\n-----Original Message-----\nFrom: Legal <legal@example-host.com>\nSubject: RE: Subpoena\n\nWe have complied with the grand jury subpoena you served on us for example.org.\n"
	for _, tt := range []struct {
		subject, body string
		want          []string
	}{
		{"FW: Subpoena - 26-0042 - example.org", "Our subpoena went to the hosting company (reply below). We have no legal process for your company at this point; could you tell us who holds the account for example.org?\nDet. Jo Roe" + quoted, []string{"none"}},
		{"FW: Grand jury subpoena", "I haven't served any process on you yet. Which e-mail address is on the account for example.org?\nDet. Jo Roe" + quoted, []string{"none"}},
		{"FW: Subpoena", "We have no paperwork for you yet; please preserve the records of example.org for 90 days.\nDet. Jo Roe" + quoted, []string{"preservation"}},
		// Not denied: the process is at hand, or the words tell a chore.
		{"Subpoena", "We have no legal process for you other than the attached subpoena for example.org.\nDet. Jo Roe", []string{"subpoena"}},
		{"Grand jury subpoena GJ-2026-0114", "This e-mail serves the grand jury subpoena on you; there is no paperwork for you to sign. Please produce the records of example.org.\nDet. Jo Roe", []string{"subpoena"}},
		{"Search warrant 26-SW-0419", "The search warrant is in your portal. There is no process for you to follow other than returning the records of example.org to me.\nDet. Jo Roe", []string{"search_warrant"}},
	} {
		raw := "From: a@fbi.gov\nSubject: " + tt.subject + "\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body + "\n"
		if r := a.Analyze(parse(t, raw)); !slices.Equal(r.Process, tt.want) {
			t.Errorf("%q: process %v, want %v", tt.body, r.Process, tt.want)
		}
	}
}

// TestAsksNothing: a stranger's mail that asks for nothing we hold and
// names no officer or agency is never answered; a police letter lerd does
// not read as asking, which names its officer, is answered all the same.
func TestAsksNothing(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		from, body string
		want       bool
	}{
		{"kf@example-invoices.com", "您好！\n\n本公司长期代开各类发票，税点优惠，可先验票后付款。\n\n如有需要请添加微信，或回复本邮件索取报价。\n", true},
		{"jo.roe@examplecitypd.org", "Good morning. Could you tell me whether a John Smith, born 02/01/1990, has an account with you? He is a suspect in a burglary series.\n\nDet. Jo Roe\nExample City Police Department\n(202) 555-0143\n", false},
		{"jo.roe@examplecitypd.org", "Detective Jo Roe of the Example City Police Department here. Please call me at (202) 555-0143 regarding a missing 15-year-old girl; we believe she met someone through your service.\n", false},
		{"kontakt@politi-example.no", "Hei. Vi ber om at dere kontakter oss snarest angående en etterforskning.\n\nMed vennlig hilsen\nKari Nordmann\nPolitioverbetjent, Oslo politidistrikt\n", false},
	} {
		dom := tt.from[strings.LastIndex(tt.from, "@")+1:]
		r := a.Analyze(parse(t, "From: "+tt.from+"\n"+passed(dom)+"Subject: hello\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n"+tt.body))
		if r.Facts.AsksNothing != tt.want {
			t.Errorf("%s: asks nothing %v, want %v (class %s, agent %v)", tt.from, r.Facts.AsksNothing, tt.want, r.Sender.Class, r.Agent)
		}
	}
}

// TestEmergencyStaysWhenOthersAreSafe: "no ongoing threat" said of the
// public or of evidence, or of one person while another is threatened,
// ends no emergency; "no one was ever in danger" makes none.
func TestEmergencyStaysWhenOthersAreSafe(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		text      string
		emergency bool
	}{
		{"EMERGENCY DISCLOSURE REQUEST. At 2:10 a.m. a man abducted his ex-girlfriend at gunpoint from her apartment. This is a targeted domestic incident and there is no ongoing threat to the public. Please send the IP logs of example.com immediately so we can locate them.", true},
		{"EMERGENCY DISCLOSURE REQUEST. An 8-year-old boy was abducted at gunpoint two hours ago by a man who runs example.com. Thank you for preserving the account; there is no further risk of the evidence being deleted. Please disclose the account's IP logs immediately so we can find him.", true},
		{"This is a fraud case; no one was ever in danger of being harmed. The subscriber records of example.com will help us identify the scammers; please send them as soon as possible.", false},
	} {
		r := a.Analyze(parse(t, "From: a@fbi.gov\nSubject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+tt.text+"\n"))
		if r.Emergency != tt.emergency {
			t.Errorf("%q: emergency %v, want %v", tt.text, r.Emergency, tt.emergency)
		}
	}
}

// TestColleagueTakesOver: a colleague who writes that the case is now
// theirs becomes the request's agent, at their own numbers; one who only
// adds a detail, or the sender naming a colleague, leaves the agent alone.
func TestColleagueTakesOver(t *testing.T) {
	a := newAnalyzer(t)
	head := func(from string) string {
		return "From: <" + from + ">\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n"
	}
	first := a.Analyze(parse(t, head("ann.lee@fbi.gov")+"Subject: Subpoena\nMessage-ID: <t1@fbi.gov>\n\nAttached is a grand jury subpoena for example.com.\n\nSpecial Agent Ann Lee\nFederal Bureau of Investigation\n202-555-0101\n"))
	if first.Agent == nil || *first.Agent != "Ann Lee" {
		t.Fatalf("first agent %v", first.Agent)
	}
	for _, tt := range []struct {
		from, body, agent string
		phones            []string
	}{
		{"max.roe@fbi.gov", "SA Lee was reassigned yesterday and I have taken over this case. Please send the return to me.\n\nSupervisory Special Agent Max Roe\nFederal Bureau of Investigation\n202-555-0177\n", "Max Roe", []string{"+12025550177"}},
		{"max.roe@fbi.gov", "The case was reassigned to me this week; my cell is 202-555-0178.\n\nSSA Max Roe\nFederal Bureau of Investigation\n", "Max Roe", []string{"+12025550178"}},
		{"max.roe@fbi.gov", "SA Lee went off duty at 2300. I am the overnight supervisor and have taken over DC# 26-39-041187. Call my cell, 202-555-0149.\n\nLt. Max Roe\nFederal Bureau of Investigation\n", "Max Roe", []string{"+12025550149"}},
		// Words that only look like a takeover.
		{"max.roe@fbi.gov", "I assumed the return would go to SA Lee, but could you copy me on it as well? She remains the case agent.\n\nSupervisory Special Agent Max Roe\nFederal Bureau of Investigation\n202-555-0177\n", "Ann Lee", []string{"+12025550101", "+12025550177"}},
		{"max.roe@fbi.gov", "For the record, the cell assigned to me is 202-555-0178.\n\nSSA Max Roe\nFederal Bureau of Investigation\n", "Ann Lee", []string{"+12025550101", "+12025550178"}},
		{"max.roe@fbi.gov", "SA Lee asked me to pass on her cell: 202-555-0179.\n\nMax Roe\nFederal Bureau of Investigation\n", "Ann Lee", []string{"+12025550101", "+12025550179"}},
		{"ann.lee@fbi.gov", "I have taken over the wiretap side too; nothing changes here.\n\nSpecial Agent Ann Lee\n202-555-0101\n", "Ann Lee", []string{"+12025550101"}},
	} {
		next := a.Analyze(parse(t, head(tt.from)+"Subject: RE: Subpoena\nMessage-ID: <t2@fbi.gov>\nIn-Reply-To: <t1@fbi.gov>\n\n"+tt.body))
		got := triage.Merge(first, next)
		if got.Agent == nil || *got.Agent != tt.agent || !slices.Equal(got.Phones, tt.phones) {
			t.Errorf("%q: merged agent %v phones %v, want %s %v", tt.body, got.Agent, got.Phones, tt.agent, tt.phones)
		}
	}
}

// TestContentWithdrawnInLetter: a correction further down the same letter
// withdraws the content it asked for, if it names every kind it asked and
// nothing is asked again after it.
func TestContentWithdrawnInLetter(t *testing.T) {
	a := newAnalyzer(t)
	head := "From: Ann Lee <ann.lee@fbi.gov>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\nSubject: Subpoena\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"We request the subscriber records of example.com and the messages the operator exchanged with buyers, with the photos uploaded to the listings. A subpoena is attached.\n\nCORRECTION: the subpoena does not reach the messages or the photos and we are NOT asking for them. We only need the subscriber records.", false},
		{"We request the subscriber records of example.com, the messages the operator exchanged with buyers and the photos uploaded to the listings. A subpoena is attached.\n\nCorrection: we no longer seek the messages.", true},
		{"We request the messages the operator exchanged with buyers. A subpoena is attached. We are not asking for them to be certified. Please also send the photos uploaded to the listings.", true},
	} {
		r := a.Analyze(parse(t, head+tt.text+"\n"))
		if r.Facts.ContentRequested != tt.want {
			t.Errorf("%q: content %v, want %v", tt.text, r.Facts.ContentRequested, tt.want)
		}
	}
}

// TestAnswersInsideOurMessage: a reply that says it answers inside our
// quoted message ("answers below") has its ">"-marked lines there read as
// its own; other marked lines in our message are our quotation of the
// sender's earlier words, never the reply's.
func TestAnswersInsideOurMessage(t *testing.T) {
	a := newAnalyzer(t)
	ours := "-----Original Message-----\nFrom: Law Enforcement Response Team <law-enforcement@provider.test>\nSent: Tuesday, November 3, 2026 3:31 PM\nTo: Roe, Jo <jo.roe@fbi.gov>\nSubject: RE: Grand jury subpoena\n\n"
	for _, tt := range []struct {
		name, body string
		phones     bool
		content    bool
		emergency  bool
	}{
		{"answers marked inside our question",
			"Morning - answers below in your email.\n\n" + ours + "Special Agent Roe,\n\nThank you for the grand jury subpoena for example.com. Before we can process it, please send a direct telephone number.\n\n>>> My desk is 202-555-0147. Either is fine for questions on the return.\n\nLaw Enforcement Response Team\n",
			true, false, false},
		{"our quotation of the sender's ask for content",
			"Understood, thank you. Under the grand jury subpoena please provide only the subscriber records and login IPs of example.com.\n\n" + ours + "Special Agent Roe,\n\nYou wrote:\n> Please also provide all messages he exchanged with the victim.\n\nThat needs a search warrant; we can produce the subscriber records under the subpoena.\n\nLaw Enforcement Response Team\n",
			false, false, false},
		{"our quotation of an emergency that is over",
			"Update: she came home on her own this morning and is with her parents. We no longer need the records.\n\n" + ours + "Special Agent Roe,\n\nYou wrote:\n> EMERGENCY. A 15-year-old girl is missing and posted on example.com that she will kill herself tonight.\n\nPlease tell us how the records will help.\n\nLaw Enforcement Response Team\n",
			false, false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: Jo Roe <jo.roe@fbi.gov>\nTo: law-enforcement@provider.test\nSubject: RE: Grand jury subpoena\nIn-Reply-To: <ours-1@provider.test>\nDate: Wed, 04 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body
			r := a.Analyze(parse(t, raw))
			if (len(r.Phones) > 0) != tt.phones || r.Facts.ContentRequested != tt.content || r.Emergency != tt.emergency {
				t.Errorf("phones %v content %v emergency %v, want phones %v content %v emergency %v", r.Phones, r.Facts.ContentRequested, r.Emergency, tt.phones, tt.content, tt.emergency)
			}
		})
	}
}

// TestForeignCourtOrder: a court abroad named in its own language, its
// order or decision in the same sentence, told as had (a date, a verb of
// issuing, an attachment), in that language's own words and order. Not a
// court a prosecutor sits beside, a treaty request, an order still to
// come, or one denied.
func TestForeignCourtOrder(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Con decreto del 4/11/2026 il Tribunale di Torino ha autorizzato l'acquisizione dei dati del dominio example.it.", []string{"court_order"}},
		{"Dne 3. 11. 2026 vydal Krajský soud v Brně příkaz k vydání údajů o účtu example.cz.", []string{"court_order"}},
		{"El Juzgado de Instrucción nº 2 de Sevilla, por auto de 5 de noviembre de 2026, acordó requerir los datos de example.es.", []string{"court_order"}},
		{"Mahakama ya Hakimu Mkazi Arusha imetoa amri tarehe 02/11/2026 ya kupata taarifa za example.co.tz.", []string{"court_order"}},
		{"Sąd Okręgowy w Gdańsku postanowieniem z dnia 2 listopada 2026 r. nakazał wydanie danych konta example.pl.", []string{"court_order"}},
		{"בית משפט השלום בחיפה נתן ביום 02.11.2026 צו למסירת הנתונים של example.co.il.", []string{"court_order"}},
		{"Em anexo segue o mandado de busca emitido pelo Tribunal Central de Instrução Criminal para os dados de example.pt.", []string{"search_warrant"}},
		{"وقد أذنت المحكمة الكلية بتاريخ 03/11/2026 بطلب بيانات example.com.kw.", []string{"court_order"}},
		{"Samarqand shahar jinoyat ishlari bo'yicha sudining 03.11.2026 yildagi ajrimi asosida example.uz ma'lumotlarini so'raymiz.", []string{"court_order"}},
		{"The Tribunale di Torino issued a decision on 4/11/2026 freezing the suspect's bank account; please help us identify the holder of example.it.", []string{"none"}},
		// The prosecutor beside the court acts, not the court.
		{"La Procura della Repubblica presso il Tribunale di Torino, con decreto del 4/11/2026, chiede i dati del dominio example.it.", []string{"none"}},
		// A treaty request the court sent abroad, an order still to come,
		// one denied, and a court named with no order.
		{"Il 4/11/2026 il Tribunale di Torino ha emesso una rogatoria internazionale per i dati di example.it.", []string{"mlat"}},
		{"Il Tribunale di Torino potrebbe emettere un decreto dopo il 4/11/2026; nel frattempo chiediamo i dati di example.it.", []string{"none"}},
		{"Okresní soud v Brně dosud nevydal příkaz; dne 3. 11. 2026 jsme podali návrh. Prosíme o údaje o účtu example.cz.", []string{"none"}},
		{"Il Tribunale di Torino non ha ancora emesso il provvedimento chiesto il 4/11/2026 per example.it.", []string{"none"}},
		{"Le indagini riguardano una truffa scoperta il 4/11/2026 a Torino; il Tribunale di Torino è competente. Chiediamo i dati di example.it.", []string{"none"}},
	} {
		raw := "From: a@politie.nl\nSubject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n" + tt.text + "\n"
		r := a.Analyze(parse(t, raw))
		if !slices.Equal(r.Process, tt.want) {
			t.Errorf("process(%q) = %v, want %v", tt.text, r.Process, tt.want)
		}
	}
}

// TestPuertoRicoCourt: Puerto Rico's government names its own courts in
// Spanish; an order to arrest someone carries no process of ours.
func TestPuertoRicoCourt(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		from, text string
		want       []string
	}{
		{"agente@policia.pr.gov", "Adjunto orden de registro y allanamiento expedida por el Tribunal de Primera Instancia, Sala Superior de Ponce, relacionada con la querella (Art. 182). Se solicita la información del suscriptor de example.net.", []string{"search_warrant"}},
		{"agente@policia.pr.gov", "El Tribunal de Primera Instancia, Sala de Ponce, expidió el 2 de noviembre de 2026 una orden de arresto contra el sospechoso. Solicitamos la información del suscriptor de example.net.", []string{"none"}},
	} {
		raw := "From: <" + tt.from + ">\nSubject: Solicitud\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n" + tt.text + "\n"
		if r := a.Analyze(parse(t, raw)); !slices.Equal(r.Process, tt.want) {
			t.Errorf("process(%s: %q) = %v, want %v", tt.from, tt.text, r.Process, tt.want)
		}
	}
}

// TestForeignRequestWords: an emergency told in Icelandic or named in
// Arabic, its danger and its use told in Icelandic; preservation asked in
// Swedish, Portuguese, Norwegian and English words, beside a treaty
// request sent or named.
func TestForeignRequestWords(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		text      string
		want      []string
		explained bool
	}{
		{"Neyðarbeiðni. Kona sem skrifar á example.is segist ætla að svipta sig lífi í kvöld. Með IP-tölunum getum við fundið hana.", []string{"emergency"}, true},
		{"Maður er í lífshættu. Vinsamlegast sendið upplýsingar um example.is án tafar.", []string{"emergency"}, false},
		{"حالة طوارئ: نرجو تزويدنا فوراً ببيانات صاحب النطاق example.ae.", []string{"emergency"}, false},
		{"نرجو تزويدنا فوراً ببيانات صاحب النطاق example.ae لوجود حالة طارئة.", []string{"emergency"}, false},
		// Round 50: Croatian (article 29 as "članak 29.", a letter of
		// request sent), Hebrew and Greek preservation.
		{"Molimo zaštitite podatke za example.hr (članak 29. Konvencije o kibernetičkom kriminalu). Ministarstvo je uputilo zamolnicu za međunarodnu pravnu pomoć.", []string{"preservation", "mlat"}, false},
		{"אנו מבקשים לשמר את כל הנתונים של example.co.il.", []string{"preservation"}, false},
		{"Αίτημα διατήρησης δεδομένων για το example.gr.", []string{"preservation"}, false},
		// A treaty request still to come is none yet.
		{"Vi begär att ni bevarar uppgifterna om example.se. Åklagaren kommer att begära rättslig hjälp i USA.", []string{"preservation"}, false},
		{"Solicitamos a conservação expedita dos dados de example.ao; a carta rogatória segue pela via diplomática.", []string{"preservation", "mlat"}, false},
		{"Vi ber om sikring av data for example.no. En rettsanmodning til USA er under utarbeidelse.", []string{"preservation", "mlat"}, false},
		{"Under the Mutual Legal Assistance Act our request went to the U.S. Department of Justice today; we ask that the records of example.ke be retained until it is executed.", []string{"mlat", "preservation"}, false},
		// Session 32: treaty requests named in Romanian, Swedish,
		// Hungarian, Danish and Indonesian, sent or still to come.
		{"Solicităm conservarea datelor pentru example.ro. Cererea de asistență judiciară internațională a fost deja trimisă de Ministerul Justiției.", []string{"preservation", "mlat"}, false},
		{"Solicităm conservarea datelor pentru example.ro. O cerere de asistență judiciară internațională va fi transmisă ulterior.", []string{"preservation"}, false},
		{"Vi begär att ni bevarar uppgifterna om example.se i avvaktan på en formell framställning om rättslig hjälp.", []string{"preservation"}, false},
		{"Vi begär bevarande av uppgifterna om example.se. En framställning om rättslig hjälp kommer att skickas via Justitiedepartementet.", []string{"preservation"}, false},
		{"Vi begär uppgifterna om example.se. Vår framställning om rättslig hjälp överlämnades till det amerikanska justitiedepartementet, och domstolen har meddelat beslutet.", []string{"mlat"}, false},
		{"Kérjük az example.hu adatainak megőrzését. A jogsegélykérelmet a Legfőbb Ügyészség útján küldjük meg.", []string{"preservation"}, false},
		{"Kérjük az example.hu adatainak megőrzését. A jogsegélykérelmet az Egyesült Államok Igazságügyi Minisztériumának már továbbították.", []string{"preservation", "mlat"}, false},
		{"Permintaan preservasi data untuk example.id. Permintaan bantuan timbal balik dalam masalah pidana telah dikirim ke Departemen Kehakiman AS.", []string{"preservation", "mlat"}, false},
		// Session 32 review: the same requests still to come, in other
		// words of each language.
		{"Vi begär bevarande av uppgifterna om example.se. En framställning om rättslig hjälp kommer inom kort att skickas via Justitiedepartementet.", []string{"preservation"}, false},
		{"Vi begär bevarande av uppgifterna om example.se. Begäran om rättslig hjälp skickas senare.", []string{"preservation"}, false},
		{"Pyydämme säilyttämään tiedot example.fi. Keskinäistä oikeusapua koskeva pyyntö lähetetään myöhemmin.", []string{"preservation"}, false},
		{"Kérjük az example.hu adatainak megőrzését. A jogsegélykérelmet később a Legfőbb Ügyészség útján küldjük meg.", []string{"preservation"}, false},
		{"Solicităm conservarea datelor pentru example.ro. Cererea de asistență judiciară internațională urmează să fie transmisă.", []string{"preservation"}, false},
		{"Permintaan preservasi data untuk example.id. Permintaan bantuan timbal balik akan dikirim ke Departemen Kehakiman AS.", []string{"preservation"}, false},
		{"Molimo dostavite podatke za example.ba. Budući da bi postupak međunarodne pravne pomoći trajao predugo, molimo da nam podatke dostavite direktno.", []string{"none"}, false},
	} {
		raw := "From: a@politie.nl\nSubject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n" + tt.text + "\n"
		r := a.Analyze(parse(t, raw))
		if !slices.Equal(r.Process, tt.want) || r.Facts.EmergencyExplained != tt.explained {
			t.Errorf("%q: process %v explained %v, want %v %v", tt.text, r.Process, r.Facts.EmergencyExplained, tt.want, tt.explained)
		}
	}
}

// TestSecondReviewProbes: the second review's repros. A warrant at hand
// "limited to" some accounts, a new subpoena served beside "if you cannot
// do it under the earlier subpoena", "no paperwork yet" for another
// account or from us, compliance "being requested", a need for
// "confirmation of an emergency that …", an order "entered in case" of a
// bond, and a treaty request still to be sent in Czech and Croatian.
func TestSecondReviewProbes(t *testing.T) {
	a := newAnalyzer(t)
	sig := "\n\nSpecial Agent Jane Roe\nFBI Example Field Office\n(303) 555-0143\n"
	for _, tt := range []struct {
		from, text string
		want       []string
	}{
		{"a@fbi.gov", "The search warrant signed by Judge Amy Doe was served on your company by fax today. The warrant is limited to the first two accounts, example.com and example.net; please do not search the third." + sig, []string{"search_warrant"}},
		{"a@fbi.gov", "Your team responded to our grand jury subpoena for example.com in June. A second grand jury subpoena was served on your company today. If you cannot do it under the earlier subpoena, please process it under the new one." + sig, []string{"subpoena"}},
		{"a@fbi.gov", "The search warrant for example.com signed by Judge Amy Doe was served through your portal on Monday. I don't have any paperwork yet for the second account, so please only produce example.com." + sig, []string{"search_warrant"}},
		{"a@fbi.gov", "Expedited compliance with the search warrant for example.com is being requested by November 20, 2026. Please produce the records." + sig, []string{"search_warrant"}},
		{"a@fbi.gov", "I understand you need confirmation of an emergency that puts someone at risk before disclosing without process; there is none here, this is a fraud case. Could you send the subscriber records of example.com?" + sig, []string{"none"}},
		{"a@fbi.gov", "Per the order entered in case 26-CR-1044 (the defendant's bond conditions), he may not use the internet. Could you tell us who registered example.com?" + sig, []string{"none"}},
		{"a@policie.cz", "Žádáme o uchování údajů o example.cz. Žádost o právní pomoc bude zaslána později diplomatickou cestou.", []string{"preservation"}},
		{"a@mup.hr", "Molimo sačuvajte podatke za example.hr. Zamolnica za međunarodnu pravnu pomoć bit će upućena naknadno diplomatskim putem.", []string{"preservation"}},
		{"a@policie.cz", "Žádáme o uchování údajů o example.cz, a to až do doby, než Vám bude doručena žádost o právní pomoc.", []string{"preservation"}},
		{"a@policie.cz", "Žádáme o uchování údajů o example.cz. Žádost o právní pomoc bude do USA zaslána později.", []string{"preservation"}},
		// Session 27: a treaty request not sent yet, in Czech, Polish and
		// Croatian; one sent already stays.
		{"a@policie.cz", "Žádáme o uchování údajů o example.cz. Žádost o právní pomoc do USA dosud nebyla podána.", []string{"preservation"}},
		{"a@policja.gov.pl", "Prosimy o zabezpieczenie danych example.pl. Wniosek o pomoc prawną nie został jeszcze wysłany.", []string{"preservation"}},
		{"a@mup.hr", "Molimo sačuvajte podatke za example.hr. Zamolnica za međunarodnu pravnu pomoć još nije upućena.", []string{"preservation"}},
		{"a@policie.cz", "Žádáme o uchování údajů o example.cz. Žádost o právní pomoc byla do USA zaslána dne 2. 11. 2026.", []string{"preservation", "mlat"}},
		{"a@policja.gov.pl", "Prosimy o zabezpieczenie danych example.pl. Wniosek o pomoc prawną został przekazany do USA w październiku.", []string{"preservation", "mlat"}},
		{"a@policja.gov.pl", "Nie mamy postanowienia sądu ani wniosku o pomoc prawną. Prosimy o zabezpieczenie danych example.pl.", []string{"preservation"}},
		{"a@policja.gov.pl", "Procedura pomocy prawnej z USA trwa zwykle wiele miesięcy, dlatego prosimy o zabezpieczenie danych example.pl.", []string{"preservation"}},
		{"a@policja.gov.pl", "Nie przesyłamy wniosku o pomoc prawną; prosimy jedynie o zabezpieczenie danych example.pl.", []string{"preservation"}},
		{"a@kapo.example.ch", "Wir ersuchen um vorsorgliche Datensicherung für example.ch, bis Sie das förmliche Rechtshilfeersuchen erhalten.", []string{"preservation"}},
		// Session 27 review: a treaty request attached, with another thing
		// not yet done; one the provider is to review first.
		{"a@policie.cz", "V příloze zasíláme žádost o právní pomoc; pachatel zatím nebyl zadržen. Prosíme o uchování údajů o example.cz.", []string{"mlat", "preservation"}},
		{"a@lka.example.de", "Bitte sichern Sie die Daten zu example.de, bis Sie das beigefügte Rechtshilfeersuchen geprüft haben.", []string{"preservation", "mlat"}},
		{"a@kapo.example.ch", "Wir ersuchen um vorsorgliche Datensicherung für example.ch, bis Sie das förmliche Rechtshilfeersuchen erhalten. Eine Herausgabe erwarten wir erst gestützt auf das Rechtshilfeersuchen.", []string{"preservation"}},
		// Second review: still to come in a subordinate clause; a wider
		// gap before "erhalten"; Czech "not yet signed".
		{"a@kapo.example.ch", "Wir ersuchen um vorsorgliche Datensicherung für example.ch, bis Sie das förmliche Rechtshilfeersuchen erhalten. Eine Herausgabe erwarten wir erst gestützt auf das Rechtshilfeersuchen, sobald es von der Staatsanwaltschaft genehmigt wurde.", []string{"preservation"}},
		{"a@kapo.example.ch", "Wir ersuchen um vorsorgliche Datensicherung für example.ch, bis Sie das förmliche Rechtshilfeersuchen in den nächsten Wochen über das Bundesamt für Justiz erhalten.", []string{"preservation"}},
		{"a@policie.cz", "Prosíme o uchování údajů o example.cz. Žádost o mezinárodní právní pomoc ještě nebyla podepsána.", []string{"preservation"}},
	} {
		raw := "From: " + tt.from + "\nSubject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n" + tt.text + "\n"
		if r := a.Analyze(parse(t, raw)); !slices.Equal(r.Process, tt.want) {
			t.Errorf("process(%q) = %v, want %v", tt.text, r.Process, tt.want)
		}
	}
}
