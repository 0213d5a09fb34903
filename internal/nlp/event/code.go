package event

import (
	"strings"

	"eventgraph/internal/model"
)

// extEnd extends a segment's end over the soft segments after it that
// start with a preposition or a time: ", at the Kremlin in Moscow on July 11".
func (r *runner) extEnd(st *sent, si int) int {
	end := st.segs[si].end
	for k := si + 1; k < len(st.segs); k++ {
		sg := st.segs[k]
		w := r.norm(sg.start)
		if sg.hard {
			break
		}
		if r.apposition(sg) && !prepositions[w] && !r.hasVerb(st, sg) {
			continue // ", the governor of the region," then ", at the Kremlin"
		}
		if !(prepositions[w] || r.tok(sg.start).Kind == model.TokNumber) {
			break
		}
		end = sg.end
	}
	return end
}

// headBefore returns the actor whose noun phrase ends right before token at
// ("[Chinese] firms accused"), or nil.
func (r *runner) headBefore(st *sent, at, lo int) *mref {
	for k := at - 1; k >= lo && k >= at-3; k-- {
		if st.isVrb[k-st.s.First] {
			return nil
		}
		if m := r.mentionAt(k); m != nil {
			return m
		}
		if t := r.tok(k); t.Kind != model.TokWord || t.Is(model.FlagCap) || prepositions[t.Norm] || determiners[t.Norm] || t.Norm == "and" || t.Norm == "or" || t.Norm == "but" {
			return nil
		}
	}
	return nil
}

// hasVerb reports whether a clause holds a verb.
func (r *runner) hasVerb(st *sent, sg clause) bool {
	for i := sg.start; i < sg.end; i++ {
		if st.isVrb[i-st.s.First] {
			return true
		}
	}
	return false
}

