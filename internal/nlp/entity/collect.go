package entity

import (
	"sort"
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/geo"
	"eventgraph/internal/nlp/lexicon"
)

// collect gathers dictionary matches, tagger names and capitalised names.
func (w *work) collect() {
	d := w.d
	w.covered = make([]bool, len(d.Tokens))
	var matches []lexicon.Match
	for si, s := range d.Sentences {
		w.s.lex.Match(d.Tokens[s.First:s.Last], func(m lexicon.Match) bool {
			m.First += s.First
			m.Last += s.First
			c := w.fromMatch(m, si)
			if c != nil {
				w.cands = append(w.cands, c)
				for i := m.First; i < m.Last; i++ {
					w.covered[i] = true
				}
				if c.kind == cKnown {
					matches = append(matches, lexicon.Match{First: c.first, Last: c.last, Entries: c.entries, Common: m.Common})
				}
			}
			return true
		})
	}
	w.placeMatches = matches
	var tagged [][]NameSpan
	if w.s.tagger != nil {
		// Only the stretches of text that can hold a name no dictionary
		// matched go to the tagger: each capitalised word no match covers,
		// with the words around it that the tagger's features read.
		var sents [][]model.Token
		type window struct{ sent, first int }
		var which []window
		for i, s := range d.Sentences {
			if !w.mayHaveNames(i) {
				continue
			}
			for _, win := range w.nameWindows(s) {
				sents = append(sents, d.Tokens[win[0]:win[1]])
				which = append(which, window{i, win[0] - s.First})
			}
		}
		tagged = make([][]NameSpan, len(d.Sentences))
		for j, spans := range w.s.tagger.Names(sents) {
			for _, sp := range spans {
				sp.First += which[j].first
				sp.Last += which[j].first
				tagged[which[j].sent] = append(tagged[which[j].sent], sp)
			}
		}
	}
	for si, s := range d.Sentences {
		var spans []NameSpan
		if si < len(tagged) {
			spans = tagged[si]
		}
		w.names(si, s, spans)
		w.pronounCands(si, s)
	}
	sort.SliceStable(w.cands, func(i, j int) bool { return w.cands[i].first < w.cands[j].first })
}

// allCapitalised reports whether every word token in [a, b) starts with a
// capital.
func (w *work) allCapitalised(a, b int) bool {
	for i := a; i < b; i++ {
		if t := w.tok(i); t.Kind == model.TokWord && !t.Is(model.FlagCap) {
			return false
		}
	}
	return true
}

// fromMatch turns a lexicon match into a candidate, or nil when the match
// is too weak to trust (a common word at a sentence start).
func (w *work) fromMatch(m lexicon.Match, si int) *cand {
	c := &cand{first: m.First, last: m.Last, entries: m.Entries, sent: si, common: m.Common}
	first := w.tok(m.First)
	if m.Common && m.Last-m.First == 1 && (first.Is(model.FlagSentStart) || first.Is(model.FlagAllCaps) && w.allCapsSentence(si)) {
		// "March", "May", "West" opening a sentence or in a headline.
		if !hasKind(m.Entries, lexicon.Country) && !hasKind(m.Entries, lexicon.Agent) {
			return nil
		}
	}
	if m.Common && m.Last-m.First == 1 && m.Last < len(w.d.Tokens) && adjectiveUse(w.tok(m.Last)) &&
		!hasKind(m.Entries, lexicon.Country) && !hasKind(m.Entries, lexicon.Agent) && !hasKind(m.Entries, lexicon.Person) {
		// "Western governments", "Central bank": a common word used as an
		// adjective before a lower-case noun, not a place.
		return nil
	}
	if m.Common && m.Last-m.First == 1 && m.First > 0 && w.tok(m.First-1).Norm == "the" && !hasKind(m.Entries, lexicon.Country) &&
		!hasKind(m.Entries, lexicon.Agent) && !hasKind(m.Entries, lexicon.Org) {
		// "the West", "the Union": a common word, not a town.
		return nil
	}
	if m.Last-m.First == 1 && (calendarWords[first.Norm] || first.Norm == "may") && w.timeContext(m.First) {
		// "in March", "since May": a month, not a town or a person.
		return nil
	}
	var agent, demonym, named *lexicon.Entry
	for _, e := range m.Entries {
		switch e.Kind {
		case lexicon.Agent:
			if agent == nil {
				agent = e
			}
		case lexicon.Demonym:
			if demonym == nil {
				demonym = e
			}
		default:
			if named == nil || rank(e.Kind) < rank(named.Kind) {
				named = e
			}
		}
	}
	// "the Security Council", capitalised mid-sentence, is the UN's: an
	// intergovernmental body's short name beats the role noun it spells
	igoName := named != nil && len(named.Codes) > 0 && strings.HasPrefix(named.Codes[0].Code, "IGO") &&
		!first.Is(model.FlagSentStart) && w.allCapitalised(m.First, m.Last)
	switch {
	case named != nil && (!(m.Common && agent != nil) || igoName):
		c.kind, c.entry = cKnown, named
	case agent != nil:
		c.kind, c.entry = cAgent, agent
	case demonym != nil:
		c.kind, c.entry = cDemonym, demonym
	default:
		return nil
	}
	if c.kind == cAgent && c.last-c.first > 1 {
		switch w.tok(c.last - 1).Norm {
		case "in", "of", "to", "for", "at", "on", "from":
			// "embassy in": the preposition belongs to what follows.
			c.last--
		}
	}
	if c.kind == cKnown && (c.entry.Kind == lexicon.Org || c.entry.Kind == lexicon.Actor) {
		// "Kiev" is both a city and an actor phrase: the place reading,
		// which acts as the government where it speaks (metonyms).
		for _, e := range m.Entries {
			if (e.Kind == lexicon.City || e.Kind == lexicon.Country) && lexicon.Normalize(e.Name) == lexicon.Normalize(c.entry.Name) {
				c.entry = e
				break
			}
		}
	}
	if c.kind == cKnown {
		c.typ = typeOf(c.entry)
		if c.entry.Kind == lexicon.Person {
			w.trimTitle(c)
			if c.last-c.first == 1 && !w.active(c.entry) {
				// A bare surname ("Sullivan", "Johnson") of someone who held
				// no office on the article's date is more likely someone else:
				// it is a name to resolve in the article, not the dictionary's.
				c.kind, c.entry, c.entries = cName, nil, nil
			}
		}
	}
	return c
}

