package sqlstore

import (
	"context"
	"database/sql"
	"fmt"

	"eventgraph/internal/fusion"
	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// articleCtx is what the events of one article share.
type articleCtx struct {
	id          int64
	date        string // reference date
	seen        string // publication date, else ingest date (YYYY-MM-DD)
	source, url string
	extID       string
	ents        map[string]entInfo
}

// putEvents inserts an article's events and, when fuse is set, merges each
// into its fused event.
func (s *Store) putEvents(w *txw, art articleCtx, evs []model.ResultEvent, fuse bool) error {
	for i := range evs {
		e := &evs[i]
		var src, tgt, attr model.Ref
		if e.Source != nil {
			src = *e.Source
		}
		if e.Target != nil {
			tgt = *e.Target
		}
		if e.Attribution != nil {
			attr = *e.Attribution
		}
		root := e.Root
		if root == "" {
			root = fusion.Root(e.Code)
		}
		id, err := w.insert(`INSERT INTO events (article_id, vid, code, root, label, quad_class, goldstein,
			src_eid, src_name, src_actor, tgt_eid, tgt_name, tgt_actor, modality, date, place_eid,
			attr_eid, attr_name, attr_actor, claim_cid, sentence, ev_start, ev_end, ev_text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			art.id, e.ID, e.Code, root, e.Label, e.QuadClass, e.Goldstein,
			src.Entity, src.Name, src.Actor, tgt.Entity, tgt.Name, tgt.Actor, e.Modality, deref(e.Date),
			deref(e.Place), attr.Entity, attr.Name, attr.Actor, deref(e.Claim), e.Sentence,
			e.Evidence.Start, e.Evidence.End, e.Evidence.Text)
		if err != nil {
			return fmt.Errorf("insert event %s: %w", e.ID, err)
		}
		if fuse {
			if err := s.fuse(w, art, id, e, root); err != nil {
				return fmt.Errorf("fuse event %s: %w", e.ID, err)
			}
		}
	}
	return nil
}

const evidenceQuery = `SELECT e.id, e.article_id, a.url, a.ext_id, a.source, e.vid, e.code,
	e.modality, e.date, e.sentence, e.ev_start, e.ev_end, e.ev_text,
	COALESCE(c.text, ''), COALESCE(c.status, ''), COALESCE(c.by_name, '')
	FROM events e JOIN articles a ON a.id = e.article_id
	LEFT JOIN claims c ON c.article_id = e.article_id AND c.cid = e.claim_cid AND e.claim_cid <> ''
	WHERE e.fused_id = ? ORDER BY e.id`

// Evidence returns the event rows merged into one fused event.
func (s *Store) Evidence(ctx context.Context, fusedID int64) ([]store.EventReport, error) {
	rows, err := s.db.QueryContext(ctx, s.qEvidence, fusedID)
	if err != nil {
		return nil, fmt.Errorf("evidence of %d: %w", fusedID, err)
	}
	defer rows.Close()
	out := []store.EventReport{}
	for rows.Next() {
		var r store.EventReport
		if err := rows.Scan(&r.ID, &r.ArticleID, &r.ArticleURL, &r.ArticleExtID, &r.Source, &r.EventID, &r.Code,
			&r.Modality, &r.Date, &r.Sentence, &r.Start, &r.End, &r.Text, &r.Claim, &r.ClaimStatus, &r.ClaimBy); err != nil {
			return nil, fmt.Errorf("evidence of %d: %w", fusedID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("evidence of %d: %w", fusedID, err)
	}
	return out, nil
}

// nullFloat turns an optional float into a column value.
func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// floatPtr turns a nullable column into an optional float.
func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}
