package timex

import (
	"context"
	"fmt"
	"strconv"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
)

// Stage is the pipeline stage that fills d.Times. It holds no state and is
// safe for concurrent use on different documents.
//
// Before matching, Run completes the references the times resolve against:
// when d.RefDate is empty it takes the dateline's full date (see
// DatelineDate), and when d.CaptionDate is empty it takes the caption's own
// full date (see CaptionDate). A pipeline that wants these earlier, for
// example to report a missing date, may call the two functions itself; Run
// then leaves the values it finds set alone.
type Stage struct{}

// New returns the time stage.
func New() *Stage { return &Stage{} }

// Name returns "timex".
func (*Stage) Name() string { return "timex" }

// Run finds the temporal expressions of the segmented document d and sets
// d.Times (byte offsets, in text order). It returns ctx's error if ctx is
// done before it starts.
func (*Stage) Run(ctx context.Context, d *model.Document) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("timex: %w", err)
	}
	if d.RefDate == "" {
		if v, ok := DatelineDate(d); ok {
			d.RefDate = v
		}
	}
	if d.CaptionDate == "" {
		d.CaptionDate = CaptionDate(d)
	}
	d.Times = Find(d)
	return nil
}

// Find returns the temporal expressions of the segmented document d, each
// resolved against d.RefDate, or against d.CaptionDate inside a photo
// caption that has one. Photo-credit sections are skipped; the dateline's
// date is reported like any other time (it is usually the reference date
// itself). It does not change d.
func Find(d *model.Document) []model.Time {
	s := &scanner{text: d.Text, toks: d.Tokens, qSent: -100}
	docRef, docOK := parseISO(d.RefDate)
	capRef, capOK := parseISO(d.CaptionDate)
	for si := range d.Sentences {
		sn := &d.Sentences[si]
		if sn.First >= sn.Last || sn.Last > len(d.Tokens) {
			continue
		}
		switch sn.Section {
		case model.SectionCredit:
			continue
		case model.SectionCaption:
			if capOK {
				s.ref, s.anchored = capRef, true
				s.scanSentence(si, sn)
				continue
			}
		}
		s.ref, s.anchored = docRef, docOK
		s.scanSentence(si, sn)
	}
	return s.out
}

// CaptionDate returns the first full date (YYYY-MM-DD) that a photo caption
// of the segmented document d states explicitly ("on July 11, 2022"), or "".
// Year-less caption dates are not used: a caption's date is the photo's, and
// only a full date says which day that was.
func CaptionDate(d *model.Document) string {
	return firstFullDate(d, model.SectionCaption)
}

// DatelineDate returns the date of the document's dateline ("MOSCOW, July
// 12, 2022 (Reuters) -") as YYYY-MM-DD. A dateline without a year ("MOSCOW,
// July 12") takes its year from the latest full date stated anywhere else in
// the body, when that date is no later than the dateline day in the same year
// or the year before it; with no full date, the dateline cannot be anchored
// and ok is false (the document's times then stay unanchored).
func DatelineDate(d *model.Document) (string, bool) {
	for si := range d.Sentences {
		sn := &d.Sentences[si]
		if sn.Section != model.SectionDateline {
			continue
		}
		s := &scanner{text: d.Text, toks: d.Tokens, qSent: -100}
		s.scanSentence(si, sn)
		for _, t := range s.out {
			if t.Type != "DATE" {
				continue
			}
			if _, ok := parseISO(t.Value); ok {
				return t.Value, true
			}
			if len(t.Value) == 10 && t.Value[:5] == "XXXX-" {
				m, _ := strconv.Atoi(t.Value[5:7])
				dd, _ := strconv.Atoi(t.Value[8:10])
				return yearFromText(d, m, dd)
			}
		}
	}
	return "", false
}

// yearFromText anchors a year-less dateline month and day with the latest
// full date of the body.
func yearFromText(d *model.Document, m, dd int) (string, bool) {
	best := day{}
	s := &scanner{text: d.Text, toks: d.Tokens, qSent: -100}
	for si := range d.Sentences {
		if d.Sentences[si].Section != model.SectionBody && d.Sentences[si].Section != model.SectionCaption {
			continue
		}
		s.out = s.out[:0]
		s.scanSentence(si, &d.Sentences[si])
		for _, t := range s.out {
			if x, ok := parseISO(t.Value); ok && x.t.After(best.t) {
				best = x
			}
		}
	}
	if !best.ok() {
		return "", false
	}
	for _, y := range []int{best.year(), best.year() + 1} {
		if x, ok := mkDay(y, m, dd); ok && !x.t.Before(best.t) {
			return x.String(), true
		}
	}
	return "", false
}

// firstFullDate returns the first explicit YYYY-MM-DD date in sections of kind k.
func firstFullDate(d *model.Document, k model.SectionKind) string {
	s := &scanner{text: d.Text, toks: d.Tokens, qSent: -100}
	for si := range d.Sentences {
		if d.Sentences[si].Section != k {
			continue
		}
		s.out = s.out[:0]
		s.scanSentence(si, &d.Sentences[si])
		for _, t := range s.out {
			if _, ok := parseISO(t.Value); ok && t.Type == "DATE" {
				return t.Value
			}
		}
	}
	return ""
}

// ParseDate reads the first date in a short text such as a dateline
// ("MOSCOW, July 12", "July 12, 2022", "2022-07-12", "Tuesday") against the
// reference date ref (YYYY-MM-DD, or "" for none) and returns its TIMEX3
// value: "2022-07-12", or "XXXX-07-12" when the text has no year and ref is
// empty. ok is false when the text holds no date.
func ParseDate(text, ref string) (value string, ok bool) {
	d := &model.Document{Article: model.Article{Text: text}, RefDate: ref}
	segment.Segment(d)
	s := &scanner{text: d.Text, toks: d.Tokens, qSent: -100}
	s.ref, s.anchored = parseISO(ref)
	for si := range d.Sentences {
		s.scanSentence(si, &d.Sentences[si])
		for _, t := range s.out {
			if t.Type == "DATE" && len(t.Value) >= 4 && t.Value[0] != 'P' && !isRef(t.Value) {
				return t.Value, true
			}
		}
	}
	return "", false
}

func isRef(v string) bool { return v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF" }
