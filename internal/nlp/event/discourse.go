package event

import (
	"strings"

	"eventgraph/internal/model"
)

// Discourse targets. A verb of verbal conflict, appeal, protest or reduced
// relations often names no target because the story already has: "Pakistan
// vowed to respond" (to India, named two sentences before), "Somalia
// recalled its ambassador" (from Ethiopia), "Qatar rejected the accusation"
// (by Saudi Arabia). A coder that reads one clause at a time (PETRARCH2)
// drops these events or leaves them without a target; an analyst codes them
// against the counterpart (Schrodt 2012, CAMEO codebook, ch. 1: the target
// is "the actor the event is directed at", which the text may give outside
// the sentence). The target is taken, in order, from
//
//  1. the verb's object phrase, when it places an envoy or force of the
//     source in another country ("its ambassador in Addis Ababa");
//  2. the other party of the latest event involving the source's side in
//     the previous three sentences (see recentCounterpart);
//  3. the story's main counterpart of the source's side: the side most often
//     paired with it in the article's events, else the country most often
//     mentioned, only when it leads the runner-up clearly (see
//     storyCounterpart).
//
// Rules 2 and 3 need every event of the article, so events waiting for one
// are emitted without a target and resolved after the last sentence.

// pendingTarget is an event emitted without a target that the story may give
// one. Events [ev, end) were appended by its emit: the event and what it
// derived (an accusation). When need is set and no target is found they are
// all dropped: the verb's class makes no event without one.
type pendingTarget struct {
	ev, end int
	need    bool
}

// recentSentences is how far back rule 2 looks for the source's last
// counterpart, in sentences.
const recentSentences = 3

// takesTarget reports whether an event with this code, coded without a
// target, should look for one in the story: appeals (02) and the meetings
// and visits of 04 that are made to someone (not a bare "met", 040), and
// the verbal and material conflict of roots 10–17, and denials (016).
// Other statements (01) have an addressee only when the text names one.
func takesTarget(info CodeInfo) bool {
	root := info.Code[:2]
	switch {
	case info.Code == "016":
		return true // "dismissed the claims": denied to the accuser
	case root == "02":
		return true
	case root == "04":
		return info.Code != "040"
	case root >= "10" && root <= "17":
		return true
	case root == "07":
		return true // "Ankara would send food shipments": to the story's party in need
	case info.Code == "036" || strings.HasPrefix(info.Code, "039"):
		return true // "offered to host talks", "offered to mediate": between the story's parties
	}
	return false
}

// envoyNouns are what a side keeps in another country: the place after one
// in the verb's object ("recalled its ambassador in Addis Ababa", "closed its
// embassy in Kabul") names the counterpart.
var envoyNouns = set("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "embassy", "embassies",
	"consulate", "consulates", "mission", "legation", "troops", "soldiers", "forces", "contingent", "peacekeepers",
	"citizens", "nationals", "staff", "personnel", "representative", "representatives")

// objectPlaceTarget implements rule 1: within the first words of the verb's
// object, an envoy noun followed by "in", "at", "to" or "from" and a place
// of another country than src's. It returns that country's entity when the
// article names it, else the place, or nil.
func (r *runner) objectPlaceTarget(st *sent, v *verb, lim int, src *mref) *mref {
	lim = min(lim, st.s.Last, v.end+8)
	for j := v.end; j < lim; j++ {
		n := r.norm(j)
		if envoyNouns[n] {
			p := j + 1
			switch r.norm(p) {
			case "in", "at", "to", "from":
			default:
				return nil
			}
			k := p + 1
			if r.norm(k) == "the" {
				k++
			}
			m := r.mentionAt(k)
			if m == nil || !m.place {
				return nil
			}
			c := m.prefix()
			if !countryCode(c) || c == src.prefix() {
				return nil
			}
			if e := r.countryEntity(c); e != nil {
				return r.refMention(e.Ref(), m.first)
			}
			return m
		}
		if t := r.tok(j); t.Kind != model.TokWord || prepositions[n] || r.at[j] != 0 || st.isVrb[j-st.s.First] {
			return nil
		}
	}
	return nil
}

