package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlite"
	"eventgraph/internal/store/storetest"
)

func newStore(t *testing.T, opts store.Options) store.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore_Conformance(t *testing.T) {
	storetest.Run(t, newStore)
}

func TestOpen_Migrate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ { // the second open finds the schema current
		s, err := sqlite.Open(ctx, path, store.Options{})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := sqlite.SchemaVersion(ctx, s.DB())
		if err != nil {
			t.Fatal(err)
		}
		if v != sqlite.LatestVersion() || v < 1 {
			t.Errorf("got schema version %d, want %d", v, sqlite.LatestVersion())
		}
		var mode, fts string
		if err := s.DB().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("got journal_mode %q (%v), want wal", mode, err)
		}
		var sync int
		if err := s.DB().QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&sync); err != nil || sync != 1 {
			t.Errorf("got synchronous %d (%v), want 1 (NORMAL)", sync, err)
		}
		if err := s.DB().QueryRowContext(ctx, `SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&fts); err != nil || fts != "1" {
			t.Errorf("FTS5: got %q (%v), want 1", fts, err)
		}
		s.Close()
	}
}
