package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// Log attribute keys.
const (
	LogKeyComponent = "component"
	LogKeyArticles  = "articles"
	LogKeyNew       = "new"
	LogKeyFailed    = "failed"
)

// Config tunes an Ingester. The zero value works.
type Config struct {
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the most articles per write transaction; 0 means 64.
	BatchSize int
	// FlushEvery bounds how long a finished article waits for its batch;
	// 0 means 500 ms.
	FlushEvery time.Duration
	// Progress receives the progress display; nil shows none.
	Progress io.Writer
	// Terminal draws a bar redrawn in place instead of periodic lines.
	Terminal bool
	// ProgressEvery is the display interval; 0 means 200 ms on a terminal
	// and 5 s otherwise.
	ProgressEvery time.Duration
	// Reader reads the sources; nil means a zero Reader.
	Reader *Reader
	// Logger receives one Info line per written batch; nil means
	// slog.Default().
	Logger *slog.Logger
}

// Ingester reads sources, extracts every article on a worker pool and
// stores the results through one writer.
type Ingester struct {
	store store.Store
	ex    Extractor
	cfg   Config
	log   *slog.Logger
}

// New returns an Ingester writing to s with extractor ex.
func New(s store.Store, ex Extractor, cfg Config) *Ingester {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 64
	}
	if cfg.FlushEvery <= 0 {
		cfg.FlushEvery = 500 * time.Millisecond
	}
	if cfg.Reader == nil {
		cfg.Reader = &Reader{}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Ingester{store: s, ex: ex, cfg: cfg, log: log.With(slog.String(LogKeyComponent, "ingest"))}
}

// maxInFlight is the most articles read and not yet handed to the store.
const maxInFlight = 4096

// job is one item with its place in the input order.
type job struct {
	seq  int
	item Item
}

// outcome is what a worker (or the reader) hands the writer.
type outcome struct {
	seq       int           // input order; the writer stores in this order
	skip      bool          // cancelled before it was done: not counted
	rec       *store.Record // to store
	duplicate bool          // already stored; nothing to do
	input     string        // for failures
	err       error         // failed item or source
	item      bool          // a read article (counts in Summary.Read)
}

