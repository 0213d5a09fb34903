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
			// "claimed the attacks on X": the claimant made them too
			for k := 0; k < m.nheads && code != "015"; k++ {
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
			case vowVerbs[w] && r.response(v):
				c = "130" // "vowed to respond": a threat to the story's counterpart
			case intentVerbs[w] && c != "---" && c != "":
				c = intentCode(c, threatVerbs[w])
			}
		}
		if r.vowedResponse(st, v) {
			c = "130" // "vowed that it would respond": a threat
		}
		if r.purposeInfinitive(st, v.at) {
			continue // "in an effort to ease tensions": an aim, not an event
		}
		if wantVerbs[r.norm(v.at)] && r.norm(v.at+1) != "to" {
			if _, object, ok := r.objectControl(st, v); ok && object {
				c = "020"
			}
		}
		if visitVerbs[r.norm(v.at)] && strings.HasPrefix(c, "03") {
			c = "042" // "is due to fly to Cairo": a visit, planned
		}
		info, ok := r.dict.codes[c]
		if !ok {
			continue
		}
		var subj []*mref
		if v.accused != nil {
			subj = []*mref{v.accused}
		} else {
			subj = r.subjectOf(st, v.at, 0)
		}
		heads := m.heads[:m.nheads]
		owner := strings.HasPrefix(c, "17") || strings.HasPrefix(c, "18")
		if owner {
			heads = nil // "seized two Ukrainian boats": the owner is the target
		}
		r.ownerTarget = owner
		ts := r.targetsAfter(st, r.asComplementEnd(v.end, sg.end), sg.end, m.prep, heads)
		r.ownerTarget = false
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
			if len(sources) == 0 && !passiveOnly {
				// "were attacked with stones, clubs and rods by Chinese soldiers"
				sources = r.agentAfter(st, sg.end, v.end+window)
			}
			if len(sources) == 0 && passiveOnly && !v.passive {
				sources, targets = nil, subj // "X appeared before court": no source
			}
		} else {
			sources, targets = subj, ts.targets
		}
		crowd := false
		if (len(sources) == 0 || sources[0].first > v.at || r.bareCrowd(sources[0])) && !usePassive && info.Code[:2] == "14" && r.crowdSubject(st, v.at, sg.start) {
			// "thousands protested in Bamako": the place's people
			if src := r.crowdPlace(v.end, ext); src != nil {
				sources, crowd = []*mref{src}, true
				if len(targets) == 1 && (targets[0].ent == src.ent || targets[0].place) {
					targets = nil
				}
				if tg := r.protestObject(v.end, ext, src); tg != nil {
					targets = []*mref{tg}
				} else if tg := r.nounReferent(st, v.end, ext, src); tg != nil {
					targets = []*mref{tg} // "protested in Bamako against the sanctions"
				} else if home := r.homeCountry(src); len(targets) == 0 && home != nil {
					targets = []*mref{home} // against the crowd's own government
				}
			}
		}
		if info.Code[:2] == "01" && len(targets) > 0 && media(targets[0]) {
			continue // "told Al Jazeera", "told reporters": an interview, not an interaction
		}
		if info.Code[:2] == "01" && talkVerbs[r.norm(v.at)] && ts.prep == "with" && len(ts.targets) > 0 && !usePassive {
			// "spoke by telephone with X", "talked with X": a consultation
			info = r.dict.codes["040"]
			if r.phoneIn(sg.start, sg.end) {
				info = r.dict.codes["041"]
			}
		} else if v.speech && !matched && info.Code[:2] == "01" {
			// a statement is an event only with an addressee: "told X", "said to X".
			if !(ts.prep == "to" && len(ts.targets) > 0 && ts.targets[0].first <= v.end+2 ||
				(strings.HasPrefix(r.norm(v.at), "tel") || r.norm(v.at) == "told") && ts.prep == "" && len(ts.targets) > 0 &&
					ts.targets[0].first <= v.end+4) {
				continue // "told his news conference at the Palace": no addressee
			}
			// "told X in a phone call", "said to X by telephone"
			if r.phoneIn(sg.start, sg.end) {
				info = r.dict.codes["041"]
			}
		}
		deny := denyVerbs[r.norm(v.at)] && !usePassive
		if deny && len(targets) == 0 && len(ts.agents) > 0 {
			// "X dismissed a report by Y": the report's author is the target
			targets = ts.agents
		}
		if deny && len(targets) == 0 && len(sources) > 0 {
			// "X denied the accusation": the accuser is the target
			targets = r.accuser(st, v, sources[0])
		}
		if deny && len(targets) == 0 && len(sources) > 0 {
			// "X denied that its forces shelled Y": denying responsibility
			// towards the other side of the denied act
			if tg := r.deniedParty(st, v, sources[0]); tg != nil {
				targets = []*mref{tg}
				if di, ok := r.dict.codes["120"]; ok {
					info = di
				}
			}
		}
		if usePassive && len(sources) == 0 && len(targets) == 1 && info.Code == "173" {
			// "X was arrested near Rimini": by the authorities of the place's
			// country; "X was arrested": by those of X's own country
			if pl := ts.place; pl != nil && polity(pl) && countryCode(pl.prefix()) {
				if e := r.countryEntity(pl.prefix()); e != nil {
					sources = []*mref{r.refMention(e.Ref(), pl.first)}
				} else {
					sources = []*mref{pl}
				}
			} else if home := r.homeCountry(targets[0]); home != nil && home.ent != targets[0].ent {
				sources = []*mref{home}
			}
		}
		if root := info.Code[:2]; len(targets) == 0 && !usePassive && len(sources) == 1 {
			// "welcomed the ceasefire", "rejected the agreement", "Iran
			// condemned the strikes": towards the author of the act the
			// object names; a condemnation or threat naming none ("vowed to
			// respond") is against the side that last used force against
			// someone else
			judging := root == "11" || root == "13"
			if root == "05" || root == "12" || judging && r.tok(v.end).Kind == model.TokWord {
				if c := r.nounReferent(st, v.end, sg.end, sources[0]); c != nil {
					targets = []*mref{c}
				} else if c := r.culprit(st, sources[0]); judging && c != nil {
					targets = []*mref{c}
				}
			}
		}
		if len(targets) == 0 && !usePassive && v.speech && info.Code[:2] != "01" {
			// "X alleged that Y …", "X warned that Y …": Y is the target
			targets = r.complementSubject(st, v)
		}
		if !usePassive && !crowd && len(sources) == 1 && info.Code[:2] == "14" {
			// "protesters gathered outside the Russian embassy in Kiev": what
			// a protest is against or outside of is its target (a crowd
			// found above was given one already)
			if tg := r.protestObject(v.end, ext, sources[0]); tg != nil {
				targets = []*mref{tg}
			} else if tg := r.nounReferent(st, v.end, ext, sources[0]); tg != nil && len(targets) == 0 {
				targets = []*mref{tg}
			}
		}
		if len(targets) == 0 && ts.placeTarget != nil && !usePassive && polity(ts.placeTarget) && !(crowd && ts.placeTarget.prefix() == sources[0].prefix()) &&
			(info.QuadClass == 4 || info.Code[:2] == "14" || (visitCodes[info.Code] || visitVerbs[r.norm(v.at)]) && len(sources) == 1) {
			targets = []*mref{ts.placeTarget}
		}
		if len(targets) == 0 && !usePassive && len(sources) == 1 && r.peopleObject(v.end, sg.end) &&
			(info.Code[:2] == "17" || violent(info.Code) && policeForce(sources[0].actor)) {
			// "security forces have killed 745 people", "authorities
			// detained 7,500 people": the country's own people
			if home := r.homeCountry(sources[0]); home != nil {
				targets = []*mref{home}
			}
		}
		if len(targets) == 0 && (info.Code[:2] == "14" || info.Code == "1723" || info.Code == "1724") && len(sources) == 1 {
			// a protest without an addressee is against the protesters' own
			// government; a curfew or state of emergency binds the
			// authority's own people
			// a protest without an addressee is against the protesters' own government
			if home := r.homeCountry(sources[0]); home != nil {
				targets = []*mref{home}
			}
		}
		if len(targets) == 0 && len(sources) > 1 && !usePassive && r.reciprocal(info, v, matched) {
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
		// a verb that takes a target but names none here: the story may
		// give one (discourse.go)
		if len(targets) == 0 && usePassive && len(ts.agents) > 0 && violent(info.Code) {
			// "its refusal to let inspectors into sites bombed by Israel": the
			// party named last before the participle, of another country
			if tg := r.partyBefore(st, v.at, ts.agents[0]); tg != nil {
				targets = []*mref{tg}
			}
		}
		if len(targets) == 1 && strings.HasPrefix(targets[0].actor, "IGO") && leaveVerbs[r.norm(v.at)] {
			// "Armenia will leave the CSTO": quitting a bloc reduces relations
			info = r.dict.codes["160"]
		}
		// ("sites bombed by Israel": the story's counterpart was bombed;
		// "talks brokered by Saudi Arabia": between the story's parties)
		discourse := len(targets) == 0 && len(sources) > 0 && stateSide(sources[0].actor) && !r.attributive(st, v) &&
			(!usePassive && takesTarget(info) || usePassive && len(ts.agents) > 0 && (violent(info.Code) || info.Code == "045"))
		if discourse {
			if tg := r.objectPlaceTarget(st, v, sg.end, sources[0]); tg != nil {
				targets, discourse = []*mref{tg}, false
			} else if r.namesOwnSide(v.end, sg.end, sources[0]) {
				discourse = false
			}
		}
		if len(targets) == 0 && !discourse && (len(sources) == 0 || !r.targetless(info, sources[0].actor, matched, usePassive)) {
			continue
		}
		r.hypo = info.Code[:2] == "13" && r.possibleAfter(st, v.end)
		r.reporter = v.accuser
		if v.accused != nil && v.accuser == nil {
			r.reporter = v.accused // a passive without its agent: reported all the same
		}
		for _, src := range sources {
			if len(targets) == 0 {
				n := len(r.d.Events)
				r.emit(st, src, nil, info, v.at, v.end, v.seg, ts.place)
				if discourse && len(r.d.Events) > n {
					r.pending = append(r.pending, pendingTarget{ev: n, end: len(r.d.Events),
						need: !r.targetless(info, src.actor, matched, usePassive)})
				}
			}
			for _, tgt := range targets {
				r.emit(st, src, tgt, info, v.at, v.end, v.seg, ts.place)
			}
		}
		r.hypo, r.reporter = false, nil
	}
}

