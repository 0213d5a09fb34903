package eventgraph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"eventgraph"
)

func seed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("examples/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExtract_Schema checks the output of the seed article against the JSON
// Schema the repository publishes, and that every span is its slice of the
// text in code points.
func TestExtract_Schema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("docs/output.schema.json")
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	text := seed(t)
	res, err := eventgraph.New().Extract(context.Background(), eventgraph.Article{ID: "seed", Date: "2022-07-12", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("output does not match docs/output.schema.json: %v", err)
	}
	runes := []rune(text)
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("entity %s mention %d..%d: text %q, slice %q", e.ID, m.Start, m.End, m.Text, got)
			}
		}
	}
	for _, tm := range res.Times {
		if got := string(runes[tm.Start:tm.End]); got != tm.Text {
			t.Errorf("time %d..%d: text %q, slice %q", tm.Start, tm.End, tm.Text, got)
		}
	}
}

func TestExtract_Errors(t *testing.T) {
	x := eventgraph.New()
	ctx := context.Background()
	for name, tc := range map[string]struct {
		a    eventgraph.Article
		want error
	}{
		"Empty":   {eventgraph.Article{ID: "a"}, eventgraph.ErrEmpty},
		"NotUTF8": {eventgraph.Article{ID: "a", Text: "abc\xff\xfe"}, eventgraph.ErrNotUTF8},
		"BadDate": {eventgraph.Article{ID: "a", Text: "Iran said.", Date: "2022-13-01"}, eventgraph.ErrBadDate},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := x.Extract(ctx, tc.a); !errors.Is(err, tc.want) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Putin met Raisi in Tehran.", "“Quote,” he said.", "MOSCOW, July 12 - x", "\u201c\u201c\u201d", "(Photo by A / AFP)"} {
		f.Add(s)
	}
	x := eventgraph.New()
	f.Fuzz(func(t *testing.T, s string) {
		res, err := x.Extract(context.Background(), eventgraph.Article{ID: "f", Date: "2022-07-12", Text: s})
		if err != nil {
			return
		}
		n := len([]rune(s))
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > n || m.Start >= m.End {
					t.Fatalf("mention %d..%d outside text of %d runes", m.Start, m.End, n)
				}
			}
		}
	})
}

// BenchmarkExtract measures the whole pipeline and the JSON encoding on the
// seed article; `eventgraph bench` does the same over a corpus.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("examples/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	x := eventgraph.New()
	a := eventgraph.Article{ID: "seed", Date: "2022-07-12", Text: string(text)}
	words := len(strings.Fields(a.Text))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res, err := x.Extract(context.Background(), a)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestExtract_TwoDenialsInOneSentence: a second denial after the first
// one's object ("dismissed the findings and called Seoul's accusation
// absurd", in dev4-11 of the repository's gold) answers its own claim.
func TestExtract_TwoDenialsInOneSentence(t *testing.T) {
	b, err := os.ReadFile("testdata/gold/dev4.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var c struct{ ID, Date, Text string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		if c.ID != "dev4-11" {
			continue
		}
		res, err := eventgraph.New().Extract(context.Background(), eventgraph.Article{ID: c.ID, Date: c.Date, Text: c.Text})
		if err != nil {
			t.Fatal(err)
		}
		for _, cl := range res.Claims {
			if cl.By == nil || cl.By.Name != "Seoul" {
				continue
			}
			for _, d := range cl.DeniedBy {
				if d.Name == "Kang Chol" {
					return
				}
			}
		}
		t.Fatalf("no claim by Seoul denied by Kang Chol: %+v", res.Claims)
	}
	t.Fatal("dev4-11 not found")
}

// TestExtract_Contract runs the analysis over the repository's gold
// articles and checks what spec/OUTPUT.md promises of every result: spans
// that are their slice of the text, references that resolve, claims with an
// author.
func TestExtract_Contract(t *testing.T) {
	x := eventgraph.New()
	for _, path := range []string{"testdata/gold/dev.jsonl", "testdata/gold/dev2.jsonl", "testdata/gold/dev3.jsonl",
		"testdata/gold/dev4.jsonl", "testdata/gold/test.jsonl"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var c struct{ ID, Date, Text string }
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				t.Fatal(err)
			}
			res, err := x.Extract(context.Background(), eventgraph.Article{ID: c.ID, Date: c.Date, Text: c.Text})
			if err != nil {
				t.Fatalf("%s: %v", c.ID, err)
			}
			checkContract(t, c.ID, []rune(c.Text), res)
			// the CLI's hand-written encoder writes what encoding/json would
			want, err := json.Marshal(res)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := res.AppendJSON(nil); err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s: AppendJSON differs from json.Marshal (err %v)", c.ID, err)
			}
		}
	}
}

func checkContract(t *testing.T, id string, text []rune, res *eventgraph.Result) {
	t.Helper()
	ids := map[string]bool{}
	span := func(what string, s, e int, got string) {
		if s < 0 || e > len(text) || s >= e || string(text[s:e]) != got {
			t.Errorf("%s: %s %d..%d %q is not its slice of the text", id, what, s, e, got)
		}
	}
	for _, e := range res.Entities {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			span("mention of "+e.ID, m.Start, m.End, m.Text)
		}
	}
	ref := func(what, entity string, nullable bool) {
		if entity == "" && nullable {
			return
		}
		if !ids[entity] {
			t.Errorf("%s: %s refers to entity %q, which is not in entities", id, what, entity)
		}
	}
	for _, tm := range res.Times {
		span("time", tm.Start, tm.End, tm.Text)
	}
	for _, q := range res.Quotes {
		span("quote "+q.ID, q.Start, q.End, q.Text)
		if q.Speaker != nil {
			ref("quote "+q.ID+" speaker", q.Speaker.Entity, false)
		}
	}
	for _, c := range res.Claims {
		span("claim "+c.ID, c.Start, c.End, c.Text)
		if c.By == nil {
			t.Errorf("%s: claim %s has no author", id, c.ID)
		} else {
			ref("claim "+c.ID+" by", c.By.Entity, false)
		}
		for _, d := range c.DeniedBy {
			ref("claim "+c.ID+" denied_by", d.Entity, false)
		}
	}
	for _, v := range res.Events {
		span("event "+v.ID+" evidence", v.Evidence.Start, v.Evidence.End, v.Evidence.Text)
		if v.Source == nil {
			t.Errorf("%s: event %s has no source", id, v.ID)
		} else {
			ref("event "+v.ID+" source", v.Source.Entity, false)
		}
		if v.Target != nil {
			ref("event "+v.ID+" target", v.Target.Entity, false)
		}
		if v.Attribution != nil {
			ref("event "+v.ID+" attribution", v.Attribution.Entity, false)
		}
		if v.Place != nil {
			ref("event "+v.ID+" place", *v.Place, false)
		}
	}
}
