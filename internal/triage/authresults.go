package triage

import (
	"strings"

	"github.com/emersion/go-msgauth/authres"

	"lerd/internal/mailparse"
)

// Sender authentication rests on the verdict of the system that received
// the message for us, never on a header the sender could have written.
// Receiving systems prepend their headers, so the sender's own
// Authentication-Results always sit below ours. Three kinds of receiver
// are understood:
//
//   - our own MTA (Postfix with OpenDKIM/OpenDMARC, rspamd, Exim, …), which
//     writes its authserv-id (triage.authserv_id and
//     triage.trusted_authserv_ids). Some write one header per method
//     (OpenDKIM's dkim=, OpenDMARC's dmarc=): the trusted headers read are
//     the first one with a trusted authserv-id and those directly below it,
//     up to the next Received line, which is where our MTA's own Received
//     line and the sender's headers begin;
//   - Microsoft 365 (Exchange Online), which writes no authserv-id at all
//     ("spf=pass (sender IP is …) smtp.mailfrom=…; dkim=pass … header.d=…;
//     dmarc=pass action=none header.from=…;compauth=pass reason=100").
//     Trusted only as the topmost Authentication-Results of the message and
//     with Exchange's organization headers present, which Exchange removes
//     from mail arriving from outside, or with Exchange's host on the
//     topmost Received line (exchangeDelivered);
//   - Google Workspace, which writes "mx.google.com". Trusted only as the
//     topmost Authentication-Results of the message.
//
// The verdict: DMARC pass for the From domain; or, where no DMARC result
// was written, DKIM pass for a domain aligned with From. An explicit DMARC
// failure, anywhere in the trusted block, is never overridden.

const googleAuthservID = "mx.google.com"

// verdict is what one receiver said about the message.
type verdict struct {
	source  string
	results []authres.Result
}

// trustedVerdict finds the receiver's verdict that triage may believe, or
// nil.
func (a *Analyzer) trustedVerdict(m *mailparse.Message) *verdict {
	var v *verdict
	first := true
	// A Received line above the header written by a host that is not
	// Exchange's (or Google's) means another system received the message:
	// an Exchange or Google verdict below it, and Exchange's organization
	// headers, came with the message from the sender.
	otherAboveM365, otherAboveGoogle := false, false
	for _, f := range m.Fields {
		switch strings.ToLower(f.Key) {
		case "received":
			if v != nil {
				return v
			}
			otherAboveM365 = otherAboveM365 || !exchangeHop.MatchString(f.Value)
			otherAboveGoogle = otherAboveGoogle || !googleHop.MatchString(f.Value)
		case "authentication-results":
			id, results, ok := parseAuthResults(f.Value)
			topmost := first
			first = false
			if !ok {
				continue
			}
			trusted := a.trustsID(id) ||
				id == "" && topmost && !otherAboveM365 && a.opts.TrustMicrosoft365 && exchangeDelivered(m) ||
				strings.EqualFold(id, googleAuthservID) && topmost && !otherAboveGoogle && a.opts.TrustGoogle
			switch {
			case v == nil && trusted:
				name := id
				if name == "" {
					name = "Microsoft 365"
				}
				v = &verdict{source: name, results: results}
			case v != nil && trusted && strings.EqualFold(id, v.source):
				v.results = append(v.results, results...)
			}
		}
	}
	return v
}

func (a *Analyzer) trustsID(id string) bool {
	if id == "" {
		return false
	}
	if strings.EqualFold(id, a.opts.AuthservID) {
		return true
	}
	for _, t := range a.opts.AuthservIDs {
		if strings.EqualFold(id, t) {
			return true
		}
	}
	return false
}

