package timex

import "strings"

// tense of the clause around an expression, as far as the verbs show it.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// futureWords mark a future or planned clause.
var futureWords = map[string]bool{
	"will": true, "'ll": true, "wo": true, "shall": true, "going": true, "plans": true, "plan": true,
	"planning": true, "expected": true, "expects": true, "expect": true, "scheduled": true,
	"due": true, "upcoming": true, "would": true, "soon": true, "intends": true, "intend": true, "aims": true,
	"tomorrow": true, "hopes": true, "hope": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "begin": true, "start": true, "meet": true, "wants": true, "want": true,
	"seeks": true, "until": true, "coming": true, "'d": true,
}

// pastWords are irregular past forms and other markers of a past clause.
var pastWords = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true, "last": true,
	"yesterday": true, "told": true, "met": true, "went": true, "came": true, "took": true, "made": true,
	"gave": true, "began": true, "left": true, "held": true, "got": true, "saw": true, "became": true,
	"fell": true, "rose": true, "won": true, "lost": true, "sold": true, "bought": true, "paid": true,
	"spoke": true, "wrote": true, "ran": true, "led": true, "struck": true, "hit": false, "shot": true,
	"found": true, "thought": true, "knew": true, "brought": true, "sent": true, "spent": true, "felt": true,
	"kept": true, "built": true, "broke": true, "chose": true, "drove": true, "flew": true, "forgot": true,
	"grew": true, "hung": true, "heard": true, "meant": true, "stood": true, "swore": true, "taught": true,
	"threw": true, "understood": true, "withdrew": true, "fought": true, "sought": true, "caught": true,
	"earlier": true, "has": true, "have": true, "been": true, "since": true, "slid": true, "sank": true,
	"tore": true, "wore": true, "woke": true, "arose": true, "bore": true, "dealt": true, "fled": true,
	"overtook": true, "undertook": true, "upheld": true, "shook": true, "slept": true,
}

// presentWords mark a present clause.
var presentWords = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "say": true, "'s": false, "'re": true,
}

// edExceptions end in -ed without being past forms.
var edExceptions = map[string]bool{
	"need": true, "needed": false, "feed": true, "seed": true, "speed": true, "bed": true, "red": true,
	"hundred": true, "indeed": true, "proceed": true, "succeed": true, "exceed": true, "shed": true,
	"breed": true, "greed": true, "weed": true, "deed": true, "reed": true, "bleed": true, "embed": true,
	"united": true, "limited": true, "expected": true, "scheduled": true, "planned": true, "proposed": true,
	"related": true, "based": true, "armed": true, "detailed": true, "advanced": true, "named": true,
	"so-called": true, "ted": true, "ned": true, "fred": true, "ahmed": true, "mohammed": true, "muhammed": true,
	"concerned": true, "interested": true, "involved": true, "supposed": true, "alleged": true,
}

// classify returns the tense a single token marks, or tenseNone.
func classify(norm string) tense {
	switch {
	case futureWords[norm]:
		return tenseFuture
	case pastWords[norm]:
		return tensePast
	case presentWords[norm]:
		return tensePresent
	}
	if len(norm) > 4 && strings.HasSuffix(norm, "ed") && !edExceptions[norm] && norm[0] >= 'a' && norm[0] <= 'z' {
		return tensePast
	}
	return tenseNone
}

// tenseAround returns the tense of the nearest tense-marking token to the
// token range [first, last) inside the sentence's tokens [lo, hi). Nearer
// markers win; at equal distance the left one does (the governing verb of a
// temporal adjunct usually precedes it: "said on Tuesday").
func (s *scanner) tenseAround(first, last int) tense {
	// The clause first (between commas, semicolons, quotation marks): in
	// "allies will discuss it on Thursday, a spokesman said" the "will" of
	// the clause decides, not the "said" of the attribution. Then the
	// whole sentence.
	lo, hi := first, last
	for lo > s.sFirst && !clauseBreak(s.toks[lo-1].Text) {
		lo--
	}
	for hi < s.sLast && !clauseBreak(s.toks[hi].Text) {
		hi++
	}
	if t := s.tenseWithin(first, last, lo, hi); t != tenseNone {
		return t
	}
	return s.tenseWithin(first, last, s.sFirst, s.sLast)
}

func clauseBreak(t string) bool {
	switch t {
	case ",", ";", "“", "”", "\"", "—", "–", "(", ")":
		return true
	}
	return false
}

// tenseWithin returns the tense of the nearest marker to tokens
// [first, last) within [lo, hi).
func (s *scanner) tenseWithin(first, last, lo, hi int) tense {
	for dist := 1; dist <= 30; dist++ {
		l, r := first-dist, last-1+dist
		if l < lo && r >= hi {
			break
		}
		if l >= lo {
			if t := s.tokTense(l); t != tenseNone {
				return t
			}
		}
		if r < hi {
			if t := s.tokTense(r); t != tenseNone {
				return t
			}
		}
	}
	return tenseNone
}

func (s *scanner) tokTense(i int) tense {
	n := s.toks[i].Norm
	t := classify(n)
	switch {
	case n == "set" && i+1 < s.sLast && s.toks[i+1].Norm == "to":
		return tenseFuture
	case t == tensePast && strings.HasSuffix(n, "ed") && i > s.sFirst:
		// a passive participle: the auxiliary before it carries the tense
		switch s.toks[i-1].Norm {
		case "be", "being", "is", "are", "am", "'s", "'re", "get", "gets":
			return tenseNone
		}
	}
	// "is to", "are to", "was to": a planned event.
	if (n == "is" || n == "are" || n == "was" || n == "were") && i+1 < s.sLast && s.toks[i+1].Norm == "to" {
		return tenseFuture
	}
	// "to" + verb after "agreed", "decided" … is future relative to the clause;
	// the verb itself is base form and marks nothing.
	return t
}
