package quote

import "eventgraph/internal/model"

// accuseForms are the verbs whose subject accuses their object: what an
// organisation denies is often stated nowhere as a claim, only as the
// accusation ("the government accused the RSF of looting …", "a police
// spokesman, who blamed the Taliban").
var accuseForms = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"accuse", "blame", "allege", "charge", "implicate", "fault"} {
		for _, f := range inflect(l) {
			m[f] = true
		}
	}
	return m
}()

// accusationParas bounds how many paragraphs before a denial its
// accusation may stand, and accusationAfter how many after it.
const (
	accusationParas = 8
	accusationAfter = 2
)

// accusation returns the quote in which another side accuses the denier:
// its cue is an accusation verb, its content names the denier, and its
// speaker is known and not on the denier's side. The nearest one before
// the denial wins, else the nearest soon after it.
func (a *analyzer) accusation(dn *denial) *draft {
	if dn.by == nil {
		return nil
	}
	para := a.paraOf(dn.tok)
	ok := func(q *draft) bool {
		if q.ent == nil || q.cue.empty() || !accuseForms[a.toks[q.cue.a].Norm] || q.ent == dn.by {
			return false
		}
		if dn.own != nil && q == dn.own {
			return false
		}
		// Another side accuses the denier, or its own country names
		// the denier itself ("Spanish officials accused him of …"
		// answers a Catalan leader).
		own := ownSide(q.ent, dn.by)
		if own && (q.ent.Type == model.Person || dn.by.Type != model.Person) {
			return false
		}
		for j := q.first; j < q.last; j++ {
			if m := a.ment[j]; m >= 0 && (own && a.mentions[m].e == dn.by || !own && accused(&a.mentions[m], dn.by)) {
				return true
			}
		}
		return false
	}
	for k := len(a.drafts) - 1; k >= 0; k-- {
		q := a.drafts[k]
		if q.first >= dn.tok {
			continue
		}
		if para-a.paraOf(q.first) > accusationParas {
			break
		}
		if ok(q) {
			return q
		}
	}
	for _, q := range a.drafts {
		if q.first <= dn.tok {
			continue
		}
		if a.paraOf(q.first)-para > accusationAfter {
			break
		}
		if ok(q) {
			return q
		}
	}
	return nil
}

// claimOf returns the index of the claim made by quote q, or -1.
func (l *linker) claimOf(q *draft) int {
	for k := range l.a.d.Claims {
		if q.id != "" && l.a.d.Claims[k].Quote == q.id {
			return k
		}
	}
	return -1
}

// denied builds the claim a denial answers when no claim of the text says
// it: the denied clause ("denied that its forces had looted …"), else the
// accusation's content ("accused the RSF of looting …"), else the denied
// noun phrase ("denied responsibility for the blast"). Its author is the
// accuser, else the possessor of the denied words ("Israeli claims that
// …"); with neither there is no claim, since every claim has an author.
func (l *linker) denied(dn *denial) (model.Claim, bool) {
	a := l.a
	var by *model.Entity
	quote := ""
	if dn.accuser != nil {
		by, quote = dn.accuser.ent, dn.accuser.id
	} else if dn.possessor != nil && !ownSide(dn.possessor, dn.by) {
		by = dn.possessor
	}
	if by == nil {
		return model.Claim{}, false
	}
	s := dn.clause
	if s.empty() && dn.accuser != nil && a.words(dn.accuser, 4) >= 4 {
		s = span{dn.accuser.first, dn.accuser.last}
	} else if s.empty() {
		quote = ""
		if t := a.withPP(dn.topic); a.spanWords(t) >= 2 {
			s = t
		}
	}
	s = a.trimSpan(s)
	if s.empty() || a.sent[s.a] < 0 {
		return model.Claim{}, false
	}
	st, en := a.toks[s.a].Start, a.toks[s.b-1].End
	return model.Claim{Start: st, End: en, Text: a.d.Text[st:en], By: by.Ref(), Status: model.ClaimAsserted,
		Quote: quote, Sentence: int(a.sent[s.a])}, true
}

// spanWords counts the word tokens in s.
func (a *analyzer) spanWords(s span) int {
	n := 0
	for j := s.a; j < s.b; j++ {
		if a.toks[j].Kind == model.TokWord {
			n++
		}
	}
	return n
}

// accused reports whether a mention in an accusation names the denier:
// the denier itself, or one of its side. A place's name stands for a
// person or an organisation only by being its country, which is too loose
// ("Peru's elites" does not accuse a Peruvian lawyer); its demonym does
// ("Eritrean soldiers" accuses Eritrea's minister).
func accused(r *mentionRef, by *model.Entity) bool {
	e := r.e
	if e == by {
		return true
	}
	if e.Type.IsPlace() && !by.Type.IsPlace() && r.m.Kind == model.MentionName {
		// A country or its capital does stand for the state that an
		// official speaks for ("Washington accused Tehran of …" accuses
		// Iran's foreign ministry spokesman).
		return e.Type == model.GPE && stateRoles[role(by)] && side(e) == side(by)
	}
	return ownSide(e, by)
}

// withPP extends a noun phrase over the prepositional phrase that
// completes it: "responsibility" → "responsibility for the blast".
func (a *analyzer) withPP(s span) span {
	if s.empty() || s.b >= len(a.toks) {
		return s
	}
	switch a.toks[s.b].Norm {
	case "for", "of", "in", "over", "behind":
	default:
		return s
	}
	_, hi := a.sentBounds(s.a)
	hi = a.trimEnd(s.a, hi)
	if e := a.npAfter(s.b+1, hi); e > s.b+1 {
		s.b = e
	}
	return s
}
