package store

import (
	"context"
	"errors"
	"time"

	"eventgraph/internal/model"
)

// ErrNotFound is returned when a requested row does not exist.
var ErrNotFound = errors.New("not found")

// Store is the persistent home of articles, their extraction layers and the
// fused events built across articles. Implementations are safe for
// concurrent use; Put is meant to be called by a single writer goroutine,
// while the read methods may run at the same time from others.
type Store interface {
	// Put writes a batch of records in one transaction. Each record's rows
	// (article, entities, mentions, events, quotes, claims, times, fusion
	// links) are written together or not at all: a record that fails is
	// rolled back alone and reported in its PutResult.Err, the others are
	// committed. Put is idempotent: a record whose Key is already stored
	// writes nothing and reports StatusDuplicate. A near-duplicate of a
	// stored article is stored, linked to it (DuplicateOf) and kept out of
	// fusion. The returned slice has one entry per record, in order. The
	// error is non-nil only when the batch as a whole could not be
	// committed, in which case nothing of it was written.
	Put(ctx context.Context, recs []*Record) ([]PutResult, error)

	// HasArticle reports whether an article with this identity key is stored.
	HasArticle(ctx context.Context, key string) (bool, error)

	// Article returns one stored article by its row id; ErrNotFound if none.
	Article(ctx context.Context, id int64) (*StoredArticle, error)

	// FusedEvents calls fn for each fused event matching f, in the order
	// f.Order gives, up to f.Limit (0 means no limit). An error from fn
	// stops the walk and is returned.
	FusedEvents(ctx context.Context, f EventFilter, fn func(*FusedEvent) error) error

	// Evidence returns the event reports merged into one fused event, in
	// ingest order; an empty slice (not ErrNotFound) if it has none.
	Evidence(ctx context.Context, fusedID int64) ([]EventReport, error)

	// SearchArticles runs a full-text query over article titles and texts
	// and returns the best matches first, at most limit (0 means 20). The
	// query language is the backend's (FTS5 for SQLite); a malformed query
	// returns an error wrapping ErrBadQuery.
	SearchArticles(ctx context.Context, query string, limit int) ([]ArticleHit, error)

	// Stats counts the rows of the main tables.
	Stats(ctx context.Context) (Stats, error)

	// Close releases the database. It is safe to call once.
	Close() error
}

// ErrBadQuery is wrapped by SearchArticles when the query cannot be parsed.
var ErrBadQuery = errors.New("bad search query")

// Options are the settings a backend is opened with.
type Options struct {
	// FuseWindowDays is how far apart (in days) two reports' event dates
	// may be and still be fused. Zero means the default, 1 (±1 day); a
	// negative value means the same day only.
	FuseWindowDays int
	// Now returns the current time; tests set it. Default time.Now.
	Now func() time.Time
}

// Normalize fills zero fields with their defaults and returns the result,
// whose FuseWindowDays is the window itself (0 for same day only).
func (o Options) Normalize() Options {
	switch {
	case o.FuseWindowDays == 0:
		o.FuseWindowDays = 1
	case o.FuseWindowDays < 0:
		o.FuseWindowDays = 0
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Record is one article to store with what extraction found in it.
type Record struct {
	Article model.Article
	// Source is the publisher: the URL's host, a JSONL "source", or "".
	Source string
	// Origin names the input the article came from (file path or URL).
	Origin string
	// Result is the extraction output; nil stores the article alone.
	Result *model.Result
}

// Status says what Put did with a record.
type Status int

// Statuses.
const (
	StatusNew           Status = iota // stored and fused
	StatusDuplicate                   // same identity key already stored; nothing written
	StatusNearDuplicate               // stored, linked to its original, not fused
	StatusFailed                      // not stored; see PutResult.Err
)

// String returns the status's lowercase name.
func (s Status) String() string {
	switch s {
	case StatusNew:
		return "new"
	case StatusDuplicate:
		return "duplicate"
	case StatusNearDuplicate:
		return "near-duplicate"
	}
	return "failed"
}

// PutResult reports the outcome of one record of a Put.
type PutResult struct {
	Status Status
	// ArticleID is the row id of the stored article (of the existing one
	// for a duplicate), 0 on failure.
	ArticleID int64
	// DuplicateOf is the original's row id for a near-duplicate.
	DuplicateOf int64
	Err         error
}

// StoredArticle is an article as stored.
type StoredArticle struct {
	ID          int64
	Key         string
	ExtID       string
	URL         string
	Source      string
	Origin      string
	Title       string
	Date        string
	Text        string
	DuplicateOf int64 // 0 when the article is an original
	IngestedAt  time.Time
}

// ArticleHit is one full-text search match.
type ArticleHit struct {
	ID      int64  `json:"id"`
	ExtID   string `json:"ext_id"`
	URL     string `json:"url"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	Snippet string `json:"snippet"`
	// Rank is the backend's relevance score (FTS5 bm25: lower is better;
	// PostgreSQL ts_rank: higher is better); hits come best first.
	Rank float64 `json:"rank"`
}

// Stats counts stored rows.
type Stats struct {
	Articles       int64 `json:"articles"`
	NearDuplicates int64 `json:"near_duplicates"`
	Entities       int64 `json:"entities"`
	Mentions       int64 `json:"mentions"`
	Events         int64 `json:"events"`
	Quotes         int64 `json:"quotes"`
	Claims         int64 `json:"claims"`
	Times          int64 `json:"times"`
	FusedEvents    int64 `json:"fused_events"`
	DisputedEvents int64 `json:"disputed_events"`
	SchemaVersion  int   `json:"schema_version"`
}