// adjectiveUse reports whether the token after a capitalised common word
// shows that word modifying a noun: a lower-case word that is not a
// function word or a verb of saying.
func adjectiveUse(next *model.Token) bool {
	if next.Kind != model.TokWord || next.Is(model.FlagCap) || speechVerbs[next.Norm] || actionWords[next.Norm] {
		return false
	}
	switch next.Norm {
	case "of", "in", "on", "at", "to", "and", "or", "for", "from", "with", "by", "as", "is", "was", "has", "had",
		"'s", "will", "would", "which", "that", "who", "where", "but", "than":
		return false
	}
	return true
}

// timeContext reports whether the token at i stands where a date would: after
// a preposition of time or before a day number or year.
func (w *work) timeContext(i int) bool {
	if i > 0 {
		switch w.tok(i - 1).Norm {
		case "in", "on", "since", "by", "until", "till", "from", "to", "early", "late", "mid", "last", "next", "this", "of", "through", "before", "after", "during":
			return true
		}
	}
	if i+1 < len(w.d.Tokens) && w.tok(i+1).Kind == model.TokNumber {
		return true
	}
	return calendarWords[w.tok(i).Norm] && w.tok(i).Norm != "march"
}

// active reports whether a dictionary person held an office or a role code
// on the article's date (always, when the date is unknown).
func (w *work) active(e *lexicon.Entry) bool {
	if w.date == "" {
		return true
	}
	code := e.CodeOn(w.date)
	return code != "" && !strings.HasSuffix(code, "ELI")
}

// rank orders the readings of one phrase: people and organisations before
// places, places before bare actor phrases.
func rank(k lexicon.Kind) int {
	switch k {
	case lexicon.Person:
		return 0
	case lexicon.Org:
		return 1
	case lexicon.Country:
		return 2
	case lexicon.Landmark:
		return 3
	case lexicon.City, lexicon.Admin1:
		return 4
	case lexicon.Region, lexicon.Water:
		return 5
	}
	return 6
}

func hasKind(es []*lexicon.Entry, k lexicon.Kind) bool {
	for _, e := range es {
		if e.Kind == k {
			return true
		}
	}
	return false
}

func typeOf(e *lexicon.Entry) model.EntityType {
	switch e.Kind {
	case lexicon.Person:
		return model.Person
	case lexicon.Actor:
		// CAMEO actor phrases that are people ("Fethullah Gulen" →
		// TURELIMUS) carry an elite or office code, not an organisation's.
		if code := e.CodeOn(""); len(code) >= 6 && (code[3:6] == "ELI" || code[3:6] == "GOV") && len(strings.Fields(e.Name)) >= 2 &&
			!strings.ContainsAny(e.Name, "0123456789") && personLike(e.Name) {
			return model.Person
		}
	case lexicon.Country, lexicon.City, lexicon.Admin1:
		return model.GPE
	case lexicon.Region, lexicon.Water:
		return model.Loc
	case lexicon.Landmark:
		return model.Fac
	case lexicon.Demonym:
		return model.NORP
	}
	return model.Org
}

