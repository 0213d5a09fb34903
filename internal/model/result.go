package model

import "unicode/utf8"

// Result is the output of extract for one article, exactly the shape of
// spec/OUTPUT.md. Offsets are Unicode code points of the article text.
// Every slice is non-nil so that it marshals as [] and never as null.
type Result struct {
	ID        string           `json:"id"`
	Title     *string          `json:"title"`
	Date      *string          `json:"date"`
	URL       string           `json:"url,omitempty"`
	Sentences []ResultSentence `json:"sentences"`
	Entities  []ResultEntity   `json:"entities"`
	Times     []ResultTime     `json:"times"`
	Quotes    []ResultQuote    `json:"quotes"`
	Claims    []ResultClaim    `json:"claims"`
	Events    []ResultEvent    `json:"events"`
}

// ResultSentence is a sentence's extent and the section it is in.
type ResultSentence struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Section string `json:"section"`
}

// ResultSpan is a span of the text with its words.
type ResultSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// ResultEntity is an entity with its mentions.
type ResultEntity struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	Type     EntityType   `json:"type"`
	Actor    *string      `json:"actor"`
	Country  *string      `json:"country"`
	Role     *string      `json:"role"`
	Geo      *Geo         `json:"geo"`
	Mentions []ResultSpan `json:"mentions"`
}

// ResultTime is a temporal expression.
type ResultTime struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Type  string  `json:"type"`
	Value string  `json:"value"`
	Mod   *string `json:"mod"`
}

// ResultQuote is a quote with speaker and cue.
type ResultQuote struct {
	ID      string      `json:"id"`
	Start   int         `json:"start"`
	End     int         `json:"end"`
	Text    string      `json:"text"`
	Kind    string      `json:"kind"`
	Speaker *Ref        `json:"speaker"`
	Cue     *ResultSpan `json:"cue"`
}

// ResultDenial is one denial of a claim.
type ResultDenial struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Actor  string `json:"actor"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// ResultClaim is an attributed proposition and who denies it.
type ResultClaim struct {
	ID       string         `json:"id"`
	Start    int            `json:"start"`
	End      int            `json:"end"`
	Text     string         `json:"text"`
	By       *Ref           `json:"by"`
	Status   string         `json:"status"`
	DeniedBy []ResultDenial `json:"denied_by"`
}

// ResultEvent is one coded event.
type ResultEvent struct {
	ID          string     `json:"id"`
	Code        string     `json:"code"`
	Root        string     `json:"root"`
	Label       string     `json:"label"`
	QuadClass   int        `json:"quad_class"`
	Goldstein   float64    `json:"goldstein"`
	Source      *Ref       `json:"source"`
	Target      *Ref       `json:"target"`
	Modality    string     `json:"modality"`
	Date        *string    `json:"date"`
	Place       *string    `json:"place"`
	Attribution *Ref       `json:"attribution"`
	Claim       *string    `json:"claim"`
	Sentence    int        `json:"sentence"`
	Evidence    ResultSpan `json:"evidence"`
}

// RuneIndex converts byte offsets of one text into the code-point offsets
// of the output contract.
type RuneIndex struct {
	text  string
	ascii bool
	// at[i] is the number of runes before byte i, for i in [0, len(text)].
	at []int32
}

// NewRuneIndex indexes text; it costs nothing for ASCII text.
func NewRuneIndex(text string) *RuneIndex {
	ri := &RuneIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if ri.ascii {
		return ri
	}
	ri.at = make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := 0; j < size; j++ {
			ri.at[i+j] = n
		}
		i += size
		n++
	}
	ri.at[len(text)] = n
	return ri
}

// Pos converts one byte offset into a code-point offset, clamping it to
// the text.
func (ri *RuneIndex) Pos(b int) int {
	if b < 0 {
		b = 0
	}
	if b > len(ri.text) {
		b = len(ri.text)
	}
	if ri.ascii {
		return b
	}
	return int(ri.at[b])
}

func (ri *RuneIndex) span(start, end int) ResultSpan {
	return ResultSpan{Start: ri.Pos(start), End: ri.Pos(end), Text: ri.text[start:end]}
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// NewResult turns an analysed document into its output form, converting byte
// offsets into code points.
func NewResult(d *Document) *Result {
	ri := NewRuneIndex(d.Text)
	r := &Result{
		ID:        d.ID,
		Title:     strPtr(d.Title),
		Date:      strPtr(d.RefDate),
		URL:       d.URL,
		Sentences: make([]ResultSentence, 0, len(d.Sentences)),
		Entities:  make([]ResultEntity, 0, len(d.Entities)),
		Times:     make([]ResultTime, 0, len(d.Times)),
		Quotes:    make([]ResultQuote, 0, len(d.Quotes)),
		Claims:    make([]ResultClaim, 0, len(d.Claims)),
		Events:    make([]ResultEvent, 0, len(d.Events)),
	}
	for _, s := range d.Sentences {
		r.Sentences = append(r.Sentences, ResultSentence{Start: ri.Pos(s.Start), End: ri.Pos(s.End), Section: s.Section.String()})
	}
	for _, e := range d.Entities {
		re := ResultEntity{ID: e.ID, Name: e.Name, Type: e.Type, Actor: strPtr(e.Actor), Country: strPtr(e.Country),
			Role: strPtr(e.Role), Geo: e.Geo, Mentions: make([]ResultSpan, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			re.Mentions = append(re.Mentions, ri.span(m.Start, m.End))
		}
		r.Entities = append(r.Entities, re)
	}
	for _, t := range d.Times {
		r.Times = append(r.Times, ResultTime{Start: ri.Pos(t.Start), End: ri.Pos(t.End), Text: d.Text[t.Start:t.End],
			Type: t.Type, Value: t.Value, Mod: strPtr(t.Mod)})
	}
	for _, q := range d.Quotes {
		rq := ResultQuote{ID: q.ID, Start: ri.Pos(q.Start), End: ri.Pos(q.End), Text: d.Text[q.Start:q.End],
			Kind: q.Kind, Speaker: q.Speaker}
		if q.Cue != nil {
			c := ri.span(q.Cue.Start, q.Cue.End)
			rq.Cue = &c
		}
		r.Quotes = append(r.Quotes, rq)
	}
	for _, c := range d.Claims {
		rc := ResultClaim{ID: c.ID, Start: ri.Pos(c.Start), End: ri.Pos(c.End), Text: d.Text[c.Start:c.End],
			By: c.By, Status: c.Status, DeniedBy: make([]ResultDenial, 0, len(c.DeniedBy))}
		for _, dn := range c.DeniedBy {
			rd := ResultDenial{Start: ri.Pos(dn.Start), End: ri.Pos(dn.End)}
			if dn.By != nil {
				rd.Entity, rd.Name, rd.Actor = dn.By.Entity, dn.By.Name, dn.By.Actor
			}
			rc.DeniedBy = append(rc.DeniedBy, rd)
		}
		r.Claims = append(r.Claims, rc)
	}
	for _, v := range d.Events {
		r.Events = append(r.Events, ResultEvent{ID: v.ID, Code: v.Code, Root: v.Root, Label: v.Label,
			QuadClass: v.QuadClass, Goldstein: v.Goldstein, Source: v.Source, Target: v.Target,
			Modality: v.Modality, Date: strPtr(v.Date), Place: strPtr(v.Place), Attribution: v.Attribution,
			Claim: strPtr(v.Claim), Sentence: v.Sentence, Evidence: ri.span(v.Evidence.Start, v.Evidence.End)})
	}
	return r
}
