package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchBatch returns the shape of an intake batch: 1,000 messages of which
// one in ten is 200 KB and the rest about 1 KB, as in the e2e benchmark.
func benchBatch(b *testing.B, s *Store, round int) []NewMessage {
	var out []NewMessage
	for i := 0; i < 1000; i++ {
		body := fmt.Sprintf("From: agent%d@fbi.gov\r\nMessage-ID: <r%d-%d@fbi.gov>\r\nSubject: Subpoena %d\r\n\r\nPlease find a subpoena, case %d-%d.\r\n", i, round, i, i, round, i)
		if i%10 == 5 {
			body += strings.Repeat("Exhibit line with some narrative text for size.\r\n", 4000)
		}
		sp, err := s.SpoolRaw(strings.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, NewMessage{Spool: sp, Origin: Origin{Source: "imap:INBOX", Mailbox: "INBOX", UIDValidity: 1, UID: uint32(round*1000 + i + 1)},
			MessageID: fmt.Sprintf("r%d-%d@fbi.gov", round, i), From: fmt.Sprintf("agent%d@fbi.gov", i), Subject: fmt.Sprintf("Subpoena %d", i), Status: StatusParsed,
			Attachments: []Attachment{{Filename: "a.pdf", ContentType: "application/pdf", Size: 10, SHA256: "00"}}})
	}
	return out
}

// BenchmarkSaveBatch commits 1,000 messages (about 20 MB) per iteration in
// batches of 4 MiB or 500 messages, the way IMAP intake does. Its baseline,
// measured in the same iteration on the same bytes, writes them to one file
// and syncs it: the least any durable store must do. It reports the ratio
// of the two times (baseline over SaveBatch; 1 would mean the database
// costs nothing beyond the disk).
func BenchmarkSaveBatch(b *testing.B) {
	dir := b.TempDir()
	s, err := Open(filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var base, save time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		msgs := benchBatch(b, s, i)
		t0 := time.Now()
		f, err := os.Create(filepath.Join(dir, fmt.Sprint("baseline-", i)))
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range msgs {
			f.Write(m.Spool.data)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
		f.Close()
		base += time.Since(t0)
		b.StartTimer()
		t0 = time.Now()
		var size int64
		start := 0
		for j, m := range msgs {
			size += m.Spool.Size
			if size >= 4<<20 || j-start >= 500 || j == len(msgs)-1 {
				if _, err := s.SaveBatch(ctx, msgs[start:j+1]); err != nil {
					b.Fatal(err)
				}
				start, size = j+1, 0
			}
		}
		save += time.Since(t0)
	}
	b.ReportMetric(float64(base.Milliseconds())/float64(b.N), "baseline-ms/op")
	b.ReportMetric(base.Seconds()/save.Seconds(), "ratio")
}
