package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"eventgraph"
	"eventgraph/internal/model"
)

// BenchCommand measures extraction throughput on a corpus.
type BenchCommand struct {
	*Main
}

// Run loads the corpus into memory, then extracts it on one worker and on
// all cores, reporting articles/s, words/s, allocations and peak RSS.
func (c *BenchCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	corpus := fs.String("corpus", "", "JSON Lines corpus (.jsonl or .jsonl.gz) with id, date, text")
	n := fs.Int("n", 0, "use only the first N articles (0: all)")
	runs := fs.Int("runs", 1, "repeat each measurement and keep the best")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	fs.Usage = func() {
		fmt.Fprint(c.Stderr, "Usage: eventgraph bench --corpus FILE [--n N] [--runs R]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &usageError{err: err}
	}
	if *corpus == "" {
		return usagef("bench needs --corpus FILE")
	}
	if *runs < 1 {
		*runs = 1
	}
	var arts []model.Article
	words := 0
	r := &inputReader{stdin: c.Stdin, maxSize: defaultMaxSize}
	var readErr error
	r.Read(ctx, []string{*corpus}, func(it inputItem) bool {
		if it.Err != nil {
			readErr = fmt.Errorf("%s: %w", it.Name, it.Err)
			return false
		}
		arts = append(arts, it.Article)
		words += len(strings.Fields(it.Article.Text))
		return *n == 0 || len(arts) < *n
	})
	if readErr != nil {
		return readErr
	}
	if len(arts) == 0 {
		return fmt.Errorf("%s: no articles", *corpus)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	x := eventgraph.New()
	start := time.Now()
	if _, err := x.Extract(ctx, model.Article{ID: "warm", Text: "Warm-up: Iranian President Ebrahim Raissi said on Monday Raissi will meet Putin."}); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "corpus %s: %d articles, %d words; start-up %v\n", *corpus, len(arts), words, time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(c.Stdout, "%-8s %10s %12s %14s %10s\n", "workers", "articles/s", "words/s", "allocs/article", "seconds")
	for _, workers := range dedupe([]int{1, runtime.NumCPU()}) {
		best := time.Duration(0)
		var allocs uint64
		for range *runs {
			d, a, err := benchOnce(ctx, x, arts, workers)
			if err != nil {
				return err
			}
			if best == 0 || d < best {
				best, allocs = d, a
			}
		}
		secs := best.Seconds()
		fmt.Fprintf(c.Stdout, "%-8d %10.0f %12.0f %14d %10.2f\n", workers, float64(len(arts))/secs, float64(words)/secs, allocs/uint64(len(arts)), secs)
	}
	fmt.Fprintf(c.Stdout, "peak RSS %s\n", peakRSS())
	return nil
}

func dedupe(xs []int) []int {
	var out []int
	for _, x := range xs {
		if len(out) == 0 || out[len(out)-1] != x {
			out = append(out, x)
		}
	}
	return out
}

// benchOnce extracts every article and marshals its JSON, as extract does.
func benchOnce(ctx context.Context, x *eventgraph.Extractor, arts []model.Article, workers int) (time.Duration, uint64, error) {
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	var next atomic.Int64
	var wg sync.WaitGroup
	var firstErr atomic.Value
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(arts) {
					return
				}
				res, err := x.Extract(ctx, arts[i])
				if err == nil {
					err = json.NewEncoder(io.Discard).Encode(res)
				}
				if err != nil {
					firstErr.CompareAndSwap(nil, fmt.Errorf("article %s: %w", arts[i].ID, err))
				}
			}
		}()
	}
	wg.Wait()
	d := time.Since(start)
	runtime.ReadMemStats(&ms1)
	if e, ok := firstErr.Load().(error); ok {
		return 0, 0, e
	}
	return d, ms1.Mallocs - ms0.Mallocs, nil
}

// peakRSS reads the process's peak resident set size from /proc.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, err := strconv.Atoi(f[1])
			if err == nil {
				return fmt.Sprintf("%.0f MB", float64(kb)/1024)
			}
		}
	}
	return "unknown"
}