// personLike reports whether a name reads like a person's: two to four
// words, none of them an organisation word.
func personLike(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if _, org := orgWords[strings.ToLower(w)]; org || groupNouns[strings.ToLower(w)] || roleWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// trimTitle narrows a person match that includes its title ("Russian
// President Vladimir Putin") to the name, so that the title block rules see
// the title words.
func (w *work) trimTitle(c *cand) {
	name := strings.Fields(lexicon.Normalize(c.entry.Name))
	if len(name) == 0 {
		return
	}
	for i := c.first; i < c.last-1; i++ {
		if w.tok(i).Norm == name[0] {
			if i > c.first {
				// Let the title words be matched again on their own.
				w.cands = append(w.cands, w.subMatches(c.first, i, c.sent)...)
			}
			c.first = i
			return
		}
	}
}

// subMatches matches the lexicon over tokens [first, last) alone.
func (w *work) subMatches(first, last, si int) []*cand {
	var out []*cand
	w.s.lex.Match(w.d.Tokens[first:last], func(m lexicon.Match) bool {
		m.First += first
		m.Last += first
		if c := w.fromMatch(m, si); c != nil {
			out = append(out, c)
		}
		return true
	})
	return out
}

// windowContext is how many words on each side of a capitalised word the
// tagger sees: its features read two words each side; a name runs on over
// capitalised words, which extend the window.
const windowContext = 2

// nameWindows returns the token ranges of a sentence around capitalised
// words no dictionary match covers, merged where they touch. A window that
// comes within reach of the sentence's start begins there, so that the
// tagger knows a sentence-initial word.
func (w *work) nameWindows(s model.Sentence) [][2]int {
	var out [][2]int
	for i := s.First; i < s.Last; i++ {
		t := w.tok(i)
		if t.Kind != model.TokWord || !t.Is(model.FlagCap) {
			continue
		}
		if w.covered[i] {
			// A matched capitalised word inside an open window carries the
			// window on: "Assistance Association for Political Prisoners".
			if n := len(out); n > 0 && i < out[n-1][1] {
				out[n-1][1] = max(out[n-1][1], min(s.Last, i+1+windowContext))
			}
			continue
		}
		lo, hi := max(s.First, i-windowContext), min(s.Last, i+1+windowContext)
		if lo-s.First <= windowContext {
			lo = s.First
		}
		if s.Last-hi <= windowContext {
			hi = s.Last
		}
		if n := len(out); n > 0 && lo <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], hi)
			continue
		}
		out = append(out, [2]int{lo, hi})
	}
	return out
}

// mayHaveNames reports whether a sentence, not a headline in capitals, has
// a capitalised word that no dictionary match covers and that is not a
// common word opening the sentence.
func (w *work) mayHaveNames(si int) bool {
	s := w.d.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		t := w.tok(i)
		if t.Kind != model.TokWord || !t.Is(model.FlagCap) || w.covered[i] || calendarWords[t.Norm] {
			continue
		}
		if i == s.First && w.s.lex.Common(t.Norm) {
			continue
		}
		return !w.allCapsSentence(si)
	}
	return false
}

func (w *work) allCapsSentence(si int) bool {
	s := w.d.Sentences[si]
	words, caps := 0, 0
	for i := s.First; i < s.Last; i++ {
		t := w.tok(i)
		if t.Kind == model.TokWord {
			words++
			if t.Is(model.FlagAllCaps) {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// resolvePlaces chooses one reading for each place match with the geocoder.
func (w *work) resolvePlaces() {
	ms, gctx, idx := geo.FromMatches(w.d, w.placeMatches)
	chosen := geo.Resolve(ms, gctx)
	byFirst := map[int]*lexicon.Entry{}
	for i, e := range chosen {
		if e != nil {
			byFirst[w.placeMatches[idx[i]].First] = e
		}
	}
	for _, c := range w.cands {
		if c.kind != cKnown || !c.entry.Kind.IsPlace() {
			continue
		}
		if e, ok := byFirst[c.first]; ok {
			// A landmark that is also an organisation keeps its actor code.
			c.entry = e
			c.typ = typeOf(e)
		}
	}
}
