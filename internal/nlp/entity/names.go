package entity

import (
	"slices"
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

// names adds names no dictionary knows: the tagger's, else capitalised runs.
func (w *work) names(si int, s model.Sentence, tagged []NameSpan) {
	d := w.d
	if d.Sentences[si].Section == model.SectionDateline {
		return
	}
	add := func(first, last int, typ model.EntityType) {
		// Titles the tagger took into a name: "Mullah Abdul Ghani Baradar".
		for moved := true; moved && first < last; {
			moved = false
			for _, c := range w.cands {
				if c.first == first && c.kind == cAgent && c.last <= last {
					first, moved = c.last, true
				}
			}
		}
		if (typ == model.Person || typ == model.Org) && last-first >= 2 {
			w.yieldToName(first, last, typ)
		}
		// Only the part no dictionary match covers.
		for first < last && w.covered[first] {
			first++
		}
		for last > first && w.covered[last-1] {
			last--
		}
		for i := first; i < last; i++ {
			if w.covered[i] {
				return
			}
		}
		for first < last && !w.nameWord(first, true) {
			first++
		}
		// "Colonel Major Amadou Abdramane", "Acting Secretary X": leading
		// title words belong to the title, not the name.
		for last-first > 2 && titleWords[w.tok(first).Norm] || last-first > 1 && honorifics[w.tok(first).Norm] {
			first++
		}
		allTitle := true
		for i := first; i < last; i++ {
			allTitle = allTitle && titleWords[w.tok(i).Norm]
		}
		if allTitle {
			// "Acting", "Deputy Foreign": title words left of a title the
			// dictionary matched.
			return
		}
		for last > first && !w.nameWord(last-1, false) {
			last--
		}
		if first >= last {
			return
		}
		c := &cand{first: first, last: last, kind: cName, typ: typ, sent: si}
		w.cands = append(w.cands, c)
		for i := first; i < last; i++ {
			w.covered[i] = true
		}
	}
	if !w.allCapsSentence(si) {
		for _, n := range tagged {
			typ := model.Misc
			switch n.Type {
			case "PER":
				typ = model.Person
			case "ORG":
				typ = model.Org
			case "LOC":
				typ = model.Loc
			}
			last := s.First + n.Last
			if typ == model.Person {
				// "Khalid" + "al-Falih".
				for last < s.Last && arabicParticle(w.tok(last).Text) {
					last++
				}
			}
			if typ == model.Org || typ == model.Misc {
				// "Assistance Association" + "for Political Prisoners".
				for last+1 < s.Last && w.connector(last) && w.capWord(last+1) && !w.covered[last+1] {
					last += 2
					for last < s.Last && w.capWord(last) && !w.covered[last] {
						last++
					}
				}
			}
			add(s.First+n.First, last, typ)
		}
	}
	// Capitalised runs the tagger left out.
	for i := s.First; i < s.Last; i++ {
		if w.covered[i] || !w.capWord(i) {
			continue
		}
		j := i + 1
		for j < s.Last && !w.covered[j] && (w.capWord(j) || (w.connector(j) || w.tok(j).Norm == "'s") && j+1 < s.Last && w.capWord(j+1) && !w.covered[j+1]) {
			j++
		}
		add(i, j, "")
		i = j - 1
	}
}

// arabicParticle reports whether a lower-case word is a name with an Arabic
// article or particle: "al-Qudra", "el-Sisi", "ash-Sharaa".
func arabicParticle(s string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-", "bin-", "abu-"} {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			r := s[len(p)]
			return r >= 'A' && r <= 'Z'
		}
	}
	return false
}

// titleWords are capitalised words that open a title rather than a name.
var titleWords = map[string]bool{
	"acting": true, "deputy": true, "former": true, "interim": true, "vice": true, "senior": true,
	"major": true, "general": true, "colonel": true, "lieutenant": true, "captain": true, "sergeant": true,
	"brigadier": true, "admiral": true, "marshal": true, "commander": true, "president": true, "minister": true,
	"prime": true, "foreign": true, "secretary": true, "senator": true, "governor": true, "mayor": true,
	"ambassador": true, "chief": true, "judge": true, "justice": true, "sheikh": true, "imam": true, "king": true,
	"queen": true, "prince": true, "princess": true, "emir": true, "sultan": true, "pope": true, "dr": true,
	"dr.": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "prof": true, "prof.": true,
	"gen.": true, "col.": true, "lt.": true, "maj.": true, "capt.": true, "sgt.": true, "adm.": true, "sen.": true,
	"rep.": true, "gov.": true,
}

