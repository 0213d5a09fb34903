package timex

import (
	"strconv"
	"strings"

	"eventgraph/internal/model"
)

// monthIntro are words after which a bare month name ("in May") is a date
// rather than a verb or a name.
var monthIntro = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "from": true, "through": true, "during": true,
	"before": true, "after": true, "end": true, "each": true, "every": true, "to": true, "and": true,
	"or": true, "between": true, "throughout": true, "for": true, "around": true, "on": true, "that": true,
	"beginning": true, "start": true, "middle": true, "mid-": true, "coming": true, "past": true,
}

// tzWords are time zone names that may follow a clock time.
var tzWords = map[string]bool{
	"gmt": true, "utc": true, "est": true, "edt": true, "et": true, "pst": true, "pdt": true, "cst": true,
	"cdt": true, "mst": true, "mdt": true, "bst": true, "cet": true, "cest": true, "msk": true, "ist": true,
	"jst": true,
}

// point parses a point in time (DATE or TIME) starting at token i.
func (s *scanner) point(i int) (match, bool) {
	t := &s.toks[i]
	w := t.Norm
	switch t.Kind {
	case model.TokNumber:
		return s.numberPoint(i)
	case model.TokQuote:
		return s.decadeQuote(i, i)
	}
	if m, ok := monthNames[w]; ok {
		return s.monthExpr(i, i, m)
	}
	if wd, ok := weekdays[w]; ok {
		return s.weekdayExpr(i, i, wd, 0)
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight", "overnight":
		return s.deictic(i, i)
	case "last", "next", "this", "coming", "past", "previous", "upcoming", "current", "following", "latest", "prior":
		return s.relative(i, i)
	case "the":
		return s.the(i)
	case "fiscal":
		return s.fiscal(i, i)
	case "noon", "midnight", "midday":
		return s.clockWord(i)
	case "at":
		if s.n(i+1) == "the" && s.n(i+2) == "time" {
			return match{first: i, last: i + 3, typ: "DATE", value: "PAST_REF"}, true
		}
		return match{}, false
	case "christmas", "thanksgiving", "new", "halloween":
		return s.holiday(i)
	case "year-end":
		if s.anchored {
			return match{first: i, last: i + 1, typ: "DATE", value: fmtYear(s.ref.year()), mod: "END"}, true
		}
		return match{first: i, last: i + 1, typ: "DATE", value: "XXXX", mod: "END"}, true
	case "year-earlier", "year-ago":
		return s.yearAgo(i, i+1, i+1)
	case "future":
		return match{first: i, last: i + 1, typ: "DATE", value: "FUTURE_REF"}, true
	case "year":
		// "by year end", "year's end"
		if s.n(i+1) == "end" || s.n(i+1) == "'s" && s.n(i+2) == "end" {
			last := i + 2
			if s.n(i+1) == "'s" {
				last++
			}
			return match{first: i, last: last, typ: "DATE", value: valueYear(s.ref, s.anchored), mod: "END"}, true
		}
		return match{}, false
	case "nineteen", "eighteen", "twenty", "two":
		return s.spokenYear(i)
	case "that":
		return s.that(i)
	case "these":
		if s.n(i+1) == "days" {
			return match{first: i, last: i + 2, typ: "DATE", value: "PRESENT_REF"}, true
		}
		return match{}, false
	case "now":
		if s.n(i+1) == "that" {
			return match{}, false
		}
	}
	if v, ok := refWords[w]; ok {
		return match{first: i, last: i + 1, typ: "DATE", value: v}, true
	}
	if code, ok := seasons[w]; ok {
		return s.seasonExpr(i, i, code, 0)
	}
	if q, ok := ordinalWords[w]; ok && q > 0 {
		return s.ordQuarter(i, i, 0)
	}
	if strings.IndexByte(w, '-') > 0 {
		return s.hyphenPoint(i)
	}
	return match{}, false
}

