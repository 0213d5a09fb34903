package model

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends r as JSON to b and returns the extended buffer. The
// bytes are exactly those json.Marshal(r) gives (field order, omitempty,
// HTML-safe string escapes, float format), without reflection: extract
// prints one Result per article and encoding them is a large share of a
// long run. A NaN or infinite float gives the error json.Marshal gives.
func (r *Result) AppendJSON(b []byte) ([]byte, error) {
	e := jsonEncoder{b: b}
	e.result(r)
	return e.b, e.err
}

// jsonEncoder appends the JSON of a Result; err is the first unsupported
// value met.
type jsonEncoder struct {
	b   []byte
	err error
}

func (e *jsonEncoder) result(r *Result) {
	e.b = append(e.b, `{"id":`...)
	e.str(r.ID)
	e.b = append(e.b, `,"title":`...)
	e.strPtr(r.Title)
	e.b = append(e.b, `,"date":`...)
	e.strPtr(r.Date)
	if r.URL != "" {
		e.b = append(e.b, `,"url":`...)
		e.str(r.URL)
	}
	e.b = append(e.b, `,"sentences":`...)
	if r.Sentences == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i, s := range r.Sentences {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.b = append(e.b, `{"start":`...)
			e.b = strconv.AppendInt(e.b, int64(s.Start), 10)
			e.b = append(e.b, `,"end":`...)
			e.b = strconv.AppendInt(e.b, int64(s.End), 10)
			e.b = append(e.b, `,"section":`...)
			e.str(s.Section)
			e.b = append(e.b, '}')
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, `,"entities":`...)
	if r.Entities == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range r.Entities {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.entity(&r.Entities[i])
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, `,"times":`...)
	if r.Times == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range r.Times {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			t := &r.Times[i]
			e.b = append(e.b, `{"start":`...)
			e.b = strconv.AppendInt(e.b, int64(t.Start), 10)
			e.b = append(e.b, `,"end":`...)
			e.b = strconv.AppendInt(e.b, int64(t.End), 10)
			e.b = append(e.b, `,"text":`...)
			e.str(t.Text)
			e.b = append(e.b, `,"type":`...)
			e.str(t.Type)
			e.b = append(e.b, `,"value":`...)
			e.str(t.Value)
			e.b = append(e.b, `,"mod":`...)
			e.strPtr(t.Mod)
			e.b = append(e.b, '}')
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, `,"quotes":`...)
	if r.Quotes == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range r.Quotes {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			q := &r.Quotes[i]
			e.b = append(e.b, `{"id":`...)
			e.str(q.ID)
			e.b = append(e.b, `,"start":`...)
			e.b = strconv.AppendInt(e.b, int64(q.Start), 10)
			e.b = append(e.b, `,"end":`...)
			e.b = strconv.AppendInt(e.b, int64(q.End), 10)
			e.b = append(e.b, `,"text":`...)
			e.str(q.Text)
			e.b = append(e.b, `,"kind":`...)
			e.str(q.Kind)
			e.b = append(e.b, `,"speaker":`...)
			e.ref(q.Speaker)
			e.b = append(e.b, `,"cue":`...)
			if q.Cue == nil {
				e.b = append(e.b, "null"...)
			} else {
				e.span(q.Cue)
			}
			e.b = append(e.b, '}')
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, `,"claims":`...)
	if r.Claims == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range r.Claims {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.claim(&r.Claims[i])
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, `,"events":`...)
	if r.Events == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range r.Events {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.event(&r.Events[i])
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, '}')
}

func (e *jsonEncoder) entity(x *ResultEntity) {
	e.b = append(e.b, `{"id":`...)
	e.str(x.ID)
	e.b = append(e.b, `,"name":`...)
	e.str(x.Name)
	e.b = append(e.b, `,"type":`...)
	e.str(string(x.Type))
	e.b = append(e.b, `,"actor":`...)
	e.strPtr(x.Actor)
	e.b = append(e.b, `,"country":`...)
	e.strPtr(x.Country)
	e.b = append(e.b, `,"role":`...)
	e.strPtr(x.Role)
	e.b = append(e.b, `,"geo":`...)
	if g := x.Geo; g == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, `{"lat":`...)
		e.float(g.Lat)
		e.b = append(e.b, `,"lon":`...)
		e.float(g.Lon)
		e.b = append(e.b, `,"kind":`...)
		e.str(g.Kind)
		if g.GeonameID != 0 {
			e.b = append(e.b, `,"geonames_id":`...)
			e.b = strconv.AppendInt(e.b, int64(g.GeonameID), 10)
		}
		if g.Admin1 != "" {
			e.b = append(e.b, `,"admin1":`...)
			e.str(g.Admin1)
		}
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, `,"mentions":`...)
	if x.Mentions == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range x.Mentions {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.span(&x.Mentions[i])
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, '}')
}

