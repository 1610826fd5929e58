package triage

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a request asks for, read sentence by sentence so that a negation
// or a "non-content only" qualifier applies to its own sentence only.

// contentPhrase names stored content: the bodies of communications and
// what users store (18 U.S.C. 2510(8): "contents" is the substance,
// purport or meaning of a communication; Microsoft's FAQ: "the content of
// emails, documents, photos"). General knowledge of how requests word it.
var contentPhrase = lazyRegexp(`(?i)\b(?:contents?|bodies|body|substance|text) of (?:all |any |each |every |the |such |stored |those |these |its |their |his |her )*(?:(?:support |customer |private |direct )(?:correspondence|messages?|e-?mails?|chats?|communications?)|(?:support |help ?desk )tickets?|e-?mails?|messages?|communications?|chats?|conversations?|correspondence|files?|documents?|attachments?|posts?|accounts?|mailbox(?:es)?|inbox(?:es)?|storage|cloud|drives?|texts?|DMs|voice ?mails?|uploads?|notes)\b` +
	`|\b(?:e-?mail|message|stored|communications?|account|mailbox|inbox|chat|file) contents?\b|\bstored (?:content|communications|e-?mails?|messages|files|photos|data)\b` +
	`|\bcop(?:y|ies) of (?:all |any |the |each )*(?:sent |received |stored |private |direct )?(?:e-?mails|e-?mail messages|messages|chats|chat (?:logs|messages|transcripts)|text messages|communications|conversations|voice ?mails|attachments|photos|photographs)\b` +
	`|\b(?:all|any|copies of|copy of|the|including)(?: the| any| all)? (?:data,? (?:and )?)?(?:(?:draft|unsent|deleted|archived|private) )?` + contentNoun + `(?:,? (?:and |or |& )?(?:[\w-]+ )?` + contentNoun + `)*,? (?:(?:the|that|which) (?:account holders?|users?|subscribers?|customers?|targets?)(?: has| have| had)? )?(?:sent|received|stored|saved|uploaded|exchanged|contained|kept|held|associated|in|from|to|by|within|of)\b` +
	`|\b(?:full|complete|entire) contents?\b|\ball other content\b|\b(?:and|or|&) (?:all |any )?other (?:stored )?content(?:[^\w-]|$)|\b(?:all|any)\s+(?:the\s+)?(?:stored\s+)?content\s+(?:stored|saved|held|kept|uploaded|in|of|from)\b` +
	// "All of her e-mails": a person's messages as a whole.
	`|\ball (?:of )?(?:his|her|their|the (?:user|subscriber|account holder|target)'s) (?:e-?mails|messages|chats|texts|text messages|private messages|direct messages|DMs|conversations|correspondence|files|photos)\b` +
	// "His drafts": what a person wrote and kept unsent is a message's
	// content.
	`|\b(?:his|her|their|the (?:user|subscriber|account holder|target|subject|suspect)'s) (?:unsent )?(?:drafts|draft (?:messages|e-?mails))\b` +
	// "His saved notes", "her stored files": what a person kept.
	`|\b(?:his|her|their|the (?:user|subscriber|account holder|target|subject|suspect)'s) (?:saved|stored|private) (?:notes|files|documents|photos|messages|drafts)\b` +
	`|\b(?:all|any|the)\s+(?:saved\s+)?notes\s+(?:saved|stored|kept|created|written)\s+(?:by\s+(?:the\s+)?(?:user|account holder|subscriber|suspect|target|him|her|them)|in\s+(?:the|his|her|their)\s+account)\b` +
	// "Everything in the account", "whatever the user stored or sent
	// through it": the account's content as a whole.
	`|\beverything (?:else )?(?:in|stored in|held in|kept in|inside) (?:the|this|that|their|his|her|its) account(?:\s*[.;:)]|\s*,?\s*(?:including|and|whatever)\b|\s*$)` +
	// "A complete export of the account", "everything the account
	// holder has stored with or sent to Provider".
	`|\b(?:full|complete|entire) (?:export|copy|backup|dump|download|archive|image) of (?:the|this|that|their|his|her|its) account(?:\s*[-–,.;:)]|\s+(?:including|and|that|which|with|to|as)\b|\s*$)` +
	`|\beverything (?:that )?the (?:user|account holder|subscriber|customer|target) (?:has |had )?(?:stored|sent|saved|uploaded|kept)\b` +
	// "Every file he uploaded to the account", "we need to see exactly
	// what he uploaded": a person's stored files as such.
	`|\b(?:every|each|all|any)\s+(?:of\s+the\s+)?files?\s+(?:that\s+)?(?:he|she|they|the (?:user|suspect|subject|account holder|subscriber|target))\s+(?:has\s+|had\s+)?(?:uploaded|stored|saved|shared)\b` +
	`|\b(?:see|know|get|obtain|have)\s+(?:exactly\s+)?what (?:he|she|they|the (?:user|suspect|subject|account holder|subscriber|target)) (?:has |had )?(?:uploaded|stored|saved)\b` +
	`|\bwhatever the (?:user|account holder|subscriber|customer|target) (?:has |had )?(?:stored|sent|saved|uploaded|kept|wrote)(?: (?:on|in|to|with))?(?: or (?:stored|sent|saved|uploaded|kept|wrote))?\s+(?:through|from|in|on|with|using|to)\s+(?:it|the account|that account|the mailbox|the service|your service|your platform|you)\b` +
	// What a person wrote, asked for in so many words: "could you also
	// include copies of whatever he wrote to her", "send us what the
	// user posted"; only after a verb of asking (a story may say what
	// he wrote).
	`|\b(?:include|send|provide|produce|give|disclose|share|forward|release)\s+(?:us\s+|me\s+)?(?:also\s+)?(?:(?:copies|a copy|the text|a transcript) of\s+)?(?:whatever|what|everything|anything|all)\s+(?:that\s+)?(?:he|she|they|the (?:user|suspect|subject|account holder|subscriber|target|offender))\s+(?:has\s+|had\s+)?(?:wrote|written|posted|said|typed|messaged)\b` +
	`|\b(?:including|with) (?:their|its|the|all) (?:full |complete )?contents?\b` +
	// "All e-mail messages, including content and attachments, sent or
	// received by …": the bare word after "including" (session 33; "not
	// including content" is notContent's; "including content retention
	// periods" is contentAsked's).
	`|\bincluding (?:the )?(?:full |complete |message |e-?mail )?contents?\b` +
	`|\b(?:inbox|sent (?:items|mail|folder)|outbox|drafts folder|deleted items)\b|\bmessages? bodies\b|\bsent and received (?:e-?mails|messages|communications)\b|\ball (?:the )?(?:messages|e-?mails|chats|texts|DMs) (?:he|she|they|the (?:user|suspect|subject|account holder|victim|boy|girl|child)) (?:has |had )?(?:sent and received|received and sent|exchanged)\b|\b(?:e-?mails|messages) (?:sent|received|exchanged) (?:and|or) (?:sent|received)\b` +
	// Access to the account itself asks for everything in it: a
	// password reset, a second factor turned off, a login given, an
	// export of what it stores (general knowledge of account-takeover
	// requests; policy: content only under a warrant).
	// Each only as asked: after "please", a list's number or a colon, or
	// a verb of giving; never told as what happened ("he used her phone
	// to reset her password") or as what not to do ("do not … reset the
	// password").
	`|(?:^|:\s*|\d[.)]\s*|\b(?:please|immediately|kindly|(?:need|ask|want|request that) you to|we ask that you)\s+)(?:(?:disable|turn off|switch off|remove|bypass|deactivate|suspend)\s+(?:the\s+)?(?:account'?s?\s+)?(?:two-?factor|2-?fa|two-?step|multi-?factor|mfa|second[- ]factor)|reset (?:the |her |his |their |its )?(?:account'?s? |user'?s? )?password)\b|\b(?:give|provide|send|issue|create|set up)\s+(?:us\s+|me\s+|our\s+\w+\s+)?(?:with\s+)?(?:a\s+|some\s+)?(?:temporary|temp)\s+(?:login|log-in|sign-in|access)\s+(?:credentials|password)\b|\b(?:give|grant|provide) (?:us |me |our (?:investigators|detectives|officers) )?(?:temporary )?(?:access to|a login (?:to|for)) (?:the|her|his|their|this) account\b|\b(?:send|provide|produce|give|disclose|share|forward|deliver)\s+(?:us\s+|me\s+)?(?:with\s+)?(?:a\s+|an\s+|the\s+)?(?:full\s+|complete\s+)?(?:export|dump|backup|archive)\s+of\s+(?:all (?:of )?|the )?(?:(?:his|her|their|the account'?s?) )?(?:files|messages|e-?mails|content|contents|photos|backups|mailbox)\b` +
	// "(3) the messages he exchanged with other users", "messages
	// exchanged by the account holder": asked as an item or after a verb,
	// not as what logs are "of".
	`|(?:^|:\s*|\d[.)]\s*|\b(?:provide|produce|disclose|send)\s+(?:us\s+)?)(?:the |all (?:of )?(?:the )?)?(?:messages|e-?mails|chats|texts|DMs|conversations|communications|correspondence) (?:(?:that )?(?:he|she|they|the (?:user|suspect|subject|account holder|subscriber|target)) (?:has |had )?exchanged|exchanged (?:by|between) (?:the )?(?:account holder|user|subscriber|suspect|target|him|her|them))\b` +
	// The same in the languages of the foreign letters we read: Portuguese,
	// Spanish, French, Italian, German, Dutch.
	// "Integral", "complete" or "whole" may stand between the content and
	// what it is of ("o conteúdo integral das mensagens").
	`|\bconte[úu]do (?:(?:integral|completo|total) )?(?:das|dos|de) (?:todas as |todos os )?(?:mensagens|e-?mails|correio|comunica[çc][õo]es|ficheiros|arquivos)|\bcontenido (?:(?:[íi]ntegro|completo|total) )?de (?:los|las|todos los|todas las) (?:mensajes|correos|comunicaciones|archivos)|\bcontenu (?:(?:int[ée]gral|complet) )?(?:de l'ensemble des|de tous les|de toutes les|des) (?:messages|courriels|e-?mails|communications|fichiers)|\bcontenuto (?:(?:integrale|completo) )?(?:dei|delle) (?:messaggi|e-?mail|comunicazioni|file)|\b(?:vollst[äa]ndigen? )?Inhalte? (?:der|von|s[äa]mtlicher|aller) (?:[\p{L}-]+\s+){0,5}?(?:E-?Mails|Nachrichten|Kommunikation|Dateien)|\b(?:volledige )?inhoud van (?:de )?(?:berichten|e-?mails|communicatie|bestanden)` +
	// Swedish "innehållet i samtliga meddelanden", Danish "indholdet af
	// alle beskeder", Norwegian "innholdet i alle meldinger" (general
	// knowledge).
	`|(?:^|[^\p{L}])(?:innehåll(?:et)?|indhold(?:et)?|innhold(?:et)?)\s+(?:i|af|av)\s+(?:samtliga\s+|alla\s+|alle\s+|de\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meddelanden|e-?post(?:meddelanden)?|mejl|beskeder|meddelelser|e-?mails|meldinger|filer)(?:$|[^\p{L}])` +
	// Files stored in the account: "os arquivos armazenados na conta".
	`|\b(?:arquivos|ficheiros) armazenados\b|\barchivos almacenados\b|\bfichiers (?:stock[ée]s|h[ée]berg[ée]s)\b|\bfile archiviati\b|\bgespeicherten Dateien\b|\bopgeslagen bestanden\b` +
	// Arabic: the content of (all) the messages, correspondence or
	// e-mails; the files stored (in the account). General knowledge of
	// each language's words.
	// Swedish, Norwegian, Danish and Finnish: the content of the messages
	// or e-mails ("det fullständiga innehållet i de meddelanden",
	// "innholdet i meldingene", "viestien sisältö").
	`|(?:^|[^\p{L}])(?:innehåll|innhold|indhold)(?:et)?\s+(?:i|af|av)\s+(?:alla\s+|alle\s+|de\s+|dei\s+|den\s+)?(?:meddelanden\p{L}*|meldinge\p{L}*|meddelelse\p{L}*|beskede\p{L}*|e-?post\p{L}*|e-?mail\p{L}*|kommunikation\p{L}*|kommunikasjon\p{L}*|korrespondens\p{L}*|filer\p{L}*)|(?:^|[^\p{L}])(?:meddelandenas|meldingenes|meddelelsernes|e-?postens|e-?postmeddelandenas)\s+(?:innehåll|innhold|indhold)|(?:^|[^\p{L}])(?:viestien|sähköpostien|sähköpostiviestien)\s+sisältö` +
	`|محتوى\s+(?:جميع\s+|كل\s+)?(?:الرسائل|رسائل|المراسلات|البريد|الملفات)|الملفات\s+المخزنة` +
	// Czech, Slovak, Polish, Croatian and Serbian, Hungarian, Romanian,
	// Greek, Russian, Ukrainian, Bulgarian, Turkish and Hebrew: the
	// content of messages, communications or mail (general knowledge).
	`|(?:^|[^\p{L}])obsah\p{L}*\s+(?:veškeré\s+|všech\s+|všetkej\s+|všetkých\s+)?(?:komunikac\p{L}*|komunikáci\p{L}*|korespondenc\p{L}*|korešpondenc\p{L}*|zpráv\p{L}*|správ\p{L}*|e-?mail\p{L}*|soubor\p{L}*|súbor\p{L}*)|(?:^|[^\p{L}])treś[ćc]\p{L}*\s+(?:wszystkich\s+)?(?:wiadomoś\p{L}*|korespondencj\p{L}*|e-?mail\p{L}*|komunikacj\p{L}*)` +
	`|(?:^|[^\p{L}])sadržaj\p{L}*\s+(?:svih\s+)?(?:poruk\p{L}*|komunikacij\p{L}*|e-?pošt\p{L}*|elektroničk\p{L}* pošt\p{L}*)|(?:üzenet(?:ek)?|level(?:ek)?|e-?mail(?:ek)?|kommunikáció)\s+tartalm\p{L}*|con[țţt]inutul\s+(?:tuturor\s+)?(?:mesajelor|comunicărilor|e-?mail\p{L}*)` +
	`|περιεχόμεν\p{L}*\s+(?:των\s+)?(?:μηνυμάτων|επικοινωνιών|email)|содержани\p{L}*\s+(?:всех\s+)?(?:сообщени\p{L}*|переписк\p{L}*|писем|электронн\p{L}*)|(?:^|[^\p{L}])(?:зміст|вміст)\p{L}*\s+(?:усіх\s+)?(?:повідомлень|листування|листів|електронн\p{L}*)|содержим\p{L}*\s+(?:всех\s+)?(?:сообщени\p{L}*|переписк\p{L}*|писем|электронн\p{L}*|почтов\p{L}*)|съдържание\p{L}*\s+(?:на\s+)?(?:всички\s+)?(?:съобщения|кореспонденция)|(?:mesaj|yazışma|e-?posta)\p{L}*\s+içeri[ğg]\p{L}*|תוכן\s+(?:ה)?(?:הודעות|התכתבות)` +
	// Korean, Japanese and Chinese: the content or body of messages,
	// mail or chats; files, messages or photos stored or uploaded.
	`|(?:메시지|이메일|메일|대화|채팅|문자)\s*(?:의\s*)?(?:내용|본문)|(?:저장된|업로드(?:된|한))\s*(?:\p{Hangul}+\s*){0,2}?(?:파일|메시지|사진|자료)` +
	`|(?:メッセージ|メール|チャット)の?(?:内容|本文)|(?:保存|アップロード)(?:された|されている)(?:ファイル|メッセージ|写真)` +
	`|(?:邮件|郵件|消息|訊息|聊天记录|聊天記錄)的?(?:内容|內容)|(?:存储|存儲|保存|上传|上傳)的(?:文件|檔案|照片|消息|訊息)`)

