package deadline

import (
	"context"
	"fmt"
	"time"

	"lerd/internal/store"
)

// Refresh reads the stated deadline of every message that joined a
// request since the last call and records it, so that the queue can sort
// by it. It is cheap when nothing arrived; the queue page and `lerd queue
// list` call it before listing. loc is the operator's time zone.
func Refresh(ctx context.Context, st *store.Store, loc *time.Location) error {
	const batch = 500
	for {
		msgs, err := st.UnreadDue(ctx, batch)
		if err != nil {
			return err
		}
		for _, m := range msgs {
			received, err := time.Parse(time.RFC3339Nano, m.StoredAt)
			if err != nil {
				return fmt.Errorf("deadline: message %d: received time %q: %w", m.MessageID, m.StoredAt, err)
			}
			due, phrase := "", ""
			if f, ok := Find(m.Subject+"\n"+m.Text, received, loc); ok {
				due, phrase = f.Due.UTC().Format(time.RFC3339), f.Phrase
			}
			if err := st.RecordDue(ctx, m.RequestID, m.MessageID, due, phrase); err != nil {
				return err
			}
		}
		if len(msgs) < batch {
			return nil
		}
	}
}
