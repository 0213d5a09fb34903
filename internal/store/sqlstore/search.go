package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"eventgraph/internal/store"
)

// SearchArticles runs the dialect's full-text query (Dialect.Search) over
// titles and texts, best first.
func (s *Store) SearchArticles(ctx context.Context, query string, limit int) ([]store.ArticleHit, error) {
	if limit <= 0 {
		limit = 20
	}
	if strings.TrimSpace(query) == "" {
		return nil, fmt.Errorf("search: %w: empty query", store.ErrBadQuery)
	}
	rows, err := s.db.QueryContext(ctx, s.qSearch, query, limit)
	if err != nil {
		return nil, s.searchError(query, err)
	}
	defer rows.Close()
	out := []store.ArticleHit{}
	for rows.Next() {
		var h store.ArticleHit
		if err := rows.Scan(&h.ID, &h.ExtID, &h.URL, &h.Title, &h.Date, &h.Snippet, &h.Rank); err != nil {
			return nil, s.searchError(query, err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, s.searchError(query, err)
	}
	return out, nil
}

// searchError marks the errors of a malformed query (Dialect.BadQuery) as
// store.ErrBadQuery.
func (s *Store) searchError(query string, err error) error {
	if s.d.BadQuery != nil && s.d.BadQuery(err) {
		return fmt.Errorf("search %q: %w: %v", query, store.ErrBadQuery, err)
	}
	return fmt.Errorf("search %q: %w", query, err)
}
