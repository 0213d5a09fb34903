package entity

import (
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// pronounCands adds the words coreference resolves: he, she, him; "it said";
// "X said it"; "the company said", "the rights group said".
func (w *work) pronounCands(si int, s model.Sentence) {
	for i := s.First; i < s.Last; i++ {
		switch n := w.tok(i).Norm; {
		case n == "he" || n == "she" || n == "him":
			w.cands = append(w.cands, &cand{first: i, last: i + 1, kind: cPronoun, sent: si, mkind: model.MentionPronoun, typ: model.Person})
		case n == "it" && i+1 < s.Last && speechVerbs[w.tok(i+1).Norm]:
			// "It said …": the organisation or country that speaks.
			w.cands = append(w.cands, &cand{first: i, last: i + 1, kind: cPronoun, sent: si, mkind: model.MentionPronoun, typ: model.Org})
		case (n == "it" || n == "they") && i > s.First && (speechVerbs[w.tok(i-1).Norm] || w.tok(i-1).Norm == "that" && i-1 > s.First && speechVerbs[w.tok(i-2).Norm]):
			// "Britain said it would …": the subject of the speech verb.
			w.cands = append(w.cands, &cand{first: i, last: i + 1, kind: cPronoun, sent: si, mkind: model.MentionPronoun, typ: model.GPE})
		case (n == "it" || n == "they") && i-2 > s.First && w.tok(i-1).Norm == "that" && claimWords[w.tok(i-2).Norm]:
			// "Iran rejected accusations that it was behind the attacks":
			// the one the claim is about is the subject of the verb before
			if v := w.verbBeforeClaim(i-2, s.First); v >= 0 {
				w.cands = append(w.cands, &cand{first: i, last: i + 1, kind: cPronoun, sent: si, mkind: model.MentionPronoun,
					typ: model.GPE, claimVerb: v})
			}
		case n == "the" && i+1 < s.Last && blocNouns[w.tok(i+1).Norm] && (i+2 >= s.Last || !w.tok(i+2).Is(model.FlagCap)):
			// "the bloc could review its ties": the union of states named before.
			w.cands = append(w.cands, &cand{first: i, last: i + 2, kind: cPronoun, sent: si, mkind: model.MentionNominal, typ: model.Org, bloc: true})
		case n == "the" && i+2 < s.Last && orgNouns[w.tok(i+1).Norm] && speechVerbs[w.tok(i+2).Norm]:
			// "the company said", "the ministry added".
			w.cands = append(w.cands, &cand{first: i, last: i + 2, kind: cPronoun, sent: si, mkind: model.MentionNominal, typ: model.Org})
		case n == "the" && i+3 < s.Last && !w.tok(i+1).Is(model.FlagCap) && orgNouns[w.tok(i+2).Norm] && speechVerbs[w.tok(i+3).Norm]:
			// "the rights group said", "the state company added".
			w.cands = append(w.cands, &cand{first: i, last: i + 3, kind: cPronoun, sent: si, mkind: model.MentionNominal, typ: model.Org})
		}
	}
}

// speechVerbs follow a pronoun or noun that speaks.
var speechVerbs = map[string]bool{"said": true, "says": true, "added": true, "announced": true, "reported": true,
	"stated": true, "told": true, "noted": true, "denied": true, "confirmed": true, "expects": true, "expected": true,
	"warned": true, "insisted": true, "explained": true, "estimated": true, "predicted": true, "claimed": true}

// intergovernmental reports whether an entity is a union of states: its
// actor code, or its dictionary entry's, starts with IGO.
func intergovernmental(en *ent) bool {
	if en.e.Type == model.Person {
		return false
	}
	if strings.HasPrefix(en.e.Actor, "IGO") {
		return true
	}
	for _, c := range en.cands {
		if c.entry != nil && len(c.entry.Codes) > 0 && strings.HasPrefix(c.entry.Codes[0].Code, "IGO") {
			return true
		}
	}
	return false
}

// namedLike reports whether an organisation's name ends in noun: "the
// alliance" for "the Viv Ansanm alliance".
func namedLike(en *ent, noun string) bool {
	if en.e.Type != model.Org {
		return false
	}
	name := strings.ToLower(en.e.Name)
	return strings.HasSuffix(name, " "+noun)
}

// blocNouns name a union of states: "the bloc", "the alliance".
var blocNouns = map[string]bool{"bloc": true, "alliance": true}

// orgNouns name an organisation a nominal can refer back to.
var orgNouns = map[string]bool{"company": true, "firm": true, "bank": true, "group": true, "agency": true,
	"ministry": true, "government": true, "army": true, "military": true, "organisation": true, "organization": true,
	"party": true, "union": true, "utility": true, "airline": true, "corporation": true, "council": true}

// nominals links role nouns ("the National Security Advisor", "the
// president") to the person with that role mentioned before.
func (w *work) nominals() {
	for _, c := range w.cands {
		if c.kind != cAgent || c.used || !personRole(c.entry) {
			continue
		}
		if c.first == 0 || !determiner[w.tok(c.first-1).Norm] {
			continue
		}
		role := roleKey(w.text(c))
		var best *ent
		for _, en := range w.ents {
			if en.e.Type != model.Person || !en.hasRole(role) {
				continue
			}
			if m := en.e.Mentions[0]; m.Start < w.tok(c.first).Start {
				best = en
			}
		}
		if best != nil {
			c.first--
			c.mkind = model.MentionNominal
			w.attach(best, c)
		}
	}
}

// roleKey normalises a role for comparison: case, and the two spellings of
// adviser.
func roleKey(s string) string {
	return strings.ReplaceAll(lexicon.Normalize(s), "advisor", "adviser")
}

// hasRole reports whether the text or the dictionary gives the person this
// role (or one ending in it: "the minister" for "foreign minister").
func (en *ent) hasRole(role string) bool {
	match := func(r string) bool {
		r = roleKey(r)
		return r != "" && (r == role || strings.HasSuffix(r, " "+role))
	}
	if match(en.e.Role) {
		return true
	}
	for _, c := range en.cands {
		if match(c.role) {
			return true
		}
	}
	return false
}

var determiner = map[string]bool{"the": true, "this": true, "that": true}

// pronouns links he/she/him to the last person mentioned before, within
// the paragraph or the one before, and "it said" / "the company said" to
// the last organisation (or, failing one, country).
func (w *work) pronouns() {
	for _, c := range w.cands {
		if c.kind != cPronoun {
			continue
		}
		start := w.tok(c.first).Start
		para := w.d.Sentences[c.sent].Para
		var best *ent
		bestAt := -1
		if c.typ == model.GPE {
			// "X said it …": the speaker is the subject before the verb.
			if c.claimVerb > 0 {
				if en := w.subjectEndingAt(c.sent, c.claimVerb); en != nil {
					w.attach(en, c)
				}
				continue
			}
			if en := w.speakerBefore(c); en != nil {
				w.attach(en, c)
			}
			continue
		}
		want := func(t model.EntityType) bool {
			if c.bloc {
				return false // below: only an intergovernmental organisation
			}
			if c.typ == model.Org {
				return t == model.Org || t == model.GPE && w.tok(c.first).Norm == "it"
			}
			return t == model.Person
		}
		for _, en := range w.ents {
			if !want(en.e.Type) && !(c.bloc && (intergovernmental(en) || namedLike(en, w.tok(c.last-1).Norm))) {
				continue
			}
			for _, m := range en.e.Mentions {
				if m.Start < start && m.Start > bestAt && w.d.Sentences[m.Sentence].Para >= para-1 {
					best, bestAt = en, m.Start
				}
			}
		}
		if best != nil {
			w.attach(best, c)
		}
	}
}

// pronounOwnerCountry gives "his government", "its army" the country of
// the last person (his, her) or organisation or country (its, their)
// mentioned before it.
func (w *work) pronounOwnerCountry(c *cand) string {
	var want func(model.EntityType) bool
	switch w.tok(c.first - 1).Norm {
	case "his", "her":
		want = func(t model.EntityType) bool { return t == model.Person }
	case "its", "their":
		want = func(t model.EntityType) bool { return t == model.Org || t == model.GPE }
	default:
		return ""
	}
	start := w.tok(c.first).Start
	best, bestAt := "", -1
	for _, en := range w.ents {
		if !want(en.e.Type) || en.e.Country == "" {
			continue
		}
		for _, m := range en.e.Mentions {
			if m.Start < start && m.Start > bestAt {
				best, bestAt = en.e.Country, m.Start
			}
		}
	}
	return best
}

// speakerBefore returns the organisation or country named just before the
// speech verb that precedes a pronoun ("Britain said it would …"), if it is
// the verb's subject.
func (w *work) speakerBefore(c *cand) *ent {
	v := c.first - 1
	if w.tok(v).Norm == "that" {
		v--
	}
	var best *ent
	bestEnd := -1
	for _, en := range w.ents {
		if !(en.e.Type == model.Org || en.e.Type == model.GPE) {
			continue
		}
		for _, m := range en.e.Mentions {
			if m.Sentence == c.sent && m.Last <= v && m.Last > bestEnd {
				best, bestEnd = en, m.Last
			}
		}
	}
	if best == nil || bestEnd != v && !(bestEnd == v-1 && timeAdverb[w.tok(v-1).Norm]) {
		return nil
	}
	return best
}

// claimWords name what is said of someone: "accusations that it …".
var claimWords = map[string]bool{"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"claim": true, "claims": true, "charge": true, "charges": true, "suggestion": true, "suggestions": true,
	"reports": true, "report": true}

// verbBeforeClaim returns the verb of rejecting or saying that governs a
// claim noun at k ("rejected Western accusations"): within four words before
// it, past determiners and modifiers, or -1.
func (w *work) verbBeforeClaim(k, lo int) int {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		n := w.tok(j).Norm
		if actionWords[n] {
			return j
		}
		if w.tok(j).Kind != model.TokWord {
			return -1
		}
	}
	return -1
}