// contentNoun is a kind of stored content.
const contentNoun = `(?:(?:support |help ?desk |customer service )tickets|e-?mails|messages|e-?mail messages|private messages|direct messages|chats?|chat (?:logs|messages|transcripts)|text messages|communications|photos|photographs|pictures|images|videos|files|documents|attachments|voice ?mails?|drafts|conversations|correspondence)`

// notContent qualifies a sentence as asking only for non-content records.
var notContent = lazyRegexp(`(?i)\bliegen uns (?:bereits |schon )?vor\b|\b(?:excluding|exclud(?:es|ed|e)|exclusive of|not including|other than|except(?: for)?|without|not|no|never|neither|nor)\b[^.;]{0,40}\b(?:contents?|bodies|body|substance)\b|\bnon-?content\b|\bheaders? (?:information )?only\b|\bmetadata only\b` +
	// The same denial in the Nordic languages, German and Dutch ("Vi ber
	// ikke om innholdet i meldingene", "nicht um den Inhalt"; general
	// knowledge). Not "not only … but also the content": notOnly is
	// asked first.
	`|(?:^|[^\p{L}])(?:ikke|ikkje|inte|ej|nicht|kein\p{L}*|niet|geen)\s+(?:[^.;]{0,40}?\s)?(?:innhold\p{L}*|innehåll\p{L}*|indhold\p{L}*|inhalt\p{L}*|inhoud)(?:$|[^\p{L}])` +
	// Ukrainian and Russian: "без вмісту", "вміст листів ми не
	// запитуємо", "содержимое писем не запрашивается" (session 33
	// review; general knowledge).
	`|(?:^|[^\p{L}])без\s+(?:вмісту|змісту|содержимого|содержания)(?:$|[^\p{L}])|(?:^|[^\p{L}])(?:вміст|зміст|содержим|содержани)\p{L}*[^.;]{0,40}?(?:^|[^\p{L}])(?:не|ні)\s+(?:\p{L}+\s+)?(?:запиту\p{L}*|проси\p{L}*|запрашива\p{L}*|требу\p{L}*|потрібн\p{L}*|нужн\p{L}*)|(?:^|[^\p{L}])(?:не|ні)\s+(?:\p{L}+\s+)?(?:запиту\p{L}*|проси\p{L}*|запрашива\p{L}*|требу\p{L}*)[^.;]{0,40}?(?:вміст|зміст|содержим|содержани)\p{L}*` +
	// An order's own limit: "This Order does not authorize the disclosure
	// of subject lines or the contents of any communication".
	`|\b(?:does|do|shall|will) not (?:authori[sz]e|permit|allow|require|compel|cover|reach)\b[^.;,:]{0,60}(?::[^.;]{0,160})?\b(?:contents?|bodies|body|substance)\b` +
	// "Nothing in this request reaches the contents": nothing as what asks.
	// Also the order's "Nothing in this Order authorizes the disclosure of
	// the contents of any communication".
	`|\bnothing(?:\s+(?:in|of|from)\s+(?:it|(?:this|the|our)\s+\w+)|\s+herein)?\s+(?:reach|seek|request|ask|call|cover|include|authori[sz]e|permit|allow)(?:s|es)?(?:\s+for)?(?:\s+(?:the|any|all|its|of|disclosure|production|release|messages?|e-?mails?|communications?|stored|account))*\s+(?:contents?|bodies|body|substance)\b|\bnothing\s+(?:of|from|regarding|about|concerning)\s+(?:the\s+|any\s+)?(?:contents?|bodies|body|substance)\b` +
	// Korean, Japanese and Chinese: content excepted or not asked ("내용은
	// 제외", "내용은 요청하지 않습니다", "内容を除く", "不包括内容").
	`|(?:내용|본문)[^.;]{0,20}(?:제외|않|아니)|(?:内容|本文)[^。.;]{0,12}(?:除く|除き|含まない|求めない|不要)|(?:不包括|不含|除外|不需要)[^。.;]{0,12}(?:内容|內容)` +
	// The denial after the noun: "Content of communications is NOT
	// requested", "contents are excluded".
	`|\b(?:contents?|bodies|body|substance)\b[^.;,]{0,40}\b(?:is|are|will be|shall be)\s+(?:not|never)\s+(?:being\s+)?(?:requested|sought|included|asked for|demanded)\b` +
	// The order's own exclusion: "The contents of communications are
	// not to be disclosed" (not "the contents of this subpoena shall not
	// be disclosed", a secrecy clause).
	`|\b(?:contents?|bodies)\s+of\s+(?:any\s+|all\s+|the\s+)?(?:stored\s+|electronic\s+|wire\s+)?(?:communications?|messages?|e-?mails?|correspondence|files)\b[^.;,]{0,30}\b(?:(?:is|are)\s+not\s+to\s+be|(?:shall|will|must|should|may)\s+not\s+be)\s+(?:disclosed|produced|provided)\b|\b(?:contents?|bodies)\b[^.;,]{0,40}\b(?:is|are)\s+excluded\b` +
	// "The request for the contents of stored communications is DENIED."
	`|\b(?:request|application|motion|demand)\s+for\s+(?:the\s+)?(?:contents?|bodies)\b[^.;,]{0,40}\b(?:is|are|was|were)\s+(?:hereby\s+)?(?:denied|refused|withdrawn|struck)\b`)

