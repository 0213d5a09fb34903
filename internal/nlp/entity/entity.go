package entity

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/geo"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/tagger"
)

// NameTagger finds names in a document given as the tokens of each
// sentence: for each sentence, spans [First, Last) of its tokens with a
// CoNLL type (PER, ORG, LOC, MISC).
type NameTagger interface {
	Names(sents [][]model.Token) [][]NameSpan
}

// NameSpan is a name the tagger found, in tokens of the sentence it was given.
type NameSpan struct {
	First, Last int
	Type        string // PER, ORG, LOC, MISC
}

// Stage is the entity stage of the pipeline.
type Stage struct {
	lex    *lexicon.Lexicon
	tagger NameTagger // nil: capitalisation rules only
}

// New returns the entity stage over a lexicon and an optional tagger.
func New(lex *lexicon.Lexicon, tagger NameTagger) *Stage {
	return &Stage{lex: lex, tagger: tagger}
}

// Name returns "entity".
func (s *Stage) Name() string { return "entity" }

// candKind says what kind of words a candidate is.
type candKind uint8

const (
	cKnown   candKind = iota // a dictionary name: person, org, place, actor phrase
	cName                    // a name no dictionary knows
	cAgent                   // a role noun: "spokesman", "President", "rebels"
	cDemonym                 // "Iranian"
	cPronoun                 // he, she, him
)

// cand is a stretch of tokens that may name or describe an entity.
type cand struct {
	first, last int // document tokens [first, last)
	kind        candKind
	entry       *lexicon.Entry // for cKnown, cAgent, cDemonym
	entries     []*lexicon.Entry
	typ         model.EntityType
	sent        int
	// From titles and appositions.
	role, agent, country, orgCode string
	titled                        bool // a person-like title or apposition describes it
	common                        bool // every word of the match is common English
	used                          bool // consumed as part of a title block
	ent                           *ent
	mkind                         model.MentionKind
	actor                         string // mention-level actor code
}

// ent is an entity under construction.
type ent struct {
	e     *model.Entity
	entry *lexicon.Entry
	key   string
	cands []*cand
	last  string // last name token, for surname matching
}

// Run adds d.Entities.
func (s *Stage) Run(ctx context.Context, d *model.Document) error {
	w := &work{s: s, d: d, date: d.RefDate}
	w.collect()
	w.firstNames()
	w.corporateSuffixes()
	w.titles()
	w.appositions()
	w.typeNames()
	w.resolvePlaces()
	w.build()
	w.nominals()
	w.groups()
	w.pronouns()
	w.metonyms()
	w.codes()
	w.finish()
	return nil
}

type work struct {
	s       *Stage
	d       *model.Document
	date    string
	cands   []*cand
	covered []bool
	ents    []*ent
	byKey   map[string]*ent
	// placeMatches are the dictionary matches the geocoder reads.
	placeMatches []lexicon.Match
	main         *string // the article's main country, once computed
}

func (w *work) tok(i int) *model.Token { return &w.d.Tokens[i] }

