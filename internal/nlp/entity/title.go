package entity

import (
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// personAgents are agent codes whose role nouns describe a person
// ("President", "spokesman", "governor") rather than a group.
func personRole(e *lexicon.Entry) bool {
	if e == nil || e.Kind != lexicon.Agent {
		return false
	}
	r := e.Role
	for _, w := range []string{"president", "minister", "spokes", "governor", "advis", "secretary", "chief", "leader",
		"chairman", "chairwoman", "director", "ambassador", "envoy", "general", "commander", "premier", "king", "queen",
		"prince", "senator", "mayor", "judge", "official", "head", "chancellor", "diplomat", "lawmaker", "deputy",
		"representative", "negotiator", "emir", "sheikh", "sultan", "colonel", "captain", "admiral", "officer",
		"analyst", "journalist", "reporter", "correspondent", "editor", "executive", "ceo", "founder", "cleric",
		"ayatollah", "imam", "bishop", "pope", "activist", "lawyer", "attorney", "prosecutor", "governor"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// titles reads the words before each name: demonyms, countries,
// organisations, role nouns and possessive names that say who the named
// person is ("Iranian President Ebrahim Raissi", "Kremlin spokesman Dmitry
// Peskov", "Joe Biden's National Security Advisor Jake Sullivan").
func (w *work) titles() {
	at := map[int]*cand{} // candidate ending at token i (exclusive end)
	for _, c := range w.cands {
		if c.kind != cPronoun {
			at[c.last] = c
		}
	}
	for _, c := range w.cands {
		if !(c.kind == cName || c.kind == cKnown && c.entry.Kind == lexicon.Person) {
			continue
		}
		var block []*cand
		end := c.first
		for end > 0 {
			// "Joe Biden 's National Security Advisor": step over a possessive.
			if p := at[end]; p != nil && p != c && p.sent == c.sent {
				block = append(block, p)
				end = p.first
				continue
			}
			t := w.tok(end - 1)
			if t.Norm == "'s" || t.Norm == "'" {
				if p := at[end-1]; p != nil && (p.kind == cKnown && p.entry.Kind == lexicon.Person || p.kind == cName) {
					// The possessor's own title is not part of this one.
					block = append(block, p)
					break
				}
			}
			if titleModifier[t.Norm] {
				end--
				continue
			}
			break
		}
		if len(block) == 0 {
			continue
		}
		// block is right to left; read it left to right.
		for i, j := 0, len(block)-1; i < j; i, j = i+1, j-1 {
			block[i], block[j] = block[j], block[i]
		}
		w.applyTitle(c, block)
	}
}

// titleModifier are lower-case words that may stand inside a title.
var titleModifier = map[string]bool{
	"former": true, "acting": true, "deputy": true, "vice": true, "senior": true, "top": true, "chief": true,
	"interim": true, "then": true, "new": true, "outgoing": true, "incoming": true, "late": true, "first": true,
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true, "prime": true, "&": true,
	"of": true, "-": true, "and": false,
}

// applyTitle takes role, country and codes from a title block.
func (w *work) applyTitle(c *cand, block []*cand) {
	var roleCand *cand
	for _, b := range block {
		switch {
		case b.kind == cAgent:
			if roleCand == nil || personRole(b.entry) || !personRole(roleCand.entry) {
				roleCand = b
			}
			if c.agent == "" || c.orgCode == "" && b.entry.Agent != "MED" {
				if c.agent == "" || b.entry.Agent != "MED" {
					c.agent = b.entry.Agent
				}
			}
		case b.kind == cDemonym || b.kind == cKnown && b.entry.Kind == lexicon.Country:
			c.country = b.entry.Country
		case b.kind == cKnown && (b.entry.Kind == lexicon.Org || b.entry.Kind == lexicon.Landmark || b.entry.Kind == lexicon.Actor):
			if b.entry.Country != "" {
				c.country = b.entry.Country
			}
			if code := b.entry.CodeOn(w.date); code != "" {
				c.orgCode = code
				if b.entry.Kind == lexicon.Actor {
					// "US President": the actor phrase is itself a title.
					c.titled = true
					if roleCand == nil {
						c.role = lastWord(w.text(b))
					}
				}
			}
		case b.kind == cKnown && b.entry.Kind == lexicon.Person || b.kind == cName:
			// A possessive: "Joe Biden's National Security Advisor".
			if b.entry != nil && b.entry.Country != "" {
				c.country = b.entry.Country
			} else if b.country != "" {
				c.country = b.country
			}
		case b.kind == cKnown && b.entry.Kind.IsPlace():
			if b.entry.Country != "" {
				c.country = b.entry.Country
			}
		}
		if b.kind == cAgent || b.kind == cDemonym {
			b.used = true
		}
	}
	if roleCand != nil {
		c.role = w.text(roleCand)
		if personRole(roleCand.entry) {
			c.titled = true
		}
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// appositions reads ", the governor of the Moscow region," after a name.
func (w *work) appositions() {
	byFirst := map[int]*cand{}
	for _, c := range w.cands {
		byFirst[c.first] = c
	}
	for _, c := range w.cands {
		if !(c.kind == cName || c.kind == cKnown && c.entry.Kind == lexicon.Person) {
			continue
		}
		s := w.d.Sentences[c.sent]
		i := c.last
		// Skip a parenthesis: "(unseen)", "(pictured)".
		if i < s.Last && w.tok(i).Text == "(" {
			for i < s.Last && w.tok(i).Text != ")" {
				i++
			}
			i++
		}
		if i >= s.Last || w.tok(i).Text != "," {
			continue
		}
		i++
		if i < s.Last && (w.tok(i).Norm == "the" || w.tok(i).Norm == "a" || w.tok(i).Norm == "an") {
			i++
		}
		var block []*cand
		for i < s.Last {
			if b := byFirst[i]; b != nil && b.kind != cPronoun && b.kind != cName {
				block = append(block, b)
				i = b.last
				continue
			}
			if titleModifier[w.tok(i).Norm] || w.tok(i).Norm == "in" || w.tok(i).Norm == "for" || w.tok(i).Norm == "the" {
				i++
				continue
			}
			break
		}
		hasRole := false
		for _, b := range block {
			if b.kind == cAgent {
				hasRole = true
			}
		}
		if !hasRole {
			continue
		}
		keepCountry, keepRole := c.country, c.role
		w.applyTitle(c, block)
		if keepRole != "" {
			c.role = keepRole
		}
		if keepCountry != "" {
			c.country = keepCountry
		}
	}
}

// orgWords end organisation names ("Russian Presidential Office").
var orgWords = map[string]string{
	"office": "GOV", "ministry": "GOV", "government": "GOV", "cabinet": "GOV", "presidency": "GOV",
	"council": "GOV", "agency": "", "committee": "", "commission": "", "party": "PTY", "parliament": "LEG",
	"assembly": "LEG", "congress": "LEG", "senate": "LEG", "army": "MIL", "forces": "MIL", "guards": "MIL",
	"guard": "MIL", "navy": "MIL", "police": "COP", "court": "JUD", "bank": "BUS", "company": "BUS",
	"corp": "BUS", "corp.": "BUS", "inc": "BUS", "inc.": "BUS", "group": "", "organization": "", "organisation": "",
	"union": "", "association": "", "university": "EDU", "institute": "", "foundation": "NGO", "news": "MED",
	"times": "MED", "post": "MED", "radio": "MED", "television": "MED", "tv": "MED", "front": "", "movement": "",
	"brigade": "MIL", "brigades": "MIL", "co": "BUS", "plc": "BUS", "ltd": "BUS", "airlines": "BUS", "reserve": "GOV",
	"department": "GOV", "authority": "GOV", "service": "", "services": "", "federation": "", "league": "",
}

// typeNames decides the type of names no dictionary knows, and gives
// organisations the country of a demonym before them.
func (w *work) typeNames() {
	at := map[int]*cand{}
	for _, c := range w.cands {
		at[c.last] = c
	}
	for _, c := range w.cands {
		if c.kind != cName {
			continue
		}
		last := w.tok(c.last - 1).Norm
		code, orgish := orgWords[last]
		switch {
		case orgish:
			c.typ = model.Org
			if code == "GOV" || code == "MIL" || code == "LEG" || code == "COP" || code == "JUD" || code == "PTY" {
				c.agent = code
			}
		case c.titled:
			c.typ = model.Person
		case c.typ != "":
		case c.last-c.first >= 2 && c.last-c.first <= 4:
			c.typ = model.Person
		default:
			c.typ = model.Misc
		}
		// "Russian Presidential Office": a demonym or country right before.
		if p := at[c.first]; p != nil && (p.kind == cDemonym || p.kind == cKnown && p.entry.Kind == lexicon.Country) && c.typ != model.Person {
			c.country = p.entry.Country
			p.used = true
			c.first = p.first
		}
	}
}