// subjectEndingAt returns the organisation or country whose mention in
// sentence si ends right before token v (or before a time adverb or a
// time phrase "on Friday" there).
func (w *work) subjectEndingAt(si, v int) *ent {
	end := v
	for end > 0 && (timeAdverb[w.tok(end-1).Norm] || weekdays[w.tok(end-1).Norm] || w.tok(end-1).Norm == "on" && weekdays[w.tok(end).Norm]) {
		end--
	}
	for _, en := range w.ents {
		if !(en.e.Type == model.Org || en.e.Type == model.GPE) {
			continue
		}
		for _, m := range en.e.Mentions {
			if m.Sentence == si && m.Last == end {
				return en
			}
		}
	}
	return nil
}

// weekdays may stand between a subject and its verb ("Iran on Friday rejected").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// timeAdverb words may stand between a subject and its verb.
var timeAdverb = map[string]bool{"also": true, "later": true, "earlier": true, "then": true, "previously": true}

// actionWords follow a capital or seat of power that acts or speaks.
var actionWords = map[string]bool{
	"said": true, "says": true, "denied": true, "denies": true, "announced": true, "announces": true,
	"accused": true, "accuses": true, "rejected": true, "rejects": true, "warned": true, "warns": true,
	"understands": true, "understood": true, "blamed": true, "blames": true, "condemned": true, "condemns": true,
	"insisted": true, "insists": true, "claimed": true, "claims": true, "threatened": true, "threatens": true,
	"responded": true, "responds": true, "demanded": true, "demands": true, "called": true, "calls": true,
	"urged": true, "urges": true, "wants": true, "wanted": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "is": true, "was": true, "agreed": true, "agrees": true, "refused": true,
	"refuses": true, "confirmed": true, "confirms": true, "sent": true, "sends": true, "imposed": true,
	"imposes": true, "backed": true, "backs": true, "supports": true, "supported": true, "expelled": true,
	"recalled": true, "summoned": true, "retaliated": true, "hit": true, "struck": true, "launched": true,
	"ordered": true, "vowed": true, "pledged": true, "signed": true, "criticised": true, "criticized": true,
	"dismissed": true, "welcomed": true, "welcomes": true, "hopes": true, "believes": true, "sees": true,
	"also": true, "has also": true, "must": true, "may": true, "could": true, "should": true,
}