// spokenYear parses years said in words, as broadcast transcripts write
// them: "nineteen ninety-six", "two thousand".
func (s *scanner) spokenYear(i int) (match, bool) {
	w := s.n(i)
	if w == "two" || w == "twenty" && s.n(i+1) == "thousand" {
		if s.n(i+1) != "thousand" || units[s.n(i+2)] != uNone {
			return match{}, false
		}
		y, last := 2000, i+2
		if w == "twenty" {
			y, last = 0, i+1
		}
		if s.n(last) == "and" {
			if v, ok := numberWord(s.n(last + 1)); ok && v < 100 {
				y, last = y+v, last+2
			}
		} else if v, ok := numberWord(s.n(last)); ok && v < 100 && s.n(last) != "a" && s.n(last) != "an" {
			y, last = y+v, last+1
		}
		if y == 0 || units[s.n(last)] != uNone || s.n(last) == "people" {
			return match{}, false
		}
		return match{first: i, last: last, typ: "DATE", value: fmtYear(y)}, true
	}
	c := map[string]int{"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[w]
	v, ok := numberWord(s.n(i + 1))
	if !ok || v < 10 || s.n(i+1) == "dozen" || s.n(i+1) == "hundred" || units[s.n(i+2)] != uNone {
		return match{}, false
	}
	return match{first: i, last: i + 2, typ: "DATE", value: fmtYear(c + v)}, true
}

// that parses anaphoric "that year", "that day", "that quarter", "that
// same day": the period last mentioned.
func (s *scanner) that(i int) (match, bool) {
	j := i + 1
	if s.n(j) == "same" {
		j++
	}
	switch s.n(j) {
	case "year":
		if s.lastYear > 0 {
			return match{first: i, last: j + 1, typ: "DATE", value: fmtYear(s.lastYear)}, true
		}
		return match{first: i, last: j + 1, typ: "DATE", value: "XXXX"}, true
	case "day":
		if s.lastDay.ok() {
			return match{first: i, last: j + 1, typ: "DATE", value: s.lastDay.String()}, true
		}
		return match{first: i, last: j + 1, typ: "DATE", value: "XXXX-XX-XX"}, true
	case "quarter":
		if s.qYear > 0 {
			return match{first: i, last: j + 1, typ: "DATE", value: fmtYear(s.qYear) + "-Q" + strconv.Itoa(s.qNum)}, true
		}
	}
	return match{}, false
}

// monthExpr parses "July 11, 2022", "July 11", "July 2022", "July of 2022",
// "July this year" and a bare "July", with the month name at token i and
// the expression starting at first.
func (s *scanner) monthExpr(first, i, m int) (match, bool) {
	t := &s.toks[i]
	if !t.Is(model.FlagCap) {
		return match{}, false
	}
	w := t.Norm
	// "11 July 2022": the day may come before the month.
	j := i + 1
	if dt := s.tk(j); dt != nil && dt.Kind == model.TokNumber {
		if dd, ok := dayNumber(leadingDay(dt.Norm)); ok && !isYearTok(dt.Norm) {
			j++
			k := j
			if s.n(k) == "," {
				k++
			}
			if y, ok := s.yearAt(k); ok {
				d, ok := mkDay(y, m, dd)
				if !ok {
					return match{}, false
				}
				return match{first: first, last: k + 1, typ: "DATE", value: d.String()}, true
			}
			return s.monthDay(first, j, m, dd)
		}
		if y, ok := s.yearAt(j); ok {
			return match{first: first, last: j + 1, typ: "DATE", value: fmtMonth(y, m)}, true
		}
	}
	if s.n(j) == "of" || s.n(j) == "," {
		if y, ok := s.yearAt(j + 1); ok {
			return match{first: first, last: j + 2, typ: "DATE", value: fmtMonth(y, m)}, true
		}
	}
	switch s.n(j) {
	case "this", "last", "next":
		if s.n(j+1) == "year" && s.anchored {
			y := s.ref.year()
			switch s.n(j) {
			case "last":
				y--
			case "next":
				y++
			}
			return match{first: first, last: j + 2, typ: "DATE", value: fmtMonth(y, m)}, true
		}
	}
	// A bare month: full names only, and "May", "March" only after a word
	// that introduces a date ("in May"), never before a name ("August Wilson").
	if len(w) <= 4 && w != "june" && w != "july" && w != "may" {
		return match{}, false
	}
	prev := s.n(first - 1)
	if (w == "may" || w == "march") && !monthIntro[prev] {
		return match{}, false
	}
	if nt := s.tk(j); nt != nil && nt.Kind == model.TokWord && nt.Is(model.FlagCap) && first == i && !monthIntro[prev] {
		return match{}, false
	}
	if !s.anchored {
		return match{first: first, last: j, typ: "DATE", value: "XXXX-" + pad(m, 2)}, true
	}
	tn := s.tenseAround(first, j)
	switch prev {
	case "by", "until", "till", "through":
		tn = tenseFuture // a deadline: "to conclude by May"
	}
	y := s.monthYear(m, tn)
	return match{first: first, last: j, typ: "DATE", value: fmtMonth(y, m)}, true
}

// monthDay resolves a year-less month and day ending before token end.
func (s *scanner) monthDay(first, end, m, dd int) (match, bool) {
	if _, ok := mkDay(2000, m, dd); !ok { // 2000 is a leap year: February 29 exists
		return match{}, false
	}
	if !s.anchored {
		return match{first: first, last: end, typ: "DATE", value: "XXXX-" + pad(m, 2) + "-" + pad(dd, 2)}, true
	}
	y := s.monthDayYear(m, dd, s.tenseAround(first, end))
	d, ok := mkDay(y, m, dd)
	if !ok {
		return match{}, false
	}
	return match{first: first, last: end, typ: "DATE", value: d.String()}, true
}

// leadingDay returns the day part of a day range token ("11-12" → "11").
func leadingDay(w string) string {
	if k := strings.IndexAny(w, "-/"); k > 0 && k <= 2 {
		return w[:k]
	}
	return w
}

func isYearTok(w string) bool { _, ok := yearNumber(w); return ok }

// yearAt reads a four-digit year at token i.
func (s *scanner) yearAt(i int) (int, bool) {
	t := s.tk(i)
	if t == nil || t.Kind != model.TokNumber {
		return 0, false
	}
	return yearNumber(t.Norm)
}

// weekdayExpr parses a weekday, "Tuesday morning", "Saturday, April 14".
func (s *scanner) weekdayExpr(first, i, wd, dir int) (match, bool) {
	t := &s.toks[i]
	if !t.Is(model.FlagCap) || len(t.Norm) < 6 && !strings.HasSuffix(t.Norm, ".") {
		return match{}, false
	}
	j := i + 1
	// "Saturday, April 14": the explicit date wins.
	k := j
	if s.n(k) == "," {
		k++
	}
	if mo, ok := monthNames[s.n(k)]; ok {
		if m, ok := s.monthExpr(first, k, mo); ok && len(m.value) == 10 {
			return m, true
		}
	}
	tn := s.tenseAround(first, j)
	if s.n(j) == "'s" && dir == 0 {
		tn = tensePast // "Wednesday's ruling": news names past events this way
	}
	v := s.weekdayValue(wd, dir, tn)
	if part, ok := dayParts[s.n(j)]; ok {
		return match{first: first, last: j + 1, typ: "TIME", value: v + "T" + part}, true
	}
	return match{first: first, last: j, typ: "DATE", value: v}, true
}

// deictic parses today, yesterday, tomorrow, tonight, "yesterday morning".
func (s *scanner) deictic(first, i int) (match, bool) {
	off := 0
	switch s.n(i) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "tonight":
		return match{first: first, last: i + 1, typ: "TIME", value: valueDay(s.ref, s.anchored) + "TNI"}, true
	case "overnight":
		if s.n(i-1) != "" && s.toks[i-1].Kind == model.TokWord && !isVerbLike(s.n(i-1)) {
			return match{}, false
		}
		return match{first: first, last: i + 1, typ: "TIME", value: valueDay(s.ref, s.anchored) + "TNI"}, true
	}
	v := valueDay(s.ref.addDaysIf(off, s.anchored), s.anchored)
	if part, ok := dayParts[s.n(i+1)]; ok {
		return match{first: first, last: i + 2, typ: "TIME", value: v + "T" + part}, true
	}
	return match{first: first, last: i + 1, typ: "DATE", value: v}, true
}