// contentWithdrawn says the writer withdraws what the request asked of
// content: "we withdraw the part of the subpoena that calls for stored
// files and communications", "we dropped the request for the contents",
// "the request for content is withdrawn", "we no longer seek the
// contents".
var contentWithdrawn = lazyRegexp(`(?i)\b(?:we|I|(?:the|this|our|my) (?:government|state|people|commonwealth|prosecution|office|agency|department|unit)|(?-i:[A-Z]{2,6}))\s+(?:(?:hereby|now|are|am|have|has|had|will|would like to|wish to)\s+)*(?:withdraw(?:s|ing)?|withdrew|rescind(?:s|ed|ing)?|dropp(?:ed|ing)|drop|removed?|removing|struck|strike|deleted?|omitted|took out|taken out|left out)\s+(?:the|our|its|this|that|item|items|paragraph|request|demand)\b[^.;]{0,60}?\b(?:contents?|communications|correspondence|messages|e-?mails|chats|files|attachments)\b` +
	// "The request for stored files … is withdrawn": a request, item or
	// part withdrawn, not messages "removed" from a server.
	`|\b(?:request|demand|item|paragraph|part|portion|category)\b[^.;]{0,60}\b(?:contents?|communications|correspondence|messages|e-?mails|chats|files)\b[^.;]{0,30}\b(?:is|are|has been|have been)\s+(?:hereby\s+)?(?:withdrawn|rescinded|struck)\b` +
	`|\b(?:we|I)\s+(?:do\s+|are\s+)?no longer\s+(?:seek|seeking|request|requesting|ask(?:ing)? for|require|requiring|need)\b[^.;]{0,30}?\b(?:contents?|communications|correspondence|messages|e-?mails|chats|files)\b` +
	// "We will not pursue item 4 (contents of support tickets and
	// messages) under this subpoena" (session 31).
	`|\b(?:we|I)\s+(?:will\s+not|won't|will\s+no\s+longer|shall\s+not)\s+(?:pursue|seek|press|request)\s+(?:the\s+|our\s+)?(?:item|items|paragraph|request|part|category|demand)\b(?:\s*(?:\d{1,3}|\(?[a-z]\)))?\s*(?:\(|for\s+|of\s+|seeking\s+|calling for\s+|asking for\s+)(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:contents?|communications|correspondence|messages|e-?mails|chats|files|attachments|tickets)\b` +
	// "The subpoena does not reach the messages or the photos and we are
	// NOT asking for them": the content named, then not asked.
	`|\b(?:contents?|communications|correspondence|messages|e-?mails|chats|files|photos|pictures|images|videos)\b[^.;]{0,60}\b(?:we|I)\s+(?:are|am)\s+not\s+(?:asking|seeking|requesting)\s+(?:for\s+)?(?:them|those|these|it|that)\b`)

// withdrawals are the places in s that withdraw content: not a line in
// capitals ("PLEASE DO NOT DELETE THE MESSAGES"), whose words an agency's
// initials as the subject would otherwise read as one.
func withdrawals(s string) [][]int {
	s = masked(notWithdrawn, s)
	var out [][]int
	for _, m := range contentWithdrawn.FindAllStringIndex(s, -1) {
		if w := s[m[0]:m[1]]; w != strings.ToUpper(w) {
			out = append(out, m)
		}
	}
	// "We have withdrawn paragraph (d) … We will seek a warrant
	// separately if we need the correspondence": an item withdrawn by its
	// letter, its content left to a warrant the writer will seek.
	if contentByWarrant.MatchString(s) {
		out = append(out, itemWithdrawn.FindAllStringIndex(s, -1)...)
		return out
	}
	// Or an item withdrawn with the content it held named beside it:
	// "an amended subpoena that drops item 3, the support tickets and
	// emails".
	for _, m := range itemWithdrawn.FindAllStringIndex(s, -1) {
		if itemContent.MatchString(sentenceFrom(s, m[1])) {
			out = append(out, m)
		}
	}
	return out
}

// notWithdrawn is a withdrawal refused: "we will not withdraw item 3",
// "we decline to drop the request" (session 33 review).
var notWithdrawn = lazyRegexp(`(?i)\b(?:not|n't|never|refuse to|decline to|cannot|can't)\s+(?:be\s+|been\s+)?(?:withdraw(?:n|s|ing)?|withdrew|strike|struck|remove[ds]?|delete[ds]?|drop(?:ped|s)?|rescind(?:s|ed)?)\b`)

// itemContent names stored content as what a withdrawn item held.
var itemContent = lazyRegexp(`(?i)^\s*[,:(–—-]?\s*(?:which (?:asked|called) for\s+|for\s+|of\s+)?(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:e-?mails?|messages?|contents?|communications?|correspondence|chats?|files|attachments|tickets)\b`)

// itemWithdrawn is an item of the process withdrawn by its letter or
// number; contentByWarrant the content left to a warrant to come.
var (
	itemWithdrawn    = lazyRegexp(`(?i)\b(?:withdraw(?:n|s|ing)?|withdrew|strike|struck|remove[ds]?|delete[ds]?|drop(?:ped|s)?)\s+(?:paragraph|item|request|section|part|category)\s*(?:no\.?\s*|#\s*)?\(?(?:[a-z]|\d{1,3}|[ivx]{1,4})\)?(?:[^\w]|$)`)
	contentByWarrant = lazyRegexp(`(?i)\b(?:will|'ll|shall)\s+(?:(?:then|also|separately|later|instead)\s+)?(?:seek|obtain|get|apply for|pursue|serve)\s+(?:a\s+)?(?:separate\s+)?(?:search\s+)?warrant\b[^.]{0,80}?\b(?:contents?|correspondence|messages|e-?mails|communications)\b`)
)

