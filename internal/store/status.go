package store

import (
	"context"
	"fmt"
)

// MailboxStatus is how far and how recently intake read one mailbox.
type MailboxStatus struct {
	Mailbox     string `json:"mailbox"`
	UIDValidity uint32 `json:"uidvalidity"`
	LastUID     uint32 `json:"last_uid"`
	// LastPass is when intake last completed a pass; a stale value means
	// intake has stopped fetching.
	LastPass string `json:"last_pass"`
}

// Status is the operator's view of the whole pipeline.
type Status struct {
	Mailboxes     []MailboxStatus `json:"mailboxes"`
	Stats         Stats           `json:"stats"`
	RequestsBy    map[string]int  `json:"requests_by_state"`
	RepliesBy     map[string]int  `json:"replies_by_state"`
	PendingTimers int             `json:"pending_timers"`
	EmergencyOpen int             `json:"emergencies_not_decided"`
}

// Status returns counts and the intake checkpoints.
func (s *Store) Status(ctx context.Context) (Status, error) {
	st := Status{RequestsBy: map[string]int{}, RepliesBy: map[string]int{}}
	var err error
	if st.Stats, err = s.Stats(ctx); err != nil {
		return st, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT mailbox, uidvalidity, last_uid, updated_at FROM checkpoints ORDER BY mailbox`)
	if err != nil {
		return st, fmt.Errorf("store: status: %w", err)
	}
	for rows.Next() {
		var m MailboxStatus
		if err := rows.Scan(&m.Mailbox, &m.UIDValidity, &m.LastUID, &m.LastPass); err != nil {
			rows.Close()
			return st, fmt.Errorf("store: status: %w", err)
		}
		st.Mailboxes = append(st.Mailboxes, m)
	}
	rows.Close()
	for q, into := range map[string]map[string]int{
		`SELECT state, count(*) FROM requests GROUP BY state`: st.RequestsBy,
		`SELECT state, count(*) FROM outbox GROUP BY state`:   st.RepliesBy,
	} {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			return st, fmt.Errorf("store: status: %w", err)
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return st, fmt.Errorf("store: status: %w", err)
			}
			into[k] = n
		}
		rows.Close()
	}
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM deadlines WHERE state = 'pending'),
		(SELECT count(*) FROM requests WHERE emergency = 1 AND state <> 'decided')`).Scan(&st.PendingTimers, &st.EmergencyOpen)
	if err != nil {
		return st, fmt.Errorf("store: status: %w", err)
	}
	return st, nil
}
