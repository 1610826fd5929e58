package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// BenchmarkIntakeCPU runs 1,000 messages of the e2e benchmark's mix (one
// in ten of 200 KB) through what intake does with each once it has its
// bytes: spool and hash, parse, commit in batches. No IMAP, so a profile of
// it shows lerd's own cost per message.
func BenchmarkIntakeCPU(b *testing.B) {
	p := pipelinetest.New(b, 50<<20, nil)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		var raws [][]byte
		for j := 0; j < 1000; j++ {
			body := fmt.Sprintf("From: \"Agent %d\" <agent%d@fbi.gov>\r\nTo: law-enforcement@provider.test\r\nSubject: Subpoena %d-%d\r\nDate: Mon, 02 Nov 2026 10:00:00 -0500\r\nMessage-ID: <b%d-%d@fbi.gov>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find a subpoena.\r\n", j, j, i, j, i, j)
			if j%10 == 5 {
				body += strings.Repeat("Exhibit line with some narrative text for size.\r\n", 4000)
			}
			raws = append(raws, []byte(body))
		}
		b.StartTimer()
		var batch []store.NewMessage
		var size int64
		for j, raw := range raws {
			sp, err := p.Spool(bytes.NewReader(raw))
			if err != nil {
				b.Fatal(err)
			}
			batch = append(batch, p.Parse(sp, store.Origin{Source: "imap:INBOX", Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i*1000 + j + 1)}))
			size += sp.Size
			if size >= 4<<20 || len(batch) >= 500 || j == len(raws)-1 {
				if _, err := p.Commit(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch, size = nil, 0
			}
		}
	}
}

// BenchmarkTriagePending triages 300 committed messages of the same mix,
// each opening its own request, one transaction per message.
func BenchmarkTriagePending(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p := pipelinetest.New(b, 50<<20, nil)
		ctx := context.Background()
		var batch []store.NewMessage
		for j := 0; j < 300; j++ {
			body := fmt.Sprintf("Authentication-Results: mx.provider.test; dkim=pass header.d=fbi.gov; dmarc=pass header.from=fbi.gov\r\nFrom: \"Agent %d\" <agent%d@fbi.gov>\r\nTo: law-enforcement@provider.test\r\nSubject: Subpoena %d\r\nDate: Mon, 02 Nov 2026 10:00:00 -0500\r\nMessage-ID: <t%d@fbi.gov>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find a subpoena issued by the Federal Bureau of Investigation, case T-%d,\r\nfor records of example-%d.com from October 1, 2026 through October 30, 2026.\r\n\r\nSpecial Agent Dana Smith\r\nFederal Bureau of Investigation\r\n(202) 555-0142\r\n", j, j, j, j, j, j)
			if j%10 == 5 {
				body += strings.Repeat("Exhibit line with some narrative text for size.\r\n", 4000)
			}
			sp, _ := p.Spool(strings.NewReader(body))
			batch = append(batch, p.Parse(sp, store.Origin{Source: "bench"}))
		}
		if _, err := p.Commit(ctx, batch); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		n, err := p.TriagePending(ctx)
		if err != nil || n != 300 {
			b.Fatalf("triaged %d, %v", n, err)
		}
	}
}
