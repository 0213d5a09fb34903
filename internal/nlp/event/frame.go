package event

import (
	"sort"
	"strings"

	"eventgraph/internal/model"
)

// Clause frames: who does what to whom, found by position.

// window bounds every scan for an actor, time or cue, in tokens, so that
// run-on "sentences" (tables, lists) cost linear time.
const window = 48

// chainGap reports whether the tokens in [a, b) may sit between two mentions
// of one noun phrase ("Iranian President Ebrahim Raisi", "Russia's UN
// ambassador").
func (r *runner) chainGap(st *sent, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for j := a; j < b; j++ {
		t := r.tok(j)
		n := t.Norm
		if n == "'s" || n == "’s" {
			continue
		}
		if n == "of" && j > a && j+1 < b && r.tok(j-1).Is(model.FlagCap) && r.tok(j+1).Is(model.FlagCap) {
			continue // "Secretary of State"
		}
		if t.Kind != model.TokWord || prepositions[n] || subordinators[n] || n == "and" || n == "or" ||
			n == "but" || determiners[n] || modals[n] || beForms[n] || haveForms[n] || st.isVrb[j-st.s.First] {
			return false
		}
		if !t.Is(model.FlagCap) {
			// a lowercase word that may be a verb ends the noun phrase: "Ghana urged Benin"
			if _, ok := r.dict.forms[n]; ok || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "'s") && len(n) > 3 && r.at[j] == 0 && !titleWords[n] {
				return false
			}
		}
	}
	return true
}

// chainEnd extends the mention at token j rightwards over adjacent mentions
// of the same noun phrase; it returns the head mention (the last) and the
// token after it.
func (r *runner) chainEnd(st *sent, j, lim int) (head *mref, end int) {
	head = r.mentionAt(j)
	end = head.last
	for {
		k := end
		for k < lim && k < end+4 && r.at[k] == 0 {
			k++
		}
		if k >= lim || r.at[k] == 0 || !r.chainGap(st, end, k) {
			return head, end
		}
		head = r.mentionAt(k)
		if head.last <= end {
			return head, end
		}
		end = head.last
	}
}

// chainStart extends the mention at token j leftwards and returns the first
// token of its noun phrase.
func (r *runner) chainStart(st *sent, j, lo int) int {
	m := r.mentionAt(j)
	start := m.first
	for {
		k := start - 1
		for k >= lo && k > start-5 && r.at[k] == 0 {
			k--
		}
		if k < lo || r.at[k] == 0 || !r.chainGap(st, k+1, start) {
			return start
		}
		pm := r.mentionAt(k)
		if pm.first >= start {
			return start
		}
		start = pm.first
	}
}

// inPP reports whether the noun phrase starting at token cs is the object of
// a preposition ("the governor of the Moscow region", "rebels in Yemen").
func (r *runner) inPP(cs, lo int) bool {
	return r.ppStart(cs, lo) >= 0
}

// ppStart returns the preposition that governs the noun phrase starting at
// cs (see inPP), or -1. The second conjunct of "to Tel Aviv and Gaza" is
// governed by the preposition of the first.
func (r *runner) ppStart(cs, lo int) int {
	if k := r.ppStart1(cs, lo); k >= 0 {
		return k
	}
	k := cs - 1
	if r.norm(k) == "the" {
		k--
	}
	if k-1 >= lo && (r.norm(k) == "and" || r.norm(k) == "or") && r.at[k-1] != 0 {
		// not "after Israel and Hamas agreed": a subordinator's clause
		if p := r.ppStart1(r.mentionAt(k-1).first, lo); p >= 0 && !subordinators[r.norm(p)] {
			return p
		}
	}
	return -1
}

