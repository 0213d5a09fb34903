package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventgraph/internal/model"
)

// fakeExtractor is an ingest.Extractor whose behaviour the test sets.
type fakeExtractor struct {
	ExtractFunc func(ctx context.Context, a model.Article) (*model.Result, error)
}

func (f *fakeExtractor) Extract(ctx context.Context, a model.Article) (*model.Result, error) {
	return f.ExtractFunc(ctx, a)
}

// storyActors are what the fake extractor finds in test stories.
var storyActors = map[string]struct {
	code, country string
	lat, lon      float64
}{
	"Russia": {"RUSGOV", "RUS", 61.5, 105.3}, "Iran": {"IRNGOV", "IRN", 32.4, 53.7},
	"Ukraine": {"UKRMIL", "UKR", 48.4, 31.2}, "Turkey": {"TURGOV", "TUR", 38.9, 35.2},
}

// fakeResult returns one event per story, "SOURCE <verb> TARGET in PLACE":
// the verb picks the code and the modality (denies → denied).
func fakeResult(_ context.Context, a model.Article) (*model.Result, error) {
	r := &model.Result{ID: a.ID, URL: a.URL, Sentences: []model.ResultSentence{{Start: 0, End: len([]rune(a.Text)), Section: "body"}},
		Entities: []model.ResultEntity{}, Times: []model.ResultTime{}, Quotes: []model.ResultQuote{},
		Claims: []model.ResultClaim{}, Events: []model.ResultEvent{}}
	if a.Date != "" {
		r.Date = &a.Date
	}
	f := strings.Fields(strings.TrimSuffix(strings.Split(a.Text, ".")[0], "."))
	if len(f) < 3 {
		return r, nil
	}
	ref := func(name string) *model.Ref {
		info := storyActors[name]
		id := fmt.Sprintf("e%d", len(r.Entities)+1)
		code, country := info.code, info.country
		r.Entities = append(r.Entities, model.ResultEntity{ID: id, Name: name, Type: model.GPE, Actor: &code, Country: &country,
			Geo:      &model.Geo{Lat: info.lat, Lon: info.lon, Kind: "country", GeonameID: 1000 + len(r.Entities)},
			Mentions: []model.ResultSpan{{Start: 0, End: len(name), Text: name}}})
		return &model.Ref{Entity: id, Name: name, Actor: code}
	}
	ev := model.ResultEvent{ID: "v1", Code: "042", Root: "04", Label: "Make a visit", QuadClass: 1, Goldstein: 1.9,
		Modality: model.ModAsserted, Sentence: 0, Evidence: model.ResultSpan{Start: 0, End: len([]rune(a.Text)), Text: a.Text}}
	switch f[1] {
	case "attacks":
		ev.Code, ev.Root, ev.Label, ev.QuadClass, ev.Goldstein = "190", "19", "Use conventional military force", 4, -10
	case "denies":
		ev.Modality = model.ModDenied
		r.Claims = append(r.Claims, model.ResultClaim{ID: "c1", Start: 0, End: 5, Text: "visit", Status: model.ClaimDenied,
			DeniedBy: []model.ResultDenial{}})
		c := "c1"
		ev.Claim = &c
	}
	ev.Source, ev.Target = ref(f[0]), ref(f[2])
	if len(f) >= 5 && f[3] == "in" {
		p := strings.Trim(f[4], ",.!")
		id := fmt.Sprintf("e%d", len(r.Entities)+1)
		r.Entities = append(r.Entities, model.ResultEntity{ID: id, Name: p, Type: model.GPE,
			Geo: &model.Geo{Lat: 35.69, Lon: 51.39, Kind: "city", GeonameID: 112931}, Mentions: []model.ResultSpan{}})
		ev.Place = &id
	}
	if a.Date != "" {
		d := a.Date
		ev.Date = &d
	}
	r.Events = append(r.Events, ev)
	return r, nil
}

// runCmd runs one subcommand with the fake extractor wired into ingest.
func runCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	var err error
	switch args[0] {
	case "ingest":
		err = (&IngestCommand{Main: m, Extractor: &fakeExtractor{ExtractFunc: fakeResult}}).Run(context.Background(), args[1:])
	default:
		err = m.Run(context.Background(), args)
	}
	return out.String(), errb.String(), err
}

// storyCorpus writes a JSONL file of stories and returns its path: a visit
// reported by three outlets (one denies it), an attack, and a wire copy.
func storyCorpus(t *testing.T, dir string) string {
	t.Helper()
	pad := " The statement came after a week of talks between officials of both governments about trade, security and energy cooperation in the region."
	lines := []string{
		`{"id":"s1","url":"https://www.alpha.example/1","date":"2022-07-19","title":"Visit","text":"Russia visits Iran in Tehran.` + pad + `"}`,
		`{"id":"s2","url":"https://beta.example/2","date":"2022-07-20","text":"Russia visits Iran in Tehran, officials said on Wednesday after the leaders met for three hours."}`,
		`{"id":"s3","url":"https://gamma.example/3","date":"2022-07-19","text":"Russia denies Iran visit, said a spokesman; the Kremlin called the reports false."}`,
		`{"id":"s4","url":"https://beta.example/4","date":"2022-07-21","text":"Russia attacks Ukraine near Kharkiv, the military said."}`,
		`{"id":"s5","url":"https://delta.example/5","date":"2022-07-19","title":"Wire copy","text":"Russia visits Iran in Tehran!` + pad + `"}`,
	}
	p := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIngest_Command(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "eg.db")
	src := storyCorpus(t, dir)
	bad := filepath.Join(dir, "bad.xml")
	os.WriteFile(bad, []byte("<rss><channel><item><title>x</title>"), 0o644)

	_, stderr, err := runCmd(t, "ingest", "--db", db, "--workers", "2", src, bad, filepath.Join(dir, "missing.txt"))
	if !errors.Is(err, errReported) {
		t.Fatalf("got %v, want errReported (sources failed)", err)
	}
	for _, want := range []string{"5 read, 4 new, 0 duplicate, 1 near-duplicate, 2 failed", "bad.xml: parse feed", "missing.txt: no such file"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	_, stderr, err = runCmd(t, "ingest", "--db", db, src)
	if err != nil {
		t.Fatalf("re-ingest: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "5 read, 0 new, 5 duplicate") {
		t.Errorf("re-ingest: got %s", stderr)
	}
}

func TestIngest_UsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--workers", "0", "x"},
		{"ingest", "--window", "-1", "x"},
		{"ingest", "--nope", "x"},
	} {
		_, _, err := runCmd(t, args...)
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
	}
}
