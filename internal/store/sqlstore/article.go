package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"eventgraph/internal/store"
)

// Put writes a batch in one transaction, each record inside its own
// savepoint so that a failing record is rolled back alone.
func (s *Store) Put(ctx context.Context, recs []*store.Record) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(recs))
	if len(recs) == 0 {
		return out, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	now := s.opts.Now().UTC()
	w := &txw{ctx: ctx, tx: tx, d: s.d, stmts: map[string]*sql.Stmt{},
		now: now.Format(time.RFC3339), today: now.Format(time.DateOnly)}
	defer w.close()
	if err := s.lockFusionKeys(w, recs); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	for i, r := range recs {
		if _, err := tx.ExecContext(ctx, `SAVEPOINT rec`); err != nil {
			return nil, fmt.Errorf("put: savepoint: %w", err)
		}
		res, err := s.putOne(w, r)
		if err != nil {
			if _, rerr := tx.ExecContext(ctx, `ROLLBACK TO rec`); rerr != nil {
				return nil, fmt.Errorf("put: rollback article %s: %w", r.Article.ID, rerr)
			}
			res = store.PutResult{Status: store.StatusFailed, Err: fmt.Errorf("store article %s: %w", r.Article.ID, err)}
		}
		if _, err := tx.ExecContext(ctx, `RELEASE rec`); err != nil {
			return nil, fmt.Errorf("put: release: %w", err)
		}
		out[i] = res
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return out, nil
}

// putOne writes one record: article, layers and fusion.
func (s *Store) putOne(w *txw, r *store.Record) (store.PutResult, error) {
	a := r.Article
	key := store.ArticleKey(a.URL, a.Text)
	var id int64
	err := w.queryRow(`SELECT id FROM articles WHERE key = ?`, key).Scan(&id)
	if err == nil {
		return store.PutResult{Status: store.StatusDuplicate, ArticleID: id}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return store.PutResult{}, fmt.Errorf("look up key: %w", err)
	}
	hash := store.ContentHash(a.Text)
	sig, hasSig := store.MinHash(a.Text)
	orig, err := s.findOriginal(w, hash, &sig, hasSig)
	if err != nil {
		return store.PutResult{}, err
	}
	title, date := a.Title, a.Date
	sentences := []byte("[]")
	if res := r.Result; res != nil {
		if title == "" {
			title = deref(res.Title)
		}
		if date == "" {
			date = deref(res.Date)
		}
		if len(res.Sentences) > 0 {
			if sentences, err = json.Marshal(res.Sentences); err != nil {
				return store.PutResult{}, fmt.Errorf("encode sentences: %w", err)
			}
		}
	}
	var sigBytes any
	if hasSig {
		sigBytes = sig.Bytes()
	}
	var dupOf any
	if orig != 0 {
		dupOf = orig
	}
	id, err = w.insert(`INSERT INTO articles (key, ext_id, url, source, origin, title, date, text,
		content_hash, minhash, duplicate_of, sentences, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`+s.d.ArticleConflict,
		key, a.ID, a.URL, r.Source, r.Origin, title, date, a.Text,
		hash, sigBytes, dupOf, string(sentences), w.now)
	if errors.Is(err, sql.ErrNoRows) {
		// Another writer stored the same article since the lookup above
		// (only with Dialect.ArticleConflict).
		if err := w.queryRow(`SELECT id FROM articles WHERE key = ?`, key).Scan(&id); err != nil {
			return store.PutResult{}, fmt.Errorf("look up key: %w", err)
		}
		return store.PutResult{Status: store.StatusDuplicate, ArticleID: id}, nil
	}
	if err != nil {
		return store.PutResult{}, fmt.Errorf("insert article: %w", err)
	}
	if hasSig && orig == 0 {
		// Only originals are indexed: copies link to the original, so a
		// later copy finds the original through the original's bands.
		if err := putBands(w, id, &sig); err != nil {
			return store.PutResult{}, err
		}
	}
	if r.Result != nil {
		ents, err := putEntities(w, id, r.Result.Entities)
		if err != nil {
			return store.PutResult{}, err
		}
		if err := putTimes(w, id, r.Result.Times); err != nil {
			return store.PutResult{}, err
		}
		if err := putQuotes(w, id, r.Result.Quotes); err != nil {
			return store.PutResult{}, err
		}
		if err := putClaims(w, id, r.Result.Claims); err != nil {
			return store.PutResult{}, err
		}
		seen := date
		if len(seen) < 10 {
			seen = w.today
		}
		art := articleCtx{id: id, date: date, seen: seen[:10], source: r.Source, url: a.URL, extID: a.ID, ents: ents}
		if err := s.putEvents(w, art, r.Result.Events, orig == 0); err != nil {
			return store.PutResult{}, err
		}
	}
	if orig != 0 {
		return store.PutResult{Status: store.StatusNearDuplicate, ArticleID: id, DuplicateOf: orig}, nil
	}
	return store.PutResult{Status: store.StatusNew, ArticleID: id}, nil
}

// maxCandidates bounds the near-duplicate candidates checked per article.
const maxCandidates = 64

// findOriginal returns the row id of the stored original this text is a
// near-duplicate of (same content hash, or MinHash similarity at least
// store.NearDuplicateJaccard), or 0.
func (s *Store) findOriginal(w *txw, hash string, sig *store.Signature, hasSig bool) (int64, error) {
	var id int64
	var dup sql.NullInt64
	err := w.queryRow(`SELECT id, duplicate_of FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1`, hash).Scan(&id, &dup)
	switch {
	case err == nil:
		if dup.Valid {
			return dup.Int64, nil
		}
		return id, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("look up content hash: %w", err)
	}
	if !hasSig {
		return 0, nil
	}
	cands, err := bandCandidates(w, sig, maxCandidates)
	if err != nil {
		return 0, err
	}
	for _, c := range cands {
		var b []byte
		if err := w.queryRow(`SELECT minhash FROM articles WHERE id = ?`, c).Scan(&b); err != nil {
			return 0, fmt.Errorf("read signature: %w", err)
		}
		if other, ok := store.ParseSignature(b); ok && sig.Similarity(&other) >= store.NearDuplicateJaccard {
			return c, nil
		}
	}
	return 0, nil
}

const hasArticleQuery = `SELECT 1 FROM articles WHERE key = ?`

// HasArticle reports whether an article with this key is stored.
func (s *Store) HasArticle(ctx context.Context, key string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, s.qHasArticle, key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("has article: %w", err)
	}
	return true, nil
}

const articleQuery = `SELECT id, key, ext_id, url, source, origin, title, date, text,
	duplicate_of, ingested_at FROM articles WHERE id = ?`

// Article returns one stored article.
func (s *Store) Article(ctx context.Context, id int64) (*store.StoredArticle, error) {
	var a store.StoredArticle
	var dup sql.NullInt64
	var at string
	err := s.db.QueryRowContext(ctx, s.qArticle, id).Scan(&a.ID, &a.Key, &a.ExtID, &a.URL,
		&a.Source, &a.Origin, &a.Title, &a.Date, &a.Text, &dup, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a.DuplicateOf = dup.Int64
	a.IngestedAt, _ = time.Parse(time.RFC3339, at)
	return &a, nil
}
