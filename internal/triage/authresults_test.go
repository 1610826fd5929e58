package triage_test

import (
	"strings"
	"testing"

	"lerd/internal/triage"
	"lerd/rules"
)

// TestVerdictFormats reads the verdicts of the receivers lerd runs behind:
// Microsoft 365 (no authserv-id), Google Workspace, OpenDKIM/OpenDMARC (one
// header per method) and rspamd, and refuses every header the sender could
// have written.
func TestVerdictFormats(t *testing.T) {
	const (
		exchange = "X-MS-Exchange-Organization-AuthSource: BN8NAM12FT011.eop-nam12.prod.protection.outlook.com\nX-MS-Exchange-Organization-AuthAs: Anonymous\n"
		m365Pass = "Authentication-Results: spf=pass (sender IP is 203.0.113.25)\n smtp.mailfrom=fbi.gov; dkim=pass (signature was verified)\n header.d=fbi.gov;dmarc=pass action=none header.from=fbi.gov;compauth=pass\n reason=100\n"
		m365Fail = "Authentication-Results: spf=fail (sender IP is 198.51.100.9)\n smtp.mailfrom=fbi.gov; dkim=none (message not signed)\n header.d=none;dmarc=fail action=oreject header.from=fbi.gov;compauth=fail\n reason=000\n"
		received = "Received: from relay.example (relay.example [198.51.100.9]) by mx.provider.test (Postfix) with ESMTPS id 4AB; Mon, 2 Nov 2026 10:00:00 +0000\n"
	)
	tests := []struct {
		name    string
		headers string
		m365    bool
		want    bool
	}{
		{"Microsoft 365 verdict for fbi.gov authenticates",
			"Received: from BN8PR.prod.outlook.com by SA1PR.prod.outlook.com with HTTPS\n" + m365Pass + exchange, true, true},
		{"Microsoft 365 DMARC failure", m365Fail + exchange, true, false},
		// "bestguesspass": the domain publishes no DMARC record, which
		// would have passed; an aligned DKIM signature decides.
		{"Microsoft 365 best-guess DMARC with aligned DKIM",
			strings.Replace(m365Pass, "dmarc=pass action=none", "dmarc=bestguesspass action=none", 1) + exchange, true, true},
		{"Microsoft 365 best-guess DMARC without a DKIM signature",
			strings.Replace(strings.Replace(m365Pass, "dmarc=pass action=none", "dmarc=bestguesspass action=none", 1), "dkim=pass (signature was verified)\n header.d=fbi.gov", "dkim=none (message not signed)\n header.d=none", 1) + exchange, true, false},
		{"Microsoft 365 format not trusted when switched off", m365Pass + exchange, false, false},
		{"Microsoft 365 format without Exchange's own headers", m365Pass, true, false},
		{"Microsoft 365 verdict below Exchange's internal hops, no organization headers",
			"Received: from SJ0PCA7210.namprd06.prod.outlook.com (2001:db8::b0) by PH0PR10MB7008.namprd06.prod.outlook.com with HTTPS\n" +
				"Received: from BN2PEPF0000B024.namprd06.prod.outlook.com by SJ0PCA7210.namprd06.prod.outlook.com with Microsoft SMTP Server\n" +
				m365Pass + "Received: from mail.example.gov (192.0.2.191) by BN2PEPF0000B024.mail.protection.outlook.com with Microsoft SMTP Server\n", true, true},
		{"Microsoft 365 format under another MTA's topmost Received line",
			received + m365Pass + "Received: from mail.example.gov by BN2PEPF0000B024.mail.protection.outlook.com with Microsoft SMTP Server\n", true, false},
		// Session 27: Exchange strips its organization headers only where
		// it receives the mail; under another MTA they are the sender's.
		{"Microsoft 365 format with organization headers under another MTA's Received line",
			received + m365Pass + exchange, true, false},
		{"Microsoft 365 format under our LMTP and MTA hops",
			"Received: from mx.provider.test by mbox1.provider.test with LMTP\n" + received + m365Pass + exchange, true, false},
		{"mx.google.com under another MTA's Received line",
			received + "Authentication-Results: mx.google.com; dkim=pass header.i=@fbi.gov; dmarc=pass header.from=fbi.gov\n", true, false},
		{"Exchange's host named only as the sender's origin",
			"Received: from BN2PEPF0000B024.prod.outlook.com by relay.example with ESMTP\n" + m365Pass, true, false},
		{"forged pass below Exchange's failing verdict", m365Fail + exchange + "Received: from x by y\n" + m365Pass, true, false},
		{"Microsoft 365 format below our MTA's failing verdict",
			"Authentication-Results: mx.provider.test; dmarc=fail header.from=fbi.gov\n" + m365Pass + exchange, true, false},
		{"Google Workspace",
			"Received: by 2002:a05:6a10:1234 with SMTP id x; Mon, 2 Nov 2026 10:00:01 -0800\nAuthentication-Results: mx.google.com;\n dkim=pass header.i=@fbi.gov header.s=s1 header.b=abc;\n spf=pass (google.com: domain of a@fbi.gov designates 203.0.113.9 as permitted sender) smtp.mailfrom=a@fbi.gov;\n dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=fbi.gov\n", true, true},
		{"mx.google.com written by the sender below our verdict",
			"Authentication-Results: mx.provider.test; spf=pass smtp.mailfrom=fbi.gov\n" + received + "Authentication-Results: mx.google.com; dmarc=pass header.from=fbi.gov\n", true, false},
		{"OpenDKIM and OpenDMARC write one header each",
			"Authentication-Results: mx.provider.test; dmarc=pass (p=reject dis=none) header.from=fbi.gov\nAuthentication-Results: mx.provider.test;\n dkim=pass (2048-bit key; unprotected) header.d=fbi.gov header.i=@fbi.gov header.a=rsa-sha256 header.s=s1 header.b=Xy;\n" + received, true, true},
		{"rspamd", "Authentication-Results: mx.provider.test;\n dkim=pass header.d=fbi.gov header.s=s1 header.b=Xy;\n spf=pass (mx.provider.test: domain of a@fbi.gov designates 203.0.113.9 as permitted sender) smtp.mailfrom=a@fbi.gov;\n dmarc=pass (policy=reject) header.from=fbi.gov\n" + received, true, true},
		{"our authserv-id forged below our own Received line",
			"Authentication-Results: mx.provider.test; spf=pass smtp.mailfrom=fbi.gov\n" + received + "Authentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\n", true, false},
		{"dkim aligned pass without dmarc", "Authentication-Results: mx.provider.test; dkim=pass header.d=ic.fbi.gov\n" + received, true, true},
		{"dmarc pass for another domain", "Authentication-Results: mx.provider.test; dmarc=pass header.from=evil.example\n" + received, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := triage.New(rules.FS(""), triage.Options{AuthservID: "mx.provider.test", Mailbox: "law-enforcement@provider.test", TrustMicrosoft365: tt.m365, TrustGoogle: true})
			if err != nil {
				t.Fatal(err)
			}
			m := parse(t, tt.headers+"From: Jane Doe <a@fbi.gov>\nSubject: test\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\nhello\n")
			r := a.Analyze(m)
			if r.Sender.Authenticated != tt.want {
				t.Fatalf("authenticated = %v, want %v\nevidence: %+v", r.Sender.Authenticated, tt.want, r.Evidence)
			}
		})
	}
}
