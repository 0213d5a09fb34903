package quote

import (
	"cmp"
	"slices"

	"eventgraph/internal/model"
)

// denialWindow bounds how many earlier claims a denial is compared with, so
// that an article of many denials stays linear.
const denialWindow = 40

// denial is one denial found in the text, before it is linked to claims.
type denial struct {
	by         *model.Entity
	tok        int // the denial verb or adjective
	start, end int // byte span of the denial
	partial    bool
	possessor  *model.Entity // "Sullivan's statements" → Sullivan
	topic      span          // the words that say what is denied
	clause     span          // "denied that C": C
	own        *draft        // the quote the denial sits in, if any
	// anaphor is true when the object names something said without
	// saying whose ("the report", "the claims"): the latest claim is meant.
	anaphor bool
	// accuser is the quote in which another side accuses the denier,
	// when no claim of the text is what is denied.
	accuser *draft
	// strict is true for a speaker's disclaimer inside its own quote
	// ("we had nothing to do with it"), which names no claim: only a
	// claim about the denier's own side, not merely its country, is
	// what it answers.
	strict bool
}

// topicLen is how many tokens after the denial's word its object or clause
// reaches: a second denial in the same sentence ("dismissed the findings
// and called Seoul's accusation absurd") starts after it.
func (dn *denial) topicLen() int {
	end := max(dn.topic.b, dn.clause.b)
	if end <= dn.tok {
		return 1
	}
	return end - dn.tok
}

// findDenials finds denials and marks the claims they answer denied or
// disputed. It runs after emit, on d.Claims.
func (a *analyzer) findDenials() {
	var dens []denial
	for i := 0; i < len(a.toks); i++ {
		if dn, ok := a.denialAt(i); ok {
			dens = append(dens, dn)
			i = max(i, min(a.d.TokenAt(dn.end)-1, dn.tok+dn.topicLen()))
		}
	}
	if len(dens) == 0 {
		return
	}
	l := &linker{a: a, ents: make([][]*model.Entity, len(a.d.Claims)), done: make([]bool, len(a.d.Claims))}
	added := false
	for _, dn := range dens {
		targets := l.targets(&dn)

		if len(targets) == 0 {
			// No claim of the text says what is denied: the denied
			// proposition itself becomes the claim, by its accuser.
			if c, ok := l.denied(&dn); ok {
				a.d.Claims = append(a.d.Claims, c)
				l.ents = append(l.ents, nil)
				l.done = append(l.done, false)
				targets = []int{len(a.d.Claims) - 1}
				added = true
				l.apply(&dn, targets)
				if !dn.partial {
					// The denier denies what is said of itself.
					a.d.Claims[targets[0]].Status = model.ClaimDenied
				}
				if dn.accuser != nil && c.Quote == dn.accuser.id {
					// Each side of a coordinated accuser makes it.
					for _, e := range a.coSpeakers(dn.accuser) {
						s := a.d.Claims[targets[0]]
						s.By, s.DeniedBy = e.Ref(), slices.Clone(s.DeniedBy)
						a.d.Claims = append(a.d.Claims, s)
						l.ents = append(l.ents, nil)
						l.done = append(l.done, false)
					}
				}
				// Later denials search the claims by position: keep
				// them sorted, and point targets at the new place.
				targets = []int{l.resort(c.Start, c.End)}
			}
		} else {
			l.apply(&dn, targets)
		}
		// A quoted negation right after the denial, by the same side
		// ("There hasn't been anything like that," said a spokesman)
		// denies the same claims.
		if dn.own == nil && len(targets) > 0 {
			if q := a.echo(&dn); q != nil && q.ent != dn.by {
				st, en := a.toks[q.first].Start, a.toks[q.last-1].End
				l.apply(&denial{by: q.ent, start: st, end: en, partial: dn.partial}, targets)
			}
		}
	}
	if added {
		a.numberClaims()
	}
}