// asComplementEnd skips the predicate of "dismissed as “baseless” a
// report", "rejected as absurd the claim" that stands between a verb and its
// object: the quoted words, or up to four plain words, after "as". It
// returns from itself when no such predicate starts there.
func (r *runner) asComplementEnd(from, lim int) int {
	if r.norm(from) != "as" {
		return from
	}
	j := from + 1
	if r.tok(j).Kind == model.TokQuote {
		for k := j + 1; k < lim && k < j+10; k++ {
			if r.tok(k).Kind == model.TokQuote {
				return k + 1
			}
		}
		return from
	}
	for k := j; k < lim && k < j+4; k++ {
		t := r.tok(k)
		if t.Kind != model.TokWord || r.at[k] != 0 || determiners[t.Norm] || prepositions[t.Norm] || t.Is(model.FlagCap) {
			if k == j {
				return from
			}
			return k
		}
	}
	return from
}

// purposeInfinitive reports whether the verb at token at is a
// to-infinitive completing a noun phrase ("in an effort to ease tensions",
// "a bid to end the war", "more powers to fight crime"): the noun before
// "to" is plain (not a verb, actor or time), and a determiner, number or
// preposition opens its phrase.
func (r *runner) purposeInfinitive(st *sent, at int) bool {
	lo := st.segs[st.segAt(at)].start
	p := r.prevWord(at, lo)
	if p < 0 || r.norm(p) != "to" {
		return false
	}
	q := p - 1
	if q < lo {
		return false
	}
	n := r.norm(q)
	t := r.tok(q)
	if t.Kind != model.TokWord || r.at[q] != 0 || r.isTime(q) || st.isVrb[q-st.s.First] || controlVerbs[n] ||
		intentVerbs[n] || requestVerbs[n] || modals[n] || beForms[n] || haveForms[n] || doForms[n] || negations[n] ||
		strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ly") || determiners[n] || prepositions[n] {
		return false
	}
	for k := q - 1; k >= lo && k >= q-3; k-- {
		w := r.norm(k)
		if determiners[w] || prepositions[w] || r.tok(k).Kind == model.TokNumber {
			return true
		}
		if r.tok(k).Kind != model.TokWord || r.at[k] != 0 || st.isVrb[k-st.s.First] {
			return false
		}
	}
	return false
}

