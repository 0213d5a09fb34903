package timexeval

import (
	"bytes"
	"strings"
	"testing"

	"eventgraph/internal/sharedtest"
)

func TestScore_Tiny(t *testing.T) {
	var buf bytes.Buffer
	sc, err := Score(&buf, "testdata/tiny.jsonl", true)
	if err != nil {
		t.Fatal(err)
	}
	// t1: three exact matches; t2: "the spring" overlaps "spring" (relaxed
	// only), "yesterday" matches with a wrong gold value on purpose.
	if sc.Docs != 2 || sc.Gold != 5 || sc.Sys != 5 {
		t.Fatalf("got docs %d gold %d sys %d, want 2 5 5", sc.Docs, sc.Gold, sc.Sys)
	}
	if sc.StrictTP != 4 || sc.Relaxed != 5 || sc.TypeOK != 5 || sc.ValueOK != 4 {
		t.Errorf("got strict %d relaxed %d type %d value %d, want 4 5 5 4", sc.StrictTP, sc.Relaxed, sc.TypeOK, sc.ValueOK)
	}
	if got, want := sc.ValueF1(), 0.8; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("got value F1 %.3f, want %.3f", got, want)
	}
	if !strings.Contains(buf.String(), "VALUE t2") {
		t.Errorf("got verbose output %q, want a VALUE line for t2", buf.String())
	}
}

func TestRun_LastLine(t *testing.T) {
	var buf bytes.Buffer
	if err := Run(&buf, "testdata/tiny.jsonl", false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := "timex tiny.jsonl: strict_F1 0.800 relaxed_F1 1.000 type_acc 1.000 value_F1 0.800"
	if got := lines[len(lines)-1]; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRun_MissingFile(t *testing.T) {
	if err := Run(&bytes.Buffer{}, "testdata/absent.jsonl", false); err == nil {
		t.Error("got nil error, want one for a missing file")
	}
}

// TestRun_Gold checks the figures on the TempEval-3 sets when the shared
// folder is present: platinum value F1 ≥ 0.78 and relaxed F1 ≥ 0.90
// (HeidelTime: 0.776 and 0.903).
func TestRun_Gold(t *testing.T) {
	cases := []struct {
		file           string
		relaxed, value float64
	}{
		{"te3-platinum.jsonl", 0.90, 0.78},
		{"timebank.jsonl", 0.88, 0.72},
		{"aquaint.jsonl", 0.88, 0.70},
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.file, ".jsonl"), func(t *testing.T) {
			p := sharedtest.Path(t, "eval/timex/"+c.file)
			var buf bytes.Buffer
			sc, err := Score(&buf, p, false)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: strict %.3f relaxed %.3f type acc %.3f value F1 %.3f", c.file, sc.StrictF1(), sc.RelaxedF1(), sc.TypeAcc(), sc.ValueF1())
			if sc.RelaxedF1() < c.relaxed {
				t.Errorf("got relaxed F1 %.3f, want ≥ %.2f", sc.RelaxedF1(), c.relaxed)
			}
			if sc.ValueF1() < c.value {
				t.Errorf("got value F1 %.3f, want ≥ %.2f", sc.ValueF1(), c.value)
			}
		})
	}
}
