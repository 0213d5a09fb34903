package event

import (
	"strings"

	"eventgraph/internal/model"
)

// prefix returns the country part of a mention's actor: its country, else
// the first three letters of its actor code.
func (m *mref) prefix() string {
	if m == nil {
		return ""
	}
	if m.country != "" {
		return m.country
	}
	if len(m.actor) >= 3 {
		return m.actor[:3]
	}
	return ""
}

// refPrefix returns the country part of a reference's entity.
func (r *runner) refPrefix(ref *model.Ref) string {
	if ref == nil {
		return ""
	}
	for _, e := range r.d.Entities {
		if e != nil && e.ID == ref.Entity {
			if e.Country != "" {
				return e.Country
			}
			break
		}
	}
	if len(ref.Actor) >= 3 {
		return ref.Actor[:3]
	}
	return ""
}

// modality sets ev.Modality, Attribution and Claim, in the order
// spec/OUTPUT.md fixes: negated > hypothetical > denied > reported >
// planned > asserted.
// It reports whether the event lies in the future or is only possible, and
// whether the attribution comes from a verb of saying ("announced", "said").
func (r *runner) modality(st *sent, ev *model.Event, src, tgt *mref, at, si int) (future, spoken bool) {
	sg := st.segs[si]
	negated, hypo, planned, would := false, false, false, false
	switch sg.opener {
	case "if", "unless", "whether":
		hypo = true
	}
	if r.hypo {
		hypo = true
	}
	// "announced sanctions … and suspended cooperation": a verb's own cues
	// stop at the conjunction before it, except an auxiliary both verbs
	// share ("will meet Raisi and sign a deal")
	conjAt := -1
	for j := at - 1; j > max(sg.start, at-window); j-- {
		if w := r.norm(j); (w == "and" || w == "but" || w == "or") && st.verbBefore(max(sg.start, at-window), j) {
			conjAt = j
			break
		}
	}
	for j := max(sg.start, at-window); j < at; j++ {
		w := r.norm(j)
		if j < conjAt && !modals[w] && w != "ll" && !negations[w] {
			continue
		}
		switch {
		case negations[w] && (w != "no" || j == at-1):
			negated = true
		case w == "refused" || w == "refuses" || w == "refuse" || w == "refusing":
			negated, r.refused = true, true
		case w == "failed" || w == "fails":
			negated = true
		case w == "would":
			would = true
		case hypotheticalCues[w]:
			hypo = true
		case plannedCues[w]:
			planned = true
		}
	}
	// the event's own clause: who says so
	tok := r.tok(at)
	var claim *model.Claim
	for k := range r.d.Claims {
		c := &r.d.Claims[k]
		if c.Start <= tok.Start && tok.End <= c.End && (claim == nil || c.End-c.Start < claim.End-claim.Start) {
			claim = c
		}
	}
	var attr *model.Ref
	speechWould := false
	if claim != nil {
		attr, ev.Claim = claim.By, claim.ID
		speechWould = true
		for k := range r.d.Quotes {
			if q := &r.d.Quotes[k]; q.ID == claim.Quote && claim.Quote != "" {
				spoken = speechCue(q)
			}
		}
	} else {
		if q := r.quoteAt(tok.Start); q != nil {
			attr, speechWould, spoken = q.Speaker, true, speechCue(q)
		} else if m := r.speaker(st, si, min(at, src.first)); m != nil {
			attr, speechWould, spoken = m.ref(), true, true
		}
	}
	if would {
		if speechWould || sg.opener == "that" {
			planned = true
		} else {
			hypo = true
		}
	}
	if !planned {
		for j := max(sg.start, at-window); j < sg.end && j < at+window; j++ {
			if ti := r.timeAt[j]; ti != 0 {
				t := &r.d.Times[ti-1]
				if r.d.RefDate != "" && dateLike(t) && len(t.Value) >= 10 && t.Value[:10] > r.d.RefDate {
					planned = true
				}
				break
			}
		}
	}
	ev.Attribution = attr
	future = planned || hypo || r.futureCue(sg.start, at)
	switch {
	case negated:
		ev.Modality = model.ModNegated
	case hypo:
		ev.Modality = model.ModHypothetical
	case claim != nil && (claim.Status == model.ClaimDenied || claim.Status == model.ClaimDisputed) || r.deniedClause(st, si, at):
		ev.Modality = model.ModDenied
	case attr != nil && r.thirdParty(attr, src, tgt):
		ev.Modality = model.ModReported
	case planned:
		ev.Modality = model.ModPlanned
	default:
		ev.Modality = model.ModAsserted
	}
	return future, spoken
}

