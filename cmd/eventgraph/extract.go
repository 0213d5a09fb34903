package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"eventgraph"
	"eventgraph/internal/model"
)

// ExtractCommand analyses articles and prints one JSON result per article.
type ExtractCommand struct {
	*Main
}

// Usage prints the command's help.
func (c *ExtractCommand) Usage(fs *flag.FlagSet) {
	fmt.Fprint(c.Stderr, `Usage: eventgraph extract [flags] [FILE|DIR|-]...

Analyses each article and prints its entities, times, quotes, claims and
events as JSON (spec/OUTPUT.md). A .txt/.md file, a file with no extension or
stdin is one article; a .jsonl or .jsonl.gz file holds one article per line
(id, date, title, text, url); a directory is walked in path order.

Flags:
`)
	fs.PrintDefaults()
}

// Run parses flags and runs the extraction.
func (c *ExtractCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	date := fs.String("date", "", "reference date YYYY-MM-DD for relative times (default: the JSONL date, else the dateline)")
	format := fs.String("format", "json", "output format: json, jsonl or table")
	maxSize := fs.Int64("max-size", defaultMaxSize, "largest article in bytes")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	fs.Usage = func() { c.Usage(fs) }
	if err := fs.Parse(args); err != nil {
		return &usageError{err: err}
	}
	if *date != "" {
		if _, err := time.Parse("2006-01-02", *date); err != nil {
			return usagef("bad --date %q: want YYYY-MM-DD", *date)
		}
	}
	switch *format {
	case "json", "jsonl", "table":
	default:
		return usagef("bad --format %q: want json, jsonl or table", *format)
	}
	if *maxSize <= 0 {
		return usagef("bad --max-size %d: want a positive number of bytes", *maxSize)
	}
	if *workers < 1 {
		*workers = 1
	}
	inputs := fs.Args()
	x := eventgraph.New()
	out := newResultWriter(c.Stdout, *format, isMulti(inputs))
	r := &inputReader{stdin: c.Stdin, maxSize: *maxSize}
	failed := 0
	fail := func(name string, err error) {
		failed++
		fmt.Fprintf(c.Stderr, "eventgraph: %s: %v\n", name, err)
	}
	warned := false
	runOrdered(ctx, *workers, func(yield func(inputItem) bool) {
		r.Read(ctx, inputs, yield)
	}, func(it inputItem) (*model.Document, error) {
		if it.Err != nil {
			return nil, it.Err
		}
		if *date != "" {
			it.Article.Date = *date
		}
		return x.Analyze(ctx, it.Article)
	}, func(it inputItem, d *model.Document, err error) {
		if err != nil {
			fail(it.Name, err)
			return
		}
		if it.Warning != "" {
			fmt.Fprintf(c.Stderr, "eventgraph: warning: %s: %s\n", it.Name, it.Warning)
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(c.Stderr, "eventgraph: warning: %s: %s\n", it.Name, w)
		}
		if d.RefDate == "" && !warned {
			warned = true
			fmt.Fprintf(c.Stderr, "eventgraph: warning: %s: no reference date (--date, JSONL date or dateline): relative times stay unanchored\n", it.Name)
		}
		if err := out.Write(d); err != nil {
			fail(it.Name, err)
		}
	})
	if err := out.Close(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if failed > 0 {
		return errReported
	}
	return nil
}

// runOrdered analyses items on n workers and hands the results to emit in
// input order, holding at most a few items per worker in memory.
func runOrdered[T, R any](ctx context.Context, n int, source func(yield func(T) bool), work func(T) (R, error), emit func(T, R, error)) {
	type job struct {
		item T
		res  R
		err  error
		done chan struct{}
	}
	if n == 1 {
		source(func(it T) bool {
			r, err := work(it)
			emit(it, r, err)
			return ctx.Err() == nil
		})
		return
	}
	jobs := make(chan *job, n*4)
	order := make(chan *job, n*4)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.res, j.err = work(j.item)
				close(j.done)
			}
		}()
	}
	go func() {
		source(func(it T) bool {
			j := &job{item: it, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			jobs <- j
			return true
		})
		close(jobs)
		close(order)
	}()
	for j := range order {
		<-j.done
		emit(j.item, j.res, j.err)
	}
	wg.Wait()
}

