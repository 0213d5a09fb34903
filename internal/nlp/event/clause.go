package event

import (
	"strings"

	"eventgraph/internal/model"
)

// mref is one entity mention as the coder sees it.
type mref struct {
	ent         *model.Entity
	first, last int // tokens
	actor       string
	country     string
	place       bool
	kind        model.MentionKind
}

// known reports whether the mention names an actor the coder may use as a
// source: one with an actor code or a country.
func (m *mref) known() bool { return m.actor != "" || m.country != "" }

// clause is a stretch of a sentence between clause boundaries.
type clause struct {
	start, end int    // tokens [start, end)
	opener     string // the word or mark that opens it: "", ",", "that", "since", "“", …
	hard       bool   // a subordinate or quoted clause: subjects are not looked for across it
}

// verb is a verb found in a sentence.
type verb struct {
	at, end int // the head token; end is past the particle
	senses  []sense
	sense   sense // the sense chosen
	seg     int
	passive bool
	control bool // followed by "to" + verb: the embedded verb carries the event
	speech  bool
	reduced bool // a passive participle modifying a noun: "positions held by X"
	// accused is the actor a verb of accusing charges with this gerund
	// ("accused X of looting"), by the accuser; both nil otherwise.
	accused, accuser *mref
}

// sent holds the per-sentence analysis.
type sent struct {
	idx   int
	s     *model.Sentence
	segs  []clause
	segOf []int32 // token - s.First → segment index
	verbs []verb
	isVrb []bool // token - s.First → a verb head or particle
	// dateLo, when not -1, is the first token an event's own time may
	// start at (times before a controlled infinitive are its controller's).
	dateLo int
}

// tok returns token i, or an empty punctuation token outside the text, so
// that look-arounds at the edges need no bounds checks.
func (r *runner) tok(i int) *model.Token {
	if i < 0 || i >= len(r.d.Tokens) {
		return &noToken
	}
	return &r.d.Tokens[i]
}

var noToken = model.Token{Kind: model.TokPunct}

func (r *runner) norm(i int) string {
	if i < 0 || i >= len(r.d.Tokens) {
		return ""
	}
	return r.d.Tokens[i].Norm
}

// isTime reports whether token i belongs to a time expression.
func (r *runner) isTime(i int) bool {
	return i >= 0 && i < len(r.timeAt) && r.timeAt[i] != 0
}

// mentionAt returns the mention covering token i, or nil.
func (r *runner) mentionAt(i int) *mref {
	if i < 0 || i >= len(r.at) || r.at[i] == 0 {
		return nil
	}
	return &r.men[r.at[i]-1]
}

// segments splits sentence s into clauses.
func (r *runner) segments(st *sent) {
	s := st.s
	st.segs = st.segs[:0]
	cur := clause{start: s.First}
	open := func(at int, opener string, hard bool) {
		if at > cur.start {
			cur.end = at
			st.segs = append(st.segs, cur)
		}
		cur = clause{start: at, opener: opener, hard: hard}
	}
	for i := s.First; i < s.Last; i++ {
		t := r.tok(i)
		n := t.Norm
		switch {
		case t.Kind == model.TokQuote && !r.innerQuote(i):
			open(i+1, "“", true)
		case n == ";" || n == ":" || n == "—" || n == "–":
			open(i+1, ";", true)
		case n == "," || n == "(" || n == ")":
			next := r.norm(i + 1)
			switch {
			case next == "and" || next == "but" || next == "or":
				open(i+1, next, false)
			case subordinators[next]:
				open(i+1, next, true)
			case next == "according":
				open(i+1, "according", false)
			default:
				open(i+1, n, false)
			}
		case n == "according" && r.norm(i+1) == "to":
			if i > cur.start {
				open(i, "according", false)
			} else {
				cur.opener = "according"
			}
		case n == "that" && i > cur.start && !prepositions[r.norm(i-1)] && !determiners[r.norm(i+1)] || n == "that" && r.norm(i+1) == "the":
			if i > cur.start {
				open(i, "that", true)
			}
		case (n == "whether" || n == "if" || n == "because" || n == "although" || n == "though" ||
			n == "whereas" || n == "unless" || n == "since" || n == "while") && i > cur.start:
			open(i, n, true)
		case (n == "who" || n == "which") && i > cur.start:
			open(i, n, true)
		}
	}
	cur.end = s.Last
	if cur.end > cur.start || len(st.segs) == 0 {
		st.segs = append(st.segs, cur)
	}
	if cap(st.segOf) < s.Last-s.First {
		st.segOf = make([]int32, s.Last-s.First)
	}
	st.segOf = st.segOf[:s.Last-s.First]
	for k, sg := range st.segs {
		for i := sg.start; i < sg.end && i < s.Last; i++ {
			st.segOf[i-s.First] = int32(k)
		}
	}
}

