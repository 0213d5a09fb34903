package event

import "eventgraph/internal/model"

// Crowds. "Thousands of people protested in Bamako against the sanctions"
// names no actor as the protesters, but the place does: a crowd that
// demonstrates in a country's city is that country's people (CAMEO codes a
// protest's source by the protesters' nationality, Schrodt 2012, ch. 2).
// crowdSource gives such a protest (root 14) its source from the place.

// crowdWords are the subjects that name an unnamed crowd.
var crowdWords = set("people", "protesters", "protestors", "demonstrators", "marchers", "residents", "thousands",
	"hundreds", "dozens", "crowd", "crowds", "citizens", "students", "activists", "supporters", "workers",
	"mourners", "women", "men", "villagers", "farmers")

// bareCrowd reports whether m is a crowd word alone ("hundreds of
// protesters"), whose country another stage may have guessed from the
// sentence, and not a crowd its own words place ("British activists").
func (r *runner) bareCrowd(m *mref) bool {
	return m.last-m.first == 1 && crowdWords[r.norm(m.first)] && r.mentionAt(m.first-1) == nil && !r.tok(m.first-1).Is(model.FlagCap)
}

// crowdSubject reports whether a crowd word stands within the six words
// before token at in [lo, at), with no actor or verb between them.
func (r *runner) crowdSubject(st *sent, at, lo int) bool {
	for j := at - 1; j >= lo && j >= at-6; j-- {
		if crowdWords[r.norm(j)] {
			return true
		}
		if r.at[j] != 0 && !r.mentionAt(j).place || st.isVrb[j-st.s.First] || r.tok(j).Kind == model.TokQuote {
			return false
		}
	}
	return false
}

// crowdPlace returns the first polity (a country, region or city) named
// after a place preposition in [lo, hi): "outside the Russian embassy in
// Kyiv" gives Kyiv, not the embassy's Russia.
func (r *runner) crowdPlace(lo, hi int) *mref {
	for lo < hi {
		m := r.placeIn(lo, hi)
		if m == nil {
			return nil
		}
		if m.ent.Type == model.GPE && m.kind != model.MentionDemonym && polity(m) && m.known() {
			return m
		}
		lo = max(m.last, lo+1)
	}
	return nil
}

// protestObject returns the foreign party a protest is against: the actor
// or demonym right after "against" or "outside" ("against the Turkish
// strikes", "outside the Russian embassy"), as its country when the
// article names it; nil when there is none or it is src's own side.
func (r *runner) protestObject(lo, hi int, src *mref) *mref {
	hi = min(hi, lo+window)
	for j := lo; j < hi; j++ {
		w := r.norm(j)
		if w != "against" && w != "outside" && w != "at" {
			continue
		}
		for k := j + 1; k < hi && k <= j+3; k++ {
			m := r.mentionAt(k)
			if m == nil {
				if t := r.tok(k); t.Kind != model.TokWord || prepositions[r.norm(k)] {
					break
				}
				continue
			}
			c := m.prefix()
			if !countryCode(c) || c == src.prefix() {
				return nil
			}
			if m.kind == model.MentionDemonym || m.place {
				if e := r.countryEntity(c); e != nil {
					return r.refMention(e.Ref(), m.first)
				}
			}
			return m
		}
	}
	return nil
}

// referentWindow bounds how many sentences back an act named by an event
// noun is looked for.
const referentWindow = 6

// nounReferent returns, for an event noun in [lo, hi) that names an act
// coded before ("protested against the sanctions", "rejected the
// agreement", "condemned the strikes"), the source of the latest such act by
// another country than src's: the party the reaction is aimed at, or nil.
func (r *runner) nounReferent(st *sent, lo, hi int, src *mref) *mref {
	hi = min(hi, lo+window)
	for j := lo; j < hi; j++ {
		if r.at[j] != 0 || st.isVrb[j-st.s.First] {
			continue
		}
		cands, ok := r.dict.nouns[r.norm(j)]
		if !ok || len(cands) == 0 {
			continue
		}
		root := cands[0].code[:2]
		for k := len(r.d.Events) - 1; k >= 0; k-- {
			ev := &r.d.Events[k]
			if ev.Sentence < st.idx-referentWindow {
				break
			}
			if ev.Root != root || ev.Source == nil || ev.Modality == model.ModNegated || ev.Modality == model.ModHypothetical {
				continue
			}
			if p := r.refPrefix(ev.Source); p == "" || p == src.prefix() || ev.Source.Entity == src.ent.ID {
				continue
			}
			return r.refMention(ev.Source, j)
		}
		return nil
	}
	return nil
}