// exchangeDelivered reports that Exchange Online delivered the message:
// its own organization headers, which it strips from mail that arrives
// from outside the organization, or a topmost Received line written by one
// of its hosts. The topmost Received line is the last hop's, which the
// sender cannot write: every receiving hop prepends its own. Mailbox
// exports and test fixtures often keep Exchange's Received lines and drop
// the organization headers.
func exchangeDelivered(m *mailparse.Message) bool {
	if m.Header("X-MS-Exchange-Organization-AuthSource") != "" ||
		m.Header("X-MS-Exchange-Organization-Network-Message-Id") != "" ||
		m.Header("X-MS-Exchange-Organization-AuthAs") != "" {
		return true
	}
	for _, f := range m.Fields {
		if strings.EqualFold(f.Key, "Received") {
			return exchangeHop.MatchString(f.Value)
		}
	}
	return false
}

// exchangeHop is a Received line written by an Exchange Online host
// ("by SA1PR13MB9300.namprd13.prod.outlook.com", "by
// BN2PEPF0000B024.mail.protection.outlook.com").
var exchangeHop = lazyRegexp(`(?i)\bby\s+[a-z0-9.-]+\.(?:prod\.outlook\.com|protection\.outlook\.com|outlook\.office365\.com)\b`)

// googleHop is a Received line written by Google's mail servers: "by
// mx.google.com with ESMTPS", or an internal hop named by its IPv6
// address ("by 2002:a05:6a10:1234 with SMTP id …").
var googleHop = lazyRegexp(`(?i)\bby\s+(?:[a-z0-9.-]+\.google\.com|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})\b`)

// parseAuthResults parses one Authentication-Results value, with or without
// an authserv-id (Exchange Online writes none). ok is false when nothing
// usable could be read.
func parseAuthResults(v string) (id string, results []authres.Result, ok bool) {
	// authres splits on ";" without knowing about comments, and MTAs
	// write "(2048-bit key; unprotected)": drop comments first.
	v = strings.TrimSpace(stripComments(v))
	head, _, _ := strings.Cut(v, ";")
	if strings.Contains(head, "=") {
		// No authserv-id: the first part is already a result.
		v = "; " + v
	}
	id, results, err := authres.Parse(v)
	if err != nil && len(results) == 0 {
		return "", nil, false
	}
	return id, results, true
}

// passes applies the verdict to the From host. Contradictory results
// (one header of the block failing DMARC, another passing it) fail.
func (v *verdict) passes(host string, r *Result) bool {
	pass, fail := false, false
	for _, res := range v.results {
		if res, ok := res.(*authres.DMARCResult); ok {
			if res.From != "" && !strings.EqualFold(res.From, host) && !aligned(res.From, host) {
				continue // a verdict about another domain
			}
			switch res.Value {
			case authres.ResultPass:
				pass = true
			// Microsoft 365's "bestguesspass": the domain publishes no
			// DMARC record, and would have passed one (Microsoft's
			// documentation of its Authentication-Results fields): no
			// verdict, so an aligned DKIM signature decides, as for none.
			case authres.ResultNone, "bestguesspass":
			default:
				fail = true
			}
		}
	}
	if fail {
		return false
	}
	if pass {
		r.evidence("sender.authenticated", "dmarc=pass at our receiving system", "Authentication-Results", v.source)
		return true
	}
	for _, res := range v.results {
		if res, ok := res.(*authres.DKIMResult); ok {
			d := res.Domain
			if d == "" {
				_, d, _ = strings.Cut(res.Identifier, "@")
			}
			if res.Value == authres.ResultPass && aligned(d, host) {
				r.evidence("sender.authenticated", "dkim=pass aligned with From at our receiving system", "Authentication-Results", v.source+" "+d)
				return true
			}
		}
	}
	return false
}

// authenticated reports whether the trusted receiver authenticated the
// From domain.
func (a *Analyzer) authenticated(m *mailparse.Message, raw []byte, host string, r *Result) bool {
	v := a.trustedVerdict(m)
	if v == nil && a.NeedsRaw() && raw != nil {
		return a.selfVerify(raw, host, r)
	}
	if v == nil {
		r.evidence("sender.authenticated", "no verdict from a receiving system lerd trusts", "Authentication-Results", "")
		return false
	}
	return v.passes(host, r)
}
