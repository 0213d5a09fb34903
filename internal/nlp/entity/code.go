package entity

import (
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/geo"
	"eventgraph/internal/nlp/lexicon"
)

func geoOf(e *lexicon.Entry) *model.Geo { return geo.Geo(e) }

// codes fills each entity's actor code and country: the dictionary's code
// valid on the reference date, unless a title in the text says otherwise;
// for names no table knows, the code composed from the title's country and
// role ("Iranian President" → IRNGOV).
func (w *work) codes() {
	for _, en := range w.ents {
		e := en.e
		var country, agent, orgCode string
		titled := false
		for _, c := range en.cands {
			if c.country != "" && country == "" {
				country = c.country
			}
			if c.agent != "" && agent == "" {
				agent = c.agent
			}
			if c.orgCode != "" && orgCode == "" {
				orgCode = c.orgCode
			}
			titled = titled || c.titled
		}
		defer w.countryFromCode(e)
		if en.entry != nil {
			code := en.entry.CodeOn(w.date)
			if e.Actor == "" {
				e.Actor = code
			}
			if e.Country == "" {
				e.Country = en.entry.Country
			}
			if en.entry.Kind == lexicon.Person && country != "" && country != en.entry.Country && !w.active(en.entry) {
				// "Venezuela's information minister, Jorge Rodríguez": a
				// namesake of someone the dictionary knows only out of
				// office; the text's title says who this is.
				e.Country = country
				e.Actor = country + agent
				if agent == "" {
					e.Actor = country
				}
				continue
			}
			// The text's title wins over the dated role: "former President".
			if en.entry.Kind == lexicon.Person && agent != "" && titled {
				ctry := country
				if ctry == "" {
					ctry = en.entry.Country
				}
				if ctry != "" && ctry == en.entry.Country {
					if orgCode != "" && len(orgCode) > 3 && orgCode[:3] == ctry {
						e.Actor = orgCode
					} else if agent != "MED" || code == "" {
						e.Actor = ctry + agent
					}
				}
			}
			continue
		}
		if e.Country == "" {
			e.Country = country
		}
		unknownPlace := (e.Type == model.Loc || e.Type == model.GPE) && e.Geo == nil
		if country == "" && e.Country == "" && e.Type == model.Org && e.Actor == "" && orgCode == "" && w.describedGroup(en) {
			// "the Assistance Association for Political Prisoners, a
			// monitoring group": a civic group of the country around it
			if country = w.nearbyCountry(en); country != "" {
				e.Country, agent = country, "NGO"
			}
		}
		if country == "" && e.Country == "" && ((titled || agent != "" || e.Role != "") && (e.Type == model.Person || e.Type == model.Org) || unknownPlace) {
			// An official with no country in the title: the country of a
			// place in the same sentence, else the one the story is about.
			country = w.nearbyCountry(en)
			e.Country = country
		}
		switch {
		case orgCode != "" && (e.Type == model.Person || e.Type == model.Org):
			e.Actor = orgCode
		case country != "" && agent != "":
			e.Actor = country + agent
		case country != "" && (e.Type == model.Person || e.Type == model.Org):
			e.Actor = country
		}
	}
}

// groupWords head the apposition that says a name is a civic group.
var groupWords = map[string]bool{"group": true, "organisation": true, "organization": true, "association": true,
	"watchdog": true, "network": true, "monitor": true, "coalition": true, "charity": true, "ngo": true}

// describedGroup reports whether an organisation's mention is followed by
// an apposition "a/an … group" ("…, a monitoring group", "…, an
// independent watchdog").
func (w *work) describedGroup(en *ent) bool {
	for _, m := range en.e.Mentions {
		i := m.Last
		if i+1 >= len(w.d.Tokens) || w.tok(i).Text != "," || w.tok(i+1).Norm != "a" && w.tok(i+1).Norm != "an" {
			continue
		}
		for j := i + 2; j < len(w.d.Tokens) && j < i+6; j++ {
			t := w.tok(j)
			if groupWords[t.Norm] {
				return true
			}
			if t.Kind != model.TokWord {
				break
			}
		}
	}
	return false
}

