package timex

import "strconv"

// resolution policy for expressions whose tense is unknown.
//
// nearestUndated picks, for a year-less month or month-day in a clause whose
// tense is unknown, the occurrence nearest the reference date; otherwise the
// reference date's year is used. Measured on the TempEval-3 sets (see
// internal/eval/timexeval): TimeBank value F1 0.781 with, 0.779 without;
// platinum and AQUAINT unchanged. News mode throughout: relative
// expressions resolve against the reference date; only anaphoric ones ("the
// next day", "that year") use the last date the story mentioned. A
// HeidelTime-style narrative mode, moving the anchor with every explicit
// date, is not implemented.
var nearestUndated = true

// slackDays is how far on the "wrong" side of the reference date a
// month-day may lie and still keep the reference year: a past-tense
// clause may name a date a few weeks ahead ("the offer, which was
// extended to Nov. 20"), a future one a date just gone.
var slackDays = 62

// monthYear returns the year of month m named without a year.
func (s *scanner) monthYear(m int, t tense) int {
	ry, rm := s.ref.year(), s.ref.month()
	switch t {
	case tensePast:
		if m <= rm {
			return ry
		}
		return ry - 1
	case tenseFuture:
		if m >= rm {
			return ry
		}
		return ry + 1
	}
	if nearestUndated {
		switch d := m - rm; {
		case d > 6:
			return ry - 1
		case d < -6:
			return ry + 1
		}
	}
	return ry
}

// monthDayYear returns the year of month m, day dd named without a year.
func (s *scanner) monthDayYear(m, dd int, t tense) int {
	ry, rm, rd := s.ref.year(), s.ref.month(), s.ref.dom()
	delta := (m-rm)*31 + dd - rd
	before := delta <= slackDays
	after := delta >= -slackDays
	switch t {
	case tensePast:
		if before {
			return ry
		}
		return ry - 1
	case tenseFuture:
		if after {
			return ry
		}
		return ry + 1
	}
	if nearestUndated {
		switch d := delta; {
		case d > 183:
			return ry - 1
		case d < -183:
			return ry + 1
		}
	}
	return ry
}

// weekdayValue resolves weekday wd (1..7). dir is -1 for "last", +1 for
// "next"/"coming", 0 for a bare or "this" weekday, which follows the tense
// and is the reference day itself when the weekdays agree.
func (s *scanner) weekdayValue(wd, dir int, t tense) string {
	if !s.anchored {
		return "XXXX-WXX-" + strconv.Itoa(wd)
	}
	rw := s.ref.weekday()
	back := (rw - wd + 7) % 7
	fwd := (wd - rw + 7) % 7
	switch dir {
	case -1:
		if back == 0 {
			back = 7
		}
		return s.ref.addDays(-back).String()
	case 1:
		if fwd == 0 {
			fwd = 7
		}
		return s.ref.addDays(fwd).String()
	}
	if wd == rw {
		return s.ref.String()
	}
	if t == tenseFuture {
		return s.ref.addDays(fwd).String()
	}
	return s.ref.addDays(-back).String()
}

// shift returns the value of the reference date moved by n units, at that
// unit's granularity ("last week" → 2022-W27).
func (s *scanner) shift(u unit, n int) string {
	if !s.anchored {
		switch u {
		case uDecade:
			return "XXX"
		case uCentury:
			return "XX"
		}
		return s.anaphoric(u)
	}
	r := s.ref
	switch u {
	case uDay, uNight:
		return r.addDays(n).String()
	case uWeek:
		return r.addDays(7 * n).week()
	case uMonth:
		d := r.addMonths(n)
		return fmtMonth(d.year(), d.month())
	case uQuarter:
		d := r.addMonths(3 * n)
		return d.quarterVal()
	case uYear:
		y := r.year() + n
		if !validYear(y) {
			return ""
		}
		return fmtYear(y)
	case uDecade:
		y := r.year() + 10*n
		if !validYear(y) {
			return ""
		}
		return fmtYear(y)[:3]
	case uCentury:
		y := r.year() + 100*n
		if !validYear(y) {
			return ""
		}
		return fmtYear(y)[:2]
	case uHour:
		return r.String() // the hour of the reference is unknown; keep the day
	}
	return ""
}

// durationValue formats a duration of n units; n < 0 means an unspecified count.
func durationValue(n int, u unit) string {
	c := "X"
	if n >= 0 {
		c = strconv.Itoa(n)
	}
	mul := func(k int) string {
		if n < 0 {
			return "X"
		}
		return strconv.Itoa(n * k)
	}
	switch u {
	case uSecond:
		return "PT" + c + "S"
	case uMinute:
		return "PT" + c + "M"
	case uHour:
		return "PT" + c + "H"
	case uDay, uNight:
		return "P" + c + "D"
	case uWeek:
		return "P" + c + "W"
	case uMonth:
		return "P" + c + "M"
	case uQuarter:
		return "P" + c + "Q" // TimeBank's unit for financial quarters
	case uYear:
		return "P" + c + "Y"
	case uDecade:
		if n < 0 {
			return "PXDE"
		}
		return "P" + mul(10) + "Y"
	case uCentury:
		if n < 0 {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	}
	return ""
}

// seasonValue resolves a season code ("SU") named without a year.
// dir -1 is "last", +1 "next", 0 follows the tense.
func (s *scanner) seasonValue(code string, dir int, t tense) string {
	if !s.anchored {
		return "XXXX-" + code
	}
	// seasons in calendar order within a "season year": SP, SU, FA, WI (WI
	// of year y runs December y to February y+1).
	idx := map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}[code]
	y, m := s.ref.year(), s.ref.month()
	cur := 0
	switch {
	case m >= 3 && m <= 5:
		cur = 0
	case m >= 6 && m <= 8:
		cur = 1
	case m >= 9 && m <= 11:
		cur = 2
	default:
		cur = 3
		if m <= 2 {
			y--
		}
	}
	switch {
	case dir < 0 || dir == 0 && t == tensePast:
		if idx < cur {
			return fmtYear(y) + "-" + code
		}
		if idx == cur && dir == 0 {
			return fmtYear(y) + "-" + code
		}
		return fmtYear(y-1) + "-" + code
	case dir > 0 || t == tenseFuture:
		if idx > cur || idx == cur && dir == 0 {
			return fmtYear(y) + "-" + code
		}
		return fmtYear(y+1) + "-" + code
	}
	return fmtYear(y) + "-" + code
}

// quarterYear returns the year of quarter q named without a year.
func (s *scanner) quarterYear(q int, t tense) int {
	if s.qSent >= 0 && s.sent-s.qSent <= 3 && s.qYear > 0 {
		// a quarter just discussed fixes the year of the next ones ("the
		// third quarter … the fourth quarter")
		if q <= s.qNum || t != tensePast {
			return s.qYear
		}
	}
	ry, rq := s.ref.year(), s.ref.quarter()
	if q > rq && t != tenseFuture {
		return ry - 1
	}
	return ry
}
