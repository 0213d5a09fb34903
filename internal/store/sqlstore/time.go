package sqlstore

import (
	"fmt"

	"eventgraph/internal/model"
)

// putTimes inserts an article's temporal expressions.
func putTimes(w *txw, articleID int64, ts []model.ResultTime) error {
	for _, t := range ts {
		if _, err := w.exec(`INSERT INTO times (article_id, start_off, end_off, text, type, value, mod)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, articleID, t.Start, t.End, t.Text, t.Type, t.Value, deref(t.Mod)); err != nil {
			return fmt.Errorf("insert time: %w", err)
		}
	}
	return nil
}