func (r *runner) ppStart1(cs, lo int) int {
	k := cs - 1
	for n := 0; k >= lo && n < 3; n++ {
		w := r.norm(k)
		if prepositions[w] {
			break
		}
		t := r.tok(k)
		if determiners[w] || t.Kind == model.TokWord && !pronouns[w] && w != "and" && w != "or" && r.at[k] == 0 {
			k--
			continue
		}
		break
	}
	if k >= lo && prepositions[r.norm(k)] {
		if r.titleOf(k, cs) {
			return -1
		}
		// "After the attack New Delhi suspended …": a clause-opening
		// phrase ends at its noun; the name after it is the subject
		if k == lo && cs-1 > k && !determiners[r.norm(cs-1)] && (!r.tok(cs-1).Is(model.FlagCap) || r.isTime(cs-1)) &&
			(cs-2 == k || determiners[r.norm(cs-2)] && cs-3 == k) {
			return -1 // also "On Friday Beijing announced"
		}
		return k
	}
	return -1
}

// titleOf reports whether the "of" at k belongs to a capitalised title
// before a name ("Secretary of State Victoria Nuland", "Minister of
// Defence X"): the words around it are all capitalised.
func (r *runner) titleOf(k, cs int) bool {
	if r.norm(k) != "of" || k+1 >= cs || !r.tok(k-1).Is(model.FlagCap) || r.at[k-1] != 0 {
		return false
	}
	for j := k + 1; j < cs; j++ {
		if t := r.tok(j); t.Kind != model.TokWord || !t.Is(model.FlagCap) {
			return false
		}
	}
	return true
}

// leftActors finds the nearest actor noun phrase ending at or before from
// (inside [lo, from]), outside prepositional phrases, with the actors
// coordinated to it ("the US and Britain"). It returns head mentions.
//
// When the only actor is in an "of", "in" or "from" phrase of the subject
// ("Opponents of Rwanda's Senate protested", "a court in Guyana issued"),
// that actor stands for it.
func (r *runner) leftActors(st *sent, from, lo int, out []*mref) []*mref {
	lo = max(lo, from-window)
	var ofActor *mref
	verbBetween := false // a verb between: the phrase belongs to its object
	for j := from; j >= lo; j-- {
		if r.at[j] == 0 {
			if st.isVrb[j-st.s.First] {
				verbBetween = true
			}
			continue
		}
		cs := r.chainStart(st, j, lo)
		// "… after Hezbollah fired": a subordinator, not a preposition,
		// when the noun phrase is followed by the verb group.
		clauseSubj := subordinators[r.norm(cs-1)] && r.groupOnly(r.mentionAt(j).last, from+1)
		if !clauseSubj && r.inPP(cs, lo) || r.norm(cs-1) == "according" {
			if pp := r.norm(r.ppStart(cs, lo)); (pp == "of" || pp == "in" || pp == "from") && ofActor == nil && !verbBetween {
				ofActor = r.mentionAt(j)
			}
			j = cs
			continue
		}
		out = append(out, r.ofCountry(st, r.mentionAt(j), from+1))
		// coordinated: "X and Y", "X, Y and Z", "X, Y, and Z". Scanning
		// leftwards the first link is "and"; commas come after it.
		sawAnd := false
		for k := cs - 1; k > st.s.First; {
			if r.norm(k) == "the" {
				k--
			}
			w := r.norm(k)
			if w != "and" && w != "&" && !(w == "," && sawAnd) {
				break
			}
			p := k - 1
			serial := false
			if w != "," && r.norm(p) == "," {
				p-- // "X, Y, and Z"
				serial = true
			}
			if r.norm(p) == "the" {
				p--
			}
			if p < st.s.First || r.at[p] == 0 {
				break
			}
			ps := r.chainStart(st, p, st.s.First)
			if serial && r.norm(ps-1) != "," && !(r.norm(ps-1) == "the" && r.norm(ps-2) == ",") {
				break // ", and" joins clauses here, not a list
			}
			sawAnd = true
			out = append(out, r.mentionAt(p))
			k = ps - 1
		}
		return out
	}
	if ofActor != nil {
		out = append(out, ofActor)
	}
	return out
}