func (e *jsonEncoder) claim(c *ResultClaim) {
	e.b = append(e.b, `{"id":`...)
	e.str(c.ID)
	e.b = append(e.b, `,"start":`...)
	e.b = strconv.AppendInt(e.b, int64(c.Start), 10)
	e.b = append(e.b, `,"end":`...)
	e.b = strconv.AppendInt(e.b, int64(c.End), 10)
	e.b = append(e.b, `,"text":`...)
	e.str(c.Text)
	e.b = append(e.b, `,"by":`...)
	e.ref(c.By)
	e.b = append(e.b, `,"status":`...)
	e.str(c.Status)
	e.b = append(e.b, `,"denied_by":`...)
	if c.DeniedBy == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, '[')
		for i := range c.DeniedBy {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			d := &c.DeniedBy[i]
			e.b = append(e.b, `{"entity":`...)
			e.str(d.Entity)
			e.b = append(e.b, `,"name":`...)
			e.str(d.Name)
			e.b = append(e.b, `,"actor":`...)
			e.str(d.Actor)
			e.b = append(e.b, `,"start":`...)
			e.b = strconv.AppendInt(e.b, int64(d.Start), 10)
			e.b = append(e.b, `,"end":`...)
			e.b = strconv.AppendInt(e.b, int64(d.End), 10)
			e.b = append(e.b, '}')
		}
		e.b = append(e.b, ']')
	}
	e.b = append(e.b, '}')
}

func (e *jsonEncoder) event(v *ResultEvent) {
	e.b = append(e.b, `{"id":`...)
	e.str(v.ID)
	e.b = append(e.b, `,"code":`...)
	e.str(v.Code)
	e.b = append(e.b, `,"root":`...)
	e.str(v.Root)
	e.b = append(e.b, `,"label":`...)
	e.str(v.Label)
	e.b = append(e.b, `,"quad_class":`...)
	e.b = strconv.AppendInt(e.b, int64(v.QuadClass), 10)
	e.b = append(e.b, `,"goldstein":`...)
	e.float(v.Goldstein)
	e.b = append(e.b, `,"source":`...)
	e.ref(v.Source)
	e.b = append(e.b, `,"target":`...)
	e.ref(v.Target)
	e.b = append(e.b, `,"modality":`...)
	e.str(v.Modality)
	e.b = append(e.b, `,"date":`...)
	e.strPtr(v.Date)
	e.b = append(e.b, `,"place":`...)
	e.strPtr(v.Place)
	e.b = append(e.b, `,"attribution":`...)
	e.ref(v.Attribution)
	e.b = append(e.b, `,"claim":`...)
	e.strPtr(v.Claim)
	e.b = append(e.b, `,"sentence":`...)
	e.b = strconv.AppendInt(e.b, int64(v.Sentence), 10)
	e.b = append(e.b, `,"evidence":`...)
	e.span(&v.Evidence)
	e.b = append(e.b, '}')
}

func (e *jsonEncoder) span(s *ResultSpan) {
	e.b = append(e.b, `{"start":`...)
	e.b = strconv.AppendInt(e.b, int64(s.Start), 10)
	e.b = append(e.b, `,"end":`...)
	e.b = strconv.AppendInt(e.b, int64(s.End), 10)
	e.b = append(e.b, `,"text":`...)
	e.str(s.Text)
	e.b = append(e.b, '}')
}

func (e *jsonEncoder) ref(r *Ref) {
	if r == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = append(e.b, `{"entity":`...)
	e.str(r.Entity)
	e.b = append(e.b, `,"name":`...)
	e.str(r.Name)
	e.b = append(e.b, `,"actor":`...)
	e.str(r.Actor)
	e.b = append(e.b, '}')
}

func (e *jsonEncoder) strPtr(s *string) {
	if s == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.str(*s)
}

// float appends f the way encoding/json does: like ES6 number to string,
// %f between 1e-6 and 1e21 and %e with an unpadded exponent outside.
func (e *jsonEncoder) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = &json.UnsupportedValueError{Value: reflect.ValueOf(f), Str: strconv.FormatFloat(f, 'g', -1, 64)}
		}
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9.
		n := len(e.b)
		if n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
}

// jsonSafe marks the ASCII bytes a JSON string holds as they are: encoding/json
// escapes control characters, the quote and backslash, and <, > and & (HTML
// safety).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	t['"'], t['\\'], t['<'], t['>'], t['&'] = false, false, false, false, false
	return t
}()

const hexDigits = "0123456789abcdef"

// str appends s as a JSON string, escaped exactly as encoding/json escapes
// it: invalid UTF-8 becomes \ufffd, and U+2028 and U+2029 are escaped.
func (e *jsonEncoder) str(s string) {
	b := append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	e.b = append(b, '"')
}