// Run ingests the sources in order and returns what it did. Sources that
// fail are listed in the summary and do not stop the run. When ctx is
// cancelled, reading and extraction stop, the articles already extracted
// are still written, and Run returns the summary with ctx's error.
func (in *Ingester) Run(ctx context.Context, sources []string) (*Summary, error) {
	start := time.Now()
	jobs := make(chan job, 2*in.cfg.Workers)
	results := make(chan outcome, 4*in.cfg.Workers)
	// inflight bounds the items read but not yet written, so that the
	// writer's reordering buffer stays small behind one slow article.
	inflight := make(chan struct{}, maxInFlight)
	var readDone sync.WaitGroup
	readFinished := make(chan struct{})

	// Reader: one goroutine, sources in order.
	readDone.Add(1)
	go func() {
		defer readDone.Done()
		defer close(jobs)
		defer close(readFinished)
		seq := 0
		for _, src := range sources {
			err := in.cfg.Reader.Read(ctx, src, func(it Item) error {
				select {
				case inflight <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case jobs <- job{seq: seq, item: it}:
					seq++
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			if err == nil || ctx.Err() != nil {
				if ctx.Err() != nil {
					return
				}
				continue
			}
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case results <- outcome{seq: seq, input: src, err: unwrapSourceError(err)}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()

	// Workers.
	var workers sync.WaitGroup
	for i := 0; i < in.cfg.Workers; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range jobs {
				o, ok := in.process(ctx, j.item)
				if !ok {
					o = outcome{skip: true} // cancelled: left for the next run
				}
				o.seq = j.seq
				results <- o // the writer drains results until they are closed
			}
		}()
	}
	go func() {
		workers.Wait()
		readDone.Wait()
		close(results)
	}()

	sum, err := in.write(ctx, results, readFinished, inflight)
	sum.Elapsed = time.Since(start)
	if ctx.Err() != nil {
		sum.Interrupted = true
		return sum, fmt.Errorf("ingest: %w", ctx.Err())
	}
	return sum, err
}

// process reads one item into an outcome; ok is false when ctx ended the
// extraction.
func (in *Ingester) process(ctx context.Context, it Item) (outcome, bool) {
	input := it.Article.ID
	if input == "" {
		input = it.Origin
	}
	if it.Err != nil {
		return outcome{input: input, err: it.Err}, true
	}
	if ctx.Err() != nil {
		return outcome{}, false
	}
	key := store.ArticleKey(it.Article.URL, it.Article.Text)
	has, err := in.store.HasArticle(ctx, key)
	if err != nil {
		if ctx.Err() != nil {
			return outcome{}, false
		}
		return outcome{input: input, err: err, item: true}, true
	}
	if has {
		return outcome{duplicate: true, item: true, input: input}, true
	}
	res, err := in.extract(ctx, it)
	if err != nil {
		if ctx.Err() != nil {
			return outcome{}, false
		}
		return outcome{input: input, err: fmt.Errorf("extract: %w", err), item: true}, true
	}
	return outcome{item: true, input: input, rec: &store.Record{Article: it.Article, Source: it.Source, Origin: it.Origin, Result: res}}, true
}

// extract runs the extractor, turning a panic into an error so that one
// bad article cannot end the run.
func (in *Ingester) extract(ctx context.Context, it Item) (res *model.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extractor panic: %v", p)
		}
	}()
	res, err = in.ex.Extract(ctx, it.Article)
	if err == nil && res == nil {
		err = errors.New("extractor returned no result")
	}
	return res, err
}

// write is the single writer: it batches records into transactions and
// counts every outcome.
func (in *Ingester) write(ctx context.Context, results <-chan outcome, readFinished <-chan struct{}, inflight <-chan struct{}) (*Summary, error) {
	sum := &Summary{}
	prog := newProgress(in.cfg.Progress, in.cfg.Terminal, in.cfg.ProgressEvery)
	if in.cfg.Progress == nil {
		prog = nil
	}
	// Writes go on after cancellation so that finished work is kept.
	wctx := context.WithoutCancel(ctx)
	var batch []*store.Record
	var batchInputs []string
	var fatal error
	flush := func() {
		if len(batch) == 0 {
			return
		}
		res, err := in.store.Put(wctx, batch)
		if err != nil {
			for _, input := range batchInputs {
				sum.Failed++
				sum.Failures = append(sum.Failures, Failure{Input: input, Reason: err.Error()})
			}
			if fatal == nil {
				fatal = err
			}
		} else {
			for i, r := range res {
				switch r.Status {
				case store.StatusNew:
					sum.New++
				case store.StatusDuplicate:
					sum.Duplicate++
				case store.StatusNearDuplicate:
					sum.NearDuplicate++
				default:
					sum.Failed++
					reason := "store failed"
					if r.Err != nil {
						reason = r.Err.Error()
					}
					sum.Failures = append(sum.Failures, Failure{Input: batchInputs[i], Reason: reason})
				}
			}
		}
		in.log.Info("Batch written.", slog.Int(LogKeyArticles, len(batch)), slog.Int(LogKeyNew, sum.New), slog.Int(LogKeyFailed, sum.Failed))
		batch, batchInputs = batch[:0], batchInputs[:0]
	}
	lastFlush := time.Now()
	handle := func(o outcome) {
		if o.skip {
			return
		}
		sum.units++
		if o.item {
			sum.Read++
		}
		switch {
		case o.err != nil:
			sum.Failed++
			sum.Failures = append(sum.Failures, Failure{Input: o.input, Reason: o.err.Error()})
		case o.duplicate:
			sum.Duplicate++
		case o.rec != nil:
			batch = append(batch, o.rec)
			batchInputs = append(batchInputs, o.input)
			if len(batch) >= in.cfg.BatchSize {
				flush()
				lastFlush = time.Now()
			}
		}
	}
	// Outcomes arrive in the order workers finish; they are stored in
	// input order, so that which of two copies is the original, and the
	// ids of fused events, do not depend on timing.
	pending := map[int]outcome{}
	next := 0
	tick := time.NewTicker(min(in.cfg.FlushEvery, 200*time.Millisecond))
	defer tick.Stop()
	readDone := false
	for {
		select {
		case o, ok := <-results:
			if !ok {
				if len(pending) > 0 { // cannot happen: every seq is sent once
					in.log.Error("Outcomes lost.", slog.Int(LogKeyArticles, len(pending)))
				}
				flush()
				if prog != nil && prog.terminal {
					prog.draw(sum, true)
					prog.finish()
				}
				return sum, fatal
			}
			pending[o.seq] = o
			for {
				o, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				handle(o)
				<-inflight
			}
		case <-tick.C:
			if time.Since(lastFlush) >= in.cfg.FlushEvery {
				flush()
				lastFlush = time.Now()
			}
		case <-readFinished:
			readDone = true
			readFinished = nil
		}
		prog.update(sum, readDone)
	}
}