// denialAt reports whether a denial starts at token i: a denial verb
// ("denied", "rejected the accusation", "dismissed … as"), a verb calling
// something false ("called the report baseless"), "null and void", or a
// quote saying that it is not true.
func (a *analyzer) denialAt(i int) (denial, bool) {
	t := &a.toks[i]
	if t.Kind != model.TokWord {
		return denial{}, false
	}
	lo, hi := a.sentBounds(i)
	hi = a.trimEnd(lo, hi)
	if i >= hi {
		return denial{}, false
	}
	dn := denial{tok: i}
	info, ce, isCue := a.cueAt(i)
	// needObject is set for the verbs that deny only something said
	// ("rejected the accusation", not "rejected the proposal").
	needObject := false
	switch {
	case isCue && info.class == cueDeny:
		// "denied on Thursday that …", "rejected in a statement the …".
		ce = a.skipAdjunct(ce, hi)
		front := false
		if k, ok := a.asFalseFront(ce, hi); ok {
			// "dismissed as “baseless” a report that …": the object
			// follows the fronted "as" phrase.
			ce, front = k, true
		}
		if ce < hi && a.toks[ce].Kind == model.TokQuote {
			ce++ // refuted “any allegation …”
		}
		objEnd := a.npAfter(ce, hi)
		for objEnd < hi && objEnd < ce+3 && objEnd-ce <= 1 && determiners[a.toks[objEnd].Norm] && !pronounObjects[a.toks[objEnd].Norm] {
			objEnd++ // "rejected the figure": npAfter stops at a noun that is also a verb
		}
		for objEnd < hi && objEnd < ce+maxNP && claimNouns[a.toks[objEnd].Norm] && !pronounObjects[a.toks[objEnd].Norm] {
			objEnd++ // "denied Israeli claims": a claim noun is no cue here
		}
		dn.topic = span{ce, max(objEnd, ce)}
		dn.topic = a.withAgent(dn.topic, hi) // "a report by UN experts"
		objEnd = max(objEnd, dn.topic.b)
		if objEnd > ce && objEnd+1 < hi && a.toks[objEnd].Norm == "that" && a.claimObject(dn.topic) {
			// "rejected accusations that C": C is what is denied.
			dn.clause = span{objEnd + 1, a.denialClauseEnd(objEnd+1, hi)}
		}
		if ce+1 < hi && a.demonstrativeAt(ce) {
			dn.topic = span{ce, ce + 2} // "rejected that account": what was just said
		} else if ce < hi && a.toks[ce].Norm == "that" && ce+1 < hi {
			dn.clause = span{ce + 1, a.denialClauseEnd(ce+1, hi)}
			dn.topic = dn.clause
		} else if ce < hi && a.toks[ce].Norm == "that" {
			dn.topic = span{ce, ce + 1} // "X denied that.": what was just said
		} else if t.Norm != "deny" && t.Norm != "denied" && t.Norm != "denies" && t.Norm != "denying" &&
			!a.claimObject(dn.topic) && !front && !a.asFalse(ce, hi) {
			needObject = true
		}
		dn.possessor = a.possessor(a.nounPart(dn))
		dn.anaphor = a.claimObject(dn.topic)
	case partialCues[t.Norm] || (isCue && info.class == cueSay):
		// "called the report baseless", "called a newspaper report that
		// C “lies”", "said it was not true": the object must name
		// something said.
		j := ce0(ce, i)
		for j < hi && j < i+6 && !claimNouns[a.toks[j].Norm] && a.toks[j].Kind == model.TokWord &&
			(determiners[a.toks[j].Norm] || partialCues[t.Norm] && j > ce0(ce, i) && !a.toks[j].Is(model.FlagCap) ||
				a.toks[j].Norm == "'s" || j+1 < hi && a.toks[j+1].Norm == "'s") {
			j++ // "called Seoul's accusation": over a possessor
		}
		if j >= hi || !claimNouns[a.toks[j].Norm] {
			return denial{}, false
		}
		reach := 8
		if partialCues[t.Norm] {
			reach = 40 // the complement follows the whole object: called a report that C “lies”
		}
		k, ok := a.falseWordWithin(j, hi, reach)
		if !ok {
			return denial{}, false
		}
		dn.topic = span{ce0(ce, i), k}
		if j+2 < k && a.toks[j+1].Norm == "that" {
			dn.clause = span{j + 2, a.falseStart(j+2, k)}
		}
		dn.possessor = a.possessor(a.nounPart(dn))
		dn.anaphor = true
	case t.Norm == "null" && i+2 < hi && a.toks[i+1].Norm == "and" && a.toks[i+2].Norm == "void":
		dn.topic = span{lo, i}
	default:
		if d, ok := a.disclaimAt(i, hi); ok {
			return d, true
		}
		return denial{}, false
	}
	for j := max(lo, i-3); j < min(hi, i+6); j++ {
		if partialDeny[a.toks[j].Norm] {
			dn.partial = true
		}
	}
	if a.quoted[i] {
		if needObject {
			return denial{}, false
		}
		dn.own = a.quoteAt(i)
		if dn.own == nil {
			return denial{}, false
		}
		dn.by = dn.own.ent
		dn.start, dn.end = a.toks[dn.own.first].Start, a.toks[dn.own.last-1].End
		return dn, true
	}
	sp := a.subjectBefore(i, lo)
	if sp.empty() || a.resolve(sp, sp.b-1) == nil {
		// "Iran on Friday rejected …": a time adjunct between subject
		// and verb.
		if j := a.skipTimeAdjunct(i, lo); j < i {
			if s2 := a.subjectBefore(j, lo); !s2.empty() {
				sp = s2
			}
		}
	}
	if sp.empty() {
		if q := a.quoteAt(i); q != nil && q.kind == model.QuoteIndirect {
			dn.by, sp = q.ent, q.speaker // "Iran said the report was false"
		}
	} else {
		dn.by = a.resolve(sp, sp.b-1)
		if dn.by == nil {
			dn.by = a.roleDenier(sp, i)
		}
	}
	if isCue && info.class == cueDeny && (dn.topic.empty() || needObject) {
		// "an accusation Minsk rejected", "…, which Moscow denied": the
		// object stands before the subject.
		if r, ok := a.relativeObject(sp, i, lo); ok {
			dn.topic, dn.anaphor, needObject = r, true, false
		}
	}
	if needObject {
		return denial{}, false // "rejected the proposal" is no denial
	}
	dn.by = a.affiliation(dn.by)
	st := lo
	if !sp.empty() && sp.a >= lo && sp.a < i {
		st = sp.a
	}
	dn.start, dn.end = a.toks[st].Start, a.toks[hi-1].End
	return dn, true
}