// nonCountry are the three-letter actor prefixes that name no country.
var nonCountry = set("IGO", "NGO", "IMG", "MNC", "MED", "---", "UAF", "REB", "OPP", "CVL", "GOV", "MIL", "COP",
	"SPY", "BUS", "JUD", "LEG", "REF", "HRI", "EDU", "LAB", "HLH", "REL", "ELI", "CRM", "AGR", "ENV", "SET", "UIS",
	"MOD", "RAD", "INS", "PTY")

// countryCode reports whether c is a country prefix (ISO 3166-1 alpha-3).
func countryCode(c string) bool {
	return len(c) == 3 && !nonCountry[c]
}

// countryEntity returns the article's entity for the country c itself (a
// GPE of kind country), or nil.
func (r *runner) countryEntity(c string) *model.Entity {
	for _, e := range r.d.Entities {
		if e == nil || e.Type != model.GPE || e.Country != c || len(e.Mentions) == 0 {
			continue
		}
		if e.Geo != nil && e.Geo.Kind != "country" || e.Geo == nil && e.Actor != c {
			continue
		}
		return e
	}
	return nil
}

// side returns the party a reference stands for: its country, or for an
// international organisation the entity itself ("#e4"). "" when it is
// unknown or no state-like party (a company, an NGO, the media).
func (r *runner) side(ref *model.Ref) string {
	if ref == nil {
		return ""
	}
	e := r.ents[ref.Entity]
	c := ""
	if e != nil {
		c = e.Country
	}
	if c == "" && len(ref.Actor) >= 3 {
		c = ref.Actor[:3]
	}
	if strings.HasPrefix(ref.Actor, "MED") || media(&mref{actor: ref.Actor}) {
		return "" // news media report; they are nobody's counterpart
	}
	if countryCode(c) {
		return c
	}
	if e == nil || !strings.HasPrefix(ref.Actor, "IGO") {
		return "" // companies and NGOs are no state's counterpart
	}
	return "#" + e.ID
}

// resolveTargets gives the pending events their discourse targets (rules 2
// and 3) and drops those that need one and found none.
func (r *runner) resolveTargets() {
	if len(r.pending) == 0 {
		return
	}
	evs := r.d.Events
	open := make([]bool, len(evs)) // events without a text target: no evidence for others
	for _, p := range r.pending {
		open[p.ev] = true
	}
	drop := make([]bool, len(evs))
	dropped := false
	story := map[string]*model.Ref{}
	sides := r.sideSentences()
	coded := map[eventKey]bool{}
	for k := range evs {
		if ev := &evs[k]; ev.Source != nil && ev.Target != nil {
			coded[eventKey{src: ev.Source.Entity, code: ev.Root, tgt: ev.Target.Entity, sent: ev.Sentence}] = true
		}
	}
	for _, p := range r.pending {
		ev := &evs[p.ev]
		src := r.side(ev.Source)
		var tgt *model.Ref
		if src != "" && otherCountry(sides, src) {
			// not in a story of one country: its events are domestic
			tgt = r.recentCounterpart(evs, open, p.ev, src)
			if tgt == nil {
				ref, ok := story[src]
				if !ok {
					ref = r.storyCounterpart(evs, open, src, sides)
					story[src] = ref
				}
				tgt = ref
			}
		}
		switch {
		case tgt != nil && !duplicate(coded, ev, tgt):
			ev.Target = tgt
			if ev.Place == tgt.Entity {
				ev.Place = ""
			}
		case p.need || tgt != nil:
			for k := p.ev; k < p.end; k++ {
				drop[k] = true
			}
			dropped = true
		}
	}
	if !dropped {
		return
	}
	out := evs[:0]
	for k := range evs {
		if !drop[k] {
			out = append(out, evs[k])
		}
	}
	r.d.Events = out
}

// eventKey identifies an act for deduplication: source, code, sentence and
// target.
type eventKey struct {
	src, code, tgt string
	sent           int
}

