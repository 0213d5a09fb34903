package nereval

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"eventgraph/internal/nlp/tagger"
	"eventgraph/internal/sharedtest"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"Punct", `He said (in Paris) "no".`, []string{"He", "said", "(", "in", "Paris", ")", `"`, "no", `"`, "."}},
		{"Clitic", "Nepal's army didn't move.", []string{"Nepal", "'s", "army", "did", "n't", "move", "."}},
		{"Abbrev", "The U.S. and Mr. Smith left.", []string{"The", "U.S.", "and", "Mr.", "Smith", "left", "."}},
		{"Money", "It cost $5, or #3...", []string{"It", "cost", "$", "5", ",", "or", "#", "3", "..."}},
		{"NonASCII", "Zoë Müller – ok", []string{"Zoë", "Müller", "–", "ok"}},
		{"Empty", "  ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text)
			var got []string
			for _, tk := range toks {
				if tc.text[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q does not match its offsets", tk.Text)
				}
				got = append(got, tk.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRun_Tiny(t *testing.T) {
	var buf bytes.Buffer
	if err := Run(&buf, filepath.Join("testdata", "tiny.jsonl"), true); err != nil {
		t.Fatalf("run: %v", err)
	}
	out := buf.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "ner tiny.jsonl: P ") {
		t.Errorf("got last line %q, want the summary", last)
	}
	// Every gold name of a scored type is easy; the tagger should find
	// them (Monday is a TIM and ignored).
	if !strings.HasSuffix(last, "F1 1.000") {
		t.Errorf("got %q, want F1 1.000; output:\n%s", last, out)
	}
}

func TestRun_Missing(t *testing.T) {
	if err := Run(&bytes.Buffer{}, filepath.Join(t.TempDir(), "none.jsonl"), false); err == nil {
		t.Errorf("got no error for a missing file")
	}
}

func TestRun_Malformed(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.jsonl")
	data := `{"id":"x","text":"ab","entities":[{"start":5,"end":9,"type":"PER"}],"tokens":[{"start":0,"end":2}]}` + "\n" +
		`{"id":"y","text":"ab","entities":[{"start":-3,"end":1,"type":"ORG"}]}` + "\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Run(&bytes.Buffer{}, p, true); err != nil {
		t.Errorf("got %v, want the bad offsets scored as misses", err)
	}
	if err := os.WriteFile(p, []byte(`{"id":"x","text":"ab","tokens":[{"start":0,"end":7}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Run(&bytes.Buffer{}, p, false); err == nil {
		t.Errorf("got no error for token offsets outside the text")
	}
}

// TestRun_CoNLLTest checks the embedded model on the CoNLL-2003 test set.
func TestRun_CoNLLTest(t *testing.T) {
	p := sharedtest.Path(t, "eval/ner/conll2003_test.tokens.jsonl")
	var buf bytes.Buffer
	if err := Run(&buf, p, false); err != nil {
		t.Fatalf("run: %v", err)
	}
	t.Log("\n" + buf.String())
	f1 := lastF1(t, buf.String())
	if f1 < 0.85 {
		t.Errorf("got F1 %.3f, want ≥ 0.85", f1)
	}
}

// TestRun_GMB runs the GMB gold set, which has no tokens, as a smoke test
// of the tokeniser and the label mapping; GMB's guidelines differ from
// CoNLL's (titles inside PER), so the bar is low.
func TestRun_GMB(t *testing.T) {
	p := sharedtest.Path(t, "eval/ner/gmb_kaggle.jsonl")
	var buf bytes.Buffer
	if err := Run(&buf, p, false); err != nil {
		t.Fatalf("run: %v", err)
	}
	t.Log("\n" + buf.String())
	if f1 := lastF1(t, buf.String()); f1 < 0.55 {
		t.Errorf("got F1 %.3f, want ≥ 0.55", f1)
	}
}

func lastF1(t *testing.T, out string) float64 {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	fields := strings.Fields(lines[len(lines)-1])
	f1, err := strconv.ParseFloat(fields[len(fields)-1], 64)
	if err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	return f1
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"He said (in Paris) \"no\".", "U.S.'s", "...", "''", "\xff\xfe$", "a\u00a0b"} {
		f.Add(s)
	}
	m := tagger.Default()
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		for i, tk := range toks {
			if tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %d %q has bad offsets %d-%d", i, tk.Text, tk.Start, tk.End)
			}
			if i > 0 && tk.Start < toks[i-1].End {
				t.Fatalf("tokens overlap")
			}
		}
		if got := m.Tag(toks, nil); len(got) != len(toks) {
			t.Fatalf("got %d labels for %d tokens", len(got), len(toks))
		}
	})
}