// deniedClause reports whether the verb at token at stands in the
// that-clause of a denial ("X denied on Monday that its troops had shelled Y").
func (r *runner) deniedClause(st *sent, si, at int) bool {
	sg := st.segs[si]
	j := at - 1
	for j >= sg.start && r.norm(j) != "that" {
		j--
	}
	if j < sg.start {
		if sg.opener != "that" {
			return false
		}
		j = sg.start
	}
	if r.norm(j) == "that" {
		j--
	}
	if actNouns[r.norm(j)] || r.norm(j) == "reports" || r.norm(j) == "charges" {
		// "rejected X's allegation that …": find the denial before the noun
		lo := max(st.s.First, j-12)
		for j--; j >= lo && !(denyVerbs[r.norm(j)] && st.isVrb[j-st.s.First]); j-- {
		}
		if j < lo {
			return false
		}
	}
	for j > st.s.First && (r.isTime(j) || r.norm(j) == "on" || groupAdverbs[r.norm(j)]) {
		j--
	}
	return j >= st.s.First && j < at && denyVerbs[r.norm(j)] && st.isVrb[j-st.s.First]
}

// speechCue reports whether a quote's cue is a verb of saying.
func speechCue(q *model.Quote) bool {
	if q == nil || q.Cue == nil {
		return false
	}
	w, _, _ := strings.Cut(strings.ToLower(q.Cue.Text), " ")
	return speechVerbs[w] || w == "according"
}

// futureCue reports whether a future auxiliary ("will", "won't") stands in [lo, hi).
func (r *runner) futureCue(lo, hi int) bool {
	for j := max(lo, hi-window); j < hi; j++ {
		switch r.norm(j) {
		case "will", "wo", "ll", "shall":
			return true
		}
	}
	return false
}

// thirdParty reports whether the one a claim is attributed to is on neither
// side of the event (compared by country).
func (r *runner) thirdParty(attr *model.Ref, src, tgt *mref) bool {
	if attr.Entity == src.ent.ID || tgt != nil && attr.Entity == tgt.ent.ID {
		return false
	}
	p := r.refPrefix(attr)
	if p == "" {
		return false // whose side it is on is unknown: no evidence of a third party
	}
	return p != src.prefix() && (tgt == nil || p != tgt.prefix())
}

// speaker returns who reports the clause si when no quote or claim layer
// says so: the subject of a speech verb in another clause of the sentence
// ("X said Y will …", "“…,” said X"), or X of "according to X".
func (r *runner) speaker(st *sent, si, before int) *mref {
	if len(st.verbs) > 8 || len(st.segs) > 16 {
		return nil // a run-on list, not reported speech
	}
	for k, sg := range st.segs {
		if sg.opener == "according" && k != si {
			for j := sg.start; j < sg.end && j < sg.start+window; j++ {
				if r.at[j] != 0 {
					h, _ := r.chainEnd(st, j, sg.end)
					return h
				}
			}
		}
	}
	for vi := range st.verbs {
		v := &st.verbs[vi]
		// the speech verb governs the clause: it precedes the event's words
		// ("X said Y will …") or follows a quotation ("“…,” X said").
		governs := v.seg != si && (v.seg < si || st.segs[si].opener == "“" || st.segs[v.seg].hard) ||
			v.seg == si && v.at < before
		if !v.speech || !governs {
			continue
		}
		if subj := r.subjectOf(st, v.at, 0); len(subj) > 0 {
			return subj[0]
		}
		// inverted: "said foreign ministry spokesman Nasser Kanaani"
		for j := v.end; j < st.segs[v.seg].end && j < v.end+8; j++ {
			if r.at[j] != 0 {
				h, _ := r.chainEnd(st, j, st.segs[v.seg].end)
				return h
			}
		}
	}
	return nil
}

// dateLike reports whether a time names a calendar date or time.
func dateLike(t *model.Time) bool {
	if t.Type == "DURATION" || t.Type == "SET" || len(t.Value) < 4 {
		return false
	}
	c := t.Value[0]
	return c >= '0' && c <= '9' || c == 'X'
}

// date returns when the event happens: a time in its own clause, else for a
// past or present event a time of the sentence's main clauses, else the
// caption's or the report's date. Planned and hypothetical events without
// a time of their own get none.
func (r *runner) date(st *sent, at, end, si int, future bool) string {
	sg := st.segs[si]
	ext := min(r.extEnd(st, si), at+window)
	best, bestDist := "", 1<<30
	for j := max(sg.start, at-window, st.dateLo); j < ext; j++ {
		ti := r.timeAt[j]
		if ti == 0 {
			continue
		}
		t := &r.d.Times[ti-1]
		if !dateLike(t) {
			continue
		}
		dist := j - at
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = t.Value, dist
		}
	}
	if best != "" {
		return best
	}
	if future {
		return ""
	}
	for k, sg2 := range st.segs {
		if k == si || sg2.hard || background[sg2.opener] {
			continue
		}
		for j := sg2.start; j < sg2.end && j < sg2.start+window; j++ {
			if ti := r.timeAt[j]; ti != 0 {
				if t := &r.d.Times[ti-1]; dateLike(t) {
					return t.Value
				}
			}
		}
	}
	if st.s.Section == model.SectionCaption && r.d.CaptionDate != "" {
		return r.d.CaptionDate
	}
	return r.d.RefDate
}
