package quote

import (
	"strings"

	"eventgraph/internal/model"
)

// maxNP bounds a speaker noun phrase, in tokens.
const maxNP = 12

// cueAt reports whether token i is a reporting verb (or "according to"), and
// returns what it is and the token after the cue, particle included.
func (a *analyzer) cueAt(i int) (cueInfo, int, bool) {
	if i < 0 || i >= len(a.toks) {
		return cueInfo{}, 0, false
	}
	c := &a.cueMemo[i]
	if c.state == 0 {
		info, end, ok := a.findCue(i)
		c.info, c.end, c.state = info, int32(end), 1
		if ok {
			c.state = 2
		}
	}
	return c.info, int(c.end), c.state == 2
}

// cueMemo remembers cueAt's answer for one token.
type cueMemo struct {
	info  cueInfo
	end   int32
	state uint8 // 0 not looked up, 1 no cue, 2 cue
}

// findCue does cueAt's work.
func (a *analyzer) findCue(i int) (cueInfo, int, bool) {
	t := &a.toks[i]
	if t.Kind != model.TokWord {
		return cueInfo{}, 0, false
	}
	if t.Norm == "according" {
		if i+1 < len(a.toks) && a.toks[i+1].Norm == "to" {
			return cueInfo{class: cueAccording}, i + 2, true
		}
		return cueInfo{}, 0, false
	}
	info, ok := cues[t.Norm]
	pinfo, pend, pok := a.objParticle(i, info, ok)
	if !ok && !pok {
		return cueInfo{}, 0, false
	}
	// A capitalised verb inside a sentence is a name ("Islamic State").
	if t.Is(model.FlagCap) && !t.Is(model.FlagAllCaps) && !t.Is(model.FlagSentStart) &&
		(i == 0 || a.toks[i-1].Kind == model.TokWord) {
		return cueInfo{}, 0, false
	}
	// A form that is also a noun is a verb only after a subject ("Trump
	// claims that …", "…, she claims."), not in "battleground states like"
	// or "the calls for".
	nounish := (ok && info.ambiguous) || (pok && ambiguousForms[t.Norm])
	if nounish && i > 0 {
		p := &a.toks[i-1]
		if p.Kind != model.TokWord || determiners[p.Norm] || (cues[p.Norm].class != 0 && !preCueSkip[p.Norm]) {
			return cueInfo{}, 0, false
		}
	}
	if pok {
		return pinfo, pend, true
	}
	if info.ambiguous && i+1 < len(a.toks) {
		// … and before "that", a punctuation mark or a quotation mark, or
		// "to" for a verb of intention ("she plans to …").
		// After a pronoun or a source noun ("the poll shows Clinton
		// ahead", "it shows an officer …") the form is a verb too.
		n := &a.toks[i+1]
		subj := i > 0 && sourceNouns[a.toks[i-1].Norm]
		if n.Norm != "that" && n.Kind != model.TokPunct && n.Kind != model.TokQuote && !(info.intent && n.Norm == "to") &&
			!(subj && (info.bare || info.npObject)) {
			return cueInfo{}, 0, false
		}
	}
	end := i + 1
	if info.particle != "" {
		if end < len(a.toks) && a.toks[end].Norm == info.particle {
			end++
		} else if info.needsParticle {
			return cueInfo{}, 0, false
		}
	}
	return info, end, true
}

// objParticle reports whether token i is a verb whose object after a
// particle is content ("called for an inquiry", "warned of a crisis",
// "called on Congress to act"), and returns the cue with the particle.
func (a *analyzer) objParticle(i int, info cueInfo, isCue bool) (cueInfo, int, bool) {
	ps := objParticleForms[a.toks[i].Norm]
	if ps == nil || i+2 >= len(a.toks) {
		return cueInfo{}, 0, false
	}
	n := a.toks[i+1].Norm
	for _, p := range ps {
		if n != p {
			continue
		}
		if p == "on" {
			// "called on Monday" is a time, not a hearer.
			if u := &a.toks[i+2]; u.Kind != model.TokWord || adjunctAdverbs[u.Norm] || adjunctNouns[u.Norm] {
				return cueInfo{}, 0, false
			}
		}
		if !isCue {
			f := a.toks[i].Norm
			info = cueInfo{class: cueWeak, participle: len(f) > 4 && f[len(f)-3:] == "ing"}
		}
		info.particle, info.needsParticle = p, false
		if p == "on" {
			info.control = true
		} else {
			info.npObject = true
		}
		return info, i + 2, true
	}
	return cueInfo{}, 0, false
}

