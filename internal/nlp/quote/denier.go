package quote

import "eventgraph/internal/model"

// governmentNouns name the government of the country a story is about
// without naming the country: "the junta denied", "the authorities
// rejected".
var governmentNouns = set("junta", "government", "regime", "authorities", "administration",
	"cabinet", "presidency", "military", "army", "leadership", "ministry", "officials")

// roleWords stand between an organisation and the name of the person who
// speaks for it: "Hamas official X", "RSF adviser X", "Taliban spokesman X".
var roleWords = set("official", "officials", "spokesman", "spokeswoman", "spokesperson", "adviser",
	"advisor", "leader", "commander", "chief", "head", "representative", "envoy", "negotiator",
	"member", "senior", "political", "military", "deputy", "press", "secretary", "minister", "aide")

// roleDenier resolves a denier whose subject span names no entity. A
// government role noun ("the junta") stands for the government of the
// country the story is about; otherwise the speaker of a negating quote
// right after the denial speaks for the denier ("The junta denied that.
// “We asked no one,” said an adviser").
func (a *analyzer) roleDenier(sp span, tok int) *model.Entity {
	for j := sp.a; j < sp.b; j++ {
		if governmentNouns[a.toks[j].Norm] {
			if e := a.storyCountry(); e != nil {
				return e
			}
			break
		}
	}
	if q := a.nextDirect(tok); q != nil && q.ent != nil && a.negating(q) {
		return q.ent
	}
	return nil
}

// storyCountry returns the country the article mentions most, counting the
// mentions of its places, as the GPE entity of the country itself; nil
// when no country has a GPE entity of its own.
func (a *analyzer) storyCountry() *model.Entity {
	count := map[string]int{}
	own := map[string]*model.Entity{}
	for _, e := range a.d.Entities {
		if e == nil || !e.Type.IsPlace() || e.Country == "" {
			continue
		}
		count[e.Country] += len(e.Mentions)
		if e.Type == model.GPE && (e.Actor == e.Country || (e.Geo != nil && e.Geo.Kind == "country")) {
			if o := own[e.Country]; o == nil || (o.Geo == nil || o.Geo.Kind != "country") && len(e.Mentions) > len(o.Mentions) {
				own[e.Country] = e
			}
		}
	}
	var best *model.Entity
	bestN := 0
	for _, e := range a.d.Entities {
		if e == nil || own[e.Country] != e {
			continue
		}
		if n := count[e.Country]; n > bestN {
			best, bestN = e, n
		}
	}
	return best
}

// affiliation returns the side a denier speaks for. A person the entity
// stage gives no country or actor speaks for the organisation or country
// named right before the name ("Hamas official X", "RSF adviser X") or in
// an apposition after it ("X, a spokesman for the Taliban"); any other
// entity speaks for itself.
func (a *analyzer) affiliation(e *model.Entity) *model.Entity {
	if e == nil || e.Type != model.Person || side(e) != "" {
		return e
	}
	for mi := range e.Mentions {
		m := &e.Mentions[mi]
		if m.Kind != model.MentionName {
			continue
		}
		first := a.d.TokenAt(m.Start)
		// "Hamas official Ezzat El-Rashq": role words, then the side.
		j := first
		for n := 0; n < 3 && j > 0 && roleWords[a.toks[j-1].Norm]; n++ {
			j--
		}
		if j < first && j > 0 {
			if o := a.sideMention(j - 1); o != nil {
				return o
			}
		}
		// "Ezzat El-Rashq, a spokesman for Hamas,".
		last := first
		for last < len(a.toks) && a.toks[last].Start < m.End {
			last++
		}
		if last+2 < len(a.toks) && a.toks[last].Text == "," {
			for k := last + 1; k < len(a.toks) && k < last+9; k++ {
				t := &a.toks[k]
				if t.Kind == model.TokPunct || t.Kind == model.TokQuote {
					break
				}
				if o := a.sideMention(k); o != nil {
					return o
				}
			}
		}
	}
	return e
}

// sideMention returns the entity of a mention at token k that has a side
// (an organisation, a country or its people), or nil.
func (a *analyzer) sideMention(k int) *model.Entity {
	m := a.ment[k]
	if m < 0 {
		return nil
	}
	o := a.mentions[m].e
	if o.Type == model.Person || side(o) == "" && o.Actor == "" {
		return nil
	}
	return o
}

// stateRoles are the CAMEO role blocks of the state; two of them in one
// country speak for the same side.
var stateRoles = set("GOV", "MIL", "COP", "SPY")

// ownSide reports whether y speaks for x's side, strictly: the same entity,
// or the same country and no different roles — a government and its
// opposition, rebels or judges are different sides ("the opposition said
// … The electoral council rejected the allegations").
func ownSide(x, y *model.Entity) bool {
	if x == nil || y == nil {
		return false
	}
	if x == y || x.ID == y.ID {
		return true
	}
	cx, cy := side(x), side(y)
	if cx == "" || cx != cy {
		return false
	}
	rx, ry := role(x), role(y)
	if rx == "" || ry == "" || rx == ry {
		return true
	}
	return stateRoles[rx] && stateRoles[ry]
}

// role returns the first role block of an entity's actor code after its
// country ("GOV" in "VENGOV"), or "".
func role(e *model.Entity) string {
	if len(e.Actor) >= 6 && e.Actor[:3] == side(e) {
		return e.Actor[3:6]
	}
	return ""
}
