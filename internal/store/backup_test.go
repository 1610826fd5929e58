package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// filled returns a store holding messages kept in each of the three ways:
// three small ones in one batch's segment, one over InlineMax in a file of
// its own, and one in its row (as before migration 5). It returns the
// messages' SHA-256s in that order.
func filled(t *testing.T) (*Store, []string) {
	t.Helper()
	s := openTest(t)
	ctx := context.Background()
	var batch []NewMessage
	raws := []string{
		"Subject: one\r\nMessage-ID: <1@x>\r\n\r\nfirst\r\n",
		"Subject: two\r\nMessage-ID: <2@x>\r\n\r\nsecond\r\n",
		"Subject: three\r\nMessage-ID: <3@x>\r\n\r\nthird\r\n",
		"Subject: big\r\nMessage-ID: <4@x>\r\n\r\n" + strings.Repeat("0123456789abcdef", InlineMax/16+10),
	}
	var shas []string
	for i, raw := range raws {
		sp, err := s.SpoolRaw(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		defer sp.Discard()
		shas = append(shas, sp.SHA256)
		batch = append(batch, NewMessage{Spool: sp, Origin: Origin{Source: "test"}, MessageID: fmt.Sprintf("%d@x", i+1),
			From: "agent@fbi.gov", Subject: "s", Status: StatusParsed})
	}
	if _, err := s.SaveBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	legacy := "Subject: legacy\r\nMessage-ID: <5@x>\r\n\r\nkept in the row\r\n"
	res := save(t, s, legacy, "5@x", "agent@fbi.gov", "legacy", Origin{Source: "test"})
	if _, err := s.db.Exec(`UPDATE messages SET raw = ?, raw_segment = '', raw_offset = 0 WHERE id = ?`, []byte(legacy), res.MessageID); err != nil {
		t.Fatal(err)
	}
	shas = append(shas, sha(legacy))
	return s, shas
}

func TestBackupRestoreVerify(t *testing.T) {
	for _, link := range []bool{false, true} {
		t.Run(fmt.Sprintf("link=%v", link), func(t *testing.T) {
			s, _ := filled(t)
			ctx := context.Background()
			dir := filepath.Join(t.TempDir(), "backup")
			m, rep, err := s.Backup(ctx, dir, BackupOptions{LerdVersion: "test", Link: link})
			if err != nil {
				t.Fatal(err)
			}
			if !rep.OK() || rep.Messages != 5 {
				t.Fatalf("backup report = %+v", rep)
			}
			// The database, one segment, one large file; the row-kept
			// message travels inside the database.
			var paths []string
			for _, f := range m.Files {
				paths = append(paths, f.Path)
			}
			if len(paths) != 3 || paths[0] != BackupDB || !strings.HasPrefix(paths[1], "raw/seg/") || !strings.HasSuffix(paths[2], ".eml") {
				t.Fatalf("manifest files = %v", paths)
			}
			// Legal requests: readable by lerd alone, like the store.
			for _, f := range m.Files {
				fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f.Path)))
				if err != nil || fi.Mode().Perm()&0o077 != 0 && !(link && f.Path != BackupDB) {
					t.Errorf("%s: %v %v", f.Path, fi.Mode(), err)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, BackupDB+"-wal")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("backup has a WAL beside its database: %v", err)
			}
			b, err := os.ReadFile(filepath.Join(dir, ManifestName))
			if err != nil {
				t.Fatal(err)
			}
			for _, key := range []string{`"schema_version"`, `"created_at"`, `"sha256"`, `"lerd_version": "test"`} {
				if !strings.Contains(string(b), key) {
					t.Errorf("manifest lacks %s:\n%s", key, b)
				}
			}

			into := t.TempDir()
			rep, err = Restore(ctx, dir, filepath.Join(into, "new.db"), filepath.Join(into, "raw"))
			if err != nil {
				t.Fatal(err)
			}
			if !rep.OK() || rep.Messages != 5 {
				t.Fatalf("restore report = %+v", rep)
			}
			r, err := OpenExisting(filepath.Join(into, "new.db"), filepath.Join(into, "raw"))
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			want, _ := s.ListRequests(ctx)
			got, _ := r.ListRequests(ctx)
			wj, _ := json.Marshal(want)
			gj, _ := json.Marshal(got)
			if string(wj) != string(gj) {
				t.Errorf("restored queue differs:\n%s\n%s", gj, wj)
			}
		})
	}
}