func isVerbLike(w string) bool { return classify(w) != tenseNone }

func (d day) addDaysIf(n int, ok bool) day {
	if !ok {
		return d
	}
	return d.addDays(n)
}

// relative parses "last week", "next Tuesday", "this year", "last July",
// "this morning", "last night", "the current quarter" (from first).
func (s *scanner) relative(first, i int) (match, bool) {
	det := s.n(i)
	dir := 0
	switch det {
	case "last", "past", "previous", "prior":
		dir = -1
	case "next", "coming", "upcoming", "following":
		dir = 1
	}
	j := i + 1
	if det == "this" && s.n(j) == "coming" {
		dir = 1
		j++
	}
	w := s.n(j)
	if u, ok := units[w]; ok && !pluralUnits[w] {
		if (u == uDecade || u == uCentury) && first < i && det != "last" && det != "current" {
			// "over the next decade", "the following decade": a stretch of time
			return match{first: first, last: j + 1, typ: "DURATION", value: durationValue(1, u)}, true
		}
		if u == uDay && first < i && (det == "following" || det == "previous") {
			return s.dayAfter(first, j+1, dir)
		}
		if det == "following" || det == "previous" || det == "prior" {
			// anaphoric: "the following year" depends on a narrative date
			if first == i {
				return match{}, false
			}
			if u == uYear && s.lastYear > 0 {
				return match{first: first, last: j + 1, typ: "DATE", value: fmtYear(s.lastYear + dir)}, true
			}
			return match{first: first, last: j + 1, typ: "DATE", value: s.anaphoric(u)}, true
		}
		if det == "latest" {
			if u != uQuarter {
				return match{}, false
			}
			return match{first: first, last: j + 1, typ: "DATE", value: s.latestQuarter()}, true
		}
		if det == "past" && u != uNight {
			return match{first: first, last: j + 1, typ: "DURATION", value: durationValue(1, u)}, true
		}
		switch u {
		case uNight:
			if dir < 0 {
				return match{first: first, last: j + 1, typ: "TIME", value: valueDay(s.ref.addDaysIf(-1, s.anchored), s.anchored) + "TNI"}, true
			}
			if det == "this" {
				return match{first: first, last: j + 1, typ: "TIME", value: valueDay(s.ref, s.anchored) + "TNI"}, true
			}
			return match{}, false
		case uDay:
			if first < i && (det == "next" || det == "following" || det == "previous") {
				return s.dayAfter(first, j+1, dir)
			}
			return match{}, false
		case uSecond, uMinute, uHour:
			return match{}, false
		}
		v := s.shift(u, dir)
		if v == "" {
			return match{}, false
		}
		// "this year's", "last year's": fine, the clitic is its own token.
		return match{first: first, last: j + 1, typ: "DATE", value: v}, true
	}
	if det == "latest" || det == "prior" {
		return match{}, false
	}
	switch w {
	case "weekend":
		return match{first: first, last: j + 1, typ: "DATE", value: s.weekend(dir, s.tenseAround(first, j+1))}, true
	case "morning", "afternoon", "evening":
		if first < i && (det == "next" || det == "following") {
			m, ok := s.dayAfter(first, j+1, 1)
			if ok && len(m.value) == 10 && m.value[0] != 'X' {
				m.value += "T" + dayParts[w]
				m.typ = "TIME"
			}
			return m, ok
		}
		if det == "this" {
			return match{first: first, last: j + 1, typ: "TIME", value: valueDay(s.ref, s.anchored) + "T" + dayParts[w]}, true
		}
		return match{}, false
	case "fiscal":
		return s.fiscalRel(first, j, dir)
	}
	if wd, ok := weekdays[w]; ok {
		if det == "past" || det == "current" || det == "following" {
			return match{}, false
		}
		return s.weekdayExpr(first, j, wd, dir)
	}
	if m, ok := monthNames[w]; ok && len(w) > 4 || w == "june" || w == "july" || w == "may" {
		if !s.toks[j].Is(model.FlagCap) || det == "current" || det == "following" {
			return match{}, false
		}
		if !s.anchored {
			return match{first: first, last: j + 1, typ: "DATE", value: "XXXX-" + pad(m, 2)}, true
		}
		y, rm := s.ref.year(), s.ref.month()
		switch {
		case dir < 0 && m >= rm:
			y--
		case dir > 0 && m <= rm:
			y++
		case dir == 0:
			y = s.monthYear(m, s.tenseAround(first, j+1))
		}
		return match{first: first, last: j + 1, typ: "DATE", value: fmtMonth(y, m)}, true
	}
	if code, ok := seasons[w]; ok {
		if det == "current" || det == "following" {
			return match{}, false
		}
		if det == "this" {
			return match{first: first, last: j + 1, typ: "DATE", value: s.seasonValue(code, 0, tenseNone)}, true
		}
		return match{first: first, last: j + 1, typ: "DATE", value: s.seasonValue(code, dir, s.tenseAround(first, j+1))}, true
	}
	return match{}, false
}