// resultWriter prints results as json (an object, or an array when the
// inputs can hold several articles), jsonl or table.
type resultWriter struct {
	w      *bufio.Writer
	format string
	multi  bool
	n      int
	buf    []byte // the JSON of one result, reused
}

func newResultWriter(w interface{ Write([]byte) (int, error) }, format string, multi bool) *resultWriter {
	return &resultWriter{w: bufio.NewWriterSize(w, 1<<16), format: format, multi: multi}
}

func (rw *resultWriter) Write(d *model.Document) error {
	if rw.format == "table" {
		writeTable(rw.w, d)
		rw.n++
		return nil
	}
	b, err := model.NewResult(d).AppendJSON(rw.buf[:0])
	if err != nil {
		return err
	}
	rw.buf = b
	switch {
	case rw.format == "jsonl":
	case rw.multi && rw.n == 0:
		rw.w.WriteString("[\n")
	case rw.multi:
		rw.w.WriteString(",\n")
	}
	rw.w.Write(b)
	rw.w.WriteByte('\n')
	rw.n++
	return nil
}

func (rw *resultWriter) Close() error {
	if rw.format == "json" && rw.multi {
		if rw.n == 0 {
			rw.w.WriteString("[]\n")
		} else {
			rw.w.WriteString("]\n")
		}
	}
	return rw.w.Flush()
}

// writeTable prints a readable terminal view of one analysed article.
func writeTable(w *bufio.Writer, d *model.Document) {
	fmt.Fprintf(w, "== %s", d.ID)
	if d.RefDate != "" {
		fmt.Fprintf(w, "  (%s)", d.RefDate)
	}
	w.WriteString("\n")
	if d.Title != "" {
		fmt.Fprintf(w, "%s\n", d.Title)
	}
	if len(d.Entities) > 0 {
		fmt.Fprintf(w, "\nENTITIES\n  %-4s %-7s %-28s %-12s %-4s %s\n", "id", "type", "name", "actor", "cty", "mentions")
		for _, e := range d.Entities {
			ms := make([]string, 0, len(e.Mentions))
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			fmt.Fprintf(w, "  %-4s %-7s %-28s %-12s %-4s %s\n", e.ID, e.Type, clip(e.Name, 28), dash(e.Actor), dash(e.Country), clip(strings.Join(ms, " | "), 60))
		}
	}
	if len(d.Times) > 0 {
		fmt.Fprintf(w, "\nTIMES\n")
		for _, t := range d.Times {
			fmt.Fprintf(w, "  %-24s %-9s %s\n", clip(t.Text, 24), t.Type, t.Value)
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintf(w, "\nEVENTS\n")
		for _, v := range d.Events {
			src, tgt := "-", "-"
			if v.Source != nil {
				src = v.Source.Name
			}
			if v.Target != nil {
				tgt = v.Target.Name
			}
			fmt.Fprintf(w, "  %-4s %-40s %-18s → %-18s %-12s %s\n", v.Code, clip(v.Label, 40), clip(src, 18), clip(tgt, 18), v.Modality, dash(v.Date))
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(w, "\nQUOTES\n")
		for _, q := range d.Quotes {
			sp := "?"
			if q.Speaker != nil {
				sp = q.Speaker.Name
			}
			fmt.Fprintf(w, "  %-9s %-20s %s\n", q.Kind, clip(sp, 20), clip(q.Text, 80))
		}
	}
	if len(d.Claims) > 0 {
		fmt.Fprintf(w, "\nCLAIMS\n")
		for _, c := range d.Claims {
			by := "?"
			if c.By != nil {
				by = c.By.Name
			}
			var den []string
			for _, x := range c.DeniedBy {
				if x.By != nil {
					den = append(den, x.By.Name)
				}
			}
			fmt.Fprintf(w, "  %-9s %-20s %-60s %s\n", c.Status, clip(by, 20), clip(c.Text, 60), strings.Join(den, ", "))
		}
	}
	w.WriteString("\n")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
