package sqlstore

import (
	"context"
	"database/sql"
	"fmt"

	"eventgraph/internal/store"
)

// Store implements store.Store on a database/sql database in one Dialect.
// It is safe for concurrent use, as store.Store requires.
type Store struct {
	db   *sql.DB
	d    *Dialect
	opts store.Options
	// bump holds the fused event update for a new report, by the modality
	// count column it increments; see fuse.
	bump map[string]string
	// Queries run outside a write transaction, rebound once.
	qHasArticle, qArticle, qEvidence, qSearch string
}

var _ store.Store = (*Store)(nil)

// Open pings db, brings its schema up to date with d's migrations and
// returns a Store on it. On error it closes db. The caller has opened db
// with the driver d is for and set its pool sizes.
func Open(ctx context.Context, db *sql.DB, d *Dialect, opts store.Options) (*Store, error) {
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := Migrate(ctx, db, d); err != nil {
		db.Close()
		return nil, err
	}
	return newStore(db, d, opts), nil
}

// newStore builds a Store on a migrated database.
func newStore(db *sql.DB, d *Dialect, opts store.Options) *Store {
	s := &Store{db: db, d: d, opts: opts.Normalize(), bump: map[string]string{}}
	for _, col := range modalityColumn {
		s.bump[col] = bumpQuery(d, col)
	}
	s.qHasArticle = d.rebind(hasArticleQuery)
	s.qArticle = d.rebind(articleQuery)
	s.qEvidence = d.rebind(evidenceQuery)
	s.qSearch = d.rebind(d.Search)
	return s
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
