package sqlstore

import (
	"fmt"
	"strings"

	"eventgraph/internal/store"
)

// putBands indexes an original article under its MinHash bands.
func putBands(w *txw, articleID int64, sig *store.Signature) error {
	for _, b := range sig.Bands() {
		if _, err := w.exec(`INSERT INTO article_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, b, articleID); err != nil {
			return fmt.Errorf("index bands: %w", err)
		}
	}
	return nil
}

// bandCandidates returns up to limit stored originals sharing a band with
// sig, oldest first.
func bandCandidates(w *txw, sig *store.Signature, limit int) ([]int64, error) {
	bands := sig.Bands()
	args := make([]any, 0, len(bands)+1)
	for _, b := range bands {
		args = append(args, b)
	}
	args = append(args, limit)
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(bands)), ", ")
	rows, err := w.query(`SELECT DISTINCT article_id FROM article_bands WHERE band IN (`+ph+`) ORDER BY article_id LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("look up bands: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("look up bands: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look up bands: %w", err)
	}
	return out, nil
}
