package event

import (
	"sort"

	"eventgraph/internal/model"
)

// judgementWords pass a hostile judgement on another party's conduct. Said
// by a speaker of one side about another ("the Russian state was culpable",
// "Kiev staged a provocation", "there is no justification for the drills"),
// the statement denounces that party (CAMEO 111), as PETRARCH2 turns a
// reported attack into an accusation.
var judgementWords = set("provocation", "provocations", "provocative", "aggression", "aggressive", "illegal",
	"illegally", "unlawful", "unlawfully", "unacceptable", "violation", "violations", "culpable", "reckless",
	"irresponsible", "outrageous", "unjustified", "unjustifiable", "justification", "hostile", "interference",
	"meddling", "atrocity", "atrocities", "barbaric", "brutal", "brutality", "deplorable", "dangerous",
	"destabilising", "destabilizing", "blackmail", "piracy", "criminal", "crimes", "lies", "lied", "lying",
	"concern", "concerns", "concerned", "condemnable", "shameful", "cowardly", "heinous", "terrorism",
	"escalation", "escalatory", "intimidation", "bullying", "coercion", "coercive", "aggressor", "occupier",
	"occupiers", "invaders", "fraud", "fraudulent", "rigged", "sham")

// judgementPairs are two-word judgements: "act of war" is matched on its
// last word, "must stop".
var judgementPairs = map[string]string{"war": "of", "stop": "must", "end": "must", "cease": "must"}

// maxJudgementTries bounds the judgement words tried in one sentence.
const maxJudgementTries = 4

// codeJudgements makes the denunciations of the sentence's quoted or
// reported judgements: a speaker whose words in this sentence hold a
// judgement word and name a party of another country (or, naming none,
// follow that party's use of force) denounces that party. One per speaker
// and party in a story; none where the clause's verb already coded a
// disapproval, rejection or threat between them.
func (r *runner) codeJudgements(st *sent) {
	s := st.s
	// at most a few judgement words a sentence are looked up among the
	// quotes, so that an article of thousands of quotes stays fast
	tries := 0
	for i := s.First; i < s.Last && tries < maxJudgementTries; i++ {
		w := r.norm(i)
		if !judgementWords[w] {
			prev, ok := judgementPairs[w]
			if !ok || r.norm(i-1) != prev && r.norm(i-2) != prev {
				continue
			}
		}
		if w == "concern" || w == "concerns" || w == "concerned" {
			// "expressed concern about", "serious concerns over": a worry
			// voiced about someone, not "of concern to investors"
			if p := r.norm(i - 1); p == "of" || p == "no" {
				continue
			}
		}
		tries++
		q := r.quoteAt(r.tok(i).Start)
		if q == nil || q.Speaker == nil {
			continue
		}
		src := r.refMention(q.Speaker, i)
		if src == nil || !src.known() || media(src) || src.prefix() == "" {
			continue
		}
		tgt := r.judged(st, q, src)
		if tgt == nil {
			tgt = r.culprit(st, src)
		}
		if tgt == nil || tgt.prefix() == "" || tgt.prefix() == src.prefix() {
			continue
		}
		key := "J|" + src.ent.ID + "|" + tgt.ent.ID
		if r.seen[key] || r.disapproved(st.idx, src, tgt) {
			continue
		}
		r.seen[key] = true
		n := len(r.d.Events)
		r.emit(st, src, tgt, r.dict.codes["111"], i, i+1, st.segAt(i), nil)
		if len(r.d.Events) > n {
			if ev := &r.d.Events[n]; ev.Code != "111" || ev.Modality != model.ModAsserted {
				// "hoped officials would be indicted for war crimes": a
				// wish or a plan, no judgement of the day
				r.d.Events = r.d.Events[:n]
				continue
			}
		}
		return
	}
}

// quoteAt returns the innermost quote whose content covers byte offset off.
func (r *runner) quoteAt(off int) *model.Quote {
	var q *model.Quote
	for k := range r.d.Quotes {
		c := &r.d.Quotes[k]
		if c.Start <= off && off < c.End && (q == nil || c.End-c.Start < q.End-q.Start) {
			q = c
		}
	}
	return q
}

