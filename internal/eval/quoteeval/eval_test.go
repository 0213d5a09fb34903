package quoteeval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/quote"
	qt "eventgraph/internal/nlp/quote/quotetest"
	"eventgraph/internal/sharedtest"
)

// crude runs segmentation, the test helper's crude entity pass and the
// quote stage: the quote stage's own figures before the entity stage.
func crude(ctx context.Context, text string) (*model.Document, error) {
	d := qt.Doc(text)
	qt.Names(d)
	if err := quote.New().Run(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

func TestRun_Synthetic(t *testing.T) {
	text := "“We will win,” Smith said. Jones said the plan would fail."
	gold := `{"id":"a","text":"“We will win,” Smith said. Jones said the plan would fail.","quotes":[` +
		`{"id":"E1","start":0,"end":14,"text":"“We will win,”","speaker":"Smith","speaker_start":15,"speaker_end":20,"cue":"said","cue_start":21,"cue_end":25,"direct":true},` +
		`{"id":"E2","start":38,"end":57,"text":"the plan would fail","speaker":"Jones","speaker_start":27,"speaker_end":32,"cue":"said","cue_start":33,"cue_end":37,"direct":false}]}`
	if got := []rune(text)[38:57]; string(got) != "the plan would fail" {
		t.Fatalf("fixture offsets: got %q", string(got))
	}
	p := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(p, []byte(gold+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Run(&out, p, true, crude); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	want := "quotes gold.jsonl: content_F1 1.000 speaker_acc 1.000 content_speaker_F1 1.000"
	if last != want {
		t.Errorf("got %q, want %q\n%s", last, want, out.String())
	}
	if !strings.Contains(out.String(), "content_speaker P 1.000 R 1.000 F1 1.000") {
		t.Errorf("all-attribution figures are not perfect:\n%s", out.String())
	}
}

func TestRun_MissingFile(t *testing.T) {
	if err := Run(&bytes.Buffer{}, filepath.Join(t.TempDir(), "none.jsonl"), false, crude); err == nil {
		t.Error("got nil error for a missing gold file")
	}
}

// TestRun_PolNeAR measures the stage with the crude entity pass on the
// PolNeAR test split when the shared folder is present.
func TestRun_PolNeAR(t *testing.T) {
	rel := "eval/quotes/polnear_test.jsonl"
	if s := os.Getenv("QUOTEEVAL_SPLIT"); s != "" {
		rel = "eval/quotes/polnear_" + s + ".jsonl"
	}
	p := sharedtest.Path(t, rel)
	var out bytes.Buffer
	if err := Run(&out, p, os.Getenv("QUOTEEVAL_VERBOSE") != "", crude); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}
