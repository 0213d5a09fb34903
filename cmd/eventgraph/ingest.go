package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"

	"eventgraph"
	"eventgraph/internal/ingest"
	"eventgraph/internal/store"
	"eventgraph/internal/store/postgres"
	"eventgraph/internal/store/sqlite"
)

// IngestCommand reads articles from files, directories, feeds and URLs,
// extracts them and stores the results with fusion.
type IngestCommand struct {
	*Main
	// Extractor overrides the real extractor (tests use a fake).
	Extractor ingest.Extractor
}

// Usage prints the command's help.
func (c *IngestCommand) Usage(fs *flag.FlagSet) {
	fmt.Fprint(c.Stderr, `Usage: eventgraph ingest [flags] SOURCE...

Reads articles, extracts their entities, events, quotes, claims and times,
and stores them in a SQLite database, fusing the reports of one event across
articles. A SOURCE is a text or HTML file, a directory (walked in path
order), a JSON Lines file (id, url, date, title, text or html; .jsonl.gz
too), an RSS or Atom feed file, or an http(s) URL of a page or feed.

Ingest is idempotent: an article already stored (same URL, else same text)
is skipped, and wire copies are linked to their original. Sources that fail
are listed at the end and make the exit status non-zero; everything else is
stored.

Flags:
`)
	fs.PrintDefaults()
}

// Run parses flags and ingests the sources.
func (c *IngestCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := fs.String("db", sqlite.DefaultPath, "SQLite database file, or a postgres:// URL")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	window := fs.Int("window", 1, "fusion window: days between reports of one event (0: same day)")
	batch := fs.Int("batch", 64, "articles per write transaction")
	quiet := fs.Bool("quiet", false, "no progress display")
	fs.Usage = func() { c.Usage(fs) }
	if err := fs.Parse(args); err != nil {
		return &usageError{err: err}
	}
	if fs.NArg() == 0 {
		return usagef("ingest: no SOURCE given")
	}
	if *workers < 1 {
		return usagef("bad --workers %d: want at least 1", *workers)
	}
	if *window < 0 {
		return usagef("bad --window %d: want 0 or more days", *window)
	}
	if *batch < 1 {
		return usagef("bad --batch %d: want at least 1", *batch)
	}
	win := *window
	if win == 0 {
		win = -1 // store.Options: negative means same day only
	}
	st, err := openStore(ctx, *db, store.Options{FuseWindowDays: win})
	if err != nil {
		return err
	}
	defer st.Close()
	ex := c.Extractor
	if ex == nil {
		ex = eventgraph.New()
	}
	cfg := ingest.Config{Workers: *workers, BatchSize: *batch, Logger: c.Logger}
	if !*quiet {
		cfg.Progress = c.Stderr
		cfg.Terminal = isTerminal(c.Stdout)
	}
	sum, err := ingest.New(st, ex, cfg).Run(ctx, fs.Args())
	sum.Write(c.Stderr)
	if err != nil {
		return err
	}
	if !sum.OK() {
		return errReported
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal), the
// test for drawing a progress bar instead of plain lines.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// isPostgres reports whether a --db value names a PostgreSQL database.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openStore opens the database a --db flag names: a postgres:// URL, else
// a SQLite file (created if missing).
func openStore(ctx context.Context, db string, opts store.Options) (store.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db, opts)
	}
	return sqlite.Open(ctx, db, opts)
}

// openExisting opens a database that must already exist (query, export).
func openExisting(ctx context.Context, db string) (store.Store, error) {
	if !isPostgres(db) {
		if _, err := os.Stat(db); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("open %s: no such database (run eventgraph ingest first)", db)
			}
			return nil, fmt.Errorf("open %s: %w", db, err)
		}
	}
	return openStore(ctx, db, store.Options{})
}
