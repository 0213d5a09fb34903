package quote

import "eventgraph/internal/model"

// attributeDirect finds the cue and speaker of every direct quote, then
// lets the parts of a multi-paragraph quote share them and gives a quote
// with no cue the speaker of the quotes it continues (“…,” Sullivan said.
// “The first …”).
func (a *analyzer) attributeDirect() {
	for _, q := range a.drafts {
		if q.kind != model.QuoteDirect {
			continue
		}
		a.directFrame(q)
		q.claim = a.assertive(q)
	}
	groupSpeaker := map[int]*draft{}
	for _, q := range a.drafts {
		if q.kind == model.QuoteDirect && q.group >= 0 && !q.speaker.empty() {
			if _, ok := groupSpeaker[q.group]; !ok {
				groupSpeaker[q.group] = q
			}
		}
	}
	var prev *draft
	for _, q := range a.drafts {
		if q.kind != model.QuoteDirect {
			continue
		}
		if q.speaker.empty() && q.ent == nil {
			if g := groupSpeaker[q.group]; q.group >= 0 && g != nil && g != q {
				q.speaker, q.head, q.ent, q.cue, q.inherited = g.speaker, g.head, g.ent, g.cue, true
			} else if prev != nil && q.cue.empty() && (prev.para == q.para || prev.para == q.para-1) {
				q.speaker, q.head, q.ent, q.inherited = prev.speaker, prev.head, prev.ent, true
				if prev.para == q.para {
					q.cue = prev.cue
				}
			}
		}
		if !q.speaker.empty() || q.ent != nil {
			prev = q
		} else if !a.assertive(q) && q.group < 0 || a.words(q, 4) < 4 {
			// A few quoted words with no speaker are a name, a title or
			// a slogan ("Hillblazers"), not a quote.
			q.dropped = true
		}
	}
}

// words counts the words of q's content, stopping at limit.
func (a *analyzer) words(q *draft, limit int) int {
	n := 0
	for j := q.first; j < q.last && n < limit; j++ {
		if a.toks[j].Kind == model.TokWord || a.toks[j].Kind == model.TokNumber {
			n++
		}
	}
	return n
}

// assertive reports whether a direct quote asserts something (and so is a
// claim): not a question, and at least three words.
func (a *analyzer) assertive(q *draft) bool {
	if a.toks[q.last-1].Text == "?" {
		return false
	}
	words := 0
	for j := q.first; j < q.last && words < 3; j++ {
		if a.toks[j].Kind == model.TokWord {
			words++
		}
	}
	return words >= 3
}

// directFrame looks for a direct quote's attribution next to it: a cue right
// before the opening mark ("Sullivan said: “…”", "he added, “…”"), a speaker
// before a colon ("Sullivan: “…”"), then the words right after the closing
// mark ("…,” Sullivan said", "…,” said X"), then a cue a little earlier in
// the sentence ("Sullivan said in a statement on Monday: “…”").
func (a *analyzer) directFrame(q *draft) {
	lo, _ := a.sentBounds(q.open)
	e := q.open
	joined := false
	if e > lo {
		switch a.toks[e-1].Text {
		case ":", ",", "—", "–":
			e--
			joined = true
		}
	}
	if e > lo {
		c := e - 1
		if info, ce, ok := a.cueAt(c); ok && ce == e {
			a.useCue(q, c, ce, info, lo, e)
			return
		}
		if c-1 >= lo {
			if info, ce, ok := a.cueAt(c - 1); ok && ce == e {
				a.useCue(q, c-1, ce, info, lo, e)
				return
			}
		}
		if a.toks[e].Text == ":" {
			for k := e - 1; k >= lo && k >= e-8; k-- {
				if a.toks[k].Kind == model.TokQuote {
					break
				}
				if info, ce, ok := a.cueAt(k); ok {
					a.useCue(q, k, ce, info, lo, e)
					return
				}
			}
			if s := a.npBefore(e, lo); s < e && e-s <= 6 {
				q.cue = span{e, e + 1}
				a.setSpeaker(q, span{s, e}, e-1)
				a.markUsed(q)
				return
			}
		}
	}
	if a.afterFrame(q) {
		return
	}
	if joined {
		for k := e - 1; k >= lo && k >= e-8; k-- {
			if a.toks[k].Kind == model.TokQuote {
				break
			}
			if info, ce, ok := a.cueAt(k); ok {
				a.useCue(q, k, ce, info, lo, e)
				return
			}
		}
	}
}

