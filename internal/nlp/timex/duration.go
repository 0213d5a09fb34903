package timex

import (
	"strconv"
	"strings"

	"eventgraph/internal/model"
)

// durRel are the words between "the" and a counted unit: "the past two
// years", "the first nine months", "the next few days".
var durRel = map[string]bool{
	"past": true, "last": true, "next": true, "coming": true, "following": true, "first": true,
	"previous": true, "recent": true, "latest": true, "final": true, "additional": true, "further": true,
	"initial": true, "remaining": true, "preceding": true, "prior": true, "ensuing": true, "early": true,
}

// modified parses a point with a position modifier: "early 2023", "late
// last July", "earlier this year", "the end of June", "the middle of
// October", "the first half of 2022", "the early 1990s".
func (s *scanner) modified(i int) (match, bool) {
	j := i
	if s.n(j) == "the" || s.n(j) == "around" {
		j++
	}
	w := s.n(j)
	if mod, ok := pointMods[w]; ok {
		k := j + 1
		if s.n(k) == "-" {
			k++
		}
		nx := s.n(k)
		if w == "earlier" || w == "later" {
			// only before a deictic point: "earlier this year", "later Sunday"
			if nx != "this" && nx != "today" && nx != "tonight" && weekdays[nx] == 0 {
				return match{}, false
			}
		}
		if j > i && s.n(i) == "the" {
			// "the early 1990s", "the late 1970s", "the early years"? only decades
			p, ok := s.point(k)
			if !ok || len(p.value) > 3 || strings.Contains(p.value, "_") {
				if ok2 := s.tk(k) != nil && s.tk(k).Kind == model.TokNumber; ok2 {
					if m, ok := s.the(k - 1); ok && len(m.value) <= 3 {
						m.first, m.mod = i, mod
						return m, true
					}
				}
				return match{}, false
			}
			p.first, p.mod = i, mod
			return p, true
		}
		p, ok := s.point(k)
		if !ok || p.typ == "DURATION" || strings.HasSuffix(p.value, "_REF") || p.first != k {
			return match{}, false
		}
		if p.mod == "" {
			p.mod = mod
		}
		p.first = i
		return p, true
	}
	var mod string
	switch w {
	case "end", "close":
		mod = "END"
	case "beginning", "start", "outset":
		mod = "START"
	case "middle":
		mod = "MID"
	case "first", "second":
		if s.n(j+1) != "half" || s.n(j+2) != "of" {
			return match{}, false
		}
		h := "H1"
		if w == "second" {
			h = "H2"
		}
		p, ok := s.ofPoint(j + 3)
		if !ok || len(p.value) != 4 {
			return match{}, false
		}
		return match{first: i, last: p.last, typ: "DATE", value: p.value + "-" + h}, true
	default:
		return match{}, false
	}
	if s.n(j+1) != "of" {
		return match{}, false
	}
	p, ok := s.ofPoint(j + 2)
	if !ok {
		return match{}, false
	}
	p.first, p.mod = i, mod
	return p, true
}

// ofPoint parses the point after "the end of": a point expression, or "the
// year", "the month", "the week" meaning the current one.
func (s *scanner) ofPoint(k int) (match, bool) {
	if u, ok := units[s.n(k)]; ok && (u == uYear || u == uMonth || u == uWeek) && s.n(k-1) == "of" {
		// "the end of year"
		return match{first: k, last: k + 1, typ: "DATE", value: s.shift(u, 0)}, true
	}
	if s.n(k) == "the" {
		if u, ok := units[s.n(k+1)]; ok && !pluralUnits[s.n(k+1)] {
			switch u {
			case uWeek, uMonth, uYear, uQuarter, uDecade, uCentury:
				return match{first: k, last: k + 2, typ: "DATE", value: s.shift(u, 0)}, true
			}
			if u == uDay {
				return match{first: k, last: k + 2, typ: "DATE", value: valueDay(s.ref, s.anchored)}, true
			}
			return match{}, false
		}
	}
	p, ok := s.point(k)
	if !ok || p.typ == "DURATION" || strings.HasSuffix(p.value, "_REF") || p.first != k {
		return match{}, false
	}
	return p, true
}

