package entity

import (
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
