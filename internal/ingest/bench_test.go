package ingest_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"eventgraph/internal/ingest"
)

// BenchmarkIngest measures the whole ingest path with the fake extractor:
// JSONL reading, the worker pool, and the single writer into SQLite.
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(src, corpus(b.N), 0o644); err != nil {
		b.Fatal(err)
	}
	s := openStore(b, filepath.Join(dir, "b.db"))
	b.ResetTimer()
	sum, err := ingest.New(s, fake(), ingest.Config{Logger: slog.New(slog.DiscardHandler)}).Run(context.Background(), []string{src})
	b.StopTimer()
	if err != nil || sum.New+sum.NearDuplicate != b.N {
		b.Fatalf("got %+v, %v", sum, err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if fi, err := os.Stat(filepath.Join(dir, "b.db")); err == nil && b.N >= 1000 {
		b.ReportMetric(float64(fi.Size())/1e3/(float64(b.N)/1e3), "KB/1k-articles")
	}
}