// duration parses counted and vague durations and the dates built from them:
// "three days", "nearly four hours", "the past two years", "years",
// "a four-day truce", "two weeks ago", "a year earlier", "recent weeks".
func (s *scanner) duration(i int) (match, bool) {
	j := i
	mod := ""
	// quantity modifiers
	if m, ok := quantMods2[[2]string{s.n(j), s.n(j + 1)}]; ok {
		mod = m
		j += 2
		if s.n(i) == "no" && s.n(i+2) == "than" { // "no more than"
			mod = "EQUAL_OR_LESS"
			j++
		}
	} else if m, ok := quantMods1[s.n(j)]; ok && s.n(j+1) != "the" {
		mod = m
		j++
		if m2, ok := quantMods2[[2]string{s.n(j), s.n(j + 1)}]; ok && m2 != "" { // "just over", "some more than"
			mod = m2
			j += 2
		}
	}
	the := false
	if s.n(j) == "the" {
		the = true
		j++
	}
	rel := ""
	if durRel[s.n(j)] && (the || s.n(j) != "last") { // "will last three days": the verb
		rel = s.n(j)
		j++
	}
	// "a mere 24 hours", "an additional year"
	if s.n(j) == "a" || s.n(j) == "an" {
		if _, ok := quantMods1[s.n(j+1)]; ok && s.n(j+1) != "some" && s.n(j+1) != "about" {
			if _, ok := units[s.n(j+2)]; ok {
				j++ // count "a" handled below as 1 via the unit
				return s.counted(i, j+1, 1, mod, the, rel)
			}
			if c, k, ok := s.cardinal(j + 2); ok && c != 1 {
				return s.counted(i, k, c, mod, the, rel)
			}
		}
	}
	if c, k, ok := s.cardinal(j); ok {
		if m, ok := s.counted(i, k, c, mod, the, rel); ok {
			return m, true
		}
		// "12 and 18 months", "two to three weeks": the first count shares the unit
		if c >= 0 && (s.n(k) == "and" || s.n(k) == "or" || s.n(k) == "to") {
			if c2, k2, ok := s.cardinal(k + 1); ok && c2 > c {
				if u, ok := units[s.n(k2)]; ok && pluralUnits[s.n(k2)] {
					v := durationValue(c, u)
					return match{first: i, last: k, typ: "DURATION", value: v, mod: mod}, v != ""
				}
			}
		}
	}
	w := s.n(j)
	if pluralUnits[w] && w != "quarters" && (rel != "" || mod == "" && !the || the) {
		// "years", "recent weeks", "the coming months"
		return s.counted(i, j, -1, mod, the, rel)
	}
	if _, ok := units[w]; ok && (rel == "past" || rel == "last" || rel == "next" || rel == "coming") && the {
		return s.counted(i, j, 1, mod, the, rel)
	}
	// "three-day", "four-week", "24-hour": one token, or number "-" unit
	if m, ok := s.adjDuration(j); ok {
		m.first = i
		if mod != "" {
			m.mod = mod
		}
		return m, true
	}
	return match{}, false
}

