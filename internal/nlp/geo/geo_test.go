package geo

import (
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
)

func cands(t *testing.T, name string) []*lexicon.Entry {
	t.Helper()
	es := Places(lexicon.Default().Lookup(name))
	if len(es) == 0 {
		t.Fatalf("Lookup(%q): no place entries", name)
	}
	return es
}

type want struct {
	country string
	kind    string
	name    string // "" = any
}

func TestResolve(t *testing.T) {
	type mention struct {
		name      string
		qualifier string
		dateline  bool
		sentence  int
	}
	tests := []struct {
		name     string
		mentions []mention
		demonyms map[int][]string
		check    int // index of the mention to check
		want     want
	}{
		{"Moscow", []mention{{name: "Moscow"}}, nil, 0, want{"RUS", "city", "Moscow"}},
		{"WashingtonIsDC", []mention{{name: "Washington"}}, nil, 0, want{"USA", "city", "Washington, D.C."}},
		{"WashingtonState", []mention{{name: "Washington state"}}, nil, 0, want{"USA", "admin1", "Washington"}},
		{"ParisFrance", []mention{{name: "Lyon"}, {name: "Paris"}}, nil, 1, want{"FRA", "city", "Paris"}},
		{"ParisTexas", []mention{{name: "Paris", qualifier: "Texas"}}, nil, 0, want{"USA", "city", "Paris"}},
		{"TripoliLibya", []mention{{name: "Tripoli"}}, nil, 0, want{"LBY", "city", "Tripoli"}},
		{"TripoliLebanon", []mention{{name: "Beirut", dateline: true}, {name: "Tripoli"}, {name: "Lebanon"}}, nil, 1, want{"LBN", "city", "Tripoli"}},
		{"TripoliLebaneseSentence", []mention{{name: "Tripoli", sentence: 2}}, map[int][]string{2: {"LBN"}}, 0, want{"LBN", "city", "Tripoli"}},
		{"GeorgiaCountry", []mention{{name: "Georgia"}, {name: "Tbilisi"}}, nil, 0, want{"GEO", "country", ""}},
		{"GeorgiaAlone", []mention{{name: "Georgia"}}, nil, 0, want{"GEO", "country", ""}},
		{"GeorgiaState", []mention{{name: "Atlanta"}, {name: "Georgia"}, {name: "Florida"}, {name: "Alabama"}}, nil, 1, want{"USA", "admin1", "Georgia"}},
		{"Kremlin", []mention{{name: "Kremlin"}}, nil, 0, want{"RUS", "landmark", "Kremlin"}},
		{"RedSea", []mention{{name: "Red Sea"}}, nil, 0, want{"", "water", "Red Sea"}},
		{"Iran", []mention{{name: "Iran"}}, nil, 0, want{"IRN", "country", "Iran"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for _, m := range tc.mentions {
				mn := Mention{Cands: cands(t, m.name), Sentence: m.sentence, Dateline: m.dateline}
				if m.qualifier != "" {
					mn.Qualifier = cands(t, m.qualifier)
				}
				ms = append(ms, mn)
			}
			got := Resolve(ms, Context{SentenceCountries: tc.demonyms})[tc.check]
			if got == nil {
				t.Fatalf("got nil, want %+v", tc.want)
			}
			if got.Country != tc.want.country || got.Kind.String() != tc.want.kind || (tc.want.name != "" && got.Name != tc.want.name) {
				t.Errorf("got %s %s %q (pop %d), want %+v", got.Country, got.Kind, got.Name, got.Population, tc.want)
			}
		})
	}
}

func TestResolve_Empty(t *testing.T) {
	got := Resolve([]Mention{{}, {Cands: []*lexicon.Entry{nil}}}, Context{})
	if len(got) != 2 || got[0] != nil || got[1] != nil {
		t.Errorf("got %v, want two nils", got)
	}
}

func TestGeo(t *testing.T) {
	e := cands(t, "Tehran")[0]
	g := Geo(e)
	if g == nil || g.Kind != "city" || g.GeonameID == 0 || g.Lat < 35 || g.Lat > 36 {
		t.Errorf("Geo(Tehran) = %+v", g)
	}
	if Geo(nil) != nil {
		t.Error("Geo(nil) != nil")
	}
}

// TestFromMatches runs the whole path on a small document: lexicon matches,
// mentions with qualifier and demonyms, resolution.
func TestFromMatches(t *testing.T) {
	text := "Officials in Paris, Texas, said Lebanese forces entered Tripoli."
	d := &model.Document{Article: model.Article{Text: text}}
	off := 0
	for _, w := range lexicon.Split(text) {
		i := strings.Index(text[off:], w) + off
		d.Tokens = append(d.Tokens, model.Token{Start: i, End: i + len(w), Text: w, Norm: lexicon.Normalize(w)})
		off = i + len(w)
	}
	d.Sentences = []model.Sentence{{Start: 0, End: len(text), First: 0, Last: len(d.Tokens)}}
	var ms []lexicon.Match
	lexicon.Default().Match(d.Tokens, func(m lexicon.Match) bool { ms = append(ms, m); return true })
	mentions, ctx, idx := FromMatches(d, ms)
	res := Resolve(mentions, ctx)
	got := map[string]string{}
	for i, e := range res {
		m := ms[idx[i]]
		got[d.Text[d.Tokens[m.First].Start:d.Tokens[m.Last-1].End]] = e.Country + " " + e.Kind.String()
	}
	for name, w := range map[string]string{"Paris": "USA city", "Texas": "USA admin1", "Tripoli": "LBN city"} {
		if got[name] != w {
			t.Errorf("%s: got %q, want %q (all: %v)", name, got[name], w, got)
		}
	}
}