// duplicate reports whether another event already codes ev's act against
// tgt; coded records the acts with a target so far and gains ev's when it
// is new.
func duplicate(coded map[eventKey]bool, ev *model.Event, tgt *model.Ref) bool {
	k := eventKey{src: ev.Source.Entity, code: ev.Root, tgt: tgt.Entity, sent: ev.Sentence}
	if coded[k] {
		return true
	}
	coded[k] = true
	return false
}

// recentCounterpart implements rule 2: the other party of the nearest
// event with a text target that involves side src, in event i's sentence
// (earlier events first) or the recentSentences before it, or nil.
func (r *runner) recentCounterpart(evs []model.Event, open []bool, i int, src string) *model.Ref {
	sent := evs[i].Sentence
	other := func(k int) *model.Ref {
		ev := &evs[k]
		if open[k] || ev.Source == nil || ev.Target == nil || ev.Root == "01" && media(&mref{actor: ev.Target.Actor}) {
			return nil
		}
		s, t := r.side(ev.Source), r.side(ev.Target)
		switch {
		case s == "" || t == "" || s == t:
			return nil
		case s == src:
			return ev.Target
		case t == src:
			return ev.Source
		}
		return nil
	}
	for k := i - 1; k >= 0 && evs[k].Sentence >= sent-recentSentences; k-- {
		if evs[k].Sentence == sent {
			if o := other(k); o != nil {
				return o
			}
		}
	}
	for k := i + 1; k < len(evs) && evs[k].Sentence == sent; k++ {
		if o := other(k); o != nil {
			return o
		}
	}
	for k := i - 1; k >= 0 && evs[k].Sentence >= sent-recentSentences; k-- {
		if evs[k].Sentence < sent {
			if o := other(k); o != nil {
				return o
			}
		}
	}
	return nil
}

// storyCounterpart implements rule 3 for side src: the side most often
// paired with it in the article's events with a text target, when it leads
// the runner-up; else the country other than src's mentioned in the most
// sentences, when it leads the runner-up by two sentences. It returns nil
// when no side leads.
func (r *runner) storyCounterpart(evs []model.Event, open []bool, src string, sides map[string]int) *model.Ref {
	pairs := map[string]int{}
	refs := map[string]*model.Ref{}
	for k := range evs {
		ev := &evs[k]
		if open[k] || ev.Source == nil || ev.Target == nil {
			continue
		}
		s, t := r.side(ev.Source), r.side(ev.Target)
		var o string
		var ref *model.Ref
		switch {
		case s == "" || t == "" || s == t:
			continue
		case s == src:
			o, ref = t, ev.Target
		case t == src:
			o, ref = s, ev.Source
		default:
			continue
		}
		if sides[o] < 2 {
			continue // named once: a passing mention, not the story's counterpart
		}
		pairs[o]++
		if refs[o] == nil {
			refs[o] = ref
		}
	}
	if best, ok := leader(pairs, 1); ok {
		if countryCode(best) {
			if e := r.countryEntity(best); e != nil {
				return e.Ref()
			}
		}
		return refs[best]
	}
	rest := make(map[string]int, len(sides))
	for c, n := range sides {
		if c != src && countryCode(c) {
			rest[c] = n
		}
	}
	best, ok := leader(rest, 2)
	if !ok || rest[best] < 2 {
		return nil
	}
	if e := r.countryEntity(best); e != nil {
		return e.Ref()
	}
	// the most mentioned entity of that country ("Addis Ababa", "Abiy Ahmed")
	var top *model.Entity
	for _, e := range r.d.Entities {
		if e != nil && e.Country == best && (top == nil || len(e.Mentions) > len(top.Mentions)) {
			top = e
		}
	}
	return top.Ref()
}

// leader returns the key with the highest count when it exceeds every other
// by at least margin (ties broken by key, for determinism).
func leader(counts map[string]int, margin int) (string, bool) {
	best, first := "", 0
	for k, n := range counts {
		if n > first || n == first && k < best {
			best, first = k, n
		}
	}
	second := 0
	for k, n := range counts {
		if k != best {
			second = max(second, n)
		}
	}
	return best, best != "" && first-second >= margin
}