// npToken reports whether token j can be part of a speaker noun phrase.
func (a *analyzer) npToken(j int) bool {
	t := &a.toks[j]
	if t.Kind == model.TokNumber {
		return true
	}
	if t.Kind != model.TokWord {
		return t.Text == "&"
	}
	switch t.Norm {
	case "and":
		// "Trump and Pence said": a coordination of names.
		return j > 0 && j+1 < len(a.toks) && a.toks[j-1].Is(model.FlagCap) && a.toks[j+1].Is(model.FlagCap)
	case "of":
		if j+1 >= len(a.toks) {
			return false
		}
		n := &a.toks[j+1]
		return n.Is(model.FlagCap) || determiners[n.Norm]
	}
	if npStop[t.Norm] {
		return false
	}
	if _, _, ok := a.cueAt(j); ok && !t.Is(model.FlagCap) {
		return false
	}
	return true
}

// npBefore returns the start of the noun phrase that ends right before
// token end, reaching back no further than lo; start == end when there is
// none.
func (a *analyzer) npBefore(end, lo int) int {
	k := end
	for k > lo && end-k < maxNP && a.npToken(k-1) {
		k--
	}
	for k < end && !a.npHead(k) {
		k++
	}
	return k
}

// npHead reports whether token k can open a noun phrase.
func (a *analyzer) npHead(k int) bool {
	t := &a.toks[k]
	if t.Kind != model.TokWord && t.Kind != model.TokNumber {
		return false
	}
	switch t.Norm {
	case "of", "and", "'s", "'":
		return false
	}
	return true
}

// npAfter returns the end of the noun phrase that starts at token start,
// reaching no further than hi.
func (a *analyzer) npAfter(start, hi int) int {
	k := start
	for k < hi && k-start < maxNP && a.npToken(k) {
		k++
	}
	for k > start {
		switch a.toks[k-1].Norm {
		case "of", "and", "the", "a", "an", "'s":
			k--
			continue
		}
		break
	}
	return k
}

// skipBack moves left from token end over auxiliaries and adverbs that
// stand between a speaker and its verb ("has also said"), at most three.
func (a *analyzer) skipBack(end, lo int) int {
	for n := 0; n < 3 && end > lo && preCueSkip[a.toks[end-1].Norm]; n++ {
		end--
	}
	// "The Czech Republic on Wednesday accused", "Iran last week said"
	j, noun := end, false
	for j > lo && end-j < 4 && timeSkip[a.toks[j-1].Norm] {
		j--
		noun = noun || timeNouns[a.toks[j].Norm]
	}
	if noun && j > lo {
		end = j
		for n := 0; n < 3 && end > lo && preCueSkip[a.toks[end-1].Norm]; n++ {
			end--
		}
	}
	return end
}

// timeNouns are the words of a time phrase between a subject and its verb;
// timeSkip adds the words that open or qualify one ("on", "last", "late").
var (
	timeNouns = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
		"yesterday", "tonight", "week", "weekend", "month", "morning", "afternoon", "evening", "night")
	timeSkip = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
		"yesterday", "tonight", "week", "weekend", "month", "morning", "afternoon", "evening", "night",
		"on", "last", "this", "late", "early", "earlier")
)

// subjectBefore finds the speaker of a verb at token cue: the noun phrase
// before it, past auxiliaries, appositions and parentheticals ("Sullivan,
// the adviser, said", "Sen. Perdue (R-Ga.) said", "Trump, speaking in
// Ohio, said") and a relative pronoun ("Peskov, who said", "an architect
// who said"), which stays in the span as the source's surface form. It
// returns an empty span when there is none within [lo, cue).
func (a *analyzer) subjectBefore(cue, lo int) span {
	end := a.skipBack(cue, lo)
	spanEnd := end
	if end > lo {
		switch a.toks[end-1].Norm {
		case "who", "which", "that":
			if end-1 > lo && a.toks[end-2].Text == "," {
				end -= 2
			} else if a.toks[end-1].Norm == "who" {
				end--
			}
		}
	}
	if s, ok := a.appositive(end, lo); ok {
		return span{s, max(end, spanEnd)}
	}
	start := a.npBefore(end, lo)
	if start == end {
		return span{}
	}
	// "The Chinese embassy in Prague said": the phrase reaches back over
	// a place after "in" or "at" to the noun it locates
	if p := start - 1; p-1 > lo && (a.toks[p].Norm == "in" || a.toks[p].Norm == "at") && a.ment[p-1] >= 0 {
		if m := a.ment[start]; m >= 0 && a.mentions[m].e.Type.IsPlace() {
			if s2 := a.npBefore(p, lo); s2 < p {
				start = s2
			}
		}
	}
	// An apposition: "Sullivan, the adviser, said" keeps the name.
	if start-1 > lo && a.toks[start-1].Text == "," {
		if s2 := a.npBefore(start-1, lo); s2 < start-1 && (s2 == lo || a.toks[s2-1].Text == "," ||
			a.toks[s2-1].Kind == model.TokQuote) && a.hasName(span{s2, start - 1}) && !a.hasName(span{start, end}) {
			start = s2
		}
	}
	return span{start, max(end, spanEnd)}
}

