package triage

import (
	"strings"
	"testing"
)

// contentCase is a text and whether it asks for content.
type contentCase struct {
	text string
	want bool
}

// checkContent runs contentRequested over cases, as an emergency's
// letter reads them when emergency is set.
func checkContent(t *testing.T, emergency bool, cases []contentCase) {
	t.Helper()
	for _, tt := range cases {
		if got, _ := contentRequested(strings.Join(strings.Fields(tt.text), " "), emergency); got != tt.want {
			t.Errorf("contentRequested(%q, emergency %v) = %v, want %v", tt.text, emergency, got, tt.want)
		}
	}
}

func TestContentRequested(t *testing.T) {
	checkContent(t, false, []contentCase{
		// Session 30: Swedish, Norwegian and Finnish content; a statute's
		// part title "(stored communications)" asks nothing.
		{"Vi ber er lämna ut registreringsuppgifter samt det fullständiga innehållet i de meddelanden som kontoinnehavaren skickat.", true},
		{"Vi ber om innholdet i meldingene kontoen har sendt.", true},
		{"Pyydämme toimittamaan tilin viestien sisältö ajalta 1.3.–1.4.2026.", true},
		{"Kérjük a fiókon keresztül küldött és fogadott összes üzenet tartalmát.", true},
		{"Wir ersuchen um Übermittlung der Registrierungsdaten sowie der Inhalte der über das Konto versandten Nachrichten.", true},
		{"Die Inhalte der weitergeleiteten Nachrichten liegen uns bereits vor. Wir ersuchen um die Registrierungsdaten.", false},
		// Session 31 (round 66): "den Inhalt sämtlicher Nachrichten".
		{"Gemäss der Verfügung ersuchen wir um: a) Bestandesdaten zu example.ch; b) den Inhalt sämtlicher Nachrichten, die der Kontoinhaber gesendet hat.", true},
		// The investigators' own work on content they hold.
		{"Our analyst traced the text messages to one site so far: example.com. Please search on it for June 2026.", false},
		{"We reviewed the e-mails the victim forwarded to us. Please provide the subscriber records of example.com.", false},
		{"Please provide the text messages sent to the victim from example.com.", true},
		{"On May 1 we preserved the contents of the account roe77 on example.net under 18 U.S.C. 2703(f). Please now produce everything preserved for that account under the attached grand jury subpoena.", true},
		{"Vi ber er lämna ut registreringsuppgifter och IP-adresser för kontot.", false},
		// Session 32: Swedish and Czech content in other words; content
		// that "nothing" in the subpoena calls for; an office's inbox the
		// records go to; content asked "also".
		{"Med stöd av beslutet begär vi innehållet i samtliga meddelanden som kontot skickat till er support.", true},
		{"Vi beder om indholdet af alle beskeder, som kontoen har sendt.", true},
		{"Žádáme o úplný obsah veškeré korespondence, kterou držitel účtu zaslal Vaší podpoře.", true},
		{"It asks only for records sufficient to identify the holder of example.com. Nothing in it calls for message content.", false},
		{"Please send the production to me directly rather than the CID inbox.", false},
		{"Please do not send records to the general Example inbox (example@agency.example).", false},
		// Session 32 review: a Nordic or German denial of content; "not
		// only … but also" asks for it.
		// Session 33: "including content" after the messages asked; the
		// Ukrainian and Russian words for a thing's content (вміст,
		// содержимое).
		{"Produce: (a) every e-mail message, including content and attachments, that the account example.com sent; (b) its subscriber records.", true},
		{"Produce the subscriber and log records for example.com, not including content.", false},
		{"Просимо надати вміст листування та реєстраційні дані облікового запису example.ua.", true},
		{"Просим предоставить содержимое переписки владельца аккаунта example.ru.", true},
		{"Просимо надати лише реєстраційні дані облікового запису example.ua.", false},
		{"Просимо надати реєстраційні дані облікового запису example.ua. Вміст листів ми не запитуємо.", false},
		{"Просимо надати реєстраційні дані без вмісту повідомлень для example.ua.", false},
		{"Просим предоставить регистрационные данные example.ru. Содержимое писем не запрашивается.", false},
		{"Please send a copy of your published law enforcement guidelines, including content retention periods.", false},
		{"Attached is a grand jury subpoena. Please produce all records for user@example.com, including content sent or received between January 1 and January 31, 2026.", true},
		{"Vi ber ikke om innholdet i meldingene, bare om registreringsopplysningene for example.no.", false},
		{"Wir bitten nicht um den Inhalt der Nachrichten, nur um die Bestandsdaten zu example.de.", false},
		{"Wir benötigen nicht nur die Bestandsdaten, sondern auch den Inhalt der Nachrichten zu example.de.", true},
		{"We need not only the subscriber records but also the contents of all messages of example.com.", true},
		{"Please produce the subscriber records and the inbox of the account example.com.", true},
		{"Issued under the Telecommunications (Interception and Access) Act 1979, Schedule 1, Part 3 (stored communications) and Part 4 (telecommunications data). Data: account registration details, contact e-mail, certificates issued.", false},
		{"Please produce the contents of all e-mails sent or received by the account.", true},
		// Session 27 review: "content-neutral" records are none.
		{"Please produce the subscriber records, IP logs and other content-neutral transactional records of example.com.", false},
		// Session 27: the writer's own unit inbox is no content asked.
		{"Please send the subscriber records of example.com; replies to our unit inbox reach me and my sergeant.", false},
		// Session 29: an office's general inbox, where records are not to go.
		{"Please send the subscriber records of example.com to the undersigned and not to the agency's general inbox.", false},
		{"Please produce the subscriber records and the inbox of jo@example.com.", true},
		{"Item 3: a full export of the account's team inbox for the same period.", true},
		{"Please produce the contents of the user's inbox and sent items for example.com.", true},
		// Session 27: an item that ends "and other content".
		{"2. All photos, notes and other content saved in or shared from the account", true},
		{"Subscriber name, billing address, login IP addresses and other non-content records.", false},
		// Session 25: access to the account is its content.
		{"Please immediately disable two-factor authentication on the account so our detectives can sign in.", true},
		{"Reset the account's password and send us the temporary one.", true},
		{"Send us a full export of all files and backups stored in the account.", true},
		{"Please give us temporary login credentials so our analyst can review the account.", true},
		{"The site harvests beneficiaries' login credentials; we ask for subscriber records only.", false},
		// The review's probes: told as facts, or as what not to do.
		{"The victim reports that the suspect used her phone to reset her password and took over the account.", false},
		{"Please provide the subscriber information and the IP address used to download the export of his messages on October 20, 2026.", false},
		{"Provide the logs of any backup of the files or archive of his e-mails created between those dates (dates and IP addresses only).", false},
		{"Please do not notify the user, lock the account, reset the password or take any other action that would alert him.", false},
		{"The attacker was able to disable two-factor authentication and then changed the recovery e-mail.", false},
		{"They met through example.com and the messages they exchanged were sexual in nature.", false},
		{"We do not need the messages she exchanged, only subscriber records and login IPs.", false},
		{"Please immediately: 1. disable two-factor authentication on the account, and 2. send us a full export of all files stored in it.", true},
		{"We only need the subscriber name; the user reset the password on May 2 and we need the IP of that reset.", false},
		// Round 50: notes a person saved; content in Czech and Polish; the
		// notes of a meeting are no content.
		{"Per the order we request the login IPs and his saved notes for the period.", true},
		{"The order covers (c) all notes saved by the user in the account.", true},
		{"Žádáme o c) obsah veškeré komunikace mezi uživatelem a podporou.", true},
		{"Prosimy o treść wiadomości wysłanych z konta example.pl.", true},
		{"Please see the notes of the interview in the attached report; we ask only for subscriber records.", false},
		// The second review's probes: an analyst's or our staff's notes;
		// a confidentiality notice in Czech and Turkish.
		{"The notes written by our analyst in the attached timeline explain why these IP addresses matter.", false},
		{"Please also include any notes created by your abuse team about the account.", false},
		{"Žádáme o registrační údaje. Obsah e-mailu je důvěrný a je určen pouze adresátovi.", false},
		{"Please send the subscriber records. Bu e-postanın içeriği gizlidir.", false},
		// Session 26: content in Korean, Japanese and Chinese, and its
		// exclusion there.
		{"요청 자료: 1. 가입 정보 2. 계정에 저장된 메시지 내용 및 업로드된 파일 일체", true},
		{"要請事項：アカウントに保存されたファイル及びメールの内容", true},
		{"请求提供：账户信息及聊天记录的内容", true},
		{"요청 자료: 가입 정보 및 접속 IP (메시지 내용은 제외)", false},
		{"请求提供：账户注册信息和IP日志（不包括内容）", false},
		// Session 26: drafts and unsent messages are content; a draft
		// of our own letter, or the dates drafts were saved, are not.
		{"Produce the subscriber records and 3. all draft messages kept in the account.", true},
		{"We request the login IPs and her drafts for the period.", true},
		{"We also need any unsent messages or documents saved in the account.", true},
		{"Our draft letter to the court is attached for your information; we ask only for subscriber records.", false},
		{"Provide the dates and times draft messages were saved; no content.", false},
		// Session 25: messages "exchanged", as an item or after a verb;
		// not what a log is of.
		{"Please provide: (1) subscriber records; (2) login IPs; and (3) the messages she exchanged with other users in March.", true},
		{"The order covers 2. messages exchanged between the account holder and the seller.", true},
		{"Provide the times and dates of messages exchanged between the account holder and the seller; no content.", false},
		{"We need the IP logs for the sessions in which the messages he exchanged were sent.", false},
		{"We request all emails and attachments stored in the account.", true},
		{"Provide the message bodies for the period above.", true},
		// What an offender did or threatens with the content is the
		// emergency's story; our sending of it is an ask.
		{"The offender demanded money, threatening to send the pictures to his parents and his school.", false},
		{"Last night her ex-boyfriend sent the photos to her classmates and named her school.", false},
		{"The blackmailer posted a countdown and says he will send the images to everyone on her contact list unless she pays.", false},
		{"She believes they are going to post the videos tonight; he plans to leak the photos to her school.", false},
		// Asked all the same: content to be produced, content to confirm
		// an identity.
		// A subpoena's "documents to be produced" name its items.
		{"3. The documents to be produced are: account registration information, contact e-mail address and IP logs.", false},
		{"The documents to be produced are all files and photos stored in the account.", true},
		// What a person wrote, asked for; told as a story, not.
		{"Could you also include copies of whatever he wrote to her through that feature during the same period?", true},
		{"Please send us what the user posted in the support chat.", true},
		{"She showed us what he wrote to her, so we only need the subscriber records.", false},
		{"We require all the messages to be produced by November 20.", true},
		{"We need all e-mails to be disclosed for the period of October 2026.", true},
		{"Please send all the photos to confirm the identity of the girl in the videos.", true},
		{"Please send the pictures the account holder uploaded.", true},
		// A confidentiality notice; correspondence sent to an address;
		// all content stored in the account.
		{"Please produce the subscriber records of example.net. CONFIDENTIALITY NOTICE: This communication with its contents may contain confidential information.", false},
		{"Please send the records and any correspondence to unit-mail@example.gov so the whole unit has them.", false},
		{"We need ALL content stored in the account: uploaded files, private messages, photos and documents.", true},
		// A content word inside an address or a domain; "to" opening an
		// infinitive.
		{"The blog lists k.roe@example-inbox.net as its contact address; please send the account's contact e-mail and IP logs.", false},
		{"Please send the registration records of example-inbox.net.", false},
		{"The bomb squad considers the devices in the photos to be viable; please send the account's IP logs.", false},
		{"We ask that you provide the photos uploaded to the account.", true},
		// A subpoena's disclaimer; another's wish refused.
		{"D. Nothing in this subpoena requires the production of the contents of any communication within the meaning of 18 U.S.C. 2510(8).", false},
		{"I know you want the content of their support tickets, but content needs a search warrant and the probable cause is not there yet.", false},
		{"Nothing in this subpoena requires production of the contents of communications stored for more than 180 days, so please produce the contents of the messages of the account.", true},
		// An order's own limit.
		{"Nothing in this Order permits the release of the contents of any e-mail or message.", false},
		{"Nothing herein authorizes disclosure of the bodies of any messages.", false},
		// The writer's own ask, as a question (session 17 review).
		{"Attached is the grand jury subpoena for example.com. Can we also get the contents of all messages for the same period?", true},
		{"Could we also get the stored messages and e-mails of the account, please.", true},
		{"Please also produce the content of their support tickets.", true},
		{"Please also provide the contents of her messages.", true},
		{"Can we get all of her e-mails too?", true},
		{"Nothing in this subpoena requires you to notify the subscriber, and you are commanded to produce the contents of all e-mails in the account.", true},
		// A writer who dropped the content from the request.
		{"The judge signed the order today. We dropped the request for the contents of the support tickets and stored messages, so it covers non-content records only.", false},
		{"We removed the paragraph asking for message contents; the amended subpoena covers subscriber records only.", false},
		{"Having considered your letter, this office withdraws paragraph 4 of the subpoena (the text of support e-mails and their attachments).", false},
		// Session 18: content asked as data and files with
		// communications, as a list's numbered item, as whatever the user
		// stored on the service.
		{"The order requires disclosure of (c) all data, files and communications stored in or transmitted through the account.", true},
		{"Produce: 3 Copies of all photographs, images and other attachments uploaded by the user.", true},
		{"In short, everything you hold for it, including whatever the user stored on or sent through your service.", true},
		{"Item Records 1 Subscriber name and registration IP address 2 Access logs with timestamps 3 Copies of all photographs and other attachments uploaded by the user", true},
		{"The victim gave us 2 copies of the e-mails she received from example.com", false},
		{"The text of Attachment A as signed: registration records and API logs of example.com. This order does not authorize disclosure of the contents of communications.", false},
		{"Please produce the text of attachments sent by the account.", true},
		{"PLEASE DO NOT DELETE THE MESSAGES OF THE ACCOUNT. Please produce the contents of all messages of example.com.", true},
		{"After talking with our counsel, OIG withdraws item 3 of the subpoena (support correspondence and message content). Please process items 1 and 2.", false},
		// The law told, not an ask: content needs a warrant.
		{"This subpoena seeks subscriber records only. I am aware that stored content would need a search warrant, which we do not have.", false},
		{"Message content requires a warrant under the statute, so we have left it out of this subpoena.", false},
		{"We know the contents of communications can only be disclosed with a warrant; this order covers logs only.", false},
		// An ask that goes on after the law is told.
		{"Stored content requires a warrant, but given the urgency please send the messages of the account now.", true},
		// The content a warrant the writer expects to apply for would reach.
		{"This subpoena asks only for subscriber records. Depending on what they show, we expect to apply for a search warrant for any stored communications connected to the account later on.", false},
		{"All messages sent and received by user@example.com between the dates above.", true},
		{"Photos, videos and files stored in the account, and all private messages exchanged by the user.", true},
		{"All contents of the account, including the inbox and sent folder.", true},
		{"Subscriber information; stored communications of the account holder.", true},
		{"2. Copies of all chat messages sent from the account", true},
		// A list of kinds with their own adjectives; copies of messages.
		{"2. Copies of all e-mail messages, support correspondence and files uploaded to or stored in the account(s), including attachments.", true},
		{"Produce copies of the text messages.", true},
		{"Produce copies of all documents reflecting the subscriber's name and address.", false},
		{"The victim provided us copies of the emails she received, which are attached.", false},
		{"Investigators reviewed copies of text messages between the suspect and the victim.", false},
		{"Please provide copies of all communications regarding this subpoena to the undersigned.", false},
		{"No copies of e-mails or messages are requested, only the subscriber name and IP logs.", false},
		{"We are not requesting copies of messages, only subscriber data.", false},
		{"The victim provided copies of the e-mails she received and we need all e-mails sent from the account from 09/01/2026.", true},
		{"If you have copies of the messages exchanged with the victim, please produce them.", true},
		{"Attached are copies of the messages she received.", false},
		{"I have enclosed copies of the e-mails the victim forwarded to us.", false},
		{"Please send copies of all communications regarding this matter to the undersigned.", false},
		{"Requested records: (1) subscriber name; (2) copies of e-mail messages.", true},
		{"Please produce any and all copies of e-mail messages.", true},
		{"Please send copies of any emails you send to the account holder about this request to me.", false},
		{"We need copies of all chat logs for the account.", true},
		{"Items requested: copies of all private messages and attachments.", true},
		{"Produce the contents of all emails related to the investigation of John Doe.", true},
		{"The body of each message in the mailbox.", true},
		{"(c) all support tickets and messages exchanged with the account holder, including their full contents and attachments.", true},
		{"Subscriber data, IP logs, and support messages with their contents.", true},
		{"Subscriber name, e-mail address, IP logs; excluding the contents of communications.", false},
		{"Please send the production and any correspondence to our bureau mailbox, copying me.", false},
		{"Non-content records only: account creation date and login IP addresses.", false},
		{"We do not seek the contents of any communication.", false},
		{"Attached is an international production order (stored communications and telecommunications data); it asks for registration details and IP addresses.", false},
		{"INTERNATIONAL PRODUCTION ORDER - STORED COMMUNICATIONS. Produce the registration details of example.net.", false},
		{"Example Police gives you International Production Order EX-IPO-26-0001 (stored communications / telecommunications data). Produce the registration details of example.net.", false},
		{"Attached is an International Production Order EX-IPO-26-0002 (stored communications) for the account owner@example.net, issued by a magistrate.", true},
		{"Attached is an International Production Order (stored communications) for the account owner@example.net, issued by a magistrate.", true},
		{"Court Order: Stored Communications - produce the records of example.net.", true},
		{"Please withhold nothing, including the contents of all e-mails sent and received by the account.", true},
		{"If nothing else is retained, provide the contents of the mailbox.", true},
		{"Nothing in this request is optional: produce the contents of all e-mails of the account.", true},
		{"Nothing in this subpoena asks you to redact the contents of the e-mails; produce them in full.", true},
		{"We ask for subscriber records and nothing regarding the contents of any message.", false},
		{"Records are sought under the Stored Communications Act, 18 U.S.C. 2703(c), for the account's subscriber information.", false},
		{"COURT ORDER: STORED COMMUNICATIONS (18 U.S.C. 2703(d)). Produce subscriber and IP records of example.net.", false},
		{"The production order asks for stored communications of the account.", true},
		{"Account and login records only; nothing in this request reaches the contents of any message.", false},
		{"Subscriber records, including all e-mail addresses associated with the account.", false},
		{"Records of the date, time and IP address of each login.", false},
		{"Header information only (to, from, date) of e-mails sent by the account.", false},
		// What a help desk holds of its exchanges with a customer, and
		// what the user uploaded; a denial after the noun, a recipient
		// of correspondence named by role.
		{"(iii) the content of all help desk tickets and notes exchanged with the customer.", true},
		{"Subscriber records, and any documents the subscriber uploaded to the service.", true},
		{"Contents of communications are not requested.", false},
		{"The content of any message is NOT sought by this subpoena.", false},
		{"Please send the records and any correspondence to the case agent named above.", false},
		// A subpoena's stock delivery of "the documents" to its agent.
		{"Production of the documents to the agent named below by the return date will be accepted in lieu of appearance.", false},
		{"Please produce copies of all emails, chat messages and documents to the case agent named below.", true},
		// Content sent to an undercover officer is content; a subpoena's
		// stock "personal appearance is not required" denies no content;
		// tickets a site advertised are no help desk's.
		{"Please produce copies of all e-mails and attachments to the investigating officer from jdoe@example.com for October 2026.", true},
		{"If you mail us the contents of the mailbox on a USB drive, personal appearance is not required.", true},
		{"The site example-tix.com advertised the tickets in question to the victims.", false},
		// Content asked for in the languages of foreign letters.
		{"The offender threatened at 2:15 PM today to send the images to the boy's school. Please send the subscriber records only.", false},
		{"To find where she went we need all messages she sent and received on her account over the last 7 days.", true},
		{"Please produce a count of all messages the suspect sent from the account between March 1 and April 1.", false},
		{"c) o conteúdo das mensagens armazenadas na conta.", true},
		{"el contenido de los mensajes enviados desde la cuenta.", true},
		{"le contenu des messages stockés sur le compte.", true},
		{"der Inhalt der E-Mails des Kontos.", true},
		{"dados de registo e endereços IP, sem conteúdo.", false},
		{"c) le contenu de l'ensemble des messages échangés avec le titulaire du compte.", true},
		{"el contenido de todos los mensajes de la cuenta.", true},
		{"c) o conteúdo integral das mensagens enviadas pelo titular;", true},
		{"3) el contenido íntegro de los correos del usuario.", true},
		{"b) les fichiers stockés dans le compte depuis mars.", true},
		{"2. alle gespeicherten Dateien des Kontos.", true},
		{"dados cadastrais e registros de conexão; não solicitamos arquivos armazenados.", false},
		{"Datos del abonado; no se solicita el contenido de los mensajes.", false},
		{"Nous ne demandons pas le contenu des messages du compte.", false},
		{"نرجو موافاتنا بمحتوى جميع الرسائل المرسلة من الحساب.", true},
		{"كما نطلب الملفات المخزنة في الحساب.", true},
		{"بيانات المشترك فقط، ولا نطلب محتوى الرسائل.", false},
		{"3. the contents of all support correspondence and messages exchanged by the account holder.", true},
		// The account as a whole; content a warrant or an application was
		// for; content a court denied.
		{"Please provide all information you hold for the account, in short everything in the account: the logins and whatever the user stored or sent through it.", true},
		{"We applied for a search warrant for the stored content of this account, and the judge declined to sign it.", false},
		{"The Court denied our application to the extent it sought stored content.", false},
		// The order's own denial, in its words.
		{"Attachment B: subscriber records and IP logs. The contents of communications are not to be disclosed.", false},
		{"The contents of any message shall not be produced under this order.", false},
		{"Please produce subscriber records and the contents of all e-mails for example.com, and the contents of this subpoena shall not be disclosed to the subscriber.", true},
		// Withdrawn by the writer, not removed or struck in the story.
		{"Please produce the contents of all messages for example.com, including messages that have been removed, for the period above.", true},
		{"The suspect struck the victim and sent her threatening messages, so please produce the content of those messages.", true},
		{"We withdraw item 3, the contents of the e-mails; produce the subscriber records only.", false},
		// The refusal told in the next sentence.
		{"Earlier we applied for a search warrant covering the contents of the mailbox. The magistrate judge declined to sign it for want of probable cause.", false},
		{"We applied for a warrant for the stored content. It was denied last week, so only subscriber records are sought.", false},
		{"We have a warrant for the stored content. The judge signed it on Monday.", true},
		{"We applied for a warrant for the stored content. The defendant declined to consent.", true},
		{"The 2703(d) order was issued on our application for the contents of all e-mails in the account. The court denied the defense motion to quash it.", true},
		{"The request for the contents of stored communications is DENIED.", false},
		{"Attached is a grand jury subpoena for the stored content of the account.", true},
		// A warrant for content still ahead asks nothing now; a subpoena
		// or an order for content does.
		{"If the logs confirm it, we will apply for a search warrant for the account contents and serve it separately.", false},
		{"Our investigators are also preparing a search warrant for the account's stored content, to be served once signed.", false},
		{"We will serve a 2703(d) order for the account's stored content.", true},
		{"We will apply for a search warrant for the stored content only if you decline to produce it under this subpoena.", true},
		{"We will seek a warrant for the account contents unless you voluntarily produce them with this subpoena.", true},
		{"We will seek a search warrant for the stored content and send it to you once signed.", false},
		{"We will seek a search warrant for the stored content, but please produce the content now.", true},
		{"Attached is a search warrant for the account's stored content; we will apply for another next week.", true},
		// The fourth review's probes.
		{"We are requesting, under the attached subpoena and our application for the stored content of the account, records for the period.", true},
		{"This 2703(d) order was granted on our application for the contents of all e-mails in the account.", true},
		{"We are requesting the contents of the account, as our earlier request was withdrawn, for the period above.", true},
		{"Provide the contents of all e-mails, including those whose delivery was refused.", true},
		{"Please send everything on the account such as subscriber name, IP logs and billing.", false},
		{"Please send everything in the account's login history.", false},
		{"(c) everything else held in the account: any files or messages the account holder stored.", true},
		{"2. Any and all data stored in or associated with the account, including but not limited to messages, uploaded documents, images and all other content.", true},
		{"All records of the account, including, but not limited to, the contents of e-mails.", true},
		{"Please send whatever the subscriber sent us as identification.", false},
		// The agency's own letters sent to its officer by rank and name.
		{"The Clerk does not handle production. Please direct all correspondence to Special Agent Roe at the number above.", false},
		{"Send any correspondence to Detective Alvarez; she handles the production.", false},
		{"Please produce all correspondence to Officer Maria Ramirez from the account threats@example.net between July 1 and August 31.", true},
		// Content excluded, or wanted only on a condition.
		{"We ask only for the date, time, sender and recipient of each message. The order expressly excludes subject lines, message bodies and attachments.", false},
		{"We did not get authority for content. If you want the support tickets or any stored messages, that needs a search warrant.", false},
		{"If you have them, please produce all stored messages of the account.", true},
		// A denial of something else before the ask.
		{"This subpoena does not compel your testimony, so please produce the contents of all e-mails.", true},
		{"Our State law does not allow for a warrant here, so produce the contents of all messages under this subpoena.", true},
		{"The subpoena does not authorize the production of the following: contents of e-mails, photos or messages.", false},
		{"This Order does not authorize disclosure of: subject lines, attachments, or the contents of any communication.", false},
		// The account's export as a whole; an export of its registration
		// records is none.
		{"B. A complete export of the account - that is, everything the account holder has stored with or sent to Provider.", true},
		{"Everything the subscriber has uploaded since June.", true},
		{"A complete export of the account registration records and IP logs.", false},
		// An order that names its own limit.
		{"3. For e-mail sent to the account: sender, recipient, date and time only. This Order does not authorize the disclosure of subject lines or the contents of any communication.", false},
		{"This Order does not limit the records to be produced: produce the contents of all e-mails of the account.", true},
		// Content a warrant the writer anticipates is to reach; a form's
		// empty box and an item marked not requested.
		{"Subscriber records only; we anticipate seeking a search warrant for the stored files of the account later.", false},
		{"Records: [X] Subscriber information [ ] Stored files and photos [X] IP logs", false},
		{"Stored content: NOT REQUESTED. Subscriber records and IP logs: requested.", false},
		{"Records: [X] Stored files and photos [X] IP logs", true},
		// A person's uploads as such.
		{"Produce every file he uploaded to the account during the period, in native format.", true},
		{"We need to see exactly what the subscriber uploaded, not only the file names.", true},
		{"Produce the upload logs showing the IP address of each upload.", false},
		// The review's probes: content asked after an empty box, ticked;
		// "not requested" told of an earlier letter.
		{"☐ Payment records ✔ Subscriber information ✔ Contents of all stored e-mails", true},
		{"[X] Subscriber information [ ] Payment records ✓ Contents of all stored e-mails", true},
		{"We now also need the content of all e-mails in the account from 2026-10-01 to 2026-11-01 (not requested in our earlier letter).", true},
	})
}