// skipTimeAdjunct moves left from token i over a short time adjunct
// ("on Friday", "last week", "earlier this month") and returns where it
// starts, or i when there is none.
func (a *analyzer) skipTimeAdjunct(i, lo int) int {
	j := i
	for n := 0; n < 4 && j > lo; n++ {
		t := &a.toks[j-1]
		if adjunctAdverbs[t.Norm] || t.Norm == "on" || t.Norm == "week" || t.Norm == "month" || t.Norm == "year" ||
			t.Norm == "night" || t.Norm == "morning" || t.Norm == "evening" {
			j--
			continue
		}
		break
	}
	if j < i && a.toks[j].Norm != "on" && !adjunctAdverbs[a.toks[j].Norm] {
		return i
	}
	return j
}

func ce0(ce, i int) int {
	if ce > i {
		return ce
	}
	return i + 1
}

// claimObject reports whether the object span names something said: "the
// accusation", "Sullivan's statements", "these claims".
func (a *analyzer) claimObject(s span) bool {
	for j := s.a; j < s.b && j < s.a+6; j++ {
		if claimNouns[a.toks[j].Norm] {
			return true
		}
	}
	return false
}

// asFalse reports whether "as" and a word calling something false follow
// soon after j: "dismissed the report as fabricated".
func (a *analyzer) asFalse(j, hi int) bool {
	for k := j; k < hi && k < j+8; k++ {
		if a.toks[k].Norm == "as" {
			_, ok := a.falseWord(k+1, hi)
			return ok
		}
	}
	return false
}

// falseWord finds, within a few tokens after j, a word that calls something
// false ("baseless", "not true"), and returns the token after it.
func (a *analyzer) falseWord(j, hi int) (int, bool) {
	return a.falseWordWithin(j, hi, 8)
}

// falseWordWithin is falseWord looking reach tokens ahead.
func (a *analyzer) falseWordWithin(j, hi, reach int) (int, bool) {
	for k := j; k < hi && k < j+reach; k++ {
		t := &a.toks[k]
		if a.quoted[k] && !a.quoted[j] {
			// "called the accusation “absurd”": a quoted judgement opening
			// the quotation right after the object
			if denyAdjectives[t.Norm] && k > 0 && a.toks[k-1].Kind == model.TokQuote {
				return k + 1, true
			}
			break
		}
		if denyAdjectives[t.Norm] {
			return k + 1, true
		}
		if (t.Norm == "not" || t.Norm == "n't") && k+1 < hi {
			switch a.toks[k+1].Norm {
			case "true", "correct", "accurate", "factual", "the", "so":
				if a.toks[k+1].Norm == "the" || a.toks[k+1].Norm == "so" {
					if k+2 < hi && a.toks[k+2].Norm == "case" || a.toks[k+1].Norm == "so" {
						return k + 2, true
					}
					continue
				}
				return k + 2, true
			}
		}
	}
	return 0, false
}

