package triage

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/emersion/go-msgauth/dmarc"
)

// Resolver looks up DNS TXT records; *net.Resolver is one.
type Resolver interface {
	LookupTXT(ctx context.Context, name string) ([]string, error)
}

// selfVerifyTimeout bounds the DNS work of one message: a slow or hostile
// name server must not stall triage.
const selfVerifyTimeout = 10 * time.Second

// maxSignatures bounds the signatures verified per message.
const maxSignatures = 5

// selfVerify checks DKIM signatures in the raw message itself, for
// deployments where no receiving system's verdict can be trusted
// (triage.verify_dkim). It applies DMARC's DKIM identifier alignment: a
// valid signature whose d= is the From domain, or (relaxed, the default)
// on the same registrable domain; adkim=s in the From domain's DMARC
// record requires the exact domain. SPF is not evaluated: the connecting
// address is known only to the MTA. DNS failures fail closed.
func (a *Analyzer) selfVerify(raw []byte, host string, r *Result) bool {
	if a.opts.Resolver == nil || len(raw) == 0 || host == "" {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), selfVerifyTimeout)
	defer cancel()
	lookup := func(name string) ([]string, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return a.opts.Resolver.LookupTXT(ctx, name)
	}
	verifs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), &dkim.VerifyOptions{LookupTXT: lookup, MaxVerifications: maxSignatures})
	if err != nil && !errors.Is(err, dkim.ErrTooManySignatures) {
		r.evidence("sender.authenticated", "DKIM self-verification failed", "DKIM-Signature", err.Error())
		return false
	}
	strict := false
	for _, d := range []string{host, registrable(host)} {
		rec, err := dmarc.LookupWithOptions(d, &dmarc.LookupOptions{LookupTXT: lookup})
		if err == nil {
			strict = rec.DKIMAlignment == dmarc.AlignmentStrict
			break
		}
		if d == registrable(host) {
			break
		}
	}
	for _, v := range verifs {
		if v.Err != nil {
			continue
		}
		d := strings.ToLower(strings.TrimSuffix(v.Domain, "."))
		if d == host || !strict && aligned(d, host) {
			r.evidence("sender.authenticated", "DKIM signature verified by lerd, aligned with From", "DKIM-Signature", d)
			return true
		}
	}
	r.evidence("sender.authenticated", "no valid DKIM signature aligned with From", "DKIM-Signature", "")
	return false
}