// TestEmergencyContentAsked: an emergency's story names messages and
// photos without asking for them; only an ask of ours counts there.
func TestEmergencyContentAsked(t *testing.T) {
	checkContent(t, true, []contentCase{
		// Session 25: an emergency's list of asks opened by "Please
		// immediately:", and an ask that opens the content phrase.
		{"To find her we need to see what is stored in the account. Please immediately: 1. disable two-factor authentication on the account so our investigators can sign in, and 2. send us a full export of all files, messages and backups stored in the account.", true},
		{"Time is critical. Send us a full export of all files in the account.", true},
		{"He told her he would ask for the contents of her private messages next. We need the login IPs of example.net.", false},
		{"We need, as soon as possible: the login IPs; the account e-mail; we already hold the contents of the messages he sent.", false},
		// Session 30: a list's head that names the period before its colon.
		{"We ask for, for the period November 1, 2026 to November 4, 2026: subscriber records; IP logs; the full contents of all messages stored in or sent from the account.", true},
		{"Her captor disabled two-factor authentication on the account last night; we need the login IP addresses.", false},
		// Session 32: content asked "also" in an emergency.
		{"The subscriber e-mail and IP logs will help locate him. We also ask for the full contents of all messages stored on the account.", true},
		{"Her mother showed us the messages in which the user of example.net says he will come to her school tonight with a gun. The IP logs will help us find him.", false},
		{"She received the messages from the user of example.net, who wrote that he will kill her tonight. Please send the subscriber e-mail.", false},
		{"The account holder of example.net sent the pictures to her classmates last night. We need the IP logs to locate him.", false},
		{"We need everything you have on the account as fast as possible: name, e-mail, full contents of all messages and support tickets sent from the account, all IP logs.", true},
		{"Records requested: 1. Subscriber information 2. All files stored in the account, including the uploaded videos.", true},
		// Session 27: an item after an item ended in a stop, under the
		// list's head.
		{"How the records help: we need to see who he is talking to. Records requested: 1. Subscriber information for example.net, 07/01/2026 to present. 2. The full contents of all messages stored in the account.", true},
		{"Records requested: 1. Subscriber information for example.net, 07/01/2026 to present. 2. Login IP logs. We will follow up with a search warrant for: 1. Stored files. 2. The full contents of messages.", false},
		// Session 28: items lettered in brackets under "Please provide, for
		// <period>:".
		{"Please provide, for June 1 - June 8, 2026:\n (a) account registration data for example.net;\n (b) API logs with IPs;\n (c) the full contents of all messages the account holder sent to your support desk.", true},
		{"Please provide, for June 1 - June 8, 2026:\n (a) account registration data for example.net;\n (b) API logs with IPs.\nHe had sent the full contents of all messages to the victim's family.", false},
		{"Please provide the contents of the messages he sent her.", true},
		// Session 31 (round 66): a form's ticked box for the notes the
		// account holds.
		{"Information requested:\n[X] Subscriber information\n[X] IP logs\n[X] Content of all notes and uploaded files in the account", true},
		{"Information requested:\n[X] Subscriber information\n[X] IP logs\n[ ] Content of all notes and uploaded files in the account", false},
		// A request closed by a year, then the writer's own inbox.
		{"Please provide the account e-mail and IP logs of example.net for November 1 through November 5, 2026. I am monitoring this inbox overnight, please reply here.", false},
	})
}