// possessor returns the entity whose words a denial's object names:
// "Sullivan's statements", "his remarks".
func (a *analyzer) possessor(s span) *model.Entity {
	for j := s.a; j < s.b; j++ {
		t := &a.toks[j]
		switch {
		case t.Norm == "'s" && j > s.a:
			if m := a.ment[j-1]; m >= 0 {
				return a.mentions[m].e
			}
		case t.Norm == "his" || t.Norm == "her":
			if m := a.ment[j]; m >= 0 {
				return a.mentions[m].e
			}
			return a.nearestPerson(j)
		case (t.Norm == "by" || t.Norm == "from") && j > s.a && claimNouns[a.toks[j-1].Norm] && j+1 < s.b:
			// "a report by UN experts": the agent after the noun.
			for k := j + 1; k < s.b && k < j+5; k++ {
				if m := a.ment[k]; m >= 0 && a.mentions[m].m.Kind != model.MentionPronoun {
					return a.mentions[m].e
				}
			}
		case t.Norm == "their" || t.Norm == "its":
			if m := a.ment[j]; m >= 0 {
				return a.mentions[m].e
			}
		case claimNouns[t.Norm] && !pronounObjects[t.Norm] && j > s.a && !blocWords[a.toks[j-1].Norm]:
			// "Israeli claims", "U.S. allegations": a name, demonym or
			// role noun right before the noun says whose words they are.
			if m := a.ment[j-1]; m >= 0 && a.mentions[m].last == j {
				if a.mentions[m].m.Kind != model.MentionPronoun {
					return a.mentions[m].e
				}
			}
		}
	}
	return nil
}

// pronounObjects are the claim nouns that only point back.
var pronounObjects = set("this", "that", "it", "them", "these", "those")

// blocWords name no single party: "Western accusations", "foreign
// reports"; the accuser is found elsewhere in the article.
var blocWords = set("western", "foreign", "international", "outside", "media", "press")

// quoteAt returns the quote whose content holds token i (the innermost).
func (a *analyzer) quoteAt(i int) *draft {
	k, _ := slices.BinarySearchFunc(a.drafts, i+1, func(q *draft, t int) int { return cmp.Compare(q.first, t) })
	var best *draft
	for j, n := k-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		q := a.drafts[j]
		if q.first <= i && i < q.last && (best == nil || q.last-q.first < best.last-best.first) {
			best = q
		}
	}
	return best
}

// echo returns the direct quote right after a denial that repeats it as a
// negation, said by the denier's side: in the same or the next paragraph,
// within two sentences, its first words negating.
func (a *analyzer) echo(dn *denial) *draft {
	if q := a.nextDirect(dn.tok); q != nil && sameSide(q.ent, dn.by) && a.negating(q) {
		return q
	}
	return nil
}

// nextDirect returns the first direct quote after token tok within two
// sentences, or nil.
func (a *analyzer) nextDirect(tok int) *draft {
	k, _ := slices.BinarySearchFunc(a.drafts, tok+1, func(q *draft, t int) int { return cmp.Compare(q.first, t) })
	si := a.sent[tok]
	for ; k < len(a.drafts); k++ {
		q := a.drafts[k]
		if si < 0 || a.sent[q.first] < 0 || a.sent[q.first]-si > 2 {
			return nil
		}
		if q.kind == model.QuoteDirect {
			return q
		}
	}
	return nil
}

// negating reports whether a quote's first words negate.
func (a *analyzer) negating(q *draft) bool {
	for j := q.first; j < q.last && j < q.first+8; j++ {
		if negations[a.toks[j].Norm] {
			return true
		}
	}
	return false
}

// sameSide reports whether two entities speak for the same side: the same
// entity, or the same country.
func sameSide(x, y *model.Entity) bool {
	if x == nil || y == nil {
		return false
	}
	if x == y || x.ID == y.ID {
		return true
	}
	cx, cy := side(x), side(y)
	return cx != "" && cx == cy
}