func TestVerifyNamesDamage(t *testing.T) {
	segOf := func(s *Store, sha string) string {
		var seg string
		if err := s.db.QueryRow(`SELECT raw_segment FROM messages WHERE sha256 = ?`, sha).Scan(&seg); err != nil {
			t.Fatal(err)
		}
		return s.segmentPath(seg)
	}
	for _, tt := range []struct {
		name    string
		damage  func(s *Store, shas []string)
		damaged []int // indexes into shas
		problem string
	}{
		{"nothing", func(*Store, []string) {}, nil, ""},
		{"one byte of a segment", func(s *Store, shas []string) {
			// The second message of the segment: "two" becomes "twO".
			p := segOf(s, shas[1])
			b, _ := os.ReadFile(p)
			i := strings.Index(string(b), "Subject: two")
			b[i+len("Subject: tw")] = 'O'
			os.WriteFile(p, b, 0o640)
		}, []int{1}, "do not match their SHA-256"},
		{"segment truncated", func(s *Store, shas []string) {
			p := segOf(s, shas[0])
			fi, _ := os.Stat(p)
			os.Truncate(p, fi.Size()-3)
		}, []int{2}, "recorded"},
		{"segment deleted", func(s *Store, shas []string) { os.Remove(segOf(s, shas[0])) }, []int{0, 1, 2}, "unreadable"},
		{"large file deleted", func(s *Store, shas []string) { os.Remove(s.RawPath(shas[3])) }, []int{3}, "no such file"},
		{"row bytes changed", func(s *Store, shas []string) {
			s.db.Exec(`UPDATE messages SET raw = CAST('x' AS BLOB) WHERE sha256 = ?`, shas[4])
		}, []int{4}, "recorded"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, shas := filled(t)
			tt.damage(s, shas)
			rep, err := s.Verify(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if rep.Messages != 5 || len(rep.Database) != 0 {
				t.Fatalf("report = %+v", rep)
			}
			var got []string
			for _, d := range rep.Damaged {
				got = append(got, d.SHA256)
				if !strings.Contains(d.String(), tt.problem) || !strings.Contains(d.String(), d.SHA256) {
					t.Errorf("damage %q does not say %q", d, tt.problem)
				}
			}
			var want []string
			for _, i := range tt.damaged {
				want = append(want, shas[i])
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("damaged = %v, want %v", got, want)
			}
			if rep.OK() != (len(want) == 0) {
				t.Errorf("OK() = %v", rep.OK())
			}
		})
	}
}

// TestBackupNamesDamageInStore: a message whose bytes are gone from the
// store is named by the backup's own check; the rest is backed up.
func TestBackupNamesDamageInStore(t *testing.T) {
	s, shas := filled(t)
	os.Remove(s.RawPath(shas[3]))
	m, rep, err := s.Backup(context.Background(), filepath.Join(t.TempDir(), "b"), BackupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Damaged) != 1 || rep.Damaged[0].SHA256 != shas[3] || len(m.Files) != 2 {
		t.Fatalf("report %+v, files %+v", rep, m.Files)
	}
}

