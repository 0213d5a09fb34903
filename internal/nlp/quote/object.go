package quote

import (
	"cmp"
	"slices"

	"eventgraph/internal/model"
)

// intensifiers may stand inside a fronted "as" phrase: "dismissed as
// completely baseless", "rejected as “absurd and motivated”".
var intensifiers = set("and", "completely", "totally", "utterly", "entirely", "politically", "motivated",
	"news", "malicious", "irresponsible", "unacceptable", "preposterous", "outrageous")

// asFalseFront reads a fronted "as" phrase that calls the object false,
// right at token j: "dismissed as “baseless” a report", "rejected as
// fake news reports that …". It returns the token after the phrase, where
// the object starts. The phrase is a quotation whose words call something
// false, or a run of such words.
func (a *analyzer) asFalseFront(j, hi int) (int, bool) {
	if j+1 >= hi || a.toks[j].Norm != "as" {
		return 0, false
	}
	k := j + 1
	if a.toks[k].Kind == model.TokQuote {
		found := false
		for m := k + 1; m < hi && m < k+10; m++ {
			t := &a.toks[m]
			if t.Kind == model.TokQuote {
				if !found {
					return 0, false
				}
				return m + 1, true
			}
			if denyAdjectives[t.Norm] || negations[t.Norm] {
				found = true
			}
		}
		return 0, false
	}
	if !denyAdjectives[a.toks[k].Norm] {
		return 0, false
	}
	for k < hi && k < j+6 && (denyAdjectives[a.toks[k].Norm] || intensifiers[a.toks[k].Norm]) {
		k++
	}
	return k, true
}

// withAgent extends a denied noun phrase that names something said over
// the agent that said it: "a report by UN experts", "allegations from
// the opposition", "accusations made by Kyiv".
func (a *analyzer) withAgent(s span, hi int) span {
	if s.empty() || s.b >= hi || !a.claimObject(s) {
		return s
	}
	j := s.b
	if a.toks[j].Norm == "made" || a.toks[j].Norm == "published" || a.toks[j].Norm == "issued" {
		j++
	}
	if j >= hi || (a.toks[j].Norm != "by" && a.toks[j].Norm != "from") {
		return s
	}
	if e := a.npAfter(j+1, hi); e > j+1 {
		s.b = e
	}
	return s
}

// denialClauseEnd returns where a denied clause that starts at j ends:
// where clauseEnd ends a frame's content, or at a comma that opens a new
// predicate of the denier (", and said …", ", and ordered …") or a time
// clause (", a day after X said …").
func (a *analyzer) denialClauseEnd(j, hi int) int {
	hi = a.clauseEnd(j, hi)
	for k := j + 1; k+1 < hi; k++ {
		if a.toks[k].Text != "," {
			continue
		}
		n := a.toks[k+1].Norm
		switch {
		case n == "after" || n == "before" || n == "which" || n == "when":
			return k
		case (n == "a" || n == "days" || n == "hours" || n == "weeks") && k+3 < hi &&
			(a.toks[k+2].Norm == "after" || a.toks[k+3].Norm == "after"):
			return k
		case n == "and" && k+2 < hi:
			if _, _, ok := a.cueAt(k + 2); ok || isPastVerb(&a.toks[k+2]) {
				return k
			}
		}
	}
	return hi
}

// isPastVerb guesses a past-tense verb by its ending: "ordered",
// "summoned".
func isPastVerb(t *model.Token) bool {
	n := len(t.Norm)
	return t.Kind == model.TokWord && !t.Is(model.FlagCap) && n > 4 && t.Norm[n-2:] == "ed"
}

// falseStart returns where the words calling a clause false begin, for a
// clause [j, end) that ends with them: "that the army spied on him
// “lies”" → before the quotation mark.
func (a *analyzer) falseStart(j, end int) int {
	k := end
	for k > j && (denyAdjectives[a.toks[k-1].Norm] || intensifiers[a.toks[k-1].Norm] ||
		a.toks[k-1].Kind == model.TokQuote || a.toks[k-1].Norm == "as") {
		k--
	}
	return k
}