// sideSentences counts, for each side (see side), the sentences that
// mention it: a country's places, people and organisations, an
// international organisation's own mentions.
func (r *runner) sideSentences() map[string]int {
	out := map[string]int{}
	type at struct {
		side string
		sent int
	}
	seen := map[at]bool{}
	for _, e := range r.d.Entities {
		if e == nil {
			continue
		}
		var key string
		switch {
		case strings.HasPrefix(e.Actor, "IGO"):
			key = "#" + e.ID
		case len(e.Actor) >= 3 && !countryCode(e.Actor[:3]):
			continue // an organisation's seat is not a party to the story
		case countryCode(e.Country):
			key = e.Country
		case len(e.Actor) >= 3:
			key = e.Actor[:3]
		default:
			continue
		}
		for _, m := range e.Mentions {
			if k := (at{key, m.Sentence}); !seen[k] {
				seen[k] = true
				out[key]++
			}
		}
	}
	return out
}

// otherCountry reports whether the article mentions a country other than
// side src's: events of a story of one country are domestic, and their
// missing targets are not guessed.
func otherCountry(sides map[string]int, src string) bool {
	for c := range sides {
		if c != src && countryCode(c) {
			return true
		}
	}
	return false
}

// civilRoles are the role codes of actors that speak for no state: their
// demands and protests are aimed at their own side or a party the clause
// names, never at the story's foreign counterpart.
var civilRoles = []string{"OPP", "CVL", "MED", "HRI", "EDU", "LAB", "HLH", "REL", "REF", "BUS", "CRM"}

// stateSide reports whether an actor may take a discourse target: a
// country, its government or forces, an armed group or an international
// organisation, not a civil group.
func stateSide(actor string) bool {
	for k := 3; k+3 <= len(actor); k += 3 {
		r := actor[k : k+3]
		for _, c := range civilRoles {
			if r == c {
				return false
			}
		}
	}
	return len(actor) >= 3 && !strings.HasPrefix(actor, "MED") && !strings.HasPrefix(actor, "NGO")
}

// namesOwnSide reports whether the clause after the verb, [from, lim),
// names an actor of src's own country that is not a place: the act
// answers a party at home ("the government rejected a Taliban demand"),
// not the story's foreign counterpart.
func (r *runner) namesOwnSide(from, lim int, src *mref) bool {
	p := src.prefix()
	for j := from; j < lim && j < from+window; j++ {
		if m := r.mentionAt(j); m != nil && !m.place && m.prefix() == p {
			return true
		}
	}
	return false
}

// attributive reports whether verb v is a past participle modifying a noun
// (or a noun itself) rather than a finite verb: after a determiner or possessive ("the two
// nations' disputed boundary") or a plain noun ("a member of the movement
// jailed a year ago", "officials accused of"). Its subject is no party of
// an act, so it takes no target from the story.
func (r *runner) attributive(st *sent, v *verb) bool {
	p := v.at - 1
	if p < st.s.First {
		return false
	}
	if v.sense.kind != formPast {
		// "a Mapuche demand": after an indefinite article and a name, a
		// noun, not a verb
		m := r.mentionAt(p)
		return m != nil && (r.norm(m.first-1) == "a" || r.norm(m.first-1) == "an")
	}
	t := r.tok(p)
	n := t.Norm
	switch {
	case determiners[n] || n == "'s" || n == "’s" || t.Kind == model.TokQuote:
		return true
	case t.Kind != model.TokWord || r.at[p] != 0 || st.isVrb[p-st.s.First] || r.isTime(p):
		return false
	case modals[n] || beForms[n] || haveForms[n] || doForms[n] || negations[n] || groupAdverbs[n] || pronouns[n] ||
		n == "and" || n == "or" || n == "but" || strings.HasSuffix(n, "ly"):
		return false
	}
	return true
}
