package sqlstore

import (
	"fmt"

	"eventgraph/internal/model"
)

// putMentions inserts the mentions of one entity row.
func putMentions(w *txw, entityID int64, ms []model.ResultSpan) error {
	for _, m := range ms {
		if _, err := w.exec(`INSERT INTO mentions (entity_id, start_off, end_off, text) VALUES (?, ?, ?, ?)`,
			entityID, m.Start, m.End, m.Text); err != nil {
			return fmt.Errorf("insert mention: %w", err)
		}
	}
	return nil
}
