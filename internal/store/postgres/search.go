package postgres

import (
	"context"
	"fmt"
	"strings"

	"eventgraph/internal/store"
)

// SearchArticles runs a web-search style query (words, "phrases", or, -not)
// over titles and texts, best first. websearch_to_tsquery accepts any
// input, so no query is malformed here.
func (s *Store) SearchArticles(ctx context.Context, query string, limit int) ([]store.ArticleHit, error) {
	if limit <= 0 {
		limit = 20
	}
	if strings.TrimSpace(query) == "" {
		return nil, fmt.Errorf("search: %w: empty query", store.ErrBadQuery)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.ext_id, a.url, a.title, a.date,
		ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'),
		ts_rank(a.tsv, q)
		FROM articles a, websearch_to_tsquery('english', $1) q
		WHERE a.tsv @@ q ORDER BY 7 DESC, a.id LIMIT $2`, query, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	out := []store.ArticleHit{}
	for rows.Next() {
		var h store.ArticleHit
		if err := rows.Scan(&h.ID, &h.ExtID, &h.URL, &h.Title, &h.Date, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return out, nil
}