// groupOnly reports whether [a, b) holds only auxiliaries, modals,
// negations and adverbs of a verb group.
func (r *runner) groupOnly(a, b int) bool {
	for k := a; k < b; k++ {
		w := r.norm(k)
		if !(modals[w] || beForms[w] || haveForms[w] || doForms[w] || negations[w] || groupAdverbs[w]) {
			return false
		}
	}
	return true
}

// subjectOf returns the subject actors of the verb or light verb at token at.
func (r *runner) subjectOf(st *sent, at int, depth int) []*mref {
	si := st.segAt(at)
	sg := st.segs[si]
	// "X met Y and signed …": the second verb shares the first one's subject.
	p := at - 1
	// "and on Wednesday appealed": a time of the verb's own stands between
	for p >= sg.start && (modals[r.norm(p)] || beForms[r.norm(p)] || haveForms[r.norm(p)] || groupAdverbs[r.norm(p)] || negations[r.norm(p)] ||
		r.isTime(p) || (r.norm(p) == "on" || r.norm(p) == "in") && r.isTime(p+1)) {
		p--
	}
	conj := p >= sg.start && (r.norm(p) == "and" || r.norm(p) == "or" || r.norm(p) == "but")
	if p < sg.start && (sg.opener == "and" || sg.opener == "but" || sg.opener == "or") {
		conj = true
	}
	// "X criticized Y and threatened to block Z": the infinitive's subject
	// is its controlling verb's.
	if p >= sg.start && r.norm(p) == "to" && depth < 3 {
		if q := r.prevWord(p, sg.start); q >= 0 && st.isVrb[q-st.s.First] || q >= 0 && controlVerbs[r.norm(q)] {
			if r.at[q] == 0 {
				return r.subjectOf(st, q, depth+1)
			}
		}
	}
	// ", killing eight people": a participle clause shares the main subject;
	// so does a verb opening a comma segment in a list of predicates ("New
	// Delhi suspended the treaty, expelled advisers and closed the border").
	if p < sg.start && sg.opener == "," && (strings.HasSuffix(r.norm(at), "ing") ||
		si > 0 && !r.apposition(st.segs[si-1]) && !r.nameSegment(st.segs[si-1])) {
		conj = true
	}
	if conj && depth < 3 {
		k := sort.Search(len(st.verbs), func(k int) bool { return st.verbs[k].at >= p }) - 1
		// "X said that Y would …, and warned …": the first conjunct is the
		// main clause's verb, not one inside a subordinate clause.
		for j := k; j >= 0 && st.verbs[j].at >= p-window; j-- {
			if vs := st.verbs[j].seg; vs == si || !st.segs[vs].hard {
				k = j
				break
			}
		}
		// "asked X to urge Y to act and warned …": the conjunct of the
		// finite verb, not of an infinitive it governs.
		for k > 0 && st.verbs[k].seg == st.verbs[k-1].seg && r.norm(r.prevWord(st.verbs[k].at, st.segs[st.verbs[k].seg].start)) == "to" {
			k--
		}
		if k >= 0 && st.verbs[k].at >= p-window {
			return r.subjectOf(st, st.verbs[k].at, depth+1)
		}
	}
	if sg.opener == "who" || sg.opener == "which" {
		// a relative clause: the subject is the antecedent before the comma.
		e := sg.start - 1
		for e >= st.s.First && (r.norm(e) == "," || r.norm(e) == "(") {
			e--
		}
		if e >= st.s.First && r.at[e] != 0 {
			return []*mref{r.mentionAt(e)}
		}
		return nil
	}
	if out := r.leftActors(st, at-1, sg.start, nil); len(out) > 0 {
		return out
	}
	// Look across soft boundaries, skipping appositions, relative clauses
	// and "according to" phrases.
	if sg.hard {
		return nil
	}
	for k, hops := si-1, 0; k >= 0 && hops < 4; k, hops = k-1, hops+1 {
		prev := st.segs[k]
		if r.apposition(prev) {
			continue
		}
		if out := r.leftActors(st, prev.end-1, prev.start, nil); len(out) > 0 {
			if k > 0 && r.nameSegment(prev) {
				// "Hun Manet and Thailand's acting premier, Phumtham
				// Wechayachai, shook hands": the first conjunct before the title
				if m := r.conjunctBeforeTitle(st.segs[k-1]); m != nil && m.ent != out[0].ent {
					out = append(out, m)
				}
			}
			return out
		}
		if prev.hard {
			break
		}
	}
	return nil
}