// counted finishes a duration whose count c (-1 = unspecified) ends before
// token k; the unit must be at k.
func (s *scanner) counted(first, k, c int, mod string, the bool, rel string) (match, bool) {
	half := false
	if s.n(k) == "1/2" && c >= 0 { // "2 1/2 years"
		half = true
		k++
	}
	if countFillers[s.n(k)] && c != 0 {
		if _, ok := units[s.n(k+1)]; ok {
			k++
		}
	}
	w := s.n(k)
	u, ok := units[w]
	if !ok {
		return match{}, false
	}
	plural := pluralUnits[w]
	if c < 0 && !plural {
		return match{}, false
	}
	if c == 1 && plural && s.n(k-1) == "a" {
		return match{}, false
	}
	if u == uSecond && c == 1 && k == first+1 {
		if nt := s.tk(k + 1); nt != nil && nt.Kind == model.TokWord && nt.Norm != "later" && nt.Norm != "ago" && nt.Norm != "earlier" {
			return match{}, false // "a second group": the ordinal
		}
	}
	last := k + 1
	switch s.n(last) {
	case "old":
		return match{}, false
	case "of":
		if u == uQuarter && c >= 0 { // "a quarter of the market": a fraction
			if _, ok := s.yearAt(last + 1); !ok {
				return match{}, false
			}
		}
	case "ago":
		return s.ago(first, last+1, c, u, mod)
	case "or":
		if s.n(last+1) == "so" && s.n(last+2) == "ago" {
			if mod == "" {
				mod = "APPROX"
			}
			return s.ago(first, last+3, c, u, mod)
		}
	case "earlier":
		if rel == "" && !the && s.n(last+1) != "than" {
			v := s.shift(u, -max(c, 1))
			if c < 0 {
				v = "PAST_REF"
			} else if u == uYear && c == 1 {
				v = s.yearBefore()
			}
			if v == "" {
				return match{}, false
			}
			return match{first: first, last: last + 1, typ: "DATE", value: v, mod: mod}, true
		}
	}
	if s.n(last) == "or" && s.n(last+1) == "so" {
		// "two weeks or so": approximate; the extent stays the duration itself.
		if mod == "" {
			mod = "APPROX"
		}
	}
	// a single unit after "a" with a rate before it is a SET: "twice a year",
	// "$5 billion a year".
	if c == 1 && !the && rel == "" && (s.n(first) == "a" || s.n(first) == "an") && s.rateBefore(first) {
		return match{first: first, last: k + 1, typ: "SET", value: durationValue(1, u)}, true
	}
	// bare "a day", "a year" are too vague alone only when plural-less and
	// without count word: keep "a week", "an hour" (TimeML annotates them).
	if u == uNight && c < 0 {
		return match{}, false
	}
	if c < 0 && rel == "" && !the && mod == "" && first == k {
		// a bare plural: "years", "for days"; not "days of rage"? keep.
		if w == "seconds" {
			return match{}, false
		}
	}
	if rel == "recent" && c < 0 {
		return match{first: first, last: k + 1, typ: "DURATION", value: durationValue(-1, u), mod: mod}, true
	}
	if rel == "early" {
		return match{}, false
	}
	v := durationValue(c, u)
	if half {
		switch u {
		case uYear:
			v += "6M"
		case uHour:
			v += "30M"
		case uDay:
			v += "T12H"
		case uMonth:
			v += "15D"
		}
	}
	if v == "" {
		return match{}, false
	}
	return match{first: first, last: k + 1, typ: "DURATION", value: v, mod: mod}, true
}

// rateBefore reports whether the words before token i express a rate:
// a number, an amount, "once", "twice", "times".
func (s *scanner) rateBefore(i int) bool {
	p := s.tk(i - 1)
	if p == nil {
		return false
	}
	if p.Kind == model.TokNumber {
		return true
	}
	// "four flights a week", "700 seats a week": a plural noun before
	if n := p.Norm; p.Kind == model.TokWord && len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") &&
		!strings.HasSuffix(n, "ous") && n != "this" && n != "has" && n != "was" && n != "his" && n != "its" && n != "years" &&
		n != "months" && n != "days" && n != "weeks" && !p.Is(model.FlagCap) {
		return true
	}
	switch p.Norm {
	case "once", "twice", "thrice", "times", "million", "billion", "trillion", "dollars", "dlrs", "cents",
		"percent", "pct", "%", "barrels", "tonnes", "tons", "bpd", "units", "ounces":
		return true
	}
	return false
}

// ago resolves "two weeks ago", "a year ago", "several years ago".
func (s *scanner) ago(first, last, c int, u unit, mod string) (match, bool) {
	if c < 0 {
		return match{first: first, last: last, typ: "DATE", value: "PAST_REF", mod: mod}, true
	}
	var v string
	switch u {
	case uHour, uMinute, uSecond:
		v = valueDay(s.ref, s.anchored)
	case uYear:
		if c == 1 && (mod == "" || mod == "APPROX") {
			v = s.yearBefore()
		} else {
			v = s.shift(uYear, -c)
		}
	default:
		v = s.shift(u, -c)
	}
	if v == "" {
		return match{}, false
	}
	return match{first: first, last: last, typ: "DATE", value: v, mod: mod}, true
}

