package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlite"
)

// QueryCommand prints fused events matching filters, or articles matching
// a full-text search.
type QueryCommand struct {
	*Main
}

// Usage prints the command's help.
func (c *QueryCommand) Usage(fs *flag.FlagSet) {
	fmt.Fprint(c.Stderr, `Usage: eventgraph query [flags]

Prints the fused events of the database that match every filter given, in
date order; with --search, prints the articles matching a full-text query
(FTS5 syntax: words, "phrases", AND, OR, NOT, prefix*).

Flags:
`)
	fs.PrintDefaults()
}

// queryFlags are the parsed flags of query.
type queryFlags struct {
	db, search, format string
	filter             store.EventFilter
	evidence           bool
}

func (c *QueryCommand) parse(args []string) (*queryFlags, error) {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	q := &queryFlags{}
	f := &q.filter
	fs.StringVar(&q.db, "db", sqlite.DefaultPath, "SQLite database file, or a postgres:// URL")
	fs.StringVar(&f.Actor, "actor", "", "source or target actor: CAMEO code (USAGOV), code prefix (USA*) or name")
	fs.StringVar(&f.Code, "code", "", "CAMEO event code (042)")
	fs.StringVar(&f.Root, "root", "", "CAMEO root code (04)")
	fs.IntVar(&f.Quad, "quad", 0, "quad class 1-4")
	fs.StringVar(&f.From, "from", "", "events on or after YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "events on or before YYYY-MM-DD")
	fs.StringVar(&f.Place, "place", "", "place name")
	fs.StringVar(&f.Country, "country", "", "ISO 3166-1 alpha-3 country of an actor or the place")
	fs.StringVar(&f.Modality, "modality", "", "some report has this modality: asserted, reported, planned, denied, hypothetical, negated")
	fs.BoolVar(&f.Disputed, "disputed", false, "only events one report asserts and another denies")
	fs.StringVar(&q.search, "search", "", "full-text query over articles (prints articles, not events)")
	fs.StringVar(&q.format, "format", "table", "output format: table, jsonl or csv")
	fs.IntVar(&f.Limit, "limit", 100, "most rows printed (0: all)")
	fs.BoolVar(&q.evidence, "evidence", false, "jsonl: include each event's evidence (the reports and their words)")
	fs.Usage = func() { c.Usage(fs) }
	if err := fs.Parse(args); err != nil {
		return nil, &usageError{err: err}
	}
	if fs.NArg() > 0 {
		return nil, usagef("query: unexpected argument %q", fs.Arg(0))
	}
	switch q.format {
	case "table", "jsonl", "csv":
	default:
		return nil, usagef("bad --format %q: want table, jsonl or csv", q.format)
	}
	for name, d := range map[string]string{"from": f.From, "to": f.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return nil, usagef("bad --%s %q: want YYYY-MM-DD", name, d)
		}
	}
	if f.Quad < 0 || f.Quad > 4 {
		return nil, usagef("bad --quad %d: want 1-4", f.Quad)
	}
	if f.Limit < 0 {
		return nil, usagef("bad --limit %d: want 0 or more", f.Limit)
	}
	switch f.Modality {
	case "", model.ModAsserted, model.ModReported, model.ModPlanned, model.ModDenied, model.ModHypothetical, model.ModNegated:
	default:
		return nil, usagef("bad --modality %q: want asserted, reported, planned, denied, hypothetical or negated", f.Modality)
	}
	f.Order = store.OrderDate
	return q, nil
}

// Run parses flags and prints the matches.
func (c *QueryCommand) Run(ctx context.Context, args []string) error {
	q, err := c.parse(args)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, q.db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(c.Stdout)
	if q.search != "" {
		hits, err := st.SearchArticles(ctx, q.search, q.filter.Limit)
		if err != nil {
			return err
		}
		if err := writeHits(w, q.format, hits); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return flushOut(w)
	}
	if err := writeFusedEvents(ctx, st, q.filter, q.format, q.evidence, w); err != nil {
		return err
	}
	return flushOut(w)
}

func flushOut(w *bufio.Writer) error {
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// eventColumns are the CSV columns of a fused event (query and export).
var eventColumns = []string{"id", "first_date", "last_date", "code", "root", "label", "quad_class", "goldstein",
	"source_actor", "source_name", "source_country", "target_actor", "target_name", "target_country",
	"place", "place_country", "lat", "lon", "num_mentions", "num_articles", "num_sources",
	"modality", "num_affirmed", "num_denied", "disputed", "first_seen", "last_seen", "source_url"}

func eventRecord(e *store.FusedEvent) []string {
	var tgt store.Actor
	if e.Target != nil {
		tgt = *e.Target
	}
	var place store.Place
	if e.Place != nil {
		place = *e.Place
	}
	return []string{strconv.FormatInt(e.ID, 10), e.FirstDate, e.LastDate, e.Code, e.Root, e.Label,
		strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		e.Source.Code, e.Source.Name, e.Source.Country, tgt.Code, tgt.Name, tgt.Country,
		place.Name, place.Country, fmtFloat(place.Lat), fmtFloat(place.Lon),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumArticles), strconv.Itoa(e.NumSources),
		e.Modality, strconv.Itoa(e.NumAffirmed), strconv.Itoa(e.NumDenied), strconv.FormatBool(e.Disputed),
		e.FirstSeen, e.LastSeen, e.SourceURL}
}