// side returns an entity's country: its own, else its actor code's first
// three letters when they name one.
func side(e *model.Entity) string {
	if e.Country != "" {
		return e.Country
	}
	if len(e.Actor) >= 3 {
		switch p := e.Actor[:3]; p {
		case "IGO", "NGO", "IMG", "MNC", "UAF", "GOV", "MIL", "MED", "REB", "OPP", "BUS", "CVL":
			return ""
		default:
			return p
		}
	}
	return ""
}

// linker links denials to claims.
type linker struct {
	a    *analyzer
	ents [][]*model.Entity // entities mentioned in each claim, filled lazily
	done []bool
	byID map[string]*model.Entity
}

// claimEntities returns the entities mentioned inside claim k.
func (l *linker) claimEntities(k int) []*model.Entity {
	if l.done[k] {
		return l.ents[k]
	}
	l.done[k] = true
	c := &l.a.d.Claims[k]
	var out []*model.Entity
	for j := l.a.d.TokenAt(c.Start); j < len(l.a.toks) && l.a.toks[j].Start < c.End; j++ {
		if m := l.a.ment[j]; m >= 0 {
			e := l.a.mentions[m].e
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	l.ents[k] = out
	return out
}

// targets returns the claims a denial answers: those by the possessor its
// object names ("Sullivan's statements"), else the most recent claim that
// shares the most entities with the denial (its denier, its object, its
// clause) and the claims by the same speaker that share any. Claims by the
// denier's own side and the denial's own quote are never targets.
func (l *linker) targets(dn *denial) []int {
	a := l.a
	pos := a.toks[dn.tok].Start
	k, _ := slices.BinarySearchFunc(a.d.Claims, pos, func(c model.Claim, p int) int { return cmp.Compare(c.Start, p) })
	lo := max(0, k-denialWindow)
	eligible := func(c *model.Claim) bool {
		if c.Start <= pos && pos < c.End {
			return false // the denial's own words
		}
		if dn.own != nil && c.Quote == dn.own.id {
			return false
		}
		if c.By != nil && dn.by != nil && (c.By.Entity == dn.by.ID || ownSide(l.entity(c.By.Entity), dn.by)) {
			return false
		}
		return true
	}
	var out []int
	if dn.possessor != nil {
		// The possessor's claims before the denial, and the one its own
		// sentence reports ("denied Israeli claims that C").
		for j := lo; j < len(a.d.Claims) && a.d.Claims[j].Start < dn.end; j++ {
			c := &a.d.Claims[j]
			if c.By != nil && c.By.Entity == dn.possessor.ID && eligible(c) {
				out = append(out, j)
			}
		}
		if len(out) > 0 {
			return out
		}
		// The possessor's claim reported soon after ("India rejected
		// Trudeau's allegation …", then "Trudeau told parliament …");
		// else the denied words become the possessor's claim.
		if !ownSide(dn.possessor, dn.by) {
			para := a.paraOf(dn.tok)
			for j := k; j < len(a.d.Claims) && j < k+denialWindow; j++ {
				c := &a.d.Claims[j]
				if l.paraOfClaim(c)-para > laterParas {
					break
				}
				if c.Start >= dn.end && c.By != nil && c.By.Entity == dn.possessor.ID && eligible(c) &&
					(dn.by == nil || l.shares(j, []*model.Entity{dn.by})) {
					return []int{j}
				}
			}
			if !dn.clause.empty() || a.spanWords(a.withPP(dn.topic)) >= 2 {
				return nil
			}
		}
	}
	para := a.paraOf(dn.tok)
	if l.pointer(dn.topic) {
		// "The junta denied that.": the latest claim of another side in
		// this paragraph or the one before.
		for j := k - 1; j >= lo; j-- {
			c := &a.d.Claims[j]
			if para-l.paraOfClaim(c) > 1 {
				break
			}
			if l.demonstrative(dn.topic) {
				// "The Malian government rejected that account" of Malian
				// officials: a demonstrative names the latest claim, even
				// one of the denier's own side
				if c.Start <= pos && pos < c.End || dn.own != nil && c.Quote == dn.own.id {
					continue
				}
				return []int{j}
			}
			if eligible(c) {
				return []int{j}
			}
		}
	}
	// An accusation against the denier answers the denial, unless a
	// claim about the same parties is more recent; a bare "denied that"
	// points back at what was just said.
	var acc *draft
	if !l.pointer(dn.topic) && (dn.anaphor || !dn.clause.empty() || l.accusationNoun(dn.topic) || dn.strict) {
		acc = a.accusation(dn)
	}
	useAccusation := func() []int {
		if j := l.claimOf(acc); j >= 0 && eligible(&a.d.Claims[j]) {
			return []int{j}
		}
		dn.accuser = acc
		return nil
	}
	topic := l.topic(dn)
	if len(topic) == 0 {
		if acc != nil {
			return useAccusation()
		}
		return nil
	}
	best, bestScore := -1, 0
	scores := make([]int, k-lo)
	for j := lo; j < k; j++ {
		c := &a.d.Claims[j]
		if !eligible(c) {
			continue
		}
		s := 0
		for _, e := range l.claimEntities(j) {
			for _, t := range topic {
				if e == t || !dn.strict && sameSide(e, t) || dn.strict && ownSide(e, t) {
					s++
					break
				}
			}
		}
		scores[j-lo] = s
		if s > 0 && s >= bestScore {
			best, bestScore = j, s
		}
	}
	if acc != nil && (best < 0 || a.d.Claims[best].Start < a.toks[acc.first].Start) {
		return useAccusation()
	}
	if best < 0 && dn.anaphor {
		// "Garcia rejected the claims": the latest claim of another side
		// by a speaker whose side is known within three paragraphs (an
		// accusation comes from a party), else the latest claim of
		// another side in this paragraph or the one before.
		for pass, reach := range [2]int{3, 1} {
			for j := k - 1; j >= lo && best < 0; j-- {
				c := &a.d.Claims[j]
				if !eligible(c) || para-l.paraOfClaim(c) > reach {
					continue
				}
				if pass == 0 && (c.By == nil || side(orEmpty(l.entity(c.By.Entity))) == "") {
					continue
				}
				best = j
			}
		}
	}
	if best < 0 && (dn.anaphor || !dn.clause.empty()) {
		// A lead often reports the denial before the accusation it
		// answers ("X rejected accusations that …", then "Y said …"): the
		// first later claim of another side about the same parties.
		for j := k; j < len(a.d.Claims) && j < k+denialWindow; j++ {
			c := &a.d.Claims[j]
			if l.paraOfClaim(c)-para > laterParas {
				break
			}
			inSentence := a.sent[a.d.TokenAt(c.Start)] == a.sent[dn.tok] && c.Start > a.toks[max(dn.topic.b, dn.clause.b, dn.tok+1)-1].Start
			if c.Start < dn.end && !inSentence || !eligible(c) {
				continue
			}
			if l.shares(j, topic) || inSentence {
				// A claim the denial's own sentence reports after it
				// ("…, a day after X said C") is what is denied.
				return []int{j}
			}
		}
	}
	if best < 0 {
		return nil
	}
	by := a.d.Claims[best].By
	for j := lo; j < k; j++ {
		c := &a.d.Claims[j]
		if j == best || (scores[j-lo] > 0 && by != nil && c.By != nil && c.By.Entity == by.Entity) {
			out = append(out, j)
		}
	}
	return out
}

// laterParas bounds how many paragraphs after a denial the claim it
// answers may stand.
const laterParas = 6

// paraOfClaim returns the paragraph of claim c, or -1.
func (l *linker) paraOfClaim(c *model.Claim) int {
	if c.Sentence < 0 || c.Sentence >= len(l.a.d.Sentences) {
		return -1
	}
	return l.a.d.Sentences[c.Sentence].Para
}

// shares reports whether claim k mentions one of the topic's entities or
// its side.
func (l *linker) shares(k int, topic []*model.Entity) bool {
	for _, e := range l.claimEntities(k) {
		for _, t := range topic {
			if e == t || sameSide(e, t) {
				return true
			}
		}
	}
	return false
}

// accusationWords name an accusation or the guilt it assigns: "denied the
// allegations", "denied responsibility for the attack".
var accusationWords = set("accusation", "accusations", "allegation", "allegations", "charge", "charges",
	"blame", "responsibility", "involvement", "role", "guilt", "wrongdoing", "complicity", "claims",
	"claim", "reports", "report")

// pointer reports whether s is only a word that points back: "denied
// that", "rejected it".
func (l *linker) pointer(s span) bool {
	if l.demonstrative(s) {
		return true
	}
	if s.b-s.a != 1 || !pronounObjects[l.a.toks[s.a].Norm] {
		return false
	}
	_, hi := l.a.sentBounds(s.a)
	return s.b >= l.a.trimEnd(s.a, hi) || l.a.toks[s.b].Kind == model.TokPunct
}

// demonstrativeAt reports whether tokens j, j+1 are a demonstrative and a
// claim noun ending the object: "that account", "those reports".
func (a *analyzer) demonstrativeAt(j int) bool {
	switch a.toks[j].Norm {
	case "that", "this", "those", "these":
	default:
		return false
	}
	if !claimNouns[a.toks[j+1].Norm] || pronounObjects[a.toks[j+1].Norm] {
		return false
	}
	return j+2 >= len(a.toks) || a.toks[j+2].Kind == model.TokPunct || a.toks[j+2].Kind == model.TokQuote
}

// demonstrative reports whether s is "that account", "this claim", "those
// reports": a pointer at what was just said, whoever said it.
func (l *linker) demonstrative(s span) bool {
	return s.b-s.a == 2 && l.a.demonstrativeAt(s.a)
}

// accusationNoun reports whether s names an accusation.
func (l *linker) accusationNoun(s span) bool {
	for j := s.a; j < s.b && j < s.a+6; j++ {
		if accusationWords[l.a.toks[j].Norm] {
			return true
		}
	}
	return false
}

// orEmpty returns e, or an empty entity for nil.
func orEmpty(e *model.Entity) *model.Entity {
	if e == nil {
		return &model.Entity{}
	}
	return e
}

// topic returns the entities a denial is about: the denier and the
// entities its object or clause mentions.
func (l *linker) topic(dn *denial) []*model.Entity {
	var out []*model.Entity
	if dn.by != nil {
		out = append(out, dn.by)
	}
	for j := dn.topic.a; j < dn.topic.b; j++ {
		if m := l.a.ment[j]; m >= 0 {
			if e := l.a.mentions[m].e; !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// entity returns the document's entity with the given id, or nil.
func (l *linker) entity(id string) *model.Entity {
	if l.byID == nil {
		l.byID = make(map[string]*model.Entity, len(l.a.d.Entities))
		for _, e := range l.a.d.Entities {
			if e != nil {
				l.byID[e.ID] = e
			}
		}
	}
	return l.byID[id]
}

// apply records dn on each target claim. The claim is denied when the
// denier is its subject (mentioned in it, or its side is) and the denial is
// not partial; otherwise disputed.
func (l *linker) apply(dn *denial, targets []int) {
	if dn.by == nil {
		// A denial whose author resolves to no entity cannot be reported:
		// denied_by must name an entity.
		return
	}
	var all []int
	for _, k := range targets {
		all = append(all, k)
		all = append(all, l.siblings(k)...)
	}
	for _, k := range all {
		c := &l.a.d.Claims[k]
		if slices.ContainsFunc(c.DeniedBy, func(x model.Denial) bool { return x.By != nil && x.By.Entity == dn.by.ID }) {
			continue // the same side's denial echoed in its own quote
		}
		c.DeniedBy = append(c.DeniedBy, model.Denial{By: dn.by.Ref(), Start: dn.start, End: dn.end})
		status := model.ClaimDisputed
		if !dn.partial && dn.by != nil {
			for _, e := range l.claimEntities(k) {
				if e == dn.by || sameSide(e, dn.by) {
					status = model.ClaimDenied
					break
				}
			}
		}
		if c.Status != model.ClaimDenied {
			c.Status = status
		}
	}
}

// siblings returns the other claims of the same quote and span as claim k:
// those each side of a coordinated subject makes. The claims are sorted by
// position, so they stand next to k.
func (l *linker) siblings(k int) []int {
	cs := l.a.d.Claims
	c := &cs[k]
	if c.Quote == "" {
		return nil
	}
	same := func(j int) bool {
		return cs[j].Start == c.Start && cs[j].End == c.End && cs[j].Quote == c.Quote
	}
	var out []int
	for j := k - 1; j >= 0 && same(j); j-- {
		out = append(out, j)
	}
	for j := k + 1; j < len(cs) && same(j); j++ {
		out = append(out, j)
	}
	return out
}