func TestWrongAddressee(t *testing.T) {
	a := &Analyzer{ourNames: []string{"provider"}}
	for _, tt := range []struct {
		text, want string
	}{
		{"TO: Custodian of Records, Namecheap, Inc.\nYOU ARE COMMANDED", "Namecheap, Inc"},
		{"Custodian of Records for Example Registrar LLC", "Example Registrar LLC"},
		{"Attn: Legal Department, Acme Hosting", "Acme Hosting"},
		{"TO: Custodian of Records, Provider\n", ""},
		{"To: Custodian of Records, Provider, Inc.", ""},
		// A keeper of records, as Massachusetts process names the
		// custodian; a court's decree naming the company it orders.
		{"TO: Keeper of Records, Example Webhost Ltd., Legal Department\nYOU ARE HEREBY REQUIRED", "Example Webhost Ltd., Legal Department"},
		{"TO: Keeper of Records, Provider\n", ""},
		{"Pursuant to 18 U.S.C. 3512, IT IS ORDERED that Example Cloud Servers, Inc., 1 Example Way, shall produce the following records:", "Example Cloud Servers"},
		{"IT IS ORDERED that Provider, Inc. shall produce the records of example.com.", ""},
		// Session 27: an order naming the company in capitals; a
		// salutation to another company's legal team (not ours).
		{"It is ORDERED that EXAMPLE CHAT, INC. shall disclose the records described in Attachment A.", "EXAMPLE CHAT"},
		{"Dear Example Chat Legal Team,\n\nAttached please find an order for the usernames below.", "Example Chat"},
		{"Dear Provider Legal Team,\n\nAttached please find an order for example.com.", ""},
		// Session 32: an order "riktat till" (Swedish) or "gerichtet an"
		// (German) a company, its trade's noun between.
		{"Beslutet är riktat till domänregistraren Example Registrar AB och gäller uppgifter om registranten.", "Example Registrar"},
		{"Die Anordnung ist gerichtet an Example Hosting GmbH und betrifft die Domain example.de.", "Example Hosting"},
		// Danish "rettet mod" is against the order's target, not its
		// addressee.
		{"Kendelsen er rettet mod Suspectco A/S, som er mistænkt for bedrageri, og pålægger jer at udlevere oplysningerne.", ""},
		{"Beslutet är riktat till er och gäller uppgifter om registranten av example.se.", ""},
		{"Príkaz je adresovaný spoločnosti Example\nRegistrar LLC a ukladá jej vydať údaje.", "Example\nRegistrar"},
		// A letter headed to another company's response team; ours is not.
		{"Example Chat Messenger - Law Enforcement Response\n\nEXIGENT REQUEST for the user @example_user.", "Example Chat Messenger"},
		{"Provider - Law Enforcement Response\n\nPreservation request for example.com.", ""},
		{"Example Investigations - Law Enforcement Response\n\nPreservation request for example.com.", ""},
		{"Example Cyber Division - Law Enforcement Liaison\n\nPreservation request for example.com.", ""},
		// Session 25: the process directed to a company later in the
		// sentence that names it.
		{"Attached is a search warrant issued by the Superior Court of Example County, Criminal Case No.\n26-0091-SW, directed to Example Social, Inc. for the profile ID 100088123456.", "Example Social"},
		{"Attached is a search warrant issued by the Superior Court of Example County, Criminal Case No. 26-0091-SW, directed to Provider, Inc. for example.com.", ""},
		// A state warrant's caption addressed to a company on its next line.
		{"THE PEOPLE OF THE STATE OF EXAMPLE, TO ANY PEACE OFFICER IN THE COUNTY OF\nEXAMPLE, AND TO: Example Search LLC, Custodian of Records,", "Example Search"},
		// A federal warrant's Attachment A names where the data is stored.
		{"This warrant applies to information associated with user ID 1000 that is stored at premises owned, maintained,\ncontrolled or operated by Example Social Platforms, Inc., a company headquartered in California.", "Example Social Platforms"},
		{"This warrant applies to information associated with example.com that is stored at premises controlled by Provider, Inc., a company headquartered in Delaware.", ""},
		{"This warrant applies to information associated with example.com that is stored at premises owned, maintained, controlled, or operated by Example Holdings, Inc., doing business as Provider, a company headquartered in Delaware.", ""},
		{"Dear Law Enforcement Response Team,\n\nThe Drug Enforcement Administration", ""},
		{"Custodian of Records:\nlaw-enforcement@provider.test", ""},
		{"TO: Custodian of Records     Example Webmail Inc.     Legal Compliance Department", "Example Webmail Inc"},
		// A court "Limited Jurisdiction" is no company.
		{"TO: Example County Court Limited Jurisdiction\nYOU ARE COMMANDED", ""},
		// A company's suffix written out ("Limited", "Incorporated").
		{"TO: Custodian of Records\n    Example Certificates Limited\n    Legal Compliance Department", "Example Certificates Limited"},
		{"TO: Custodian of Records\nProduce the following records", ""},
		{"To the Custodian of Records\nUpon receipt of this warrant", ""},
		// The process itself directed to another company.
		{"Please accept service of the attached search warrant. The warrant is directed to Example Mail Services LLC and commands production of the mailbox.", "Example Mail Services"},
		{"THE PEOPLE OF THE STATE, to any peace officer and to: EXAMPLE MAIL SERVICES LLC, Custodian of Records.", "EXAMPLE MAIL SERVICES"},
		{"The warrant is directed to Provider, Inc. and commands production.", ""},
		{"Please accept service of the attached search warrant. The warrant is\ndirected to Example Mail LLC and commands production.", "Example Mail"},
		{"The attached warrant, signed today by Judge Roe, is directed to Example Mail LLC.", "Example Mail"},
		{"TO ANY SHERIFF, POLICE OFFICER OR PEACE OFFICER in the county, and to: EXAMPLE MAIL LLC, Custodian of Records.", "EXAMPLE MAIL"},
		{"An earlier subpoena addressed to Example Registrar LLC showed the payments.", ""},
		// A warrant's command to serve it upon a company, on the next lines.
		{"YOU ARE THEREFORE COMMANDED to serve this warrant upon:\n\n    Example Webmail Services, Inc.\n    Attn: Custodian of Records", "Example Webmail Services"},
		{"You are commanded to serve this warrant upon Provider, Inc. forthwith.", ""},
		{"YOU ARE COMMANDED to search:\nExample Mail Services, Inc., Attn: Custodian of Records, a provider of electronic mail services,", "Example Mail Services"},
		{"TO: Custodian of Records, Example Agents Inc., registered agent for Example Bank N.A.", "Example Agents Inc"},
		{"The order directs\nExampleMail, Inc. to disclose the subscriber information of jo@examplemail.example.", "ExampleMail"},
		{"The order directs Provider, Inc. to disclose the subscriber information of example.com.", ""},
		// Session 29: an order told as "directing" a company.
		{"The court has issued an order directing Example Registrar Services LLC to produce the registrant details of example.com.", "Example Registrar Services"},
		{"The court has issued an order directing Provider, Inc. to produce the subscriber records of example.com.", ""},
		{"Earlier in this case the court signed an order directing Example Payments LLC to produce the suspect's records. Attached is our subpoena for example.com.", ""},
		// Second review: a threat or messages addressed to a company in
		// the story, and an earlier request to another company, are not
		// this order's addressee.
		{"A threat sent from jo@example.com was addressed to Example Logistics Inc. and said a bomb will go off today.", ""},
		{"El sospechoso envió mensajes dirigidos a Transportes Ejemplo S.A. anunciando que matará al gerente.", ""},
		{"Una orden anterior fue dirigida a Ejemplo Moviles S.A. el mes pasado.", ""},
		// Round 59: the order "addressed to" another company, in Romanian.
		{"Ordinul este adresat către Example Mail LLC și privește contul jo@example.com.", "Example Mail"},
		{"Ordinul este adresat către Provider, Inc. și privește domeniul example.ro.", ""},
		{"YOU ARE COMMANDED to serve this warrant upon: Example Agents Corporation, registered agent for Provider.", ""},
		{"You are commanded to serve this warrant on Example Holdings, Inc., doing business as Provider.", ""},
		// Another company named in passing is no addressee.
		{"A grand jury subpoena previously directed to Example Registrar LLC showed the payments.", ""},
		{"The victim's complaint was directed to Example Bank Corp. last spring.", ""},
		{"Please send the records to me and to: Example Analytics LLC, our forensic examiner.", ""},
		// The order directed to another company, in Norwegian and German.
		{"Ordren er rettet til domeneregistraren Example Names Registry LLC og gjelder domenet example.no.", "Example Names Registry"},
		{"Der Beschluss ist gerichtet an die Example Hosting GmbH und betrifft example.de.", "Example Hosting"},
		{"Ordren er rettet til Provider, Inc. og gjelder domenet example.no.", ""},
		// Session 28: a letter's inside address over an "Attn:" line; a
		// company asked by name to act.
		{"Example Ride Share Inc.\nAttn: Law Enforcement Response Team\n\nRE: Preservation request", "Example Ride Share"},
		{"Provider Inc.\nAttn: Law Enforcement Response Team\n\nRE: Preservation request", ""},
		{"Example Scooters LLC is hereby requested to preserve all records of the rider account jo@example.com.", "Example Scooters"},
		{"Provider, Inc. is requested to preserve all records of example.com.", ""},
		{"The victim told us Example Bank Corp. is required to keep statements for seven years.", ""},
		// Session 28 review: a company beside us, one in a story, a copy's
		// addressee.
		{"Pursuant to 18 U.S.C. 2703(f), Provider, Inc. and Example Payments LLC are hereby requested to preserve all records of jo@example.net.", ""},
		{"Under a civil judgment in October, Example Roofing LLC is required to produce its invoices to the victims. Please preserve the records of jo@example.net.", ""},
		{"Provider, Inc.\nAttn: Custodian of Records\n\nPlease preserve the records of jo@example.net.\n\nSA Jo Roe\n\ncc:\nExample Telecom Inc.\nAttn: Subpoena Compliance", ""},
		// A Japanese or Korean letter's addressee, by its honorific.
		{"Example Storage Corp.\n法務部 御中\n\n捜査へのご協力をお願いします。", "Example Storage"},
		{"Example Webmail, Inc. 법무팀 귀중\n\n수사 협조를 요청합니다.", "Example Webmail"},
		{"Provider, Inc.\nLegal 御中\n\n捜査へのご協力をお願いします。", ""},
		{"Example Shop LLC (example.com) について\nProvider Inc. 法執行窓口 御中\n\n捜査へのご協力をお願いします。", ""},
	} {
		if got := a.wrongAddressee(tt.text); got != tt.want {
			t.Errorf("wrongAddressee(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLures: a phishing lure dressed as a court's e-filing notice shows
// several kinds of sign, a voicemail notice whose message is an
// attachment one (enough where no process is claimed); a real subpoena's
// letter, or an agent mentioning the voicemail they left, shows none.
func TestLures(t *testing.T) {
	for _, tt := range []struct {
		text  string
		signs int // how many kinds of sign make it a lure
		lure  bool
	}{
		{"A subpoena has been filed against your organization in Case No. 1:26-cv-00001. You are required to review the court documents within 48 hours to avoid a default judgment. VIEW COURT DOCUMENTS. You will be asked to sign in with your corporate e-mail account to verify your identity.", 2, true},
		{"You have been served with a subpoena to appear. Failure to respond within 48 hours may result in a bench warrant and fines. To view your sealed subpoena, sign in with your company e-mail account: VIEW SEALED DOCUMENT", 2, true},
		{"Attached is a grand jury subpoena issued by the United States District Court for the District of Kansas for the records of example.com. Failure to comply may be punished as contempt of court. Please produce the records to me by November 30.", 2, false},
		{"A sealed court document (SUBPOENA - 3 pages) has been shared with legal@provider.test by Clerk of Court. Failure to acknowledge receipt within 24 hours may result in the document being marked as refused service. VIEW DOCUMENT", 2, true},
		{"You have 2 new voice messages. Caller: +1 (312) *** **10. Open the attachment to listen to the message.", 1, true},
		{"New voicemail received for legal@provider.test. Duration 00:32. Play the attached audio to hear it.", 1, true},
		// A site that sells "discount" tickets is no marketing of ours.
		{"Since August a website has been selling \"discount\" ferry tickets our client never issued. Please provide the name and e-mail address of whoever obtained certificates for example.com.", 1, false},
		{"Notifica di atto giudiziario: visualizza l'atto entro 48 ore. Non rispondere a questa email.", 2, true},
		// A real case about money sent in bitcoin is no extortion.
		{"Attached is a subpoena: victims of a cryptocurrency investment scheme were told to send Bitcoin to a wallet; please produce the records of example.com.", 2, false},
		// Secure-message, extortion, HR and foreign court-notice lures.
		{"You have 3 encrypted messages waiting from Court Clerk - Sealed Filings. Open your messages before they expire. This notification was generated automatically, do not reply.", 2, true},
		{"I have access to your device and your mailbox. Pay 900 USD in Bitcoin within two days. Do not contact the police.", 1, true},
		{"Your benefit elections are not confirmed and you will lose dental coverage on January 1. This is an automated message, please do not reply.", 2, true},
		{"Fica V.Sa. intimada a tomar ciência do processo em 48 horas, sob pena de revelia e bloqueio de contas. Não responda este e-mail.", 2, true},
		// A file-share notice whose link works for anyone.
		{"Jo Roe shared a file with you: \"Subpoena_Response.pdf\". This link will work for anyone in provider.test. Open", 2, true},
		{"Please do not reply to the sender address; the portal cannot receive mail. Attached is the subpoena for example.com.", 2, false},
		{"I left a voicemail for your team yesterday about the attached subpoena for example.com; please call me back.", 1, false},
		{"Dear Customer Service,\nI am a detective; our e-mail system is down. Who owns example.net?", 1, false},
		// Delivery-fee, advance-fee and password lures; a police letter
		// about the same scams is none.
		{"Dear customer, your package is on hold at the depot because a delivery charge of $2.49 is unpaid. Pay now: http://example.net/p", 1, true},
		{"Notice to the beneficiary: a compensation fund payment of USD 2,750,000.00 has been approved in your favour; a processing fee of $310 applies.", 1, true},
		{"Your mail password expires in 12 hours. Keep your current password here.", 1, true},
		{"Attached is a subpoena. Victims received texts saying a parcel was on hold until a customs fee of $1.99 was paid; please produce the records of example.com.", 2, false},
		{"Who runs example.net? Victims were told their package is on hold until an outstanding customs fee is paid; please send the registrant's e-mail.", 1, false},
		{"Attached is a subpoena: victims were told they were the beneficiary of a $4,500,000.00 inheritance approved in their favour after a release fee of $2,500; produce the records of example.com.", 2, false},
		{"Dear Custodian of Records, attached is a grand jury subpoena for example.com about losses of $1,200,000.00 approved for wire transfer by the victim bank.", 2, false},
		// A domain's service to be cut off, a secure voicemail behind a
		// password; a charity's partnerships team asking who runs a site.
		{"FINAL NOTICE: DNS suspension for provider.test. Mail for your addresses will stop within 48 hours. Re-validate now: http://example.net/v", 2, true},
		{"You have 1 new secure voicemail about a subpoena. Sign in with your legal@provider.test mailbox password to listen.", 2, true},
		{"I work in the Partnerships team of an anti-fraud charity. Who runs example.net?\n\nJo Roe\nPartnerships Manager", 1, false},
		{"We would like to explore a partnership with your team on fraud reports.", 1, true},
		// Round 59: a sales call asked for, with a seller's claims; a
		// detective's call asked for is no sales call.
		{"Teams your size lose subpoenas in a shared inbox; providers like yours cut handling time by 60%. Worth a 15-minute look next week? Here's my calendar.", 2, true},
		{"Attached is a subpoena for example.com. Are you open to a quick call? My cell is 555-0100.", 2, false},
		{"Several members asked for a session on how to request records from online service providers like yours.", 1, false},
		{"We'd love to talk about a partnership with your trust and safety team.", 1, true},
		{"Your search engine listing for provider.test expires on 10/24. Renew now. This is not a bill. This is a solicitation for an optional service.", 2, true},
		{"I'm a detective; this is a solicitation of a minor investigation. Who registered example.net?", 1, false},
		{"Incoming messages for your domain will stop within 24 hours. Domain suspension notice: renew now.", 2, true},
		// A service sold to the mailbox, with an offer and a way to stop it.
		{"Our team serves subpoenas and preservation letters in all 50 states, starting at $49. This month only: your first 10 services free. To stop receiving these messages reply STOP.", 2, true},
		{"Attached is a subpoena. Victims were promised their first 10 tickets free; please produce the records of example.com.", 2, false},
		// Words of a real letter: a registrar's suspension, records to be
		// deleted.
		{"Attached is a Rule 45 subpoena. The registrar has announced a domain suspension of example.net and records may be deleted within 72 hours.", 1, false},
	} {
		if n, _ := spamScore(tt.text); (n >= tt.signs) != tt.lure {
			t.Errorf("spamScore(%q) = %d, want lure %v", tt.text, n, tt.lure)
		}
	}
}
