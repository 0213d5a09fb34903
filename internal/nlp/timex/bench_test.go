package timex

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
	"eventgraph/internal/sharedtest"
)

// reuters loads up to n segmented Reuters-21578 articles with their dates.
func reuters(b *testing.B, n int) ([]*model.Document, int) {
	b.Helper()
	p := sharedtest.Path(b, "corpus/reuters21578.jsonl.gz")
	f, err := os.Open(p)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var docs []*model.Document
	words := 0
	for sc.Scan() && len(docs) < n {
		var a struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		d := &model.Document{Article: model.Article{ID: a.ID, Date: a.Date, Text: a.Text}, RefDate: a.Date}
		segment.Segment(d)
		docs = append(docs, d)
		words += len(strings.Fields(a.Text))
	}
	return docs, words
}

// BenchmarkTimex measures the stage alone on segmented news text and reports
// words per second (whitespace words, as the peers count them).
func BenchmarkTimex(b *testing.B) {
	docs, words := reuters(b, 5000)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			d.Times = Find(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