// dayAfter resolves "the next day", "the previous day" against the last
// day the story mentioned, else the reference date.
func (s *scanner) dayAfter(first, last, dir int) (match, bool) {
	d, ok := s.lastDay, s.lastDay.ok()
	if !ok {
		d, ok = s.ref, s.anchored
	}
	if !ok {
		return match{first: first, last: last, typ: "DATE", value: "XXXX-XX-XX"}, true
	}
	return match{first: first, last: last, typ: "DATE", value: d.addDays(dir).String()}, true
}

// anaphoric is the value of "the following year" and the like: without a
// narrative anchor only the granularity is known.
func (s *scanner) anaphoric(u unit) string {
	switch u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	}
	return "XXXX"
}

// latestQuarter is the quarter under discussion, else the last completed one.
func (s *scanner) latestQuarter() string {
	if s.qYear > 0 && s.sent-s.qSent <= 3 {
		return fmtYear(s.qYear) + "-Q" + strconv.Itoa(s.qNum)
	}
	return s.shift(uQuarter, -1)
}

// weekend returns the ISO week value of the weekend meant: the coming one
// for the future, otherwise the last one (this week's on a Saturday or Sunday).
func (s *scanner) weekend(dir int, t tense) string {
	if !s.anchored {
		return "XXXX-WXX-WE"
	}
	wd := s.ref.weekday()
	d := s.ref
	switch {
	case dir < 0:
		if wd < 6 {
			d = d.addDays(-7)
		}
	case dir > 0:
		if wd >= 6 {
			d = d.addDays(7)
		}
	case t == tenseFuture:
	default:
		if wd < 5 {
			d = d.addDays(-7)
		}
	}
	return d.week() + "-WE"
}

// the parses expressions that start with "the".
func (s *scanner) the(i int) (match, bool) {
	j := i + 1
	w := s.n(j)
	switch w {
	case "past":
		if _, ok := units[s.n(j+1)]; !ok {
			if _, ok := numberWord(s.n(j + 1)); !ok && !s.isNum(j+1) && !vagueCounts[s.n(j+1)] {
				return match{first: i, last: j + 1, typ: "DATE", value: "PAST_REF"}, true
			}
		}
		return s.relative(i, j)
	case "future":
		return match{first: i, last: j + 1, typ: "DATE", value: "FUTURE_REF"}, true
	case "near", "distant", "foreseeable":
		if s.n(j+1) == "future" {
			return match{first: i, last: j + 2, typ: "DATE", value: "FUTURE_REF"}, true
		}
		return match{}, false
	case "day":
		if s.n(j+1) == "before" || s.n(j+1) == "after" {
			dir := 1
			if s.n(j+1) == "before" {
				dir = -1
			}
			if s.n(j+2) == "yesterday" || s.n(j+2) == "tomorrow" {
				return s.dayAfterDeictic(i, j+3, dir)
			}
			return s.dayAfter(i, j+1, dir)
		}
		return match{}, false
	case "present":
		if s.n(j+1) == "" || s.toks[j+1].Kind == model.TokPunct {
			return match{first: i, last: j + 1, typ: "DATE", value: "PRESENT_REF"}, true
		}
		return match{}, false
	case "weekend":
		return match{first: i, last: j + 1, typ: "DATE", value: s.weekend(0, s.tenseAround(i, j+1))}, true
	case "last", "next", "coming", "previous", "following", "current", "latest", "prior", "same":
		if w == "same" {
			return match{}, false
		}
		return s.relative(i, j)
	case "quarter":
		return match{first: i, last: j + 1, typ: "DATE", value: s.latestQuarter()}, true
	case "fiscal":
		return s.fiscal(i, j)
	case "year-earlier", "year-ago":
		return s.yearAgo(i, j+1, j+1)
	case "year":
		if y, ok := s.yearAt(j + 1); ok {
			return match{first: i, last: j + 2, typ: "DATE", value: fmtYear(y)}, true
		}
		if s.n(j+1) == "ended" || s.n(j+1) == "ending" {
			// a financial year named by its end: a period
			return match{first: i, last: j + 1, typ: "DURATION", value: "P1Y"}, true
		}
		return match{}, false
	}
	if _, ok := decadeWords[w]; ok {
		return s.decadeWord(i, j)
	}
	if code, ok := seasons[w]; ok {
		return s.seasonExpr(i, j, code, 0)
	}
	if tk := s.tk(j); tk != nil && tk.Kind == model.TokQuote {
		return s.decadeQuote(i, j)
	}
	if tk := s.tk(j); tk != nil && tk.Kind == model.TokNumber {
		w := tk.Norm
		// "the 1990s", "the 1800s"
		if len(w) == 5 && w[4] == 's' {
			if _, ok := digits(w[:4]); ok {
				return s.decadeNumber(i, j, w)
			}
		}
		// "the 1988 period", "the 1988 second quarter"
		if y, ok := yearNumber(w); ok {
			if m, ok := s.ordQuarter(i, j+1, y); ok {
				return m, true
			}
			if s.n(j+1) == "period" || s.n(j+1) == "quarter" {
				v := fmtYear(y)
				if s.qYear > 0 && s.sent-s.qSent <= 3 {
					v += "-Q" + strconv.Itoa(s.qNum)
				}
				return match{first: i, last: j + 2, typ: "DATE", value: v}, true
			}
		}
		// "the 24th", "the 24th of June"
		if dd, ok := dayNumber(w); ok && len(w) > 2 && w[len(w)-1] >= 'a' { // an ordinal: "24th"
			if s.n(j+1) == "of" {
				if m, ok := monthNames[s.n(j+2)]; ok {
					if mm, ok := s.monthExpr(i, j+2, m); ok && len(mm.value) <= 7 {
						if mm.last == j+3 {
							return s.monthDay(i, j+3, m, dd)
						}
					}
				}
			}
			if s.n(j+1) == "century" {
				return s.century(i, j+2, dd)
			}
			if !s.anchored {
				return match{first: i, last: j + 1, typ: "DATE", value: "XXXX-XX-" + pad(dd, 2)}, true
			}
			if s.n(j+1) != "" && s.toks[j+1].Kind == model.TokWord && s.n(j+1) != "and" {
				return match{}, false // "the 99th day", "the 5th fleet"
			}
			return s.monthDay(i, j+1, s.ref.month(), dd)
		}
	}
	if q, ok := ordinalWords[w]; ok && q > 0 {
		switch s.n(j + 1) {
		case "century":
			return s.century(i, j+2, q)
		}
		if m, ok := s.ordQuarter(i, j, 0); ok {
			return m, true
		}
	}
	return match{}, false
}