// metonyms marks capitals and seats of power that act or speak ("Tehran
// denied", "the Kremlin said") as their country's government.
func (w *work) metonyms() {
	for _, en := range w.ents {
		e := en.entry
		if e == nil || !(e.Kind == lexicon.City || e.Kind == lexicon.Landmark) {
			continue
		}
		ctry := w.s.lex.Country(e.Country)
		capital := ctry != nil && e.Kind == lexicon.City && (e.Feature == "PPLC" || strings.EqualFold(ctry.Capital, e.Name))
		code := ""
		if e.Kind == lexicon.Landmark {
			code = e.CodeOn(w.date)
		} else if capital {
			code = e.Country + "GOV"
		}
		if code == "" || code == e.Country {
			continue
		}
		for i := range en.e.Mentions {
			m := &en.e.Mentions[i]
			if m.Last < len(w.d.Tokens) && actionWords[w.tok(m.Last).Norm] && (m.First == 0 || !isPrep(w.tok(m.First-1).Norm)) {
				m.Kind = model.MentionMetonym
				m.Actor = code
			}
		}
		if e.Kind == lexicon.Landmark && en.e.Actor == "" {
			en.e.Actor = code
		}
	}
}

func isPrep(s string) bool {
	switch s {
	case "in", "at", "to", "from", "near", "of", "into", "outside", "inside", "across", "around", "via", "toward", "towards":
		return true
	}
	return false
}
