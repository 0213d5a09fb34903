package quote

import "eventgraph/internal/model"

// maxCoSpeakers bounds how many conjuncts before the speaker's name are
// read as speakers too.
const maxCoSpeakers = 4

// coSpeakers returns the other sides named with q's speaker in a
// coordinated subject: "France and the United States accuse …" gives
// France when the speaker is the United States. Each conjunct is a
// proper-name mention of an entity with a side, joined to the next by
// "and" or a comma, with an optional "the", within the sentence; the
// speaker's own mention is the last conjunct.
func (a *analyzer) coSpeakers(q *draft) []*model.Entity {
	if q.ent == nil || q.speaker.empty() || q.head < q.speaker.a || q.head >= q.speaker.b {
		return nil
	}
	m := a.ment[q.head]
	if m < 0 || a.mentions[m].e != q.ent || a.mentions[m].m.Kind != model.MentionName {
		return nil
	}
	lo, _ := a.sentBounds(q.head)
	var out []*model.Entity
	j := a.mentions[m].first // first token of the current conjunct
	if j > lo && a.toks[j-1].Norm == "the" {
		j--
	}
	for len(out) < maxCoSpeakers {
		k := j - 1
		if k > lo && a.toks[k].Norm == "the" {
			k--
		}
		if k <= lo || a.toks[k].Norm != "and" && a.toks[k].Text != "," {
			break
		}
		if a.toks[k].Norm == "and" && a.toks[k-1].Text == "," {
			k-- // the serial comma
		}
		p := a.ment[k-1]
		if p < 0 {
			break
		}
		r := &a.mentions[p]
		if r.last != k || r.m.Kind != model.MentionName || r.e == q.ent || side(r.e) == "" {
			break
		}
		if k := r.first; k > 0 && a.toks[k-1].Norm == "'s" {
			break // "Japan's and …" is no coordinated subject
		}
		dup := false
		for _, e := range out {
			dup = dup || e == r.e
		}
		if !dup {
			out = append(out, r.e)
		}
		j = r.first
		if j > lo && a.toks[j-1].Norm == "the" {
			j--
		}
	}
	return out
}