// dayAfterDeictic parses "the day before yesterday", "the day after tomorrow".
func (s *scanner) dayAfterDeictic(first, last, dir int) (match, bool) {
	off := 2 * dir
	if !s.anchored {
		return match{first: first, last: last, typ: "DATE", value: "XXXX-XX-XX"}, true
	}
	return match{first: first, last: last, typ: "DATE", value: s.ref.addDays(off).String()}, true
}

// ordQuarter parses "[fiscal] third quarter [of 2022]", "first half [of
// 2022]" at token j (expression from first); year 0 means not given.
func (s *scanner) ordQuarter(first, j, year int) (match, bool) {
	if s.n(j) == "fiscal" {
		j++
	}
	w := s.n(j)
	q, ok := ordinalWords[w]
	unitTok := j + 1
	if !ok {
		// "third-quarter"
		k := strings.IndexByte(w, '-')
		if k < 0 {
			return match{}, false
		}
		q, ok = ordinalWords[w[:k]]
		if !ok || (w[k+1:] != "quarter" && w[k+1:] != "half") {
			return match{}, false
		}
		unitTok = j
	}
	kind := s.n(unitTok)
	if unitTok == j {
		kind = w[strings.IndexByte(w, '-')+1:]
	}
	maxQ := 4
	code := "Q"
	if kind == "half" {
		maxQ, code = 2, "H"
	} else if kind != "quarter" {
		return match{}, false
	}
	if q < 1 || q > maxQ {
		return match{}, false
	}
	last := unitTok + 1
	if year == 0 && s.n(last) == "of" {
		if y, ok := s.yearAt(last + 1); ok {
			year, last = y, last+2
		} else if s.n(last+1) == "fiscal" {
			if y, ok := s.yearAt(last + 2); ok {
				year, last = y, last+3
			}
		} else if (s.n(last+1) == "this" || s.n(last+1) == "last" || s.n(last+1) == "next") && s.n(last+2) == "year" && s.anchored {
			year = s.ref.year() + map[string]int{"last": -1, "next": 1}[s.n(last+1)]
			last += 3
		}
	}
	if year == 0 {
		if !s.anchored {
			return match{first: first, last: last, typ: "DATE", value: "XXXX-" + code + strconv.Itoa(q)}, true
		}
		if code == "H" {
			year = s.ref.year()
			if q == 2 && s.ref.month() <= 6 && s.tenseAround(first, last) == tensePast {
				year--
			}
		} else {
			year = s.quarterYear(q, s.tenseAround(first, last))
		}
	}
	return match{first: first, last: last, typ: "DATE", value: fmtYear(year) + "-" + code + strconv.Itoa(q)}, true
}

// century parses "the 20th century" ("19"); last is the token after "century".
func (s *scanner) century(first, last, n int) (match, bool) {
	if n < 1 || n > 99 {
		return match{}, false
	}
	return match{first: first, last: last, typ: "DATE", value: pad(n-1, 2)}, true
}

// decadeNumber parses "the 1990s" (199) and "the 1800s" (18).
func (s *scanner) decadeNumber(first, j int, w string) (match, bool) {
	if w[3] != '0' {
		return match{}, false
	}
	if w[2] == '0' {
		return match{first: first, last: j + 1, typ: "DATE", value: w[:2]}, true
	}
	return match{first: first, last: j + 1, typ: "DATE", value: w[:3]}, true
}

// decadeQuote parses "'90s" with the quote at token q.
func (s *scanner) decadeQuote(first, q int) (match, bool) {
	t := s.tk(q + 1)
	if t == nil || t.Kind != model.TokNumber || t.Is(model.FlagSpaceBefore) {
		return match{}, false
	}
	w := t.Norm
	if len(w) != 3 || w[2] != 's' || w[1] != '0' || w[0] < '0' || w[0] > '9' {
		return match{}, false
	}
	c := "19"
	if w[0] <= '2' && s.anchored && s.ref.year() >= 2020 {
		c = "20"
	}
	return match{first: first, last: q + 2, typ: "DATE", value: c + w[:1]}, true
}

// decadeWord parses "the nineties".
func (s *scanner) decadeWord(first, j int) (match, bool) {
	d := decadeWords[s.n(j)]
	return match{first: first, last: j + 1, typ: "DATE", value: "19" + strconv.Itoa(d)}, true
}