// conjunctBeforeTitle returns X in a segment ending "X and <title>" (the
// title of a name in apposition after it: "Hun Manet and Thailand's acting
// premier"), or nil. The title holds no verb and at most one possessive name.
func (r *runner) conjunctBeforeTitle(sg clause) *mref {
	for j := sg.end - 1; j > sg.start && j > sg.end-8; j-- {
		if r.tok(j).Kind == model.TokPunct {
			continue
		}
		if r.norm(j) == "and" {
			if m := r.mentionAt(j - 1); m != nil && m.known() {
				return m
			}
			return nil
		}
		if r.at[j] != 0 {
			if m := r.mentionAt(j); m == nil || r.norm(m.last) != "'s" && r.norm(m.last) != "’s" {
				return nil // a name of its own, not a possessive in the title
			}
			j = r.mentionAt(j).first
		}
	}
	return nil
}

// nameSegment reports whether a comma segment holds one name and nothing
// else: ", Kang Chol," in "North Korea's ambassador, Kang Chol, dismissed",
// the subject of the verb after it.
func (r *runner) nameSegment(sg clause) bool {
	a, b := sg.start, sg.end
	for a < b && r.tok(a).Kind == model.TokPunct {
		a++
	}
	for b > a && r.tok(b-1).Kind == model.TokPunct {
		b--
	}
	if sg.opener != "," || a >= b || r.at[a] == 0 {
		return false
	}
	m := r.mentionAt(a)
	return m != nil && m.first == a && m.last >= b
}

// apposition reports whether a segment is one to skip when looking for a
// subject: ", the governor of the region,", ", who …", "according to …",
// "(unseen)".
func (r *runner) apposition(sg clause) bool {
	switch sg.opener {
	case "who", "which", "according", "(", ")":
		return true
	case ",":
		w := r.norm(sg.start)
		// ", speaking in Phnom Penh,": a participle phrase
		return determiners[w] && w != "'s" || r.tok(sg.start).Kind == model.TokNumber ||
			len(w) > 5 && strings.HasSuffix(w, "ing") && r.at[sg.start] == 0
	}
	return false
}

// targetScan is what the words after a verb hold.
type targetScan struct {
	targets []*mref
	agents  []*mref // "by X"
	place   *mref
	prep    string // the preposition before the target
	// placeTarget is the place named after "in"/"at", a target only for
	// material conflict ("attacked positions in Syria").
	placeTarget *mref
	fromAgent   *mref // "fired at X from Y": the source of a passive without "by"
}