// maxAppositive bounds the tokens between a speaker's name and its verb
// that appositions and parentheticals may fill.
const maxAppositive = 40

// appositive handles a subject whose noun phrase is followed by
// appositions or parentheticals that end right before token end (a comma,
// a closing parenthesis or a dash): "Richard Roe, director of the
// institute, said", "Sen. Jane Roe (D-Ore.) said". It returns the start
// of the name's noun phrase. The name must open its clause: the sentence,
// or a comma, a dash, a quotation mark or a conjunction before it.
func (a *analyzer) appositive(end, lo int) (int, bool) {
	if end <= lo {
		return 0, false
	}
	switch a.toks[end-1].Text {
	case ",", ")", "—", "--", "–":
	default:
		return 0, false
	}
	k := end
	for tries := 0; tries < 4 && k > lo && end-k < maxAppositive; tries++ {
		// k is the token after the punctuation that closes the name's
		// noun phrase or an inner apposition.
		p := k - 1
		switch a.toks[p].Text {
		case ")":
			depth := 0
			o := p
			for ; o >= lo && p-o < 16; o-- {
				if a.toks[o].Text == ")" {
					depth++
				} else if a.toks[o].Text == "(" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if o < lo || depth != 0 || o == p {
				return 0, false
			}
			k = o
		case ",", "—", "--", "–":
			// Find the punctuation that opens this apposition.
			o := p - 1
			for ; o >= lo && end-o < maxAppositive; o-- {
				t := &a.toks[o]
				if t.Kind == model.TokQuote || isTerminal(t) || t.Text == ":" || t.Text == ";" {
					return 0, false
				}
				if t.Text == "," || t.Text == "—" || t.Text == "--" || t.Text == "–" || t.Text == ")" {
					break
				}
			}
			if o < lo || end-o >= maxAppositive {
				return 0, false
			}
			if a.toks[o].Text == ")" {
				k = o + 1
				continue
			}
			k = o
		default:
			return 0, false
		}
		// The name's noun phrase ends at k.
		s := a.npBefore(k, lo)
		if s == k || k-s > 8 {
			continue
		}
		if s == lo || a.clauseOpener(s-1) {
			if !a.hasName(span{s, k}) && !pronouns[a.toks[s].Norm] && a.toks[s].Norm != "the" && !determiners[a.toks[s].Norm] {
				return 0, false
			}
			return s, true
		}
	}
	return 0, false
}

// clauseOpener reports whether token j may stand right before a subject
// noun phrase: punctuation that opens a clause, a quotation mark or a
// conjunction.
func (a *analyzer) clauseOpener(j int) bool {
	t := &a.toks[j]
	if t.Kind == model.TokQuote {
		return true
	}
	switch t.Norm {
	case ",", "—", "--", "–", ";", ":", "(", "but", "and", "yet", "so", "meanwhile", "however", "also":
		return true
	}
	return false
}

// hasName reports whether a proper-name mention or a capitalised word
// lies in s.
func (a *analyzer) hasName(s span) bool {
	for j := s.a; j < s.b; j++ {
		if m := a.ment[j]; m >= 0 && a.mentions[m].m.Kind == model.MentionName {
			return true
		}
		if t := &a.toks[j]; t.Is(model.FlagCap) && !t.Is(model.FlagSentStart) {
			return true
		}
	}
	return false
}

// trimSpan drops commas and other punctuation at the ends of s.
func (a *analyzer) trimSpan(s span) span {
	for s.a < s.b && a.toks[s.a].Kind != model.TokWord && a.toks[s.a].Kind != model.TokNumber {
		s.a++
	}
	for s.b > s.a && a.toks[s.b-1].Kind != model.TokWord && a.toks[s.b-1].Kind != model.TokNumber {
		if a.toks[s.b-1].Text == ")" && a.hasOpenParen(s) {
			break // "Sen. Roe (D-Ore.)"
		}
		s.b--
	}
	return s
}

// hasOpenParen reports whether s holds an opening parenthesis.
func (a *analyzer) hasOpenParen(s span) bool {
	for j := s.a; j < s.b; j++ {
		if a.toks[j].Text == "(" {
			return true
		}
	}
	return false
}

// resolve finds the entity a speaker span names: the mention over its head,
// else the rightmost proper name in it, else any mention in it; an
// unresolved "he" or "she" falls back to the nearest person before it.
func (a *analyzer) resolve(s span, head int) *model.Entity {
	if s.empty() {
		return nil
	}
	if head >= s.a && head < s.b {
		if m := a.ment[head]; m >= 0 {
			// "The Chinese embassy in Prague said": the envoy's country,
			// not the place it sits in
			mr := &a.mentions[m]
			if p := mr.first - 1; p-1 >= s.a && mr.e.Type.IsPlace() && (a.toks[p].Norm == "in" || a.toks[p].Norm == "at") {
				if m2 := a.ment[p-1]; m2 >= 0 && a.mentions[m2].e != mr.e {
					return a.mentions[m2].e
				}
			}
			return mr.e
		}
	}
	for pass := 0; pass < 2; pass++ {
		for j := s.b - 1; j >= s.a; j-- {
			m := a.ment[j]
			if m < 0 {
				continue
			}
			if pass == 1 || a.mentions[m].m.Kind == model.MentionName {
				return a.mentions[m].e
			}
		}
	}
	if s.b-s.a == 1 && personPronouns[a.toks[s.a].Norm] {
		return a.nearestPerson(s.a)
	}
	if e := a.surname(s); e != nil {
		return e
	}
	return a.appositionHead(s)
}

// surname resolves a speaker span that no mention covers but that holds a
// capitalised word naming a person of the document by the last word of
// its name ("May said", where the entity stage read "May" as the month).
// News style names a person in full once and by surname afterwards.
func (a *analyzer) surname(s span) *model.Entity {
	for j := s.b - 1; j >= s.a; j-- {
		t := &a.toks[j]
		if t.Kind != model.TokWord || !t.Is(model.FlagCap) || t.Is(model.FlagAllCaps) || len(t.Norm) < 3 {
			continue
		}
		var found *model.Entity
		for _, e := range a.d.Entities {
			if e == nil || e.Type != model.Person || !strings.Contains(e.Name, " ") {
				continue
			}
			last := e.Name[strings.LastIndexByte(e.Name, ' ')+1:]
			if !strings.EqualFold(last, t.Text) {
				continue
			}
			if found != nil && found != e {
				return nil // two people share the surname
			}
			found = e
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// appositionHead resolves a role noun phrase that stands in apposition
// right after a name ("according to Adil Haidar, a spokesman for the
// police, who blamed …"): the name is the speaker.
func (a *analyzer) appositionHead(s span) *model.Entity {
	// The apposition opens with a comma and an article or a role word
	// and may reach back past the span's start ("a spokesman for the
	// police" when the span kept only "the police").
	for c := s.a - 1; c >= 1 && c >= s.a-8; c-- {
		t := &a.toks[c]
		if t.Text != "," {
			if t.Kind != model.TokWord {
				return nil
			}
			continue
		}
		if n := a.toks[c+1].Norm; n != "a" && n != "an" && n != "the" && !roleWords[n] {
			return nil
		}
		if m := a.ment[c-1]; m >= 0 {
			r := &a.mentions[m]
			if r.last == c && r.m.Kind == model.MentionName && (r.e.Type == model.Person || r.e.Type == model.Org) {
				return r.e
			}
		}
		return nil
	}
	return nil
}

// nearestPersonWindow bounds how many mentions nearestPerson looks back.
const nearestPersonWindow = 64

// nearestPerson returns the person entity mentioned last before token i.
func (a *analyzer) nearestPerson(i int) *model.Entity {
	lo, hi := 0, len(a.mentions)
	for lo < hi {
		m := (lo + hi) / 2
		if a.mentions[m].first < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k, n := lo-1, 0; k >= 0 && n < nearestPersonWindow; k, n = k-1, n+1 {
		if a.mentions[k].e.Type == model.Person {
			return a.mentions[k].e
		}
	}
	return nil
}

// setSpeaker fills q's speaker from the span s with the given head.
func (a *analyzer) setSpeaker(q *draft, s span, head int) {
	s = a.trimSpan(s)
	if s.empty() {
		return
	}
	if head < s.a || head >= s.b {
		head = s.b - 1
	}
	// In "Roe, director of the institute," or "Roe (D-Ore.)" the name
	// before the apposition is the head.
	for k := s.a + 1; k < head; k++ {
		if t := a.toks[k].Text; t == "," || t == "(" || t == "—" || t == "--" {
			head = k - 1
			break
		}
	}
	q.speaker, q.head = s, head
	q.ent = a.resolve(s, head)
}