// deniedParty returns, for a denial by src of a that-clause ("X denied
// that its forces had shelled Y"), the first actor of the clause on another
// side than src, or nil.
func (r *runner) deniedParty(st *sent, v *verb, src *mref) *mref {
	j := v.end
	for j < st.s.Last && (r.isTime(j) || r.norm(j) == "on" && r.isTime(j+1) || groupAdverbs[r.norm(j)]) {
		j++
	}
	if r.norm(j) != "that" {
		return nil
	}
	sg := st.segs[st.segAt(j)]
	for k := j + 1; k < sg.end && k < j+window; k++ {
		m := r.mentionAt(k)
		if m == nil {
			continue
		}
		if m.known() && m.prefix() != src.prefix() && m.ent != src.ent {
			return m
		}
		k = m.last - 1
	}
	return nil
}

// reciprocal reports whether coordinated subjects without a target do the
// event with each other: they meet, agree, fight, trade blame ("X and Y
// met", "X and Y agreed to cooperate"), or cooperate with no object named.
// Giving and asking are not mutual: "X, Y and Z provided support" and "X
// and Y called for calm" are done together towards someone else.
func (r *runner) reciprocal(info CodeInfo, v *verb, matched bool) bool {
	switch root := info.Code[:2]; {
	case mutualRoots[root] && root != "06", r.dict.blocks[v.sense.block].name == "TRADE":
		return true
	case root == "03":
		// "X and Y agreed to …" is mutual; "X and Y pledged contingents"
		// is each one's pledge to a third party
		w := r.norm(v.at)
		c := info.Code[:3]
		return w == "agree" || w == "agreed" || w == "agrees" || w == "agreeing" ||
			(c == "030" || c == "031" || c == "032" || c == "036") && !intentVerbs[w] // "are seeking to deepen a partnership"
	case root == "06":
		return !matched
	}
	return false
}

// mutualRoots are events that coordinated actors without a target do with
// each other: "X and Y met", "X and Y fought", "X and Y signed a deal".
var mutualRoots = set("04", "05", "06", "08", "19")

// visitCodes may take the place after "in"/"at" as their target: "arrived in Tehran".
var visitCodes = set("036", "042", "043", "044")

// visitVerbs travel somewhere: their place after "in"/"to" is the host.
var visitVerbs = set("arrive", "arrives", "arrived", "arriving", "travel", "travels", "travelled", "traveled",
	"travelling", "traveling", "fly", "flies", "flew", "flying", "visit", "visits", "visited", "visiting")

// targetless reports whether an event with this code is worth reporting
// without a target: appeals, meetings, threats, protests and military
// posture ("called for restraint", "will meet in Abuja", "test-fired a
// missile"), praise of a thing ("welcomed the agreement"), and reductions
// of relations or coercion when a pattern named the object ("closed its
// airspace"). Statements (01) need an addressee and material conflict a victim.
func (r *runner) targetless(info CodeInfo, src string, matched, passive bool) bool {
	if passive {
		// "talks hosted by Malaysia": the host's event stands alone
		return info.Code[:2] == "14" || info.Code == "043" || info.Code == "045"
	}
	if info.Code == "012" {
		return true // "declined to comment"
	}
	switch info.Code[:2] {
	case "02", "13", "14", "15":
		return true
	case "03":
		// an offer to meet, host or mediate needs no party named
		return info.Code == "036" || strings.HasPrefix(info.Code, "039")
	case "04":
		// "ASEAN ministers will meet", "Blinken will travel to the region";
		// a person who "met" or "saw" with no one named is no event.
		// a mediator's offer or role needs no party named ("offered to mediate")
		return visitCodes[info.Code] || info.Code == "045" || len(src) >= 3 && src[:3] == "IGO"
	case "16", "17":
		return matched
	}
	return false
}