// judged returns the first party in a quote's content within the sentence
// that is of another country than the speaker: a country, government,
// force or organisation, not a newspaper or a bare place of no state.
func (r *runner) judged(st *sent, q *model.Quote, src *mref) *mref {
	s := st.s
	for j := s.First; j < s.Last; j++ {
		t := r.tok(j)
		if t.Start < q.Start || t.End > q.End {
			continue
		}
		m := r.mentionAt(j)
		if m == nil || j != m.first || !m.known() || media(m) || m.ent == src.ent {
			continue
		}
		if m.place && !polity(m) {
			continue
		}
		if p := m.prefix(); p != "" && p != src.prefix() && p != "---" {
			return m
		}
	}
	return nil
}

// disapproved reports whether an event of src towards tgt that disapproves,
// rejects, threatens or reduces relations (CAMEO 11–13, 16) is already
// coded in sentence idx.
func (r *runner) disapproved(idx int, src, tgt *mref) bool {
	for k := len(r.d.Events) - 1; k >= 0; k-- {
		ev := &r.d.Events[k]
		if ev.Sentence != idx {
			if ev.Sentence < idx {
				break
			}
			continue
		}
		if ev.Source == nil || ev.Target == nil || ev.Source.Entity != src.ent.ID || ev.Target.Entity != tgt.ent.ID {
			continue
		}
		switch ev.Root {
		case "11", "12", "13", "16":
			return true
		}
	}
	return false
}

// codeDenials makes a rejection (CAMEO 120) of each denial the quote stage
// linked to a claim: the denier rejects the claimant ("Kigali said the
// allegation was false", "Zarif dismissed the link"), dated and evidenced by
// the denial's own words. None where a disapproval, rejection or denial of
// that side by the denier's side is already coded in the denial's sentence.
func (r *runner) codeDenials() {
	var st sent
	info := r.dict.codes["120"]
	for k := range r.d.Claims {
		c := &r.d.Claims[k]
		if c.By == nil {
			continue
		}
		for _, dn := range c.DeniedBy {
			if dn.By == nil || dn.By.Entity == c.By.Entity || dn.End <= dn.Start {
				continue
			}
			si := r.d.SentenceAt(dn.Start)
			if si < 0 || si >= len(r.d.Sentences) {
				continue
			}
			sn := &r.d.Sentences[si]
			at := r.d.TokenAt(dn.Start)
			if at < sn.First || at >= sn.Last || sn.First >= sn.Last {
				continue
			}
			src, tgt := r.refMention(dn.By, at), r.refMention(c.By, at)
			if src == nil || tgt == nil || !src.known() || !tgt.known() || media(src) || r.rejected(si, src, tgt) {
				continue
			}
			st.idx, st.s = si, sn
			r.segments(&st)
			r.findVerbs(&st)
			st.dateLo = -1
			r.emit(&st, src, tgt, info, at, at+1, st.segAt(at), nil)
		}
	}
}

// rejected reports whether sentence idx already codes an event of src's
// side towards tgt's side that disapproves, rejects or denies (CAMEO 01
// denials, 11, 12).
func (r *runner) rejected(idx int, src, tgt *mref) bool {
	// events are in sentence order: look only at idx's
	evs := r.d.Events
	k := sort.Search(len(evs), func(k int) bool { return evs[k].Sentence >= idx })
	for ; k < len(evs) && evs[k].Sentence == idx; k++ {
		ev := &evs[k]
		if ev.Source == nil || ev.Target == nil {
			continue
		}
		if (ev.Source.Entity == src.ent.ID || r.refPrefix(ev.Source) == src.prefix()) &&
			(ev.Target.Entity == tgt.ent.ID || r.refPrefix(ev.Target) == tgt.prefix()) &&
			(ev.Root == "11" || ev.Root == "12" || ev.Code == "016") {
			return true
		}
	}
	return false
}
