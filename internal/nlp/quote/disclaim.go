package quote

import "eventgraph/internal/model"

// disclaimNouns follow "no" in a speaker's denial of a part in something:
// "no role in", "there is no truth to".
var disclaimNouns = set("truth", "involvement", "role", "part", "link", "links", "connection",
	"connections", "responsibility", "basis")

// disclaimAdjectives follow "not" in a denial of a part: "is not
// responsible for", "were not involved in".
var disclaimAdjectives = set("responsible", "involved", "behind", "guilty", "complicit")

// negAux are the auxiliaries of a past or present action that a speaker
// denies having done: "we did not", "I have never", "the army does not".
// Modals are missing on purpose: "we will not back down" is a refusal.
var negAux = set("did", "do", "does", "have", "has", "had", "is", "are", "was", "were", "am")

// disclaimAt reports whether a speaker denies, inside its own quote, a
// part in what another side says at token i: a disclaimer ("Russia had
// nothing to do with the crisis", "there is no truth to the reports",
// "Turkey is not responsible for this attack") or a negated action of the
// speaker itself ("‘We have never used the software,’ the minister said",
// "he said he had never known about it"). The quote's speaker is the
// denier and what follows the negation is the topic.
func (a *analyzer) disclaimAt(i, hi int) (denial, bool) {
	end, ok := a.disclaimer(i, hi)
	if !ok {
		end, ok = a.selfNegation(i, hi)
	}
	if !ok {
		return denial{}, false
	}
	q := a.quoteAt(i)
	if q != nil && q.kind == model.QuotePartial {
		// “nothing to do” inside "said Russia had … with it": the
		// reported clause around the partial quote is the speaker's.
		if p := a.enclosing(q); p != nil {
			q = p
		}
	}
	if q == nil || q.ent == nil || i < q.first || i >= q.last {
		return denial{}, false
	}
	dn := denial{tok: i, by: a.affiliation(q.ent), own: q, strict: true}
	dn.topic = span{end, min(a.denialClauseEnd(end, min(hi, q.last)), q.last)}
	if dn.topic.empty() {
		dn.topic = span{end, end}
	}
	dn.start, dn.end = a.toks[q.first].Start, a.toks[q.last-1].End
	return dn, true
}

// disclaimer matches a phrase that disclaims a part at token i and
// returns the token after it. Quotation marks inside the phrase are
// skipped: “nothing to do” with.
func (a *analyzer) disclaimer(i, hi int) (int, bool) {
	words := func(k int, ws ...string) (int, bool) {
		for _, w := range ws {
			for k < hi && a.toks[k].Kind == model.TokQuote {
				k++
			}
			if k >= hi || a.toks[k].Norm != w {
				return 0, false
			}
			k++
		}
		for k < hi && a.toks[k].Kind == model.TokQuote {
			k++
		}
		return k, true
	}
	t := &a.toks[i]
	switch t.Norm {
	case "nothing":
		return words(i, "nothing", "to", "do", "with")
	case "no":
		if i+1 < hi && disclaimNouns[a.toks[i+1].Norm] {
			return words(i, "no", a.toks[i+1].Norm)
		}
	case "not", "n't":
		if i > 0 && beForms[a.toks[i-1].Norm] && i+1 < hi && disclaimAdjectives[a.toks[i+1].Norm] {
			return i + 2, true
		}
	}
	return 0, false
}

// selfNegation matches a negated action whose subject is the speaker: "we
// did not ask", "I have never used", "he had never known" (in indirect
// speech), "the army does not spy". Token i is the negation; it returns
// the token after the negated verb.
func (a *analyzer) selfNegation(i, hi int) (int, bool) {
	t := &a.toks[i]
	if t.Norm != "not" && t.Norm != "n't" && t.Norm != "never" {
		return 0, false
	}
	q := a.quoteAt(i)
	if q == nil || q.ent == nil || q.kind == model.QuotePartial {
		return 0, false
	}
	// The auxiliary: "did not", "have never", "had never"; "never"
	// may stand alone ("we never asked").
	j := i
	if j > q.first && negAux[a.toks[j-1].Norm] {
		j--
	} else if t.Norm != "never" {
		return 0, false
	}
	if j <= q.first {
		return 0, false
	}
	s := j - 1
	if !a.speakerSubject(q, s) {
		return 0, false
	}
	if s > q.first {
		switch a.toks[s-1].Norm {
		case ",", "and", "that", ";", ".", "but":
		default:
			if a.toks[s-1].Kind != model.TokQuote {
				return 0, false
			}
		}
	}
	v := i + 1
	if v >= hi || v >= q.last || a.toks[v].Kind != model.TokWord {
		return 0, false
	}
	aux := a.toks[j].Norm
	n := a.toks[v].Norm
	switch {
	case aux == "is" || aux == "are" || aux == "was" || aux == "were" || aux == "am":
		if len(n) < 5 || n[len(n)-3:] != "ing" {
			return 0, false // "we are not afraid"
		}
	case aux == "do" || aux == "does":
		// "we do not spy", present habit; "we do not want war" is no
		// denial of an act, so the verb must not be one of wanting.
		if intentVerbs0[n] {
			return 0, false
		}
	}
	return v + 1, true
}

// intentVerbs0 are the bare verbs of wanting and intending that a
// negation turns into a refusal, not a denial.
var intentVerbs0 = set("want", "need", "intend", "plan", "seek", "wish", "accept", "agree", "allow",
	"believe", "think", "know", "see", "expect")

// speakerSubject reports whether token s, the subject of a negated verb
// in quote q, is its speaker: "I" or "we", in indirect speech also "he",
// "she", "it" or "they", or a mention of the speaker's own side ("the
// army does not …" said by the army).
func (a *analyzer) speakerSubject(q *draft, s int) bool {
	n := a.toks[s].Norm
	switch n {
	case "i", "we":
		return true
	case "he", "she", "it", "they":
		return q.kind == model.QuoteIndirect
	}
	if m := a.ment[s]; m >= 0 {
		e := a.mentions[m].e
		return e == q.ent || ownSide(e, q.ent) || ownSide(e, a.affiliation(q.ent))
	}
	return false
}

// enclosing returns the indirect quote of the same sentence that holds
// partial quote q, or nil.
func (a *analyzer) enclosing(q *draft) *draft {
	var best *draft
	for _, p := range a.drafts {
		if p != q && p.kind == model.QuoteIndirect && p.first <= q.first && q.last <= p.last &&
			(best == nil || p.last-p.first < best.last-best.first) {
			best = p
		}
	}
	return best
}