// possibleAfter reports whether the complement of a verb at end holds a
// modal of possibility: "warned that it could declare …" is hypothetical.
func (r *runner) possibleAfter(st *sent, end int) bool {
	for j := end; j < st.s.Last && j < end+10; j++ {
		switch r.norm(j) {
		case "could", "might", "may", "would":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// phoneIn reports whether [a, b) speaks of a telephone call.
func (r *runner) phoneIn(a, b int) bool {
	for j := a; j < b && j < a+window; j++ {
		switch r.norm(j) {
		case "phone", "telephone", "phoned", "telephoned", "videoconference", "video":
			return true
		}
	}
	return false
}

// agentAfter finds the "by X" agent of a passive beyond its clause, across
// soft boundaries (lists: "with stones, clubs and rods by Chinese soldiers").
func (r *runner) agentAfter(st *sent, from, lim int) []*mref {
	lim = min(lim, st.s.Last)
	for j := from; j < lim; j++ {
		if v := st.verbAt(j); v != nil && (v.sense.kind == formPast || v.sense.kind == formIng) ||
			subordinators[r.norm(j)] || r.tok(j).Kind == model.TokQuote || r.norm(j) == ";" {
			return nil // a list's nouns ("stones, clubs") may look like verbs; a participle ends the phrase
		}
		if r.norm(j) != "by" {
			continue
		}
		k := j + 1
		for k < lim && k < j+4 && r.at[k] == 0 && (determiners[r.norm(k)] || r.tok(k).Kind == model.TokWord && !prepositions[r.norm(k)]) {
			k++
		}
		if k < lim && r.at[k] != 0 {
			h, _ := r.chainEnd(st, k, lim)
			return []*mref{h}
		}
		return nil
	}
	return nil
}

// denyVerbs reject or deny what another said; their target is the accuser.
var denyVerbs = set("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
	"dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "rebuff", "rebuffed",
	"brush", "brushed", "brushes", "shrug", "shrugged", "shrugs", "repudiate", "repudiated", "repudiates")

// accuser returns the target of a denial by src at verb v that names none:
// the one whose claim the claims layer says src denies here, else the
// source of the latest accusation (CAMEO 11) against src's side.
func (r *runner) accuser(st *sent, v *verb, src *mref) []*mref {
	tok := r.tok(v.at)
	for k := range r.d.Claims {
		c := &r.d.Claims[k]
		if c.By == nil {
			continue
		}
		for _, dn := range c.DeniedBy {
			if dn.Start <= tok.Start && tok.Start < dn.End {
				if m := r.refMention(c.By, v.at); m != nil && m.ent != src.ent {
					return []*mref{m}
				}
			}
		}
	}
	for k := len(r.d.Events) - 1; k >= 0 && k >= len(r.d.Events)-20; k-- {
		ev := &r.d.Events[k]
		if ev.Root != "11" || ev.Target == nil || ev.Source == nil || ev.Sentence < st.idx-4 {
			continue
		}
		if ev.Target.Entity == src.ent.ID || r.refPrefix(ev.Target) == src.prefix() && src.prefix() != "" && ev.Source.Entity != src.ent.ID {
			if m := r.refMention(ev.Source, v.at); m != nil && m.ent != src.ent {
				return []*mref{m}
			}
		}
	}
	return nil
}

// refMention makes a mention at token at for the entity a reference names,
// for events whose party the text names elsewhere (an accuser, a speaker).
func (r *runner) refMention(ref *model.Ref, at int) *mref {
	if ref == nil {
		return nil
	}
	e := r.ents[ref.Entity]
	if e == nil {
		return nil
	}
	actor := ref.Actor
	country := e.Country
	if country == "" && len(actor) >= 3 && actor[:3] != "---" {
		country = actor[:3]
	}
	return &mref{ent: e, first: at, last: at, actor: actor, country: country, place: e.Type.IsPlace(), kind: model.MentionName}
}

// homeCountry returns the country entity of an actor's own country
// ("protesters" in a Venezuelan report: Venezuela), or nil.
func (r *runner) homeCountry(m *mref) *mref {
	p := m.prefix()
	if len(p) != 3 || p == "IGO" || p == "NGO" || p == "MNC" || p == "---" {
		return nil
	}
	for _, e := range r.d.Entities {
		if e == nil || e == m.ent || e.Type != model.GPE || e.Country != p || e.Geo != nil && e.Geo.Kind != "country" || e.Geo == nil && e.Actor != p {
			continue
		}
		return r.refMention(e.Ref(), m.first)
	}
	// no mention of the country itself: its government, else its region or
	// city the story names ("Lagos imposed a curfew" in a report that
	// never says Nigeria)
	for _, e := range r.d.Entities {
		if e != nil && e != m.ent && e.Type == model.Org && e.Actor == p+"GOV" {
			return r.refMention(e.Ref(), m.first)
		}
	}
	for _, e := range r.d.Entities {
		if e != nil && e != m.ent && e.Type == model.GPE && e.Country == p && e.Geo != nil && (e.Geo.Kind == "admin1" || e.Geo.Kind == "city") {
			return r.refMention(e.Ref(), m.first)
		}
	}
	return nil
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
	r.nounEmit = true
	defer func() { r.nounEmit = false }()
	s := st.s
	si := st.segAt(i)
	sg := st.segs[si]
	info := r.dict.codes[nn.code]
	// the noun phrase's left edge and its possessor or demonym modifier
	var sources []*mref
	possessed, modifier := false, false
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
				modifier = m.kind == model.MentionName
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
	if modifier && len(sources) == 1 {
		// "Britain and France triggered United Nations sanctions": the
		// light verb's subject acts, the name before the noun is whose
		// instrument it is
		if subj := r.lightSubject(st, left, sg.start); len(subj) > 0 && subj[0].ent != sources[0].ent {
			sources = subj
		}
	}
	explicit := len(sources) > 0
	// "accused X of the killing", "blamed X for the attacks", "X was blamed
	// for the bombing": the act is X's, reported by the accuser
	var accuser *mref
	blameObj, charged, lightSrc := false, false, false
	r.denyNoun = false
	defer func() { r.denyNoun = false }()
	if len(sources) == 0 {
		if src, by, obj := r.blamedFor(st, left, sg.start); src != nil {
			sources, accuser, explicit, charged = []*mref{src}, by, true, true
		} else {
			blameObj = obj
		}
	}
	// "drew condemnation from Warsaw": X judges the subject of the clause
	if v := r.beforePhrase(left); len(sources) == 0 && drawVerbs[r.norm(v)] && r.norm(i+1) == "from" && r.at[i+2] != 0 {
		from, _ := r.chainEnd(st, i+2, sg.end)
		if from.known() {
			for _, sb := range r.subjectOf(st, v, 0) {
				if sb.ent != from.ent {
					r.emit(st, from, sb, info, left, i+1, si, nil)
				}
			}
		}
		return
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
		if blameObj && w == "on" {
			isPrep = false // "blamed the attack on X": X is the culprit
		}
		if w == "by" || isPrep || blameObj && w == "on" {
			k := j + 1
			for k < sg.end && k < j+4 && r.at[k] == 0 && (determiners[r.norm(k)] || r.tok(k).Kind == model.TokWord && !prepositions[r.norm(k)] && !st.isVrb[k-s.First]) {
				k++
			}
			if k >= sg.end || r.at[k] == 0 {
				continue
			}
			head, end := r.chainEnd(st, k, sg.end)
			if r.norm(k-1) == "what" || speechAfter[r.norm(end)] {
				j = end - 1 // "strikes on what it called militant hideouts": the speaker, no target
				continue
			}
			if w == "by" || blameObj && w == "on" {
				sources, explicit = []*mref{head}, true
				if blameObj && w == "on" {
					charged = true
					if subj := r.subjectOf(st, r.blameVerbBefore(st, left, sg.start), 0); len(subj) > 0 && subj[0].ent != head.ent {
						accuser = subj[0]
					}
				}
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
		if left-1 >= sg.start && prepositions[p] && p != "for" && p != "to" && (p != "of" || !quantityNouns[r.norm(left-2)]) &&
			(p != "in" || !amountWords[r.norm(left-2)] && r.tok(left-2).Kind != model.TokNumber) {
			return // "100 million euros in aid" passes
		}
		var lv int
		sources, lv = r.lightVerb(st, left, sg.start)
		// "India launched missile strikes on nine sites in Pakistan": the
		// light verb's subject owns a violent act as its possessor would
		lightSrc = len(sources) > 0 && lv >= 0 && forceVerbs[r.norm(lv)]
	}
	if consumed && !possessed && !between && accuser == nil && !(explicit && violent(info.Code) && (len(targets) > 0 || !st.verbBefore(sg.start, left))) &&
		!(lightSrc && violent(info.Code)) {
		return
	}
	if len(targets) == 0 && len(sources) > 1 && mutualRoots[info.Code[:2]] {
		// "X and Y began a ceasefire": each with the other
		place := r.placeIn(i+1, r.extEnd(st, si))
		for _, a := range sources {
			for _, b := range sources {
				if a != b {
					r.emit(st, a, b, info, left, i+1, si, place)
				}
			}
		}
		return
	}
	// only for the subject of the clause, a possessed act or an act charged
	// to someone: "rallied against the Togolese raids" names no new act
	if len(targets) == 0 && len(sources) == 1 && (explicit || lightSrc && violent(info.Code)) && !stateOfWar[nn.words[len(nn.words)-1]] &&
		(charged || possessed || lightSrc || !st.verbBefore(sg.start, left)) {
		switch info.Code[:2] {
		case "17", "18", "19", "20":
			// "Pakistani shelling killed five civilians in Poonch": against
			// the place's country; a crackdown or arrests at home; an
			// attack whose victims no actor names stands without a target
			if pl := r.placeIn(i+1, r.extEnd(st, si)); pl != nil && polity(pl) && pl.prefix() != "" && pl.prefix() != sources[0].prefix() {
				targets = []*mref{pl}
			} else if info.Code[:2] == "17" {
				if home := r.homeCountry(sources[0]); home != nil {
					targets = []*mref{home}
				}
			}
			if len(targets) == 0 && info.Code[:2] != "17" {
				// the story may name the victim's side (discourse.go)
				defer r.setReporter(accuser)()
				n := len(r.d.Events)
				r.emit(st, sources[0], nil, info, left, i+1, si, r.placeIn(i+1, r.extEnd(st, si)))
				if len(r.d.Events) > n {
					r.pending = append(r.pending, pendingTarget{ev: n, end: len(r.d.Events)})
				}
				return
			}
		}
	}
	if len(targets) == 0 && len(sources) == 1 && (info.Code == "1723" || info.Code == "1724") {
		// "imposed a 24-hour curfew": on the authority's own people
		if home := r.homeCountry(sources[0]); home != nil {
			targets = []*mref{home}
		}
	}
	if len(sources) == 0 || len(targets) == 0 && info.Code[:2] != "14" && info.Code[:2] != "15" && !((info.Code == "040" || info.Code == "046") && polityActor(sources[0])) {
		return // "ECOWAS will hold a summit": a bloc's meeting stands alone
	}
	if accuser != nil {
		defer r.setReporter(accuser)()
	}
	if len(targets) == 0 && len(sources) == 1 && info.Code[:2] == "14" {
		if home := r.homeCountry(sources[0]); home != nil {
			targets = []*mref{home}
		}
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

// drawVerbs make their object's judgement come from another: "drew
// condemnation from Warsaw", "sparked protests from".
var drawVerbs = set("draw", "draws", "drew", "drawn", "drawing", "spark", "sparks", "sparked", "sparking",
	"prompt", "prompts", "prompted", "prompting", "trigger", "triggered", "triggering", "provoke", "provoked",
	"provoking", "earn", "earned", "earning", "attract", "attracted", "attracting", "face", "faced", "faces", "facing")

// stateOfWar are nouns of a lasting condition rather than an act: "America's
// longest war" is no news of the day without a counterpart.
var stateOfWar = set("war", "wars", "hostilities", "fighting", "conflict", "occupation")

// culpritWords tie an actor to an act: "was behind", "responsible for",
// "linked to", "involved in", "role in".
var culpritWords = set("behind", "responsible", "responsibility", "linked", "tied", "connected", "involved", "involvement", "role", "complicity")

// leaveOrder reports whether "to leave" follows an order at token at within
// a dozen tokens of the sentence ending at hi.
func (r *runner) leaveOrder(at, hi int) bool {
	for j := at + 1; j+1 < hi && j < at+14; j++ {
		if r.norm(j) == "to" && r.norm(j+1) == "leave" {
			return true
		}
	}
	return false
}

// diplomatWords name a state's envoys.
var diplomatWords = set("ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys", "embassy",
	"consul", "consuls", "attache", "attaché", "attaches", "chargé", "charge", "d'affaires")

// diplomatsIn reports whether a word naming envoys stands in [lo, hi).
func (r *runner) diplomatsIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if diplomatWords[r.norm(j)] {
			return true
		}
	}
	return false
}

// partyBefore returns the nearest actor before token at in the sentence
// whose country differs from src's and that can be acted upon (a state,
// government or force, not a newspaper), or nil.
func (r *runner) partyBefore(st *sent, at int, src *mref) *mref {
	for j := at - 1; j >= st.s.First; j-- {
		m := r.mentionAt(j)
		if m == nil || !m.known() || media(m) {
			continue
		}
		if p := m.prefix(); countryCode(p) && p != src.prefix() && (!m.place || polity(m)) {
			return m
		}
		j = m.first
	}
	return nil
}

// peopleWords name people no actor code covers.
var peopleWords = set("people", "civilians", "protesters", "protestors", "demonstrators", "villagers", "residents",
	"students", "worshippers", "journalists", "activists", "opponents", "critics", "soldiers", "judges",
	"officers", "officials", "suspects", "men", "women", "children", "members")

// peopleObject reports whether the words after a verb, up to five, name
// people without naming who they are ("745 people", "more than 7,500
// soldiers, judges and police officers").
func (r *runner) peopleObject(lo, hi int) bool {
	for j := lo; j < hi && j < lo+6; j++ {
		if r.at[j] != 0 {
			return false
		}
		if peopleWords[r.norm(j)] {
			return true
		}
	}
	return false
}

// policeForce reports whether an actor code names police or security
// forces, whose violence against unnamed people is at home.
func policeForce(actor string) bool {
	return len(actor) >= 6 && strings.Contains(actor[3:], "COP")
}

// talkVerbs converse: "spoke with X" consults X.
var talkVerbs = set("speak", "speaks", "spoke", "speaking", "talk", "talks", "talked", "talking", "chat", "chatted")

// leaveVerbs quit something: with a bloc as object, membership.
var leaveVerbs = set("leave", "leaves", "left", "leaving", "quit", "quits", "quitting", "exit", "exits", "exited", "exiting")

// speechAfter follow a mention that speaks rather than is acted on: "what
// it called", "what Kyiv said".
var speechAfter = set("called", "calls", "said", "says", "described", "termed", "claimed")

// violent reports whether a code is a use of force (CAMEO 18–20).
func violent(code string) bool {
	return code >= "18" && code < "21"
}

// lightSubject returns the subject of the light verb whose object is the
// noun phrase starting at left ("held talks", "launched a wave of
// attacks"): only determiners, modifiers, "for"/"to" and "of" after a
// quantity stand between them. A verb of saying or judging ("condemned the
// attacks on X") does not lend its subject.
func (r *runner) lightSubject(st *sent, left, lo int) []*mref {
	subj, _ := r.lightVerb(st, left, lo)
	return subj
}

// lightVerb is lightSubject, also returning the light verb's token (-1
// when there is none).
func (r *runner) lightVerb(st *sent, left, lo int) ([]*mref, int) {
	for j := left - 1; j >= lo && j >= left-7; j-- {
		w := r.norm(j)
		if lightVerbs[w] || haveForms[w] {
			return r.subjectOf(st, j, 0), j
		}
		if (w == "out" || w == "up") && j-1 >= lo && lightVerbs[r.norm(j-1)] {
			continue // "carried out strikes", "stepped up attacks"
		}
		if t := r.tok(j); t.Kind != model.TokWord && t.Kind != model.TokNumber && t.Kind != model.TokSymbol || r.at[j] != 0 && !r.isDemonym(j) || subordinators[w] ||
			prepositions[w] && w != "for" && w != "to" && w != "of" && (w != "in" || !amountWords[r.norm(j-1)]) || w == "and" || w == "or" || st.isVrb[j-st.s.First] {
			break
		}
	}
	return nil, -1
}

// forceVerbs are the light verbs whose subject carries out a use of force
// named by their object ("launched strikes", "carried out raids"), unlike
// "called the shelling an act of war".
var forceVerbs = set("launch", "launches", "launched", "launching", "carry", "carries", "carried", "conduct",
	"conducts", "conducted", "conducting", "mount", "mounted", "stage", "staged", "wage", "waged", "waging",
	"unleash", "unleashed", "begin", "began", "begun", "start", "started", "resume", "resumed", "intensify",
	"intensified", "escalate", "escalated", "step", "stepped", "continue", "continued", "continues", "renew",
	"renewed", "order", "ordered")

// setReporter makes the events emitted until the returned function runs
// reported by m (nil: no change).
func (r *runner) setReporter(m *mref) func() {
	if m == nil || r.reporter != nil {
		return func() {}
	}
	r.reporter = m
	return func() { r.reporter = nil }
}

// blameVerbs hold someone to account for an act: "blamed X for the attack",
// "blamed the attack on X".
var blameVerbs = set("blame", "blames", "blamed", "blaming")

// beforePhrase returns the token before the noun phrase starting at left,
// past one determiner: the verb or preposition that governs it.
func (r *runner) beforePhrase(left int) int {
	c := left - 1
	if determiners[r.norm(c)] {
		c--
	}
	return c
}

// blameVerbBefore returns the token of a verb of blaming whose object is
// the noun phrase starting at left ("blamed the attack on"), or -1.
func (r *runner) blameVerbBefore(st *sent, left, lo int) int {
	if c := r.beforePhrase(left); c >= lo && blameVerbs[r.norm(c)] && st.isVrb[c-st.s.First] {
		return c
	}
	return -1
}

// blamedFor returns, for the event noun phrase starting at left, the
// actor an accusation charges with it and the accuser: "accused X of the
// killing", "blamed X for the attacks", "held X responsible for the
// bombing", "X was blamed for the attack". obj reports instead that the
// phrase is the object of a verb of blaming ("blamed the attack on X").
func (r *runner) blamedFor(st *sent, left, lo int) (src, by *mref, obj bool) {
	if r.blameVerbBefore(st, left, lo) >= 0 {
		return nil, nil, true
	}
	p := r.beforePhrase(left)
	pw := r.norm(p)
	if p <= lo {
		return nil, nil, false
	}
	if pw == "with" && r.norm(p-1) == "do" && r.norm(p-2) == "to" && r.norm(p-3) == "nothing" {
		// "X had nothing to do with the attack": X denies it
		if subj := r.subjectOf(st, p-3, 0); len(subj) > 0 {
			r.denyNoun = true
			return subj[0], nil, false
		}
		return nil, nil, false
	}
	if culpritWords[pw] || (pw == "for" || pw == "to" || pw == "in") && culpritWords[r.norm(p-1)] {
		// "X was behind the attack", "X is responsible for the bombing",
		// "agents linked to the killing", "X's role in the attack"
		t := p
		if !culpritWords[pw] {
			t = p - 1
		}
		if w := r.norm(t); (w == "role" || w == "involvement" || w == "hand" || w == "complicity") && r.norm(t-1) == "'s" && r.at[t-2] != 0 {
			return r.mentionAt(t - 2), nil, false
		}
		if r.norm(t) == "responsible" && r.norm(p) == "for" {
			if c := r.prevWord(t, lo); c >= 0 && (r.norm(c) == "held" || r.norm(c) == "hold" || r.norm(c) == "holds") {
				return nil, nil, false // the active "held X responsible for" below
			}
		}
		// "denied any role in the attack": the act is denied by its author
		d := t - 1
		for d > lo && (determiners[r.norm(d)] || r.norm(d) == "any") {
			d--
		}
		if d >= lo && denyVerbs[r.norm(d)] && st.isVrb[d-st.s.First] {
			t = d
			r.denyNoun = true
		}
		for n := t - 1; n >= lo && n >= t-3; n-- {
			if negations[r.norm(n)] {
				r.denyNoun = true // "X is not responsible for the attack"
			}
		}
		if subj := r.subjectOf(st, t, 0); len(subj) > 0 {
			return subj[0], nil, false
		}
		r.denyNoun = false
		return nil, nil, false
	}
	if pw != "of" && pw != "for" {
		return nil, nil, false
	}
	k := p - 1
	if pw == "for" && r.norm(k) == "responsible" {
		k--
	}
	verbOK := func(c int) bool {
		w := r.norm(c)
		return c >= lo && st.isVrb[c-st.s.First] && (pw == "of" && accuseVerbs[w] && w != "charges" ||
			pw == "for" && (blameVerbs[w] || r.norm(p-1) == "responsible" && (w == "held" || w == "hold" || w == "holds")))
	}
	if k >= lo && r.at[k] != 0 {
		// active: "accused [the] X of", "blamed X for"
		cs := r.chainStart(st, k, lo)
		c := cs - 1
		if r.norm(c) == "the" {
			c--
		}
		if !verbOK(c) {
			return nil, nil, false
		}
		h, _ := r.chainEnd(st, cs, p)
		if subj := r.subjectOf(st, c, 0); len(subj) > 0 && subj[0].ent != h.ent {
			return h, subj[0], false
		}
		return nil, nil, false
	}
	// passive: "X was blamed [by Y] for", "X is accused of"
	if !verbOK(k) {
		return nil, nil, false
	}
	if q := r.prevWord(k, lo); q < 0 || !beForms[r.norm(q)] {
		return nil, nil, false
	}
	if subj := r.subjectOf(st, k, 0); len(subj) > 0 {
		return subj[0], nil, false
	}
	return nil, nil, false
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
	if src == nil || !src.known() || src.ent.Type == model.Fac {
		return // "the crossing remained closed": a building or region acts for no one
	}
	if info.Code == "100" && r.leaveOrder(at, st.s.Last) {
		// "ordered the French ambassador, Joël Meyer, to leave the
		// country": an expulsion
		info = r.dict.codes["174"]
	}
	if info.Code == "174" && r.diplomatsIn(at, min(st.s.Last, at+window)) {
		// expelling an ambassador or diplomats reduces relations (CAMEO
		// 161), it is no deportation
		info = r.dict.codes["161"]
	}
	if info.QuadClass == 4 && info.Code[:2] == "19" && tgt != nil && unarmed(tgt.actor) {
		// force against civilians, protesters or refugees is an assault
		// (CAMEO 18), not a military engagement (19)
		info = r.dict.codes["180"]
	}
	// a self-event: the same entity with the same actor code ("Georgian
	// demonstrators" and "the Georgian government" may share an entity but
	// are different actors).
	if tgt != nil && (tgt.ent == src.ent || tgt.ent.ID == src.ent.ID) && tgt.actor == src.actor {
		return
	}
	if tgt != nil && src.place && tgt.place && src.prefix() == tgt.prefix() && src.prefix() != "" &&
		len(src.actor) <= 3 && len(tgt.actor) <= 3 && info.Code[:2] != "14" && info.Code[:2] != "17" {
		return // "Algiers to resume dialogue" with Algeria: a country's places are one party
	}
	key := src.ent.ID + "|" + info.Code + "|" + itoa(st.idx) + "|" + itoa(si)
	rootKey := src.ent.ID + "|" + info.Code[:2] + "|" + itoa(st.idx) + "|" + itoa(si)
	if tgt != nil {
		key += "|" + tgt.ent.ID
		rootKey += "|" + tgt.ent.ID
	}
	if r.seen[key] || r.nounEmit && r.seen[rootKey] {
		return // "will send relief supplies": the verb's event says it
	}
	r.seen[key], r.seen[rootKey] = true, true
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
	r.refused = false
	future, spoken := r.modality(st, &ev, src, tgt, at, si)
	if r.refused && ev.Modality == model.ModNegated && tgt != nil && ev.Root != "12" {
		// "a Polish court refused to hand the suspect over to Germany":
		// the refusal is the news, a rejection of the other side
		if ri, ok := r.dict.codes["120"]; ok {
			ev.Code, ev.Root, ev.Label, ev.QuadClass, ev.Goldstein = ri.Code, ri.Code[:2], ri.Name, ri.QuadClass, ri.Goldstein
			ev.Modality = model.ModAsserted
		}
	}
	r.refused = false
	if r.denyNoun && (ev.Modality == model.ModAsserted || ev.Modality == model.ModReported) {
		ev.Modality = model.ModDenied
	}
	if r.reporter != nil && (ev.Modality == model.ModAsserted || ev.Modality == model.ModPlanned) {
		// "X accused Y of looting": the looting is X's claim
		ev.Modality = model.ModReported
		if r.reporter.ent != src.ent {
			ev.Attribution = r.reporter.ref()
		}
	}
	// "Israel announced it would free prisoners": an actor announcing its
	// own future act expresses an intent (CAMEO 03) or a threat (13).
	// An announced conflictual act ("said it would impose a tariff") stays
	// that act, planned: a threat is what "threatened" or "warned" says.
	if future && spoken && ev.Attribution != nil && ev.Attribution.Entity == src.ent.ID && ev.Modality == model.ModPlanned &&
		info.Code[:2] < "10" {
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
	// "X said Y attacked Z": X accuses Y (PETRARCH2's transformation
	// "a (b . ATTACK) SAY = a b 112"), when X is on another side than Y.
	// Only for past acts (a report of plans is no accusation) and not for
	// the media, who report without accusing.
	if ev.QuadClass == 4 && !future && ev.Attribution != nil && ev.Attribution.Entity != src.ent.ID &&
		!strings.Contains(ev.Attribution.Actor, "MED") &&
		(ev.Modality == model.ModReported || ev.Modality == model.ModAsserted || ev.Modality == model.ModDenied) {
		if a := r.refMention(ev.Attribution, at); a != nil && a.prefix() != "" && a.prefix() != src.prefix() {
			n := len(r.d.Events)
			r.emit(st, a, src, r.dict.codes["112"], at, end, si, nil)
			if len(r.d.Events) > n {
				// the accusation itself is a fact of the report
				acc := &r.d.Events[n]
				acc.Modality, acc.Attribution, acc.Claim = model.ModAsserted, nil, ""
			}
		}
	}
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

// polityActor reports whether an actor is a bloc of states (an
// intergovernmental organisation): its summits and meetings are events
// without a counterpart, as the verb rule has it for "will meet".
func polityActor(m *mref) bool {
	return strings.HasPrefix(m.actor, "IGO")
}

// media reports whether a mention names a news outlet or journalists.
func media(m *mref) bool {
	return len(m.actor) >= 6 && strings.Contains(m.actor[3:], "MED")
}

// unarmedRoles are CAMEO role codes of people without arms.
var unarmedRoles = []string{"CVL", "OPP", "REF", "EDU", "LAB", "MED", "HLH", "REL", "HRI"}

// unarmed reports whether an actor code names civilians, protesters,
// refugees, students, workers, journalists, medics or clergy.
func unarmed(actor string) bool {
	if len(actor) < 6 {
		return false
	}
	for k := 3; k+3 <= len(actor); k += 3 {
		r := actor[k : k+3]
		for _, u := range unarmedRoles {
			if r == u {
				return true
			}
		}
		if r == "MIL" || r == "REB" || r == "COP" || r == "SPY" || r == "UAF" || r == "GOV" {
			return false
		}
	}
	return false
}

// culprit returns the source of the latest use of force (CAMEO 18–20) in
// this or the four sentences before, by another side than src, as the
// target of a condemnation or threat that names only the act ("condemned
// the strikes"), or nil.
func (r *runner) culprit(st *sent, src *mref) *mref {
	for k := len(r.d.Events) - 1; k >= 0 && k >= len(r.d.Events)-20; k-- {
		ev := &r.d.Events[k]
		if ev.Sentence < st.idx-4 {
			break
		}
		if ev.Source == nil || !violent(ev.Root) || ev.Modality == model.ModNegated || ev.Modality == model.ModHypothetical {
			continue
		}
		if p := r.refPrefix(ev.Source); p == "" || p == src.prefix() || ev.Source.Entity == src.ent.ID {
			continue
		}
		return r.refMention(ev.Source, src.first)
	}
	return nil
}
