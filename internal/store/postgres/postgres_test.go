package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"eventgraph/internal/store"
	"eventgraph/internal/store/postgres"
	"eventgraph/internal/store/storetest"
)

// dsn returns the test server's address: $EVENTGRAPH_TEST_POSTGRES, else
// the local server on the standard port.
func dsn() string {
	if d := os.Getenv("EVENTGRAPH_TEST_POSTGRES"); d != "" {
		return d
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

var (
	probeOnce sync.Once
	probeErr  error
)

// admin connects to the test server or skips the test.
func admin(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", dsn())
	if err == nil {
		probeOnce.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			probeErr = db.PingContext(ctx)
		})
		err = probeErr
	}
	if err != nil {
		t.Skipf("skipping: PostgreSQL at %s does not answer (%v); set EVENTGRAPH_TEST_POSTGRES", dsn(), err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// withSearchPath adds a search_path run-time parameter to a DSN.
func withSearchPath(d, schema string) string {
	if strings.Contains(d, "://") {
		if strings.Contains(d, "?") {
			return d + "&search_path=" + schema
		}
		return d + "?search_path=" + schema
	}
	return d + " search_path=" + schema
}

// newStore opens a store in a fresh schema, dropped at the end of the test.
func newStore(t *testing.T, opts store.Options) store.Store {
	t.Helper()
	db := admin(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "eg_test_" + hex.EncodeToString(b)
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) })
	s, err := postgres.Open(context.Background(), withSearchPath(dsn(), schema), opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore_Conformance(t *testing.T) {
	admin(t)
	storetest.Run(t, newStore)
}

// TestStore_ConcurrentWriters checks that two writers fusing reports of one
// new event at once create one fused event, not two.
func TestStore_ConcurrentWriters(t *testing.T) {
	s := newStore(t, store.Options{})
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				id := string(rune('a'+w)) + string(rune('0'+i))
				r := storetest.Record(id, "https://w.example/"+id, "w.example", "2022-07-12",
					storetest.Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-12"})
				if _, err := s.Put(context.Background(), []*store.Record{r}); err != nil {
					t.Error(err)
				}
			}
		}(w)
	}
	wg.Wait()
	n := 0
	s.FusedEvents(context.Background(), store.EventFilter{}, func(e *store.FusedEvent) error {
		n++
		if e.NumArticles != 20 {
			t.Errorf("got %d articles, want 20", e.NumArticles)
		}
		return nil
	})
	if n != 1 {
		t.Errorf("got %d fused events, want 1", n)
	}
}
