package model

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// TestAppendJSON_MatchesMarshal checks that the hand-written encoder gives
// exactly the bytes of json.Marshal, on strings that need escaping, absent
// and present optional values, and floats in every format.
func TestAppendJSON_MatchesMarshal(t *testing.T) {
	str := func(s string) *string { return &s }
	tricky := []string{"", "plain", `a "quoted" \ back`, "<b>&amp;</b>", "tab\tnl\ncr\rbs\bff\f\x00\x1f\x7f",
		"Erdoğan’s “word” — 東京", "line\u2028para\u2029", "bad \xff\xfe utf8 \xe2\x82", "emoji 😀"}
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 6.4, 1e-7, -3.2e-9, 1e21, 123456789012345678901234.0,
		1e20, 0.000001, 52.55131, -13.1582, math.MaxFloat64, math.SmallestNonzeroFloat64}
	ref := &Ref{Entity: "e1", Name: tricky[5], Actor: "TUR"}
	var results []*Result
	for i, s := range tricky {
		f := floats[i%len(floats)]
		r := &Result{ID: s, Title: str(s), URL: s, Sentences: []ResultSentence{{Start: i, End: i + 10, Section: "body"}},
			Entities: []ResultEntity{
				{ID: "e1", Name: s, Type: GPE, Actor: str("BRA"), Geo: &Geo{Lat: f, Lon: -f, Kind: "city", GeonameID: i, Admin1: s},
					Mentions: []ResultSpan{{Start: 1, End: 2, Text: s}}},
				{ID: "e2", Name: "x", Type: Person, Role: str(s), Mentions: []ResultSpan{}},
			},
			Times:  []ResultTime{{Start: 3, End: 4, Text: s, Type: "DATE", Value: "2022-07-12", Mod: str("APPROX")}, {Text: s}},
			Quotes: []ResultQuote{{ID: "q1", Text: s, Kind: "direct", Speaker: ref, Cue: &ResultSpan{Text: "said"}}, {ID: "q2"}},
			Claims: []ResultClaim{{ID: "c1", Text: s, By: ref, Status: "denied",
				DeniedBy: []ResultDenial{{Entity: "e2", Name: s, Actor: "", Start: 5, End: 6}}}, {ID: "c2", DeniedBy: []ResultDenial{}}},
			Events: []ResultEvent{{ID: "v1", Code: "042", Root: "04", Label: s, QuadClass: 1, Goldstein: f, Source: ref,
				Modality: "asserted", Date: str("2022"), Place: str(s), Attribution: ref, Claim: str("c1"), Sentence: 2,
				Evidence: ResultSpan{Start: 7, End: 9, Text: s}}},
		}
		results = append(results, r)
	}
	for i, f := range floats {
		results = append(results, &Result{ID: "f", Events: []ResultEvent{{Goldstein: f}},
			Entities: []ResultEntity{{Geo: &Geo{Lat: f, Lon: floats[len(floats)-1-i]}}}})
	}
	results = append(results, &Result{}, NewResult(&Document{Article: Article{ID: "d", Text: "Erdoğan spoke."}}))
	for i, r := range results {
		want, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.AppendJSON([]byte("prefix"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got[len("prefix"):], want) {
			t.Errorf("result %d:\n got %s\nwant %s", i, got[len("prefix"):], want)
		}
	}
}

func TestAppendJSON_NaN(t *testing.T) {
	r := &Result{Events: []ResultEvent{{Goldstein: math.NaN()}}}
	_, want := json.Marshal(r)
	_, got := r.AppendJSON(nil)
	if got == nil || want == nil || got.Error() != want.Error() {
		t.Errorf("got error %v, want %v", got, want)
	}
}