func fmtFloat(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// eventWriter prints fused events as a table, JSON Lines or CSV.
type eventWriter struct {
	w      io.Writer
	format string
	csv    *csv.Writer
	enc    *json.Encoder
	n      int
}

func newEventWriter(w io.Writer, format string) *eventWriter {
	ew := &eventWriter{w: w, format: format}
	switch format {
	case "csv":
		ew.csv = csv.NewWriter(w)
	case "jsonl":
		ew.enc = json.NewEncoder(w)
		ew.enc.SetEscapeHTML(false)
	}
	return ew
}

func (ew *eventWriter) write(e *store.FusedEvent) error {
	ew.n++
	switch ew.format {
	case "jsonl":
		return ew.enc.Encode(e)
	case "csv":
		if ew.n == 1 {
			if err := ew.csv.Write(eventColumns); err != nil {
				return err
			}
		}
		return ew.csv.Write(eventRecord(e))
	}
	if ew.n == 1 {
		fmt.Fprintf(ew.w, "%-6s %-10s %-4s %-22s %-22s %-14s %4s %4s %4s  %s\n",
			"ID", "DATE", "CODE", "SOURCE", "TARGET", "PLACE", "MENT", "ART", "SRC", "MODALITY")
	}
	tgt := "-"
	if e.Target != nil {
		tgt = actorLabel(*e.Target)
	}
	place := "-"
	if e.Place != nil {
		place = e.Place.Name
	}
	date := e.FirstDate
	if date == "" {
		date = "-"
	}
	mod := e.Modality
	if e.Disputed {
		mod += " DISPUTED"
	}
	_, err := fmt.Fprintf(ew.w, "%-6d %-10s %-4s %-22s %-22s %-14s %4d %4d %4d  %s  %s\n", e.ID, date, e.Code,
		clip(actorLabel(e.Source), 22), clip(tgt, 22), clip(place, 14), e.NumMentions, e.NumArticles, e.NumSources,
		mod, e.Label)
	return err
}

func (ew *eventWriter) close() error {
	if ew.csv != nil {
		if ew.n == 0 {
			if err := ew.csv.Write(eventColumns); err != nil {
				return err
			}
		}
		ew.csv.Flush()
		return ew.csv.Error()
	}
	return nil
}

// actorLabel is "CODE Name", or whichever is known.
func actorLabel(a store.Actor) string {
	switch {
	case a.Code != "" && a.Name != "":
		return a.Code + " " + a.Name
	case a.Code != "":
		return a.Code
	case a.Name != "":
		return a.Name
	}
	return "-"
}

// writeHits prints full-text search results.
func writeHits(w io.Writer, format string, hits []store.ArticleHit) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "ext_id", "date", "title", "url", "rank", "snippet"})
		for _, h := range hits {
			cw.Write([]string{strconv.FormatInt(h.ID, 10), h.ExtID, h.Date, h.Title, h.URL,
				strconv.FormatFloat(h.Rank, 'f', 3, 64), h.Snippet})
		}
		cw.Flush()
		return cw.Error()
	}
	for _, h := range hits {
		title := h.Title
		if title == "" {
			title = h.ExtID
		}
		fmt.Fprintf(w, "%-6d %-10s %s\n", h.ID, dash(h.Date), clip(title, 70))
		if h.URL != "" {
			fmt.Fprintf(w, "       %s\n", h.URL)
		}
		_, err := fmt.Fprintf(w, "       %s\n", strings.Join(strings.Fields(h.Snippet), " "))
		if err != nil {
			return err
		}
	}
	return nil
}

// writeFusedEvents writes the fused events f selects in format (table,
// jsonl or csv); with evidence, jsonl records carry their reports. query and
// export share it.
func writeFusedEvents(ctx context.Context, st store.Store, f store.EventFilter, format string, evidence bool, w io.Writer) error {
	ew := newEventWriter(w, format)
	err := st.FusedEvents(ctx, f, func(e *store.FusedEvent) error {
		if evidence && format == "jsonl" {
			ev, err := st.Evidence(ctx, e.ID)
			if err != nil {
				return err
			}
			e.Evidence = ev
		}
		return ew.write(e)
	})
	if err != nil {
		return err
	}
	if err := ew.close(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}
