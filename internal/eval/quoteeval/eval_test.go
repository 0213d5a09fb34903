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

// TestRun_HeadlineIsAll checks that the last line scores all attributions:
// the direct quote is found and the unattributed gold item is not, so the
// direct-only figures are perfect and the headline is not.
func TestRun_HeadlineIsAll(t *testing.T) {
	text := "“We will win,” Smith said. The plan would fail by the spring."
	gold := `{"id":"a","text":"“We will win,” Smith said. The plan would fail by the spring.","quotes":[` +
		`{"id":"E1","start":0,"end":14,"text":"“We will win,”","speaker":"Smith","speaker_start":15,"speaker_end":20,"cue":"said","cue_start":21,"cue_end":25,"direct":true},` +
		`{"id":"E2","start":27,"end":60,"text":"The plan would fail by the spring","speaker":null,"speaker_start":null,"speaker_end":null,"cue":null,"cue_start":null,"cue_end":null,"direct":false}]}`
	if got := string([]rune(text)[27:60]); got != "The plan would fail by the spring" {
		t.Fatalf("fixture offsets: got %q", got)
	}
	p := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(p, []byte(gold+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Run(&out, p, false, crude); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for _, tc := range []struct {
		name, prefix, want string
	}{
		{"AllBlock", "quotes gold.jsonl all attributions:", "quotes gold.jsonl all attributions: gold 2 pred 1"},
		{"DirectBlock", "quotes gold.jsonl direct quotes only:", "quotes gold.jsonl direct quotes only: gold 1 pred 1"},
		{"Headline", "quotes gold.jsonl: ", "quotes gold.jsonl: content_F1 0.667 speaker_acc 1.000 content_speaker_F1 0.667"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, l := range lines {
				if strings.HasPrefix(l, tc.prefix) {
					got = l
				}
			}
			if got != tc.want {
				t.Errorf("got %q, want %q\n%s", got, tc.want, out.String())
			}
		})
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "quotes gold.jsonl: ") {
		t.Errorf("got last line %q, want the headline", last)
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

func TestGoldMarked(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		start int
		want  bool
	}{
		{"Straight", `"Yes," he said.`, 1, true},
		{"Curly", "“Yes,” he said.", len("“"), true},
		{"Typewriter", "''Yes,'' he said.", 2, false},
		{"NoMark", "Yes, he said.", 0, false},
		{"OutOfRange", "Yes", 99, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := goldMarked(tc.text, tc.start); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
