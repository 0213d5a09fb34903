package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"runtime"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"eventgraph/internal/store"
)

// DefaultPath is the database file used when none is given.
const DefaultPath = "eventgraph.db"

// Store is the SQLite implementation of store.Store.
type Store struct {
	db   *sql.DB
	opts store.Options
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the database file at path, sets WAL mode
// and synchronous=NORMAL, and brings its schema up to date.
func Open(ctx context.Context, path string, opts store.Options) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)+1))
	db.SetMaxIdleConns(max(4, runtime.GOMAXPROCS(0)+1))
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{db: db, opts: opts.Normalize()}, nil
}

// dsn builds the modernc.org/sqlite data source name. Every connection gets
// the pragmas; write transactions start with BEGIN IMMEDIATE so that two
// writers queue on busy_timeout instead of failing to upgrade a read lock.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{
		"busy_timeout(10000)",
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		"foreign_keys(1)",
		// Each article is written inside a savepoint; with the default
		// temp_store the savepoint journal goes to a temporary file, page by
		// page, which was a fifth of the write time.
		"temp_store(MEMORY)",
		"cache_size(-32000)", // 32 MB
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// DB returns the underlying database, for tests and maintenance commands.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}
