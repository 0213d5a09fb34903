package sqlstore

import (
	"fmt"

	"eventgraph/internal/model"
)

// putQuotes inserts an article's quotes.
func putQuotes(w *txw, articleID int64, qs []model.ResultQuote) error {
	for _, q := range qs {
		var sp model.Ref
		if q.Speaker != nil {
			sp = *q.Speaker
		}
		var cs, ce any
		var ct string
		if q.Cue != nil {
			cs, ce, ct = q.Cue.Start, q.Cue.End, q.Cue.Text
		}
		if _, err := w.exec(`INSERT INTO quotes (article_id, qid, start_off, end_off, text, kind,
			speaker_eid, speaker_name, speaker_actor, cue_start, cue_end, cue_text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, articleID, q.ID, q.Start, q.End, q.Text, q.Kind,
			sp.Entity, sp.Name, sp.Actor, cs, ce, ct); err != nil {
			return fmt.Errorf("insert quote %s: %w", q.ID, err)
		}
	}
	return nil
}
