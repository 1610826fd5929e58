# lerd: the README's two commands are `make demo` and `make test`.
GO      ?= go
export CGO_ENABLED := 1
VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build dist demo test unit race shuffle e2e eval bench fuzz lint deps-e2e generate torture litestream

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/lerd ./cmd/lerd

# A versioned static binary and the Debian package (nfpm, from the Go
# module proxy) in dist/, its contents and binary checked
# (scripts/check-deb.sh).
dist:
	GO=$(GO) ./scripts/dist.sh

demo:
	$(GO) run -ldflags "$(LDFLAGS)" ./cmd/lerd demo

# Unit tests, the race detector on the concurrent packages, the triage
# regression gate on the vendored corpus, then the end-to-end tests against
# a real Dovecot.
test: unit race eval e2e

# Cacheable: an unchanged package is not tested again. The golden test
# (internal/eval TestGolden) is left to `make eval`, which compares the
# same golden files in its own run instead of triaging every case twice;
# `go test ./internal/eval -run TestGolden` still runs it alone.
unit:
	$(GO) vet ./...
	$(GO) test -skip '^TestGolden$$' ./...

# The packages whose stages run concurrently (intake pipeline, segment
# writes beside the transaction, sender, scheduler), under the race
# detector. Cacheable too.
race:
	$(GO) test -race ./internal/intake/ ./internal/pipeline/ ./internal/store/ ./internal/responder/ ./internal/health/ ./internal/metrics/
	$(GO) test -race -run TestConcurrentGuessesLimited ./internal/review/

# The unit tests in random order, to catch tests that depend on each other.
shuffle:
	$(GO) test -count=1 -shuffle=on ./...

# Regression gate, in every subset of the development corpus (the vendored
# cases, their rewordings, the new cases): every field's F1 and the decision
# accuracy at least at these floors, and no impostor ever authenticated.
# The floors sit below 1.0 on purpose: the gate guards generalisation, not
# a score tuned case by case. The same run compares every case's reading
# with its golden file (testdata/golden): a change to triage shows as
# exactly the cases it moved; `go test ./internal/eval -run TestGolden
# -update` rewrites them once the change is checked against the labels.
# Subsets are triaged side by side, one per core (`lerd eval -j`, default
# GOMAXPROCS), each on a store of its own; the report is the same for any
# -j, and the gate takes about 60% of its one-core time on 2 cores.
eval:
	$(GO) run ./cmd/lerd eval -min-f1 $(MIN_F1) -min-accuracy $(MIN_ACCURACY) -floors '$(FLOORS)' -golden testdata/golden testdata/corpus