// withdrawnSpans are the clauses of s that withdraw content asked before:
// from the withdrawal to the clause's end ("we withdraw the part that
// calls for files and communications, but please produce the chats"
// withdraws the files and the communications, not the chats).
func withdrawnSpans(s string) [][2]int {
	var out [][2]int
	for _, m := range withdrawals(s) {
		// From the clause's start: "The request for message contents is
		// withdrawn" names what it withdraws first.
		start := 0
		for _, b := range withdrawalEnd.FindAllStringIndex(s[:m[0]], -1) {
			start = b[1]
		}
		end := len(s)
		if b := withdrawalEnd.FindStringIndex(s[m[1]:]); b != nil {
			end = m[1] + b[0]
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// withdrawalEnd ends a clause of withdrawal: a contrast or a new request.
var withdrawalEnd = lazyRegexp(`(?i),?\s+(?:but|however|yet|instead|while|whereas|and (?:please|instead|we (?:still|now)))\b|[;:]`)

// warrantFor ends the words of a warrant or an application for what
// follows: "a search warrant for the", "our application to the extent it
// sought"; with refused in its sentence, what was not given.
var warrantFor = lazyRegexp(`(?i)\b(?:warrant|application)\s+(?:for|to obtain|seeking|covering|reaching)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+'s\s+)?$|\bto the extent (?:it|they) (?:sought|seeks?|asked for)\s+(?:the\s+)?$`)

// judgeRefused opens a sentence that tells a judge or court would not
// give what was applied for: "The judge declined to sign it", "It was
// denied".
var judgeRefused = lazyRegexp(`(?i)^\s*(?:but\s+|however,?\s+)?(?:(?:the|a)\s+(?:judge|court|magistrate(?: judge)?)\s+(?:\w+\s+){0,2}?(?:(?:declined|refused)\s+to|would not|wouldn't|did not|didn't)\s+(?:sign|issue|grant|approve)\b|(?:the|a)\s+(?:judge|court|magistrate(?: judge)?)\s+(?:\w+\s+){0,2}?(?:denied|rejected|turned down)\s+(?:it|the (?:warrant|application|request)|our (?:application|request))\b|(?:it|the (?:warrant|application))\s+(?:was|has been)\s+(?:denied|refused|rejected|not signed|turned down))`)

// notLimited is the lawyer's "(including), but not limited to," before a
// list: what it asks for follows.
var notLimited = lazyRegexp(`(?i)(including)?,?\s+but not limited to,?|,?\s*without limitation,?`)

// warrantAhead says the warrant is still to be sought or is in the
// making: "we will apply for a search warrant for the contents", "we can
// put together a warrant application for the contents", "our
// investigators are preparing a search warrant for the stored content".
var warrantAhead = lazyRegexp(`(?i)\b(?:will|would|shall|going to|plans? to|intends? to|expects? to|hopes? to|can|could|may|might)\s+(?:\w+\s+){0,2}?(?:apply|seek|obtain|put together|prepare|draft|get|pursue)\b|\b(?:is|are|am)\s+(?:also\s+)?(?:still\s+|currently\s+|now\s+)?(?:preparing|drafting|seeking|applying for|working on)\b|\b(?:anticipat|expect|plan|intend|hop)\w*\s+(?:on\s+)?(?:seeking|applying for|obtaining|getting|pursuing)\b`)

// askedAnyway follows content a warrant is still to reach with an ask for
// it now, or a condition that makes the warrant a threat: "… only if you
// decline to produce it under this subpoena", "… unless you produce them".
var askedAnyway = lazyRegexp(`(?i)\b(?:unless|only if|if you|otherwise|instead|decline)\b|\b(?:you|please|kindly|request that|ask that|asks that)\s+(?:[\w-]+\s+){0,3}?(?:produce|provide|include|send|disclose)\b|\b(?:under|with|per) (?:this|the attached|the enclosed|our) (?:subpoena|order)\b`)

// refused says a judge would not give what was applied for.
var refused = lazyRegexp(`(?i)\b(?:declined|denied|refused|rejected|turned (?:it |them )?down|did not sign|didn't sign|would not sign|wouldn't sign|not signed)\b`)

// negatedAsk marks a sentence that says what is not asked ("we do not
// seek the contents").
var negatedAsk = lazyRegexp(`(?i)\b(?:do(?:es)? not|don't|doesn't|are not|is not|not) (?:seek|seeking|request|requesting|ask|asking|require|requiring|need|want|include|including)\b` +
	// Content only wanted on a condition: "If you want the support
	// tickets or any stored messages, that needs a search warrant."
	`|\bif (?:you|we|they|the (?:agent|officer|detective|government|state)) (?:want|wants|need|needs|wish|wishes|would like|seek|seeks)\b[^.;]{0,60}$` +
	// A subpoena's own disclaimer: "Nothing in this subpoena requires
	// the production of the contents of any communication."
	`|\b(?:nothing|no (?:part|item|paragraph|provision)) (?:in|of) (?:this|the|our) (?:subpoena|order|request|warrant|letter|demand|schedule)\s+(?:requires|calls for|seeks|requests|demands|asks for|compels|reaches)\b[^.;]{0,60}$` +
	// Another's wish told to be refused: "I know you want the content
	// of their tickets, but …". (A question "can we also get the
	// contents?" is the writer's own ask.)
	`|\bI (?:know|understand|realize|realise|get that) (?:that )?you (?:want|wanted|would like|'d like|asked for)\b[^.;]{0,20}$` +
	// The same in Portuguese, Spanish and French: "não solicitamos", "no
	// se solicita", "nous ne demandons pas".
	`|(?:لا|دون)\s+(?:نطلب|يطلب|يشمل|نرجو)[^.;]{0,40}$` +
	`|\b(?:n[ãa]o|no|nem|ni)\s+(?:se\s+)?(?:solicitamos|solicita|solicitan|solicitado|solicitada|solicitados|pedimos|pede|pide|requeremos|requerimos|requer|requiere)\b[^.;]{0,40}$|\bne\s+(?:demandons|sollicitons|requ[ée]rons|demande|sollicite)\s+pas\b[^.;]{0,40}$`)

// sentenceEnd ends a sentence or a list's item in folded text.
var sentenceEnd = lazyRegexp(`[.;!?](?:\s+|$)|\s+\d{1,2}[.)]\s+|\s+[a-z][.)]\s+|\s+[-•*]\s+`)

// sentenceSpans returns where each piece between sentence ends lies in
// flat, as sentenceEnd.Split would cut it.
func sentenceSpans(flat string) [][2]int {
	var spans [][2]int
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(flat, -1) {
		spans = append(spans, [2]int{start, m[0]})
		start = m[1]
	}
	return append(spans, [2]int{start, len(flat)})
}

// contentRequested reports whether the request asks for stored content.
// documentLabel follows "Attachment" with the letter or number that names
// a part of a legal document ("Attachment A", "Attachment 2").
var documentLabel = lazyRegexp(`^\s+(?:[A-Z]|[0-9]{1,2}|[IVX]{1,4})\b`)

func contentRequested(flat string, explicit bool) (bool, string) {
	// The kind of order in its title ("International Production Order
	// (stored communications and telecommunications data)", "ORDER -
	// STORED COMMUNICATIONS", Australia's orders under a CLOUD Act
	// agreement), or a statute's part named for it ("Schedule 1, Part 3
	// (stored communications)"), asks nothing: what it asks is listed after.
	// Not where the title runs on into what it is for ("… (stored
	// communications) for the account owner@…", session 33 review):
	// there its kind is what it asks.
	flat = withoutOrderKind(flat)
	// "Including but not limited to": a list's opening, no denial.
	flat = notLimited.ReplaceAllString(flat, "$1")
	// An address or a domain is no content word ("k.roe@example-inbox.net").
	flat = masked(hostName, flat)
	// A form's box left empty ("[ ] Content of communications") is not
	// asked.
	flat = masked(uncheckedItem, flat)
	spans := sentenceSpans(flat)
	for i, sp := range spans {
		s := flat[sp[0]:sp[1]]
		if notContent.MatchString(s) && !notOnly.MatchString(s) {
			continue
		}
		// The judge's refusal may be told in the next sentence ("We
		// applied for a warrant covering the contents. The judge declined
		// to sign it.").
		denied := refused.MatchString(s) || i+1 < len(spans) && judgeRefused.MatchString(flat[spans[i+1][0]:spans[i+1][1]])
		withdrawn := withdrawnSpans(s)
		for _, m := range contentPhrase.FindAllStringIndex(s, -1) {
			if slices.ContainsFunc(withdrawn, func(w [2]int) bool { return m[0] >= w[0] && m[1] <= w[1] }) {
				continue
			}
			// "The text of Attachment A": a document's part, not an
			// e-mail's attachments.
			if strings.HasSuffix(strings.ToLower(s[m[0]:m[1]]), "attachment") && documentLabel.MatchString(s[m[1]:]) {
				continue
			}
			// An emergency's letter tells a story full of messages and
			// photos: there only an ask of ours counts ("we need the full
			// contents of …", "Records requested: … all files stored").
			// The ask may open the phrase itself ("send us a full export
			// of all files") or the list it stands in ("Please
			// immediately: 1. disable two-factor …").
			if explicit && !askedBefore.MatchString(listContext(flat, sp[0]+m[0])+" "+s[m[0]:m[1]]) && !pleaseBefore.MatchString(flat[max(0, sp[0]-40):sp[0]]) {
				continue
			}
			if ok, what := contentAsked(s, m, denied); ok {
				return true, what
			}
		}
	}
	return false, ""
}

// notOnly opens "not only … but also", which asks for more, not less:
// "nicht nur die Bestandsdaten, sondern auch den Inhalt".
var notOnly = lazyRegexp(`(?i)\b(?:not only|not just|nicht nur|ikke bare|ikke kun|inte bara|inte endast|niet alleen|niet enkel)\b`)

// uncheckedItem is a form's item whose box is left empty, to the next
// box or tick.
var uncheckedItem = lazyRegexp(`(?:\[ ?\]|\( ?\)|☐|□)[^\[(☐☒☑□■✓✔✅•\n]{0,80}`)

// notRequestedMark follows an item a form marks as not asked: "Stored
// content: NOT REQUESTED", "Contents of messages (not sought)".
var notRequestedMark = lazyRegexp(`(?i)^\s*(?:[-–—:(]\s*)?(?:not requested|not sought|not being requested)\b`)

// contentLaw follows content with the law on it, no ask: "stored
// content would need a search warrant", "content can only be disclosed
// with a warrant".
var contentLaw = lazyRegexp(`(?i)^\s*(?:(?:of|in) (?:the |an? |any )?[\w-]+(?: [\w-]+)? )?(?:(?:would|will|does|do|can|could|may|must|is|are)\s+)?(?:only\s+)?(?:need|needs|require|requires|be required|call for|calls for|be (?:disclosed|released|produced|obtained|provided|available) (?:only )?(?:with|by|under|through|pursuant to))\s+(?:a |an )?(?:(?:search|federal|state|valid|separate|signed|court)\s+)?(?:search )?warrant`)

// contentTopic follows "content" that names a policy's subject.
var contentTopic = lazyRegexp(`(?i)^\s+(?:retention|moderation|removal|takedown|filtering|policy|policies|guidelines|standards|rules|types?|categories|categor(?:y|ies)|classification|review|reporting|ownership|licen[cs]ing)\b`)

// contentAsked reports whether the content phrase at m in sentence s is
// asked for.
//
// Content named as what a warrant or an application was for ("we applied
// for a search warrant for the stored content, and the judge declined")
// is the story of that process: a warrant served for it allows it anyway.
func contentAsked(s string, m []int, denied bool) (bool, string) {
	if negatedAsk.MatchString(s[:m[0]]) || warrantFor.MatchString(s[:m[0]]) && (denied || warrantAhead.MatchString(s[:m[0]]) && !askedAnyway.MatchString(s[m[1]:])) {
		return false, ""
	}
	if phrase := s[m[0]:m[1]]; emailAddressNext(s[m[1]:], phrase) || contentLaw.MatchString(s[m[1]:]) || notRequestedMark.MatchString(s[m[1]:]) {
		return false, ""
	}
	// "Including content retention periods", "… content moderation
	// rules": content as a policy's subject, not the account's.
	if strings.HasPrefix(s[m[0]:m[1]], "including") && contentTopic.MatchString(s[m[1]:]) {
		return false, ""
	}
	// "… the devices in the photos to be viable": what the content
	// shows, not the content asked.
	if inWhat.MatchString(s[:m[0]]) {
		return false, ""
	}
	// A disclaimer ("This communication with its contents may contain
	// confidential information"), and the writer's own mailbox ("I am
	// monitoring this inbox overnight").
	if disclaimerNext.MatchString(s[m[1]:]) || ownMailbox.MatchString(s[:m[0]]) && mailboxWord.MatchString(s[m[0]:m[1]]) {
		return false, ""
	}
	// What someone else did or threatens to do with the content ("threatening
	// to send the pictures to his parents", "he sent the photos to her
	// classmates"): an emergency's story, not an ask of ours.
	if othersAct.MatchString(s[:m[0]]) {
		return false, ""
	}
	// What the investigators did with the content they hold ("our
	// analyst traced the text messages to one site", "we reviewed the
	// e-mails the victim forwarded"): their work, not an ask of ours.
	if ownWork.MatchString(s[:m[0]]) {
		return false, ""
	}
	// "Copies of …" only asked for (after a verb of asking, or as a
	// list's item or heading): not the copies the police hold ("the
	// victim provided us copies of the e-mails she received",
	// "attached are copies of …"), nor "no copies", nor correspondence
	// about the request ("copies of all communications regarding this
	// subpoena").
	// A numbered item of a form's table, its lines run together ("…
	// timestamps 3 Copies of all photographs …"), is asked for too.
	listed := s[m[0]] == 'C' && numberedItem.MatchString(s[:m[0]])
	if phrase := strings.ToLower(s[m[0]:m[1]]); strings.HasPrefix(phrase, "cop") && (aboutRequest.MatchString(s[m[1]:]) || alreadyHeld.MatchString(s[:m[0]]) && !youHave.MatchString(s[:m[0]]) || !askedFor.MatchString(s[:m[0]]) && !listed) {
		return false, ""
	}

	// "Send the production and any correspondence to our mailbox": the
	// agency's own letters to us, not the account's.
	// "Production of the documents to the agent named below": the
	// subpoena's own documents delivered, not the account's.
	// "The documents to be produced are: …": a subpoena's word for its
	// items, whatever they are, not stored documents.
	if deliveredNoun.MatchString(s[m[0]:m[1]]) && toBeProduced.MatchString(s[m[1]:]) {
		return false, ""
	}
	if strings.HasSuffix(s[m[0]:m[1]], " to") && (toUs.MatchString(s[m[1]:]) || deliveredNoun.MatchString(s[m[0]:m[1]]) && (toOfficer.MatchString(s[m[1]:]) ||
		toNamedOfficer.MatchString(s[m[1]:]) && sendVerb.MatchString(s[:m[0]]) && !fromAccount.MatchString(s[m[1]:]))) {
		return false, ""
	}
	return true, s[m[0]:m[1]]
}

// ownWork is the investigators' own work on content, before its name.
var ownWork = lazyRegexp(`(?i)\b(?:we|I|our\s+(?:\w+\s+)?(?:analysts?|investigators?|detectives?|officers?|team|unit|lab|examiners?)|(?:the\s+)?(?:analysts?|investigators?|detectives?|examiners?))\s+(?:have\s+|has\s+|had\s+)?(?:already\s+)?(?:traced|tracked|linked|tied|matched|followed|analy[sz]ed|reviewed|examined|recovered|seized|extracted)\s+(?:\w+\s+){0,2}$`)

// hostName is an e-mail address or a lowercase domain name.
var hostName = lazyRegexp(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}\b`)

// listContext returns the words of flat before position at, back to the
// start of the sentence that holds it, a numbered list's items read as
// part of the sentence that opens the list ("Records requested: 1.
// Subscriber information 2. All files …").
func listContext(flat string, at int) string {
	before := flat[:at]
	start := 0
	for _, m := range proseEnd.FindAllStringIndex(before, -1) {
		start = m[1]
	}
	// A numbered item after an item ended in a stop ("… to present. 2.
	// The full contents …") stands in the list its head opened
	// ("Records requested: 1. …").
	if listItemStart.MatchString(before[start:]) {
		// Only the nearest list's head: another label between ("We will
		// follow up with a search warrant for: 1. …") opens its own.
		if h, ok := nearestHead(flat, at, 800); ok && !strings.Contains(flat[h[1]:at], ":") {
			return flat[h[0]:at]
		}
	}
	// Items a head opens, kept apart by semicolons only ("We ask for: …
	// records; IP logs; the full contents …"), stand in its sentence.
	if h, ok := nearestHead(flat, at, 400); ok {
		between := flat[h[1]:at]
		item := between[strings.LastIndex(between, ";")+1:]
		if strings.Contains(between, ";") && !strings.ContainsAny(between, ".!?:") && !clauseItem.MatchString(item) {
			return flat[h[0]:at]
		}
	}
	return before[start:]
}

// nearestHead returns the span in flat of the last list head (listHead)
// within window bytes before at.
func nearestHead(flat string, at, window int) ([2]int, bool) {
	from := max(0, at-window)
	heads := listHead.FindAllStringIndex(flat[from:at], -1)
	if heads == nil {
		return [2]int{}, false
	}
	h := heads[len(heads)-1]
	return [2]int{from + h[0], from + h[1]}, true
}

// clauseItem is a list item that is a clause of its own ("we already
// hold the contents …"), not a thing asked.
var clauseItem = lazyRegexp(`(?i)^\s*(?:we|I|he|she|they|it|our \w+|the \w+)\s+(?:already\s+|have\s+|has\s+|had\s+)*(?:hold|have|has|had|got|obtained|received|seized|sent|posted|wrote)\b`)

// listItemStart is a list item's number or bullet; listHead the label
// that opens a list of what is asked.
var (
	listItemStart = lazyRegexp(`(?i)^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•*])\s*(?:(?:the|all|any|copies of|full|complete|entire)\s+)*$`)
	listHead      = lazyRegexp(`(?i)\b(?:records?|items?|information|data|documents?)\s+(?:requested|sought|to be (?:produced|provided|disclosed))\s*:|\b(?:we|I)\s+(?:request|need|ask for|seek)\b[^.:]{0,80}:|\bplease\s+(?:provide|produce|send|disclose|furnish|supply)\b[^.:]{0,60}:`)
)

// proseEnd ends a sentence of prose: a stop after a word of two letters
// or more, a year, a closing bracket or quote; not a list item's number
// ("1.", "b)").
var proseEnd = lazyRegexp(`(?:\p{L}{2}|\d{3,}|[)\]"'”’])[.;!?]\s+`)

// disclaimerNext follows a content phrase in a mail's confidentiality
// notice: "… with its contents may contain confidential information".
var disclaimerNext = lazyRegexp(`(?i)^\s*,?\s*(?:may|might|is|are)\s+(?:also\s+)?(?:contain|be\s+(?:confidential|privileged|protected|intended|subject)|confidential|privileged|intended|protected|solely)\b` +
	// The same notice in the languages of the content words: "je
	// důvěrný", "jest poufna", "je povjerljiv", "bizalmas", "gizlidir",
	// "конфиденциально", "εμπιστευτικ", "חסוי" (general knowledge).
	`|^\s*,?\s*(?:\p{L}+\s+){0,4}?(?:je\s+d[ůu]v[ěe]rn|je\s+d[ôo]vern|jest\s+poufn|je\s+povjerljiv|je\s+poverljiv|bizalmas|gizli|конфиденц|є\s+конфіденц|εμπιστευτικ|חסוי|confiden[tț]ial)`)

// ownMailbox ends the words before "inbox" naming the writer's own.
// "Our unit inbox", "my shared team inbox": up to two words between; an
// office's general mailbox ("not to the DOI general inbox"), not an
// account's team inbox.
// Also a unit's inbox by its initials ("the CID inbox"), one the
// writer would have the records sent to instead ("to me rather than the
// unit inbox"), and one records are or are not to be sent to ("do not
// send records to the general Example inbox").
var ownMailbox = lazyRegexp(`(?i)\b(?:this|my|our)\s+(?:[\w-]+\s+){0,2}$|\b(?:general|departmental|shared|main)\s+(?:[\w-]+\s+)?$|\b(?:rather than|instead of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\bthe\s+(?-i:[A-Z]{2,6})\s+$|\b(?:send|return|deliver|upload|e-?mail|forward)\s+(?:the\s+|any\s+|your\s+)?(?:records|production|results|response|returns?|data)\s+to\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}$`)

// mailboxWord is a content phrase that names a mailbox's folder.
var mailboxWord = lazyRegexp(`(?i)^(?:inbox|outbox|sent (?:items|mail|folder)|drafts folder|deleted items)$`)

// inWhat ends the words before a content phrase with a preposition of
// place: "the devices in the photos".
var inWhat = lazyRegexp(`(?i)\b(?:in|on|within|inside)\s+$`)

// askedBefore is a verb of asking earlier in the sentence: "we need",
// "please provide", "Records requested: …".
// pleaseBefore ends a list's lead-in that asks: "Please immediately:".
var pleaseBefore = lazyRegexp(`(?i)\bplease\b[^.;]{0,25}:\s*(?:\d{1,2}[.)]\s*)?$`)

var askedBefore = lazyRegexp(`(?i)\b(?:provide|produce|disclose|furnish|supply|send|release|give|share|forward|need|request|requesting|requested|seek|seeking|want|require|requiring|obtain|preserve|(?:we|I)\s+(?:are\s+|am\s+)?(?:also\s+|further\s+|additionally\s+)?ask(?:ing)? for)\b`)

// othersAct ends the words before a content phrase with a third
// party's act on it: a threat to spread it, or a person's sending of it
// ("her ex-boyfriend sent the photos to her classmates", "says he will
// send the images to everyone").
var othersAct = lazyRegexp(`(?i)(?:\bthreat(?:en|ens|ened|ening)?(?:\s+(?:at|on|around|about|yesterday|today|tonight|this|last|earlier|again|repeatedly)\b[^.;,]{0,30}?)?\s+to (?:send|post|share|release|publish|leak|distribute|show|forward|spread|expose)|\b(?:he|she|they|offender|suspect|subject|perpetrator|abductor|extortionist|stalker|predator|man|woman|boyfriend|girlfriend|husband|wife|partner)\s+(?:\w+\s+){0,2}?(?:sent|shared|forwarded|emailed|e-mailed|texted|showed|sends|shares|forwards|leaked|distributed|(?:will|would|could|might|may|can|(?:is|are|was|were) going to|plans? to|intends to|wants to|vows to|promises to|swears to)\s+(?:\w+\s+)?(?:send|post|share|release|publish|leak|distribute|show|forward|spread|expose|upload)))\s+$`)

// aboutRequest follows content words that are about the request itself.
var aboutRequest = lazyRegexp(`(?i)^\s*(?:regarding|about|concerning|relating to|related to|in connection with|with the subscriber about) (?:this|the|our|your) (?:subpoena|order|warrant|request|matter|case)\b` +
	// Or the provider's own mail: "copies of any e-mails you send to
	// the account holder".
	`|^\s*(?:that |which )?you (?:send|sent|write|wrote|exchange)\b`)

// askedFor ends the words before "copies of …" that ask for them: a
// verb of asking, or the start of a list's item or heading.
var askedFor = lazyRegexp(`(?i)(?:^\s*(?:\(?\w{1,3}[.)]\s*|\d{1,2}\s+|[-•*]\s*)?|[:;]\s*(?:\(?\w{1,3}[.)]\s*|\d{1,2}\s+)?|\b(?:produce|provide|disclose|furnish|supply|turn over|deliver|need|want|send|forward|include|including|request|seek|require)\w*\s+(?:(?:us|me)\s+)?(?:(?:all|any|the)\s+)?(?:and\s+all\s+)?|\byou\s+(?:have|had|keep|retain|hold)\s+(?:any\s+)?)$`)

// numberedItem ends the words before a table's numbered item.
var numberedItem = lazyRegexp(`(?:^|\s)\d{1,2}\s+$`)

// youHave asks us about copies we may hold: "if you have copies of".
var youHave = lazyRegexp(`(?i)\byou\s+(?:have|had|keep|retain|hold)\s+$`)

// alreadyHeld ends the words before "copies of …" that tell of copies in
// someone's hands, not asked for: "the victim provided us", "we have
// reviewed", "attached are", "no".
var alreadyHeld = lazyRegexp(`(?i)(?:\b(?:provided|supplied|received|reviewed|obtained|shared|gave|given|showed|shown|forwarded|sent|has|have|had|made|took|kept|saved|retained|found|seized|recovered|attached|enclosed|are|is|printed|posted|uploaded|of|on|releasing)\s+(?:(?:us|me|them|police|investigators|officers|detectives|the \w+)\s+)?(?:with\s+)?(?:the\s+|all\s+|some\s+|several\s+)?|\bno\s+)$`)

// orderKind is an order's title and the kind of data it names.
// The Stored Communications Act is a statute's name, and a 2703(d)
// order's title may name it or its kind before the citation.
var orderKind = lazyRegexp(`(?i)(\b(?:international|overseas) production order(?:\s+[A-Z0-9][\w/-]*\d[\w/-]*)?)\s*(?:\(|[-–—:])\s*stored (?:communications|content)\b|(\border)\s*(?:\(|[-–—:])\s*stored (?:communications|content)(\s*\(18 U\.?S\.?C\.?\s*(?:§\s*)?2703\s*\(d\)\))|stored (communications) act\b|(\b(?:Part|Chapter|Division|Schedule)\s+\d+[A-Z]?)\s*\(\s*stored (?:communications|content)\s*\)`)

// withoutOrderKind drops the kind of data an order's title names
// (orderKind), unless a production order's title runs on into what it
// is for.
func withoutOrderKind(flat string) string {
	var b strings.Builder
	last := 0
	for _, m := range orderKind.FindAllStringSubmatchIndex(flat, -1) {
		rest := flat[m[1]:]
		if i := strings.IndexByte(rest, ')'); i >= 0 && i < 60 && !strings.Contains(rest[:i], "(") {
			rest = rest[i+1:]
		}
		// Only a production order's title: a 2703(d) order's ("ORDER -
		// STORED COMMUNICATIONS (18 U.S.C. 2703(d)) for …") names the
		// statute's kind, not content.
		if m[2] >= 0 && titleFor.MatchString(rest) {
			continue
		}
		b.WriteString(flat[last:m[0]])
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				b.WriteString(flat[m[g]:m[g+1]])
			}
		}
		last = m[1]
	}
	b.WriteString(flat[last:])
	return b.String()
}