// innerQuote reports whether the quotation mark at token i only marks words
// inside a phrase ("to provide “rapid humanitarian assistance” for"): it
// stands between two words and does not follow a verb of saying.
func (r *runner) innerQuote(i int) bool {
	a, b := r.tok(i-1), r.tok(i+1)
	return a.Kind == model.TokWord && b.Kind == model.TokWord && !speechVerbs[a.Norm] && a.Norm != "that"
}

// verbAt returns the verb whose head is token i, or nil.
func (st *sent) verbAt(i int) *verb {
	for k := range st.verbs {
		if st.verbs[k].at == i {
			return &st.verbs[k]
		}
	}
	return nil
}

func (st *sent) segAt(i int) int {
	k := i - st.s.First
	if k < 0 || k >= len(st.segOf) {
		return 0
	}
	return int(st.segOf[k])
}

// prevWord returns the index of the word before i inside [lo, i), skipping
// adverbs of the verb group, or -1.
func (r *runner) prevWord(i, lo int) int {
	for j := i - 1; j >= lo; j-- {
		n := r.norm(j)
		if groupAdverbs[n] || (len(n) > 4 && n[len(n)-2:] == "ly" && r.tok(j).Kind == model.TokWord && r.at[j] == 0) {
			continue
		}
		return j
	}
	return -1
}

