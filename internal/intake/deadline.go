package intake

import (
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"lerd/internal/logkey"
)

// deadlineConn bounds every read and write on an IMAP connection. The IMAP
// client sets no read deadline while it waits for the next response, so a
// server that stops answering (stopped process, dropped NAT state) would
// hold a command, or the answer to IDLE's DONE, forever. Here each Read
// may block at most read and each Write at most write; the client's own
// deadline calls are ignored, since these are the ones that hold. It also
// records when the server last sent anything, for the watchdog.
type deadlineConn struct {
	net.Conn
	read, write time.Duration
	lastRead    atomic.Int64 // unix nanoseconds
}

func newDeadlineConn(c net.Conn, read, write time.Duration) *deadlineConn {
	dc := &deadlineConn{Conn: c, read: read, write: write}
	dc.lastRead.Store(time.Now().UnixNano())
	return dc
}

func (c *deadlineConn) Read(p []byte) (int, error) {
	c.Conn.SetReadDeadline(time.Now().Add(c.read))
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.lastRead.Store(time.Now().UnixNano())
	}
	return n, err
}

func (c *deadlineConn) Write(p []byte) (int, error) {
	c.Conn.SetWriteDeadline(time.Now().Add(c.write))
	return c.Conn.Write(p)
}

func (c *deadlineConn) SetDeadline(time.Time) error      { return nil }
func (c *deadlineConn) SetReadDeadline(time.Time) error  { return nil }
func (c *deadlineConn) SetWriteDeadline(time.Time) error { return nil }

// silentFor is how long ago the server last sent a byte.
func (c *deadlineConn) silentFor() time.Duration {
	return time.Since(time.Unix(0, c.lastRead.Load()))
}

// errStalled is the cause of a session the watchdog ended.
var errStalled = errors.New("imap: server silent for too long; connection closed by the watchdog")

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// stall is a running watchdog.
type stall struct {
	done  chan struct{}
	once  sync.Once
	fired atomic.Bool
}

func (s *stall) stop() { s.once.Do(func() { close(s.done) }) }

// or returns errStalled (wrapping err) if the watchdog ended the session.
func (s *stall) or(err error) error {
	if s.fired.Load() {
		return fmt.Errorf("%w (%v)", errStalled, err)
	}
	return err
}

// watchdog closes c when the server has sent nothing for longer than any
// wait of lerd's allows (a poll interval of IDLE plus twice the timeout):
// the backstop behind the deadlines, for a wait no read or write covers
// (a stage of the pass stuck on something). It logs an error when it
// fires; Run then reconnects.
func (w *Watcher) watchdog(c *imapclient.Client, dc *deadlineConn) *stall {
	s := &stall{done: make(chan struct{})}
	limit := w.cfg.PollInterval + 2*w.cfg.timeout()
	tick := max(min(w.cfg.timeout()/4, time.Second), 10*time.Millisecond)
	go func() {
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-s.done:
				return
			case <-c.Closed():
				return
			case <-t.C:
				if silent := dc.silentFor(); silent > limit {
					s.fired.Store(true)
					w.log.Error("imap watchdog: nothing from the server; closing the connection to reconnect", logkey.Silent, silent.Round(time.Millisecond), logkey.Limit, limit)
					c.Close()
					return
				}
			}
		}
	}()
	return s
}
