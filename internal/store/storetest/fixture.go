package storetest

import (
	"fmt"
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// Ev describes one event of a fixture article.
type Ev struct {
	Code         string
	Src, Tgt     string // actor codes; "" for none
	SrcName      string // name used when Src is "" (defaults from the code)
	TgtName      string
	Modality     string
	Date         string
	Place        string // place name; "" for none
	PlaceCountry string
	PlaceKind    string
	NoTarget     bool
}

var countries = map[string]string{"USA": "United States", "IRN": "Iran", "RUS": "Russia", "UKR": "Ukraine", "CHN": "China"}

// actorName invents a plausible name for an actor code.
func actorName(code string) string {
	if len(code) >= 3 {
		if n, ok := countries[code[:3]]; ok {
			return n
		}
	}
	return code
}

// Words returns n distinct filler words seeded by seed, so that fixture
// texts are long enough for MinHash and unlike each other.
func Words(seed string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s%d ", seed, i)
	}
	return b.String()
}

// Record builds a record for an article with these events and a plausible
// Result: entities for every actor and place, a time, a quote and a claim.
func Record(id, url, source, date string, evs ...Ev) *store.Record {
	text := "Officials met on Tuesday. \"We will talk,\" the minister said. " + Words(id+"w", 40)
	a := model.Article{ID: id, URL: url, Title: "Report " + id, Date: date, Text: text}
	r := &model.Result{ID: id, Title: &a.Title, Date: &a.Date, URL: url,
		Sentences: []model.ResultSentence{{Start: 0, End: 25, Section: "body"}},
		Entities:  []model.ResultEntity{}, Times: []model.ResultTime{}, Quotes: []model.ResultQuote{},
		Claims: []model.ResultClaim{}, Events: []model.ResultEvent{}}
	ents := map[string]*model.Ref{}
	entity := func(code, name, typ, country, kind string) *model.Ref {
		k := code + "|" + name
		if ref, ok := ents[k]; ok {
			return ref
		}
		eid := fmt.Sprintf("e%d", len(r.Entities)+1)
		re := model.ResultEntity{ID: eid, Name: name, Type: model.EntityType(typ),
			Mentions: []model.ResultSpan{{Start: 0, End: 9, Text: "Officials"}}}
		if code != "" {
			c := code
			re.Actor = &c
		}
		if country != "" {
			c := country
			re.Country = &c
		}
		if kind != "" {
			re.Geo = &model.Geo{Lat: 50.45, Lon: 30.52, Kind: kind, GeonameID: 703448}
		}
		r.Entities = append(r.Entities, re)
		ref := &model.Ref{Entity: eid, Name: name, Actor: code}
		ents[k] = ref
		return ref
	}
	ref := func(code, name string) *model.Ref {
		if name == "" {
			name = actorName(code)
		}
		country := ""
		if len(code) >= 3 {
			if _, ok := countries[code[:3]]; ok {
				country = code[:3]
			}
		}
		typ := "ORG"
		if len(code) == 3 {
			typ = "GPE"
		}
		return entity(code, name, typ, country, "")
	}
	for i, e := range evs {
		ev := model.ResultEvent{ID: fmt.Sprintf("v%d", i+1), Code: e.Code, Root: e.Code[:2], Label: "Label " + e.Code,
			QuadClass: quad(e.Code), Goldstein: 1.9, Modality: e.Modality, Sentence: 0,
			Evidence: model.ResultSpan{Start: 0, End: 25, Text: "Officials met on Tuesday."}}
		if ev.Modality == "" {
			ev.Modality = model.ModAsserted
		}
		ev.Source = ref(e.Src, e.SrcName)
		if !e.NoTarget {
			ev.Target = ref(e.Tgt, e.TgtName)
		}
		if e.Date != "" {
			d := e.Date
			ev.Date = &d
		}
		if e.Place != "" {
			p := entity("", e.Place, "GPE", e.PlaceCountry, e.PlaceKind)
			ev.Place = &p.Entity
		}
		r.Events = append(r.Events, ev)
	}
	r.Times = append(r.Times, model.ResultTime{Start: 17, End: 24, Text: "Tuesday", Type: "DATE", Value: date})
	speaker := ref("USAGOV", "")
	r.Quotes = append(r.Quotes, model.ResultQuote{ID: "q1", Start: 27, End: 39, Text: "We will talk", Kind: model.QuoteDirect,
		Speaker: speaker, Cue: &model.ResultSpan{Start: 55, End: 59, Text: "said"}})
	r.Claims = append(r.Claims, model.ResultClaim{ID: "c1", Start: 27, End: 39, Text: "We will talk", By: speaker,
		Status: model.ClaimAsserted, DeniedBy: []model.ResultDenial{}})
	return &store.Record{Article: a, Source: source, Origin: "fixture", Result: r}
}

// quad returns a plausible quad class for a CAMEO code.
func quad(code string) int {
	switch {
	case code < "06":
		return 1
	case code < "10":
		return 2
	case code < "15":
		return 3
	}
	return 4
}
