package timex

import (
	"strconv"
	"time"
)

// day is a calendar day. The zero day means "no anchor".
type day struct{ t time.Time }

func (d day) ok() bool { return !d.t.IsZero() }

// mkDay returns the day y-m-dd and whether it exists (February 30 does not).
func mkDay(y, m, dd int) (day, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || dd < 1 || dd > 31 {
		return day{}, false
	}
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd || int(t.Month()) != m {
		return day{}, false
	}
	return day{t}, true
}

// parseISO reads YYYY-MM-DD.
func parseISO(s string) (day, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return day{}, false
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:])
	if e1 != nil || e2 != nil || e3 != nil {
		return day{}, false
	}
	return mkDay(y, m, d)
}

func (d day) year() int    { return d.t.Year() }
func (d day) month() int   { return int(d.t.Month()) }
func (d day) dom() int     { return d.t.Day() }
func (d day) quarter() int { return (d.month()-1)/3 + 1 }

// weekday returns the ISO weekday, Monday 1 … Sunday 7.
func (d day) weekday() int {
	w := int(d.t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

func (d day) addDays(n int) day { return day{d.t.AddDate(0, 0, n)} }
func (d day) addMonths(n int) day {
	return day{time.Date(d.year(), time.Month(d.month()+n), 1, 0, 0, 0, 0, time.UTC)}
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func validYear(y int) bool { return y >= 1 && y <= 9999 }

// String formats the day as YYYY-MM-DD.
func (d day) String() string {
	return pad(d.year(), 4) + "-" + pad(d.month(), 2) + "-" + pad(d.dom(), 2)
}

func fmtYear(y int) string { return pad(y, 4) }

func fmtMonth(y, m int) string { return pad(y, 4) + "-" + pad(m, 2) }

// fmtWeek formats the ISO week of the day: 2022-W27.
func (d day) week() string {
	y, w := d.t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

func (d day) quarterVal() string { return pad(d.year(), 4) + "-Q" + strconv.Itoa(d.quarter()) }

// valueDay etc. format an anchored value, or its unanchored X form.
func valueDay(d day, anchored bool) string {
	if !anchored {
		return "XXXX-XX-XX"
	}
	return d.String()
}

func valueYear(d day, anchored bool) string {
	if !anchored {
		return "XXXX"
	}
	return fmtYear(d.year())
}