// titleFor runs a title on into what it is for: "for the account", "of
// the user", "relating to example.com".
var titleFor = lazyRegexp(`(?i)^\s*,?\s*(?:for|of|relating to|related to|concerning|regarding|in respect of|covering)\b`)

// deliveredNoun is what a letter delivers to an officer: its
// correspondence, the documents a subpoena commands.
var deliveredNoun = lazyRegexp(`(?i)^(?:(?:all|any|the)\s+)*(?:(?:responsive|requested|described|said)\s+)?(?:correspondence|documents)\s+to$`)

// toBeProduced follows "the documents to" in a subpoena's item list.
var toBeProduced = lazyRegexp(`(?i)^\s*be\s+(?:produced|provided|disclosed|delivered|furnished)\b`)

var toUs = lazyRegexp(`(?i)^\s*(?:(?:our|me|us|my|this office|the undersigned|the requesting)\b|_{3,})`)

// toOfficer names the officer a letter asks its correspondence be sent to
// ("any correspondence to the case agent"). Only for correspondence: the
// e-mails sent to an officer posing as a child are content all the same.
var toOfficer = lazyRegexp(`(?i)^\s*the (?:case |assigned |investigating |requesting )?(?:agent|officer|detective|investigator|analyst|prosecutor|AUSA|deputy|trooper)s?\b`)