// targetsAfter scans [from, lim) for the verb's target: the first actor
// that is not the object of a place or agent preposition. pref, if set, is
// the preposition a matched pattern names: an actor after it wins.
//
// An actor that only modifies a noun the pattern matched ("used Iranian
// drones") names the thing's origin, not the target; heads lists those nouns.
func (r *runner) targetsAfter(st *sent, from, lim int, pref string, heads []int) targetScan {
	var ts targetScan
	var fallback []*mref
	lim = min(lim, from+window)
	var fbPrep string
	var demFallback *mref
	last := ""
	// "opened fire on and seized X": the conjoined verb's object is shared.
	if k := from; r.norm(k) == "on" || r.norm(k) == "at" || r.norm(k) == "with" {
		if r.norm(k+1) == "and" && k+2 < lim && st.isVrb[k+2-st.s.First] {
			if v := st.verbAt(k + 2); v != nil {
				from = v.end
			}
		}
	}
	reduced := false // passed "positions held by": the agent owns the object
	for j := from; j < lim; j++ {
		t := r.tok(j)
		n := t.Norm
		if r.at[j] == 0 {
			if prepositions[n] || n == "according" {
				last = n
			} else if j > from && st.isVrb[j-st.s.First] && r.norm(j-1) != "to" {
				if v := st.verbAt(j); v != nil && v.reduced {
					reduced = true
					continue
				}
				break
			} else if n == "that" || n == "who" || n == "which" || n == "whether" || clauseBreaks[n] && j > from && r.clauseAfter(j+1) {
				break // "signed deals as Biden rolled out the red carpet": another clause
			} else if _, ok := r.dict.nouns[n]; ok && j > from && !r.consumed[j] && t.Kind == model.TokWord && !st.isVrb[j-st.s.First] {
				break // "used drones for attacks against X": X is the attacks' target
			}
			continue
		}
		head, end := r.chainEnd(st, j, lim)
		if r.modifies(end, heads) || r.possessorOfRequest(end) {
			j = end - 1
			continue
		}
		if head.kind == model.MentionDemonym && end < len(r.at) && r.at[end] == 0 && thingNouns[r.norm(end)] && len(ts.targets) == 0 && !r.ownerTarget {
			// "fired North Korean missiles at Ukrainian cities": the demonym
			// names the thing's origin; a later actor is the target.
			if demFallback == nil {
				demFallback = head
			}
			j = end - 1
			continue
		}
		switch {
		case last == "by" && reduced && len(ts.targets) == 0:
			ts.targets = r.coordinated(st, head, end, lim, nil)
			ts.prep = last
		case last == "by" || last == "from" && len(ts.agents) == 0:
			if last == "by" {
				ts.agents = r.coordinated(st, head, end, lim, ts.agents)
			} else {
				ts.fromAgent = head
				if fallback == nil {
					fallback, fbPrep = []*mref{head}, last
				}
			}
		case head.place && placePreps[last] && !(last == "at" && head.ent.Geo != nil && head.ent.Geo.Kind == "country"):
			if ts.place == nil {
				ts.place = head
			}
			if fallback == nil {
				fallback, fbPrep = []*mref{head}, last
			}
		case noTargetPreps[last] || last == "according":
		case pref != "" && last != pref && len(ts.targets) == 0:
			if fallback == nil {
				fallback, fbPrep = []*mref{head}, last
			}
		default:
			if len(ts.targets) == 0 {
				ts.targets = r.coordinated(st, r.ofCountry(st, head, lim), end, lim, nil)
				ts.prep = last
			}
		}
		j = end - 1
	}
	if len(ts.targets) == 0 && fallback == nil && demFallback != nil {
		ts.targets = []*mref{demFallback}
	}
	if len(ts.targets) == 0 && fallback != nil {
		if placePreps[fbPrep] && fallback[0] == ts.place {
			ts.placeTarget = fallback[0]
		} else {
			ts.targets, ts.prep = fallback, fbPrep
		}
	}
	return ts
}

// thingNouns are weapons and goods: a demonym before one names its origin,
// not a party ("fired North Korean missiles at …", "a boycott of Chinese goods").
var thingNouns = set("missile", "missiles", "rocket", "rockets", "drone", "drones", "weapon", "weapons", "arms",
	"shells", "artillery", "munitions", "ammunition", "bombs", "jets", "warplanes", "aircraft", "tanks", "goods",
	"products", "oil", "gas", "grain", "equipment", "technology")

// actNouns are what a party says or sends: the actor modifying one is the
// party the event answers ("rejected a Taliban demand", "summoned the
// Mexican ambassador", "denied Israeli claims").
var actNouns = set("demand", "demands", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
	"proposal", "proposals", "request", "offer", "account", "report", "reports", "statement", "statements",
	"ambassador", "envoy", "diplomat", "diplomats", "plan", "ultimatum", "call", "calls")

