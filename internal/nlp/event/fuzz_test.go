package event

import (
	"context"
	"testing"

	"strings"
	"unicode"
	"unicode/utf8"

	"eventgraph/internal/model"
)

// fuzzSegment is a plain tokenizer for the fuzz test, so that the test
// exercises this stage alone: words, numbers and single punctuation marks;
// a period ends a sentence; one sentence in three is a caption.
func fuzzSegment(d *model.Document) {
	text := d.Text
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		kind := model.TokPunct
		switch {
		case unicode.IsLetter(r) || r == '\'':
			kind = model.TokWord
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && r2 != '-' {
					break
				}
				j += n2
			}
		case unicode.IsDigit(r):
			kind = model.TokNumber
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '-') {
				j++
			}
		case r == '"' || r == '“' || r == '”':
			kind = model.TokQuote
		}
		tk := model.Token{Start: i, End: j, Text: text[i:j], Norm: strings.ToLower(text[i:j]), Kind: kind}
		if unicode.IsUpper(r) {
			tk.Flags |= model.FlagCap
		}
		d.Tokens = append(d.Tokens, tk)
		i = j
	}
	first := 0
	for i, tk := range d.Tokens {
		if tk.Norm == "." || i == len(d.Tokens)-1 {
			s := model.Sentence{Start: d.Tokens[first].Start, End: tk.End, First: first, Last: i + 1}
			if len(d.Sentences)%3 == 2 {
				s.Section = model.SectionCaption
			}
			d.Sentences = append(d.Sentences, s)
			first = i + 1
		}
	}
}

// FuzzStage runs the stage on arbitrary text with every capitalised word
// marked as an actor and every number as a time: it must never panic.
func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"Russia's invasion of Ukraine.",
		"Putin will meet Raisi and Erdogan in Tehran next Tuesday.",
		"“Iran is preparing to train Russian units,” Sullivan said.",
		"According to Reuters, Ghana, which, was attacked by, Togo , and.",
		"X was by by by , , who which that since",
		"",
		"talks talks talks with with between and and",
	} {
		f.Add(s, uint8(3))
	}
	st := New(nil)
	f.Fuzz(func(t *testing.T, text string, every uint8) {
		d := &model.Document{Article: model.Article{Text: text}, RefDate: "2024-01-01"}
		fuzzSegment(d)
		n := int(every%5) + 1
		for i, tk := range d.Tokens {
			switch {
			case tk.Kind == model.TokWord && tk.Is(model.FlagCap) && i%n == 0:
				typ := model.Person
				if i%2 == 0 {
					typ = model.GPE
				}
				kind := model.MentionKind(i % 5)
				d.Entities = append(d.Entities, &model.Entity{ID: "e" + itoa(len(d.Entities)+1), Type: typ, Actor: "ABCGOV",
					Mentions: []model.Mention{{Start: tk.Start, End: tk.End, First: i, Last: i + 1, Kind: kind}}})
			case tk.Kind == model.TokNumber:
				d.Times = append(d.Times, model.Time{Start: tk.Start, End: tk.End, Type: "DATE", Value: tk.Text})
			}
		}
		// broken layers must not crash the stage either
		d.Entities = append(d.Entities, nil, &model.Entity{ID: "bad", Actor: "X", Mentions: []model.Mention{
			{First: len(d.Tokens) - 1, Last: len(d.Tokens) + 3}, {First: 2, Last: 1}, {First: -4, Last: 0}}})
		d.Times = append(d.Times, model.Time{Start: len(text) + 5, End: len(text) + 9, Type: "DATE", Value: "2024"})
		if len(d.Tokens) > 2 {
			d.Claims = append(d.Claims, model.Claim{ID: "c1", Start: d.Tokens[1].Start, End: len(text), Status: model.ClaimDenied,
				By: &model.Ref{Entity: "e1", Actor: "X"}})
			d.Quotes = append(d.Quotes, model.Quote{ID: "q1", Start: 0, End: d.Tokens[1].End})
		}
		if err := st.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, ev := range d.Events {
			if ev.Source == nil || ev.Evidence.Start > ev.Evidence.End || ev.Evidence.End > len(text) || len(ev.Code) < 2 {
				t.Fatalf("bad event %+v", ev)
			}
		}
	})
}
