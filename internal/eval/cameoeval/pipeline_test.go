package cameoeval

import (
	"context"
	"os"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/pipeline"
	"eventgraph/internal/sharedtest"
)

// TestRun_Pipeline scores the program's pipeline on the shared gold file and
// logs the figures (go test -v; CAMEOEVAL_VERBOSE=1 lists each miss). It
// reports, it does not gate: the figure is the lead's to track.
func TestRun_Pipeline(t *testing.T) {
	path := sharedtest.Path(t, "eval/cameo/validation.jsonl")
	p := pipeline.Default()
	extract := func(ctx context.Context, date, text string) (*model.Document, error) {
		return p.Run(ctx, model.Article{ID: "gold", Date: date, Text: text})
	}
	var out strings.Builder
	if err := Run(&out, path, os.Getenv("CAMEOEVAL_VERBOSE") != "", extract); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}