// possessorOfRequest reports whether the mention ending at end owns a
// request, not the event: "at Russia's request", "at Iran's invitation".
func (r *runner) possessorOfRequest(end int) bool {
	if n := r.norm(end); n != "'s" && n != "’s" {
		return false
	}
	switch r.norm(end + 1) {
	case "request", "invitation", "behest", "initiative", "suggestion", "urging", "insistence":
		return true
	}
	return false
}

// modifies reports whether the words from end up to one of heads are all
// plain words of one noun phrase.
func (r *runner) modifies(end int, heads []int) bool {
	for _, h := range heads {
		if h < end || h > end+3 || actNouns[r.norm(h)] {
			continue
		}
		ok := true
		for k := end; k < h && ok; k++ {
			t := r.tok(k)
			ok = t.Kind == model.TokWord && !prepositions[t.Norm] && r.at[k] == 0 && t.Norm != "'s" && t.Norm != "’s"
		}
		if ok {
			return true
		}
	}
	return false
}

// ofCountry returns, for an actor without a country ("the mayor",
// "opponents"), the actor of the "of X" or "from X" phrase right after it
// ("the mayor of Nablus", "opponents of Rwanda's Senate", "dissidents from
// Egypt"), else m itself.
func (r *runner) ofCountry(st *sent, m *mref, lim int) *mref {
	if m.prefix() != "" && m.prefix() != "---" {
		return m
	}
	j := m.last
	if r.norm(j) != "of" && r.norm(j) != "from" {
		return m
	}
	for k := j + 1; k < lim && k < st.s.Last && k <= j+6; k++ {
		if r.at[k] != 0 {
			h, _ := r.chainEnd(st, k, min(lim, st.s.Last))
			if h.prefix() != "" {
				return h
			}
			return m
		}
		t := r.tok(k)
		if t.Kind != model.TokWord || r.norm(k) == "and" || (prepositions[r.norm(k)] && r.norm(k) != "of") {
			return m
		}
	}
	return m
}

// coordinated returns head and the actors coordinated after it ("Raisi and
// Erdogan", "Raisi and Turkish President Erdogan").
func (r *runner) coordinated(st *sent, head *mref, end, lim int, out []*mref) []*mref {
	out = append(out, head)
	for end < lim {
		w := r.norm(end)
		if w != "and" && w != "," && w != "&" {
			break
		}
		k := end + 1
		if r.norm(k) == "and" {
			k++
		}
		if r.norm(k) == "the" {
			k++
		}
		s := k
		for k < lim && k < s+3 && r.at[k] == 0 && r.tok(k).Kind == model.TokWord && r.tok(k).Is(model.FlagCap) && !st.isVrb[k-st.s.First] {
			k++ // title words: "Turkish President"
		}
		if k >= lim || r.at[k] == 0 {
			break
		}
		h, e := r.chainEnd(st, k, lim)
		out = append(out, h)
		end = e
	}
	return out
}

// clauseBreaks open a clause of their own after the verb's object.
var clauseBreaks = set("as", "while", "whereas", "although", "though", "because", "when")

// clauseAfter reports whether a clause's subject opens at token j: an
// actor, a pronoun or a capitalised word, not "a goodwill gesture" after
// "as".
func (r *runner) clauseAfter(j int) bool {
	if j >= len(r.at) {
		return false
	}
	return r.at[j] != 0 || pronouns[r.norm(j)] || r.tok(j).Is(model.FlagCap)
}

// placeIn returns the first place named after a place preposition in [lo, hi).
func (r *runner) placeIn(lo, hi int) *mref {
	hi = min(hi, lo+window)
	for j := lo; j < hi; j++ {
		m := r.mentionAt(j)
		if m == nil || !m.place || j != m.first {
			continue
		}
		p := j - 1
		if r.norm(p) == "the" {
			p--
		}
		if p >= lo && placePreps[r.norm(p)] {
			return m
		}
	}
	return nil
}
