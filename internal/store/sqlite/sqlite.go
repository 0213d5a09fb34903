package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"runtime"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlstore"
)

// DefaultPath is the database file used when none is given.
const DefaultPath = "eventgraph.db"

// Store is the SQLite implementation of store.Store: the shared SQL of
// package sqlstore in the SQLite dialect.
type Store struct {
	// Store has the methods of store.Store, DB and Close.
	*sqlstore.Store
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
	s, err := sqlstore.Open(ctx, db, &dialect, opts)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{s}, nil
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
