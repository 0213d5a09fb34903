package entity

import (
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// build merges candidates into entities: one per dictionary entry, and for
// names no dictionary knows, one per name, with surnames and spelling
// variants joined to the full name mentioned elsewhere in the article.
func (w *work) build() {
	w.byKey = map[string]*ent{}
	w.surnamesOverPlaces()
	// Full names first, so that a surname finds its person wherever it is.
	for pass := 0; pass < 2; pass++ {
		for _, c := range w.cands {
			if c.used || c.ent != nil {
				continue
			}
			switch c.kind {
			case cKnown:
				if pass == 0 {
					w.addKnown(c)
				}
			case cName:
				single := c.last-c.first == 1
				if pass == 0 && !single || pass == 1 && single {
					w.addName(c)
				}
			case cDemonym:
				if pass == 1 {
					w.addDemonym(c)
				}
			}
		}
	}
}

// firstNames joins a capitalised word right before a known person's
// surname ("Ebrahim" + "Raissi") to that person's mention.
func (w *work) firstNames() {
	byFirst := map[int]*cand{}
	for _, c := range w.cands {
		if c.kind == cKnown && c.entry.Kind == lexicon.Person {
			byFirst[c.first] = c
		}
	}
	for _, c := range w.cands {
		if c.kind == cName && c.last-c.first <= 2 {
			if p := byFirst[c.last]; p != nil && p.sent == c.sent {
				p.first = c.first
				c.used = true
			}
		}
	}
	// A one-word town right before an unknown surname is a first name:
	// "Victoria Nuland", "Florence Parly".
	byLast := map[int]*cand{}
	for _, c := range w.cands {
		if c.kind == cKnown && c.entry.Kind.IsPlace() && c.entry.Kind != lexicon.Country && c.last-c.first == 1 && !c.common {
			byLast[c.last] = c
		}
	}
	titleAt := map[int]bool{} // a person's title ends at token i
	for _, c := range w.cands {
		if c.kind == cAgent && personRole(c.entry) {
			titleAt[c.last] = true
		}
	}
	for _, c := range w.cands {
		if c.kind != cName || c.last-c.first != 1 {
			continue
		}
		p := byLast[c.first]
		if p == nil || !(c.typ == model.Person || c.typ == "" || c.typ == model.Misc || titleAt[p.first]) {
			continue
		}
		if p.sent == c.sent && !p.used {
			c.first = p.first
			c.typ = model.Person
			p.used = true
			w.dropPlaceMatch(p.first)
		}
	}
}

// surnamesOverPlaces reads a one-word town that is the surname of a person
// named in full in the article as that person ("Víctor Pérez … Pérez said":
// not the town of Pérez).
func (w *work) surnamesOverPlaces() {
	surnames := map[string]bool{}
	for _, c := range w.cands {
		person := c.kind == cName && (c.typ == model.Person || c.titled) || c.kind == cKnown && c.entry.Kind == lexicon.Person
		if person && c.last-c.first >= 2 {
			surnames[w.tok(c.last-1).Norm] = true
		}
	}
	for _, c := range w.cands {
		if c.kind == cKnown && c.last-c.first == 1 && surnames[w.tok(c.first).Norm] &&
			(c.entry.Kind == lexicon.City || c.entry.Kind == lexicon.Admin1) {
			c.kind, c.entry, c.entries, c.typ = cName, nil, nil, model.Person
			w.dropPlaceMatch(c.first)
		}
	}
}

// dropPlaceMatch forgets the place match starting at token i.
func (w *work) dropPlaceMatch(i int) {
	keep := w.placeMatches[:0]
	for _, m := range w.placeMatches {
		if m.First != i {
			keep = append(keep, m)
		}
	}
	w.placeMatches = keep
}

// corporateSuffixes joins "Co", "Inc", "Corp", "Ltd" … right after an
// organisation's name to its mention ("Raytheon Co").
func (w *work) corporateSuffixes() {
	byFirst := map[int]*cand{}
	for _, c := range w.cands {
		if c.kind == cName && c.last-c.first == 1 {
			byFirst[c.first] = c
		}
	}
	for _, c := range w.cands {
		if c.kind != cKnown || c.entry.Kind != lexicon.Org {
			continue
		}
		if s := byFirst[c.last]; s != nil && s.sent == c.sent && corporate[w.tok(s.first).Norm] {
			c.last = s.last
			s.used = true
		}
	}
}

var corporate = map[string]bool{"co": true, "co.": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"ltd": true, "ltd.": true, "plc": true, "llc": true, "ag": true, "sa": true, "nv": true, "group": true, "cos": true}

func (w *work) mention(c *cand) model.Mention {
	t0, t1 := w.tok(c.first), w.tok(c.last-1)
	return model.Mention{Start: t0.Start, End: t1.End, Text: w.d.Text[t0.Start:t1.End], First: c.first, Last: c.last,
		Sentence: c.sent, Kind: c.mkind, Actor: c.actor}
}

func (w *work) attach(en *ent, c *cand) {
	c.ent = en
	en.cands = append(en.cands, c)
	en.e.Mentions = append(en.e.Mentions, w.mention(c))
	if c.role != "" && en.e.Role == "" {
		en.e.Role = c.role
	}
	if c.country != "" && en.e.Country == "" {
		en.e.Country = c.country
	}
}

func (w *work) newEnt(key string, e *model.Entity, entry *lexicon.Entry) *ent {
	en := &ent{e: e, entry: entry, key: key}
	if f := strings.Fields(lexicon.Normalize(e.Name)); len(f) > 0 {
		en.last = f[len(f)-1]
	}
	w.ents = append(w.ents, en)
	if key != "" {
		w.byKey[key] = en
	}
	return en
}

func (w *work) addKnown(c *cand) {
	e := c.entry
	if pc := w.possessiveCountry(c); pc != nil && pc.Country != e.Country && e.Country != "" &&
		(e.Kind == lexicon.Org || e.Kind == lexicon.Actor) && len(e.CodeOn(w.date)) > 3 {
		// "Rwanda's Senate": another country's institution of that name.
		role := w.text(c)
		key := "g:" + pc.Country + ":" + lexicon.Normalize(role)
		en := w.byKey[key]
		if en == nil {
			en = w.newEnt(key, &model.Entity{Name: pc.Name + " " + role, Type: model.Org, Country: pc.Country,
				Actor: pc.Country + e.CodeOn(w.date)[3:]}, nil)
		}
		w.attach(en, c)
		return
	}
	key := "k:" + e.Kind.String() + ":" + e.Name + ":" + e.Country
	en := w.byKey[key]
	if en == nil {
		me := &model.Entity{Name: e.Name, Type: c.typ, Country: e.Country, Known: true}
		if e.Kind == lexicon.Person {
			me.Role = e.RoleOn(w.date)
		}
		if e.Kind.IsPlace() {
			me.Geo = geoOf(e)
		}
		en = w.newEnt(key, me, e)
	}
	w.attach(en, c)
}

func (w *work) addName(c *cand) {
	name := displayName(w.text(c))
	norm := lexicon.Normalize(name)
	words := strings.Fields(norm)
	if c.typ == model.Person || c.typ == "" || c.typ == model.Misc {
		// A surname or spelling variant of a person named elsewhere.
		if en := w.findPerson(words, c); en != nil {
			w.attach(en, c)
			return
		}
	}
	if c.last-c.first == 1 && c.typ != model.Person && c.typ != model.Org && !c.titled {
		// A lone capitalised word no rule or tagger vouches for.
		if c.typ == "" || c.typ == model.Misc {
			return
		}
	}
	if len(words) >= 2 && (c.typ == model.Person || c.titled) {
		// A spelling variant of a known person: "Ebrahim Raissi" for Raisi.
		for _, e := range w.s.lex.Fuzzy(last(words), 1) {
			f := strings.Fields(lexicon.Normalize(e.Name))
			if e.Kind == lexicon.Person && len(f) >= 2 && f[0] == words[0] {
				c.kind, c.entry, c.typ = cKnown, e, model.Person
				w.addKnown(c)
				return
			}
		}
	}
	key := "n:" + norm
	en := w.byKey[key]
	if en == nil {
		typ := c.typ
		if typ == "" {
			typ = model.Misc
		}
		en = w.newEnt(key, &model.Entity{Name: name, Type: typ}, nil)
	}
	w.attach(en, c)
}

// findPerson finds the person an incomplete name refers to: the same last
// name, or one edit away in a long one (Raisi / Raissi).
func (w *work) findPerson(words []string, c *cand) *ent {
	if len(words) == 0 {
		return nil
	}
	last := words[len(words)-1]
	var best *ent
	for _, en := range w.ents {
		if en.e.Type != model.Person || en.last == "" {
			continue
		}
		ok := en.last == last || len(last) >= 5 && len(en.last) >= 5 && edits1(en.last, last)
		if !ok {
			continue
		}
		if len(words) > 1 {
			// Two full names must agree on the first name too.
			f := strings.Fields(lexicon.Normalize(en.e.Name))
			if len(f) > 1 && f[0] != words[0] && !(len(words[0]) <= 2 && strings.HasPrefix(f[0], strings.TrimSuffix(words[0], "."))) {
				continue
			}
		}
		best = en
	}
	return best
}

func last(words []string) string { return words[len(words)-1] }

// edits1 reports whether a and b are at most one edit apart.
func edits1(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// addDemonym attaches "Iranian" to Iran's entity, and "Iranian government"
// / "Houthi rebels" style phrases with their agent code.
func (w *work) addDemonym(c *cand) {
	ctry := w.s.lex.Country(c.entry.Country)
	if ctry == nil {
		return
	}
	key := "k:" + ctry.Kind.String() + ":" + ctry.Name + ":" + ctry.Country
	en := w.byKey[key]
	if en == nil {
		en = w.newEnt(key, &model.Entity{Name: ctry.Name, Type: model.GPE, Country: ctry.Country, Known: true, Geo: geoOf(ctry)}, ctry)
	}
	c.mkind = model.MentionDemonym
	c.actor = ctry.CodeOn(w.date)
	// "Iranian government", "Russian troops": the group is the actor.
	for _, a := range w.cands {
		if a.kind == cAgent && a.first == c.last && !a.used && a.sent == c.sent {
			if a.entry.Agent != "" && !a.entry.Prefix {
				c.actor = c.actor + a.entry.Agent
			}
			c.last = a.last
			a.used = true
			break
		}
	}
	w.attach(en, c)
}

// possessiveCountry returns the country named right before a candidate
// with a possessive: "Rwanda's" in "Rwanda's Senate".
func (w *work) possessiveCountry(c *cand) *lexicon.Entry {
	if c.first < 2 || w.tok(c.first-1).Norm != "'s" {
		return nil
	}
	for _, p := range w.cands {
		if p.last != c.first-1 || p.kind != cKnown {
			continue
		}
		switch p.entry.Kind {
		case lexicon.Country:
			return p.entry
		case lexicon.Person:
			// "Netanyahu's security cabinet": the person's country.
			if p.entry.Country != "" {
				return w.s.lex.Country(p.entry.Country)
			}
		}
	}
	return nil
}

// modifierCountry returns the country named right before a group noun:
// "U.S. troops", "Kenyan police" (a demonym attached earlier does the same).
func (w *work) modifierCountry(c *cand) *lexicon.Entry {
	for _, p := range w.cands {
		if p.last == c.first && (p.kind == cKnown && p.entry.Kind == lexicon.Country || p.kind == cDemonym) {
			return w.s.lex.Country(p.entry.Country)
		}
	}
	return nil
}

// placeAfter returns the country of a place named with "in" in the few
// words after a group noun, within its clause: "protesters outside the
// Russian embassy in Kiev".
func (w *work) placeAfter(c *cand) string {
	end := w.d.Sentences[c.sent].Last
	for i := c.last; i < end && i < c.last+8; i++ {
		t := w.tok(i)
		if t.Text == "," || t.Text == ";" || t.Kind == model.TokQuote || speechVerbs[t.Norm] || actionWords[t.Norm] {
			return ""
		}
		if t.Norm != "in" || i+1 >= end {
			continue
		}
		for _, en := range w.ents {
			if en.e.Type.IsPlace() && en.e.Country != "" {
				for _, m := range en.e.Mentions {
					if m.First == i+1 {
						return en.e.Country
					}
				}
			}
		}
	}
	return ""
}

// groupAgents are agent codes of groups that act as actors without a name:
// "the government", "the junta", "police", "protesters", "rebels".
var groupAgents = map[string]bool{"GOV": true, "MIL": true, "COP": true, "OPP": true, "REB": true, "JUD": true,
	"LEG": true, "CVL": true, "UAF": true, "SPY": true, "GOVMIL": true, "INS": true}

// groupNouns are the head nouns of groups of people that act.
var groupNouns = map[string]bool{"government": true, "junta": true, "regime": true, "administration": true,
	"authorities": true, "police": true, "army": true, "military": true, "troops": true, "forces": true,
	"soldiers": true, "navy": true, "protesters": true, "protestors": true, "demonstrators": true, "rebels": true,
	"insurgents": true, "militants": true, "fighters": true, "opposition": true, "parliament": true, "court": true,
	"tribunal": true, "ministry": true, "cabinet": true, "guerrillas": true, "militia": true, "militias": true,
	"legislature": true, "lawmakers": true, "senate": true, "guard": true, "guards": true}

// institutionNouns end the proper names of institutions.
var institutionNouns = map[string]bool{"office": true, "council": true, "commons": true, "assembly": true,
	"committee": true, "commission": true, "agency": true, "department": true, "service": true}

// groups makes actors of group nouns no name comes with ("the junta closed
// the airspace", "police fired tear gas", "protesters in Caracas"): the
// country is a possessive before ("Iran's government"), a place right after
// ("protesters in Caracas"), else the country the story is about.
func (w *work) groups() {
	for _, c := range w.cands {
		// A capitalised institution ("Foreign Ministry", "National Security
		// Council") is an organisation even inside a person's title.
		proper := w.tok(c.first).Is(model.FlagCap) && w.tok(c.last-1).Is(model.FlagCap) && !w.tok(c.first).Is(model.FlagSentStart)
		if c.kind != cAgent || c.used && !proper || c.ent != nil || !groupAgents[c.entry.Agent] || c.entry.Prefix ||
			personRole(c.entry) || !groupNouns[w.tok(c.last-1).Norm] && !(proper && institutionNouns[w.tok(c.last-1).Norm]) {
			continue
		}
		country := ""
		if pc := w.possessiveCountry(c); pc != nil {
			country = pc.Country
		} else if mc := w.modifierCountry(c); mc != nil {
			country = mc.Country
		} else if c.first > 0 {
			country = w.pronounOwnerCountry(c)
		}
		if country == "" {
			country = w.placeAfter(c)
		}
		if country == "" {
			country = w.mainCountry()
		}
		ctry := w.s.lex.Country(country)
		if ctry == nil {
			continue
		}
		role := lexicon.Normalize(w.text(c))
		key := "g:" + country + ":" + c.entry.Agent + ":" + role
		en := w.byKey[key]
		if en == nil {
			en = w.newEnt(key, &model.Entity{Name: ctry.Name + " " + role, Type: model.Org, Country: country,
				Actor: country + c.entry.Agent, Role: role}, nil)
		}
		c.mkind = model.MentionNominal
		w.attach(en, c)
	}
}

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
			if en := w.speakerBefore(c); en != nil {
				w.attach(en, c)
			}
			continue
		}
		want := func(t model.EntityType) bool {
			if c.typ == model.Org {
				return t == model.Org || t == model.GPE && w.tok(c.first).Norm == "it"
			}
			return t == model.Person
		}
		for _, en := range w.ents {
			if !want(en.e.Type) {
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
