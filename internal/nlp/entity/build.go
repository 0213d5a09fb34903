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