// codeVerbs makes the events of the sentence's verbs.
func (r *runner) codeVerbs(st *sent) {
	for vi := range st.verbs {
		v := &st.verbs[vi]
		if v.control {
			continue
		}
		sg := st.segs[v.seg]
		ext := r.extEnd(st, v.seg)
		m, matched := r.matchPatterns(st, v, min(ext, v.end+window))
		code := v.sense.code
		if matched {
			code = m.code
			for k := 0; k < m.nheads; k++ {
				r.consume(st, m.heads[k])
			}
		}
		active, passive, _ := strings.Cut(code, ":")
		passiveOnly := active == "" && passive != ""
		usePassive := v.passive || passiveOnly
		c := active
		if usePassive && passive != "" {
			c = passive
		}
		// to-infinitives: an intent of the subject, or a request to an object
		st.dateLo = -1
		if ctrl, object, ok := r.controller(st, v.at); ok {
			// "agreed on Monday to resume": Monday is the agreeing's
			for k := v.at - 1; k > ctrl; k-- {
				if r.norm(k) == "to" {
					st.dateLo = k
					break
				}
			}
			w := r.norm(ctrl)
			switch {
			case object:
				continue // the request is the event, not what is requested
			case intentVerbs[w] && c != "---" && c != "":
				c = intentCode(c, threatVerbs[w])
			}
		}
		if wantVerbs[r.norm(v.at)] && r.norm(v.at+1) != "to" {
			if _, object, ok := r.objectControl(st, v); ok && object {
				c = "020"
			}
		}
		info, ok := r.dict.codes[c]
		if !ok {
			continue
		}
		subj := r.subjectOf(st, v.at, 0)
		ts := r.targetsAfter(st, v.end, sg.end, m.prep, m.heads[:m.nheads])
		if ts.place == nil {
			ts.place = r.placeIn(v.end, ext)
		}
		// "the Hamas movement jailed a year ago": a past participle after a
		// noun, whose subject would have to come from another clause, is a
		// modifier, not a verb of its own.
		if v.sense.kind == formPast && !usePassive && len(subj) > 0 && subj[0].first < sg.start {
			if p := v.at - 1; p >= sg.start && r.tok(p).Kind == model.TokWord && r.at[p] == 0 && !pronouns[r.norm(p)] &&
				r.norm(p) != "and" && r.norm(p) != "or" && r.norm(p) != "but" {
				continue
			}
		}
		// "sanctions on Chinese companies accused of …": a past participle
		// right after an actor the subject search skipped (it sits in a
		// prepositional phrase) modifies that actor.
		if v.sense.kind == formPast && !usePassive && len(subj) > 0 {
			if m := r.headBefore(st, v.at, sg.start); m != nil && m != subj[0] && m.ent != subj[0].ent {
				continue
			}
		}
		var sources, targets []*mref
		if v.reduced {
			// "positions held by X": the target is the noun before, an actor only if named
			subj = nil
			if m := r.headBefore(st, v.at, sg.start); m != nil {
				subj = []*mref{m}
			}
		}
		if usePassive {
			sources, targets = ts.agents, subj
			if len(sources) == 0 && ts.fromAgent != nil {
				sources = []*mref{ts.fromAgent}
			}
			if len(sources) == 0 && passiveOnly && !v.passive {
				sources, targets = nil, subj // "X appeared before court": no source
			}
		} else {
			sources, targets = subj, ts.targets
		}
		if v.speech && !matched && info.Code[:2] == "01" {
			// a statement is an event only with an addressee: "told X", "said to X".
			if !(ts.prep == "to" && len(ts.targets) > 0 && ts.targets[0].first <= v.end+2 || strings.HasPrefix(r.norm(v.at), "tel") || r.norm(v.at) == "told") {
				continue
			}
		}
		if len(targets) == 0 && !usePassive && v.speech && info.Code[:2] != "01" {
			// "X alleged that Y …", "X warned that Y …": Y is the target
			targets = r.complementSubject(st, v)
		}
		if len(targets) == 0 && ts.placeTarget != nil && !usePassive && polity(ts.placeTarget) &&
			(info.QuadClass == 4 || info.Code[:2] == "14" || info.Code[:2] == "04" && len(sources) == 1) {
			targets = []*mref{ts.placeTarget}
		}
		if len(targets) == 0 && len(sources) > 1 && info.QuadClass <= 2 && info.Code[:2] != "01" {
			// "X, Y and Z met": each with each other
			for _, a := range sources {
				for _, b := range sources {
					if a != b {
						r.emit(st, a, b, info, v.at, v.end, v.seg, ts.place)
					}
				}
			}
			continue
		}
		if len(targets) == 0 && info.Code[:2] != "14" {
			continue
		}
		for _, src := range sources {
			if len(targets) == 0 {
				r.emit(st, src, nil, info, v.at, v.end, v.seg, ts.place)
			}
			for _, tgt := range targets {
				r.emit(st, src, tgt, info, v.at, v.end, v.seg, ts.place)
			}
		}
	}
}

// polity reports whether a place can stand for its government or people as
// a target ("struck targets in Lebanon"): a country, region or city, not a
// sea, mountain or building.
func polity(m *mref) bool {
	e := m.ent
	if e.Type != model.GPE {
		return false
	}
	if e.Geo == nil {
		return true
	}
	switch e.Geo.Kind {
	case "country", "admin1", "city", "":
		return true
	}
	return false
}

func (r *runner) consume(st *sent, h int) {
	if h >= st.s.First && h < st.s.Last {
		if r.consumed == nil {
			r.consumed = map[int]bool{}
		}
		r.consumed[h] = true
	}
}

// codeNouns makes the events of event nouns: "Russia's invasion of
// Ukraine", "talks with Iran", "drone attacks against Saudi Arabia".
func (r *runner) codeNouns(st *sent) {
	s := st.s
	for i := s.First; i < s.Last; i++ {
		if st.isVrb[i-s.First] || r.at[i] != 0 {
			continue
		}
		cands, ok := r.dict.nouns[r.norm(i)]
		if !ok {
			continue
		}
		var nn *noun
		for _, c := range cands {
			okw := true
			for k := 0; k < len(c.words)-1 && okw; k++ {
				okw = r.norm(i-len(c.words)+1+k) == c.words[k]
			}
			if okw && (nn == nil || len(c.words) > len(nn.words)) {
				nn = c
			}
		}
		if nn == nil {
			continue
		}
		r.codeNoun(st, i, nn, r.consumed[i])
	}
}