func (w *work) text(c *cand) string {
	return w.d.Text[w.d.Tokens[c.first].Start:w.d.Tokens[c.last-1].End]
}

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
	switch {
	case named != nil && !(m.Common && agent != nil):
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
// tagger sees: its features read two words each side, and a name runs on
// over capitalised words and connectors, which extend the window.
const windowContext = 4

// nameWindows returns the token ranges of a sentence around capitalised
// words no dictionary match covers, merged where they touch. A window that
// comes within reach of the sentence's start begins there, so that the
// tagger knows a sentence-initial word.
func (w *work) nameWindows(s model.Sentence) [][2]int {
	var out [][2]int
	for i := s.First; i < s.Last; i++ {
		t := w.tok(i)
		if t.Kind != model.TokWord || !t.Is(model.FlagCap) || w.covered[i] {
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

// pronounCands adds he/she/him as candidates for coreference.
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
		case n == "the" && i+2 < s.Last && orgNouns[w.tok(i+1).Norm] && speechVerbs[w.tok(i+2).Norm]:
			// "the company said", "the ministry added".
			w.cands = append(w.cands, &cand{first: i, last: i + 2, kind: cPronoun, sent: si, mkind: model.MentionNominal, typ: model.Org})
		case n == "the" && i+3 < s.Last && !w.tok(i+1).Is(model.FlagCap) && orgNouns[w.tok(i+2).Norm] && speechVerbs[w.tok(i+3).Norm]:
			// "the rights group said", "the state company added".
			w.cands = append(w.cands, &cand{first: i, last: i + 3, kind: cPronoun, sent: si, mkind: model.MentionNominal, typ: model.Org})
		}
	}
}

// names adds names no dictionary knows: the tagger's, else capitalised runs.
func (w *work) names(si int, s model.Sentence, tagged []NameSpan) {
	d := w.d
	if d.Sentences[si].Section == model.SectionDateline {
		return
	}
	add := func(first, last int, typ model.EntityType) {
		// Titles the tagger took into a name: "Mullah Abdul Ghani Baradar".
		for moved := true; moved && first < last; {
			moved = false
			for _, c := range w.cands {
				if c.first == first && c.kind == cAgent && c.last <= last {
					first, moved = c.last, true
				}
			}
		}
		if (typ == model.Person || typ == model.Org) && last-first >= 2 {
			w.yieldToName(first, last, typ)
		}
		// Only the part no dictionary match covers.
		for first < last && w.covered[first] {
			first++
		}
		for last > first && w.covered[last-1] {
			last--
		}
		for i := first; i < last; i++ {
			if w.covered[i] {
				return
			}
		}
		for first < last && !w.nameWord(first, true) {
			first++
		}
		// "Colonel Major Amadou Abdramane", "Acting Secretary X": leading
		// title words belong to the title, not the name.
		for last-first > 2 && titleWords[w.tok(first).Norm] || last-first > 1 && honorifics[w.tok(first).Norm] {
			first++
		}
		allTitle := true
		for i := first; i < last; i++ {
			allTitle = allTitle && titleWords[w.tok(i).Norm]
		}
		if allTitle {
			// "Acting", "Deputy Foreign": title words left of a title the
			// dictionary matched.
			return
		}
		for last > first && !w.nameWord(last-1, false) {
			last--
		}
		if first >= last {
			return
		}
		c := &cand{first: first, last: last, kind: cName, typ: typ, sent: si}
		w.cands = append(w.cands, c)
		for i := first; i < last; i++ {
			w.covered[i] = true
		}
	}
	if !w.allCapsSentence(si) {
		for _, n := range tagged {
			typ := model.Misc
			switch n.Type {
			case "PER":
				typ = model.Person
			case "ORG":
				typ = model.Org
			case "LOC":
				typ = model.Loc
			}
			last := s.First + n.Last
			if typ == model.Person {
				// "Khalid" + "al-Falih".
				for last < s.Last && arabicParticle(w.tok(last).Text) {
					last++
				}
			}
			if typ == model.Org || typ == model.Misc {
				// "Assistance Association" + "for Political Prisoners".
				for last+1 < s.Last && w.connector(last) && w.capWord(last+1) && !w.covered[last+1] {
					last += 2
					for last < s.Last && w.capWord(last) && !w.covered[last] {
						last++
					}
				}
			}
			add(s.First+n.First, last, typ)
		}
	}
	// Capitalised runs the tagger left out.
	for i := s.First; i < s.Last; i++ {
		if w.covered[i] || !w.capWord(i) {
			continue
		}
		j := i + 1
		for j < s.Last && !w.covered[j] && (w.capWord(j) || (w.connector(j) || w.tok(j).Norm == "'s") && j+1 < s.Last && w.capWord(j+1) && !w.covered[j+1]) {
			j++
		}
		add(i, j, "")
		i = j - 1
	}
}

// arabicParticle reports whether a lower-case word is a name with an Arabic
// article or particle: "al-Qudra", "el-Sisi", "ash-Sharaa".
func arabicParticle(s string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-", "bin-", "abu-"} {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			r := s[len(p)]
			return r >= 'A' && r <= 'Z'
		}
	}
	return false
}

