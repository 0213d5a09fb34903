package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/segment"
	"eventgraph/internal/pipeline"
	"eventgraph/internal/sharedtest"
)

func loadCorpus(tb testing.TB, n int) []string {
	arts, _ := sharedtest.Corpus(tb, n)
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Text
	}
	return out
}

// BenchmarkSegmentLexicon measures the first pass every article takes:
// segmentation and one lexicon match over every sentence.
func BenchmarkSegmentLexicon(b *testing.B) {
	arts := loadCorpus(b, 2000)
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a))
	}
	lex := lexicon.Default()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			d := &model.Document{Article: model.Article{Text: a}}
			segment.Segment(d)
			for _, s := range d.Sentences {
				lex.Match(d.Tokens[s.First:s.Last], func(lexicon.Match) bool { return true })
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkPipeline measures every stage on Reuters articles.
func BenchmarkPipeline(b *testing.B) {
	arts := loadCorpus(b, 1000)
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a))
	}
	p := pipeline.Default()
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := p.Run(ctx, model.Article{ID: "r", Date: "1987-03-01", Text: a}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

type panicStage struct{}

func (panicStage) Name() string { return "boom" }
func (panicStage) Run(context.Context, *model.Document) error {
	var m map[string]int
	//lint:ignore SA5000 the test needs a stage that panics like a buggy one
	m["x"]++
	return nil
}

func TestPipeline_PanicIsAnArticleError(t *testing.T) {
	p := pipeline.New(panicStage{})
	_, err := p.Run(context.Background(), model.Article{ID: "a", Text: "Iran denied it."})
	if !errors.Is(err, pipeline.ErrInternal) || !strings.Contains(err.Error(), "boom") {
		t.Errorf("got %v, want an internal error naming the stage", err)
	}
}

func TestPipeline_Stages(t *testing.T) {
	got := strings.Join(pipeline.Default().Stages(), ",")
	if want := "segment,timex,entity,quote,event"; got != want {
		t.Errorf("stages: got %s, want %s", got, want)
	}
}

// TestPipeline_Concurrent runs the shared pipeline on the same articles from
// several goroutines (under -race in CI) and checks that every run gives the
// result a lone run gives: the stages share only read-only resources.
func TestPipeline_Concurrent(t *testing.T) {
	b, err := os.ReadFile("../../testdata/gold/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var arts []model.Article
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var a struct{ ID, Date, Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, model.Article{ID: a.ID, Date: a.Date, Text: a.Text})
	}
	p := pipeline.Default()
	ctx := context.Background()
	digest := func(a model.Article) string {
		d, err := p.Run(ctx, a)
		if err != nil {
			t.Error(err)
			return ""
		}
		out, _ := json.Marshal(model.NewResult(d))
		return string(out)
	}
	want := make([]string, len(arts))
	for i, a := range arts {
		want[i] = digest(a)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range arts {
				i := (k + g) % len(arts)
				if got := digest(arts[i]); got != want[i] {
					t.Errorf("%s: a concurrent run differs from a lone one", arts[i].ID)
				}
			}
		}()
	}
	wg.Wait()
}