func TestBackupAndRestoreRefuse(t *testing.T) {
	s, _ := filled(t)
	ctx := context.Background()
	backup := filepath.Join(t.TempDir(), "b")
	m, _, err := s.Backup(ctx, backup, BackupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Backup(ctx, backup, BackupOptions{}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("backup into a used directory: %v", err)
	}
	// A copy of the backup, changed by mutate; restore must fail with want
	// and leave nothing behind.
	copyBackup := func(t *testing.T) string {
		dst := filepath.Join(t.TempDir(), "copy")
		if err := os.CopyFS(dst, os.DirFS(backup)); err != nil {
			t.Fatal(err)
		}
		return dst
	}
	setManifest := func(dir string, edit func(*Manifest)) {
		m2 := *m
		m2.Files = append([]ManifestFile(nil), m.Files...)
		edit(&m2)
		b, _ := json.Marshal(m2)
		os.WriteFile(filepath.Join(dir, ManifestName), b, 0o640)
	}
	for _, tt := range []struct {
		name   string
		mutate func(t *testing.T, b, into string)
		want   string
		// kept: the restore is kept, with its damage reported (the same
		// damage as the backup's; better than nothing).
		kept bool
	}{
		{"database exists", func(t *testing.T, b, into string) { os.WriteFile(filepath.Join(into, "new.db"), nil, 0o640) }, "exists", false},
		{"raw directory not empty", func(t *testing.T, b, into string) {
			os.MkdirAll(filepath.Join(into, "raw", "ab"), 0o750)
		}, "not empty", false},
		{"no manifest", func(t *testing.T, b, into string) { os.Remove(filepath.Join(b, ManifestName)) }, "not a lerd backup", false},
		{"a raw byte changed", func(t *testing.T, b, into string) {
			p := filepath.Join(b, filepath.FromSlash(m.Files[2].Path))
			data, _ := os.ReadFile(p)
			data[len(data)-1] ^= 1
			os.WriteFile(p, data, 0o640)
		}, m.Files[2].Path + " in the backup does not match", false},
		{"database changed", func(t *testing.T, b, into string) {
			f, _ := os.OpenFile(filepath.Join(b, BackupDB), os.O_WRONLY|os.O_APPEND, 0)
			f.Write([]byte{0})
			f.Close()
		}, "lerd.db in the backup does not match", false},
		{"path escapes", func(t *testing.T, b, into string) {
			setManifest(b, func(m *Manifest) { m.Files[1].Path = "raw/../../etc/passwd" })
		}, "bad or repeated file", false},
		{"file missing from the backup", func(t *testing.T, b, into string) {
			os.Remove(filepath.Join(b, filepath.FromSlash(m.Files[1].Path)))
		}, "no such file", false},
		{"file missing from the manifest", func(t *testing.T, b, into string) {
			setManifest(b, func(m *Manifest) { m.Files = m.Files[:2] })
		}, "message #", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := copyBackup(t)
			into := t.TempDir()
			tt.mutate(t, b, into)
			before, _ := os.ReadDir(into)
			rep, err := Restore(ctx, b, filepath.Join(into, "new.db"), filepath.Join(into, "raw"))
			if err == nil && !rep.OK() {
				err = fmt.Errorf("damaged: %v", rep.Damaged)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("restore: %v, want %q", err, tt.want)
			}
			after, _ := os.ReadDir(into)
			if tt.kept != (len(after) != len(before)) {
				t.Errorf("restore left %v (before: %v)", after, before)
			}
		})
	}
}

// TestBackupWhileWriting backs up while batches are committed: the copy is
// one snapshot, so every message it holds has its bytes in the backup.
func TestBackupWhileWriting(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			var batch []NewMessage
			for j := range 20 {
				sp, err := s.SpoolRaw(strings.NewReader(fmt.Sprintf("Subject: %d.%d\r\n\r\nbody\r\n", i, j)))
				if err != nil {
					t.Error(err)
					return
				}
				batch = append(batch, NewMessage{Spool: sp, Origin: Origin{Source: "test"}, Status: StatusParsed})
			}
			if _, err := s.SaveBatch(ctx, batch); err != nil {
				t.Error(err)
				return
			}
		}
	})
	defer func() { close(stop); wg.Wait() }()
	for i := range 5 {
		_, rep, err := s.Backup(ctx, filepath.Join(t.TempDir(), "b"), BackupOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !rep.OK() {
			t.Fatalf("backup %d: %+v", i, rep)
		}
	}
}
