package responder

import (
	"bytes"
	"context"
	"fmt"
)

// SendRaw delivers one composed message to rcpt through the configured
// submission server, outside the outbox: for lerd's notices to its own
// team (internal/notify), which keeps its own record of what was sent.
func (s *Sender) SendRaw(ctx context.Context, rcpt string, msg []byte) error {
	conn, err := s.dial(ctx)
	if err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	c, err := s.hello(ctx, boundedConn{conn, s.timeout()})
	if err != nil {
		conn.Close()
		return ctxErr(ctx, err)
	}
	defer c.Close()
	if err := c.SendMail(s.From, []string{rcpt}, bytes.NewReader(msg)); err != nil {
		return fmt.Errorf("smtp send: %w", ctxErr(ctx, err))
	}
	c.Quit()
	return nil
}