// titleWords are capitalised words that open a title rather than a name.
var titleWords = map[string]bool{
	"acting": true, "deputy": true, "former": true, "interim": true, "vice": true, "senior": true,
	"major": true, "general": true, "colonel": true, "lieutenant": true, "captain": true, "sergeant": true,
	"brigadier": true, "admiral": true, "marshal": true, "commander": true, "president": true, "minister": true,
	"prime": true, "foreign": true, "secretary": true, "senator": true, "governor": true, "mayor": true,
	"ambassador": true, "chief": true, "judge": true, "justice": true, "sheikh": true, "imam": true, "king": true,
	"queen": true, "prince": true, "princess": true, "emir": true, "sultan": true, "pope": true, "dr": true,
	"dr.": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "prof": true, "prof.": true,
	"gen.": true, "col.": true, "lt.": true, "maj.": true, "capt.": true, "sgt.": true, "adm.": true, "sen.": true,
	"rep.": true, "gov.": true,
}

// honorifics precede a name that may be a single word ("Dr Sasa").
var honorifics = map[string]bool{"dr": true, "dr.": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true,
	"ms": true, "ms.": true, "prof": true, "prof.": true, "sheikh": true, "mullah": true, "imam": true}

// yieldToName drops weak dictionary matches inside a longer name the tagger
// reads as a person or organisation ("Victoria Nuland": not the city of
// Victoria; "Black Sea Institute of Strategic Studies"), so that the whole
// name becomes one mention. Countries are never weak.
func (w *work) yieldToName(first, last int, typ model.EntityType) {
	weak := func(c *cand) bool {
		if c.last-c.first >= last-first {
			return false
		}
		switch c.kind {
		case cName:
			// A bare surname the dictionary knew of someone else.
			return true
		case cAgent:
			// "Political Prisoners" inside "Assistance Association for
			// Political Prisoners".
			return typ == model.Org && c.first > first
		case cKnown:
			// A town inside a name, or a known person's name inside a
			// longer one ("Ghani" inside "Abdul Ghani Baradar").
			return c.entry.Kind.IsPlace() && c.entry.Kind != lexicon.Country || c.entry.Kind == lexicon.Person
		}
		return false
	}
	var inside []*cand
	for _, c := range w.cands {
		if c.first < last && c.last > first {
			if c.first < first || c.last > last || !weak(c) {
				return
			}
			inside = append(inside, c)
		}
	}
	if len(inside) == 0 {
		return
	}
	keep := w.cands[:0]
	for _, c := range w.cands {
		if !slices.Contains(inside, c) {
			keep = append(keep, c)
		}
	}
	w.cands = keep
	for i := first; i < last; i++ {
		w.covered[i] = false
	}
	drop := w.placeMatches[:0]
	for _, m := range w.placeMatches {
		if m.First >= last || m.Last <= first {
			drop = append(drop, m)
		}
	}
	w.placeMatches = drop
}

// capWord reports whether token i can be part of a name: a capitalised word
// that is not a common word opening a sentence, a month or a weekday.
func (w *work) capWord(i int) bool {
	t := w.tok(i)
	if t.Kind != model.TokWord {
		return false
	}
	if !t.Is(model.FlagCap) {
		// "al-Qudra", "el-Sisi", "bin Salman": Arabic particles in names.
		return i > 0 && w.capWord(i-1) && arabicParticle(t.Text)
	}
	if calendarWords[t.Norm] || pronounWords[t.Norm] {
		return false
	}
	if t.Is(model.FlagSentStart) && w.s.lex.Common(t.Norm) {
		return false
	}
	if t.Is(model.FlagAllCaps) && w.allCapsSentence(w.d.SentenceAt(t.Start)) {
		return false
	}
	return true
}