// fiscal parses "fiscal 2022", "fiscal year 2022", "the fiscal year",
// "fiscal first quarter" with "fiscal" at token j.
func (s *scanner) fiscal(first, j int) (match, bool) {
	k := j + 1
	if y, ok := s.yearAt(k); ok {
		return match{first: first, last: k + 1, typ: "DATE", value: fmtYear(y)}, true
	}
	if s.n(k) == "year" {
		if y, ok := s.yearAt(k + 1); ok {
			return match{first: first, last: k + 2, typ: "DATE", value: fmtYear(y)}, true
		}
		if first < j { // "the fiscal year"
			if s.n(k+1) == "ended" || s.n(k+1) == "ending" {
				return match{first: first, last: k + 1, typ: "DURATION", value: "P1Y"}, true
			}
			return match{first: first, last: k + 1, typ: "DATE", value: valueYear(s.ref, s.anchored)}, true
		}
		return match{}, false
	}
	if first < j {
		return s.ordQuarter(first, j, 0)
	}
	return match{}, false
}

// fiscalRel parses "this fiscal year", "last fiscal year".
func (s *scanner) fiscalRel(first, j, dir int) (match, bool) {
	if s.n(j+1) != "year" {
		return match{}, false
	}
	return match{first: first, last: j + 2, typ: "DATE", value: s.shift(uYear, dir)}, true
}

// seasonExpr parses a season with an optional year; bare seasons need a word
// that introduces a date ("in summer", "this summer" is handled by relative).
func (s *scanner) seasonExpr(first, i int, code string, dir int) (match, bool) {
	j := i + 1
	if s.n(j) == "of" {
		j++
	}
	if y, ok := s.yearAt(j); ok {
		return match{first: first, last: j + 1, typ: "DATE", value: fmtYear(y) + "-" + code}, true
	}
	w := s.n(i)
	prev := s.n(first - 1)
	if first == i && prev == "the" {
		return match{}, false // read from "the"
	}
	if (w == "fall" || w == "spring") && first == i || !monthIntro[prev] {
		// "fall" and "spring" are verbs and nouns too: only "in the fall"
		return match{}, false
	}
	if s.n(i+1) == "of" {
		return match{}, false // "the summer of discontent"
	}
	return match{first: first, last: i + 1, typ: "DATE", value: s.seasonValue(code, dir, s.tenseAround(first, i+1))}, true
}

// holiday parses Christmas, New Year's Day, Thanksgiving, Halloween.
func (s *scanner) holiday(i int) (match, bool) {
	m, dd, last := 0, 0, i+1
	switch s.n(i) {
	case "christmas":
		m, dd = 12, 25
		switch s.n(i + 1) {
		case "day":
			last++
		case "eve":
			dd, last = 24, last+1
		}
	case "halloween":
		m, dd = 10, 31
	case "new":
		if s.n(i+1) != "year" || s.n(i+2) != "'s" {
			return match{}, false
		}
		switch s.n(i + 3) {
		case "day":
			m, dd, last = 1, 1, i+4
		case "eve":
			m, dd, last = 12, 31, i+4
		default:
			return match{}, false
		}
	case "thanksgiving":
		if s.n(i+1) == "day" {
			last++
		}
		m = 11
	}
	if !s.toks[i].Is(model.FlagCap) {
		return match{}, false
	}
	if y, ok := s.yearAt(last); ok {
		return s.holidayIn(i, last+1, y, m, dd)
	}
	if !s.anchored {
		if dd == 0 {
			return match{first: i, last: last, typ: "DATE", value: "XXXX-11-XX"}, true
		}
		return match{first: i, last: last, typ: "DATE", value: "XXXX-" + pad(m, 2) + "-" + pad(dd, 2)}, true
	}
	y := s.monthDayYear(m, max(dd, 22), s.tenseAround(i, last))
	return s.holidayIn(i, last, y, m, dd)
}

func (s *scanner) holidayIn(first, last, y, m, dd int) (match, bool) {
	if dd == 0 { // the fourth Thursday of November
		d, ok := mkDay(y, 11, 1)
		if !ok {
			return match{}, false
		}
		off := (4 - d.weekday() + 7) % 7
		d = d.addDays(off + 21)
		return match{first: first, last: last, typ: "DATE", value: d.String()}, true
	}
	d, ok := mkDay(y, m, dd)
	if !ok {
		return match{}, false
	}
	return match{first: first, last: last, typ: "DATE", value: d.String()}, true
}

// yearAgo parses "year-earlier", "year-ago" (+ "quarter"/"period"): the
// comparison period a year before the one under discussion.
func (s *scanner) yearAgo(first, afterAdj, _ int) (match, bool) {
	last := afterAdj
	switch s.n(last) {
	case "quarter", "period", "level", "levels", "figure", "figures", "results":
		if s.n(last) == "quarter" || s.n(last) == "period" {
			last++
		}
	}
	return match{first: first, last: last, typ: "DATE", value: s.yearBefore()}, true
}

// yearBefore is the value of "a year earlier": the discussed quarter a year
// back when a quarter is in context, else the reference year minus one.
func (s *scanner) yearBefore() string {
	if s.qYear > 0 && s.sent-s.qSent <= 2 {
		return fmtYear(s.qYear-1) + "-Q" + strconv.Itoa(s.qNum)
	}
	return s.shift(uYear, -1)
}

