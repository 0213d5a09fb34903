package timex

import (
	"strconv"
	"strings"

	"eventgraph/internal/model"
)

// scanner walks one document's sentences and collects its temporal expressions.
type scanner struct {
	text string
	toks []model.Token
	// the current sentence: index and token range
	sent, sFirst, sLast int
	// ref is the reference day of the current sentence; anchored is false
	// when there is none and relative values keep their X placeholders.
	ref      day
	anchored bool
	// quarter context: the last quarter named (year, q) and the sentence it was in,
	// for "a year earlier", "the year-ago period".
	qYear, qNum, qSent int
	// narrative anchors: the last day and year any expression resolved to,
	// for "the next day", "that year".
	lastDay  day
	lastYear int
	out      []model.Time
}

// match is one recognised expression before it is emitted.
type match struct {
	first, last int // tokens [first, last)
	// start, end override the byte extent when not zero (part of a token).
	start, end int
	typ        string
	value      string
	mod        string
}

// n returns the Norm of token i, or "" outside the sentence.
func (s *scanner) n(i int) string {
	if i < s.sFirst || i >= s.sLast {
		return ""
	}
	return s.toks[i].Norm
}

// tk returns token i, or nil outside the sentence.
func (s *scanner) tk(i int) *model.Token {
	if i < s.sFirst || i >= s.sLast {
		return nil
	}
	return &s.toks[i]
}

func (s *scanner) isNum(i int) bool {
	t := s.tk(i)
	return t != nil && t.Kind == model.TokNumber
}

// scanSentence finds the expressions of sentence si.
func (s *scanner) scanSentence(si int, sn *model.Sentence) {
	s.sent, s.sFirst, s.sLast = si, sn.First, sn.Last
	for i := sn.First; i < sn.Last; {
		m, ok := s.at(i)
		if !ok || m.last <= i {
			i++
			continue
		}
		s.emit(m)
		i = m.last
	}
}

func (s *scanner) emit(m match) {
	start, end := m.start, m.end
	if end == 0 {
		start, end = s.toks[m.first].Start, s.toks[m.last-1].End
	}
	if m.value == "" || end <= start {
		return
	}
	s.out = append(s.out, model.Time{Start: start, End: end, Text: s.text[start:end], Type: m.typ,
		Value: m.value, Mod: m.mod, Sentence: s.sent})
	if len(m.value) >= 10 && m.typ != "DURATION" {
		if d, ok := parseISO(m.value[:10]); ok {
			s.lastDay = d
		}
	}
	if len(m.value) >= 4 && m.typ != "DURATION" && m.typ != "SET" {
		if y, ok := digits(m.value[:4]); ok {
			s.lastYear = y
		}
	}
	if len(m.value) == 7 && m.value[5] == 'Q' && m.value[0] != 'X' {
		if y, err := strconv.Atoi(m.value[:4]); err == nil {
			s.qYear, s.qNum, s.qSent = y, int(m.value[6]-'0'), s.sent
		}
	}
}

// at returns the longest expression starting at token i.
func (s *scanner) at(i int) (match, bool) {
	t := &s.toks[i]
	switch t.Kind {
	case model.TokNumber:
	case model.TokWord:
		if !triggers[t.Norm] && strings.IndexByte(t.Norm, '-') < 0 {
			return match{}, false
		}
	case model.TokQuote:
		if t.Text != "'" && t.Text != "’" {
			return match{}, false
		}
	default:
		return match{}, false
	}
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.last > i && (!found || m.last > best.last) {
			best, found = m, true
		}
	}
	try(s.modified(i))
	try(s.point(i))
	try(s.duration(i))
	try(s.set(i))
	return best, found
}

// ---------------------------------------------------------------- numbers

// cardinal reads a count at token i: digits, number words ("twenty-one",
// "twenty one", "a hundred"), or a vague quantity ("several", "a few") for
// which it returns -1. It returns the count and the token after it.
func (s *scanner) cardinal(i int) (n, next int, ok bool) {
	t := s.tk(i)
	if t == nil {
		return 0, i, false
	}
	if t.Kind == model.TokNumber {
		v, ok := digits(t.Norm)
		if !ok || v > 100000 {
			return 0, i, false
		}
		// "2 1/2": not handled; a fraction token breaks the count
		return v, i + 1, true
	}
	w := t.Norm
	switch w {
	case "a", "an":
		switch s.n(i + 1) {
		case "few", "couple":
			j := i + 2
			if s.n(j) == "of" {
				j++
			}
			return -1, j, true
		case "dozen":
			return 12, i + 2, true
		case "hundred":
			return 100, i + 2, true
		case "thousand":
			return 1000, i + 2, true
		}
		return 1, i + 1, true
	case "several", "few", "many", "couple", "some", "numerous":
		j := i + 1
		if w == "couple" && s.n(j) == "of" {
			j++
		}
		return -1, j, true
	}
	v, ok := numberWord(w)
	if !ok || w == "a" || w == "an" {
		return 0, i, false
	}
	j := i + 1
	// "twenty one", "two hundred", "one thousand"
	if v >= 20 && v < 100 && v%10 == 0 {
		if u, ok := numberWords[s.n(j)]; ok && u >= 1 && u <= 9 && s.n(j) != "a" && s.n(j) != "an" {
			v += u
			j++
		}
	}
	if v < 100 && s.n(j) == "hundred" {
		v *= 100
		j++
	}
	if s.n(j) == "thousand" && v < 1000 {
		v *= 1000
		j++
	}
	return v, j, true
}

// numberWord reads "two", "twenty-one".
func numberWord(w string) (int, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		a, ok1 := numberWords[w[:k]]
		b, ok2 := numberWords[w[k+1:]]
		if ok1 && ok2 && a >= 20 && a < 100 && a%10 == 0 && b >= 1 && b <= 9 {
			return a + b, true
		}
	}
	return 0, false
}

// digits parses a plain run of ASCII digits (at most 9).
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// dayNumber reads a day of the month: "24", "24th", "1st", "twenty-fourth".
func dayNumber(w string) (int, bool) {
	if v, ok := ordinalWords[w]; ok && v > 0 {
		return v, true
	}
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return 0, false
	}
	switch w[k:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	v, _ := digits(w[:k])
	if v < 1 || v > 31 {
		return 0, false
	}
	return v, true
}

// yearNumber reads a four-digit year.
func yearNumber(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	v, ok := digits(w)
	if !ok || v < 1000 || v > 2199 {
		return 0, false
	}
	return v, true
}
