package postgres

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlstore"
)

// Store is the PostgreSQL implementation of store.Store: the shared SQL of
// package sqlstore in the PostgreSQL dialect.
type Store struct {
	// Store has the methods of store.Store, DB and Close.
	*sqlstore.Store
}

var _ store.Store = (*Store)(nil)

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string) and brings its schema up to date.
func Open(ctx context.Context, dsn string, opts store.Options) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	s, err := sqlstore.Open(ctx, db, &dialect, opts)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return &Store{s}, nil
}