// hyphenPoint parses one-token forms with a hyphen: "mid-July", "mid-2022",
// "mid-1990s", "third-quarter", "mid-afternoon".
func (s *scanner) hyphenPoint(i int) (match, bool) {
	w := s.n(i)
	k := strings.IndexByte(w, '-')
	head, tail := w[:k], w[k+1:]
	if mod, ok := pointMods[head]; ok && head != "earlier" && head != "later" {
		if m, ok := monthNames[tail]; ok && len(tail) >= 3 {
			v := "XXXX-" + pad(m, 2)
			if y, ok := s.yearAt(i + 1); ok {
				return match{first: i, last: i + 2, typ: "DATE", value: fmtMonth(y, m), mod: mod}, true
			}
			if s.anchored {
				v = fmtMonth(s.monthYear(m, s.tenseAround(i, i+1)), m)
			}
			return match{first: i, last: i + 1, typ: "DATE", value: v, mod: mod}, true
		}
		if y, ok := yearNumber(tail); ok {
			return match{first: i, last: i + 1, typ: "DATE", value: fmtYear(y), mod: mod}, true
		}
		if len(tail) == 5 && tail[4] == 's' && tail[3] == '0' {
			if _, ok := digits(tail[:4]); ok {
				return match{first: i, last: i + 1, typ: "DATE", value: tail[:3], mod: mod}, true
			}
		}
		if part, ok := dayParts[tail]; ok && tail != "night" {
			last := i + 1
			v := valueDay(s.ref, s.anchored)
			if d := s.n(i + 1); d == "today" || d == "yesterday" || d == "tomorrow" {
				m, _ := s.deictic(i+1, i+1)
				v, last = m.value, i+2
			}
			return match{first: i, last: last, typ: "TIME", value: v + "T" + part, mod: mod}, true
		}
		return match{}, false
	}
	if m, ok := s.ordQuarter(i, i, 0); ok {
		return m, true
	}
	return match{}, false
}

// numberPoint parses dates that start with a number token: years, ISO
// dates, numeric dates, year ranges, decades, "11 July 2022", clock times.
func (s *scanner) numberPoint(i int) (match, bool) {
	t := &s.toks[i]
	w := t.Norm
	// clock times first: "10:30", "8pm", "8 p.m."
	if m, ok := s.clock(i); ok {
		return m, true
	}
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if d, ok := parseISO(w); ok {
			return match{first: i, last: i + 1, typ: "DATE", value: d.String()}, true
		}
		return match{}, false
	}
	if strings.Count(w, "/") == 2 {
		p := strings.Split(w, "/")
		m, e1 := digits(p[0])
		dd, e2 := digits(p[1])
		y, e3 := digits(p[2])
		if e1 && e2 && e3 && len(p[2]) == 4 {
			if d, ok := mkDay(y, m, dd); ok {
				return match{first: i, last: i + 1, typ: "DATE", value: d.String()}, true
			}
		}
		return match{}, false
	}
	// "2009-2010", "1957-58": two years
	if len(w) == 9 || len(w) == 7 {
		if w[4] == '-' {
			y1, ok1 := yearNumber(w[:4])
			y2, ok2 := digits(w[5:])
			if ok1 && ok2 {
				if len(w) == 7 {
					y2 += y1 / 100 * 100
				}
				if y2 > y1 && y2-y1 < 100 && s.yearContext(i) {
					s.emit(match{first: i, last: i + 1, start: t.Start, end: t.Start + 4, typ: "DATE", value: fmtYear(y1)})
					return match{first: i, last: i + 1, start: t.Start + 5, end: t.End, typ: "DATE", value: fmtYear(y2)}, true
				}
			}
		}
	}
	// "the 1990s" without "the"
	if len(w) == 5 && w[4] == 's' && w[3] == '0' {
		if _, ok := yearNumber(w[:4]); ok {
			return s.decadeNumber(i, i, w)
		}
	}
	if y, ok := yearNumber(w); ok {
		if !s.yearContext(i) {
			return match{}, false
		}
		return match{first: i, last: i + 1, typ: "DATE", value: fmtYear(y)}, true
	}
	// "11th century" without "the"
	if n, ok := dayNumber(w); ok && w[len(w)-1] >= 'a' && s.n(i+1) == "century" {
		return s.century(i, i+2, n)
	}
	// "11 July 2022", "11th of July"
	if dd, ok := dayNumber(w); ok {
		j := i + 1
		if s.n(j) == "of" {
			j++
		}
		if m, ok := monthNames[s.n(j)]; ok && s.toks[j].Is(model.FlagCap) {
			if y, ok := s.yearAt(j + 1); ok {
				d, ok := mkDay(y, m, dd)
				if !ok {
					return match{}, false
				}
				return match{first: i, last: j + 2, typ: "DATE", value: d.String()}, true
			}
			return s.monthDay(i, j+1, m, dd)
		}
	}
	return match{}, false
}

