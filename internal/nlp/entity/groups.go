package entity

import (
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// possessiveCountry returns the country named right before a candidate
// with a possessive: "Rwanda's" in "Rwanda's Senate".
func (w *work) possessiveCountry(c *cand) *lexicon.Entry {
	at := w.modifiersBefore(c.first)
	// "Rwanda's Senate", and "Belarus’ foreign ministry" with the
	// apostrophe alone after a final s
	if at < 2 || w.tok(at-1).Norm != "'s" && !(w.tok(at-1).Norm == "'" && strings.HasSuffix(w.tok(at-2).Norm, "s")) {
		return nil
	}
	for _, p := range w.cands {
		if p.last != at-1 || p.kind != cKnown {
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

// modifiersBefore steps back from token i over up to two lower-case
// modifiers of a group noun ("defence ministry", "security forces",
// "riot police") and returns where they start.
func (w *work) modifiersBefore(i int) int {
	for n := 0; n < 2 && i > 0; n++ {
		t := w.tok(i - 1)
		if t.Kind != model.TokWord || t.Is(model.FlagCap) || !(titleModifier[t.Norm] || groupModifiers[t.Norm]) {
			break
		}
		i--
	}
	return i
}

// groupModifiers are lower-case words that qualify a group noun.
var groupModifiers = map[string]bool{"riot": true, "border": true, "armed": true, "naval": true, "air": true,
	"special": true, "state": true, "federal": true, "anti-riot": true, "paramilitary": true, "coast": true,
	"information": true, "interior": true, "home": true, "education": true, "energy": true, "transport": true,
	"agriculture": true, "environment": true, "communications": true, "emergency": true, "civil": true}

// modifierCountry returns the country named right before a group noun:
// "U.S. troops", "Kenyan police" (a demonym attached earlier does the same).
func (w *work) modifierCountry(c *cand) *lexicon.Entry {
	at := w.modifiersBefore(c.first)
	for _, p := range w.cands {
		// also a city or region: "Seoul police", "Lagos state police"
		if p.last == at && (p.kind == cKnown && (p.entry.Kind == lexicon.Country || p.entry.Kind == lexicon.City ||
			p.entry.Kind == lexicon.Admin1) || p.kind == cDemonym) && p.entry.Country != "" {
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
			// a place, or a capital the dictionary codes as its government ("Kiev")
			if (en.e.Type.IsPlace() || en.e.Type == model.Org && bareCountryActor(en)) && en.e.Country != "" {
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

// bareCountryActor reports whether an organisation's dictionary entry is an
// actor coded as its country alone: a capital standing for its government
// ("KIEV" is UKR), which locates what happens in it like the city would.
func bareCountryActor(en *ent) bool {
	for _, c := range en.cands {
		if c.entry != nil && c.entry.Kind == lexicon.Actor && c.entry.Country != "" && len(c.entry.Codes) > 0 {
			last := c.entry.Codes[len(c.entry.Codes)-1].Code
			return last == c.entry.Country
		}
	}
	return false
}

// sentencePlace returns the country of a place that opens the group
// noun's sentence: "In Seoul, hundreds of protesters marched …", "In
// Quito, the foreign ministry denied …".
func (w *work) sentencePlace(c *cand) string {
	s := w.d.Sentences[c.sent]
	if s.Last-s.First < 4 || w.tok(s.First).Norm != "in" {
		return ""
	}
	for _, en := range w.ents {
		if !(en.e.Type.IsPlace() || en.e.Type == model.Org && bareCountryActor(en)) || en.e.Country == "" {
			continue
		}
		for _, m := range en.e.Mentions {
			if m.First == s.First+1 && m.Last < c.first && w.tok(m.Last).Text == "," {
				return en.e.Country
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
	"legislature": true, "lawmakers": true, "senate": true, "guard": true, "guards": true, "congress": true, "council": true,
	"prosecutors": true, "politburo": true, "chancellery": true}

// institutionNouns end the proper names of institutions.
var institutionNouns = map[string]bool{"office": true, "council": true, "commons": true, "assembly": true,
	"committee": true, "commission": true, "agency": true, "department": true, "service": true}

// groups makes actors of group nouns no name comes with ("the junta closed
// the airspace", "police fired tear gas", "protesters in Caracas"): the
// country is a possessive before ("Iran's government"), a place right after
// ("protesters in Caracas"), else the country the story is about.
func (w *work) groups() {
	// The story's country is fixed here, from the places and office-holders
	// named so far, whether or not a group below needs it: later stages
	// must not see it change with the order of calls.
	w.mainCountry()
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
			country = w.sentencePlace(c)
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