// afterFrame looks for the attribution after a direct quote's closing mark:
// in the rest of its sentence, or in the next sentence of the paragraph when
// the quote ends its own (“We will win.” Trump said.).
func (a *analyzer) afterFrame(q *draft) bool {
	if q.close < 0 {
		return false
	}
	j := a.markEnd(q.close)
	_, hi := a.sentBounds(q.close)
	if j >= hi && j < len(a.toks) && !a.paraStart(j) && a.toks[j].Kind != model.TokQuote {
		_, hi = a.sentBounds(j)
	}
	hi = min(hi, j+maxNP+6)
	for k := j; k < hi; k++ {
		if a.toks[k].Kind == model.TokQuote {
			hi = k
			break
		}
	}
	for j < hi && (a.toks[j].Text == "," || a.toks[j].Text == "—" || a.toks[j].Text == "–") {
		j++
	}
	if j >= hi {
		return false
	}
	lo := j
	if info, ce, ok := a.cueAt(j); ok {
		// “…,” said X / “…,” according to X
		q.cue = span{j, ce}
		e := a.npAfter(ce, hi)
		if e == ce && info.participle {
			a.setSpeaker(q, a.mainSpeaker(j, j), -1)
		} else {
			a.setSpeaker(q, span{ce, e}, e-1)
		}
		a.markUsed(q)
		return true
	}
	// "X said", "X, the adviser, said", "a spokesman for Disney said",
	// "X (D-Mo.) said": a noun phrase, then appositions between commas or
	// parentheses, then the cue. head is the last word before the first
	// apposition, the name.
	head, appos, paren := -1, false, 0
	for k := j; k < hi; k++ {
		t := &a.toks[k]
		if _, ce, ok := a.cueAt(k); ok && k > lo && !appos && paren == 0 {
			end := a.skipBack(k, lo)
			if end == lo {
				return false
			}
			if head < 0 {
				head = end - 1
			}
			q.cue = span{k, ce}
			a.setSpeaker(q, span{lo, end}, head)
			a.markUsed(q)
			return true
		}
		switch {
		case t.Text == "(":
			paren++
			if head < 0 && k > lo {
				head = k - 1
			}
		case t.Text == ")" && paren > 0:
			paren--
		case paren > 0:
		case t.Text == ",":
			if k == lo {
				return false
			}
			if head < 0 {
				head = k - 1
			}
			appos = !appos
			if appos && k+1 < hi {
				// ", 20, a student," and ", said" both end here.
				if _, _, ok := a.cueAt(k + 1); ok {
					appos = false
				}
			}
		case appos:
			if isTerminal(t) {
				return false
			}
		case a.npToken(k) || preCueSkip[t.Norm]:
		case afterPreps[t.Norm] && k > lo && k+1 < hi && (a.toks[k+1].Is(model.FlagCap) || determiners[a.toks[k+1].Norm]):
			// "a spokesman for Disney said"
		default:
			return false
		}
	}
	return false
}

// afterPreps may join a speaker's noun phrase after a direct quote when a
// name or a determiner follows: "a spokesman for Disney said".
var afterPreps = set("for", "at", "from", "with", "in", "of")

// isTerminal reports whether t ends a sentence.
func isTerminal(t *model.Token) bool {
	if t.Kind != model.TokPunct {
		return false
	}
	switch t.Text {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// useCue sets q's cue to tokens [c, ce) and finds its speaker within the
// sentence [lo, hi).
func (a *analyzer) useCue(q *draft, c, ce int, info cueInfo, lo, hi int) {
	q.cue = span{c, ce}
	switch {
	case info.class == cueAccording:
		e := a.npAfter(ce, hi)
		a.setSpeaker(q, span{ce, e}, e-1)
	case info.participle:
		a.setSpeaker(q, a.mainSpeaker(c, lo), -1)
	default:
		if s := a.subjectBefore(c, lo); !s.empty() {
			a.setSpeaker(q, s, s.b-1)
		} else if e := a.npAfter(ce, hi); e > ce {
			a.setSpeaker(q, span{ce, e}, e-1)
		}
	}
	a.markUsed(q)
}

// markUsed keeps the indirect pass off the cue and speaker of a direct quote.
func (a *analyzer) markUsed(q *draft) {
	for j := q.cue.a; j < q.cue.b; j++ {
		a.used[j] = true
	}
	for j := q.speaker.a; j < q.speaker.b; j++ {
		a.used[j] = true
	}
}

// mainSpeaker returns the subject of the clause a participle cue at token c
// hangs on ("the daily wrote, adding …", "Sullivan …, saying …"): the
// speaker of an earlier cue in the sentence, else the first entity mention
// of the sentence, else a pronoun opening it.
func (a *analyzer) mainSpeaker(c, lo int) span {
	slo, _ := a.sentBounds(c)
	lo = min(lo, slo)
	for k := c - 1; k >= lo; k-- {
		if a.quoted[k] {
			continue
		}
		if info, _, ok := a.cueAt(k); ok && !info.participle && info.class != cueAccording {
			if s := a.subjectBefore(k, lo); !s.empty() {
				return s
			}
		}
	}
	for k := lo; k < c; k++ {
		if m := a.ment[k]; m >= 0 && !a.quoted[k] {
			r := &a.mentions[m]
			return span{max(r.first, lo), min(r.last, c)}
		}
	}
	if pronouns[a.toks[lo].Norm] {
		return span{lo, lo + 1}
	}
	if e := a.npAfter(lo, c); e > lo && e-lo <= 4 {
		return span{lo, e}
	}
	return span{}
}
