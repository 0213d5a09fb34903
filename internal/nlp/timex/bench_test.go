package timex

import (
	"testing"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
	"eventgraph/internal/sharedtest"
)

// reuters loads up to n segmented Reuters-21578 articles with their dates.
func reuters(b *testing.B, n int) ([]*model.Document, int) {
	b.Helper()
	arts, words := sharedtest.Corpus(b, n)
	docs := make([]*model.Document, 0, len(arts))
	for _, a := range arts {
		d := &model.Document{Article: model.Article{ID: a.ID, Date: a.Date, Text: a.Text}, RefDate: a.Date}
		segment.Segment(d)
		docs = append(docs, d)
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