// yearContext says whether a four-digit number at token i reads as a year,
// not an amount ("$2022", "2022 people", "1500 tonnes").
func (s *scanner) yearContext(i int) bool {
	w := s.n(i)
	y, _ := digits(w[:4])
	prev, next := s.n(i-1), s.n(i+1)
	switch prev {
	case "$", "£", "€", "¥", "no.", "#", "number", "flight", "route", "page", "pages", "rs", "us$", "dlrs", "a", "an", "about", "some", "nearly", "almost", "over", "than", "to", "and":
		if (prev == "a" || prev == "an") && y >= 1900 && y <= 2100 {
			// "a 2010 commando raid": an adjectival year before a noun
			if nt := s.tk(i + 1); nt != nil && nt.Kind == model.TokWord && !nt.Is(model.FlagCap) {
				break
			}
			return false
		}
		if prev == "to" || prev == "and" {
			if s.isNum(i-2) || monthNames[s.n(i-2)] > 0 || s.n(i-2) == "from" {
				break
			}
			if y >= 1900 && y <= 2100 {
				break
			}
		}
		return false
	}
	if pt := s.tk(i - 1); pt != nil && (pt.Kind == model.TokNumber ||
		pt.Kind == model.TokWord && pt.Is(model.FlagCap) && !pt.Is(model.FlagSentStart) && monthNames[pt.Norm] == 0 && !monthIntro[pt.Norm]) {
		// "Orion 1980", "Euro 2016": part of a name
		return false
	}
	switch next {
	case "%", "percent", "pct", "per", "people", "tonnes", "tons", "barrels", "troops", "km", "miles", "feet",
		"meters", "metres", "dlrs", "dollars", "shares", "points", "votes", "members", "cars", "units",
		"hours", "kilometers", "kilometres", "acres", "hectares", "soldiers", "workers", "jobs", "employees",
		"ounces", "pounds", "yen", "marks", "francs", "yuan", "rupees", "bales", "head", "mln", "billion",
		"million", "hectolitres", "bpd", "square", "tonnes/day", "b/d", ":", "gmt":
		return false
	}
	if y >= 1800 && y <= 2100 {
		return true
	}
	switch prev {
	case "in", "since", "of", "by", "from", "until", "year", "circa", "before", "after", "during":
		return true
	}
	return false
}

// clock parses "10:30", "10:30 a.m.", "8 p.m.", "8pm", "15:00 GMT Saturday".
func (s *scanner) clock(i int) (match, bool) {
	w := s.n(i)
	h, mi := -1, 0
	j := i + 1
	suffix := ""
	if k := strings.IndexByte(w, ':'); k > 0 {
		hh, ok1 := digits(w[:k])
		rest := w[k+1:]
		if len(rest) < 2 {
			return match{}, false
		}
		mm, ok2 := digits(rest[:2])
		if !ok1 || !ok2 || strings.ContainsRune(rest, ':') {
			return match{}, false
		}
		h, mi, suffix = hh, mm, rest[2:]
	} else {
		k := 0
		for k < len(w) && w[k] >= '0' && w[k] <= '9' {
			k++
		}
		if k == 0 || k > 2 {
			return match{}, false
		}
		hh, _ := digits(w[:k])
		h, suffix = hh, w[k:]
		if suffix != "am" && suffix != "pm" && suffix != "a.m." && suffix != "p.m." {
			if suffix != "" {
				return match{}, false
			}
			nx := s.n(j)
			if nx != "a.m." && nx != "p.m." && nx != "am" && nx != "pm" && nx != "a.m" && nx != "p.m" && nx != "o'clock" {
				return match{}, false
			}
		}
	}
	if suffix == "" {
		switch s.n(j) {
		case "a.m.", "am", "a.m":
			suffix = "am"
			j++
		case "p.m.", "pm", "p.m":
			suffix = "pm"
			j++
		case "o'clock":
			j++
		}
		if suffix != "" && j < s.sLast && s.toks[j].Text == "." && s.toks[j].Start == s.toks[j-1].End {
			// "p.m" + "." when the period ended the word
			if j+1 < s.sLast {
				j++
			}
		}
	}
	switch suffix {
	case "am", "a.m.":
		if h == 12 {
			h = 0
		}
	case "pm", "p.m.":
		if h < 12 {
			h += 12
		}
	case "":
		// "10:30" alone needs a cue: "at 10:30", a time zone, or a day after it
		if !strings.Contains(w, ":") {
			break
		}
		if p := s.n(i - 1); p != "at" && p != "by" && p != "until" && p != "from" && p != "before" && p != "after" && !tzWords[s.n(j)] {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if h < 0 || h > 24 || mi > 59 {
		return match{}, false
	}
	if tzWords[s.n(j)] {
		j++
	}
	// the day: "15:00 GMT Saturday", "10 a.m. Tuesday", "8 p.m. today", "5 p.m. EST, Nov. 9"
	date := valueDay(s.ref, s.anchored)
	k := j
	if s.n(k) == "," {
		k++
	}
	if mo, ok := monthNames[s.n(k)]; ok {
		if m, ok := s.monthExpr(k, k, mo); ok && len(m.value) == 10 {
			date, j = m.value, m.last
		}
	}
	if j > k {
		// the date was read
	} else if wd, ok := weekdays[s.n(j)]; ok && s.toks[j].Is(model.FlagCap) && len(s.n(j)) >= 6 {
		date = s.weekdayValue(wd, 0, s.tenseAround(i, j+1))
		j++
	} else if d := s.n(j); d == "today" || d == "yesterday" || d == "tomorrow" {
		m, _ := s.deictic(j, j)
		date = m.value
		j++
	}
	if !s.anchored && strings.HasPrefix(date, "XXXX-XX-XX") {
		date = "XXXX-XX-XX"
	}
	return match{first: i, last: j, typ: "TIME", value: date + "T" + pad(h, 2) + ":" + pad(mi, 2)}, true
}

// clockWord parses noon, midnight, "noon Thursday".
func (s *scanner) clockWord(i int) (match, bool) {
	hm := "12:00"
	if s.n(i) == "midnight" {
		hm = "24:00"
	}
	j := i + 1
	date := valueDay(s.ref, s.anchored)
	if wd, ok := weekdays[s.n(j)]; ok && s.toks[j].Is(model.FlagCap) && len(s.n(j)) >= 6 {
		date = s.weekdayValue(wd, 0, s.tenseAround(i, j+1))
		j++
	} else if d := s.n(j); d == "today" || d == "yesterday" || d == "tomorrow" {
		m, _ := s.deictic(j, j)
		date = m.value
		j++
	}
	return match{first: i, last: j, typ: "TIME", value: date + "T" + hm}, true
}
