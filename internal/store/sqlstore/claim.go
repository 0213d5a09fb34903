package sqlstore

import (
	"encoding/json"
	"fmt"

	"eventgraph/internal/model"
)

// putClaims inserts an article's claims, their denials as JSON.
func putClaims(w *txw, articleID int64, cs []model.ResultClaim) error {
	for _, c := range cs {
		var by model.Ref
		if c.By != nil {
			by = *c.By
		}
		denied := c.DeniedBy
		if denied == nil {
			denied = []model.ResultDenial{}
		}
		dj, err := json.Marshal(denied)
		if err != nil {
			return fmt.Errorf("encode denials of claim %s: %w", c.ID, err)
		}
		if _, err := w.exec(`INSERT INTO claims (article_id, cid, start_off, end_off, text, by_eid, by_name,
			by_actor, status, denied_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, articleID, c.ID, c.Start, c.End,
			c.Text, by.Entity, by.Name, by.Actor, c.Status, string(dj)); err != nil {
			return fmt.Errorf("insert claim %s: %w", c.ID, err)
		}
	}
	return nil
}