// nameWord reports whether token i may begin (or end) a name.
func (w *work) nameWord(i int, begin bool) bool {
	t := w.tok(i)
	if !begin && t.Kind == model.TokWord && arabicParticle(t.Text) {
		return true
	}
	if t.Kind != model.TokWord || !t.Is(model.FlagCap) || calendarWords[t.Norm] {
		return false
	}
	if begin && t.Is(model.FlagSentStart) && w.s.lex.Common(t.Norm) {
		return false
	}
	return true
}

func (w *work) connector(i int) bool {
	if n := w.tok(i).Norm; (n == "for" || n == "on" || n == "and") && i > 0 {
		// "Assistance Association for Political Prisoners", "Committee on
		// Foreign Relations": inside an organisation's name.
		_, org := orgWords[w.tok(i-1).Norm]
		return org
	}
	switch w.tok(i).Norm {
	case "of", "bin", "ibn", "al", "el", "de", "del", "da", "dos", "van", "von", "der", "den", "la", "le", "du", "&":
		return true
	}
	return false
}

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true,
	"feb.": true, "aug.": true, "sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true,
}

// speechVerbs follow a pronoun or noun that speaks.
var speechVerbs = map[string]bool{"said": true, "says": true, "added": true, "announced": true, "reported": true,
	"stated": true, "told": true, "noted": true, "denied": true, "confirmed": true, "expects": true, "expected": true,
	"warned": true, "insisted": true, "explained": true, "estimated": true, "predicted": true, "claimed": true}

// orgNouns name an organisation a nominal can refer back to.
var orgNouns = map[string]bool{"company": true, "firm": true, "bank": true, "group": true, "agency": true,
	"ministry": true, "government": true, "army": true, "military": true, "organisation": true, "organization": true,
	"party": true, "union": true, "utility": true, "airline": true, "corporation": true, "council": true}

var pronounWords = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true, "you": true}

// finish writes the entities to the document in order of first mention.
func (w *work) finish() {
	for _, en := range w.ents {
		sort.Slice(en.e.Mentions, func(i, j int) bool { return en.e.Mentions[i].Start < en.e.Mentions[j].Start })
	}
	sort.SliceStable(w.ents, func(i, j int) bool {
		return w.ents[i].e.Mentions[0].Start < w.ents[j].e.Mentions[0].Start
	})
	w.d.Entities = make([]*model.Entity, 0, len(w.ents))
	for i, en := range w.ents {
		en.e.ID = "e" + strconv.Itoa(i+1)
		w.d.Entities = append(w.d.Entities, en.e)
	}
}

// displayName turns an all-capitals word into title case ("KLIMENTYEV" →
// "Klimentyev"), keeping short acronyms.
func displayName(s string) string {
	fs := strings.Fields(s)
	for i, f := range fs {
		letters := 0
		upper := true
		for _, r := range f {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
		}
		if upper && letters > 3 {
			rs := []rune(strings.ToLower(f))
			rs[0] = unicode.ToUpper(rs[0])
			fs[i] = string(rs)
		}
	}
	return strings.Join(fs, " ")
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

// Tagger adapts the NER tagger model to NameTagger.
type Tagger struct {
	M *tagger.Model
}

// Names tags a document and returns the names of each sentence.
func (t Tagger) Names(sents [][]model.Token) [][]NameSpan {
	labels := t.M.TagDocument(sents, nil)
	out := make([][]NameSpan, len(labels))
	for i, ls := range labels {
		for _, sp := range tagger.Spans(ls) {
			out[i] = append(out[i], NameSpan{First: sp.First, Last: sp.Last + 1, Type: sp.Type})
		}
	}
	return out
}