// toNamedOfficer is the officer by rank and name ("direct all
// correspondence to Special Agent Roe"), an address only after a verb of
// sending and not followed by whose account wrote it ("all correspondence
// to Officer Roe from the account …" is the account's mail).
var (
	toNamedOfficer = lazyRegexp(`(?i)^\s*(?:Special Agent|SA|Agent|Officer|Detective|Investigator|Inspector|Postal Inspector|Sergeant|Deputy|Trooper|AUSA|ADA|Lieutenant|Corporal)\s+(?-i:[A-Z][a-z'])`)
	sendVerb       = lazyRegexp(`(?i)\b(?:send|direct|deliver|forward|return|mail|address)\w*\s+(?:\w+\s+){0,2}$`)
	fromAccount    = lazyRegexp(`(?i)^[^.;]{0,60}\b(?:from|sent by|by the (?:account|user|subscriber))\b`)
)

// emailAddressNext: "all e-mails" followed by "addresses", "accounts" or
// "headers" is about addresses, not messages.
func emailAddressNext(rest, phrase string) bool {
	rest = strings.ToLower(strings.TrimSpace(rest))
	return strings.HasPrefix(rest, "address") || strings.HasPrefix(rest, "header") || strings.HasPrefix(rest, "log")
}

// companyForm is a company's legal form after its name in an addressee
// (general knowledge of US, UK, EU and Australian company names): "Inc",
// "Limited", "GmbH", "S.p.A", "Pty". The signature's companySuffix
// (claim.go) is another list, anchored at a line's end.
const companyForm = `(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|GmbH|S\.A|B\.V|N\.V|PLC|SARL|S\.p\.A|Pty|INC|INCORPORATED|LTD|LIMITED|CORP|CORPORATION|COMPANY)`