MIN_F1 ?= 0.95
MIN_ACCURACY ?= 0.95
# Fields below 0.95 today in some subset, held where they stand so they
# cannot slip: reading the issuing authority, the agent and the case number
# as written, periods, and the reason codes that follow from them (README,
# Triage quality). Sets written blind and scored before tuning get floors of
# their own just under today's level: fresh7 and fresh9 (foreign requests,
# half in their own languages), fresh12 (US authorities), fresh11 (its two
# follow-ups answer reply Message-IDs lerd never sent; lerd joins threads by
# Message-ID and LER reference only), and three sets of the third blind
# round: fresh22 (real agencies on domains of a department we do not list),
# fresh27 (foreign requests in their own languages) and fresh28 (impostors,
# and real agencies on unusual domains that lerd holds for review); and of
# the fourth: fresh29 and fresh31 (police on a city's or a state's shared
# domain), fresh33 (impostors), fresh34 (foreign requests in fifteen
# languages: names written surname first, local file numbers) and fresh35
# (a follow-up that names no reply of ours); and of the fifth: fresh36 (a
# county attorney on a county's domain, a school district), fresh40
# (impostors the letter and domain cannot reveal, held for review) and
# fresh41 (foreign requests: local file numbers, courts in their own
# languages); and of the sixth and seventh: fresh48 and fresh56 (impostors;
# max_impostors names the few lerd still reads as an agency on no list, each
# held for review: a display name over a company's mailbox, "gov" run into a
# city's name, a doubled letter of a domain no list knows, a county's name
# spelled out) and fresh49 (foreign requests); and of the eighth: fresh61
# and fresh62 (a police domain's .com twin and "gov" run into a city's name
# on .net, each held for review as an agency on no list) and fresh63
# (foreign requests in their own languages); and of the ninth: fresh66
# (police on a city's or a state's shared domain), fresh69 (impostors) and
# fresh70 (foreign requests in their own languages); and of the tenth,
# scored on the session's last code before its own few fixes: fresh71 and
# fresh72 (siblings whose agencies write from their department's shared
# domain, which lerd reads as another government body, and authorities
# lerd names otherwise) and fresh73 (impostors; a county and state spelled
# out before "sheriff" on .com is held for review as an agency on no list);
# and of the eleventh to fourteenth: fresh78, fresh85, fresh91 and fresh97
# (impostors; a city's name glued to "pd" or a county's to "sheriff" on a
# domain anyone can register, the shape real agencies use far more often,
# is held for review as an agency on no list) and fresh79 (foreign
# requests in their own languages: local file numbers, treaty wording);
# and of the fifteenth to seventeenth: fresh102, fresh110 and fresh118
# (impostors: the same glued shape, and a relay company forwarding a police
# request that names no company of its own, each held for review),
# fresh103, fresh111 and fresh119 (foreign requests: local file numbers,
# names written surname first, authorities in their own languages, and
# writers who disagree on whether a foreign emergency needs a treaty) and
# fresh120 (decision edge cases: follow-ups that withdraw or promise part
# of a request); and of the eighteenth, scored on the session's final
# code: fresh122 and fresh126 (follow-ups that answer reply Message-IDs
# lerd never sent, so they stand alone), fresh125 (impostors: the glued
# shape again, held for review), fresh126 (foreign requests: senders on
# domains no list knows, names and file numbers in their own forms) and
# fresh127 (case numbers written with their agency's prefix); and of the
# nineteenth to twenty-first (session 13): fresh132, fresh140 and fresh148
# (impostors: the glued place-and-police shape again and relays, each held
# for review), fresh133, fresh141 and fresh149 (foreign requests: writers
# who refuse a foreign emergency or preservation lerd acknowledges and
# holds, follow-ups that answer reply Message-IDs lerd never sent, local
# file numbers and authorities), fresh134, fresh136 and fresh143 (such
# follow-ups), fresh142 and fresh150 (decision edges: process planned in
# words lerd does not yet read). fresh126's authority floor went from 0.73
# to 0.72 in session 13: the Czech police's own domain is now listed, so
# a letter of one of its national units is read as the police's (its unit
# before was no authority at all). Session 14 (rounds twenty-two and
# twenty-three): fresh154 and fresh162 (impostors: a city's name with "pd"
# on .us, held for review as an agency on no list), fresh79 (a consulate
# asking in Spanish on a prosecutor's behalf, now read as an agency on no
# list and held, since records asked in Spanish count), fresh155 and
# fresh163 (foreign: rulings and file numbers in their own forms, phones
# written locally), fresh156 and fresh164 (decision edges: process planned
# in words lerd does not yet read; a follow-up answering a reply ID lerd
# never sent). Session 15 (rounds twenty-four to twenty-six): fresh169 and
# fresh177 (impostors: a county's name with "sheriff" on .org, a .gov name
# missing from lerd's copy of the registry, a city's name with "pd" on .us,
# each held for review as an agency on no list), fresh170, fresh178 and
# fresh185 (foreign: rulings, file numbers and authorities in their own
# forms, phones written locally), fresh171 and fresh186 (decision edges:
# process planned in words lerd does not yet read), fresh168, fresh171 and
# fresh185 (follow-ups answering reply IDs lerd never sent). Session 16
# (rounds twenty-seven and twenty-eight): fresh191 and fresh199 (impostors:
# a city's name with "police" on `.us` and a county's with "sheriff" on
# `.com`, each held for review as an agency on no list; a company relaying
# a grand jury subpoena, acknowledged with the sender warning as a private
# party's process; a follow-up answering a reply ID lerd never sent),
# fresh192 and fresh200 (foreign: countries read from a Crown dependency's
# `.uk` domain, authorities and file numbers in their own forms). Session 17
# (rounds twenty-nine and thirty): fresh111 (three foreign emergencies its
# writer labelled as needing a treaty request, which lerd, following the
# published policy that considers emergencies from abroad, now reads as
# emergencies to complete), fresh208 and fresh216 (foreign: authorities,
# countries and process in their own forms, phones that are no valid
# numbers), fresh209 (a follow-up from a colleague's address, which by
# design joins no request). Session 18 (rounds thirty-one to thirty-three):
# fresh223, fresh231 and fresh239 (impostors: a county's or a city's name
# with "sheriff" or "policedept" on .org, .us or .com, each held for review
# as an agency on no list; an unauthenticated lookalike's follow-up, which
# by design joins nothing),
# fresh224, fresh232 and fresh240 (foreign: process and authorities in their
# own forms, file numbers with their registers' suffixes, and in fresh232
# three foreign emergencies its writer labelled as needing a treaty request,
# which lerd reads, as the published policy does, as emergencies). Session
# 19 (rounds thirty-four and thirty-five): fresh252 (case numbers written
# with the agency's initials before them, which the set's writer keeps),
# fresh255 (foreign: authorities, file numbers and countries in
# their own forms and scripts), fresh258 (a colleague's follow-up, which by
# design joins no request). Session 20 (round thirty-six): fresh262
# (foreign: authorities and file numbers in their own forms, and the kinds
# of three foreign production orders, which its writer labels as treaty
# requests only). Round thirty-seven, added at the session's end with a
# first round of fixes only: fresh269 (impostors: a hyphen for a dot in a
# county's domain, a city's name under .us, an -us affix on a sheriff's
# initials, each read as an agency on no list and held; a lookalike
# portal's auto-generated notice read as automated), fresh270 (foreign
# police and justice ministries on domains no list knows, read as
# government offices; authorities, agents and file numbers in their own
# forms), fresh271 (a warrant still with the prosecutor; a calendar
# invitation quoting a thread; a "third quarter" period), fresh273 (a
# content paragraph withdrawn in a long thread; a detective resending
# from another address), fresh274 (three foreign emergencies its writer
# labels as needing a treaty request, where lerd follows the Microsoft
# FAQ; an emergency's lookback). Session 21 (rounds thirty-eight and
# thirty-nine): fresh277 (a lookalike portal's auto-generated notice;
# case numbers with their agencies' prefixes; an impostor's follow-up,
# which joins nothing), fresh278 and fresh286 (foreign: process kinds,
# authorities and file numbers in their own forms, a foreign agency on a
# domain no list knows read as a government office; a foreign emergency
# its writer labels as needing a treaty request), fresh281 and fresh289
# (threads: colleagues on a county's or a state's shared domain, whose
# follow-ups by design join no request but the very host of an agency's
# own domain; a prosecutor's meeting invitation on a thread, read as
# automated), fresh282 (case numbers with their agencies' prefixes),
# fresh285 (impostors: a long .gov name with a letter dropped and a
# sheriff's domain with a letter doubled, each read as an agency on no
# list and held), fresh287 (a subpoena that "wasn't named" the new
# domain; authorities named in long captions). Session 22 (rounds forty
# and forty-one): fresh281 and fresh297 (a colleague's follow-up from a
# shared government domain now joins the request, which keeps its first
# sender where the labels name the colleague; in fresh297 and fresh305 an
# officer's follow-up from a personal or another mailbox, which by design
# joins nothing, and an auto-reply from the request's own sender, which
# joins it unchanged where its label leaves it alone), fresh293 and fresh294 (foreign and impostors' authorities in their
# own words, a Turkish name in capitals, phones with invented exchanges),
# fresh296, fresh298 and fresh301 (identifiers a writer gave as phone
# numbers or profile links, outside the README's kinds), fresh301 (a
# sheriff's domain with a letter doubled, read as an agency on no list and
# held), fresh302 (foreign in fifteen languages, several new to lerd:
# authorities, case-number registers and agents in their own forms).
# Session 23 (rounds forty-two and forty-three): fresh310 and fresh318
# (foreign in Greek, Bulgarian, Ukrainian, Kazakh, Georgian, Armenian,
# Arabic, Thai, Vietnamese and more: processes, courts, case registers and
# agencies in their own words and scripts; foreign preservation requests
# whose writers count a treaty request "to follow" as one, where the
# corpus's convention does not), fresh317 (impostors' courts and clerks
# named in their own captions), fresh322 (user names a story gives that
# its label counts, after words lerd does not read as an account's).
# Session 24 (rounds forty-four and forty-five): fresh326 and fresh332
# (foreign in twenty-odd languages: agents, case registers and dates in
# their own forms and scripts, agencies on domains lerd does not list,
# prosecutors' demands a writer counts as subpoenas), fresh325, fresh331
# and fresh333 (impostors on a sheriff's or an inspector general's name
# under .us or glued to a state portal's, held for review as agencies on no
# list; real agencies on a port's, a clerk's or a city's shared domain,
# also held), fresh323 (an unlisted agency's shared domain), fresh327,
# fresh329 and fresh333 (process a writer names as to come or as history in
# words lerd does not read so), fresh330 and fresh336 (emergencies whose
# reasons a writer counts differently), fresh334 (a unit mailbox with no
# agent; a federal agent named only in a PDF), fresh310's country (a
# free-mail officer's court order now read, its country the mail service's).
# Session 26 (rounds forty-eight to fifty): fresh354, fresh362 and fresh370
# (foreign: West African, Central Asian, Gulf, Southern Cone, Balkan, Levant
# and Caribbean letters; names, courts and case registers in their own
# scripts and cases; Budapest preservations whose treaty request is still
# to come, which these writers label as acknowledged and the corpus's
# convention, kept here, rejects); fresh358 (an impostor on the sheriff's
# initials joined to its state's name, held as an agency on no list);
# fresh361 (a follow-up from a colleague on a village's shared domain, not
# joined: the thread rules of internal/pipeline/thread.go); fresh364 (a
# follow-up whose From is not the domain that signed it, so not
# authenticated and not joined); fresh371 (a
# medical board's investigator read as an agency on no list, held);
# case numbers with their agency's initials in front, written both ways
# by different writers.
# Session 27 (rounds fifty-one to fifty-three): fresh378, fresh386 and
# fresh393 (foreign: courts, prosecutors and case registers in their own
# languages; Budapest preservations with the treaty request still to come,
# which these writers acknowledge and the corpus's convention rejects);
# fresh379, fresh387 and fresh394 (edges: government bodies serving
# process, private and automated senders); fresh377, fresh385 and
# fresh392 (an impostor each on a domain no list or registry reveals,
# held for review as an agency on no list); fresh381, fresh389 and
# fresh396 (follow-ups sent from a colleague's address; two labels of
# fresh395 and fresh396 count 93 and 95 days as within the 90-day
# lookback); fresh380, fresh388 and fresh395 (NDO end dates the writers
# computed from "one year from the order" and the like); case numbers with their agency's initials in front written
# both ways; fresh331's authority (an impostor's court now read in part).
# Session 28 (rounds fifty-four and fifty-five): fresh401 and fresh407
# (foreign: courts, prosecutors and case registers in their own languages;
# treaty-route orders whose writers count 92 to 103 days as within the
# lookback; a CLOUD Act order for stored content its writer takes for a
# warrant); fresh402 and fresh408 (edges: government bodies, private and
# automated senders; a public defender's subpoena from a county's .gov read
# as an agency's, the one impostor counted, acknowledged as labelled);
# fresh403 and fresh409 (Puerto Rico's Spanish warrant, held for want of
# an authority read); fresh404 and fresh410 (follow-ups whose writers name
# the message before rather than the request); fresh400, fresh406 and
# fresh411 (case numbers with their agency's initials written both ways).
# Round fifty-six: fresh415 (foreign: courts, prosecutors and case
# registers in their own languages and scripts; Hebrew and Japanese
# emergencies not yet read as explained); fresh416 (a request portal
# vendor's pitch refused rather than ignored, a researcher's letter read as
# process, held as needs_info); fresh418 (follow-ups naming the message
# before rather than the request); fresh414 and fresh419 (case numbers
# with their agency's initials).
# Session 30 (rounds sixty to sixty-four): fresh443, fresh449, fresh457,
# fresh463 and fresh469 (foreign: courts and police units named in their
# own languages or by the unit, treaty requests pending, police demands
# abroad labelled as subpoenas); fresh446, fresh452, fresh460 and fresh466
# (threads: follow-ups from another address of the agency or naming the
# message before, which lerd does not join); fresh444, fresh450, fresh458
# and fresh464 (edges: marketing labelled other or automated, public
# defenders and school districts classed either way); authorities written
# with or without their state, and case numbers with or without their
# agency's prefix, both ways in every set; NDO end dates the writers
# computed from an order's date.
# Session 33 (rounds seventy-one and seventy-two): fresh523 and fresh530
# (foreign: case numbers and authorities in their own languages, a
# treaty request's US docket or the agency's own file number labelled
# either way; in fresh530, preservations pending a treaty request
# labelled both ways and foreign orders and wrong-provider letters lerd
# does not yet read, measured blind and left for the next session);
# fresh524 (edges: marketing labelled other or automated, civil and
# government senders classed either way); fresh525 (an NDO's end
# computed from an order's date); fresh526 (threads: a follow-up's
# sender labelled by its Reply-To, a court's docket over the agency's
# number once the process arrives); fresh529 and fresh531 (agency
# prefixes on case numbers, a danger told without its words).
# Session 32 (rounds sixty-eight to seventy): fresh499, fresh507 and
# fresh515 (foreign: courts, police units and case registers in their own
# languages; preservations pending a treaty request labelled both ways,
# lerd following the corpus's majority); fresh500, fresh508 and fresh516
# (edges: civil and government senders classed either way, a court
# system's notices); fresh502, fresh510 and fresh518 (threads: follow-ups
# naming the message before, labels that count the lookback from the
# thread's first message); fresh517 (US fields: ranges a few days over
# the lookback labelled within it, which the README's rule and lerd do
# not); case numbers with or without their agency's prefix, authorities
# with or without their state, both ways in every set. fresh393, fresh411
# and fresh423: case numbers now read after labels those sets write
# with the prefix in the label.
# Session 31 (rounds sixty-five to sixty-seven): fresh475, fresh483 and
# fresh491 (foreign: courts, police units and case registers in their own
# languages; preservations pending a treaty request labelled both ways;
# a Romanian prosecutor's letter naming the US Justice Department held as
# a claim); fresh476, fresh484 and fresh492 (edges: another company's app
# or service named only by its brand, a park district's civil order, a
# journalist's question, labels one day over the lookback); fresh478 and
# fresh486 (threads: follow-ups naming the message before); fresh474
# (a tribal police on a "-police" name, held as a lookalike); case
# numbers with or without their agency's prefix, both ways in every set.
# Session 29 (rounds fifty-seven to fifty-nine): fresh423, fresh429 and
# fresh435 (foreign: courts, prosecutors and case registers in their own
# languages; preservations pending a treaty request, which the corpus
# labels both ways; police demands abroad labelled as subpoenas);
# fresh424, fresh430 and fresh436 (edges: marketing labelled other or
# automated, a court's letter rogatory sent by its clerk); fresh426,
# fresh432 and fresh438 (threads: follow-ups naming the message before, a
# 91- and a 96-day period its writers count within the lookback, which the
# corpus's convention and lerd do not); fresh428 (the one impostor, a
# doubled letter of an agency on no list, held for review as an agency on
# no list); the case numbers with their agency's initials written both
# ways in every set, and fresh286's Uruguayan court file code ("IUE") now
# read before its number, which its labels leave out.
# Session 25 (rounds forty-six and forty-seven): fresh340 and fresh346
# (foreign in Albanian, Armenian, Macedonian, Serbian, Arabic, Hebrew,
# Amharic-accented English and more: courts, prosecutors, case registers,
# phones and countries in their own forms and scripts, a treaty request
# still pending that some writers count and others do not), fresh345 (an
# impostor's letter whose authority its writer names as the signature's
# precinct), fresh347 (periods told as "year to date" or in words).
FLOORS ?= authority=0.80,agent=0.80,case_number=0.90,date_range=0.90,reasons=0.85,\
	fresh7:accuracy=0.87,fresh7:decision=0.87,fresh7:process=0.88,fresh7:authority=0.70,fresh7:case_number=0.82,fresh7:country=0.90,fresh7:reasons=0.80,\
	fresh9:process=0.90,fresh9:authority=0.63,fresh9:country=0.87,fresh9:reasons=0.75,\
	fresh11:accuracy=0.92,fresh11:decision=0.92,fresh11:follow_up_to=0,\
	fresh12:authority=0.72,\
	fresh22:sender.class=0.93,fresh27:authority=0.76,fresh27:case_number=0.87,\
	fresh28:sender.class=0.89,fresh28:process=0.92,fresh28:country=0.91,fresh28:reasons=0.82,\
	fresh29:sender.class=0.93,fresh31:sender.class=0.93,fresh33:reasons=0.81,fresh35:follow_up_to=0.6,\
	fresh34:sender.class=0.91,fresh34:process=0.84,fresh34:authority=0.60,fresh34:agent=0.67,fresh34:case_number=0.70,fresh34:reasons=0.70,\
	fresh36:sender.class=0.93,fresh40:sender.class=0.84,fresh40:country=0.90,fresh40:reasons=0.75,\
	fresh41:process=0.88,fresh41:authority=0.74,fresh41:agent=0.75,fresh41:case_number=0.70,fresh41:reasons=0.82,\
	fresh48:sender.class=0.89,fresh48:country=0.94,fresh48:max_impostors=3,\
	fresh49:process=0.90,fresh49:authority=0.60,fresh49:case_number=0.80,fresh49:reasons=0.84,\
	fresh56:sender.class=0.87,fresh56:reasons=0.80,fresh56:max_impostors=2,\
	fresh61:sender.class=0.93,fresh61:max_impostors=1,fresh62:sender.class=0.86,fresh62:reasons=0.74,fresh62:max_impostors=1,\
	fresh63:sender.class=0.89,fresh63:process=0.85,fresh63:authority=0.74,fresh63:case_number=0.84,fresh63:country=0.93,fresh63:reasons=0.77,\
	fresh66:sender.class=0.93,fresh69:reasons=0.82,\
	fresh70:accuracy=0.92,fresh70:decision=0.92,fresh70:sender.class=0.84,fresh70:process=0.89,fresh70:authority=0.69,fresh70:phones=0.93,fresh70:case_number=0.84,fresh70:country=0.89,fresh70:reasons=0.67,\
	fresh71:accuracy=0.92,fresh71:decision=0.92,fresh71:sender.class=0.91,fresh71:authority=0.73,\
	fresh72:accuracy=0.90,fresh72:decision=0.90,fresh72:sender.class=0.83,fresh72:authority=0.64,fresh72:reasons=0.80,\
	fresh73:sender.class=0.92,fresh73:authority=0.75,fresh73:country=0.94,fresh73:max_impostors=1,\
	fresh78:max_impostors=1,fresh79:process=0.90,fresh79:case_number=0.82,\
	fresh85:sender.class=0.90,fresh85:max_impostors=2,\
	fresh91:sender.class=0.87,fresh91:accuracy=0.90,fresh91:decision=0.90,fresh91:max_impostors=3,\
	fresh97:sender.class=0.90,fresh97:max_impostors=1,\
	fresh102:accuracy=0.92,fresh102:decision=0.92,fresh102:max_impostors=2,\
	fresh103:sender.class=0.92,fresh103:process=0.91,fresh103:phones=0.91,fresh103:case_number=0.83,fresh103:country=0.94,fresh103:reasons=0.84,\
	fresh110:sender.class=0.92,fresh110:max_impostors=2,\
	fresh111:process=0.86,fresh111:authority=0.77,fresh111:phones=0.90,fresh111:case_number=0.88,fresh111:country=0.94,fresh111:reasons=0.83,\
	fresh118:sender.class=0.89,fresh118:max_impostors=2,\
	fresh119:process=0.89,fresh119:authority=0.75,fresh119:agent=0.74,fresh119:phones=0.93,fresh119:case_number=0.78,fresh119:country=0.93,fresh119:reasons=0.84,\
	fresh120:accuracy=0.92,fresh120:decision=0.92,fresh120:follow_up_to=0.90,\
	fresh122:follow_up_to=0,\
	fresh125:sender.class=0.86,fresh125:agent=0.92,fresh125:decision=0.89,fresh125:accuracy=0.89,fresh125:max_impostors=2,\
	fresh126:sender.class=0.82,fresh126:process=0.80,fresh126:authority=0.72,fresh126:agent=0.71,fresh126:phones=0.90,fresh126:case_number=0.82,fresh126:country=0.88,fresh126:decision=0.92,fresh126:accuracy=0.92,fresh126:reasons=0.61,fresh126:follow_up_to=0,\
	fresh127:case_number=0.81,\
	fresh132:sender.class=0.91,fresh132:max_impostors=2,\
	fresh133:process=0.92,fresh133:phones=0.93,fresh133:case_number=0.83,fresh133:country=0.87,fresh133:decision=0.76,fresh133:reasons=0.75,fresh133:follow_up_to=0,fresh133:accuracy=0.76,\
	fresh134:follow_up_to=0.89,\
	fresh136:follow_up_to=0.65,\
	fresh140:sender.class=0.91,fresh140:decision=0.91,fresh140:accuracy=0.91,fresh140:max_impostors=3,\
	fresh141:sender.class=0.91,fresh141:process=0.91,fresh141:agent=0.74,fresh141:phones=0.92,fresh141:case_number=0.84,fresh141:country=0.91,fresh141:date_range=0.88,fresh141:reasons=0.75,fresh141:follow_up_to=0,\
	fresh142:process=0.92,\
	fresh143:decision=0.91,fresh143:follow_up_to=0,fresh143:accuracy=0.91,\
	fresh148:max_impostors=1,\
	fresh149:process=0.89,fresh149:authority=0.74,fresh149:phones=0.93,fresh149:case_number=0.82,fresh149:country=0.93,\
	fresh150:process=0.90,fresh150:decision=0.91,fresh150:accuracy=0.91,\
	fresh79:max_impostors=1,fresh154:max_impostors=1,fresh162:max_impostors=2,\
	fresh155:process=0.92,fresh155:phones=0.91,fresh155:case_number=0.86,\
	fresh156:process=0.93,fresh156:follow_up_to=0.87,\
	fresh163:process=0.93,fresh163:authority=0.72,fresh163:case_number=0.84,\
	fresh164:process=0.91,\
	fresh168:follow_up_to=0,fresh169:sender.class=0.91,fresh169:max_impostors=2,\
	fresh170:process=0.91,fresh170:authority=0.77,fresh170:case_number=0.87,\
	fresh171:decision=0.91,fresh171:accuracy=0.91,fresh171:follow_up_to=0,\
	fresh177:sender.class=0.91,fresh177:max_impostors=1,\
	fresh178:process=0.89,fresh178:phones=0.93,fresh178:case_number=0.88,fresh178:decision=0.91,fresh178:accuracy=0.91,\
	fresh185:process=0.88,fresh185:authority=0.63,fresh185:phones=0.92,fresh185:case_number=0.74,fresh185:country=0.93,fresh185:reasons=0.81,fresh185:follow_up_to=0,\
	fresh186:process=0.92,\
	fresh191:decision=0.91,fresh191:accuracy=0.91,fresh191:follow_up_to=0.65,fresh191:max_impostors=1,fresh192:country=0.93,\
	fresh199:sender.class=0.91,fresh199:max_impostors=1,fresh200:process=0.91,fresh200:authority=0.72,fresh200:case_number=0.86,\
	fresh111:decision=0.91,fresh111:reasons=0.81,fresh111:accuracy=0.91,fresh208:authority=0.72,fresh208:phones=0.93,fresh208:country=0.89,\
	fresh209:follow_up_to=0.87,fresh216:process=0.89,fresh216:authority=0.76,fresh216:country=0.91,fresh216:decision=0.89,fresh216:accuracy=0.89,\
	fresh223:sender.class=0.89,fresh223:max_impostors=1,fresh224:process=0.88,fresh224:case_number=0.84,fresh231:max_impostors=1,\
	fresh232:decision=0.91,fresh232:accuracy=0.91,fresh239:follow_up_to=0,fresh239:max_impostors=1,fresh240:process=0.92,fresh240:authority=0.76,\
	fresh252:case_number=0.88,fresh255:process=0.94,fresh255:authority=0.67,fresh255:case_number=0.85,fresh255:country=0.92,\
	fresh258:follow_up_to=0.92,fresh262:process=0.94,fresh262:authority=0.67,fresh262:case_number=0.80,\
	fresh269:sender.class=0.89,fresh269:decision=0.89,fresh269:accuracy=0.89,fresh269:max_impostors=3,\
	fresh270:sender.class=0.74,fresh270:process=0.87,fresh270:authority=0.66,fresh270:agent=0.63,fresh270:phones=0.93,fresh270:case_number=0.79,fresh270:country=0.86,fresh270:reasons=0.66,\
	fresh271:process=0.92,fresh271:decision=0.92,fresh271:accuracy=0.92,\
	fresh273:process=0.91,fresh273:identifiers=0.93,fresh273:decision=0.89,fresh273:follow_up_to=0.93,fresh273:accuracy=0.89,\
	fresh274:decision=0.87,fresh274:accuracy=0.87,\
	fresh277:case_number=0.86,fresh277:follow_up_to=0.66,\
	fresh278:process=0.84,fresh278:authority=0.70,fresh278:phones=0.91,fresh278:case_number=0.88,fresh278:country=0.93,fresh278:date_range=0.85,fresh278:reasons=0.81,\
	fresh281:sender.address=0.84,fresh281:case_number=0.88,fresh281:identifiers=0.89,fresh281:decision=0.89,fresh281:reasons=0.84,fresh281:follow_up_to=0.76,fresh281:accuracy=0.89,\
	fresh282:case_number=0.82,\
	fresh285:sender.class=0.89,fresh285:decision=0.92,fresh285:accuracy=0.92,fresh285:max_impostors=2,\
	fresh286:sender.class=0.87,fresh286:process=0.81,fresh286:authority=0.56,fresh286:case_number=0.75,fresh286:country=0.90,fresh286:reasons=0.71,\
	fresh287:process=0.93,fresh287:authority=0.62,\
	fresh289:sender.class=0.92,fresh289:decision=0.92,fresh289:follow_up_to=0.87,fresh289:accuracy=0.92,\
	fresh293:authority=0.78,\
	fresh294:sender.class=0.91,fresh294:process=0.92,fresh294:authority=0.75,fresh294:phones=0.91,fresh294:case_number=0.83,fresh294:country=0.91,fresh294:reasons=0.81,\
	fresh296:identifiers=0.92,\
	fresh297:sender.address=0.89,fresh297:follow_up_to=0.92,\
	fresh298:process=0.93,fresh298:identifiers=0.91,\
	fresh301:sender.class=0.86,fresh301:identifiers=0.93,fresh301:max_impostors=1,\
	fresh302:sender.class=0.86,fresh302:process=0.89,fresh302:authority=0.57,fresh302:agent=0.62,fresh302:phones=0.92,fresh302:case_number=0.65,fresh302:country=0.93,fresh302:date_range=0.85,fresh302:decision=0.91,fresh302:reasons=0.68,fresh302:accuracy=0.91,\
	fresh305:follow_up_to=0.90,\
	fresh310:process=0.74,fresh310:authority=0.43,fresh310:case_number=0.71,fresh310:country=0.90,fresh310:decision=0.81,fresh310:reasons=0.70,fresh310:accuracy=0.81,\
	fresh317:authority=0.74,\
	fresh318:sender.class=0.89,fresh318:process=0.77,fresh318:authority=0.51,fresh318:case_number=0.66,fresh318:country=0.82,fresh318:date_range=0.85,fresh318:decision=0.91,fresh318:reasons=0.64,fresh318:accuracy=0.91,\
	fresh322:identifiers=0.92,\
	fresh323:sender.class=0.93,\
	fresh325:case_number=0.84,\
	fresh326:sender.class=0.89,fresh326:process=0.84,fresh326:authority=0.73,fresh326:phones=0.90,fresh326:case_number=0.58,fresh326:country=0.88,fresh326:date_range=0.84,fresh326:decision=0.91,fresh326:reasons=0.68,fresh326:accuracy=0.91,\
	fresh327:process=0.91,\
	fresh329:process=0.93,\
	fresh330:reasons=0.82,\
	fresh331:sender.class=0.89,fresh331:case_number=0.81,fresh331:decision=0.89,fresh331:accuracy=0.89,fresh331:max_impostors=2,\
	fresh332:sender.class=0.81,fresh332:process=0.79,fresh332:authority=0.62,fresh332:case_number=0.76,fresh332:country=0.92,fresh332:date_range=0.75,fresh332:decision=0.91,fresh332:reasons=0.67,fresh332:accuracy=0.91,\
	fresh333:sender.class=0.86,fresh333:process=0.93,fresh333:authority=0.63,fresh333:decision=0.91,fresh333:reasons=0.83,fresh333:accuracy=0.91,fresh333:max_impostors=1,\
	fresh334:decision=0.91,fresh334:accuracy=0.91,\
	fresh336:decision=0.91,fresh336:reasons=0.82,fresh336:accuracy=0.91,\
	fresh340:process=0.86,fresh340:authority=0.59,fresh340:case_number=0.67,fresh340:country=0.84,fresh340:reasons=0.83,\
	fresh345:authority=0.77,\
	fresh346:process=0.82,fresh346:authority=0.62,fresh346:phones=0.85,fresh346:case_number=0.66,fresh346:country=0.91,fresh346:reasons=0.69,\
	fresh347:date_range=0.85,\
	fresh354:sender.class=0.89,fresh354:authority=0.74,fresh354:agent=0.76,fresh354:phones=0.91,fresh354:case_number=0.81,fresh354:country=0.93,fresh354:reasons=0.82,\
	fresh358:case_number=0.88,fresh358:max_impostors=1,fresh360:case_number=0.87,fresh361:case_number=0.88,fresh361:follow_up_to=0,\
	fresh362:process=0.86,fresh362:authority=0.58,fresh362:phones=0.91,fresh362:case_number=0.72,fresh362:country=0.91,fresh362:decision=0.86,fresh362:reasons=0.78,fresh362:accuracy=0.86,\
	fresh364:process=0.93,fresh364:follow_up_to=0.65,fresh366:case_number=0.83,\
	fresh370:process=0.85,fresh370:authority=0.74,fresh370:phones=0.87,fresh370:case_number=0.72,fresh370:country=0.87,fresh370:date_range=0.83,fresh370:decision=0.86,fresh370:reasons=0.75,fresh370:accuracy=0.86,\
	fresh371:max_impostors=1,fresh372:reasons=0.82,\
	fresh331:authority=0.78,fresh377:max_impostors=1,fresh378:process=0.86,fresh378:authority=0.69,fresh378:case_number=0.69,fresh378:reasons=0.81,\
	fresh379:process=0.87,fresh379:authority=0.77,fresh379:case_number=0.83,fresh380:ndo=0.89,fresh381:sender.address=0.91,fresh383:case_number=0.88,\
	fresh385:sender.class=0.89,fresh385:max_impostors=1,fresh386:process=0.89,fresh386:authority=0.55,fresh386:case_number=0.61,fresh386:date_range=0.87,\
	fresh386:reasons=0.79,fresh387:sender.class=0.89,fresh387:process=0.85,fresh387:authority=0.74,fresh387:identifiers=0.92,fresh388:case_number=0.87,\
	fresh388:ndo=0.91,fresh390:case_number=0.87,fresh392:process=0.92,fresh392:authority=0.70,fresh392:case_number=0.83,fresh392:max_impostors=1,\
	fresh393:process=0.80,fresh393:authority=0.67,fresh393:case_number=0.65,fresh393:reasons=0.81,fresh394:sender.class=0.79,fresh394:process=0.82,\
	fresh394:authority=0.74,fresh394:case_number=0.84,fresh395:ndo=0.91,fresh396:sender.address=0.84,fresh396:follow_up_to=0.90,fresh397:case_number=0.72,\
	fresh400:case_number=0.87,fresh401:process=0.87,fresh401:authority=0.66,fresh401:case_number=0.69,fresh401:decision=0.84,fresh401:reasons=0.72,fresh401:accuracy=0.84,fresh402:sender.class=0.86,fresh402:authority=0.76,fresh402:decision=0.91,fresh402:accuracy=0.91,fresh402:max_impostors=1,fresh403:authority=0.74,fresh404:phones=0.93,fresh404:case_number=0.84,fresh406:case_number=0.69,fresh407:process=0.92,fresh407:authority=0.59,fresh407:case_number=0.70,fresh407:decision=0.89,fresh407:reasons=0.80,fresh407:accuracy=0.89,fresh408:sender.class=0.81,fresh408:case_number=0.81,fresh410:sender.address=0.91,fresh410:follow_up_to=0.57,fresh411:decision=0.91,fresh411:accuracy=0.91,\
	fresh414:case_number=0.87,fresh415:process=0.88,fresh415:authority=0.55,fresh415:agent=0.72,fresh415:case_number=0.46,fresh415:ndo=0.91,fresh415:decision=0.86,fresh415:reasons=0.80,fresh415:accuracy=0.86,fresh416:process=0.86,fresh416:authority=0.70,fresh416:decision=0.89,fresh416:reasons=0.83,fresh416:accuracy=0.89,fresh418:sender.address=0.89,fresh418:case_number=0.81,fresh418:follow_up_to=0.68,fresh419:case_number=0.88,\
	fresh421:case_number=0.88,fresh423:process=0.87,fresh423:authority=0.71,fresh423:case_number=0.77,fresh423:identifiers=0.93,fresh423:decision=0.91,fresh423:accuracy=0.91,fresh424:sender.class=0.89,fresh424:case_number=0.77,fresh426:sender.address=0.91,fresh426:case_number=0.88,fresh428:case_number=0.80,fresh428:max_impostors=1,fresh429:process=0.83,fresh429:authority=0.68,fresh429:case_number=0.62,fresh429:ndo=0.91,fresh430:sender.class=0.89,fresh430:process=0.89,fresh430:case_number=0.87,fresh432:sender.address=0.91,fresh432:authority=0.72,fresh432:case_number=0.86,fresh432:decision=0.86,fresh432:reasons=0.79,fresh432:accuracy=0.86,fresh434:case_number=0.75,fresh435:process=0.82,fresh435:authority=0.79,fresh435:case_number=0.86,fresh435:reasons=0.83,fresh436:case_number=0.81,fresh436:country=0.92,fresh437:ndo=0.91,fresh438:sender.address=0.91,fresh438:case_number=0.67,fresh438:follow_up_to=0.58,\
	fresh442:case_number=0.84,fresh443:process=0.87,fresh443:authority=0.61,fresh443:case_number=0.76,fresh443:ndo=0.94,fresh444:authority=0.64,fresh444:country=0.92,fresh446:sender.address=0.94,fresh446:follow_up_to=0.58,fresh449:process=0.92,fresh449:authority=0.61,fresh449:case_number=0.85,fresh450:sender.class=0.86,fresh450:authority=0.67,fresh450:country=0.92,fresh451:ndo=0.94,fresh452:sender.address=0.91,fresh452:process=0.92,fresh452:authority=0.67,fresh452:case_number=0.84,fresh452:follow_up_to=0.57,fresh454:case_number=0.87,fresh456:case_number=0.80,fresh457:process=0.90,fresh457:phones=0.90,fresh457:case_number=0.75,fresh457:reasons=0.81,fresh458:sender.class=0.86,fresh458:case_number=0.84,fresh458:country=0.92,fresh459:ndo=0.91,fresh460:sender.address=0.89,fresh462:case_number=0.76,fresh463:process=0.91,fresh463:case_number=0.74,fresh464:sender.class=0.94,fresh464:authority=0.67,fresh464:case_number=0.83,fresh466:sender.address=0.94,fresh466:case_number=0.81,fresh466:follow_up_to=0.92,fresh468:case_number=0.77,fresh469:process=0.93,fresh469:authority=0.72,fresh469:case_number=0.80,fresh469:ndo=0.94,fresh470:authority=0.66,fresh470:ndo=0.94,\
	fresh473:case_number=0.86,fresh474:sender.class=0.94,fresh474:country=0.93,fresh475:process=0.90,fresh475:case_number=0.82,fresh475:ndo=0.94,fresh476:sender.class=0.79,fresh476:process=0.83,fresh476:authority=0.71,fresh476:country=0.84,fresh476:decision=0.86,fresh476:reasons=0.79,fresh476:accuracy=0.86,fresh477:ndo=0.94,fresh478:sender.address=0.91,fresh478:case_number=0.84,fresh479:case_number=0.67,fresh483:case_number=0.86,fresh483:country=0.91,fresh483:ndo=0.94,fresh484:sender.class=0.86,fresh484:process=0.92,fresh484:country=0.89,fresh485:sender.class=0.94,fresh485:ndo=0.94,fresh486:sender.address=0.94,fresh486:authority=0.75,fresh486:ndo=0.94,fresh486:follow_up_to=0.62,fresh487:case_number=0.86,fresh491:sender.class=0.94,fresh491:authority=0.57,fresh491:case_number=0.69,fresh491:decision=0.94,fresh491:reasons=0.81,fresh492:sender.class=0.86,fresh492:process=0.90,fresh492:authority=0.69,fresh492:case_number=0.82,fresh492:country=0.92,fresh492:decision=0.89,fresh492:reasons=0.83,fresh492:accuracy=0.89,fresh494:case_number=0.86,\
	fresh497:case_number=0.86,fresh497:decision=0.93,fresh497:accuracy=0.93,fresh499:process=0.90,fresh499:authority=0.75,fresh499:case_number=0.88,fresh500:process=0.91,fresh500:country=0.90,fresh502:sender.address=0.91,fresh502:ndo=0.91,fresh503:case_number=0.80,fresh504:authority=0.76,fresh506:case_number=0.87,fresh507:process=0.88,fresh507:case_number=0.78,fresh507:ndo=0.91,fresh508:sender.class=0.89,fresh508:process=0.92,fresh508:authority=0.65,fresh508:case_number=0.72,fresh510:process=0.91,fresh510:case_number=0.85,fresh514:case_number=0.86,fresh515:process=0.93,fresh515:phones=0.92,fresh515:case_number=0.77,fresh515:decision=0.91,fresh515:reasons=0.82,fresh515:accuracy=0.91,fresh516:authority=0.63,fresh516:case_number=0.81,fresh516:decision=0.91,fresh516:accuracy=0.91,fresh517:decision=0.76,fresh517:reasons=0.65,fresh517:accuracy=0.76,fresh518:sender.address=0.91,fresh518:case_number=0.87,fresh518:decision=0.86,fresh518:reasons=0.80,fresh518:follow_up_to=0.92,fresh518:accuracy=0.86,fresh411:case_number=0.88,\
	fresh523:process=0.87,fresh523:authority=0.65,fresh523:case_number=0.59,fresh524:sender.class=0.91,fresh524:authority=0.74,fresh524:case_number=0.75,fresh525:ndo=0.94,fresh526:sender.address=0.89,fresh526:case_number=0.84,fresh526:follow_up_to=0.92,fresh529:case_number=0.81,fresh530:process=0.85,fresh530:authority=0.67,fresh530:case_number=0.77,fresh530:decision=0.79,fresh530:reasons=0.69,fresh530:accuracy=0.79,fresh531:emergency=0.94

