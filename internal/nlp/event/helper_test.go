package event

import (
	"context"
	"slices"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
)

// markup builds a Document from text in which entity mentions and times are
// marked, standing in for the entity, time and quote stages:
//
//	[Vladimir Putin|RUSGOV]        a name with its actor code (country = first 3 letters)
//	[Tehran|IRN|place]             a place (GPE)
//	[Iranian|IRN|dem]              a demonym mention
//	[military|IRNMIL|org|nom]      a nominal mention (a group noun)
//	[he|RUSGOV|=Vladimir Putin]    a mention of the entity keyed "Vladimir Putin"
//	{next Tuesday|2022-07-19}      a time with its TIMEX value
//	<<…|Key|status>>               a claim by entity Key with a status
//	<<…|Key|status|Denier>>        … denied by entity Denier (at its last mention)
func markup(t testing.TB, text, ref string) *model.Document {
	t.Helper()
	type span struct {
		start, end int
		fields     []string
	}
	var plain strings.Builder
	var ments, times, claims []span
	var claimStack []int
	for i := 0; i < len(text); {
		switch {
		case text[i] == '[' || text[i] == '{':
			close := byte(']')
			if text[i] == '{' {
				close = '}'
			}
			j := strings.IndexByte(text[i:], close)
			if j < 0 {
				t.Fatalf("unclosed mark in %q", text)
			}
			f := strings.Split(text[i+1:i+j], "|")
			sp := span{start: plain.Len(), fields: f}
			plain.WriteString(f[0])
			sp.end = plain.Len()
			if close == ']' {
				ments = append(ments, sp)
			} else {
				times = append(times, sp)
			}
			i += j + 1
		case strings.HasPrefix(text[i:], "<<"):
			claimStack = append(claimStack, plain.Len())
			i += 2
		case strings.HasPrefix(text[i:], "|") && len(claimStack) > 0:
			j := strings.Index(text[i:], ">>")
			f := strings.Split(text[i+1:i+j], "|")
			claims = append(claims, span{start: claimStack[len(claimStack)-1], end: plain.Len(), fields: f})
			claimStack = claimStack[:len(claimStack)-1]
			i += j + 2
		default:
			plain.WriteByte(text[i])
			i++
		}
	}
	d := &model.Document{Article: model.Article{Text: plain.String(), Date: ref}, RefDate: ref}
	segment.Segment(d)
	byKey := map[string]*model.Entity{}
	for _, m := range ments {
		key := m.fields[0]
		kind := model.MentionName
		typ := model.Person
		actor := ""
		if len(m.fields) > 1 {
			actor = m.fields[1]
		}
		for _, f := range m.fields[2:] {
			switch {
			case f == "place":
				typ = model.GPE
			case f == "dem":
				kind = model.MentionDemonym
			case f == "nom":
				kind = model.MentionNominal
			case f == "org":
				typ = model.Org
			case f == "fac":
				typ = model.Fac
			case strings.HasPrefix(f, "="):
				key = f[1:]
				kind = model.MentionPronoun
			}
		}
		e := byKey[key]
		if e == nil {
			e = &model.Entity{ID: "e" + itoa(len(d.Entities)+1), Name: key, Type: typ, Actor: actor}
			if len(actor) >= 3 && actor[:3] != "---" && actor[:3] != "IGO" {
				e.Country = actor[:3]
			}
			byKey[key] = e
			d.Entities = append(d.Entities, e)
		}
		first, last := d.TokenAt(m.start), d.TokenAt(m.end)
		e.Mentions = append(e.Mentions, model.Mention{Start: m.start, End: m.end, Text: d.Text[m.start:m.end],
			First: first, Last: last, Sentence: d.SentenceAt(m.start), Kind: kind})
	}
	for _, tm := range times {
		d.Times = append(d.Times, model.Time{Start: tm.start, End: tm.end, Text: d.Text[tm.start:tm.end], Type: "DATE",
			Value: tm.fields[1], Sentence: d.SentenceAt(tm.start)})
	}
	for k, c := range claims {
		by := byKey[c.fields[0]]
		cl := model.Claim{ID: "c" + itoa(k+1), Start: c.start, End: c.end, Text: d.Text[c.start:c.end], By: by.Ref(),
			Status: model.ClaimAsserted}
		if len(c.fields) > 1 {
			cl.Status = c.fields[1]
		}
		if len(c.fields) > 2 {
			// the denier: its last mention stands for the denial's words
			dn := byKey[c.fields[2]]
			m := dn.Mentions[len(dn.Mentions)-1]
			cl.DeniedBy = append(cl.DeniedBy, model.Denial{By: dn.Ref(), Start: m.Start, End: m.End})
		}
		d.Claims = append(d.Claims, cl)
		// the quote stage makes a claim of an indirect quote's content
		d.Quotes = append(d.Quotes, model.Quote{ID: "q" + itoa(k+1), Start: c.start, End: c.end, Text: cl.Text,
			Kind: model.QuoteIndirect, Speaker: by.Ref()})
	}
	return d
}

// code runs the stage on marked-up text.
func code(t testing.TB, text, ref string) *model.Document {
	t.Helper()
	d := markup(t, text, ref)
	if err := New(nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// brief renders an event as "RUS>IRN 04 planned 2022-07-19" (root, modality, date).
func brief(ev model.Event) string {
	tgt := "-"
	if ev.Target != nil {
		tgt = ev.Target.Actor
	}
	return ev.Source.Actor + ">" + tgt + " " + ev.Root + " " + ev.Modality + " " + ev.Date
}

// eventCase is a marked-up text and the events it must give, in brief()
// form, in any order.
type eventCase struct {
	name string
	text string
	want []string
}

// runCases codes each case's text on the reference date and compares its
// events with the case's, logging what came out on a mismatch.
func runCases(t *testing.T, date string, cases []eventCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := code(t, c.text, date)
			var got []string
			for _, ev := range d.Events {
				got = append(got, brief(ev))
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
				for _, ev := range d.Events {
					t.Logf("  %s %s %q", ev.Code, ev.Label, ev.Evidence.Text)
				}
			}
		})
	}
}
