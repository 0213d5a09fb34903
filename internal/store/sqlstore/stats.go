package sqlstore

import (
	"context"
	"fmt"

	"eventgraph/internal/store"
)

// Stats counts the rows of the main tables.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT COUNT(*) FROM entities),
		(SELECT COUNT(*) FROM mentions),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM quotes),
		(SELECT COUNT(*) FROM claims),
		(SELECT COUNT(*) FROM times),
		(SELECT COUNT(*) FROM fused_events),
		(SELECT COUNT(*) FROM fused_events WHERE disputed = 1),
		(SELECT version FROM schema_version)`).Scan(&st.Articles, &st.NearDuplicates, &st.Entities, &st.Mentions,
		&st.Events, &st.Quotes, &st.Claims, &st.Times, &st.FusedEvents, &st.DisputedEvents, &st.SchemaVersion)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