// addressee finds the company a letter is addressed to: "Custodian of
// Records, Example Corp", "Keeper of Records, Example Ltd.", "Attn: Legal
// Department, Example Inc.", "TO: Example, Inc.".
var addressee = lazyRegexp(`(?:Custodian of Records|Records Custodian|Keeper of (?:the )?Records|Legal (?:Department|Compliance)|Subpoena Compliance)(?:[ \t]*[,:\x{2013}-][ \t]*|[ \t]+(?:for|of|at|c/o)[ \t]+)(?:the[ \t]+)?((?:[A-Z][\w&'.-]*)(?:,?[ \t](?:[A-Z][\w&'.-]*|&|and|of)){0,4})` +
	// On the next line or after a run of spaces (a form's layout), only a
	// name with a company's suffix: "TO: Custodian of Records\n Example Inc."
	`|(?:Custodian of Records|Records Custodian)[ \t]*(?:\n[ \t]*|[ \t]{2,})((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3},?[ \t]` + companyForm + `\b\.?)` +
	`|(?m)^[ \t]*(?:TO|To|ATTN|Attn|Attention)[ \t]*:[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	// A letter headed to another company's response team: "Example
	// Messenger - Law Enforcement Response".
	`|(?m)^[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3})[ \t]+[-–—][ \t]+Law Enforcement Response(?: Team)?[ \t]*$` +
	// A salutation to another company's team: "Dear Example Messaging
	// Legal Team,".
	`|(?m)^[ \t]*Dear[ \t]+((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3})[ \t]+(?:Legal|Law Enforcement|Compliance|Subpoena|Trust (?:and|&) Safety)(?: Response)?[ \t]+(?:Team|Department|Group|Unit)\b` +
	// The process itself directed to a company: "The warrant is directed
	// to Example Mail LLC", "and to: EXAMPLE MAIL LLC, Custodian".
	// A warrant's command to serve it "upon" a company, the name on the
	// same line or the next ones: "commanded to serve this warrant upon:
	// / Example Mail Services, Inc.".
	// The process commanding a company by name: "The order directs
	// ExampleMail, Inc. to disclose …".
	// A court's decree: "IT IS ORDERED that Example Hosting, Inc. shall
	// produce …".
	`|\b(?i:it is (?:hereby )?(?:further )?ordered)\s+that\s+((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	`|\b(?i:order|warrant|subpoena)\s+(?i:directs|commands|requires|compels|orders)\s+((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\.?,?[ \t]+to\b` +
	// Or the order "addressed to" a company, in the languages of the
	// foreign letters lerd reads (Romanian, Spanish, Portuguese, French,
	// Italian; general knowledge).
	`|\b(?i:order|ordinul|orden|ordem|ordonnance|ordinanza|warrant|mandado|subpoena)\b[^.\n]{0,40}?\b(?i:addressed to|adresat[ăa]? c[ăa]tre|dirigid[oa] a|adress[ée]e? à|indirizzat[oa] a)\s+((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	// In Swedish, Danish, Norwegian, German, Dutch, Czech, Slovak,
	// Polish and Croatian, the order "riktat till", "rettet til",
	// "gerichtet an", "gericht aan", "adresovaný", "skierowany do",
	// "upućen" a company, a common noun for its trade between ("Beslutet
	// är riktat till domänregistraren Example Registrar AB") (general
	// knowledge).
	`|(?i:beslut|beslutet|föreläggandet|kendelsen|pålegget|kjennelsen|Beschluss|Anordnung|bevel|vordering|príkaz|příkaz|nakaz|postanowienie|rješenje|rešenje)(?:$|[^\p{L}])(?:[^.\n]|\.\s?\w){0,40}?\s(?i:(?:är|er|ist|is|je|jest)\s+)?(?i:riktat till|rettet til|gerichtet an|gericht aan|adresovan\p{L}*|skierowan\p{L}* do|upućen\p{L}*)\s+(?:\p{Ll}+\s+)?((?:[A-Z][\w&'.-]*)(?:\s[A-Z][\w&'.-]*){0,3}),?\s(?:` + companyForm + `|AB|A/S|ASA|AS|Oy|Oyj)\b` +
	// Or an order told as "directing" a company: "the court issued an
	// order directing Example Registrar LLC to produce …".
	`|\b(?i:directing|commanding|requiring|compelling)\s+((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\.?,?[ \t]+to\b` +
	`|(?:\b(?i:serve|execute|deliver)\s+(?i:this|the)\s+(?i:warrant|order|subpoena)\s+(?i:upon|on)|\b(?i:commanded to search)):?[ \t]*(?:\n[ \t]*){0,2}(?:the[ \t]+)?((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	// Or told after it in the sentence that attaches it: "Attached is a
	// search warrant issued by the … Court, Case No. 26-1, directed to
	// Example Social, Inc. for …" (not an earlier one "previously
	// directed to" another company).
	`|\b(?i:attached|enclosed|accompanying|please find|here is)\b[^.]{0,40}?\b(?i:warrant|subpoena|order|summons)\b(?:[^.]|\.\s?\d){0,160}?,?\s(?i:directed|addressed)\s+to:?\s+(?:the[ \t]+)?((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	`|\b(?i:warrant|subpoena|order|summons|request|letter)[^.\n]{0,60}?\s(?:is|was)\s+(?:hereby\s+)?(?:directed|addressed)\s+to:?[ \t]+(?:the[ \t]+)?((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b|(?i:peace officer|police officer|sheriff)[^.]{0,120}?\b(?i:and to):[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	// The same in the languages of the foreign letters we read
	// (Norwegian, Danish, Swedish, German, French, Spanish, Italian,
	// Dutch, Portuguese: general knowledge), the company's kind perhaps
	// named before it: "Ordren er rettet til domeneregistraren Example
	// Registry LLC".
	`|\b(?i:ordren|ordre|kjennelsen|kendelsen|beslutningen|beslutet|Beschluss|Anordnung|ordonnance|r[ée]quisition|orden|ordine|bevel|vordering|ordem|mandado)\b[^.\n]{0,60}?\s(?i:er|är|ist|est|está|es|è|is|é)\s+(?i:rettet|riktad|gerichtet|adress[ée]e?|dirigid[ao]|indirizzat[oa]|gericht|endere[çc]ad[ao])\s+(?i:til|till|an|à|a|aan|para|ao|à)\s+(?:\p{Ll}+[ \t]+)?((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b` +
	// A letter's inside address: a company's name on its own line over
	// an "Attn:" line ("Example Rides Inc.\nAttn: Law Enforcement
	// Response Team"); the company alone asked by name to act, opening
	// its line ("Example Rides Inc. is requested to preserve …"; not a
	// company told of in a story, "… LLC is required to produce its
	// invoices", nor one beside us, "Provider, Inc. and … are").
	`|(?m)^[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b\.?[ \t]*\n[ \t]*(?:Attn|ATTN|Attention|ATTENTION)\b` +
	`|(?m)^[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b\.?,?[ \t\n]+is[ \t\n]+(?:hereby[ \t\n]+)?(?:requested|asked)[ \t\n]+to[ \t\n]+(?:preserve|produce|disclose|provide|furnish|retain)\b` +
	// A Japanese or Korean letter's addressee, marked with the honorific
	// for an organisation (御中, 귀중) on its line or the next: "Example
	// Mail, Inc.\nLegal / Law Enforcement 御中".
	`|(?m)^[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t]` + companyForm + `\b\.?[^\n]{0,60}(?:\n[^\n]{0,60})?(?:御中|귀중)`)

// companyAfterName reports another company's name after the first
// line of an addressee matched by its honorific.
func companyAfterName(whole string, names []string) bool {
	_, rest, ok := strings.Cut(whole, "\n")
	return ok && companyNamed.MatchString(rest) && !slices.ContainsFunc(names, func(n string) bool { return n != "" && strings.Contains(rest, n) })
}

var companyNamed = lazyRegexp(`\b` + companyForm + `\b`)

// premisesOf is a federal warrant's Attachment A naming where the data is
// kept: "stored at premises owned, maintained, controlled, or operated by
// Example Platforms, Inc." (the Justice Department's model form), with the
// rest of its sentence.
var premisesOf = lazyRegexp(`\bstored at premises\s+(?:owned|maintained|controlled|operated)[^.]{0,60}?\bby\s+((?:[A-Z][\w&'.-]*)(?:\s[A-Z][\w&'.-]*){0,3}),?\s` + companyForm + `\b\.?([^.]*)`)

// orderAddressee opens an addressee found by an order's own words (an
// order "directing" a company, one "addressed to" it); earlierStory tells
// its sentence is the case's history.
var (
	orderAddressee = lazyRegexp(`^(?i:directing|commanding|requiring|compelling|order|ordinul|orden|ordem|ordonnance|ordinanza|warrant|mandado|subpoena)\b`)
	earlierStory   = lazyRegexp(`(?i)\b(?:earlier|previously|prior|already|anterior|previous|last (?:week|month|year)|in (?:a|an) (?:earlier|previous|separate|other|different) (?:case|matter|investigation))\b`)
)

// ccBefore ends the lines before an addressee with a copy's heading.
var ccBefore = lazyRegexp(`(?im)^[ \t]*(?:cc|c\.c\.|bcc|copy to|copies to)[ \t]*:?[ \t]*(?:\n[ \t]*)?$`)

// addresseeGeneric are words of a department, not a company.
var addresseeGeneric = lazyRegexp(`(?i)^(?:the|custodian|records?|legal|department|compliance|law|enforcement|team|response|relations|liaison|subpoena|process|unit|office|division|to|attn|attention|re|provider|service|services|company|inc|llc|your|you|sir|madam|whom|it|may|concern|dear|hello|united|states|district|court)$`)

// wrongAddressee returns the other company a request names as its
// recipient, or "": a name none of whose words is one of ours.
func (a *Analyzer) wrongAddressee(text string) string {
	for _, loc := range addressee.FindAllStringSubmatchIndex(text, -1) {
		m := submatches(text, loc)
		// "… upon: Example Agents Inc., registered agent for Provider",
		// "… on Example Holdings, Inc., doing business as Provider": the
		// rest of the sentence may name us behind the company named.
		if rest := sentenceFrom(text, loc[1]); a.namesUsByName(rest) {
			continue
		}
		// "Example Shop LLC 事件について / Provider Inc. … 御中": the
		// honorific marks the company on its own line, not a company
		// named on the line above another.
		if whole := text[loc[0]:loc[1]]; strings.ContainsAny(whole, "御귀") && companyAfterName(whole, m[1:]) {
			continue
		}
		// An order to another company told as the case's history
		// ("Earlier in this case the court signed an order directing
		// Example Payments LLC to produce …") is not this request's.
		if orderAddressee.MatchString(text[loc[0]:loc[1]]) && earlierStory.MatchString(sentenceBefore(text, loc[0], 300)+text[loc[0]:loc[1]]) {
			continue
		}
		// A copy's addressee ("cc:" over "Example Telecom Inc." / "Attn:
		// …") is not the letter's.
		if ccBefore.MatchString(text[max(0, loc[0]-80):loc[0]]) {
			continue
		}
		name := strings.Join(m[1:], "")
		name = strings.TrimRight(strings.TrimSpace(name), ",.")
		words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
		company := false
		ours := false
		for _, w := range words {
			if a.ourName(w) {
				ours = true
			}
			if !addresseeGeneric.MatchString(w) && w != "&" && w != "and" && w != "of" && w != "for" {
				company = true
			}
		}
		// "Example County Court Limited Jurisdiction": a court, not a
		// company "Limited"; "Example Investigations - Law Enforcement
		// Response": an agency's own unit.
		if company && !ours && !strings.Contains(name, "Court") && !(agencyWords.MatchString(name) && !companyNamed.MatchString(name)) {
			return name
		}
	}
	// The legal entity Attachment A names may be ours under another name
	// ("Example Holdings, Inc., doing business as Provider", "…, Provider's
	// parent company"): another company only when nothing in its sentence
	// names us.
	for _, m := range premisesOf.FindAllStringSubmatch(text, -1) {
		if !a.namesUs(m[0]) {
			return m[1]
		}
	}
	return ""
}

// namesUs reports whether a text holds one of the words that name us.
func (a *Analyzer) namesUs(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if a.ourName(w) {
			return true
		}
	}
	return false
}

// namesUsByName reports whether a text names us as a proper name,
// capitalised ("registered agent for Provider"), not a common word of our
// name ("a provider of electronic mail services").
func (a *Analyzer) namesUsByName(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && a.ourName(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func (a *Analyzer) ourName(w string) bool {
	for _, n := range a.ourNames {
		if w == n {
			return true
		}
	}
	return false
}

// loadOtherServices reads other-services.txt: the records of services the
// provider does not offer, one regular expression per line.
func loadOtherServices(rules fs.FS) (*lazyRE, error) {
	var alts []string
	err := eachLine(rules, "other-services.txt", func(f []string) error {
		line := strings.Join(f, "\t")
		if _, err := regexp.Compile(line); err != nil {
			return err
		}
		alts = append(alts, "(?:"+line+")")
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(alts) == 0 {
		return nil, nil
	}
	// A lazyRE, not a *regexp.Regexp, for its prefilter: the list's
	// alternation run as an NFA over every message was a tenth of the
	// eval's time, and most messages hold none of its literals. Not
	// registered in patterns: the operator's file is compiled here.
	l := &lazyRE{expr: `(?i)` + strings.Join(alts, "|")}
	re, err := regexp.Compile(l.expr)
	if err != nil {
		return nil, err
	}
	l.once.Do(func() { l.re, l.pf = re, newPrefilter(l.expr) })
	return l, nil
}

// spamMarkers mark unsolicited bulk mail, phishing and marketing (general
// knowledge of spam and of credential-phishing lures aimed at mailboxes):
// each pattern is one kind of sign, counted once.
var spamMarkers = []*lazyRE{
	// Credential phishing: the mailbox is full, expiring, to be verified.
	lazyRegexp(`(?i)(?:storage|mailbox|quota)[^.\n]{0,40}(?:\d+\s?%|full|exceeded|limit)|exceeded (?:its|your) storage`),
	lazyRegexp(`(?i)(?:verify|confirm|validate|re-?validate|reactivate|update|upgrade)(?: your)? (?:account|mailbox|password|e-?mail|credentials|login)`),
	lazyRegexp(`(?i)password (?:will )?expire|keep (?:your )?(?:current|same|existing) password|account (?:will be )?(?:suspended|deactivated|closed|locked)|(?:expires?|deactivat\w*) (?:in|within) \d+ hours|\b(?:mail|e-?mail|messages|service|delivery)\b[^.\n]{0,60}\bwill stop (?:in|within) \d+ hours|awaiting (?:your )?(?:electronic )?signature|(?:shared|sent) (?:a |an )?(?:secure |sealed )?(?:document|file|folder) with you|e-?filing notification`),
	// E-signature and file-share lures: a document "to review and sign"
	// behind a link, and the link kept secret.
	lazyRegexp(`(?i)(?:sent you|shared with you|you have received|you received) (?:a |an )?(?:new )?(?:document|file|envelope)s?\b[^.\n]{0,30}(?:review|sign)|\b(?:document|file|folder)\b[^.\n]{0,60}\b(?:has been|was) shared with\b|review and sign|please docusign|\b(?:review|view|open) (?:the |your )?(?:sealed |court )?documents?\b|\bview (?:your )?sealed\b`),
	// Signing in to see it: the credential lure behind a court notice.
	lazyRegexp(`(?i)sign in with your (?:corporate |company |work |business |organi[sz]ation(?:al)? )?(?:e-?mail|microsoft|office ?365|google|outlook) (?:account|credentials)|sign in with your (?:[^.\n]|\.\w){0,50}\bpassword\b|to verify your identity`),
	// A domain's or a mailbox's service about to be cut off unless it is
	// "re-validated" behind a link.
	lazyRegexp(`(?i)\b(?:dns|domain|mail|e-?mail|mailbox) (?:service )?(?:suspension|deactivation|termination)\b[^\n]{0,300}(?:https?://|\bclick\b|re-?validate|\bsign in\b|\blog in\b|\b(?:renew|verify|pay|keep) now\b)|\bre-?validate (?:now|your domain|the domain)\b`),
	lazyRegexp(`(?i)(?:do not|don't) share this (?:e-?mail|link|message)|\b(?:access|security) code\b|this link (?:can be used by|will work for) anyone|click (?:here|the link|the button|below) to (?:view|review|download|access|open|sign)`),
	// A summons to a hearing, sent to a mailbox, with its threat: the
	// lure of malware sent as a court notice.
	lazyRegexp(`(?i)notice to appear|scheduled to appear|failure to (?:appear|respond|acknowledge)|judgment (?:may be |will be )?entered against|heard in your absence|default judgment|bench warrant and fines|within \d+ hours to avoid`),
	// Voicemail and fax notices whose "message" is an attachment or a
	// link: a common malware and credential lure.
	lazyRegexp(`(?i)you have (?:\(?\d+\)? )?new (?:secure |encrypted |private )?(?:voice ?mail|voice message|fax)|\b(?:new|missed) (?:voice ?mail|voice message|fax) (?:for|from|received)|(?:open|download|play) the attach\w*(?: audio| file)? to (?:listen|play|hear)|listen to (?:the|your) (?:voice ?mail|voice message|message) (?:here|now|below)`),
	// Our own address carried in a link: a lure built for this mailbox.
	lazyRegexp(`(?i)[?&][a-z_]+=[^\s&"]*%40`),
	// Marketing.
	lazyRegexp(`(?i)unsubscribe|opt[- ]out|not interested\?|(?:don't|do not) want to hear from|manage (?:your )?preferences|update your preferences|stop receiving (?:these|our|this|future|such) (?:e-?mails?|messages|mailings|offers|updates)|\breply (?:with )?["']?STOP\b`),
	// A listing sold as an invoice carries the disclaimer the law asks of
	// solicitations that look like bills (39 U.S.C. 3001(d)).
	lazyRegexp(`(?i)\bthis is not a bill\b|\bthis is a solicitation(?:\s+for\b|\s*[.!]|\s*$)|solicitation for (?:an )?optional service`),
	lazyRegexp(`(?i)\bSEO\b|search engine (?:optimi[sz]ation|rankings?|listing)|first page of google|ranking on page|backlinks?|guest post|link building|organic traffic|digital marketing|lead generation`),
	lazyRegexp(`(?i)free (?:trial|demo|consultation|quote|audit)|\bthis (?:month|week) only\b|\bsign up (?:today|now|before|by)\b|\bstarting at \$\d|\bfirst \d+ (?:\w+ )?(?:are |is )?free\b|(?:book|schedule|request) a (?:\d+-minute )?(?:demo|call|meeting)|\d+ minutes next week|special (?:offer|discount|pricing)|limited[- ]time offer|\d+% (?:off|discount)|early[- ]bird|discount (?:code|offer|pricing)`),
	// Round 59: a sales call asked for, and a seller's claims about
	// "teams your size".
	lazyRegexp(`(?i)\bworth a \d+[- ]?(?:minute|min)s? (?:look|call|chat|demo)\b|\bhere(?:'s| is) my calendar\b|\bgrab (?:a )?(?:time|slot) on my calendar\b`),
	lazyRegexp(`(?i)\b(?:teams|companies|providers|organi[sz]ations|firms) (?:of )?(?:your size|like yours) (?:usually |typically |often |all )?(?:tell|lose|struggle|spend|waste|cut|save|see|use|rely)\w*\b|\bcut (?:their |your )?(?:handling|response|processing|turnaround) time by \d+\s?%`),
	lazyRegexp(`(?i)webinar|register (?:now|today)|you(?:'re| are) invited|summit \d{4}|conference \d{4}|exhibitor|sponsorship (?:opportunit|package)`),
	// A business proposal, not a team's or a title's name ("Partnerships
	// Manager").
	lazyRegexp(`(?i)\bpartnership (?:opportunit|proposal|program|offer)|\b(?:explore|discuss|propose|offer|start|build) (?:a |an |our )?(?:strategic |mutually beneficial )?partnership|\b(?:talk|chat|speak) (?:to you |with you )?about (?:a |an )?(?:potential |possible )?partnership|\ba partnership with (?:your|you)\b|revenue[- ]share|white[- ]label|referral (?:arrangement|program|fee)|\bresell(?:er|ing)? (?:program|partner(?:ship)?|agreement|opportunit\w*|rights|margin)`),
	lazyRegexp(`(?i)we (?:help|offer|provide) (?:businesses|companies|teams|trust|agencies|law enforcement agencies|solutions)|our (?:platform|solution|software|product|service) (?:helps|enables|allows|reads)|trusted by \d+|SOC 2|cut your [^.\n]{0,40}time|increase (?:your )?(?:traffic|sales|revenue)`),
	lazyRegexp(`(?i)crypto(?:currency)? investment|wire transfer fee|inheritance|lottery|you have won|beneficiary of`),
	// Delivery-fee lures: the reader's own parcel held for a small unpaid
	// fee, to be paid behind a link (a letter about victims of the lure
	// speaks of "their" parcels).
	lazyRegexp(`(?i)\byour (?:parcel|package|shipment|delivery)\b[^.\n]{0,80}\b(?:on hold|is held|being held|returned to (?:the )?sender|fee|charge)|\bpay (?:the|a|your) (?:small |outstanding |pending )?(?:fee|charge|dues) (?:now|within|to release|here|online)\b`),
	// Advance-fee fraud: a fortune "in your favour" awaiting the reader,
	// addressed as a beneficiary.
	lazyRegexp(`(?i)(?:dear|attention:?|attn:?)\s+beneficiary\b|\b(?:US\$|USD|\$|€|£)\s?\d{1,3}(?:,\d{3}){2,}(?:\.\d\d)?\b[^.\n]{0,80}\b(?:in your favou?r|released? to you)|diversion of your funds?`),
	// The greeting of bulk mail, not of a letter to a company.
	lazyRegexp(`(?i)(?:^|\n)\s*dear (?:valued )?(?:customer|user|client|member|account holder|subscriber|beneficiary|winner)\s*[,:!]`),
	// Secure-message and encrypted-mail lures: messages "waiting" behind
	// a link.
	lazyRegexp(`(?i)you have (?:\d+ )?(?:new )?(?:encrypted|secure|unread|pending) (?:messages?|documents?)|\d+ (?:new )?(?:encrypted|secure) messages? (?:pending|waiting)|secure message (?:center|centre|portal)|open (?:your|the) (?:secure |encrypted )?messages\b`),
	// A notice that forbids a reply: bulk mail's, not an officer's.
	lazyRegexp(`(?i)(?:this|it) (?:is an?|was|e-?mail is an?|message is an?|notification was) (?:automated|automatic|generated automatically|auto-generated)[^\n]{0,40}(?:do not|don't) reply|(?:please )?(?:do not|don't) reply to this (?:automated |automatic )?(?:e-?mail|message|notification)|n[ãa]o responda (?:a )?este e-?mail|no responda a este (?:correo|mensaje)|non rispondere a questa (?:e-?mail|mail)|ne pas r[ée]pondre [àa] ce (?:message|courriel)`),
	// Sextortion and extortion.
	lazyRegexp(`(?i)I have access to your (?:device|computer|mailbox|account|camera)|(?:do not|don't) contact the police|send [^.\n]{0,30}\bin bitcoin to\b`),
	// HR and payroll lures.
	lazyRegexp(`(?i)open enrollment|benefits? (?:elections|enrollment)|confirm (?:my|your) (?:elections|benefits|enrollment)|lose (?:your )?(?:medical|dental|health|benefits?) coverage`),
	// Court-notice lures in Portuguese, Spanish and French: summoned
	// "under pain of default", accounts to be frozen, a notice to view.
	lazyRegexp(`(?i)sob pena de revelia|bloqueio de (?:contas|bens)|visualizar (?:a )?intima[çc][ãa]o|bajo apercibimiento de (?:rebeld[íi]a|embargo)|ver (?:la |su )?(?:notificaci[óo]n|citaci[óo]n) (?:judicial|electr[óo]nica)|consulter (?:votre|la) (?:convocation|citation)|notifica (?:di )?atto giudiziario|visualizza(?:re)? (?:l'|la |il )?(?:atto|notifica|documento)`),
}

// spamScore counts the kinds of spam sign in any of texts (each kind
// once) and names the first. The triage reads its text with white space
// folded, where a sign that opens a line ("Dear Customer,") no longer
// does, so a caller may pass the text with its lines as well.
func spamScore(texts ...string) (int, string) {
	n, first := 0, ""
	for _, re := range spamMarkers {
		for _, text := range texts {
			if m := re.FindString(text); m != "" {
				n++
				if first == "" {
					first = m
				}
				break
			}
		}
	}
	return n, first
}
