package cameoeval

import (
	"context"
	"os"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/entity"
	"eventgraph/internal/nlp/event"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/quote"
	"eventgraph/internal/nlp/timex"
	"eventgraph/internal/pipeline"
	"eventgraph/internal/sharedtest"
)

// pipelineExtractor runs the stages as the program chains them: entities,
// times, quotes and claims, then events.
func pipelineExtractor() Extractor {
	p := pipeline.New(entity.New(lexicon.Default(), nil), timex.New(), quote.New(), event.New(nil))
	return func(ctx context.Context, date, text string) (*model.Document, error) {
		return p.Run(ctx, model.Article{ID: "gold", Date: date, Text: text})
	}
}

// TestRun_Pipeline scores the chained stages on the shared gold file. It
// reports, it does not gate.
func TestRun_Pipeline(t *testing.T) {
	path := sharedtest.Path(t, "eval/cameo/validation.jsonl")
	var out strings.Builder
	if err := Run(&out, path, os.Getenv("CAMEOEVAL_VERBOSE") != "", pipelineExtractor()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}
