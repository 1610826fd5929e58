package pipeline

import (
	"slices"
	"strings"

	"lerd/internal/store"
	"lerd/internal/triage"
)

// Thread rules. A message that names a request (our LER-… reference in
// its subject, or a Message-ID of its thread in In-Reply-To/References)
// joins it only when our receiver authenticated the message (DMARC, or
// aligned DKIM) and its From address is the request's sender: the From
// address of the request's first message, or an address a reviewer
// verified for the request. A domain is never enough: on a free-mail or
// other shared domain anyone has an address, and in an agency's domain a
// colleague may, but the request is its sender's. The reference is for
// people; knowing it, or a Message-ID, is no authority.
//
// Any other message that names a request opens a request of its own in
// review, which records the one it claims to continue (flag
// claims_thread, its replies held); the claimed request is not touched.

// FlagClaimsThread marks a request opened by a message that named another
// request but was not allowed to join it.
const FlagClaimsThread = "claims_thread"

// threadRoute returns the Router for a message from the address from whose
// triage says whether it is authenticated; ok is false when the message
// could not be read (it then never joins).
func threadRoute(from string, sender triage.Sender, ok bool) store.Router {
	from = strings.ToLower(strings.TrimSpace(from))
	return func(cands []store.ThreadCandidate) store.Route {
		if ok && sender.Authenticated && from != "" {
			for _, c := range cands {
				if slices.Contains(c.Senders, from) {
					return store.Route{Join: c.Request}
				}
			}
		}
		return store.Route{Claims: cands[0].Request.Ref}
	}
}

// claimReason says, for the audit trail, why a message that named a request
// did not join it.
func claimReason(ref, from string, sender triage.Sender, ok bool) string {
	switch {
	case !ok:
		return "claims to continue " + ref + "; not joined: the message could not be read"
	case !sender.Authenticated:
		return "claims to continue " + ref + "; not joined: the sender " + from + " is not authenticated"
	}
	return "claims to continue " + ref + "; not joined: " + from + " is not that request's sender"
}
