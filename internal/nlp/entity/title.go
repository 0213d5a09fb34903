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
		roleWord := ""
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
			if roleWords[t.Norm] && t.Kind == model.TokWord && w.d.SentenceAt(t.Start) == c.sent {
				// A role noun the dictionary lacks: "Hamas official X".
				if roleWord == "" {
					roleWord = t.Text
				}
				end--
				continue
			}
			break
		}
		if len(block) == 0 && roleWord == "" {
			continue
		}
		// block is right to left; read it left to right.
		for i, j := 0, len(block)-1; i < j; i, j = i+1, j-1 {
			block[i], block[j] = block[j], block[i]
		}
		w.applyTitle(c, block)
		if c.role == "" && roleWord != "" {
			c.role, c.titled = roleWord, true
		}
	}
}

// titleModifier are lower-case words that may stand inside a title.
var titleModifier = map[string]bool{
	"former": true, "acting": true, "deputy": true, "vice": true, "senior": true, "top": true, "chief": true,
	"interim": true, "then": true, "new": true, "outgoing": true, "incoming": true, "late": true, "first": true,
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true, "prime": true, "&": true,
	"of": true, "-": true, "and": false, "political": true, "spiritual": true, "supreme": true,
	"religious": true, "security": true, "intelligence": true, "economic": true, "trade": true, "health": true,
	"justice": true, "presidential": true, "national": true, "regional": true, "provincial": true, "local": true,
	"military": true, "press": true, "assistant": true, "special": true, "joint": true,
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

// appositions reads the role phrase set off by commas next to a name:
// after it (", the governor of the Moscow region,", ", a spokesman for the
// provincial police,", ", head of Iran's civil aviation organisation,") or
// before it ("A ministry spokesman, Ashraf al-Qudra, said", "Eritrea's
// information minister, Yemane Gebremeskel,").
func (w *work) appositions() {
	byFirst := map[int]*cand{}
	for _, c := range w.cands {
		if c.kind != cPronoun {
			byFirst[c.first] = c
		}
	}
	for _, c := range w.cands {
		if c.kind == cName && c.typ == model.Org && c.country == "" {
			w.orgApposition(c, byFirst)
			continue
		}
		if !(c.kind == cName || c.kind == cKnown && c.entry.Kind == lexicon.Person) {
			continue
		}
		s := w.d.Sentences[c.sent]
		var block []*cand
		// After the name.
		i := c.last
		if i < s.Last && w.tok(i).Text == "(" {
			// Skip a parenthesis: "(unseen)", "(pictured)".
			for i < s.Last && w.tok(i).Text != ")" {
				i++
			}
			i++
		}
		blockStart, blockEnd := 0, 0
		if i < s.Last && w.tok(i).Text == "," {
			block = w.rolePhrase(i+1, s.Last, byFirst)
			blockStart, blockEnd = i+1, w.phraseEnd(i+1, s.Last)
			// "Kang Chol, dismissed the findings and called Seoul's
			// accusation …": no role after the name, so the one before
			// it ("North Korea's ambassador, Kang Chol,") may apply
			if !hasAgent(block) && w.roleWord(blockStart, blockEnd) == "" {
				block, blockStart, blockEnd = nil, 0, 0
			}
		}
		// Before the name: "…, ROLE, NAME," or "ROLE, NAME," at the start.
		if len(block) == 0 && c.first-1 > s.First && w.tok(c.first-1).Text == "," && c.last < s.Last &&
			(w.tok(c.last).Text == "," || w.tok(c.last).Text == "." || speechVerbs[w.tok(c.last).Norm]) {
			j := c.first - 2
			for j > s.First && j > c.first-14 && w.tok(j-1).Text != "," && w.tok(j-1).Kind != model.TokQuote &&
				!speechVerbs[w.tok(j-1).Norm] && w.tok(j-1).Norm != "that" {
				j--
			}
			if ph := w.rolePhrase(j, c.first-1, byFirst); len(ph) > 0 && ph[len(ph)-1].last == c.first-1 {
				block = ph
			} else if role := w.roleWord(j, c.first-1); role != "" {
				block, blockStart, blockEnd = ph, j, c.first-1
			}
		}
		hasRole := false
		for _, b := range block {
			if b.kind == cAgent {
				hasRole = true
			}
		}
		role := ""
		if !hasRole && blockEnd > blockStart {
			// A role noun the dictionary lacks: "a security analyst in Niamey".
			role = w.roleWord(blockStart, blockEnd)
			hasRole = role != ""
		}
		if !hasRole {
			continue
		}
		keepCountry, keepRole := c.country, c.role
		w.applyTitle(c, block)
		if c.role == "" {
			c.role = role
			c.titled = true
		}
		if keepRole != "" {
			c.role = keepRole
		}
		if keepCountry != "" {
			c.country = keepCountry
		}
	}
}

// orgApposition reads ", the Israeli company that …" after an
// organisation's name: a demonym or country in it gives the country.
func (w *work) orgApposition(c *cand, byFirst map[int]*cand) {
	s := w.d.Sentences[c.sent]
	if c.last >= s.Last || w.tok(c.last).Text != "," {
		return
	}
	end := w.phraseEnd(c.last+1, s.Last)
	hasNoun := false
	for i := c.last + 1; i < end; i++ {
		hasNoun = hasNoun || orgNouns[w.tok(i).Norm] || w.tok(i).Norm == "newspaper" || w.tok(i).Norm == "broadcaster"
	}
	if !hasNoun {
		return
	}
	for i := c.last + 1; i < end; i++ {
		if b := byFirst[i]; b != nil && (b.kind == cDemonym || b.kind == cKnown && b.entry.Kind == lexicon.Country) {
			c.country = b.entry.Country
			return
		}
	}
}

// roleWords are nouns that describe a person by occupation or office,
// beyond the CAMEO agent dictionary.
var roleWords = map[string]bool{
	"analyst": true, "expert": true, "researcher": true, "professor": true, "politician": true, "lawyer": true,
	"official": true, "commander": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"adviser": true, "advisor": true, "head": true, "chief": true, "director": true, "leader": true,
	"activist": true, "journalist": true, "correspondent": true, "diplomat": true, "envoy": true, "negotiator": true,
	"minister": true, "governor": true, "mayor": true, "lawmaker": true, "senator": true, "general": true,
	"colonel": true, "officer": true, "secretary": true, "chairman": true, "chairwoman": true, "president": true,
	"founder": true, "member": true, "representative": true, "economist": true, "scholar": true, "fellow": true,
	"resident": true, "witness": true, "doctor": true, "surgeon": true, "nurse": true, "teacher": true,
	"leaders": true, "officials": true, "analysts": true, "experts": true, "activists": true, "lawyers": true,
	"cleric": true, "businessman": true, "businesswoman": true, "billionaire": true, "tycoon": true,
}

// roleWord returns the first role noun in tokens [i, end), or "".
func (w *work) roleWord(i, end int) string {
	for ; i < end; i++ {
		if n := w.tok(i).Norm; roleWords[n] {
			return n
		}
	}
	return ""
}

// hasAgent reports whether a role phrase holds a role noun.
func hasAgent(block []*cand) bool {
	for _, b := range block {
		if b.kind == cAgent {
			return true
		}
	}
	return false
}

// phraseEnd returns where a role phrase starting at i ends: at a comma, a
// stop, a quotation mark or a speech verb, after at most 14 tokens.
func (w *work) phraseEnd(i, end int) int {
	for n := 0; i < end && n < 14; n, i = n+1, i+1 {
		t := w.tok(i)
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ")" || t.Kind == model.TokQuote || speechVerbs[t.Norm] {
			break
		}
	}
	return i
}

// rolePhrase collects the candidates of a role phrase starting at token i,
// up to a comma, a stop or a quote, at most 14 tokens: role nouns, demonyms,
// countries, places, organisations, possessive names.
func (w *work) rolePhrase(i, end int, byFirst map[int]*cand) []*cand {
	var block []*cand
	for n := 0; i < end && n < 14; n++ {
		t := w.tok(i)
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ")" || t.Kind == model.TokQuote || speechVerbs[t.Norm] {
			break
		}
		if b := byFirst[i]; b != nil {
			complement := i > 0 && (w.tok(i-1).Norm == "for" || w.tok(i-1).Norm == "to") && b.kind == cKnown && b.entry.Kind.IsPlace()
			if (b.kind == cKnown || b.kind == cAgent || b.kind == cDemonym || b.kind == cName && b.typ == model.Org) && !complement {
				// "envoy for Afghanistan", "ambassador to France": the
				// place the role deals with, not the person's country.
				block = append(block, b)
			}
			if b.kind == cName && b.typ == model.Person && (b.last >= len(w.d.Tokens) || w.tok(b.last).Norm != "'s") {
				// Another person's name, not a possessive: not a role phrase.
				return nil
			}
			i = b.last
			continue
		}
		i++
	}
	return block
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
	"alliance": "", "coalition": "", "gang": "",
}

// placeNouns follow a place name: "the Apurímac region".
var placeNouns = map[string]bool{"region": true, "province": true, "state": true, "district": true, "county": true,
	"valley": true, "department": true, "governorate": true, "prefecture": true, "oblast": true, "municipality": true,
	"township": true, "village": true, "town": true, "island": true, "islands": true, "peninsula": true}

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
		if !orgish && c.last-c.first >= 3 && w.tok(c.first+1).Norm == "of" {
			// "Group of Experts", "Council of Europe", "Bank of England".
			code, orgish = orgWords[w.tok(c.first).Norm]
		}
		placeWord := c.last < len(w.d.Tokens) && placeNouns[w.tok(c.last).Norm]
		switch {
		case placeWord && !orgish:
			// "the Apurímac region", "Tigray province".
			c.typ = model.Loc
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
		} else if pc := w.possessiveCountry(c); pc != nil && c.typ == model.Org && c.country == "" {
			// "India's Adani Group".
			c.country = pc.Country
		}
	}
}
