package triage

import (
	"strings"
	"testing"
)

// TestAuthorityWordings: the issuer read from captions in capitals,
// "under the authority of", a court-captioned subpoena, and an agency
// without the office that signed for it.
func TestAuthorityWordings(t *testing.T) {
	for _, tt := range []struct {
		text    string
		process []string
		want    string
	}{
		{"UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF VIRGINIA\nIN THE MATTER OF AN APPLICATION FOR AN ORDER PURSUANT TO 18 U.S.C. 2703(d)\nPlease produce records of example.com.",
			[]string{"court_order"}, "United States District Court for the Eastern District of Virginia"},
		{"Pursuant to a subpoena issued under the authority of the Office of the Attorney General of Texas, produce records.",
			[]string{"subpoena"}, "Office of the Attorney General of Texas"},
		{"The United States Attorney's Office for the District of Minnesota has issued the attached subpoena.",
			[]string{"subpoena"}, "United States Attorney's Office for the District of Minnesota"},
		{"SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO\nSEARCH WARRANT\nThe people of the State of California to any peace officer.",
			[]string{"search_warrant"}, "Superior Court of California, County of San Diego"},
		// Session 19: a subpoena duces tecum "from" its issuer, a court's
		// numbered division, a short form in prose over the signature's
		// full name.
		{"Please find a subpoena duces tecum from the Office of the District Attorney for the Fourth Judicial District for records of example.com.",
			[]string{"subpoena"}, "Office of the District Attorney for the Fourth Judicial District"},
		{"Attached is a search warrant signed by a judge of the 36-2 District Court, Example County, Michigan, for example.com.",
			[]string{"search_warrant"}, "36-2 District Court, Example County, Michigan"},
		{"EMERGENCY: a man has threatened to kill his neighbour tonight; his IP will help us find him.\n\nExample Police incident # 26-1234. Call me at any hour.\n\nDet. Jo Roe\nExample Police Department\nCyber Unit\n",
			[]string{"emergency"}, "Example Police Department"},
		// Session 32: a bare "Sheriff's Office" before an incident number
		// is no name beside the signature's; a French elision before
		// "United States District Court".
		{"EMERGENCY: a man has threatened to kill his neighbour tonight; his IP will help us find him.\n\nSheriff's Office incident 26-SO-0001.\n\nDeputy Jo Roe\nExample County Sheriff's Office\n",
			[]string{"emergency"}, "Example County Sheriff's Office"},
		{"L'Office of International Affairs a obtenu de l'United States District Court for the Eastern District of Example l'ordonnance ci-dessous pour example.com.",
			[]string{"mlat", "court_order"}, "United States District Court for the Eastern District of Example"},
		// Session 32: a city's "Division of Police" (as Ohio cities name
		// their police) is the force, not one of its units.
		{"EMERGENCY: a man has threatened to kill his neighbour tonight; his IP will help us find him.\n\nSgt. Jo Roe\nExample Division of Police, SWAT/Crisis\n614-555-0116\n",
			[]string{"emergency"}, "Example Division of Police"},
		{"EMERGENCY: a man has threatened to kill his neighbour tonight; his IP will help us find him.\n\nSgt. Jo Roe\nExample Police Department\nInvestigations Division\n",
			[]string{"emergency"}, "Example Police Department"},
		// Session 33: a subpoena called by its court's name; a state's
		// grand jury named with no court; a sheriff's unit of bare words
		// ("Criminal Investigations") is no issuer.
		{"Attached is an Example County Superior Court subpoena duces tecum for example.com.\n\nExample Police Department\nFraud Unit\n",
			[]string{"subpoena"}, "Example County Superior Court"},
		{"Please see the attached subpoena for example.com.\n\nSTATE OF NEVADA\nNEVADA STATE GRAND JURY\nSUBPOENA DUCES TECUM\nYou are commanded to produce the records below.\n",
			[]string{"subpoena"}, "Nevada State Grand Jury"},
		{"Please see the attached subpoena for example.com.\n\nIN AND FOR THE GRAND JURY OF EXAMPLE COUNTY\nEXAMPLE COUNTY GRAND JURY\nSUBPOENA DUCES TECUM\n",
			[]string{"subpoena"}, "Example County Grand Jury"},
		{"Pursuant to a subpoena, please provide the subscriber records of example.com.\n\nInv. Jo Roe\nExample Parish Sheriff's Office\nCriminal Investigations - Property Crimes\n",
			[]string{"subpoena"}, ""},
		// Session 33 review: a court's subpoena recalled or compared, a
		// grand jury in the story, are not the issuer.
		{"Attached is an investigative subpoena issued by the Office of the Example County District Attorney for example.com. You may recall an Example County Superior Court subpoena in a civil dispute last spring; that one is unrelated.\n",
			[]string{"subpoena"}, "Office of the Example County District Attorney"},
		{"Attached is an investigative subpoena issued by the Office of the Example County District Attorney for example.com. The owner was indicted by the Example County Grand Jury in 2025.\n",
			[]string{"subpoena"}, "Office of the Example County District Attorney"},
		{"The Example County Grand Jury has issued the attached subpoena for example.com.\n",
			[]string{"subpoena"}, "Example County Grand Jury"},
		// Session 33: "the Court" is the court the letter names; what a
		// name is "for" in prose; an inspector general's office over its
		// unit.
		{"Example County Court of Common Pleas - subpoena duces tecum\n\nThe Court has issued the attached subpoena for records of example.com.\n",
			[]string{"subpoena"}, "Example County Court of Common Pleas"},
		{"I have a subpoena from Example District Court for Incident No. 26-0419 for the records of example.com.\n",
			[]string{"subpoena"}, "Example District Court"},
		{"Attached is a subpoena issued by the Example County Prosecutor's Office for XSP case 26-CY-0001.\n",
			[]string{"subpoena"}, "Example County Prosecutor's Office"},
		{"Please see the attached Inspector General subpoena for example.com.\n\nJo Roe\nSpecial Agent\nU.S. Department of Education, Office of Inspector General\nInvestigation Services, Chicago\n",
			[]string{"subpoena"}, "U.S. Department of Education, Office of Inspector General"},
		{"EMERGENCY: a man has threatened to kill his neighbour tonight; his IP will help us find him.\n\nSgt. Jo Roe\nSpecial Enforcement Bureau\nExample County Sheriff's Department\n",
			[]string{"emergency"}, "Example County Sheriff's Department"},
		// Session 18: a forwarded message's sender line names a clerk's
		// mailbox, not the court.
		{"---------- Forwarded message ---------\nFrom: \"Example Superior Court Clerk - Dept. 5\" <clerk@court.example>\n\nThe signed search warrant of a judge of the Superior Court of California, County of Example, is attached for example.com.\n",
			[]string{"search_warrant"}, "Superior Court of California, County of Example"},
		// Session 18: "Hon'ble" (Indian English) before the court.
		{"The Hon'ble United States District Court for the District of Columbia issued the attached order for example.com.",
			[]string{"court_order"}, "United States District Court for the District of Columbia"},
		// Session 18: the Army's criminal investigation agency is named
		// "Division".
		{"Please preserve the records of example.com under 18 U.S.C. 2703(f).\n\nMARCUS T. ROE\nSpecial Agent\nU.S. Army Criminal Investigation Division\nExample Resident Agency\n",
			[]string{"preservation"}, "U.S. Army Criminal Investigation Division"},
		// Session 18: a form's agency cell without its colon.
		{"EXIGENT CIRCUMSTANCES REQUEST\n\nAgency Example Park Police Department\n\nRequesting officer Det. Jo Roe\n\nPlease preserve example.com under 18 U.S.C. 2703(f).\n",
			[]string{"preservation"}, "Example Park Police Department"},
		// Session 18: an office a prose sentence mentions as it wraps is
		// not the letter's own.
		{"Please extend the preservation of example.com under 18 U.S.C. 2703(f)(2); the legal process is still being finalized with the\nExample County Prosecutor's Office.\n\nJo Roe\nPostal Inspector\nExample Postal Inspection Service\n",
			[]string{"preservation"}, "Example Postal Inspection Service"},
		{"Please accept service of the subpoena below, issued under the authority of\nSection 6(a)(4) of the Inspector General Act of 1978, as amended, by the\nOffice of Inspector General, U.S. Department of Example Services.\n",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Example Services"},
		// Session 18: a form's requesting agency above the line naming
		// the issuing court.
		{"Requesting agency Example County Sheriff's Office, Cyber Unit\n\nLegal process Subpoena duces tecum\n\nIssued by Circuit Court of the Ninth Judicial Circuit in and for Example County, Florida\n",
			[]string{"subpoena"}, "Circuit Court of the Ninth Judicial Circuit in and for Example County, Florida"},
		{"Requesting agency: Example County Sheriff's Office\nPlease send the records of example.com under the attached subpoena.\n",
			[]string{"subpoena"}, "Example County Sheriff's Office"},
		// Session 18: a court named in quotes, and after a sentence's
		// opening adverb.
		{"The Central Authority obtained the attached order of the \"United States District Court for the District of Oregon\" (Misc. No. 1) for example.com.",
			[]string{"court_order", "mlat"}, "United States District Court for the District of Oregon"},
		{"Accordingly the United States District Court for the District of Kansas issued the attached order for example.com.",
			[]string{"court_order"}, "United States District Court for the District of Kansas"},
		// A German court's town is not read on into the sentence.
		{"Das Amtsgericht Hamburg im Ermittlungsverfahren gegen Unbekannt hat die Herausgabe der Daten zu example.de angeordnet.",
			[]string{"court_order"}, "Amtsgericht Hamburg"},
		// A court's name wrapped across the lines of a quoted message.
		{"Please see the AUSA's note below.\n\n> The order was entered by the United States District Court for the\n> Western District of Texas under 18 U.S.C. 2703(d) for example.com.",
			[]string{"court_order"}, "United States District Court for the Western District of Texas"},
		// The law-enforcement office of a body whose own work is something
		// else is named with it; a police body's bureau is its unit.
		{"Under 18 U.S.C. 2703(f), the Example Revenue Department, Office of Criminal Investigations, requests that you preserve the records of example.com.",
			[]string{"preservation"}, "Example Revenue Department, Office of Criminal Investigations"},
		{"EXAMPLE PARKS SERVICE - OFFICE OF INSPECTOR GENERAL\nPlease preserve the records of example.com.",
			[]string{"preservation"}, "Example Parks Service - Office of Inspector General"},
		{"The Example State Police, Bureau of Criminal Investigation, requests that you preserve the records of example.com.",
			[]string{"preservation"}, "Example State Police"},
		{"The U.S. Department of Energy, Office of Inspector General, Office of Investigations, requests that you preserve the records of example.com.",
			[]string{"preservation"}, "U.S. Department of Energy, Office of Inspector General"},
		// A sentence that opens with an article and the bureau's name is
		// no signature; the signature line below names it.
		{"A Központi Nyomozó Iroda Informatikai Osztálya – mint a nyomozó\nhatóság – kéri az example.hu adatainak megőrzését.\nPlease preserve the records of example.hu.\n\nKovács Anna\nKözponti Nyomozó Iroda, Informatikai Osztály\n",
			[]string{"preservation"}, "Központi Nyomozó Iroda"},
		// A prosecutor's title on its own line is not the office.
		{"Please preserve the records of example.net for another 90 days.\n\nJo Roe\nSenior Deputy Prosecuting Attorney\nExample County Prosecuting Attorney's Office\n",
			[]string{"preservation"}, "Example County Prosecuting Attorney's Office"},
		// A writer's introduction is no letterhead; an attaché's title
		// before the agency is not its name.
		{"Soy el Agregado de la Fiscalía General del Estado en Washington. Emergencia: preserven los datos de example.net.\n\nJo Roe\nAgregado de la Fiscalía General del Estado\n",
			[]string{"preservation"}, "Fiscalía General del Estado"},
		{"Attached is an administrative subpoena issued by the Drug Enforcement Administration, New York Field Division.",
			[]string{"subpoena"}, "Drug Enforcement Administration"},
		{"In the Circuit Court of the Eleventh Judicial Circuit in and for Miami-Dade County, Florida\nSubpoena duces tecum",
			[]string{"subpoena"}, "Circuit Court of the Eleventh Judicial Circuit in and for Miami-Dade County, Florida"},
		{"Please preserve the records of example.com for 90 days.\n\nDet. Ann Lee\nSpringfield Police Department\n",
			[]string{"preservation"}, "Springfield Police Department"},
		// A statute's title is no agency; a regional office is a unit of
		// the office that issues.
		{"Attached is a subpoena issued under the\nInspector General Act of 1978, 5 U.S.C. 406, by the Office of Inspector\nGeneral of the Example Agency.\n\nJo Roe\nSpecial Agent\nExample-OIG, Office of Investigations | Denver Regional Office\n\nEXAMPLE AGENCY\nOFFICE OF INSPECTOR GENERAL\nSUBPOENA DUCES TECUM\n",
			[]string{"subpoena"}, "Office of Inspector General"},
		// A grand jury named in a preservation letter issues nothing; a
		// German general prosecutor's office issues its own request.
		{"Example County Sheriff's Office - Criminal Investigations Division\n\nPRESERVATION REQUEST\nPlease preserve the records of example.com. A grand jury subpoena will follow.\n\nDeputy Ann Lee\n",
			[]string{"preservation"}, "Example County Sheriff's Office"},

		// A rank and a dash before the agency in the signature.
		{"Who is behind example.net? A child is missing.\n\nJo Park\nSpecial Agent - Federal Bureau of Investigation\n",
			[]string{"emergency"}, "Federal Bureau of Investigation"},
		// "issues" names the issuer; "served by" names who serves it; a
		// caption's generic court takes the place the letter writes
		// before it ("SS." is the caption's venue mark, no name).
		{"Dear Custodian of Records:\nThe Office of the District Attorney of Example County issues this subpoena duces tecum for example.com.\n\nJo Roe\nExample County Police Department\n",
			[]string{"subpoena"}, "Office of the District Attorney of Example County"},
		{"EXAMPLE, SS.\n                        SUPERIOR COURT\n                        EASTERN DISTRICT\n\nAttached is a subpoena duces tecum from the court named above (the Example County Superior Court, Eastern District), served by the Springfield Police Department.",
			[]string{"subpoena"}, "Example County Superior Court, Eastern District"},
		// A form's value wrapped onto the next line.
		{"Issuing court:   United States District Court for the Western District\n                 of Kentucky\nCase number: 3:26-mj-00111\n",
			[]string{"court_order"}, "United States District Court for the Western District of Kentucky"},
		// A court "in and for" its county after a comma.
		{"Enclosed is a subpoena issued by the District Court of the Sixth Judicial District of the State of Idaho, in and for the County of Bannock (Case No. 1).",
			[]string{"subpoena"}, "District Court of the Sixth Judicial District of the State of Idaho, in and for the County of Bannock"},
		// The full spelling the letter also uses.
		{"EMERGENCY DISCLOSURE REQUEST\nA threat to a protectee was posted on example.com.\n\nJo Roe\nSpecial Agent\nU.S. Secret Service, Dallas Field Office\nThe United States Secret Service thanks you.\n",
			[]string{"emergency"}, "United States Secret Service"},
		// An inspector general's office with its agency, in either order,
		// after a salutation, and in a letterhead over two lines.
		{"Custodian of Records,\n\nThe Example Trade Commission, Office of Inspector General, has issued the attached subpoena under the Inspector General Act.",
			[]string{"subpoena"}, "Example Trade Commission, Office of Inspector General"},
		{"SUBPOENA DUCES TECUM\nOffice of Inspector General, National Example Corporation\nYou are commanded to produce the records of example.com.\n\nJo Roe, Special Agent\n",
			[]string{"subpoena"}, "Office of Inspector General, National Example Corporation"},
		{"U.S. EXAMPLE SERVICES ADMINISTRATION\nOFFICE OF INSPECTOR GENERAL - OFFICE OF INVESTIGATIONS\n\nPursuant to 18 U.S.C. 2703(f), we request that you preserve example.com.",
			[]string{"preservation"}, "U.S. Example Services Administration, Office of Inspector General"},
		// A court's number is part of its name; a grand jury that issues
		// is named as the issuer, "Grand Jury No." and "Mag. No." are not.
		{"Attached is a grand jury subpoena issued by Criminal District Court No. 5, Example County, Texas, for example.com.",
			[]string{"subpoena"}, "Criminal District Court No. 5, Example County, Texas"},
		{"Please produce the records under the attached subpoena issued by the Example State Grand Jury, State Grand Jury No. 2026-SGJ-0001.",
			[]string{"subpoena"}, "Example State Grand Jury"},
		{"Issuing court: 201st District Court of Example County, Texas Grand Jury No. D-1-GJ-26-0001",
			[]string{"subpoena"}, "201st District Court of Example County, Texas"},
		{"UNITED STATES DISTRICT COURT FOR THE DISTRICT OF EXAMPLE\nMag. No. 26-1234\nORDER\n",
			[]string{"court_order"}, "United States District Court for the District of Example"},
		{"Attached is a search warrant issued by the Justice of the Peace Court No. 4, State of Delaware, for example.com.",
			[]string{"search_warrant"}, "Justice of the Peace Court No. 4, State of Delaware"},
		// A title alone on its line is no agency.
		{"Please preserve the records of example.org.\n\nPat Roe\nDeputy U.S. Marshal\nU.S. Marshals Service, District of Oregon\n",
			[]string{"preservation"}, "U.S. Marshals Service"},
		// A state's division is an agency, not one of its units.
		{"Please preserve the records of example.org.\n\nAgent Lee Moss\nIdaho Law Enforcement Division (ILED)\n",
			[]string{"preservation"}, "Idaho Law Enforcement Division"},
		// The agency requests; the bureau between commas is its office.
		{"Under 18 U.S.C. 2703(f) the Ohio State Highway Patrol, Office of Criminal\nIntelligence, requests that you preserve example.com.",
			[]string{"preservation"}, "Ohio State Highway Patrol"},
		// "issued out of" a court names its issuer.
		{"Serving the attached warrant issued out of the Town of Cary Magistrate Court, thanks.",
			[]string{"search_warrant"}, "Town of Cary Magistrate Court"},
		// With no letterhead, the agency the writer names as their own:
		// in a signature line's part, in their language, or in a sentence.
		{"Please preserve example.org for 90 days.\n\nKHK Max Muster\nHessisches Landeskriminalamt\nTel. 0611 5550100\n",
			[]string{"preservation"}, "Hessisches Landeskriminalamt"},
		{"A child was abducted an hour ago; who runs example.net?\n\nSgt. Lee Park #2231\nDistrict 4, Example Police Service\n",
			[]string{"emergency"}, "Example Police Service"},
		{"Secuestro en curso; datos de example.net.\n\nLic. Ana Ruiz\nAgente del Ministerio Público de la Federación\nFiscalía General de la República\n",
			[]string{"emergency"}, "Fiscalía General de la República"},
		{"This is Deputy Jo \"JR\" Roe with the U.S. Marshals Service. A witness has been threatened with death; send the records of example.net now.",
			[]string{"emergency"}, "U.S. Marshals Service"},
		{"I'm an investigator with Example Bureau of Investigation (EBI) in the field. Please preserve example.net.\n\nJo Roe\nInvestigator, EBI\n",
			[]string{"preservation"}, "Example Bureau of Investigation"},
		{"On behalf of the Example Department of Public Safety, Ranger Division, I ask you to preserve example.net.",
			[]string{"preservation"}, "Example Department of Public Safety"},
		// The addressee's line is not part of the issuer's name below it.
		{"To: Provider, Legal Department\nExample Border Protection Service has issued a summons requiring the records of example.com.",
			[]string{"subpoena"}, "Example Border Protection Service"},
		// A numbered "Requesting authority" field of a 24/7 preservation.
		{"Reference: 26-1\n1. Requesting authority: the Ministry of Justice Office of Cybercrime, as the 24/7 point of contact.\n2. Data to be preserved: example.net.",
			[]string{"preservation"}, "Ministry of Justice Office of Cybercrime"},
		// A numbered form field whose value wraps after "of"; a foreign
		// article before the force's name in prose.
		{"1. ISSUING COURT: United States District Court for the Northern District of\n   Example. Subpoena No. 26-1.\n2. PERIOD: 08/01/2026 through 10/09/2026.",
			[]string{"subpoena"}, "United States District Court for the Northern District of Example"},
		{"La Police cantonale de Vaud recherche une adolescente disparue; qui exploite example.ch?\n\nSgt Jo Roe\nPolice judiciaire - Brigade des mineurs\nPolice cantonale de Vaud\n",
			[]string{"emergency"}, "Police cantonale de Vaud"},
		{"Núm. de caso / Case No. 26-1\nSolicitante / Requesting authority Example Bureau of Special Investigations\nPeriodo / Period 07/01/2026 - 09/22/2026\n",
			[]string{"preservation"}, "Example Bureau of Special Investigations"},
		// A short line ends a name: the next line's words are no part of
		// it, nor is the line before it.
		{"STATE OF NORTH CAROLINA\nSUPERIOR COURT OF EXAMPLE COUNTY, NORTH CAROLINA\nFile No. 26 CR 001234\nORDER PURSUANT TO 18 U.S.C. 2703(d)\n",
			[]string{"court_order"}, "Superior Court of Example County, North Carolina"},
		{"Knoxville, Example\nUnited States District Court for the District of Example\nOrder under 18 U.S.C. 2703(d)\n",
			[]string{"court_order"}, "United States District Court for the District of Example"},
		// A justice court's precinct; an "Issued by" value wrapped after a
		// comma; the writer's own office unnamed; a name wrapped in prose;
		// a rank with its grade.
		{"The Example County Sheriff's Office obtained the attached search warrant,\nissued out of the Justice Court, Precinct 2, Example County, Texas.",
			[]string{"search_warrant"}, "Justice Court, Precinct 2, Example County, Texas"},
		{"  Subpoena No.   26 GJ 1\n  Issued by      Circuit Court of the Ninth Judicial Circuit,\n                 Example County, Illinois\n  Return date    November 24, 2026\n",
			[]string{"subpoena"}, "Circuit Court of the Ninth Judicial Circuit, Example County, Illinois"},
		{"Dear Custodian of Records:\nThis Office requests that Provider preserve the records of example.net.\n\nJo Roe\nOffice of the Example County Prosecutor\n",
			[]string{"preservation"}, "Office of the Example County Prosecutor"},
		{"This is an emergency request. I'm a Special Agent with the Example State\nBureau of Investigation, case 2026-1. A girl is missing; who runs example.net?",
			[]string{"emergency"}, "Example State Bureau of Investigation"},
		{"Subpoena attached.\n\nJo Roe\nAgent II, Enforcement Division - Special Investigations\nExample Gaming Control Board, Las Vegas\n",
			[]string{"subpoena"}, "Example Gaming Control Board"},
		// A sentence's article at the end of a wrapped line; a name after
		// a sentence that ends in a capitalised word.
		{"Our unit is working a string of fake ticket sites that took money since Labor Day. The\nExample Parish District Attorney's Office issued the attached subpoena.\n\nDet. Jo Roe\nExample City Police Department\n",
			[]string{"subpoena"}, "Example Parish District Attorney's Office"},
		// A name wrapped after its connective: the next line's words are
		// its tail, no agency of their own; the sentence names it whole.
		{"This is an emergency request. I am Special Agent Jo Roe with the Example Bureau of Fisheries, Wildlife and\nParks, Northern Field Division. I use this account after hours. A ranger is missing; who runs example.net?\n\nSA Jo Roe\n",
			[]string{"emergency"}, "Example Bureau of Fisheries, Wildlife and Parks"},
		// "Issued By" in title case.
		{"ADMINISTRATIVE SUBPOENA\nIssued By Example Security Investigations, Example City, April 2, 2026\nProduce the records of example.net.",
			[]string{"subpoena"}, "Example Security Investigations"},
		// A county's "Police Division" is its police, not a unit.
		{"EXAMPLE COUNTY POLICE DIVISION\nCriminal Investigations Section\n\nThe Example County Police Division asks you to preserve example.net.\n\nDet. Jo Roe\n",
			[]string{"preservation"}, "Example County Police Division"},
		// A bare "with" before an office that is no police is no claim.
		{"I met with the Example County Parks Department about example.net; please preserve it.\n\nJo Roe\n",
			[]string{"preservation"}, ""},
		// A prose line that wraps a name before its head noun is read
		// with the next line; a form's line, or a whole name, is not.
		{"Records below were requested by subpoena, attached.\nIssued by the Office of Inspector General, U.S. Department of Housing and Urban\nDevelopment, on March 3, 2026.\n",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Housing and Urban Development"},
		{"PRESERVATION REQUEST\n\nOffice of the Special Inspector General for the Example Relief Assistance\nProgram (OIG)\nInvestigation No. 26-1\n\nPlease preserve example.com.\n",
			[]string{"preservation"}, "Office of the Special Inspector General for the Example Relief Assistance Program"},
		{"Please preserve example.com for 90 days.\nRequesting agency: Example State Bureau of Criminal Investigation\nInvestigation File No. 26-1\n",
			[]string{"preservation"}, "Example State Bureau of Criminal Investigation"},
		// A colon after the court's place ends its name.
		{"The Clerk transmits the sealed order in Case No. 2:26-mj-1, United States District Court for the\nDistrict of Oregon:\n (1) Order under 18 U.S.C. 2703(d).\n",
			[]string{"court_order"}, "United States District Court for the District of Oregon"},
		// A form's field with leader dots ends with its line, however long.
		{"SUBPOENA DUCES TECUM\nCase ........... 26-1\nCourt .......... Superior Court of Washington for Example County\nPeriod ......... 08/01/2026 - 09/01/2026\n",
			[]string{"subpoena"}, "Superior Court of Washington for Example County"},
		// A titled person's line is no agency's name.
		{"A child was taken; please call me.\n\nDeputy U.S. Marshal Jane Roe\nU.S. Marshals Service, District of Oregon\nCell: (503) 555-0100\n",
			[]string{"emergency"}, "U.S. Marshals Service"},
		// A foreign police's preservation beside a treaty request already
		// sent names the police, by its own language's name.
		{"POLICÍA NACIONAL DE EJEMPLO\nUnidad de Cibercrimen\n\nSolicitamos la conservación de los datos de example.com. La solicitud de asistencia ya fue remitida a la Office of International Affairs.\n\nJuan Pérez\nSubcomisario\n",
			[]string{"preservation", "mlat"}, "Policía Nacional de Ejemplo"},
		{"Please produce the records of example.com under the mutual legal assistance treaty; the order is attached.\n\nJo Roe\nExample Police Service\n",
			[]string{"mlat", "court_order"}, ""},
		// A subpoena a clerk signs is a court's: with no court named, no
		// issuer; with one, the court.
		{"Please see the attached subpoena for example.com.\n\nInv. Jo Roe\nExample County Sheriff's Office\n\nSUBPOENA FOR PRODUCTION OF DOCUMENTS\nProduce the records of example.com.\n/s/ Deputy Clerk\n",
			[]string{"subpoena"}, ""},
		{"Please see the attached subpoena for example.com.\n\nInv. Jo Roe\nExample County Sheriff's Office\n\nIN THE SUPERIOR COURT OF EXAMPLE COUNTY\nSUBPOENA FOR PRODUCTION OF DOCUMENTS\n/s/ Deputy Clerk\n",
			[]string{"subpoena"}, "Superior Court of Example County"},
		// A department's short form stands for it only when the letter
		// spells out no fuller name.
		{"This is an emergency: I am a detective with the Example Police Department and a child is missing.\n\nDet. Jo Roe\nExample PD\n",
			[]string{"emergency"}, "Example Police Department"},
		{"This is an emergency: a child is missing.\n\nDet. Jo Roe\nExample PD\n",
			[]string{"emergency"}, "Example PD"},
		// A university's campus is part of its police's name.
		{"THE UNIVERSITY OF EXAMPLE AT SPRINGFIELD POLICE DEPARTMENT\nEmergency disclosure request. A student posted a plan to harm himself tonight.\n",
			[]string{"emergency"}, "University of Example at Springfield Police Department"},
		// A handling banner, a deputy's rank and a deputy's title are no
		// body's name.
		{"UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n\nDrug Enforcement Administration\nExample Field Division\n\nEmergency request: a man posted that he will shoot his neighbour tonight.\n",
			[]string{"emergency"}, "Drug Enforcement Administration"},
		{"Emergency request: a woman with dementia has been missing since noon.\n\nJo Roe\nDeputy Marshal, Criminal Investigations\nExample Nation Marshal Service\n",
			[]string{"emergency"}, "Example Nation Marshal Service"},
		{"The attached subpoena was issued by the Deputy Inspector General for Investigations.\n\nJo Roe\nSpecial Agent\nU.S. Department of Example, Office of Inspector General\n",
			[]string{"subpoena"}, "U.S. Department of Example, Office of Inspector General"},
		// A court's or its division's number written after it.
		{"Attached is a subpoena issued by the Example Superior Court 2 for example.com.\n",
			[]string{"subpoena"}, "Example Superior Court 2"},
		{"The attached subpoena was issued by the Example Superior Court, Criminal Division 4, under Cause No. 26-MC-001.\n",
			[]string{"subpoena"}, "Example Superior Court, Criminal Division 4"},
		// A caption's "in and for" a county and its state, read once.
		{"IN THE CIRCUIT COURT OF THE FIFTH JUDICIAL CIRCUIT, IN AND FOR EXAMPLE COUNTY, FLORIDA\nSEARCH WARRANT\n",
			[]string{"search_warrant"}, "Circuit Court of the Fifth Judicial Circuit, in and for Example County, Florida"},
		// Session 26: a tribe's name through "of"; a court after a
		// place's "of" keeps its own name.
		{"The Example Band of Creek Indians Tribal Court has signed the attached order for example.com.\n",
			[]string{"court_order"}, "Example Band of Creek Indians Tribal Court"},
		{"The Confederated Tribes of the Example Reservation Tribal Court signed the attached order for example.com.\n",
			[]string{"court_order"}, "Confederated Tribes of the Example Reservation Tribal Court"},
		{"The attached order was signed in the City of Example Municipal Court for example.com.\n",
			[]string{"court_order"}, "Example Municipal Court"},
		// Session 27: the member of a tribunal who issued an order, in a
		// form's field and in prose: the tribunal issued it.
		{"INTERNATIONAL PRODUCTION ORDER\nIssued by: a nominated member of the Example Review Tribunal\nData: subscriber records of example.com\n",
			[]string{"mlat"}, "Example Review Tribunal"},
		{"The attached order was issued by a judge of the Example Superior Court on 2 November 2026 for example.com.\n",
			[]string{"court_order"}, "Example Superior Court"},
		// Session 27 (round 53): a form's "Member, X Tribunal"; a military
		// magistrate's search authorization.
		{"INTERNATIONAL PRODUCTION ORDER\nIssued by: Member, Example Review Tribunal\nData: subscriber records of example.com\n",
			[]string{"mlat"}, "Example Review Tribunal"},
		{"Attached is a Command Authorization for Search and Seizure, the military equivalent of a search warrant, issued by the Military Magistrate, 99th Air Base Wing, for the stored messages of example.com.\n",
			[]string{"search_warrant"}, "Military Magistrate"},
		// A member of a task force who flagged the account issues nothing.
		{"This account was flagged to us by a member of the Example Cyber Crime Task Force. Please preserve the records of example.com.\n\nSA Jo Roe\nFederal Bureau of Investigation\n",
			[]string{"preservation"}, "Federal Bureau of Investigation"},
		// A caption opening with its state's name.
		{"VIRGINIA: IN THE CIRCUIT COURT OF EXAMPLE COUNTY\nSUBPOENA DUCES TECUM (CRIMINAL)\nYou are commanded to produce the records of example.com to the Example County Sheriff's Office.\n",
			[]string{"subpoena"}, "Circuit Court of Example County"},
		// A prosecutor's own subpoena that a judge authorised is the
		// prosecutor's; a circuit's caption names its court in full.
		{"The Example County Prosecutor's Office issues the attached investigative subpoena, authorized by a judge of the Ninth Judicial Circuit Court on October 8, 2026, for example.com.\n",
			[]string{"subpoena"}, "Example County Prosecutor's Office"},
		{"A search warrant signed by a Circuit Judge of the Ninth Judicial Circuit in and for Example County, Florida is attached for example.com.\n\nIN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT IN AND FOR EXAMPLE COUNTY, FLORIDA\nSEARCH WARRANT\n",
			[]string{"search_warrant"}, "Circuit Court of the Ninth Judicial Circuit in and for Example County, Florida"},
		{"Notice of an international production order issued under Schedule 1 of the Example Act by a nominated member of the Example Review Tribunal on 1 December 2026.\n",
			[]string{"mlat"}, "Example Review Tribunal"},
		{"Attached is a search warrant signed by a Circuit Judge of the Ninth Judicial Circuit in and for Example County, Florida, for example.com.\n",
			[]string{"search_warrant"}, "Ninth Judicial Circuit in and for Example County, Florida"},
		// Session 30: a subpoena a judge signed is the court's, the judge
		// named before or after it.
		{"Judge Roe of the Example County Circuit Court signed a subpoena today for the records of example.com.\n\nJo Doe\nDeputy\nExample County Sheriff's Office\n",
			[]string{"subpoena"}, "Example County Circuit Court"},
		{"Attached is a subpoena signed by Judge Roe of the Example County Circuit Court for example.com.\n\nDet. Jo Doe\nExample Police Department\n",
			[]string{"subpoena"}, "Example County Circuit Court"},
		{"The Example State Department of Justice, Special Prosecutions Section, has issued a subpoena in matter 26-0788 for example.com.\n\nJo Roe\nSpecial Deputy Attorney General\nExample State Department of Justice\n",
			[]string{"subpoena"}, "Example State Department of Justice"},
		// A clerk's title is no court's name.
		{"Please find attached a copy of the Decision and Order entered August 27, 2026 directing disclosure of the records of example.com.\n\nJo Roe\nCourt Clerk, Part 49\nSupreme Court of the State of Example, Example County\n",
			[]string{"court_order"}, "Supreme Court of the State of Example, Example County"},
		{"I am a Task Force Officer on a federal task force in the District of Oregon. Attached is a state search warrant signed by a Example County judge for example.net.\n\nTFO Jo Roe\nExample City Police Department\n",
			[]string{"search_warrant"}, ""},
		{"Attached is a federal 2703(d) order from the District of Oregon for example.net.",
			[]string{"court_order"}, "United States District Court for the District of Oregon"},
		// A federal warrant named by its district alone.
		{"Attached is a federal search warrant from the District of Arizona, Case No. 26-0001, for example.com.",
			[]string{"search_warrant"}, "United States District Court for the District of Arizona"},
		// A US court named in French under a treaty request.
		{"Le ministère de la Justice a transmis une demande d'entraide. La Cour de district des États-Unis pour le district du Maine a rendu l'ordonnance no 1:26-mc-00001 pour example.com.",
			[]string{"mlat", "court_order"}, "Cour de district des États-Unis pour le district du Maine"},
		// A form's title before a federal court's caption.
		{"SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS UNITED STATES DISTRICT COURT for the District of Example\n\nEXAMPLE CO., Plaintiff, v. JOHN DOES, Defendants.\nYOU ARE COMMANDED to produce the records of example.com.",
			[]string{"civil_subpoena"}, "United States District Court for the District of Example"},
		// Session 31: an inspector general's office found bare is the
		// office of the agency the letter names with it, run in, after a
		// dash, on the letterhead's line above, or by its state; a
		// statute named for it is not its name; a manager's title before
		// the agency issues nothing.
		{"The Example Department of Widgets, Office of Inspector General, Office of Investigations - Fraud Unit\nhas issued an administrative subpoena for example.com.\n\nJo Roe\nSpecial Agent\n",
			[]string{"subpoena"}, "Example Department of Widgets, Office of Inspector General"},
		{"Attached is our subpoena for example.com, issued under the Inspector General Act of 1978.\n\nJo Roe\nSpecial Agent\nExample Department of Widgets - Office of Inspector General\nCentral Region\n",
			[]string{"subpoena"}, "Example Department of Widgets - Office of Inspector General"},
		{"Attached is a subpoena for example.com.\n\nJo Roe\nSpecial Agent\nU.S. Department of Health and Human Services\nOffice of Inspector General, Office of Investigations - Central Region\n",
			[]string{"subpoena"}, "U.S. Department of Health and Human Services, Office of Inspector General"},
		{"The Office of the Example Inspector General is investigating the misuse of state funds. The Inspector General has issued the subpoena below for example.com.\n\nJo Roe\nInvestigator\nOffice of the Example Inspector General\n",
			[]string{"subpoena"}, "Office of the Example Inspector General"},
		{"Attached is a subpoena issued by the Inspector General for example.com, under the Inspector General Act of 1978.\n\nJo Roe\nSpecial Agent\nExample Agency Office of Inspector General\n",
			[]string{"subpoena"}, "Example Agency Office of Inspector General"},
		{"Issued by: Diversion Program Manager, Example Field Division, DEA\n\nThe Drug Enforcement Administration, Example Field Division, has issued the attached administrative subpoena for example.com.\n",
			[]string{"subpoena"}, "Drug Enforcement Administration"},
		// A Spanish police headquarters' name is a unit of the force
		// signed under it; a court a preservation beside a treaty request
		// names issued nothing in it.
		{"Solicitamos la conservación de los datos de example.es. La comisión rogatoria del Juzgado de Instrucción n.º 4 de Ejemplo fue remitida el 3 de mayo.\n\nInspector Jo Roe\nComisaría General de Policía Judicial\nPolicía Nacional\n",
			[]string{"preservation", "mlat"}, "Policía Nacional"},
		// A rank "of Police" is a person's, the bureau on the next line
		// the agency.
		{"Kindly send the details within 7 days.\n\nRegards,\n\nJo Roe\nInspector of Police\nCyber Crime Unit, Central Bureau of Investigation\nNew Delhi\n",
			[]string{"subpoena"}, "Central Bureau of Investigation"},
		// A French letter's article before an English court's name.
		{"Veuillez trouver ci-joint l'ordonnance. Le United States District Court for the District of Maine a ordonné la communication.",
			[]string{"court_order", "mlat"}, "United States District Court for the District of Maine"},
	} {
		doc := &document{body: tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		got := authority(doc, &Result{Process: tt.process}, Agency{})
		if g := deref(got); g != tt.want {
			t.Errorf("authority(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestAuthorityOfMarkedRegistrant: a .gov registrant's name that the
// list's generator marked with what the domain says is not given as
// written (session 33).
func TestAuthorityOfMarkedRegistrant(t *testing.T) {
	text := "Please preserve the records of example.com under 18 U.S.C. 2703(f) for 90 days.\n\nJo Roe\nSpecial Agent\n"
	doc := &document{body: text, flat: strings.Join(strings.Fields(text), " ")}
	for name, want := range map[string]string{
		"Example Agency (inspector general in the domain name)": "Example Agency, Office of Inspector General",
		"Example Agency": "Example Agency",
	} {
		got := authority(doc, &Result{Process: []string{"preservation"}}, Agency{Name: name, Domain: "exampleoig.gov"})
		if deref(got) != want {
			t.Errorf("agency %q: authority %q, want %q", name, deref(got), want)
		}
	}
}

// TestAuthorityJurisdiction: a name that says only what a body is
// ("Office of the State Attorney", "District Court", "Attorney General")
// takes the jurisdiction written after it or elsewhere in the letter; a
// name that already has its place keeps it.
func TestAuthorityJurisdiction(t *testing.T) {
	for _, tt := range []struct {
		text    string
		process []string
		want    string
	}{
		// A court abroad with its city; not a city's police after a court.
		{"By order of the Higher Court in Exampleton (Viši sud), the data of example.rs are requested.",
			[]string{"court_order"}, "Higher Court in Exampleton"},
		{"Attached is a subpoena issued by the Example County Superior\nCourt in Exampleton Police Department Case No. 26-1 for example.com.",
			[]string{"subpoena"}, "Example County Superior Court"},
		{"Attached is an order of the Example District Court in September, for example.com.",
			[]string{"court_order"}, "Example District Court"},
		{"A warrant was signed by the Example Circuit Court in Chambers for example.com.",
			[]string{"search_warrant"}, "Example Circuit Court"},
		{"Attached is an order of the Example Municipal Court, City Hall, Exampleton.",
			[]string{"court_order"}, "Example Municipal Court"},
		{"Attached is a search warrant issued by the Example County Court in ECSO case 26-1 for example.com.",
			[]string{"search_warrant"}, "Example County Court"},
		{"Attached is a search warrant issued by the District Court, Example County, Colorado in People v. Jo Roe, Case No. 26CR1.",
			[]string{"search_warrant"}, "District Court, Example County, Colorado"},
		// A form's value wrapped after a connector; an agency that ends in
		// "System"; a place named "Grand"; a grand jury's number.
		{"Please produce the records of example.com.\n\nIssued by the Office of Inspector General, U.S. Department of Example and\nHuman Services, on September 1.\n",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Example and Human Services"},
		{"Attached is a subpoena issued by the Office of\nInspector General, Board of Governors of the Example Reserve System,\nunder the Inspector General Act.",
			[]string{"subpoena"}, "Office of Inspector General, Board of Governors of the Example Reserve System"},
		{"The order was entered under 18 U.S.C. 2703(d) by the Example Central\nJudicial District Court, Grand Example County, North Dakota, File No.\n18-2026-MC-1.\n",
			[]string{"court_order"}, "Example Central Judicial District Court, Grand Example County, North Dakota"},
		{"GRAND JURY SUBPOENA - 999th District Court, Example County, Texas\nGJ No. 2026-1\n",
			[]string{"subpoena"}, "999th District Court, Example County, Texas"},
		// A justice of the peace of a named court; a court's number with
		// its letter; a city as a court's place; two benches of one court.
		{"A search warrant was signed by the Justice of the Peace of the Example Justice Court, Example County, Arizona, for example.com.",
			[]string{"search_warrant"}, "Example Justice Court, Example County, Arizona"},
		{"The warrant was issued by the 99-A District Court, City of Exampleton, under state law.",
			[]string{"search_warrant"}, "99-A District Court, City of Exampleton"},
		{"The order was made by an eligible Judge of the Federal Circuit and Family Court of Example under the agreement.",
			[]string{"court_order"}, "Federal Circuit and Family Court of Example"},
		{"Enclosed is a subpoena issued by the Office of the State Attorney, Second Judicial\nCircuit of Florida, in the matter below.",
			[]string{"subpoena"}, "Office of the State Attorney, Second Judicial Circuit of Florida"},
		{"Attached is a search warrant issued by the District Court, City\nand County of Boulder, Colorado, with an order.",
			[]string{"search_warrant"}, "District Court, City and County of Boulder, Colorado"},
		{"The Office of the Attorney General of Ohio, Consumer Fraud Unit, opened an inquiry.\nIssued under the authority of the Attorney General, Section 12 of the code.",
			[]string{"subpoena"}, "Office of the Attorney General of Ohio"},
		{"This warrant was issued by the District Court of Adair County, State of Iowa, on November 2.",
			[]string{"search_warrant"}, "District Court of Adair County, State of Iowa"},
		{"Attached is a subpoena issued by the Office of the District Attorney of Kings County, which I serve on behalf of my unit.",
			[]string{"subpoena"}, "Office of the District Attorney of Kings County"},
		{"Signed by the Clay County Circuit Court, Fourth Judicial District, on Monday.",
			[]string{"court_order"}, "Clay County Circuit Court, Fourth Judicial District"},
		// A heading's last word is not the start of the court's name; a
		// judge's title after it is not part of it; a form's label is not.
		{"SUBPOENA (CRIMINAL) DUCES TECUM\nSUPERIOR COURT OF CALIFORNIA, COUNTY OF KINGS\nThe people of the State of California to the custodian.",
			[]string{"subpoena"}, "Superior Court of California, County of Kings"},
		{"Subpoena to Testify Before a Grand Jury\nUNITED STATES DISTRICT COURT\nfor the\nDistrict of Idaho\nSUBPOENA TO TESTIFY BEFORE A GRAND JURY\n",
			[]string{"subpoena"}, "United States District Court for the District of Idaho"},
		{"SEARCH WARRANT\nCHEMUNG COUNTY COURT JUDGE\nTo any police officer of the state.",
			[]string{"search_warrant"}, "Chemung County Court"},
		{"SEARCH WARRANT\nAffiant Det. R. Okonkwo El Paso County Court\n",
			[]string{"search_warrant"}, "El Paso County Court"},
		// A caption over several lines is one name; its next paragraph is
		// not part of it, nor is the seat of a federal district.
		{"IN THE CIRCUIT COURT OF EXAMPLE COUNTY\nSTATE OF MISSOURI\n\nSTATE OF MISSOURI, Plaintiff,\nSUBPOENA DUCES TECUM\n",
			[]string{"subpoena"}, "Circuit Court of Example County"},
		{"IN THE JUSTICE COURT\nOF EXAMPLE TOWNSHIP\n\nSEARCH WARRANT\n",
			[]string{"search_warrant"}, "Justice Court of Example Township"},
		{"SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF ONONDAGA\nTHE PEOPLE OF THE STATE OF NEW YORK\n",
			[]string{"subpoena"}, "Supreme Court of the State of New York, County of Onondaga"},
		{"UNITED STATES DISTRICT COURT\nfor the\nWestern District of Kentucky\n\nIn the Matter of the Search of example.com\n",
			[]string{"search_warrant"}, "United States District Court for the Western District of Kentucky"},
		{"UNITED STATES DISTRICT COURT\nDISTRICT OF NEBRASKA\n\nORDER\n",
			[]string{"court_order"}, "United States District Court for the District of Nebraska"},
		{"The order was entered by the United States District Court for the Western District of Texas, Austin Division, on Monday.",
			[]string{"court_order"}, "United States District Court for the Western District of Texas"},
		// Issuers named in a form field, a department's office, a judge
		// before the court, a clerk who issues in the court's name.
		{"Issued by:\tOffice of the State Attorney, Twelfth Judicial Circuit\nInvestigation No.\t2026-IS-1\n",
			[]string{"subpoena"}, "Office of the State Attorney, Twelfth Judicial Circuit"},
		{"The U.S. Department of Labor, Office of Inspector General, has issued the attached subpoena under the Inspector General Act.",
			[]string{"subpoena"}, "U.S. Department of Labor, Office of Inspector General"},
		{"The Office of Inspector General, U.S. Department of Energy, has issued the enclosed subpoena.",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Energy"},
		{"A Justice of the Supreme Court of the State of New York, County of Erie,\nhas issued the enclosed search warrant.",
			[]string{"search_warrant"}, "Supreme Court of the State of New York, County of Erie"},
		{"Please find a search warrant signed by the Judge of the\n212th District Court of Example County, Texas:\nIncident 4\n",
			[]string{"search_warrant"}, "212th District Court of Example County, Texas"},
		{"IN THE DISTRICT COURT OF EXAMPLE COUNTY\nSUBPOENA\nIssued by the Court Clerk, Example County Courthouse.\n",
			[]string{"subpoena"}, "District Court of Example County"},
		{"Officer Ann Lee\nExample Highway Patrol, Investigative Services Unit\n\nSUPERIOR COURT OF CALIFORNIA, COUNTY OF NAPA\nCRIMINAL SUBPOENA DUCES TECUM\n",
			[]string{"subpoena"}, "Superior Court of California, County of Napa"},
		{"Attached is a search warrant from the 12th Judicial Circuit Court.\n\nIN THE 12TH JUDICIAL CIRCUIT COURT FOR THE COUNTY OF EXAMPLE\nSEARCH WARRANT\n",
			[]string{"search_warrant"}, "12th Judicial Circuit Court for the County of Example"},
		// A bare inspector general's office in a signature takes its agency
		// from where the letter writes the two in one run of text; a
		// letterhead's agency over it on its own line is not that run.
		{"Please produce the records of example.com to the Example Trade Board Office of Inspector General by 2 November.\n\nJo Roe\nSpecial Agent\nOffice of Inspector General\n",
			[]string{"subpoena"}, "Example Trade Board Office of Inspector General"},
		{"Please preserve the records of example.com, as the Example Science Foundation,\nOffice of Inspector General, is investigating a fraud on its grants.\n\nJo Roe\nSpecial Agent\nOffice of Inspector General | Western Region\n",
			[]string{"preservation"}, "Example Science Foundation, Office of Inspector General"},
		{"Please produce the records of example.com.\n\nJo Roe\nSpecial Agent\nOffice of the Inspector General\nQuestions may go to the Office of the Inspector General, U.S. Department of Example Affairs, at any time.\n",
			[]string{"subpoena"}, "Office of the Inspector General, U.S. Department of Example Affairs"},
		{"OFFICE OF INSPECTOR GENERAL, U.S. DEPARTMENT OF ENERGY\nOffice of Investigations\n\nInspector General Subpoena\nPlease produce the records of example.com.\n",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Energy"},
		// A list inside a name, a Dutch court, a statute named after the
		// issuing words.
		{"The Bureau of Alcohol, Tobacco, Firearms and Explosives requests that you preserve the records.",
			[]string{"preservation"}, "Bureau of Alcohol, Tobacco, Firearms and Explosives"},
		{"Op 2 oktober heeft de rechter-commissaris van de Rechtbank Utrecht een machtiging verleend.",
			[]string{"court_order"}, "Rechtbank Utrecht"},
		{"This subpoena is issued under the authority of the Inspector General Act of 1978, as amended. The Office of Inspector General, U.S. Department of Energy, has issued it.",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Energy"},
		{"Der United States District Court for the District of Utah hat die Anordnung erlassen.",
			[]string{"court_order"}, "United States District Court for the District of Utah"},
		{"This request from the Example City Police Department is made per the attached court order for the records of example.com.\n",
			[]string{"court_order"}, ""},
		{"IN THE COURT OF COMMON PLEAS OF BUTLER COUNTY, PENNSYLVANIA\nORDER\nAND NOW, the provider shall disclose the records of example.com.",
			[]string{"court_order"}, "Court of Common Pleas of Butler County, Pennsylvania"},
		{"Please preserve the records of example.com.\n\nDana K. Holm | Special Agent | Example State Police - CID, Troop B\n",
			[]string{"preservation"}, "Example State Police"},
		{"Attached is a subpoena issued by the Office of Inspector General, U.S. Department of Labor, for the records of example.com.",
			[]string{"subpoena"}, "Office of Inspector General, U.S. Department of Labor"},
		{"This production order was made by the District Court at Hamilton on 3 November.\n",
			[]string{"court_order"}, "District Court at Hamilton"},
		{"Please preserve the records of example.com.\n\nDet. Ann Lee\nExample County Sheriff's Office, Kansas\n",
			[]string{"preservation"}, "Example County Sheriff's Office"},
		{"UNITED STATES DISTRICT COURT FOR THE DISTRICT OF IDAHO The United States Marshals Service serves this order.",
			[]string{"court_order"}, "United States District Court for the District of Idaho"},
		{"The order was made by the examining magistrate of the District Court of The Hague on Monday.",
			[]string{"court_order"}, "District Court of The Hague"},
		{"Please preserve the records of example.com.\nInvestigation No. 26-INV-0042\n\nDet. Ann Lee\nExample City Police Department\n",
			[]string{"preservation"}, "Example City Police Department"},
		{"Issued by\nOffice of the State Attorney, Ninth Judicial Circuit\nInvestigation No.\n2026-IS-0001\n",
			[]string{"subpoena"}, "Office of the State Attorney, Ninth Judicial Circuit"},
		{"Emergency disclosure request.\nAgency:     Example County Sheriff's Office, Special Victims Division\nA child was taken.",
			[]string{"emergency"}, "Example County Sheriff's Office"},
		// A city's police issues no subpoena; a prosecutor does, and a
		// preservation letter is the police's own.
		{"I've obtained a subpoena for example.com; its language is pasted below.\n\nSUBPOENA DUCES TECUM\nYOU ARE COMMANDED to produce the subscriber records.\n\nDet. Jane Roe\nExampleton Police Department\n",
			[]string{"subpoena"}, ""},
		// Session 29: an officer's title as the issuer: the agency above.
		{"Please produce the records of example.com.\n\nJo Roe\nExample Drug Agency\n\nADMINISTRATIVE SUBPOENA\nIssued by: Group Supervisor, Example Field Division\n",
			[]string{"subpoena"}, "Example Drug Agency"},
		// Session 29: nor its bureau named for what it investigates.
		{"Pursuant to the attached subpoena, please provide the subscriber records of example.com.\n\nSgt. Jane Roe\nExample County Sheriff's Department\nSpecial Investigations Bureau\n",
			[]string{"subpoena"}, ""},
		{"Please preserve the records of example.com.\n\nSgt. Jane Roe\nExample County Sheriff's Department\nSpecial Investigations Bureau\n",
			[]string{"preservation"}, "Example County Sheriff's Department"},
		{"Attached is a subpoena for example.com.\n\nJane Roe\nExample County District Attorney's Office\n",
			[]string{"subpoena"}, "Example County District Attorney's Office"},
		// A sheriff's cover over the prosecutor's subpoena, the sheriff
		// signed first: the prosecutor issued it.
		{"Please see attached subpoena.\n\nDet. Jane Roe\nExample County Sheriff's Office\n(555) 555-0119\n\nIN THE NAME OF THE STATE OF EXAMPLE\nOFFICE OF THE STATE ATTORNEY, TWELFTH JUDICIAL CIRCUIT OF FLORIDA\nINVESTIGATIVE SUBPOENA DUCES TECUM\nYOU ARE HEREBY COMMANDED to produce the subscriber records of example.com.\n",
			[]string{"subpoena"}, "Office of the State Attorney, Twelfth Judicial Circuit of Florida"},
		{"Please preserve example.com; a subpoena is attached.\n\nDet. Jane Roe\nExampleton Police Department\n",
			[]string{"preservation", "subpoena"}, "Exampleton Police Department"},
		// An office named for its head is an office.
		{"Please preserve the records of example.com.\n\nJane Roe\nOffice of the Chief Postal Inspector\n",
			[]string{"preservation"}, "Office of the Chief Postal Inspector"},
		// A title or a titled person is no agency.
		{"Please preserve the records of example.com.\n\nJane Roe\nBorder Patrol Agent\nI am writing on behalf of the U.S. Border Patrol.\n",
			[]string{"preservation"}, "U.S. Border Patrol"},
		{"Please preserve the records of example.com.\n\nRequesting investigator:\n  Investigator Jane Roe, Criminal Investigation Division\n\nExample County Sheriff's Office\n",
			[]string{"preservation"}, "Example County Sheriff's Office"},
		// A court named again with its county and state is the same court
		// in full.
		{"Attached is an order of the 999th District Court for example.com.\n\nSigned in the 999th District Court, Example County, Texas\n",
			[]string{"court_order"}, "999th District Court, Example County, Texas"},
	} {
		doc := &document{body: tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		got := authority(doc, &Result{Process: tt.process}, Agency{})
		if g := deref(got); g != tt.want {
			t.Errorf("authority(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestAuthorityNotCompletedFromSignature: a proper name is not generic,
// so a signature that repeats it after a person's name does not replace
// it.
func TestAuthorityNotCompletedFromSignature(t *testing.T) {
	text := "Attached is a subpoena issued by the Federal Bureau of Investigation.\n\nRebecca Moss Special Agent Federal Bureau of Investigation\n"
	doc := &document{body: text, flat: strings.Join(strings.Fields(text), " ")}
	if g := deref(authority(doc, &Result{Process: []string{"subpoena"}}, Agency{})); g != "Federal Bureau of Investigation" {
		t.Errorf("authority = %q", g)
	}
}

// TestForeignCourts: a court abroad is named as it names itself, before
// the English a letter adds in brackets; under an MLAT the US court that
// executes the request is the issuer.
func TestForeignCourts(t *testing.T) {
	for _, tt := range []struct {
		text, country string
		process       []string
		want          string
	}{
		{"Ved kjennelse av 3. oktober har Bergen tingrett (Bergen District Court) besluttet utlevering av data om example.no.", "NO", []string{"court_order"}, "Bergen tingrett"},
		{"By order (kendelse) of 1 October, Retten i Odense (the District Court) ordered the disclosure of records of example.dk.", "DK", []string{"court_order"}, "Retten i Odense"},
		{"Tampereen käräjäoikeus on 1.10.2026 antamallaan päätöksellä myöntänyt luvan tietojen hankkimiseen: example.fi.", "FI", []string{"court_order"}, "Tampereen käräjäoikeus"},
		{"Ao abrigo do despacho proferido pelo Juízo de Instrução Criminal de Braga em 2/11/2026, solicitamos os dados de example.pt.", "PT", []string{"court_order"}, "Juízo de Instrução Criminal de Braga"},
		{"İzmir 2. Sulh Ceza Hakimliği'nin 02.10.2026 tarihli kararı ile example.com.tr kayıtları talep edilmektedir.", "TR", []string{"court_order"}, "İzmir 2. Sulh Ceza Hakimliği"},
		{"Krajský soud v Ostravě vydal příkaz k vydání údajů o example.cz.", "CZ", []string{"court_order"}, "Krajský soud v Ostravě"},
		{"By order of the District Court for Example 2 (Obvodní soud pro Prahu 2) the data of example.cz are requested.", "CZ", []string{"court_order"}, "Obvodní soud pro Prahu 2"},
		{"Por decisão judicial proferida pela 2ª Vara Criminal da Comarca de Santos em 3/11/2026, solicito os dados de example.br.", "BR", []string{"court_order"}, "2ª Vara Criminal da Comarca de Santos"},
		{"En cumplimiento del auto del Juzgado de Instrucción n.º 9 de Sevilla, les requiero los datos de example.es.", "ES", []string{"court_order"}, "Juzgado de Instrucción n.º 9 de Sevilla"},
		// Session 26: Arabic courts by city and degree, Kuwait's court of
		// first instance before a date; an Uzbek court in the genitive.
		{"وقد صدر قرار من محكمة الشارقة الابتدائية بتاريخ 03/11/2026 بالإذن بالحصول على بيانات example.ae.", "AE", []string{"court_order"}, "محكمة الشارقة الابتدائية"},
		{"وقد أذنت المحكمة الكلية بتاريخ 03/11/2026 بطلب بيانات example.com.kw.", "KW", []string{"court_order"}, "المحكمة الكلية"},
		{"Samarqand shahar jinoyat ishlari bo'yicha sudining 03.11.2026 yildagi ajrimi asosida example.uz ma'lumotlarini so'raymiz.", "UZ", []string{"court_order"}, "Samarqand shahar jinoyat ishlari bo'yicha sudi"},
		// Session 25: Macedonian, Albanian, Swahili and Moroccan courts; a
		// German court in the genitive.
		{"Врз основа на наредба на судијата при Основен кривичен суд Битола од 26.10.2026 година, ве молиме за податоците за example.mk.", "MK", []string{"court_order"}, "Основен кривичен суд Битола"},
		{"Me vendim të Gjykatës, Gjykata e Shkallës së Parë e Juridiksionit të Përgjithshëm Durrës ka urdhëruar dhënien e të dhënave për example.al.", "AL", []string{"court_order"}, "Gjykata e Shkallës së Parë e Juridiksionit të Përgjithshëm Durrës"},
		{"Kwa amri ya Mahakama ya Hakimu Mkazi Arusha, tunaomba taarifa za example.co.tz.", "TZ", []string{"court_order"}, "Mahakama ya Hakimu Mkazi Arusha"},
		{"En exécution de l'ordonnance de la Cour d'appel de Fès du 2 octobre 2026, je vous prie de communiquer les données de example.ma.", "MA", []string{"court_order"}, "Cour d'appel de Fès"},
		{"Aufgrund des Beschlusses des Amtsgerichts Augsburg vom 2. Oktober 2026 bitten wir um die Daten zu example.de.", "DE", []string{"court_order"}, "Amtsgericht Augsburg"},
		// Session 25: a French-speaking court of first instance; a Dutch
		// court of a city with its article.
		{"Par ordonnance du 2 octobre 2026, le juge d'instruction près le Tribunal de Première Instance de Jacmel a autorisé la communication des données de example.ht.", "HT", []string{"court_order"}, "Tribunal de Première Instance de Jacmel"},
		{"Bij beschikking van 3 november 2026 heeft de rechter-commissaris van de Rechtbank Den Helder de verstrekking bevolen van de gegevens van example.nl.", "NL", []string{"court_order"}, "Rechtbank Den Helder"},
		// Own-language names before the English the letter also gives;
		// numbered and ordinal Spanish-language courts; prosecutors abroad.
		{"The District Court of Aarhus issued a production order. Vedhæftet fremsendes kendelse afsagt af Retten i Aarhus den 1. oktober 2026 for example.dk.", "DK", []string{"court_order"}, "Retten i Aarhus"},
		{"Por orden del 3° Juzgado de Garantía de Valparaíso, en causa RUC 2600000001-1, solicito los datos de example.cl.", "CL", []string{"court_order"}, "3° Juzgado de Garantía de Valparaíso"},
		{"Mediante orden emitida por el Juzgado 7 Penal Municipal con Función de Control de Garantías de Cali el 2 de octubre, se autorizó la búsqueda de example.co.", "CO", []string{"court_order"}, "Juzgado 7 Penal Municipal con Función de Control de Garantías de Cali"},
		{"Preiskovalni sodnik Okrožno sodišče v Mariboru je izdal odredbo za example.si.", "SI", []string{"court_order"}, "Okrožno sodišče v Mariboru"},
		{"The District Prosecutor's Office issued this demand. Organ prowadzący postępowanie: Prokuratura Rejonowa Gdańsk-Oliwa\nSygn. akt: PR 1 Ds. 1.2026", "PL", []string{"subpoena"}, "Prokuratura Rejonowa Gdańsk-Oliwa"},
		{"Proszę o dane example.pl.\n\nPROKURATURA REJONOWA ŁÓDŹ-WIDZEW\nSygn. akt PR 1 Ds 1.2026\n", "PL", []string{"subpoena"}, "Prokuratura Rejonowa Łódź-Widzew"},
		{"Si trasmette il decreto di esibizione della Procura della Repubblica presso il Tribunale di Bologna per i dati di example.it.", "IT", []string{"subpoena"}, "Procura della Repubblica presso il Tribunale di Bologna"},
		{"Me permito remitir el oficio mediante el cual se solicita la información de example.mx.\n\nAgente del Ministerio Público de la Federación\nFiscalía General de la República\n", "MX", []string{"subpoena"}, "Fiscalía General de la República"},
		{"刑事訴訟法第197条第2項に基づき、example.jp について照会いたします。\n\n照会者：警視庁 サイバー犯罪対策課長\n", "JP", []string{"subpoena"}, "警視庁"},
		{"De officier van justitie van het Arrondissementsparket Utrecht heeft een vordering tot verstrekking van gegevens van example.nl uitgevaardigd.", "NL", []string{"subpoena"}, "Arrondissementsparket Utrecht"},
		{"In het kader van een onderzoek vordert de Procureur des Konings te Gent, op grond van artikel 46bis, de gegevens van example.be.", "BE", []string{"subpoena"}, "Procureur des Konings te Gent"},
		{"Generalstaatsanwaltschaft Beispielstadt\nZentralstelle Cybercrime\n\nEin Rechtshilfeersuchen wurde dem U.S. Department of Justice, Office of International Affairs, zugeleitet. Ich ersuche um Sicherung der Daten zu example.de.\n", "DE", []string{"preservation", "mlat"}, "Generalstaatsanwaltschaft Beispielstadt"},
		// Session 18: Polish courts (genitive in the letter, nominative
		// named), Hungarian, Ukrainian, Quebec and Belgian courts, and
		// Japanese, Korean and Taiwanese courts in their own scripts.
		{"Na podstawie postanowienia Sądu Rejonowego w Zielonej Górze z dnia 2 października 2026 r. proszę o dane example.pl.", "PL", []string{"court_order"}, "Sąd Rejonowy w Zielonej Górze"},
		{"Sąd Okręgowy w Poznaniu, postanowienie z dnia 1.10.2026, dotyczy example.pl.", "PL", []string{"court_order"}, "Sąd Okręgowy w Poznaniu"},
		{"A Debreceni Járási Bíróság nyomozási bírája kelt végzésével elrendelte az example.hu adatainak beszerzését.", "HU", []string{"court_order"}, "Debreceni Járási Bíróság"},
		{"Ухвалою Шевченківський районний суд міста Києва надав дозвіл на доступ до даних example.ua.", "UA", []string{"court_order"}, "Шевченківський районний суд міста Києва"},
		{"Une ordonnance de communication a été rendue par la Cour du Québec le 2 octobre 2026 pour example.ca.", "CA", []string{"court_order"}, "Cour du Québec"},
		{"Le juge d'instruction près le Tribunal de première instance de Liège a rendu une ordonnance pour example.be.", "BE", []string{"court_order"}, "Tribunal de première instance de Liège"},
		{"名古屋地方裁判所裁判官が発付した捜索差押許可状に基づき、example.jp の記録の提供をお願いします。", "JP", []string{"search_warrant"}, "名古屋地方裁判所"},
		{"부산지방법원이 발부한 압수수색영장에 따라 example.kr 자료를 요청합니다.", "KR", []string{"search_warrant"}, "부산지방법원"},
		{"本案業經臺灣高雄地方法院核發搜索票，請提供 example.tw 之資料。", "TW", []string{"search_warrant"}, "臺灣高雄地方法院"},
		// An Israeli court in Hebrew, its city before the sentence goes
		// on; an Arab public prosecution with its emirate.
		{"ביום 1.10.2026 נתן בית משפט השלום בחיפה צו להמצאת נתונים עבור example.co.il.", "IL", []string{"court_order"}, "בית משפט השלום בחיפה"},
		{"أصدرت النيابة العامة في أبوظبي إنابة قضائية دولية بشأن الموقع example.ae.", "AE", []string{"mlat"}, "النيابة العامة في أبوظبي"},
		// Courts of the Balkans, the Baltics, Iceland, Denmark, Russian-
		// writing countries, the Caucasus, Greece, Thailand, Vietnam and
		// the Arab world by their own names (general knowledge).
		{"Съдия от Варненски районен съд разреши достъпа до данните за example.bg.", "BG", []string{"court_order"}, "Варненски районен съд"},
		{"Наредбом коју је донео Виши суд у Нишу тражимо податке о example.rs.", "RS", []string{"court_order"}, "Виши суд у Нишу"},
		{"Atașăm încheierea pronunțată de Tribunalul Timiș privind datele example.ro.", "RO", []string{"court_order"}, "Tribunalul Timiș"},
		{"Parchetul de pe lângă Tribunalul Iași a obținut încheierea pentru datele example.ro.", "RO", []string{"court_order"}, "Parchetul de pe lângă Tribunalul Iași"},
		{"Šiaulių apylinkės teismas nutartimi leido gauti duomenis apie example.lt.", "LT", []string{"court_order"}, "Šiaulių apylinkės teismas"},
		{"Ar Liepājas pilsētas tiesa lēmumu lūdzam sniegt datus par example.lv.", "LV", []string{"court_order"}, "Liepājas pilsētas tiesa"},
		{"Tartu Maakohus andis kohtumääruse andmete saamiseks example.ee kohta.", "EE", []string{"court_order"}, "Tartu Maakohus"},
		{"Ved kendelse afsagt af Odense Byret anmodes om data vedrørende example.dk.", "DK", []string{"court_order"}, "Odense Byret"},
		{"Með úrskurði Héraðsdóms Suðurlands var heimilað að afla gagna um example.is.", "IS", []string{"court_order"}, "Héraðsdómur Suðurlands"},
		{"Ленинский районный суд г. Ош вынес постановление о получении сведений о example.kg.", "KG", []string{"court_order"}, "Ленинский районный суд г. Ош"},
		{"Оболонський районний суд м. Києва постановив ухвалу щодо example.ua.", "UA", []string{"court_order"}, "Оболонський районний суд м. Києва"},
		{"ბათუმის საქალაქო სასამართლოს განჩინებით მოითხოვება example.ge-ის მონაცემები.", "GE", []string{"court_order"}, "ბათუმის საქალაქო სასამართლო"},
		{"Sumqayıt Şəhər Məhkəməsi qərar çıxarıb; example.az haqqında məlumat lazımdır.", "AZ", []string{"court_order"}, "Sumqayıt Şəhər Məhkəməsi"},
		{"Το Πρωτοδικείο Θεσσαλονίκης εξέδωσε διάταξη για το example.gr.", "GR", []string{"court_order"}, "Πρωτοδικείο Θεσσαλονίκης"},
		{"ศาลอาญาธนบุรี ได้มีคำสั่งให้เปิดเผยข้อมูลของ example.th", "TH", []string{"court_order"}, "ศาลอาญาธนบุรี"},
		{"Theo quyết định của Tòa án nhân dân thành phố Đà Nẵng, đề nghị cung cấp dữ liệu về example.vn.", "VN", []string{"court_order"}, "Tòa án nhân dân thành phố Đà Nẵng"},
		{"أصدرت المحكمة الجزائية بالرياض أمراً بالاطلاع على بيانات example.sa.", "SA", []string{"court_order"}, "المحكمة الجزائية بالرياض"},
		{"Za podatke o example.hr postoji sudski nalog koji je izdao Županijski sud u Osijeku.", "HR", []string{"court_order"}, "Županijski sud u Osijeku"},
		// A letter in English names the court in English first, its own
		// name in brackets after.
		{"By ruling of 2 October the Tartu County Court (Tartu Maakohus) authorised the disclosure of the data of example.ee.", "EE", []string{"court_order"}, "Tartu County Court"},
		{"By order of the investigating judge of the County Court in Osijek (Županijski sud u Osijeku), we request the data of example.hr.", "HR", []string{"court_order"}, "County Court in Osijek"},
		// Romanian prosecution bodies issuing a letter rogatory.
		{"Parchetul de pe lângă Tribunalul Cluj a emis o comisie rogatorie prin Ministerul Justiției pentru datele example.ro.", "RO", []string{"mlat"}, "Parchetul de pe lângă Tribunalul Cluj"},
		{"Direcția Națională Anticorupție a transmis o cerere de asistență judiciară pentru datele example.ro.", "RO", []string{"mlat"}, "Direcția Națională Anticorupție"},
		{"Under the treaty, the United States District Court for the District of Oregon issued the attached order under 18 U.S.C. 3512; the Retten i Aarhus had asked for it.", "DK", []string{"mlat", "court_order"}, "United States District Court for the District of Oregon"},
	} {
		doc := &document{body: tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		c := tt.country
		if g := deref(authority(doc, &Result{Process: tt.process, Country: &c}, Agency{})); g != tt.want {
			t.Errorf("authority(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestTitleCaseRuns: a heading in capitals reads as a name is written,
// with any alphabet's capitals and the small words of other languages.
func TestTitleCaseRuns(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"POLICÍA NACIONAL DEL PERÚ\nDivisión de Delitos", "Policía Nacional del Perú.\nDivisión de Delitos"},
		{"SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO", "Superior Court of California, County of San Diego."},
		{"see POLÍCIA JUDICIÁRIA DA REPÚBLICA, here", "see Polícia Judiciária da República, here"},
	} {
		if got := titleCaseRuns(tt.in); got != tt.want {
			t.Errorf("titleCaseRuns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAuthorityNameEnds: where an issuer's name ends and what completes it.
// A line broken inside "Inspector General", a place ended by a colon, a
// Dutch city with its article, a Spanish court's number, a Korean or
// Japanese particle glued to an English name, the police a court's
// process is "for", a form's label after it, and a short line or a
// paragraph that ends it before a form's next field.
func TestAuthorityNameEnds(t *testing.T) {
	for _, tt := range []struct {
		subject, text string
		process       []string
		want          string
	}{
		{"", "Issued by the Example Services Administration Office of the Inspector\nGeneral, November 19, 2026.", []string{"subpoena"},
			"Example Services Administration Office of the Inspector General"},
		{"", "The U.S. Department of Health and Human Services, Office of Inspector\nGeneral (HHS-OIG) has issued the attached subpoena for example.com.", []string{"subpoena"},
			"U.S. Department of Health and Human Services, Office of Inspector General"},
		{"", "Below is the text of the order signed for this case by the Superior Court of California, County of San Bernardino:\n\nORDER\nProduce the records of example.com.", []string{"court_order"},
			"Superior Court of California, County of San Bernardino"},
		{"", "On 3 November 2026 the rechter-commissaris of the Rechtbank Den Haag issued an order for example.nl.", []string{"court_order"},
			"Rechtbank Den Haag"},
		{"", "En el marco del procedimiento, el Juzgado de Instrucción número 7 de Sevilla ha dictado auto para example.es.", []string{"court_order"},
			"Juzgado de Instrucción número 7 de Sevilla"},
		{"", "미국 법무부를 통해 United States District Court for the Western District of Example로부터 발부받은 명령을 첨부합니다. example.com", []string{"court_order", "mlat"},
			"United States District Court for the Western District of Example"},
		{"", "Attached is a search warrant issued by the Example County Circuit Court for Example County Sheriff's Office for example.com.", []string{"search_warrant"},
			"Example County Circuit Court"},
		{"", "Attached is a search warrant issued by the Criminal District Court No. 5 of Example County for XPD for example.com.", []string{"search_warrant"},
			"Criminal District Court No. 5 of Example County"},
		{"", "Attached is a search warrant issued by the Example Circuit Court for the Example County Sheriff's Office for example.com.", []string{"search_warrant"},
			"Example Circuit Court"},
		{"", "Attached is a search warrant issued by the Circuit Court for Example County for example.com.", []string{"search_warrant"},
			"Circuit Court for Example County"},
		{"", "Emergency request: a man will kill his neighbour tonight.\n\nDet. Jo Roe\nExample Police Department DR# 26-1234\n", []string{"emergency"},
			"Example Police Department"},
		{"", "Žádost o vydání údajů\n\nSoud: Městský soud v Brně\nŽádáme o vydání údajů k účtu example.cz na základě příkazu soudce.", []string{"court_order"},
			"Městský soud v Brně"},
		{"", "NOTICE OF SERVICE\n\nAuthority 19 U.S.C. 1509 - subpoena issued by Example Security Investigations\n\nPeriod February 1, 2026 - April 22, 2026\n", []string{"subpoena"},
			"Example Security Investigations"},
		{"", "We serve the attached subpoena issued by the Court of Common Pleas of Example\nCounty at No. 2026-MD-0001 for example.com.", []string{"subpoena"},
			"Court of Common Pleas of Example County"},
		{"", "Attached please find a subpoena duces tecum from the Example District Court for the Example County Grand Jury, GJ 26-01, for example.com.", []string{"subpoena"},
			"Example District Court"},
		{"", "RE: SUBPOENA - 24th Judicial District Court, Parish of Example\n\nThe 24th Judicial District Court, Parish of Example, State of Louisiana\nhas issued a subpoena for example.com.", []string{"subpoena"},
			"24th Judicial District Court, Parish of Example"},
		// An abbreviation of the signature the letter writes in full.
		{"", "This is Sgt. Jo Roe with Example Police Department (NC). A 12 yr old is in danger; we need the records of example.com now.\n\nSgt Jo Roe\nExample Police Dept - Criminal Investigations\n", []string{"emergency"},
			"Example Police Department"},
		// A court named only in the subject.
		{"Example Judicial District Court Grand Jury Subpoena GJ26-0001 - example.com", "Please see attached.\n\nDet. Jo Roe\nExample Police Financial Crimes\n", []string{"subpoena"},
			"Example Judicial District Court"},
	} {
		doc := &document{subject: tt.subject, body: tt.text, text: tt.subject + "\n\n" + tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		if got := deref(authority(doc, &Result{Process: tt.process}, Agency{})); got != tt.want {
			t.Errorf("authority(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAuthorityUnitOverNationalName (session 31): a national police's
// name from its domain's list entry, never written in the letter, gives
// way to the agency or district the officer signs with; written in the
// letter, it stands.
func TestAuthorityUnitOverNationalName(t *testing.T) {
	for _, tt := range []struct {
		national, text, want string
	}{
		{"Politiet", "Vi ber om sikring av data for example.no.\n\nMed vennlig hilsen\nKari Nordmann\nPolitioverbetjent\nKripos – Seksjon for digitalt etterforskning\n", "Kripos"},
		{"Politiet", "Vi ber om sikring av data for example.no.\n\nKari Nordmann\nEksempel politidistrikt\n", "Eksempel politidistrikt"},
		{"Politiet", "Vi anmoder om sikring af data for example.dk.\n\nMads Hansen\nNC3, Rigspolitiet\n", "Rigspolitiet"},
		{"Policja", "Prosimy o zabezpieczenie danych example.pl.\n\nJan Kowalski\nKomenda Wojewódzka Policji w Przykładowie\n", "Komenda Wojewódzka Policji w Przykładowie"},
		{"Poliisi", "Pyydämme tietojen säilyttämistä: example.fi.\n\nMatti Meikäläinen\nEsimerkin poliisilaitos\n", "Esimerkin poliisilaitos"},
		{"Kepolisian Negara Republik Indonesia", "Mohon preservasi data example.id.\n\nBudi\nPenyidik, Bareskrim Polri\n", "Bareskrim Polri"},
		{"Ministère de l'Intérieur", "Nous demandons la conservation des données de example.fr.\n\nCordialement,\nJean Dupont\nOffice central pour la répression des violences aux personnes\n", "Office central pour la répression des violences aux personnes"},
		// A unit named only in the letter's prose is a partner's.
		{"Politiet", "Vi ber om sikring av data for example.no. Saken er anmeldt til Eksempel politidistrikt.\n\nMed vennlig hilsen\nKari Nordmann\nPolitioverbetjent\n", "Politiet"},
		// Written in the letter, the national name is the writer's.
		{"Politiet", "Politiet ber om sikring av data for example.no.\n\nKari Nordmann\nKripos\n", "Politiet"},
	} {
		doc := &document{body: tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		got := authority(doc, &Result{Process: []string{"preservation"}, Country: strp("NO")}, Agency{Name: tt.national, Country: "NO"})
		if g := deref(got); g != tt.want {
			t.Errorf("authority(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestTidyName (session 31): what a sentence leaves around a body's name.
func TestTidyName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"La Policía Nacional", "Policía Nacional"},
		{"De Nationale Politie", "Nationale Politie"},
		{"Il Tribunale di Esempio", "Tribunale di Esempio"},
		{"A Polícia Judiciária", "Polícia Judiciária"},
		{"Regarding the Drug Enforcement Administration", "Drug Enforcement Administration"},
		{"Judge of County Court at Law No. 2, Example County", "County Court at Law No. 2, Example County"},
		{"Superior Court, Judicial District of Example.", "Superior Court, Judicial District of Example"},
		{"United States District Court for the Northern District of California Example Footwear Collective", "United States District Court for the Northern District of California"},
		{"180th District Court, Example County, Texas Cause/GJ", "180th District Court, Example County, Texas"},
		{"Superior Court of California, County of Example in People", "Superior Court of California, County of Example"},
		{"AFOSI Case File 26-0418", "AFOSI"},
		// Places and abbreviations stay.
		{"United States District Court for the District of New Jersey", "United States District Court for the District of New Jersey"},
		{"Case Western Reserve University Police Department", "Case Western Reserve University Police Department"},
		{"Cold Case Unit, Example Police Department", "Cold Case Unit, Example Police Department"},
		{"Los Angeles County Sheriff's Department", "Los Angeles County Sheriff's Department"},
		{"El Paso Police Department", "El Paso Police Department"},
		{"Example Police Dept.", "Example Police Dept."},
		{"Superior Court of Washington, D.C.", "Superior Court of Washington, D.C."},
	} {
		if got := tidyName(tt.in); got != tt.want {
			t.Errorf("tidyName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAuthorityIssuerOverDomain (session 31): the agency a letter names as
// issuing, with its initials and its office's city between its name and
// the verb, over the parent agency its domain is listed for.
func TestAuthorityIssuerOverDomain(t *testing.T) {
	text := "Pursuant to 18 U.S.C. 2703(f), Homeland Security Investigations (HSI) St. Example requests that you preserve the records of example.com.\n\nJo Roe\nSpecial Agent, HSI St. Example\n"
	doc := &document{body: text, flat: strings.Join(strings.Fields(text), " ")}
	got := authority(doc, &Result{Process: []string{"preservation"}, Country: strp("US")}, Agency{Name: "Immigration and Customs Enforcement", Country: "US"})
	if g := deref(got); g != "Homeland Security Investigations" {
		t.Errorf("authority = %q, want Homeland Security Investigations", g)
	}
	// A foreign partner's unit named in a US agency's letter is not its
	// name.
	text = "Please preserve the records of example.com. We are working this case jointly with Kripos.\n\nSA Jo Roe\nFBI Legal Attache Office\n"
	doc = &document{body: text, flat: strings.Join(strings.Fields(text), " ")}
	got = authority(doc, &Result{Process: []string{"preservation"}, Country: strp("US")}, Agency{Name: "Federal Bureau of Investigation", Country: "US"})
	if g := deref(got); g != "Federal Bureau of Investigation" {
		t.Errorf("authority = %q, want Federal Bureau of Investigation", g)
	}
}
