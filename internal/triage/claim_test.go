package triage_test

import (
	"slices"
	"strings"
	"testing"
)

// TestUnlistedAgencies: agencies on no list that name themselves in their
// letter are law enforcement (unverified, held for review); a known agency
// claimed from another domain is not, and a unit's initials every police
// department uses ("CID") or a longer name that contains a known one
// ("Korean National Police Agency") is no claim to a known agency.
func TestUnlistedAgencies(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		name, from, body string
		class            string
		process          []string
	}{
		// Session 30: an officer signing with rank and agency, asking for
		// a call or in words we do not read as a request, writes as police.
		{"an officer on a town's domain asking for a call", "jo.roe@examplevilletx.gov",
			"I'm working a fraud case that involves a site using your certificates. Before I go through the legal process I'd like to talk with someone there. Could someone give me a call today?\n\nThanks,\n\nOfficer Jo Roe #417\nExampleville Police Department\n",
			"law_enforcement", []string{"none"}},
		{"a deputy's endangered missing adult from the sheriff's own .org", "d1234@examplecso.org",
			"Thanks for picking up. Missing endangered adult, 81, dementia, left home on foot this morning. The contact e-mail and the last IPs that touched example.net would show us which network he is near so we can search there.\n\nDeputy Jo Roe #1234\nExample County Sheriff's Office, District 3\n555-555-0121 cell\n",
			"law_enforcement", []string{"emergency"}},
		// Session 32: the rank on the signature's own line under a note
		// that names the department by its initials only.
		{"a patrol officer's short note asking for a call", "jo.roe@examplevillepd.gov",
			"Hi - I have a case (EPD 26-0001) where I think a site of one of your customers is used to scam people. Before I go the subpoena route I'd like to talk to someone about what you keep. Can somebody call me tomorrow?\nThanks\nPtl. Jo Roe\nExampleville PD\n",
			"law_enforcement", []string{"none"}},
		{"a town's clerk asking for a call", "jo.roe@examplevilletx.gov",
			"Could someone give me a call today about your certificates?\n\nThanks,\n\nJo Roe\nTown Clerk\nTown of Exampleville\n",
			"government_other", []string{"none"}},
		// Session 30 (round 62): a foreign police body's name with its
		// country's code after a hyphen on a .com; a US town's state code
		// so written is its own.
		{"a foreign police name with its country's code on a .com", "uce@policia-nacional-pt.com",
			"Solicitud de emergencia: un niño ha sido secuestrado y los secuestradores amenazan con matarle. Necesitamos los datos del dominio example.pt.\n\nInspector Jo Roe\nPolicía Nacional\n",
			"lookalike", []string{"emergency"}},
		{"a US town's police with its state's code", "jo.roe@examplevillejustice-il.org",
			"Attached is a subpoena issued by the Example County Circuit Court for the records of example.com.\n\nDet. Jo Roe\nExampleville Police Department\n555-555-0101\n",
			"law_enforcement", []string{"subpoena"}},
		// Session 30: a court named in the last paragraph of a short
		// letter, not in its signature, signs nothing.
		{"a parks department's counsel serving a court's civil subpoena", "jo.roe@parks.examplecounty.gov",
			"Example County's parks department has sued the operator of a fake booking site, example.com. Attached is a subpoena issued by the District Court for Example County in that civil case (CV-0001).\n\nPlease contact me with any questions.\n\nJo Roe\nLegal Counsel\nExample County Parks Department\n(555) 555-0193\n",
			"government_other", []string{"subpoena"}},
		{"a court's clerk signing for it", "jo.roe@courts.examplecounty.gov",
			"Attached is a subpoena for the records of example.com.\n\nJo Roe\nDeputy Clerk\nDistrict Court for Example County\n(555) 555-0193\n",
			"law_enforcement", []string{"subpoena"}},
		// Session 29: a health department's investigator is a
		// regulator's; a revenue department's criminal investigator is
		// law enforcement.
		{"a health department's investigator", "jo.roe@examplestate.gov",
			"Please find attached the Department's subpoena for the records of example.com.\n\nJo Roe\nInvestigator, Office of Investigations\nExample State Department of Health\nOffice: 555-555-0144\n",
			"government_other", []string{"subpoena"}},
		// Session 32: a labor department's wage-and-hour investigator.
		{"a labor department's wage-and-hour investigator", "jo.roe@examplestate.gov",
			"Attached is a subpoena duces tecum for the account records of example.com.\n\nJo Roe\nWage and Hour Investigator\nExample State Department of Labor, Wage and Hour Division\n(404) 555-0171\n",
			"government_other", []string{"subpoena"}},
		{"a revenue department's criminal investigator", "jo.roe@examplestate.gov",
			"Please find attached the grand jury subpoena for the records of example.com.\n\nJo Roe\nSpecial Agent, Criminal Investigations Division\nExample State Department of Revenue\nOffice: 555-555-0144\n",
			"law_enforcement", []string{"subpoena"}},
		{"a revenue department's criminal tax investigator", "jo.roe@examplestate.gov",
			"Please find attached the grand jury subpoena for the records of example.com.\n\nJo Roe\nInvestigator\nCriminal Tax Enforcement\nExample State Department of Revenue\nOffice: 555-555-0144\n",
			"law_enforcement", []string{"subpoena"}},
		// Session 28: a public defender's subpoena from a county's domain
		// is the defense's, not an agency's; a prosecutor's office on the
		// same kind of domain is one.
		{"a public defender's subpoena from a county's domain", "jo.roe@defender.examplecounty.gov",
			"IN THE SUPERIOR COURT OF EXAMPLE COUNTY\nSTATE v. DOE - Case No. 26-CR-0001\n\nSUBPOENA DUCES TECUM (DEFENSE)\nYOU ARE COMMANDED to produce the records of example.net.\nIssued by the Clerk of the Superior Court at the request of the Office of the Public Defender.\n\nJo Roe\nAssistant Public Defender\nExample County Office of the Public Defender\nDirect: 555-555-0149\n",
			"government_other", []string{"subpoena"}},
		{"a prosecutor's subpoena copied to the public defender", "jo.roe@da.examplecounty.gov",
			"IN THE SUPERIOR COURT OF EXAMPLE COUNTY\nSTATE v. DOE - Case No. 26-CR-0001\n\nSUBPOENA DUCES TECUM\nYOU ARE COMMANDED to produce the records of example.net.\nIssued by the Clerk of the Superior Court at the request of the District Attorney.\n\nJo Roe\nAssistant District Attorney\nExample County District Attorney's Office\nDirect: 555-555-0149\ncc: Alex Poe, Assistant Public Defender (counsel for defendant)\n",
			"law_enforcement", []string{"subpoena"}},
		{"a prosecutor's subpoena from a county's domain", "jo.roe@da.examplecounty.gov",
			"IN THE SUPERIOR COURT OF EXAMPLE COUNTY\nSTATE v. DOE - Case No. 26-CR-0001\n\nSUBPOENA DUCES TECUM\nYOU ARE COMMANDED to produce the records of example.net.\nIssued by the Clerk of the Superior Court at the request of the District Attorney.\n\nJo Roe\nAssistant District Attorney\nExample County District Attorney's Office\nDirect: 555-555-0149\n",
			"law_enforcement", []string{"subpoena"}},
		// Signatures written as one line: long, or run on after the
		// request behind "--"; a county's prosecutor by the office's
		// title; an officer by the abbreviation of the rank.
		{"a one-line signature of an agent on a department's domain", "jo.roe@usda.gov",
			"Please see the attached grand jury subpoena for the records of example.net.\n\nJo Roe, Special Agent, Example Office of Criminal Investigations, Tel. 202-555-0100\n",
			"law_enforcement", []string{"subpoena"}},
		{"a signature run on after the request", "jo.roe@usda.gov",
			"Please preserve under 18 U.S.C. 2703(f) all records of example.net for 90 days, pending legal process. -- Jo Roe, Special Agent, EXB Law Enforcement, Desk: 202-555-0101\n",
			"law_enforcement", []string{"preservation"}},
		// A private investigator who served in a police department once
		// claims no agency, neither by the prose line the department's
		// name wraps onto nor by introducing himself.
		{"a private investigator retired from a police department", "pat@example-roeinvestigations.com",
			"Hello,\n\nI am a licensed private investigator in Texas (retired from the Example City\nPolice Department after 20 years), retained by a family who lost money to\nexample.net. I would like the e-mail address and IP addresses of the account.\n\nBest regards,\n\nPat Roe\nRoe Investigations LLC\nLicensed Private Investigator\nCell: 214-555-0188\n",
			"other", []string{"none"}},
		{"a detective introducing herself with her department", "jo.roe@example-citypd.org",
			"Hello,\n\nI am a detective with the Example City Police Department, formerly of its\nburglary unit. Attached is a grand jury subpoena for the records of example.net.\n\nThanks,\nJo Roe\n",
			"law_enforcement", []string{"subpoena"}},
		// A department by its short form and initials; a prosecutor asking
		// in Spanish for "la información" without process.
		{"a detective's informal ask signed with his department's initials", "jo.roe@example-mpd.org",
			"Hey there,\n\nJo Roe, property crimes detective with Example Metropolitan PD. Could you shoot me the name and e-mail on the account behind example.net?\n\nThanks,\nDet. Jo Roe\nXMPD - Property Crimes\n",
			"law_enforcement", []string{"none"}},
		{"a prosecutor's voluntary request in Spanish", "ana.roe@example-fge.org.mx",
			"Me permito solicitar la información de registro de la cuenta example.mx; a la fecha no se cuenta con orden judicial.\n\nLic. Ana Roe\nAgente del Ministerio Público\nFiscalía General del Estado de Ejemplo\n",
			"law_enforcement", []string{"none"}},
		// A government office of another service (a library, a fire
		// department) writing as police from its own .gov domain; a
		// city's general domain may carry its police.
		{"a city library's domain signing as police", "desk@alhambralibraryca.gov",
			"This is an emergency: a student threatened on example.net to shoot classmates tomorrow. Please send the subscriber details now.\n\nOfficer Jo Roe\nExample City Police Department\n",
			"government_other", []string{"emergency"}},
		{"a city's water utility signing as police", "jo.roe@example-water.gov",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExample Police Department\n",
			"government_other", []string{"search_warrant"}},
		// The .gov registrant's name gives the service when the domain's
		// short name does not (a county library's initials); a city's own
		// domain, whose registrant also runs its water department, may
		// carry its police.
		{"a county library's short .gov signing as police", "jo.roe@auglibva.gov",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExample County Sheriff's Office\n",
			"government_other", []string{"search_warrant"}},
		{"a city's own domain, its registrant naming its water department too", "jo.roe@albanyky.gov",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExample City Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		// A federal library's own police; a fire department's arson
		// investigator.
		{"a federal library's police", "jo.roe@libraryofcongress.gov",
			"Attached is a search warrant for the records of example.com.\n\nOfficer Jo Roe\nLibrary of Congress Police\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a fire department's arson investigator", "jo.roe@avenalfd.gov",
			"Attached is a search warrant for the records of example.com.\n\nLt. Jo Roe, Fire Investigator\nExample Fire Department Arson Unit\n",
			"law_enforcement", []string{"search_warrant"}},
		// A sheriff's name glued to a place under .net, on no list: a
		// county whose government writes from .gov (albanycountyny.gov)
		// is dressed as; a place with no .gov name of its own is a small
		// office held as an agency on no list (session 27).
		{"a county sheriff's name under .net", "jo.roe@albanycountysheriff.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany County Sheriff's Office\n",
			"lookalike", []string{"search_warrant"}},
		// Session 27: the initials of the agency the letter signs for,
		// with an impostor's affix (a state's name inside a city's police
		// left out of them), or under .us where they are a registered
		// .gov name.
		{"the signed agency's initials with an affix", "jo.roe@esp-portal.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExampleland State Patrol\n",
			"lookalike", []string{"search_warrant"}},
		{"a city police's initials without its state, with an affix", "jo.roe@ecpd-legal.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExample City Missouri Police Department\n",
			"lookalike", []string{"search_warrant"}},
		// An agency's initials under .us beside its .gov: often its own
		// older domain, held as an agency on no list, never refused.
		{"a state police's initials under .us beside its .gov", "jo.roe@risp.us",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nRhode Island State Police\n",
			"law_enforcement", []string{"search_warrant"}},
		// Session 27 (round 52): a form's requester line longer than a
		// signature's; an agency's name ending "Dept.".
		{"a form's long requester line on a government's domain", "jo.roe@albanyky.gov",
			"SUBPOENA DUCES TECUM (CRIMINAL) Case No. CR26-0001\nYou are commanded to produce the subscriber records of example.com.\nRequesting investigator: Det. Jo Roe-Castellanos, Example County Sheriff's Office,\nCriminal Investigations Division, Financial Crimes.\n",
			"law_enforcement", []string{"subpoena"}},
		{"an agency's name ending in Dept. on a government's domain", "jo.roe@albanyky.gov",
			"Attached is a search warrant for the records of example.com.\n\nJo Roe\nCriminal Investigator, Example Nation Police Dept.\n",
			"law_enforcement", []string{"search_warrant"}},
		// Session 27 (round 53): a department's initials before its unit
		// sign for it; the GDPR's French initials do not.
		{"a police department's initials before its unit", "jo.roe@albanyky.gov",
			"Exigent circumstances request. Life at risk. Need subscriber info for example.com tonight.\n\nP.O. Jo Roe\nXPD Intelligence Fusion Center\n(414) 555-0175\n",
			"law_enforcement", []string{"emergency"}},
		{"a sheriff's office's initials before its unit", "jo.roe@examplesheriff.org",
			"Barricaded subject said he'll kill his ex-wife tonight; need the IPs for example.com now.\n\nDet Jo Roe\nXCSO Hostage Negotiation Team\nc 555-555-0148\n",
			"law_enforcement", []string{"emergency"}},
		{"a company's initials before a word of its trade", "jo.roe@example-solutions.com",
			"Please send the subscriber records of example.com; we need them for a client.\n\nJo Roe\nXSO Solutions Investigations Unit\n(555) 555-0100\n",
			"other", []string{"none"}},
		{"a generic police name under .net", "jo.roe@metropolitanpolice.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nMetropolitan Police Department\n",
			"lookalike", []string{"search_warrant"}},
		{"a police name under .net of a place with no .gov name", "jo.roe@examplevillepolice.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExampleville Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		// Session 32: a state's police or highway patrol spelled out
		// with the state's name outside .gov.
		{"a state highway patrol spelled out under .com", "jo.roe@iowastatehighwaypatrol.com",
			"Records Custodian,\nIn connection with ISHP investigation 26-0001, the Iowa State Highway Patrol requests that you preserve, under 18 U.S.C. 2703(f), all records relating to example.com.\n\nSgt. Jo Roe\nOffice of Investigative Services\nIowa State Highway Patrol\n406-555-0157\n",
			"lookalike", []string{"preservation"}},
		// Session 32: a force's initials joined to a place whose
		// government writes from .gov, under .us or .com; a place with no
		// .gov name of its own stays an agency on no list.
		{"a force's initials beside a place with a .gov name, under .us", "jo.roe@apd-albany.us",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"lookalike", []string{"search_warrant"}},
		{"a place with a .gov name before a force's initials, under .com", "jo.roe@albany-apd.com",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"lookalike", []string{"search_warrant"}},
		{"a force's initials beside a place with a .gov name and an errand word", "jo.roe@apd-albany-records.com",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"lookalike", []string{"search_warrant"}},
		{"a force's initials beside a place with no .gov name, under .us", "jo.roe@epd-exampleville.us",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExampleville Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		// Session 29: the police word before the place.
		{"a police word before a place with a .gov name, under .net", "jo.roe@policealbany.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"lookalike", []string{"search_warrant"}},
		{"a police word before a place with no .gov name, under .net", "jo.roe@policeexampleville.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExampleville Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a police word and 'of' before a place with a .gov name, under .net", "jo.roe@policeofalbany.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"lookalike", []string{"search_warrant"}},
		// Session 33: the police word first under .org or .com too; the
		// place first stays an agency on no list.
		{"a police word before a place with a .gov name, under .org", "jo.roe@policealbany.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"lookalike", []string{"search_warrant"}},
		{"a place with a .gov name before the police word, under .org", "jo.roe@albanypolice.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a sheriff's word before a place with a .gov name, under .org", "jo.roe@sheriffalbany.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nAlbany County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a police word before a place with no .gov name, under .org", "jo.roe@policeexampleville.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExampleville Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		// A county's initials before the word are a small office's own.
		{"a county's initials and a sheriff's word under .net", "jo.roe@bcsheriff.net",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nBirch County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a county sheriff's name under .org", "jo.roe@examplecountysheriff.org",
			"Attached is a search warrant for the records of example.com.\n\nDet. Jo Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		// Session 14 review: a past role before the present one; a French
		// officer's title line with a name's connectors.
		{"a retired medic, now a sergeant with a police department", "jroe@exampletwp.org",
			"I am a retired Army medic, now a sergeant with the Example Township Police Department. This is an emergency request: a 14-year-old girl was abducted this morning and the suspect posted on example.net that he will kill her. The IP logs will let us find her.\n\nJane Roe\n(217) 555-0143\n",
			"law_enforcement", []string{"emergency"}},
		{"a French judicial police officer's title line", "jperez@example-ville.fr",
			"Veuillez trouver ci-joint la réquisition pour les données de example.fr.\n\nJean Perez\nOfficier de police judiciaire de la police municipale de Villeneuve\n",
			"law_enforcement", []string{"subpoena"}},
		{"a private investigator, formerly a detective", "jroe@roe-investigations.example.com",
			"I am now a licensed private investigator, formerly a detective with the Example Police Department. Attached is a subpoena for the subscriber records of example.net.\n\nJane Roe\n(217) 555-0143\n",
			"other", []string{"subpoena"}},
		// Session 31: a reporter or a student writing about an agency's
		// investigation; a detective writing for one is still its own.
		{"a reporter covering an attorney general's investigation", "jo@example-gazette.com",
			"Hello,\n\nI'm reporting on the Example State Attorney General's inquiry into a charity site, example.org. I understand the office served subpoenas on several hosting companies. Did you receive one?\n\nThanks,\nJo Roe\nMetro Desk, The Example Gazette\n",
			"other", []string{"subpoena"}},
		{"a student researching police subpoenas", "jo@example-univ.edu",
			"I am a graduate student researching how the Example City Police Department serves subpoenas on providers for records. Could you share how many you received last year?\n\nJo Roe\n",
			"other", []string{"subpoena"}},
		{"a sergeant covering a shift for a police department", "jo.roe@example-village.org",
			"This is an emergency. I am a sergeant covering the overnight shift for the Example Village Police Department. A 16-year-old posted on example.net that she will take her own life before morning. Her login IPs will let us find her. Call me at 555-555-0101.\n\nJo Roe\n",
			"law_enforcement", []string{"emergency"}},
		{"a detective writing for a police department", "jo.roe@example-citypd.org",
			"I'm writing on behalf of the Example City Police Department. Attached is a subpoena for the records of example.net.\n\nJo Roe\n",
			"law_enforcement", []string{"subpoena"}},
		{"a private investigator working with a police department", "jroe@roe-investigations.example.com",
			"I am a private investigator and work closely with the Example Police Department. Attached is a subpoena for the subscriber records of example.net.\n\nJane Roe\n(217) 555-0143\n",
			"other", []string{"subpoena"}},
		{"a person's data request citing the RGPD", "jo@example-person.es",
			"Me dirijo a ustedes para ejercer mi derecho de acceso conforme al artículo 15\ndel Reglamento General de Protección de Datos (RGPD).\nSolicito una copia de todos los datos personales de la cuenta example.es y la supresión de los\ndatos que no sean necesarios (artículo 17\nRGPD).\n\nAtentamente,\n\nJo Roe\n",
			"other", []string{"data_subject_request"}},
		{"a retired Marine who serves as a deputy", "jo.roe@co.example.oh.us",
			"I am a retired Marine and serve as a deputy with the Example County Sheriff's Office. Attached is a subpoena for the records of example.net.\n\nJo Roe\n",
			"law_enforcement", []string{"subpoena"}},
		// Mail arrives with CRLF line ends: a letter without a forwarded
		// part is its own letter however its lines end, so a vendor's line
		// under the signature does not make it a company's forward.
		{"a detective's introduction over a mail vendor's line", "jo.roe@example-citypd.org",
			"Hello,\n\nI am a detective with the Example City Police Department. Attached is a grand jury subpoena for the records of example.net.\n\nThanks,\nJo Roe\nSent with Example Secure Mail Inc.\n",
			"law_enforcement", []string{"subpoena"}},
		{"an assistant county attorney", "jo.roe@examplecounty.us",
			"GRAND JURY SUBPOENA DUCES TECUM\n\nProduce the subscriber records of example.net.\n\nRequested by: Jo Roe, Assistant Example County Attorney\nDirect: 612-555-0102\n",
			"law_enforcement", []string{"subpoena"}},
		{"an officer signing with the rank abbreviated", "jroe@cityofexample.org",
			"Emergency: a man told his sister tonight he would shoot his children and himself, and posted from example.net an hour ago. We do not know where he is; the IP address of that login will let us find him.\n\nOfc. Jo Roe, Cell 918-555-0103\n",
			"law_enforcement", []string{"emergency"}},
		{"a relay company forwarding an agency's request", "intake@example-relay.net",
			"CaseLink is a records-request relay for small police departments. A partner agency submitted the emergency request below through our portal; send the records to this mailbox and we will relay them to the requesting officer.\n\n---------- Forwarded message ----------\nEmergency: a student posted that he will bring a rifle to school tomorrow from example.net; his IP address will let us find him tonight.\n\nDet. Jo Roe\nExample City Police Department\n",
			"other", []string{"emergency"}},
		{"an agency's initials spelt with look-alike letters", "det.roe@rnxso.org",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f). MXSO case 26-0001.\n\nDet. Jo Roe\nMaple County Sheriff's Office (MXSO)\n",
			"lookalike", []string{"preservation"}},
		{"an agency's initials with two letters swapped", "det.roe@mxos.org",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f).\n\nDet. Jo Roe\nMaple County Sheriff's Office (MXSO)\n",
			"lookalike", []string{"preservation"}},
		// An office phone's "Ofc." label is no officer's rank; a police
		// records unit that relays the records to its detective is the
		// police; a city's civil lawyer is no prosecutor.
		{"an office phone labelled 'Ofc.'", "jroe@records-desk.com",
			"Attached is a subpoena issued by the Superior Court of Example County for the records of example.net.\n\nJo Roe\nOfc. (213) 555-0100\n",
			"other", []string{"subpoena"}},
		{"an office phone labelled 'Ofc. Phone'", "jroe@records-desk.com",
			"I attached the court order issued by the Superior Court of Example County for the records of example.net.\n\nJo Roe\nRecords Coordinator\nOfc. Phone 212-555-0101\n",
			"other", []string{"court_order"}},
		{"a task force whose member agency sent it the subpoena", "jo.roe@exampleicac.org",
			"One of our member agencies, the Example City Police Department, submitted the attached grand jury subpoena to the task force for the records of example.net.\n\nDet. Jo Roe\nExample State ICAC Task Force\n",
			"law_enforcement", []string{"subpoena"}},
		{"a law firm's long greeting naming a detective", "paralegal@example-law.com",
			"Good Afternoon, Detective Lee of the Example City Police Department asked our firm to send you the attached court order for the records of example.net.\n\nPat Roe\nParalegal\n",
			"other", []string{"court_order"}},
		{"a long one-line signature whose rank runs on", "jroe@examplecountysheriff.org",
			"Attached is a search warrant for the records of example.net.\n\nJane Roe, Deputy Sheriff, Example County Sheriff's Office, 100 Main St, Exampleville, (312) 555-0100\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a trooper's abbreviated rank before a surname", "jroe@cityofexample.org",
			"Emergency: a man told his sister tonight he would shoot his children and himself, and posted from example.net an hour ago; the IP address of that login will let us find him.\n\nTpr. Roe, Badge 4411\n",
			"law_enforcement", []string{"emergency"}},
		{"a long one-line signature with a rank of two words", "jroe@examplecountysheriff.org",
			"Attached is a search warrant for the records of example.net.\n\nJane Roe, Detective Lieutenant, Example County Sheriff's Office, 100 Main St, Exampleville, (312) 555-0100\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a company's long signature with a liaison's title", "pat.roe@exampleholdings.com",
			"Attached is a subpoena issued by the Superior Court of Example County for the records of example.net.\n\nPat Roe, Inspector General Liaison, Example Holdings Corporation, 100 Main Street, Exampleville, (312) 555-0100\n",
			"other", []string{"subpoena"}},
		{"a police records unit relaying the records to its detective", "records@examplecitypd.org",
			"Attached is a search warrant issued by the Example County Circuit Court for the records of example.net. Please send the records to this mailbox and we will relay them to the requesting detective.\n\nRecords Unit\nExample City Police Department\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a city's civil lawyer", "jo.roe@ci.example.wa.us",
			"Enclosed is a subpoena duces tecum in Roe v. City of Example, Civil Division, for the records of example.net.\n\nJo Roe\nAssistant City Attorney\n",
			"government_other", []string{"subpoena"}},
		{"city police on .org with a unit's initials", "jo.doe@examplecitypd.org",
			"Last week I obtained a court order for the records of example-surf.example, attached.\n\nThanks,\nDet. Jo Doe\nExample City Police Department - CID, Fraud Detail\n808-555-0129\n",
			"law_enforcement", []string{"court_order"}},
		{"a detective's abbreviated rank", "r.roe@example-county.org",
			"Please find the attached search warrant for the records of seller@example.com.\n\nGracias,\n\nDet. Rosa Roe\nECSO - Property Crimes\n",
			"law_enforcement", []string{"search_warrant"}},
		{"another country's police whose name contains a known one", "kim@knpa.go.kr",
			"Under the mutual legal assistance treaty the court issued the attached order under 18 U.S.C. 3512 for example.kr.\n\nInspector Kim Min-jun\nKorean National Police Agency, Cyber Bureau\n",
			"law_enforcement", []string{"mlat", "court_order"}},
		{"a Czech court's order", "jan.novak@policie.gov.cz",
			"Okresní soud v Plzni vydal dne 2. 11. 2026 příkaz soudce k vydání údajů o účtu example.cz.\n\nS pozdravem\nnpor. Jan Novák\nPolicie České republiky\n",
			"law_enforcement", []string{"court_order"}},
		{"a Hungarian county police headquarters' signature", "kovacs.peter@example-rendorseg.hu",
			"Emergency disclosure request: an abducted child; the IP logs of example.hu will let us find her tonight.\n\nKovács Péter r. őrnagy\nBudapesti Rendőr-főkapitányság\n",
			"law_enforcement", []string{"emergency"}},
		{"a Portuguese inspector's signature", "ana.reis@example-judiciaria.pt",
			"Foi proferido despacho pelo Juiz de Instrução do Tribunal Central de Instrução Criminal, que autoriza a obtenção dos dados de example.pt.\n\nCom os melhores cumprimentos,\n\nAna Reis\nInspetora - Unidade de Cibercrime, Polícia Judiciária, Porto\n",
			"law_enforcement", []string{"court_order"}},
		{"a known agency named in the prose, wrapped onto a line of its own", "rui.sousa@example-judiciaria.pt",
			"Foi expedida carta rogatória, transmitida ao Office of International Affairs do\nU.S. Department of Justice.\nO tribunal emitiu uma ordem nos termos de 18 U.S.C. 3512 para example.pt.\n\nCom os melhores cumprimentos,\nRui Sousa\nInspetor-Chefe\nPolícia Judiciária\n",
			"law_enforcement", []string{"mlat", "court_order"}},
		{"a known agency named in the prose, its sentence going on after it on the same line", "luc.roy@spexemple.qc.ca",
			"Notre demande a été transmise par le ministère de la Justice du Canada au\nU.S. Department of Justice, Office of International Affairs. Celui-ci a obtenu\nune ordonnance de la United States District Court for the District of Columbia pour example.ca.\n\nLuc Roy\nSergent-détective\nService de police de l'Exemple\n",
			"law_enforcement", []string{"mlat", "court_order"}},
		{"a known city police writing from its city's own domain", "jo.roe@examplecityhall.com",
			"Attached is a subpoena for the records of example.net.\n\nDetective Jo Roe\nExample Police Department\n",
			"law_enforcement", []string{"subpoena"}},
		{"a known agency claimed on a signature line that goes on after a full stop", "agent@examplefreight.com",
			"Attached is a subpoena for the records of example.net.\n\nSpecial Agent Pat Roe, FBI Dallas Field Office. Desk line is 202-555-0143\n",
			"other", []string{"subpoena"}},
		{"a known agency with an article, claimed from a company's domain", "agent@examplelogistics.com",
			"Attached is a subpoena for the records of example.net.\n\nSpecial Agent Pat Roe\nThe Federal Bureau of Investigation\n",
			"other", []string{"subpoena"}},
		{"a known agency claimed from a company's domain", "agent@examplefreight.com",
			"Attached is a subpoena for the records of example.net.\n\nSpecial Agent Pat Roe\nFederal Bureau of Investigation\n",
			"other", []string{"subpoena"}},
		{"another country's public security police by its initials", "ana.roe@psp.gov.pt",
			"Ao abrigo do despacho proferido pelo Juízo de Instrução Criminal de Braga, solicitamos os dados de example.pt.\n\nAna Roe\nAgente Principal\nPSP - Comando Distrital de Braga\n",
			"law_enforcement", []string{"court_order"}},
		// A display name showing an address on another domain is a
		// disguise; a US county's sheriff writes from no other country's
		// domain.
		{"an agency's address in the display name over a shop's mailbox", "\"Det. Jo Roe <jo.roe@examplecounty.gov>\" <desk@example-shop.net>",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nExample County Sheriff's Office\n",
			"other", []string{"search_warrant"}},
		{"another country's police naming a US sheriff it works with", "jo.roe@examplecitypolice.ca",
			"This is an emergency. A 13-year-old was lured by a man on example.net who threatened to kill her; his IP logs will let us locate him. We are working the case jointly with the Example County Sheriff's Office.\n\nCst. Jo Roe\nExample City Police Service\n",
			"law_enforcement", []string{"emergency"}},
		{"a county's legacy address in its own display name", "\"Roe, Jane (jroe@examplecounty-legacy.gov)\" <jroe@bayfieldcountywi.gov>",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jane Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a process-service company signing for a district attorney", "dispatch@example-serve.net",
			"Example Serve LLC is the authorized electronic service agent of the Example County District Attorney's Office. A criminal subpoena for example.net is served through this notice.\n\nRequesting investigator:\nJo Roe, District Attorney Investigator\nExample County District Attorney's Office\n",
			"other", []string{"subpoena"}},
		{"an unlisted sheriff's emergency that threatens the provider", "deputy@examplecountyso.net",
			"EMERGENCY REQUEST. An armed man is holding two people hostage and threatened to shoot them; he runs example.net. I need the subscriber records now. If someone dies because your company sat on this, you will answer for it.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"lookalike", []string{"emergency"}},
		// A listed foreign agency's name from a third country's domain
		// stays an impersonation, held for review, even where that
		// country's own body has the same name: the letter cannot tell.
		{"another country's body named as a listed foreign agency", "jan.kral@example-minv.sk",
			"The National Crime Agency of the Example Police Force is investigating a\nfraud. The court order for example.sk is attached.\n\nkpt. Jan Kráľ\nMinistry of Interior\n",
			"other", []string{"court_order"}},
		{"a Spanish-speaking cybercrime unit's officer", "mf.ortiz@example-ssc.gob.mx",
			"Se adjunta la orden judicial para los datos de example.mx.\n\nATENTAMENTE\nSuboficial María Ortiz\nUnidad de Policía Cibernética\n",
			"law_enforcement", []string{"court_order"}},
		{"the Dutch fiscal investigation service", "j.dewit@example-fiod.nl",
			"In uitvoering van het rechtshulpverzoek heeft de rechter het bijgevoegde bevel afgegeven; de gegevens van example.nl worden gevraagd.\n\nMet vriendelijke groet,\nJoost de Wit\nFIOD - Team Cybercrime\n",
			"law_enforcement", []string{"mlat"}},
		// A proper name (Europol) claimed from a third country's domain is
		// an impersonation; a suspect's threat quoted in a real emergency and
		// "the service provider for" are no marks of an impostor.
		{"Europol claimed from a company's domain abroad", "j.devries@example-liaison.nl",
			"EMERGENCY. A child was abducted and the abductor runs example.net; the records will help us find her.\n\nJan de Vries\nEUROPOL - European Cybercrime Centre (EC3)\n",
			"other", []string{"emergency"}},
		{"an unlisted sheriff quoting the suspect's threat", "deputy@examplecountyso.org",
			"EMERGENCY REQUEST. A man texted his ex-wife: 'you will answer for what you did, tonight I come to your house with a gun'. He runs example.net. The subscriber records will help us locate him before tonight.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"emergency"}},
		{"an unlisted sheriff reporting a kidnapper's threat to the mother", "deputy@examplecountyso.org",
			"EMERGENCY REQUEST. A child was abducted; the kidnapper told the mother that if the child is hurt, you and your husband are responsible. He runs example.net. The subscriber records will help us locate him before tonight.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"emergency"}},
		{"a service agent claiming to serve for the FBI", "pat.roe@example-process.net",
			"Example Process LLC is the authorized service agent of the Federal Bureau of Investigation. Attached is a grand jury subpoena for example.net.\n\nSpecial Agent Pat Roe\nFederal Bureau of Investigation\n",
			"other", []string{"subpoena"}},
		{"a sheriff calling the provider the service provider", "deputy@examplecountyso.org",
			"Attached is a subpoena for example.net; your company is the service provider for the account.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"subpoena"}},
		{"prosecutors' association asking for a talk", "training@example-prosecutors.org",
			"Would someone from your team present at our course for prosecutors on how you handle subpoenas? We are not asking for any records; who runs your law enforcement desk?\n\nJo Roe\nProgram Manager\nNational District Attorneys Association\n",
			"other", []string{"none"}},
		{"a state's law-enforcement division from another country's domain", "agent@xled.sc",
			"Attached is a grand jury subpoena for the records of example.net.\n\nSpecial Agent Jo Roe\nSouth Carolina Law Enforcement Division\n",
			"lookalike", []string{"subpoena"}},
		{"a police officers' lodge is no police force", "counsel@example-fop.net",
			"Our members are being doxxed on example.net; who runs it?\n\nJo Roe, General Counsel\nFraternal Order of Police, Grand Lodge\n",
			"other", []string{"none"}},
		{"an agency's initials with an impostor's affix", "agent@xbi-records.com",
			"Attached is an administrative subpoena for the records of example.net.\n\nSA Jo Roe\nExample Bureau of Investigation (XBI)\n",
			"lookalike", []string{"subpoena"}},
		{"a county sheriff from another country's commercial zone", "cpl.roe@examplecso.com.mx",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nCpl. Jo Roe\nExample County Sheriff's Office, Florida\n",
			"lookalike", []string{"preservation"}},
		{"a county sheriff from a country's own zone under a code sold to anyone", "cpl.roe@examplecso.com.co",
			"The Example County Sheriff's Office requests that you preserve the records of example.net.\n\nCpl. Jo Roe\nEconomic Crimes, Example County Sheriff's Office\n",
			"lookalike", []string{"preservation"}},
		// A state's code before an agency's initials with an affix; a city's
		// domain written beneath an impostor's.
		{"a state's code and the agency's initials with an affix", "agent@txabc-secure.org",
			"EXAMPLE BUREAU OF CRIMINAL APPREHENSION\nABC Case: 26-1\n\nAttached is a grand jury subpoena for the records of example.net.\n\nSA Jo Roe\nExample Bureau of Criminal Apprehension\n",
			"lookalike", []string{"subpoena"}},
		// The state's initial leading the agency's initials ("THP" of
		// Texas Highway Patrol) behind the state's code and an affix.
		{"a state's code for the state's initial of the agency's initials", "lt.roe@txhp-us.com",
			"Attached is a search warrant for the records of example.net.\n\nLt. Jo Roe\nTexas Highway Patrol (THP)\nRef. THP-26-1\n",
			"lookalike", []string{"search_warrant"}},
		// A sheriff's name glued into a site builder's tenant.
		{"a sheriff's tenant of a business suite", "records@examplesheriff.odoo.com",
			"EMERGENCY. A man threatened to shoot his neighbours tonight; he posts on example.net. His IP will let us find him.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"lookalike", []string{"emergency"}},
		// Arresting the custodian threatened in an emergency.
		{"an emergency that threatens the custodian with arrest", "lt.roe@roe-consulting.net",
			"EMERGENCY. A trooper was shot tonight; the shooter posts on example.net. If the records are not here in 30 minutes we will seek the arrest of your custodian of records, and any further injury will be your company's responsibility.\n\nLt. Jo Roe\nExample State Patrol\n",
			"lookalike", []string{"emergency"}},
		{"a city's domain written beneath another", "warrants@police.examplecity.org.case-files.net",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nExample City Police Department\n",
			"lookalike", []string{"search_warrant"}},
		// The marks of a domain made to pass for an agency's.
		{"a sheriff's letter from a top-level domain no agency uses", "deputy@examplecountysheriff.online",
			"EMERGENCY. A child was abducted an hour ago; the abductor runs example.net. The IP logs will help us find her.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"lookalike", []string{"emergency"}},
		{"a police department's help-desk tenant", "pd-desk@examplecitypd-emergency.freshdesk.com",
			"EMERGENCY. A bomb threat against a school was posted on example.net at 07:10; the poster's IP will let us find him.\n\nSgt. Jo Roe\nExample City Police Department\n",
			"lookalike", []string{"emergency"}},
		{"a digit for a letter in the county's name", "da@ex4mpleco.org",
			"Attached is a court order for the records of example.net.\n\nADA Jo Roe\nExample County District Attorney's Office\n",
			"lookalike", []string{"court_order"}},
		{"a letter dropped from the county's name", "cid@ransomvilegov.com",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nRansomville County Sheriff's Office\n",
			"lookalike", []string{"search_warrant"}},
		{"the county's name as the letter spells it", "cid@ransomvillegov.com",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nRansomville County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		{"the agency's initials and its state's code with an affix", "det@le-ecponj.org",
			"Attached is a communications data warrant for the records of example.net.\n\nDet. Jo Roe\nExample County Prosecutor's Office (ECPO)\n",
			"lookalike", []string{"search_warrant"}},
		// A display name that names the office differently from its domain
		// is no disguise; a mention of a Canadian federal body is no claim.
		{"a district attorney's display name over its own initials' domain", "\"Example County District Attorney's Office\" <desk@brookda.example>",
			"Attached is a grand jury subpoena for the records of example.net.\n\nADA Jo Roe\nExample County District Attorney's Office\n",
			"law_enforcement", []string{"subpoena"}},
		{"a sheriff whose subject names a joint case with a Canadian federal body", "deputy@examplecountyso.org",
			"RE: Joint case with Royal Canadian Mounted Police\n\nPlease preserve the records of example.net under 18 U.S.C. 2703(f).\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"preservation"}},
		// Another country's ministry naming our FBI is no FBI office; a
		// digit that spells nothing of the letter's names is a number.
		{"a school police label claiming the FBI", "chief@police.exampleisd.k12.tx.us",
			"Attached is a subpoena for the records of example.net.\n\nSpecial Agent Pat Roe\nFederal Bureau of Investigation\n",
			"government_other", []string{"subpoena"}},
		{"a country's police under its own country code", "jo.roe@police.gouv.ml",
			"URGENCE – RISQUE VITAL. Un enfant a été enlevé ce matin; le ravisseur utilise example.net. Les adresses IP nous permettront de le localiser.\n\nCommissaire Jo Roe\nPolice nationale\n",
			"law_enforcement", []string{"emergency"}},
		{"another country's police of a listed foreign agency's name, in its own zone", "cib@example.gov.tw",
			"Under the mutual legal assistance agreement the court issued the attached order under 18 U.S.C. 3512 for example.tw.\n\nInspector Jo Roe\nNational Police Agency\n",
			"law_enforcement", []string{"mlat", "court_order"}},
		{"a government's word hyphenated onto a commercial domain", "desk@examplecitypd-gov.com",
			"EMERGENCY. A bomb threat against a school was posted on example.net at 07:10; the poster's IP will let us find him.\n\nSgt. Jo Roe\nExample City Police Department\n",
			"lookalike", []string{"emergency"}},
		{"a government zone's word in another language hyphenated onto a domain", "agent@exampleagence-gouv.ca",
			"Veuillez trouver ci-joint une ordonnance de communication pour example.ca.\n\nJo Roe\nSergent\nSûreté du Québec\n",
			"lookalike", []string{"court_order"}},
		{"a registered .gov name with an affix", "clerk@arcourts-secure.example",
			"Attached is a sealed order under 18 U.S.C. 2703(d) for the records of example.net.\n\nJo Roe\nDeputy Clerk\nCircuit Court of Example County\n",
			"lookalike", []string{"court_order"}},
		{"a state police's signature over a company's mailbox", "frontdesk@exampletown-hvac.example",
			"Attached is a 2703(d) order for the records of example.net.\n\nCpl. Jo Roe\nDelaware State Police - HTCU\n(302) 555-0100\n",
			"lookalike", []string{"court_order"}},
		// Session 29: the state's name whole beside the agency's words.
		{"a state police named whole on a domain anyone can register", "tpr.roe@delawarestatepolice.example",
			"Attached is a 2703(d) order for the records of example.net.\n\nTpr. Jo Roe\nDelaware State Police\n",
			"lookalike", []string{"court_order"}},
		{"a state police under its state's own name", "tpr.roe@dsp.delaware.example",
			"Attached is a 2703(d) order for the records of example.net.\n\nTpr. Jo Roe\nDelaware State Police\n",
			"law_enforcement", []string{"court_order"}},
		// Session 29 review: the same under .us itself, with "pd", and a
		// police word with "of" before the place under .net.
		{"a state police named whole under .us itself", "tpr.roe@delawarestatepolice.us",
			"Attached is a 2703(d) order for the records of example.net.\n\nTpr. Jo Roe\nDelaware State Police\n",
			"lookalike", []string{"court_order"}},
		{"a state police with pd on a domain anyone can register", "tpr.roe@delawarestatepd.example",
			"Attached is a 2703(d) order for the records of example.net.\n\nTpr. Jo Roe\nDelaware State Police\n",
			"lookalike", []string{"court_order"}},
		{"a state police on a domain of its initials", "tpr.roe@exsp.example",
			"Attached is a 2703(d) order for the records of example.net.\n\nTpr. Jo Roe\nDelaware State Police\n",
			"law_enforcement", []string{"court_order"}},
		{"a Nordic agency's name with its ø as the domain writes it", "post@miljokrim.example",
			"Attached is a court order for the records of example.no.\n\nKari Nordmann\nPolitiet – Miljøkrim\n",
			"law_enforcement", []string{"court_order"}},
		{"a county's name with a doubled letter", "cid@marlowwecountysheriff.example",
			"EMERGENCY. A child was abducted an hour ago; the abductor runs example.net. The IP logs will help us find her.\n\nDet. Jo Roe\nMarlowe County Sheriff's Office\n",
			"lookalike", []string{"emergency"}},
		{"a state's locality zone written beneath another domain", "deputy@sheriff.co.example.tx.us.case-files.example",
			"EMERGENCY. A child was abducted an hour ago; the abductor runs example.net. The IP logs will help us find her.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			"lookalike", []string{"emergency"}},
		// Session 25: a department's short initials beside two portal words.
		{"a police department's initials beside a records portal's words", "no-reply@xypd-records-portal.com",
			"XY POLICE DEPARTMENT\nLegal Process Delivery Portal\n\nA search warrant has been delivered to your organization for example.net. Log in to acknowledge it.\n\nRequesting officer: Det. Jo Roe, (305) 555-0100\n",
			"lookalike", []string{"search_warrant"}},
		{"a police department on a free country code", "desk@examplecitypd.tk",
			"EMERGENCY. A child was abducted an hour ago; the abductor runs example.net. The IP logs will help us find her.\n\nSgt. Jo Roe\nExample City Police Department\n",
			"lookalike", []string{"emergency"}},
		{"a region's number in a police domain", "det@region4police.example",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nDet. Jo Roe\nRegion 4 Police Department\n",
			"law_enforcement", []string{"preservation"}},
		{"a city's name with its umlaut spelled out", "jo.roe@zuerich.example",
			"The attached court order asks for the records of example.ch.\n\nJo Roe\nStadtpolizei Zürich\n",
			"law_enforcement", []string{"court_order"}},
		{"a sheriff's display name over its own spelled-out domain", "\"ECSO Criminal Investigations\" <cid@examplecountysheriff.com>",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nDet. Jo Roe\nExample County Sheriff's Office\n",
			"law_enforcement", []string{"preservation"}},
		{"a European customs service", "aino.roe@example-tulli.fi",
			"On 25.9.2026 the District Court of Example authorised the obtaining of identification and traffic data for example.fi.\n\nAino Roe\nSenior Customs Inspector\nFinnish Customs (Tulli)\n",
			"law_enforcement", []string{"court_order"}},
		{"a city police sergeant's one-line signature with a dash", "jo.roe@ville.example.qc.ca",
			"Vous trouverez ci-joint l'ordonnance rendue en vertu du 18 U.S.C. § 3512 pour example.ca.\n\nJo Roe\nSergent-détective\nService de police de la Ville d'Exemple – Division des enquêtes, crimes économiques et financiers\n",
			"law_enforcement", []string{"court_order", "mlat"}},
		{"an ordinal in a prosecutor's domain is no disguised letter", "ada@sao9th.org",
			"Attached is an investigative subpoena for the records of example.net.\n\nJo Roe\nInvestigator\nOffice of the State Attorney, Ninth Judicial Circuit\n",
			"law_enforcement", []string{"subpoena"}},
		{"a city's accented name as its domain spells it", "jo.roe@ville.exemple.example",
			"Vous trouverez ci-joint l'ordonnance rendue en vertu du 18 U.S.C. § 3512 pour example.ca.\n\nJo Roe\nSergent-détective\nService de police de la Ville d'Exemplé\n",
			"law_enforcement", []string{"court_order", "mlat"}},
		// A public school's domain is a government's, but no agency's
		// other home: a known agency claimed from it is an impersonation.
		{"a known agency claimed from a public school's domain", "pat.roe@hs.example.k12.ny.us",
			"Attached is a subpoena for the records of example.net.\n\nSpecial Agent Pat Roe\nFederal Bureau of Investigation\n",
			"government_other", []string{"subpoena"}},
		{"a public school asking who runs a site", "jo.roe@hs.example.k12.ny.us",
			"Students are being bullied on example.net. Could you tell me who the account belongs to?\n\nJo Roe\nAssistant Principal\nExample High School\n",
			"government_other", []string{"none"}},
		// Police asking informally whose an account is are police.
		{"a city detective asking whose account a site is under", "jo.roe@alfordma.gov",
			"A shop was scammed by example.net. It is not worth a subpoena; could you just tell me whose account that site is under and what e-mail you have for them?\n\nDet. Jo Roe\nExample City Police Department\n617-555-0101\n",
			"law_enforcement", []string{"none"}},
		{"a city detective asking who has the account", "jo.roe@alfordma.gov",
			"A shop was scammed by example.net. Could you tell me informally who has the account for that site and the e-mail on file?\n\nDet. Jo Roe\nExample City Police Department\n617-555-0101\n",
			"law_enforcement", []string{"none"}},
		// A department named on a wrapped line of prose is no claim.
		{"a foreign police whose prose names its justice department", "det.roe@exampleregionalpolice.ca",
			"Example Regional Police is investigating a fraud. The request went through the central authority\nof the Department of Justice Canada, a request made under the mutual legal\nassistance treaty. The attached order of the United States District Court for the District of Example under 18 U.S.C. 3512 requires production of the records of example.net.\n\nDet. Jo Roe\nFraud Unit, Example Regional Police\n",
			"law_enforcement", []string{"mlat", "court_order"}},
		// A US Attorney's Office writes only from the Department of
		// Justice's domain.
		{"a US Attorney's Office signing from a company's domain", "gj@consolidated-legal.com",
			"We transmit a federal grand jury subpoena for the records of example.net.\n\nAUSA Jo Roe\nUnited States Attorney's Office, District of Example\n",
			"other", []string{"subpoena"}},
		// A known agency in the introduction a sentence wraps; a police
		// letter that passes on an AUSA's block; a quoted threat.
		{"a company's mailbox claiming the FBI in a wrapped introduction", "john.roe@example.com",
			"Hello,\n\nMy name is Special Agent John Roe of\nthe Federal Bureau of Investigation and I am serving the attached\ngrand jury subpoena for the records of example.net.\n\nJohn Roe\n",
			"other", []string{"subpoena"}},
		{"a task force officer passing on the AUSA's block", "jo.roe@examplepd.org",
			"Attached is a federal grand jury subpoena for the records of example.net. Questions about it may go to:\n\nAUSA Mary Poe\nUnited States Attorney's Office\nDistrict of Example\n\nDet. Jo Roe\nExample Police Department\n",
			"law_enforcement", []string{"subpoena"}},
		{"an emergency quoting the suspect's threat", "jo.roe@examplepd.org",
			"EMERGENCY. The suspect wrote to the girl: \"If you tell the police, any harm to your family will be your responsibility.\" He runs example.net; his IP will let us find her today.\n\nDet. Jo Roe\nExample Police Department\n",
			"law_enforcement", []string{"emergency"}},
		// Foreign bodies named in their own languages: a Hungarian
		// investigation bureau, a prosecutor's attaché in Spanish.
		{"a Hungarian investigation bureau's officer", "kovacs.anna@iroda.example.hu",
			"Based on our request for mutual legal assistance, the U.S. Department of Justice obtained the attached order of the United States District Court for the District of Example for the records of example.net.\n\nKovács Anna r. százados\nKözponti Nyomozó Iroda, Informatikai Osztály\n",
			"law_enforcement", []string{"mlat", "court_order"}},
		{"a prosecutor's attaché signing in Spanish", "jo.roe@fiscalia.example.mx",
			"Emergencia: un menor fue secuestrado anoche y los captores usan example.net para exigir el rescate; las IP de la cuenta permitirán ubicarlos hoy.\n\nJo Roe\nAgregado de la Fiscalía General del Estado\n",
			"law_enforcement", []string{"emergency"}},
		{"a city officer asking who's behind a site", "jo.roe@cityofexample.com",
			"A few people paid example.net for tickets and got nothing. Any chance you could tell me who's behind it?\n\nOfc. Jo Roe\nExample Police Department\n",
			"law_enforcement", []string{"none"}},
		// A request form names its agency and officer in labelled fields;
		// a form filled by another office names none.
		{"a tribal police form's labelled agency field", "jo.roe@usda.gov",
			"EMERGENCY DISCLOSURE REQUEST\n\nAgency: Example Nation Police Department, Exampleville\nCase: XPD 26-0412\n\nSummary of the emergency: a 16-year-old girl has been missing since last night; she wrote that she will kill herself.\n\nRequesting officer: Jo Roe\nCell (520) 555-0163\n",
			"law_enforcement", []string{"emergency"}},
		{"a form's requesting officer with a rank", "jo.roe@usda.gov",
			"EMERGENCY DISCLOSURE REQUEST\n\nSummary of the emergency: a 16-year-old girl has been missing since last night; she wrote that she will kill herself.\n\nRequesting officer: Lt. Jo Roe, Criminal Investigations\nCell (520) 555-0163\n",
			"law_enforcement", []string{"emergency"}},
		{"a rank written as a form's label", "jo.roe@usda.gov",
			"Attached is an investigative subpoena for the records of example.net.\n\nInvestigator: Jo Roe\nFraud Division\nTelephone: 202-555-0101\n",
			"law_enforcement", []string{"subpoena"}},
		{"a prosecutor's letter from a dental office's domain", "office@example-eastside-dental.com",
			"Attached is a grand jury subpoena for the records of example.net.\n\nJo Roe\nDeputy Prosecuting Attorney\nExample County Prosecutor's Office\n",
			"other", []string{"subpoena"}},
		{"a form filled by a parks office", "jo.roe@usda.gov",
			"Summary of the emergency: a 16-year-old girl has been missing since last night; she wrote that she will kill herself.\n\nRequested by: Jo Roe, Program Analyst\nOffice: Example Department of Parks\n",
			"government_other", []string{"emergency"}},
		// A government subdomain of initials in a police office's shape
		// ("…pd") is read by the letter: an office of another service
		// signing with its department's name, or police. A body named for
		// the preservation of something else asks for no preservation.
		{"a housing department's initials asking about a scam site", "jo.roe@epd.usda.gov",
			"Hello,\n\nA website at example.net imitates our rental assistance program and charges applicants a fee. Could you share the name and e-mail on the account so we can stop it?\n\nThank you,\n\nJo Roe\nDirector, Fraud Prevention Unit\nExample Department of Housing Preservation and Development\n",
			"government_other", []string{"none"}},
		{"a sheriff's initials signed by its analyst for the Office of the Sheriff", "jo.roe@xso.usda.gov",
			"Please preserve all records of example.net under 18 U.S.C. 2703(f) for 90 days, case 26-0412.\n\nJo Roe\nCrime Analyst\nOffice of the Sheriff\n(707) 555-0143\n",
			"law_enforcement", []string{"preservation"}},
		{"the same initials signed by a police detective", "jo.roe@epd.usda.gov",
			"Attached is a grand jury subpoena for the records of example.net.\n\nDet. Jo Roe\nExample Police Department\n",
			"law_enforcement", []string{"subpoena"}},
		{"a historic preservation office preserving nothing of ours", "jo.roe@usda.gov",
			"Hello,\n\nSomeone registered example.net with our logo. Who owns it?\n\nJo Roe\nState Historic Preservation Office\n",
			"government_other", []string{"none"}},
		{"police asking to preserve, from a historic preservation district", "jo.roe@examplepd.org",
			"Please preserve all records of example.net under 18 U.S.C. 2703(f); the suspect ran his scam from the Landmarks Preservation district office.\n\nDet. Jo Roe\nExample Police Department\n",
			"law_enforcement", []string{"preservation"}},
		// Foreign police, prosecutors and ministries that name themselves
		// only in their own language, asking in it, from their government's
		// zone or their country's own domain; a tax office so asking, or a
		// police name from a company's .com, is no agency.
		{"a ministry of public security's letterhead in Vietnamese", "p3@example-bca.gov.vn",
			"BỘ CÔNG AN\nCỤC CẢNH SÁT ĐIỀU TRA\n\nĐề nghị Quý Công ty cung cấp dữ liệu đăng ký của tên miền example.vn.\n\nNguyễn Văn An\n",
			"law_enforcement", []string{"none"}},
		{"an interior ministry's police directorate in Croatian", "i.horvat@example-pu-zagreb.hr",
			"Poštovani,\n\nmolimo dostavu podataka o korisniku domene example.hr.\n\nS poštovanjem,\nIvo Horvat\nPolicijska uprava Zagrebačka\nMinistarstvo unutarnjih poslova\n",
			"law_enforcement", []string{"none"}},
		// Session 25: a Dutch-speaking prosecution service, an interior
		// ministry by its Latin initials.
		{"a prosecution service in Dutch", "j.jansen@example-om.cw",
			"Geachte heer, mevrouw,\n\nGraag ontvangen wij de registratiegegevens van het domein example.cw.\n\nHoogachtend,\nmr. Jan Jansen\nOfficier van Justitie\nOpenbaar Ministerie\n",
			"law_enforcement", []string{"none"}},
		{"an interior ministry by its Latin initials", "d.petrovic@example-mup.ba",
			"Poštovani,\n\nmolimo dostavu podataka o korisniku domene example.ba.\n\nS poštovanjem,\nDragana Petrović\ninspektor\nMUP Republike Srpske\n",
			"law_enforcement", []string{"none"}},
		// Session 25: a prosecution service signing above a US court's
		// order pasted under its letter; a ministry of justice in Turkish;
		// a judicial police in French; a public prosecutor in Arabic.
		{"a prosecution service signing above a pasted order", "sadarbiba@example.gov.lv",
			"Labdien!\n\nLūdzam datus par example.lv saskaņā ar pievienoto rīkojumu.\n\nAr cieņu\nStarptautiskās sadarbības nodaļa\nLatvijas Republikas Ģenerālprokuratūra\nTālr. +371 67 000 100\n\nUNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF EXAMPLE\nIN RE REQUEST FROM LATVIA FOR ASSISTANCE IN A CRIMINAL MATTER\nMisc. No. 26-mc-0001\nORDER\nThe provider shall produce non-content records for example.lv.\nUnited States Magistrate Judge\n",
			"law_enforcement", []string{"mlat"}},
		{"a ministry of justice in Turkish", "b.demir@example.gov.tr",
			"Sayın yetkili,\n\nexample.com.tr alan adının kayıt bilgilerini ve IP adreslerini (IP logs) rica ederiz.\n\nBurak Demir\nDaire Başkanı\nT.C. Adalet Bakanlığı\n",
			"law_enforcement", []string{"none"}},
		{"a judicial police in French", "n.tazi@example.gov.ma",
			"Bonjour,\n\nService préfectoral de la police judiciaire.\n\nJe vous saurais gré de me communiquer les données du domaine example.ma.\n\nBien à vous,\nNadia Tazi\n",
			"law_enforcement", []string{"none"}},
		{"a public prosecutor's office in Arabic", "h.fouad@example.gov.eg",
			"السادة المحترمون،\n\nنرجو تزويدنا ببيانات تسجيل النطاق example.eg.\n\nوتفضلوا بقبول وافر الاحترام،\nهشام فؤاد\nمكتب النائب العام\n",
			"law_enforcement", []string{"none"}},
		{"a police division in Thai", "somchai@example-tcsd.go.th",
			"ขอความร่วมมือส่งข้อมูลผู้ลงทะเบียนโดเมน example.th\n\nขอแสดงความนับถือ\nสมชาย ใจดี\nกองบังคับการตำรวจสืบสวน\n",
			"law_enforcement", []string{"none"}},
		{"an interior ministry by its Cyrillic initials", "g.ivanov@example-gdnp.bg",
			"Моля, предоставете данни за регистрацията на домейна example.bg.\n\nГеорги Иванов\nГДНП – МВР\n",
			"law_enforcement", []string{"none"}},
		{"a prosecution service in Lithuanian", "r.petraitis@example-prok.lt",
			"Prašome pateikti domeno example.lt registracijos duomenis.\n\nPagarbiai\nRimas Petraitis\nGeneralinė prokuratūra\n",
			"law_enforcement", []string{"none"}},
		{"a tax office asking in Croatian", "a.babic@example-porezna.hr",
			"Poštovani,\n\nmolimo dostavu podataka o korisniku domene example.hr.\n\nS poštovanjem,\nAna Babić\nPorezna uprava, Područni ured Split\n",
			"other", []string{"none"}},
		// A domain suffix hyphenated into the name, a state's name glued
		// to the agency's initials, a skip-tracing business's footer: an
		// agency's letter in disguise. A task force named in the prose and
		// again in the signature claims by the signature; a sentence that
		// wraps to start with an agency's name claims nothing.
		{"a domain suffix hyphenated into a task force's name", "legal@exampletaskforce-org.com",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nExample State ICAC Task Force\n",
			"lookalike", []string{"search_warrant"}},
		{"a state's name glued to the initials the letter signs with", "jo.roe@ohiobci.us",
			"The Ohio BCI has issued the attached subpoena for the records of example.net.\n\nJo Roe, Investigator\nOhio BCI - Criminal Investigations\n",
			"lookalike", []string{"subpoena"}},
		{"a state's name glued to the initials of the office's name", "jo.roe@ohiooag.us",
			"Attached is an administrative subpoena for the records of example.net.\n\nJo Roe\nSpecial Agent\nOffice of the Attorney General of Ohio\n",
			"lookalike", []string{"subpoena"}},
		{"a county's initials glued before its state's name", "jo.roe@xcohio.org",
			"Attached is a subpoena for the records of example.net.\n\nDet. Jo Roe\nXC Sheriff's Office\n",
			"law_enforcement", []string{"subpoena"}},
		{"an agency's initials hyphened before its state's name", "jo.roe@bci-ohio.us",
			"Attached is a subpoena for the records of example.net.\n\nJo Roe, Investigator\nOhio BCI - Criminal Investigations\n",
			"lookalike", []string{"subpoena"}},
		// Towns bear states' names: their police's domains are no
		// state agency's initials.
		{"a town named like a state, with its police's initials", "jo.roe@washingtonpd.org",
			"Attached is a grand jury subpoena for the records of example.net, issued by the Washington County Superior Court.\n\nDet. Jo Roe\nWashington Police Department\n",
			"law_enforcement", []string{"subpoena"}},
		{"an agency's letter through a skip-tracing business", "intake@example-tracedesk.com",
			"This is Det. Jo Roe with the Example City Police Department. We have no subpoena yet; please send the subscriber records of example.net.\n\nDet. Jo Roe\nExample City Police Department\n\n--\nSent via Example Request Desk | Skip tracing - asset location - background reports\n",
			"other", []string{"none"}},
		{"a detective whose prose mentions a background check", "jo.roe@examplecitypd.org",
			"We ran a background check on the suspect. Attached is a subpoena for the records of example.net.\n\nDet. Jo Roe\nExample City Police Department\n",
			"law_enforcement", []string{"subpoena"}},
		{"a task force named in the prose, then signing", "legal@exampleicac.org",
			"Attached is a search warrant for the records of example.net. The affiant is Det. Jo Roe, assigned\nto the Example State ICAC Task Force. He can be reached at 602-555-0108.\n\nExample State ICAC Task Force - Legal Process Unit\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a sentence wrapped to start with an agency's name", "jo.roe@vital.example-state.gov",
			"I manage complaints for the Example Department of Health. Could you tell us who holds the account of example.net? We would like to refer the matter to the\nAttorney General's consumer protection section. Our reference is HC-1.\n\nJo Roe\nCustomer Services Manager\nExample Department of Health\n",
			"government_other", []string{"none"}},
		{"a prosecutor of the Republic in Portuguese", "a.silva@example-mp.pt",
			"Junto se remete a carta rogatória expedida pelo tribunal, relativa a example.pt.\n\nCom os melhores cumprimentos,\n\nAna Silva\nProcuradora da República\nDepartamento Central de Investigação e Ação Penal\n",
			"law_enforcement", []string{"mlat"}},
		{"a public security directorate in Arabic", "m.ali@example-psd.gov.jo",
			"نرجو تزويدنا ببيانات تسجيل النطاق example.jo\n\nالنقيب محمد علي\nمديرية الأمن العام\n",
			"law_enforcement", []string{"none"}},
		// Session 21 review: a police unit's name is no data broker's
		// trade; a lawyer serving a foreign court's civil letter rogatory
		// is no agency; a municipal enterprise's Russian initials and a
		// company named "Polis" are no police.
		{"a police unit named for asset recovery", "jo.roe@examplecitypd.org",
			"Please preserve all records for example.net pursuant to 18 U.S.C. 2703(f).\n\nSgt. Jo Roe\nSpecial Investigations / Asset Recovery\nExample City Police Department\n",
			"law_enforcement", []string{"preservation"}},
		{"a foreign lawyer serving a civil letter rogatory", "contact@avocats-example.fr",
			"Madame, Monsieur, en exécution de la commission rogatoire internationale ci-jointe, délivrée par le Tribunal judiciaire de Paris dans une procédure civile, nous vous prions de nous communiquer les données du titulaire du compte example.net.\n\nMaître Jean Dupont\nAvocat au Barreau de Paris\n",
			"other", []string{"mlat"}},
		{"a Russian municipal enterprise", "info@vodokanal-example.ru",
			"МУП «Водоканал» города Примерск\n\nПросим предоставить данные о владельце домена example.net.\n\nС уважением,\nИван Петров\nМУП «Водоканал»\n",
			"other", []string{"none"}},
		{"an interior ministry's name from a domain spelt with look-alike letters", "i.horvat@example-rnup.hr",
			"Poštovani,\n\nmolimo dostavu podataka o korisniku domene example.hr.\n\nS poštovanjem,\nIvo Horvat\nPolicijska uprava Zagrebačka\nMinistarstvo unutarnjih poslova\n",
			"other", []string{"none"}},
		{"a company named Polis", "info@polisdata-example.com.cy",
			"Please send us the registration data of example.net.\n\nRegards,\nAndreas Georgiou\nPolis Data Ltd\n",
			"other", []string{"none"}},
		// A form's "Case agent:" label before the rank, and a letterhead
		// whose parts a middle dot separates.
		{"a case agent's field on a department's domain", "legal-process@usda.gov",
			"Please preserve under 18 U.S.C. 2703(f) the records of example.net for 90 days.\n\nCase agent: Special Agent Jo Roe\nOffice: (303) 555-0148\n",
			"law_enforcement", []string{"preservation"}},
		{"a letterhead with middle dots", "legal-process@usda.gov",
			"Example Protective Service\nU.S. Department of Agriculture · Region 4 · Criminal Investigations Division\n\nPlease preserve under 18 U.S.C. 2703(f) the records of example.net for 90 days.\n\nOffice: (303) 555-0148\n",
			"law_enforcement", []string{"preservation"}},
		// An officer's introduction, her city's police named in its first
		// sentence, from the city's shared domain; a resident's so
		// introduced is no claim.
		{"an officer's introduction on a city's shared domain", "jo.roe@austintexas.gov",
			"EMERGENCY - possible overdose on a live stream\n\nThis is Officer Jo Roe, Example City Police Department. A man took a large handful of pills on a live stream and is not responding. Need the account e-mail and IPs for example.net so we can get medics to him.\n\nSent from my iPhone\n",
			"law_enforcement", []string{"emergency"}},
		{"a city clerk's introduction on a city's shared domain", "jo.roe@austintexas.gov",
			"This is Jo Roe, Example City Clerk's Office. Please send the owner of example.net.\n",
			"government_other", []string{"none"}},
		// Session 26: the initials an agency's name gives, and its
		// county's code (initials, "c", the state's code), misspelt in the
		// domain; the initials joined by a hyphen to a state or county
		// code; an agency's name as the display name over a company's
		// mailbox. A city's name joined to its state, and the initials
		// written plainly, are an agency's own.
		{"a sheriff's initials from its name, two letters swapped", "det.roe@brsco.org",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nBirch River County Sheriff's Office\n",
			"lookalike", []string{"search_warrant"}},
		{"a sheriff's initials from its name, written plainly", "det.roe@brcso.org",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nBirch River County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a county's code misspelt under a sheriff's label", "det.roe@sheriff.bocr.net",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f).\n\nDet. Jo Roe\nBirch County Sheriff's Office\n100 Main Street, Salem, Oregon 97301\n",
			"lookalike", []string{"preservation"}},
		{"a county's code written plainly under a sheriff's label", "det.roe@sheriff.bcor.net",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f).\n\nDet. Jo Roe\nBirch County Sheriff's Office\n100 Main Street, Salem, Oregon 97301\n",
			"law_enforcement", []string{"preservation"}},
		// Joined to its state's name or code alone: small offices do
		// (the review's probes); to its county's code, a copy.
		{"a sheriff's initials joined to its state's name", "det.roe@bcso-oregon.org",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f). BCSO case 26-0001.\n\nDet. Jo Roe\nBirch County Sheriff's Office\n",
			"law_enforcement", []string{"preservation"}},
		{"a sheriff's initials and a word joined to its state's code", "det.roe@bcsoweb-or.com",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f). BCSO case 26-0001.\n\nDet. Jo Roe\nBirch County Sheriff's Office\n",
			"law_enforcement", []string{"preservation"}},
		{"a sheriff's initials joined to its county's code", "det.roe@bcso-bcor.us",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f). BCSO case 26-0001.\n\nDet. Jo Roe\nBirch County Sheriff's Office\n100 Main Street, Salem, Oregon 97301\n",
			"lookalike", []string{"preservation"}},
		// The review's probes: a name whose initials run in another order
		// than its words; a task-force officer's display name over his
		// own office's domain; an impostor's own label in capitals.
		{"a sheriff's office named 'Office of the Sheriff'", "jo.roe@bcso.org",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nBirch County Office of the Sheriff\n",
			"law_enforcement", []string{"search_warrant"}},
		{"a task-force officer's display name over his office's domain", "\"Jo Roe (USMS TFO)\" <jo.roe@birchrivercountysheriff.org>",
			"Attached is a search warrant for the records of example.net.\n\nDet. Jo Roe\nBirch River County Sheriff's Office\n",
			"law_enforcement", []string{"search_warrant"}},
		{"an impostor printing its own label in capitals", "records@lawdesk.com",
			"Attached is a search warrant for the records of example.net.\n\nSA Jane Roe\nLAWDESK\nFederal Bureau of Investigation\n",
			"other", []string{"search_warrant"}},
		{"a city's name joined to its state's code", "det.roe@salem-or.org",
			"Please preserve the records of example.net for 90 days under 18 U.S.C. 2703(f). SPD case 26-0001.\n\nDet. Jo Roe\nSalem Police Department\n",
			"law_enforcement", []string{"preservation"}},
		{"a federal agency's name as the display name over a freight company", "\"Federal Bureau of Investigation\" <dispatch@examplefreight.com>",
			"Attached is a 2703(d) order for the records of example.net.\n\nDeputy U.S. Marshal Jo Roe\nFugitive Task Force, Eastern District\n",
			"other", []string{"court_order"}},
		{"an unlisted sheriff's name as its own display name", "\"Birch County Sheriff's Office\" <desk@birchcountysheriff.org>",
			"Attached is a 2703(d) order for the records of example.net.\n\nDeputy Jo Roe\nBirch County Sheriff's Office\n",
			"law_enforcement", []string{"court_order"}},
		// A firm sending a prosecution's subpoena as an agency's counsel is
		// not a litigant; a litigant's civil subpoena, and a defendant's
		// lawyer's subpoena in a criminal case, are.
		{"a firm as counsel to a sheriff, with a prosecution's subpoena", "jroe@roe-partners-law.com",
			"Our firm acts as outside counsel to the Birch County Sheriff's Office. Enclosed is a subpoena duces tecum in State of Oregon v. John Doe, Defendant, for the records of example.net; please send the records to this office.\n\nJo Roe\nRoe Partners LLP\n",
			"other", []string{"subpoena"}},
		{"a firm's civil subpoena", "jroe@roe-partners-law.com",
			"Enclosed is a subpoena duces tecum in the civil action Example Corp. v. John Doe, Defendant, for the records of example.net.\n\nJo Roe\nRoe Partners LLP\n",
			"other", []string{"civil_subpoena"}},
		{"a defendant's lawyer's subpoena in a criminal case", "jroe@roe-partners-law.com",
			"We represent the defendant in State of Oregon v. John Doe. Enclosed is a subpoena duces tecum for the records of example.net, Defendant's exhibit list attached.\n\nJo Roe\nRoe Partners LLP\n",
			"other", []string{"civil_subpoena"}},
		// A Gulf interior ministry's cybercrime department signing in
		// Arabic; an Uzbek interior ministry by its initials.
		{"a Gulf ministry's cybercrime department", "y.roe@moi.gov.kw",
			"وقد أذنت المحكمة الكلية بتاريخ 03/11/2026 بطلب بيانات example.com.kw.\n\nالملازم أول/ يوسف\nإدارة مكافحة الجرائم الإلكترونية\n",
			"law_enforcement", []string{"court_order"}},
		{"an Uzbek interior ministry by its initials", "j.roe@iiv.uz",
			"Samarqand shahar jinoyat ishlari bo'yicha sudining 03.11.2026 yildagi ajrimi asosida example.uz ma'lumotlarini so'raymiz.\n\nHurmat bilan,\nJasur Roe\ntergovchi, IIV Kiberxavfsizlik markazi\n",
			"law_enforcement", []string{"court_order"}},
		// A firm that forwards a police request inline signs above the
		// police's signature; an officer forwarding a company's letter
		// signs as the police. A professional company's "PLLC"; the
		// Secret Service written "U.S.".
		{"a firm forwarding a police emergency inline", "jroe@example-roe-law.com",
			"Our firm represents the family of a missing girl. I forward the department's emergency request below; please disclose to me the IPs of example.net.\n\nJo Roe\nRoe Partners PLLC\n\n---------- Forwarded message ---------\nFrom: Example City Police Department\n\nEmergency request under 18 U.S.C. 2702(b)(8): a juvenile is missing with an adult; the records of example.net will help locate her.\n\nExample City Police Department - Special Victims Unit\n",
			"other", []string{"emergency"}},
		{"an officer forwarding a company's letter inline", "jroe@examplecitypd.org",
			"Please preserve the records of example.net; the bank's report is below.\n\nDet. Jo Roe\nExample City Police Department\n\n---------- Forwarded message ---------\nFrom: Fraud Team\n\nWe report card fraud through example.net.\n\nExample Bank, Inc.\n",
			"law_enforcement", []string{"preservation"}},
		{"the Secret Service written with U.S. from a freight company", "dispatch@examplefreight.com",
			"Attached is a 2703(d) order for the records of example.net.\n\nVictor Roe\nSpecial Agent\nU.S. Secret Service - Example Field Office\n",
			"other", []string{"court_order"}},
		// A task force's own domain, named in its member agent's
		// signature; another body "of" a city whose police is listed.
		{"a federal agent on a task force's domain it signs with", "jroe@example-hidta.org",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nJo Roe\nSpecial Agent, Drug Enforcement Administration\nExample/Other HIDTA\n",
			"law_enforcement", []string{"preservation"}},
		{"a federal agent on a company's domain it does not sign with", "jroe@cyberdesk-mail.com",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nJo Roe\nSpecial Agent\nFederal Bureau of Investigation\nCyber Desk\n",
			"other", []string{"preservation"}},
		{"a university's police of a city whose police is listed", "jroe@examplecampus.org",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nOfficer Jo Roe\nUniversity of Chicago Police Department\n",
			"law_enforcement", []string{"preservation"}},
		{"the city's own name for a listed police, from a stranger's domain", "jroe@example-mail-desk.com",
			"Please preserve the records of example.net under 18 U.S.C. 2703(f).\n\nOfficer Jo Roe\nCity of Chicago Police Department\n",
			"other", []string{"preservation"}},
		{"a foreign police name from a company's .com", "desk@example-records.com",
			"Poštovani,\n\nmolimo dostavu podataka o korisniku domene example.hr.\n\nS poštovanjem,\nIvo Horvat\nPolicijska uprava Zagrebačka\n",
			"other", []string{"none"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dom := tt.from[strings.LastIndex(tt.from, "@")+1:]
			dom = strings.TrimSuffix(dom, ">")
			raw := "From: " + tt.from + "\n" + passed(dom) + "Subject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body
			r := a.Analyze(parse(t, raw))
			if r.Sender.Class != tt.class || !slices.Equal(r.Process, tt.process) {
				t.Errorf("class %s process %v, want %s %v\nevidence: %+v", r.Sender.Class, r.Process, tt.class, tt.process, r.Evidence)
			}
		})
	}
}

// TestCompanyForwardingAgency: a company's own letter, signed with its
// name, that forwards a detective's e-mail is the company's, not the
// agency's; an officer's short cover note over a forwarded clerk's
// e-mail is still the officer's.
func TestCompanyForwardingAgency(t *testing.T) {
	a := newAnalyzer(t)
	msg := func(from, cover, fwd string) string {
		_, d, _ := strings.Cut(from, "@")
		return "From: " + from + "\nTo: law-enforcement@provider.test\nAuthentication-Results: mx.provider.test; dkim=pass header.d=" + d + "; dmarc=pass header.from=" + d +
			"\nSubject: Fwd: records\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n" + cover +
			"\n--b\nContent-Type: message/rfc822\n\nFrom: Jo Roe <jo.roe@examplecity.gov>\nSubject: records\nContent-Type: text/plain\n\n" + fwd + "\n--b--\n"
	}
	fwd := "The suspect posted on example.net that he would come to the branch with a gun this Friday and named the manager. We need the IP addresses of the account.\n\nDet. Jo Roe\nExample City Police Department\n"
	for _, tt := range []struct{ name, from, cover, class string }{
		{"a consultancy forwarding a detective's request", "pat.roe@example-riskintel.com",
			"Hello,\n\nThe detective on the case asked us to obtain the records from you. Please send them to me and I will pass them on.\n\nPat Roe\nDirector of Investigations\nExample RiskIntel LLC\n", "other"},
		// The cover's prose wraps the agency's name onto a line of its
		// own; only the signature could name an agency of the writer's.
		{"a liaison company's cover naming the department in its prose", "pat.roe@example-liaison.com",
			"Good afternoon,\n\nWe act as liaison for small departments. Please see the request below from the Example Township\nPolice Department.\n\nPlease send the records to me and I will relay them.\n\nBest regards,\nPat Roe\nDirector, Law Enforcement Liaison Services\nExample Liaison Advisors, LLC\n", "other"},
		// The company's name with what it does after it on one line.
		{"a records-management company's cover signed 'X LLC - Legal Process'", "pat.roe@example-intake.com",
			"Hello,\n\nWe handle records requests for several departments. Please find below a request we received this morning; send the records to our intake address.\n\nBest regards,\n\nPat Roe\nClient Operations Manager\nExample Intake Solutions LLC - Legal Process Management\n", "other"},
		{"the same with a bar", "pat.roe@example-intake.com",
			"Hello,\n\nPlease find below a request we received this morning; send the records to our intake address.\n\nPat Roe | Example Intake Solutions, Inc. | Legal Process Desk\n", "other"},
		// A company's name in an agency's signature block does not make
		// the agency's own note a company's.
		{"an officer's cover signed with the agency over a vendor's line", "jo.roe@examplecitypd.org",
			"See the message below; please send the records to me.\n\nDet. Jo Roe\nExample City Police Department\nSent via Example Evidence Inc.\n", "law_enforcement"},
		{"an officer's own cover note", "jo.roe@examplecitypd.org",
			"See the message below; please send the records to me.\n\nJo Roe\n", "law_enforcement"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(parse(t, msg(tt.from, tt.cover, fwd)))
			if r.Sender.Class != tt.class {
				t.Fatalf("class %s, want %s", r.Sender.Class, tt.class)
			}
		})
	}
}

// TestRetiredOfficerClaimsNothing (session 27): a private investigator
// who signs as a retired detective of a department ("Det. (Ret.)
// Example PD") claims no agency: refused as a private party, not held as
// an impersonation.
func TestRetiredOfficerClaimsNothing(t *testing.T) {
	a := newAnalyzer(t)
	raw := "From: Jo Roe <jroe@roe-investigations.example.com>\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=roe-investigations.example.com\nSubject: Information request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" +
		"I have been retained by a client whose customers were defrauded by example.net. I am looking for the name of whoever set up the account for that site.\n\nJo Roe\nDet. (Ret.) Example PD\nRoe Investigations LLC\n"
	r := a.Analyze(parse(t, raw))
	if r.Facts.ClaimsAgency || r.Facts.Impersonation {
		t.Errorf("claims agency %v, impersonation %v; want neither", r.Facts.ClaimsAgency, r.Facts.Impersonation)
	}
}