// A noun a verb pattern used ("criticized the EU's sanctions against
// Russia") makes an event only with a possessor of its own.
func (r *runner) codeNoun(st *sent, i int, nn *noun, consumed bool) {
	s := st.s
	si := st.segAt(i)
	sg := st.segs[si]
	info := r.dict.codes[nn.code]
	// the noun phrase's left edge and its possessor or demonym modifier
	var sources []*mref
	possessed := false
	left := i - len(nn.words) + 1
	for j := left - 1; j >= sg.start && j > left-7; j-- {
		t := r.tok(j)
		w := t.Norm
		if w == "'s" || w == "’s" {
			if j-1 >= sg.start && r.at[j-1] != 0 {
				sources = []*mref{r.mentionAt(j - 1)}
				possessed = true
			}
			left = j
			break
		}
		if r.isTime(j) || t.Kind == model.TokNumber {
			left = j // "Russia's February 24 invasion"
			continue
		}
		if m := r.mentionAt(j); m != nil {
			if m.kind == model.MentionDemonym || m.kind == model.MentionName && t.Is(model.FlagCap) && r.norm(j+1) != "'s" {
				sources = []*mref{m}
			}
			left = m.first
			j = m.first
			continue
		}
		if t.Kind == model.TokPunct || t.Kind == model.TokQuote || prepositions[w] || st.isVrb[j-s.First] || subordinators[w] ||
			w == "and" || w == "or" || modals[w] || beForms[w] || haveForms[w] || determiners[w] && w != "first" && w != "second" && w != "new" && w != "foreign" && w != "military" && w != "joint" && w != "recent" {
			break
		}
		left = j
	}
	// the target after one of the noun's prepositions; "by X" is the source
	var targets []*mref
	between := false
	for j := i + 1; j < sg.end && j < i+9; j++ {
		w := r.norm(j)
		isPrep := false
		for _, p := range nn.preps {
			if w == p {
				isPrep = true
				break
			}
		}
		if w == "by" || isPrep {
			k := j + 1
			for k < sg.end && k < j+4 && r.at[k] == 0 && (determiners[r.norm(k)] || r.tok(k).Kind == model.TokWord && !prepositions[r.norm(k)] && !st.isVrb[k-s.First]) {
				k++
			}
			if k >= sg.end || r.at[k] == 0 {
				continue
			}
			head, end := r.chainEnd(st, k, sg.end)
			if w == "by" {
				sources = []*mref{head}
			} else if len(targets) == 0 {
				targets = r.coordinated(st, head, end, sg.end, nil)
				between = w == "between"
			}
			j = end - 1
			continue
		}
		if r.tok(j).Kind == model.TokPunct || subordinators[w] || st.isVrb[j-s.First] {
			break
		}
	}
	if consumed && !possessed && !between {
		return
	}
	if between && len(sources) == 0 && len(targets) >= 2 {
		sources, targets = targets[:1], targets[1:2]
	}
	if len(sources) == 0 {
		// the subject of the clause's verb that takes the noun: "X held talks with Y"
		p := r.norm(left - 1)
		if left-1 >= sg.start && prepositions[p] && p != "for" && p != "to" && (p != "of" || !quantityNouns[r.norm(left-2)]) &&
			(p != "in" || !amountWords[r.norm(left-2)] && r.tok(left-2).Kind != model.TokNumber) {
			return // "100 million euros in aid" passes
		}
		// the noun must be the object of a light verb ("held talks",
		// "launched a wave of attacks"): only determiners, modifiers,
		// "for"/"to" and "of" after a quantity between them. A verb of
		// saying or judging ("condemned the attacks on X") does not lend
		// its subject.
		for j := left - 1; j >= sg.start && j >= left-7; j-- {
			w := r.norm(j)
			if lightVerbs[w] || haveForms[w] {
				sources = r.subjectOf(st, j, 0)
				break
			}
			if t := r.tok(j); t.Kind != model.TokWord && t.Kind != model.TokNumber && t.Kind != model.TokSymbol || r.at[j] != 0 && !r.isDemonym(j) || subordinators[w] ||
				prepositions[w] && w != "for" && w != "to" && w != "of" && (w != "in" || !amountWords[r.norm(j-1)]) || w == "and" || w == "or" || st.isVrb[j-s.First] {
				break
			}
		}
	}
	if len(sources) == 0 || len(targets) == 0 && info.Code[:2] != "14" {
		return
	}
	place := r.placeIn(i+1, r.extEnd(st, si))
	for _, src := range sources {
		if len(targets) == 0 {
			r.emit(st, src, nil, info, i, i+1, si, place)
		}
		for _, tgt := range targets {
			r.emit(st, src, tgt, info, left, i+1, si, place)
		}
	}
}

