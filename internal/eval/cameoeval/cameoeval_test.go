package cameoeval

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"eventgraph/internal/model"
)

// fakeExtractor returns, for each text, the events listed in events.
func fakeExtractor(events map[string][]model.Event) Extractor {
	return func(_ context.Context, date, text string) (*model.Document, error) {
		d := &model.Document{Article: model.Article{Text: text, Date: date}}
		d.Entities = []*model.Entity{{ID: "e1", Actor: "ARN", Country: "ARN"}, {ID: "e2", Actor: "GONGOV", Country: "GON"}}
		d.Events = events[text]
		return d, nil
	}
}

func ev(code, src, tgt string) model.Event {
	e := model.Event{Code: code, Root: code[:2], Source: &model.Ref{Actor: src}}
	if tgt != "" {
		e.Target = &model.Ref{Actor: tgt}
	}
	return e
}

func TestRun_Scores(t *testing.T) {
	events := map[string][]model.Event{
		"Ruritania met Freedonia.":            {ev("040", "RUR", "FRE")},
		"Ruritania attacked Freedonia.":       {ev("190", "RUR", "FRE"), ev("111", "RUR", "FRE")},
		"Ruritania praised Freedonia's king.": nil,
		"The match ended 2-1.":                {ev("190", "RUR", "FRE")},
		"Arnor met Gondor.":                   {ev("040", "ARN", "GONGOV")},
	}
	var out bytes.Buffer
	if err := Run(&out, "testdata/gold.jsonl", true, fakeExtractor(events)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	// gsr: 4 sentences, 2 right (met; attacked with all found), precision 2/4, recall 2/3
	want := "cameo gold.jsonl: gsr_accuracy 0.500 precision 0.500 recall 0.667"
	if last != want {
		t.Errorf("got %q, want %q\n%s", last, want, out.String())
	}
	if !strings.Contains(out.String(), "fictional actors: scored only where they resolve, 1 of 2 gold events left out") {
		t.Errorf("unit-test note missing:\n%s", out.String())
	}
}

func TestRun_MissingFile(t *testing.T) {
	if err := Run(&bytes.Buffer{}, "testdata/absent.jsonl", false, fakeExtractor(nil)); !os.IsNotExist(unwrapAll(err)) {
		t.Errorf("got %v, want a not-exist error", err)
	}
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}