deps-e2e:
	./scripts/install-test-deps.sh

e2e: deps-e2e
	$(GO) test -tags e2e -count=1 -timeout 30m ./e2e/...

# Fault loops too long for make test, against Dovecot and the SMTP sink
# (README, "Faults"): 100 SIGTERMs while lerd sends 300 replies to a slow
# server, three 12 s database locks while it records a send, a second serve
# on the same database, a silent SMTP server; and TORTURE_ROUNDS rounds of
# SIGSTOP of Dovecot, SIGKILL and SIGTERM of lerd serve and hostile PDFs
# while mail arrives. Every test fails on a message lost or stored twice or
# a reply delivered twice.
TORTURE_ROUNDS ?= 40
torture: deps-e2e
	LERD_TORTURE=1 LERD_TORTURE_ROUNDS=$(TORTURE_ROUNDS) $(GO) test -tags 'e2e torture' -count=1 -timeout 60m -v \
		-run 'TestRepliesSIGTERMDovecot|TestRepliesLockedDatabaseDovecot|TestTwoServesDovecot|TestSilentSMTPDovecot|TestTortureIntake' ./e2e/...

# Continuous replication (README): Litestream with systemd/litestream.yml
# against the database of a running lerd serve, raw files copied with
# systemd/lerd-raw-sync, restored with systemd/lerd-replica-restore and
# checked with lerd verify and the queue. Installs rsync and Litestream
# first (scripts/install-litestream.sh: built once from the Go module proxy
# into ~/.cache/lerd, some ten minutes; not in lerd's go.mod).
LITESTREAM_VERSION ?= v0.5.18
litestream: deps-e2e
	ls=$$(LITESTREAM_VERSION=$(LITESTREAM_VERSION) GO=$(GO) ./scripts/install-litestream.sh) && \
		LERD_LITESTREAM=$$ls $(GO) test -tags 'e2e litestream' -count=1 -timeout 20m -v -run TestLitestreamReplica ./e2e/

