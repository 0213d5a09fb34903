package sqlite

import (
	"context"
	"fmt"
	"strings"

	"eventgraph/internal/store"
)

// SearchArticles runs an FTS5 query over titles and texts, best first.
func (s *Store) SearchArticles(ctx context.Context, query string, limit int) ([]store.ArticleHit, error) {
	if limit <= 0 {
		limit = 20
	}
	if strings.TrimSpace(query) == "" {
		return nil, fmt.Errorf("search: %w: empty query", store.ErrBadQuery)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.ext_id, a.url, a.title, a.date,
		snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?`, query, limit)
	if err != nil {
		return nil, searchError(query, err)
	}
	defer rows.Close()
	out := []store.ArticleHit{}
	for rows.Next() {
		var h store.ArticleHit
		if err := rows.Scan(&h.ID, &h.ExtID, &h.URL, &h.Title, &h.Date, &h.Snippet, &h.Rank); err != nil {
			return nil, searchError(query, err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, searchError(query, err)
	}
	return out, nil
}

// searchError marks FTS5 syntax errors as store.ErrBadQuery.
func searchError(query string, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") || strings.Contains(msg, "no such column") ||
		strings.Contains(msg, "unterminated") || strings.Contains(msg, "SQL logic error") {
		return fmt.Errorf("search %q: %w: %v", query, store.ErrBadQuery, err)
	}
	return fmt.Errorf("search %q: %w", query, err)
}