// isAdjective guesses whether a lowercase word is an adjective that can
// premodify a noun ("foreign visit", "bilateral meeting").
func isAdjective(n string) bool {
	if len(n) < 4 {
		return false
	}
	for _, suf := range []string{"al", "ic", "ive", "ous", "ary", "ful", "ian", "ese", "ish", "ern", "less", "ible", "able"} {
		if len(n) > len(suf)+2 && n[len(n)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// findVerbs finds the verbs of the sentence by form and position.
func (r *runner) findVerbs(st *sent) {
	s := st.s
	st.verbs = st.verbs[:0]
	if cap(st.isVrb) < s.Last-s.First {
		st.isVrb = make([]bool, s.Last-s.First)
	}
	st.isVrb = st.isVrb[:s.Last-s.First]
	clear(st.isVrb)
	for i := s.First; i < s.Last; i++ {
		t := r.tok(i)
		if t.Kind != model.TokWord || r.at[i] != 0 || r.isTime(i) {
			continue // "March 4" is a date, not a protest
		}
		senses, ok := r.dict.forms[t.Norm]
		if !ok {
			continue
		}
		seg := st.segAt(i)
		lo := st.segs[seg].start
		var chosen sense
		end := i + 1
		found := false
		for _, sn := range senses {
			if len(sn.particle) == 0 {
				chosen, found = sn, true
				break
			}
			okp := i+len(sn.particle) < s.Last
			for k := 0; okp && k < len(sn.particle); k++ {
				okp = r.norm(i+1+k) == sn.particle[k]
			}
			if okp {
				chosen, found = sn, true
				end = i + 1 + len(sn.particle)
				break
			}
		}
		if !found {
			continue
		}
		var accused, accuser *mref
		if chosen.kind == formIng {
			accused, accuser = r.accusedOf(st, i)
		}
		if accused == nil && (!r.verbPosition(st, i, lo, chosen.kind) || r.nounUse(st, i, end, chosen.kind)) {
			continue
		}
		v := verb{at: i, end: end, senses: senses, sense: chosen, seg: seg, accused: accused, accuser: accuser}
		p := r.prevWord(i, lo)
		if chosen.kind == formPast && p >= 0 && beForms[r.norm(p)] {
			v.passive = true
		}
		// "positions held by the RSF": a past participle with its agent
		// right after it is passive.
		if chosen.kind == formPast && r.norm(end) == "by" && (p < 0 || !haveForms[r.norm(p)]) && !mannerNouns[r.norm(end+1)] {
			v.passive = true
			v.reduced = p >= 0 && r.at[p] == 0 && !beForms[r.norm(p)]
		}
		// "There were ten soldiers killed in …": a participle after the
		// noun phrase of an existential is passive.
		if chosen.kind == formPast && p >= 0 && r.tok(p).Kind == model.TokWord && r.norm(s.First) == "there" && beForms[r.norm(s.First+1)] {
			v.passive = true
		}
		// "agreed on Monday to resume": a time may stand before the infinitive
		to := end
		for to < s.Last && (r.isTime(to) || (r.norm(to) == "on" || r.norm(to) == "in") && r.isTime(to+1) || groupAdverbs[r.norm(to)]) {
			to++
		}
		if r.norm(to) == "to" {
			if nx, ok := r.dict.forms[r.norm(to+1)]; ok && len(nx) > 0 && controlVerbs[t.Norm] {
				v.control = true
			}
		}
		v.speech = speechVerbs[t.Norm]
		for k := i; k < end; k++ {
			st.isVrb[k-s.First] = true
		}
		st.verbs = append(st.verbs, v)
	}
}

// nounUse reports whether a verb form at i is used as a noun or
// preposition by its right context: "according to", ", head of the agency".
func (r *runner) nounUse(st *sent, i, end int, kind formKind) bool {
	n := r.norm(i)
	if n == "according" && r.norm(i+1) == "to" {
		return true
	}
	// "Tigrayan forces signed …": a plural noun before the verb
	if kind == formS && r.tok(end).Kind == model.TokWord {
		for _, sn := range r.dict.forms[r.norm(end)] {
			if sn.kind == formPast && len(sn.particle) == 0 && (i == st.s.First || !st.isVrb[i-1-st.s.First]) {
				return true
			}
		}
	}
	if (kind == formBase || kind == formS) && r.norm(end) == "of" {
		p := r.norm(i - 1)
		return i == st.s.First || p == "," || p == "(" || p == "the" || p == "a" || p == "as"
	}
	return false
}

// verbPosition applies the POS heuristics: a verb form is a verb unless its
// left context makes it a noun or adjective.
func (r *runner) verbPosition(st *sent, i, lo int, kind formKind) bool {
	p := r.prevWord(i, lo)
	if p < 0 {
		// clause-initial: a finite verb needs a subject to its left, except
		// in a caption ("Putin meets …" has one) or after a comma (participle).
		return kind == formIng || kind == formPast || i > st.s.First && r.norm(i-1) == ","
	}
	pn := r.norm(p)
	pt := r.tok(p)
	if kind == formIng && !beForms[pn] && pn != "," && !pronouns[pn] && r.mentionAt(p) == nil && pn != "and" && pn != "or" {
		return false // a gerund or a modifier: "tank shelling", "by alleging"
	}
	if (pn == "and" || pn == "or") && kind == formS && p > lo {
		// "asset freezes and bans": nouns coordinated
		if pp := r.prevWord(p, lo); pp >= 0 && r.at[pp] == 0 && !st.isVrb[pp-st.s.First] && strings.HasSuffix(r.norm(pp), "s") && !r.tok(pp).Is(model.FlagCap) {
			return false
		}
	}
	switch {
	case pn == "to":
		return kind == formBase
	case modals[pn] || doForms[pn] || pn == "n't" || pn == "not" || pn == "never":
		return kind == formBase
	case beForms[pn]:
		return kind == formIng || kind == formPast
	case haveForms[pn]:
		return kind == formPast
	case determiners[pn] || pn == "'s" || pn == "’s":
		return false
	case prepositions[pn]:
		return false
	case pt.Kind == model.TokNumber:
		return false
	}
	if m := r.mentionAt(p); m != nil {
		// "Iranian drones": a demonym or adjective before an -s or -ing form is a modifier.
		if r.isDemonym(p) && (kind == formS || kind == formIng || kind == formBase) {
			return false
		}
		return true
	}
	if pt.Kind == model.TokWord && !pt.Is(model.FlagCap) && !pronouns[pn] {
		if isAdjective(pn) && kind != formPast {
			return false // "a bilateral meeting"; but "the capital alleged", "the tribunal ruled"
		}
		// "announced asset freezes", "a surprise visit": a noun after a noun
		if (kind == formS || kind == formBase) && p > lo {
			pp := r.prevWord(p, lo)
			if pp >= 0 && (determiners[r.norm(pp)] || prepositions[r.norm(pp)] || st.isVrb[pp-st.s.First]) {
				return false
			}
		}
		// two verbs in a row: the second is a noun ("held talks"), unless the
		// first is a light verb taking a bare verb ("help build").
		if _, ok := r.dict.forms[pn]; ok && kind != formPast {
			if st.isVrb[p-st.s.First] {
				return false
			}
		}
		if lightVerbs[pn] && kind != formPast {
			return false
		}
	}
	return true
}

// isDemonym reports whether token i belongs to a demonym mention ("Iranian").
func (r *runner) isDemonym(i int) bool {
	m := r.mentionAt(i)
	return m != nil && m.kind == model.MentionDemonym
}

// verbBefore reports whether a verb stands in [lo, hi).
func (st *sent) verbBefore(lo, hi int) bool {
	for j := max(lo, st.s.First); j < hi && j < st.s.Last; j++ {
		if st.isVrb[j-st.s.First] {
			return true
		}
	}
	return false
}

// mannerNouns follow "by" as a means, not an agent: "spoke by telephone".
var mannerNouns = set("telephone", "phone", "video", "videoconference", "videolink", "letter", "email", "e-mail",
	"mail", "satellite", "radio", "decree", "phone-call", "text")

// accuseVerbs charge someone with an act: "accused X of looting".
var accuseVerbs = set("accuse", "accuses", "accused", "accusing", "suspect", "suspects", "suspected", "charge",
	"charges", "charged", "charging", "convict", "convicts", "convicted")

// accusedOf returns, for a gerund at i after "of" that completes a verb of
// accusing ("Poland accused Belarus of herding migrants", "Rwanda was
// accused by UN experts of backing M23"), the accused actor and the
// accuser, or nils. The gerund's act is the accused's, reported by the
// accuser.
func (r *runner) accusedOf(st *sent, i int) (accused, accuser *mref) {
	if r.norm(i-1) != "of" {
		return nil, nil
	}
	lo := st.segs[st.segAt(i)].start
	k := i - 2
	if r.at[k] != 0 && k >= lo {
		// active: "accused [the] X of"
		cs := r.chainStart(st, k, lo)
		c := cs - 1
		if r.norm(c) == "the" {
			c--
		}
		if c < lo || !accuseVerbs[r.norm(c)] || !st.isVrb[c-st.s.First] || r.norm(c) == "charges" {
			return nil, nil
		}
		h, _ := r.chainEnd(st, cs, i-1)
		if subj := r.subjectOf(st, c, 0); len(subj) > 0 && subj[0].ent != h.ent {
			return h, subj[0]
		}
		return nil, nil
	}
	// passive: "X was accused [by Y] of"
	by := (*mref)(nil)
	if k >= lo && r.at[k] != 0 {
		return nil, nil
	}
	for c := k; c >= lo && c > i-8; c-- {
		if m := r.mentionAt(c); m != nil && r.norm(m.first-1) == "by" {
			by = m
			c = m.first - 1
			continue
		}
		if !accuseVerbs[r.norm(c)] || !st.isVrb[c-st.s.First] {
			if r.norm(c) == "by" || r.norm(c) == "the" {
				continue
			}
			return nil, nil
		}
		if p := r.prevWord(c, lo); p < 0 || !beForms[r.norm(p)] {
			return nil, nil
		}
		if subj := r.subjectOf(st, c, 0); len(subj) > 0 {
			return subj[0], by
		}
		return nil, nil
	}
	return nil, nil
}