# Intake against Dovecot (ratio to a bare go-imap fetch, latency, RSS);
# then, without a server: a batch commit against writing and syncing the
# same bytes to one file, lerd's own CPU per 1,000 messages, and triage.
bench: deps-e2e
	$(GO) test -tags e2e -run '^$$' -bench . -benchtime 1x -timeout 30m ./e2e/...
	$(GO) test -run '^$$' -bench SaveBatch -benchtime 10x ./internal/store/
	$(GO) test -run '^$$' -bench IntakeCPU -benchtime 10x ./internal/pipeline/
	$(GO) test -run '^$$' -bench . ./internal/triage/...

# Each new interesting input is minimized first, for up to a minute by
# default; on large messages that can use the whole FUZZTIME.
FUZZTIME ?= 30s
FUZZFLAGS ?= -fuzzminimizetime 3s
fuzz:
	$(GO) test -run '^$$' -fuzz 'FuzzParse$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./internal/mailparse
	$(GO) test -run '^$$' -fuzz FuzzHTMLText -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./internal/mailparse
	$(GO) test -run '^$$' -fuzz FuzzPDFText -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./internal/mailparse
	$(GO) test -run '^$$' -fuzz FuzzAnalyze -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./internal/triage
	$(GO) test -run '^$$' -fuzz FuzzExtractors -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./internal/triage
	$(GO) test -run '^$$' -fuzz FuzzPrefilter -fuzztime $(FUZZTIME) $(FUZZFLAGS) ./internal/triage

generate:
	$(GO) generate ./rules

lint:
	$(GO) vet ./...
	test -z "$$(gofmt -l .)"
