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
		if r.apposition(sg) && !prepositions[w] {
			continue // ", the governor of the region," then ", at the Kremlin"
		}
		if !(prepositions[w] || r.timeAt[sg.start] != 0 || r.tok(sg.start).Kind == model.TokNumber) {
			break
		}
		end = sg.end
	}
	return end
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
		info, ok := r.dict.codes[c]
		if !ok {
			continue
		}
		subj := r.subjectOf(st, v.at, 0)
		ts := r.targetsAfter(st, v.end, sg.end, m.prep, m.heads[:m.nheads])
		if ts.place == nil {
			ts.place = r.placeIn(v.end, ext)
		}
		var sources, targets []*mref
		if usePassive {
			sources, targets = ts.agents, subj
			if len(sources) == 0 && passiveOnly && !v.passive {
				sources, targets = nil, subj // "X appeared before court": no source
			}
		} else {
			sources, targets = subj, ts.targets
		}
		if v.speech && !matched {
			// a speech verb is a statement event only with an addressee: "told X", "said to X".
			if !(ts.prep == "to" || strings.HasPrefix(r.norm(v.at), "tel") || r.norm(v.at) == "told") {
				continue
			}
		}
		if len(targets) == 0 && ts.placeTarget != nil && !usePassive && (info.QuadClass == 4 || info.Code[:2] == "14") {
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
		if st.isVrb[i-s.First] || r.at[i] != 0 || r.consumed[i] {
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
		r.codeNoun(st, i, nn)
	}
}

func (r *runner) codeNoun(st *sent, i int, nn *noun) {
	s := st.s
	si := st.segAt(i)
	sg := st.segs[si]
	info := r.dict.codes[nn.code]
	// the noun phrase's left edge and its possessor or demonym modifier
	var sources []*mref
	left := i - len(nn.words) + 1
	for j := left - 1; j >= sg.start && j > left-7; j-- {
		t := r.tok(j)
		w := t.Norm
		if w == "'s" || w == "’s" {
			if r.at[j-1] != 0 && j-1 >= sg.start {
				sources = []*mref{r.mentionAt(j - 1)}
			}
			left = j
			break
		}
		if r.timeAt[j] != 0 || t.Kind == model.TokNumber {
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
	if between && len(sources) == 0 && len(targets) >= 2 {
		sources, targets = targets[:1], targets[1:2]
	}
	if len(sources) == 0 {
		// the subject of the clause's verb that takes the noun: "X held talks with Y"
		p := r.norm(left - 1)
		if left-1 >= sg.start && prepositions[p] && p != "for" && p != "to" {
			return
		}
		// the noun must be the verb's object: only determiners, modifiers
		// and "for"/"to" between them.
		for j := left - 1; j >= sg.start && j >= left-6; j-- {
			w := r.norm(j)
			if st.isVrb[j-s.First] || lightVerbs[w] || haveForms[w] {
				sources = r.subjectOf(st, j, 0)
				break
			}
			if t := r.tok(j); t.Kind != model.TokWord && t.Kind != model.TokNumber || r.at[j] != 0 && !r.isDemonym(j) || subordinators[w] ||
				prepositions[w] && w != "for" && w != "to" || w == "and" || w == "or" {
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
	future := r.modality(st, &ev, src, tgt, at, si)
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