func (m *mref) ref() *model.Ref {
	ref := m.ent.Ref()
	if m.actor != "" {
		ref.Actor = m.actor
	}
	return ref
}

// emit adds one event after the precision guards.
func (r *runner) emit(st *sent, src, tgt *mref, info CodeInfo, at, end, si int, place *mref) {
	if src == nil || !src.known() {
		return
	}
	// a self-event: the same entity with the same actor code ("Georgian
	// demonstrators" and "the Georgian government" may share an entity but
	// are different actors).
	if tgt != nil && (tgt.ent == src.ent || tgt.ent.ID == src.ent.ID) && tgt.actor == src.actor {
		return
	}
	key := src.ent.ID + "|" + info.Code + "|" + itoa(st.idx) + "|" + itoa(si)
	if tgt != nil {
		key += "|" + tgt.ent.ID
	}
	if r.seen[key] {
		return
	}
	r.seen[key] = true
	ev := model.Event{
		Code:      info.Code,
		Root:      info.Code[:2],
		Label:     info.Name,
		QuadClass: info.QuadClass,
		Goldstein: info.Goldstein,
		Source:    src.ref(),
		Sentence:  st.idx,
	}
	if tgt != nil {
		ev.Target = tgt.ref()
	}
	if place != nil && place.ent != src.ent && (tgt == nil || place.ent != tgt.ent) {
		ev.Place = place.ent.ID
	}
	future, spoken := r.modality(st, &ev, src, tgt, at, si)
	// "Israel announced it would free prisoners": an actor announcing its
	// own future act expresses an intent (CAMEO 03) or a threat (13).
	if future && spoken && ev.Attribution != nil && ev.Attribution.Entity == src.ent.ID && ev.Modality == model.ModPlanned {
		if c := intentCode(info.Code, false); c != info.Code {
			if ni, ok := r.dict.codes[c]; ok {
				ev.Code, ev.Root, ev.Label, ev.QuadClass, ev.Goldstein = ni.Code, ni.Code[:2], ni.Name, ni.QuadClass, ni.Goldstein
			}
		}
	}
	ev.Date = r.date(st, at, end, si, future)
	// evidence: the clause, stretched to the actors
	lo, hi := st.segs[si].start, st.segs[si].end
	if src.first >= st.s.First && src.first < lo {
		lo = src.first
	}
	if tgt != nil && tgt.last <= st.s.Last && tgt.last > hi {
		hi = tgt.last
	}
	for lo < hi-1 && r.trimmable(lo) {
		lo++
	}
	for hi > lo+1 && r.trimmable(hi-1) {
		hi--
	}
	t0, t1 := r.tok(lo), r.tok(hi-1)
	ev.Evidence = model.Span{Start: t0.Start, End: t1.End, Text: r.d.Text[t0.Start:t1.End]}
	r.d.Events = append(r.d.Events, ev)
	// Negotiation (046) is mutual: "X held talks with Y" is also Y's with X.
	if ev.Code == "046" && tgt != nil && tgt.known() {
		rev := ev
		rev.Source, rev.Target = tgt.ref(), src.ref()
		key := tgt.ent.ID + "|" + info.Code + "|" + itoa(st.idx) + "|" + itoa(si) + "|" + src.ent.ID
		if !r.seen[key] {
			r.seen[key] = true
			r.d.Events = append(r.d.Events, rev)
		}
	}
}

func (r *runner) trimmable(i int) bool {
	t := r.tok(i)
	return t.Kind == model.TokPunct || t.Kind == model.TokQuote || t.Norm == "and" || t.Norm == "but" || t.Norm == "that"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