// relativeObject finds the object of a denial verb that stands before its
// subject: a claim noun the subject follows ("an accusation Minsk
// rejected", "the claims, which the ministry denied") or a relative
// pronoun after a comma (", which Moscow denied"), pointing at what was
// just said. It returns the noun (or the pronoun) as the topic.
func (a *analyzer) relativeObject(sp span, verb, lo int) (span, bool) {
	start := verb
	if !sp.empty() {
		start = sp.a
	}
	// A claim noun opening the subject span itself: "an accusation Minsk".
	for j := start; j < verb && j < start+3; j++ {
		if claimNouns[a.toks[j].Norm] && !pronounObjects[a.toks[j].Norm] {
			if a.ment[j] < 0 && j+1 < verb && a.ment[j+1] >= 0 {
				return span{j, j + 1}, true
			}
		}
	}
	j := start - 1
	if j >= lo && (a.toks[j].Norm == "which" || a.toks[j].Norm == "that") {
		if j-1 >= lo && claimNouns[a.toks[j-1].Norm] && !pronounObjects[a.toks[j-1].Norm] {
			return span{j - 1, j}, true
		}
		if j-1 >= lo && a.toks[j-1].Text == "," && a.toks[j].Norm == "which" {
			return span{j, j + 1}, true
		}
		return span{}, false
	}
	if j >= lo && claimNouns[a.toks[j].Norm] && !pronounObjects[a.toks[j].Norm] {
		return span{j, j + 1}, true
	}
	return span{}, false
}

// nounPart returns the part of a denial's topic before its clause: the
// noun phrase whose possessor says whose words are denied ("Trudeau's
// allegation" in "Trudeau's allegation that C"). A topic that is all
// clause has none, since a name inside the clause is not its author.
func (a *analyzer) nounPart(dn denial) span {
	s := dn.topic
	if !dn.clause.empty() && dn.clause.a >= s.a && dn.clause.a <= s.b {
		s.b = dn.clause.a
	}
	return s
}

// resort sorts the claims by position again after one was appended,
// drops the linker's per-claim memo and returns the new index of the
// claim spanning [start, end).
func (l *linker) resort(start, end int) int {
	a := l.a
	slices.SortStableFunc(a.d.Claims, func(x, y model.Claim) int {
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		return cmp.Compare(y.End, x.End)
	})
	l.ents = make([][]*model.Entity, len(a.d.Claims))
	l.done = make([]bool, len(a.d.Claims))
	for k := range a.d.Claims {
		if a.d.Claims[k].Start == start && a.d.Claims[k].End == end {
			return k
		}
	}
	return len(a.d.Claims) - 1
}

// denierOfPartial gives a partial quote that a denial verb calls its
// object ("dismissed as “baseless” a report", "an accusation Minsk
// rejected as “absurd”") the denial verb's subject as speaker, even
// inside another side's reported clause. It reports whether it did.
func (a *analyzer) denierOfPartial(q *draft) bool {
	k := q.open - 1
	if k < 1 || a.toks[k].Norm != "as" {
		return false
	}
	k--
	info, _, ok := a.cueAt(k)
	if !ok || info.class != cueDeny {
		return false
	}
	lo, _ := a.sentBounds(k)
	sp := a.subjectBefore(k, lo)
	if sp.empty() || a.resolve(sp, sp.b-1) == nil {
		if j := a.skipTimeAdjunct(k, lo); j < k {
			if s2 := a.subjectBefore(j, lo); !s2.empty() {
				sp = s2
			}
		}
	}
	if sp.empty() || a.resolve(sp, sp.b-1) == nil {
		return false
	}
	q.cue = span{k, k + 1}
	a.setSpeaker(q, sp, sp.b-1)
	return true
}