// honorifics precede a name that may be a single word ("Dr Sasa").
var honorifics = map[string]bool{"dr": true, "dr.": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true,
	"ms": true, "ms.": true, "prof": true, "prof.": true, "sheikh": true, "mullah": true, "imam": true}

// yieldToName drops weak dictionary matches inside a longer name the tagger
// reads as a person or organisation ("Victoria Nuland": not the city of
// Victoria; "Black Sea Institute of Strategic Studies"), so that the whole
// name becomes one mention. Countries are never weak.
func (w *work) yieldToName(first, last int, typ model.EntityType) {
	weak := func(c *cand) bool {
		if c.last-c.first >= last-first {
			return false
		}
		switch c.kind {
		case cName:
			// A bare surname the dictionary knew of someone else.
			return true
		case cAgent:
			// "Political Prisoners" inside "Assistance Association for
			// Political Prisoners".
			return typ == model.Org && c.first > first
		case cKnown:
			// A town inside a name, or a known person's name inside a
			// longer one ("Ghani" inside "Abdul Ghani Baradar").
			return c.entry.Kind.IsPlace() && c.entry.Kind != lexicon.Country || c.entry.Kind == lexicon.Person
		}
		return false
	}
	var inside []*cand
	for _, c := range w.cands {
		if c.first < last && c.last > first {
			if c.first < first || c.last > last || !weak(c) {
				return
			}
			inside = append(inside, c)
		}
	}
	if len(inside) == 0 {
		return
	}
	keep := w.cands[:0]
	for _, c := range w.cands {
		if !slices.Contains(inside, c) {
			keep = append(keep, c)
		}
	}
	w.cands = keep
	for i := first; i < last; i++ {
		w.covered[i] = false
	}
	drop := w.placeMatches[:0]
	for _, m := range w.placeMatches {
		if m.First >= last || m.Last <= first {
			drop = append(drop, m)
		}
	}
	w.placeMatches = drop
}

// capWord reports whether token i can be part of a name: a capitalised word
// that is not a common word opening a sentence, a month or a weekday.
func (w *work) capWord(i int) bool {
	t := w.tok(i)
	if t.Kind != model.TokWord {
		return false
	}
	if !t.Is(model.FlagCap) {
		// "al-Qudra", "el-Sisi", "bin Salman": Arabic particles in names.
		return i > 0 && w.capWord(i-1) && arabicParticle(t.Text)
	}
	if calendarWords[t.Norm] || pronounWords[t.Norm] {
		return false
	}
	if t.Is(model.FlagSentStart) && w.s.lex.Common(t.Norm) {
		return false
	}
	if t.Is(model.FlagAllCaps) && w.allCapsSentence(w.d.SentenceAt(t.Start)) {
		return false
	}
	return true
}

// nameWord reports whether token i may begin (or end) a name.
func (w *work) nameWord(i int, begin bool) bool {
	t := w.tok(i)
	if !begin && t.Kind == model.TokWord && arabicParticle(t.Text) {
		return true
	}
	if t.Kind != model.TokWord || !t.Is(model.FlagCap) || calendarWords[t.Norm] {
		return false
	}
	if begin && t.Is(model.FlagSentStart) && w.s.lex.Common(t.Norm) {
		return false
	}
	return true
}

func (w *work) connector(i int) bool {
	if n := w.tok(i).Norm; (n == "for" || n == "on" || n == "and") && i > 0 {
		// "Assistance Association for Political Prisoners", "Committee on
		// Foreign Relations": inside an organisation's name.
		_, org := orgWords[w.tok(i-1).Norm]
		return org
	}
	switch w.tok(i).Norm {
	case "of", "bin", "ibn", "al", "el", "de", "del", "da", "dos", "van", "von", "der", "den", "la", "le", "du", "&":
		return true
	}
	return false
}

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true,
	"feb.": true, "aug.": true, "sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true,
}

var pronounWords = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true, "you": true}
