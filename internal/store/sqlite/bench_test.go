package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlite"
	"eventgraph/internal/store/storetest"
)

var codes = []string{"USAGOV", "IRNGOV", "RUSGOV", "UKRMIL", "CHNGOV", "TURGOV", "POLGOV", "FRAGOV", "DEUGOV", "GBRGOV",
	"ISRMIL", "PSEREB", "SYRGOV", "IRQGOV", "JPNGOV", "KORGOV", "PRKGOV", "INDGOV", "PAKGOV", "AFGREB"}

var eventCodes = []string{"036", "042", "043", "051", "057", "111", "112", "130", "138", "173", "190", "193"}

// benchRecord is article i of a synthetic corpus: three events among 20
// actors over about 8 months, like the Reuters corpus' spread.
func benchRecord(i int) *store.Record {
	day := 1 + i%28
	month := 2 + (i/28)%8
	date := fmt.Sprintf("1987-%02d-%02d", month, day)
	var evs []storetest.Ev
	for k := 0; k < 3; k++ {
		a, b := codes[(i+k)%len(codes)], codes[(i*7+k*3+1)%len(codes)]
		if a == b {
			b = codes[(i*7+k*3+2)%len(codes)]
		}
		evs = append(evs, storetest.Ev{Code: eventCodes[(i+k*5)%len(eventCodes)], Src: a, Tgt: b, Date: date})
	}
	url := ""
	if i%2 == 0 {
		url = fmt.Sprintf("https://news%d.example/%d", i%7, i)
	}
	return storetest.Record(fmt.Sprintf("b%d", i), url, fmt.Sprintf("news%d.example", i%7), date, evs...)
}

func fill(tb testing.TB, s store.Store, from, to int) {
	tb.Helper()
	const batch = 64
	for i := from; i < to; i += batch {
		var recs []*store.Record
		for j := i; j < min(i+batch, to); j++ {
			recs = append(recs, benchRecord(j))
		}
		if _, err := s.Put(context.Background(), recs); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkPut measures the store write path: batches of 64 articles with
// 3 events, 6 entities, a quote, a claim and a time each, fused as they go.
func BenchmarkPut(b *testing.B) {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	fill(b, s, 0, b.N)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

var (
	actorDBOnce sync.Once
	actorDB     string
)

// BenchmarkQueryActor runs a one-actor query (date order, first 100) over a
// store of 19,043 articles, the size of the Reuters-21578 corpus.
func BenchmarkQueryActor(b *testing.B) {
	const n = 19043
	actorDBOnce.Do(func() {
		dir, err := os.MkdirTemp("", "eventgraph-bench")
		if err != nil {
			b.Fatal(err)
		}
		actorDB = filepath.Join(dir, "q.db")
		s, err := sqlite.Open(context.Background(), actorDB, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		fill(b, s, 0, n)
		s.Close()
		if fi, err := os.Stat(actorDB); err == nil {
			fmt.Fprintf(os.Stderr, "BenchmarkQueryActor: %d articles: %.1f MB (%.0f KB per 1k articles)\n", n, float64(fi.Size())/1e6, float64(fi.Size())/1e3/(n/1e3))
		}
	})
	s, err := sqlite.Open(context.Background(), actorDB, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		name string
		f    store.EventFilter
	}{
		{"Code", store.EventFilter{Actor: "IRNGOV", Order: store.OrderDate, Limit: 100}},
		{"CodeAll", store.EventFilter{Actor: "IRNGOV", Order: store.OrderDate}},
		{"Name", store.EventFilter{Actor: "Iran", Order: store.OrderDate, Limit: 100}},
		{"CodeRootFrom", store.EventFilter{Actor: "USAGOV", Root: "04", From: "1987-04-01", Order: store.OrderDate}},
	} {
		b.Run(c.name, func(b *testing.B) {
			rows := 0
			for i := 0; i < b.N; i++ {
				rows = 0
				if err := s.FusedEvents(context.Background(), c.f, func(*store.FusedEvent) error { rows++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
