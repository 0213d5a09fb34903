package quote

import "eventgraph/internal/model"

// ClaimAt returns the innermost claim of d whose span covers the byte span
// [start, end), or nil. The event stage calls it to put an event inside the
// claim that asserts it ("Iran is preparing to train Russian units" inside
// Sullivan's claim), which makes the event's modality reported or denied.
//
// It relies on what Run guarantees: d.Claims sorted by Start (an outer claim
// before an inner one with the same start) and no claim crossing a
// paragraph. It then looks only at the claims that start in the span's own
// paragraph, so a call costs O(log n) plus the claims of one paragraph.
func ClaimAt(d *model.Document, start, end int) *model.Claim {
	if d == nil || len(d.Claims) == 0 || end < start {
		return nil
	}
	paraStart := 0
	if si := d.SentenceAt(start); si >= 0 {
		p := d.Sentences[si].Para
		for si > 0 && d.Sentences[si-1].Para == p {
			si--
		}
		paraStart = d.Sentences[si].Start
	}
	// hi is the number of claims that start at or before start.
	lo, hi := 0, len(d.Claims)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Claims[m].Start <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var best *model.Claim
	for k := lo - 1; k >= 0 && d.Claims[k].Start >= paraStart; k-- {
		c := &d.Claims[k]
		if c.Start <= start && end <= c.End && (best == nil || c.End-c.Start < best.End-best.Start) {
			best = c
		}
	}
	return best
}