// countryFromCode fills a missing country from the actor code: its first
// block, or the block after a sector prefix (MNCUSA → USA, NGOGBR → GBR).
func (w *work) countryFromCode(e *model.Entity) {
	if e.Country != "" || len(e.Actor) < 3 {
		return
	}
	switch e.Actor[:3] {
	case "IGO", "NGO", "MNC", "IMG":
		if len(e.Actor) >= 6 && w.s.lex.Country(e.Actor[3:6]) != nil {
			e.Country = e.Actor[3:6]
		}
	default:
		if w.s.lex.Country(e.Actor[:3]) != nil {
			e.Country = e.Actor[:3]
		}
	}
}

// nearbyCountry guesses the country of an entity whose title names none: a
// country, demonym or place in the sentence of its first mention (the
// nearest), else the country most of the article's places belong to.
func (w *work) nearbyCountry(en *ent) string {
	if len(en.cands) == 0 {
		return ""
	}
	c := en.cands[0]
	best, bestDist := "", 1<<30
	for _, o := range w.ents {
		if o == en || !(o.e.Type == model.GPE || o.e.Type == model.Loc || o.e.Type == model.Fac) || o.e.Country == "" {
			continue
		}
		for _, m := range o.e.Mentions {
			// Only what stands before the name, or right after it in an
			// apposition: what follows the verb is what the person talks about.
			if m.Sentence != c.sent || m.First >= c.last+12 {
				continue
			}
			d := m.First - c.last
			if d < 0 {
				d = c.first - m.Last
			} else if !w.inApposition(c, m.First) {
				continue
			}
			if d < bestDist {
				best, bestDist = o.e.Country, d
			}
		}
	}
	if best != "" {
		return best
	}
	return w.mainCountry()
}

// officeCountry returns the country of a person the dictionary knows as an
// office-holder of one (its entry's country, with a code of that country),
// or "": whether or not actor codes are assigned yet.
func officeCountry(o *ent) string {
	if len(o.e.Actor) > 3 && o.e.Actor[:3] == o.e.Country {
		return o.e.Country
	}
	for _, c := range o.cands {
		if c.entry != nil && c.entry.Kind == lexicon.Person && c.entry.Country != "" && len(c.entry.Codes) > 0 &&
			strings.HasPrefix(c.entry.Codes[0].Code, c.entry.Country) {
			return c.entry.Country
		}
	}
	return ""
}

// mainCountry returns the country the article's places mostly belong to
// (the dateline counts double), or "" when no country has two mentions.
func (w *work) mainCountry() string {
	if w.main != nil {
		return *w.main
	}
	count, first := map[string]int{}, map[string]int{}
	for _, o := range w.ents {
		// places, and the people who hold office in a country ("Obama
		// faces pressure from Congress": the United States')
		ctry := o.e.Country
		if o.e.Type == model.Person {
			ctry = officeCountry(o)
		} else if !(o.e.Type == model.GPE || o.e.Type == model.Loc || o.e.Type == model.Fac) {
			continue
		}
		if ctry == "" {
			continue
		}
		for _, m := range o.e.Mentions {
			n := 1
			if w.d.Sentences[m.Sentence].Section == model.SectionDateline {
				n = 2
			}
			count[ctry] += n
			if f, ok := first[ctry]; !ok || m.Start < f {
				first[ctry] = m.Start
			}
		}
	}
	// the most mentioned; of equals, the one the text names first
	best, bestN := "", 1
	for c, n := range count {
		if n > bestN || n == bestN && (best == "" || first[c] < first[best]) {
			best, bestN = c, n
		}
	}
	w.main = &best
	return best
}

// inApposition reports whether token i lies in the comma-delimited phrase
// right after the candidate's name.
func (w *work) inApposition(c *cand, i int) bool {
	if c.last >= len(w.d.Tokens) || w.tok(c.last).Text != "," {
		return false
	}
	return i < w.phraseEnd(c.last+1, w.d.Sentences[c.sent].Last)
}
