package event

import (
	"context"
	"os"
	"strings"
	"testing"

	"eventgraph/internal/model"
)

// BenchmarkStage codes the seed article (entities and times marked) over and
// over and reports words per second.
func BenchmarkStage(b *testing.B) {
	text, err := os.ReadFile("../../../examples/seed.txt")
	if err != nil {
		b.Skipf("skipping: %v", err)
	}
	d := annotate(b, strings.Repeat(string(text)+"\n\n", 20), "2022-07-12", seedMarks, seedTimes)
	words := 0
	for _, t := range d.Tokens {
		if t.Kind == model.TokWord || t.Kind == model.TokNumber {
			words++
		}
	}
	st := New(nil)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := st.Run(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