// adjDuration parses an adjectival duration at token j: "three-day",
// "24-hour" (three tokens), "five-year"; not ages ("five-year-old").
func (s *scanner) adjDuration(j int) (match, bool) {
	t := s.tk(j)
	if t == nil {
		return match{}, false
	}
	w := t.Norm
	if t.Kind == model.TokNumber {
		// "24" "-" "hour"
		if s.n(j+1) != "-" || s.toks[j+1].Is(model.FlagSpaceBefore) {
			return match{}, false
		}
		n, ok := digits(w)
		u, ok2 := units[s.n(j+2)]
		if !ok || !ok2 || n > 100000 || s.toks[j+2].Is(model.FlagSpaceBefore) {
			return match{}, false
		}
		if strings.HasPrefix(s.n(j+3), "-old") || s.n(j+3) == "-" && s.n(j+4) == "old" {
			return match{}, false
		}
		if rest := s.n(j + 2); strings.Contains(rest, "-old") {
			return match{}, false
		}
		return match{first: j, last: j + 3, typ: "DURATION", value: durationValue(n, u)}, true
	}
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return match{}, false
	}
	if strings.HasSuffix(w, "-old") || strings.HasSuffix(w, "-olds") {
		return match{}, false
	}
	if strings.HasSuffix(w, "-long") {
		// "day-long", "decades-long", "two-week-long"
		w = strings.TrimSuffix(w, "-long")
		if u, ok := units[w]; ok {
			n := 1
			if pluralUnits[w] {
				n = -1
			}
			return match{first: j, last: j + 1, typ: "DURATION", value: durationValue(n, u)}, true
		}
		k = strings.LastIndexByte(w, '-')
		if k <= 0 {
			return match{}, false
		}
	}
	u, ok := units[w[k+1:]]
	if !ok || u == uQuarter && s.n(j+1) == "of" {
		return match{}, false
	}
	head := w[:k]
	var n int
	switch {
	case head == "several" || head == "multi" || head == "many":
		n = -1
	case head == "half":
		return match{}, false
	default:
		v, ok := numberWord(head)
		if !ok {
			v, ok = digits(head)
		}
		if !ok || v > 100000 {
			return match{}, false
		}
		n = v
	}
	if s.n(j+1) == "-" && s.n(j+2) == "old" {
		return match{}, false
	}
	return match{first: j, last: j + 1, typ: "DURATION", value: durationValue(n, u)}, true
}

// set parses frequencies: "every year", "each Thursday", "every two weeks",
// "per day", "weekly", "on Mondays".
func (s *scanner) set(i int) (match, bool) {
	w := s.n(i)
	if v, ok := setAdverbs[w]; ok {
		// "daily flights", "the average daily volume": an adjective, not a
		// frequency of the clause's event
		switch s.n(i - 1) {
		case "the", "a", "an", "average", "its", "their", "his", "her", "our", "party":
			return match{}, false
		}
		if nt := s.tk(i + 1); nt != nil && nt.Kind == model.TokWord && !nt.Is(model.FlagCap) && !functionWords[nt.Norm] {
			return match{}, false
		}
		return match{first: i, last: i + 1, typ: "SET", value: v}, true
	}
	if wd, ok := weekdaysPlural[w]; ok && s.toks[i].Is(model.FlagCap) {
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		if part, ok := dayParts[strings.TrimSuffix(s.n(i+1), "s")]; ok {
			return match{first: i, last: i + 2, typ: "SET", value: v + "T" + part}, true
		}
		return match{first: i, last: i + 1, typ: "SET", value: v}, true
	}
	if w != "every" && w != "each" && w != "per" {
		return match{}, false
	}
	j := i + 1
	if w == "every" && s.n(j) == "other" {
		j++
	}
	c := 1
	if cc, k, ok := s.cardinal(j); ok && cc > 1 && w == "every" {
		c, j = cc, k
	}
	nx := s.n(j)
	if u, ok := units[nx]; ok && u != uNight {
		if c > 1 != pluralUnits[nx] {
			return match{}, false
		}
		return match{first: i, last: j + 1, typ: "SET", value: durationValue(c, u)}, true
	}
	if w == "per" {
		return match{}, false
	}
	if wd, ok := weekdays[nx]; ok && len(nx) >= 6 {
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		if part, ok := dayParts[s.n(j+1)]; ok {
			return match{first: i, last: j + 2, typ: "SET", value: v + "T" + part}, true
		}
		return match{first: i, last: j + 1, typ: "SET", value: v}, true
	}
	if part, ok := dayParts[nx]; ok {
		return match{first: i, last: j + 1, typ: "SET", value: "XXXX-XX-XXT" + part}, true
	}
	if m, ok := monthNames[nx]; ok && len(nx) > 3 {
		return match{first: i, last: j + 1, typ: "SET", value: "XXXX-" + pad(m, 2)}, true
	}
	if code, ok := seasons[nx]; ok {
		return match{first: i, last: j + 1, typ: "SET", value: "XXXX-" + code}, true
	}
	if nx == "weekend" {
		return match{first: i, last: j + 1, typ: "SET", value: "XXXX-WXX-WE"}, true
	}
	return match{}, false
}
