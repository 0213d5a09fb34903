package main

import (
	"bufio"
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlite"
)

// ExportCommand writes the fused events of a database as a GDELT 2.0 event
// table, JSON Lines, CSV, or the actor network as GraphML.
type ExportCommand struct {
	*Main
}

// Usage prints the command's help.
func (c *ExportCommand) Usage(fs *flag.FlagSet) {
	fmt.Fprint(c.Stderr, `Usage: eventgraph export [flags] --format gdelt|jsonl|csv|graphml

Writes every fused event of the database:
  gdelt    the GDELT 2.0 event table: 61 tab-separated columns, no header;
           our modality, dispute and claim fields go to OUT.modality.tsv
  jsonl    one fused event per line with its evidence
  csv      one fused event per row, with a header
  graphml  the actor network: actors as nodes, events as edges weighted by
           mentions, one edge per source, target and quad class

With --out the file is written to a temporary name and renamed at the end,
so an error leaves no partial file. Without --out it goes to stdout.

Flags:
`)
	fs.PrintDefaults()
}

// Run parses flags and writes the export.
func (c *ExportCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(c.Stderr)
	db := fs.String("db", sqlite.DefaultPath, "SQLite database file, or a postgres:// URL")
	format := fs.String("format", "", "gdelt, jsonl, csv or graphml (required)")
	out := fs.String("out", "", "output file (default stdout)")
	fs.Usage = func() { c.Usage(fs) }
	if err := fs.Parse(args); err != nil {
		return &usageError{err: err}
	}
	if fs.NArg() > 0 {
		return usagef("export: unexpected argument %q", fs.Arg(0))
	}
	switch *format {
	case "gdelt", "jsonl", "csv", "graphml":
	case "":
		return usagef("export: --format is required: gdelt, jsonl, csv or graphml")
	default:
		return usagef("bad --format %q: want gdelt, jsonl, csv or graphml", *format)
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch *format {
	case "gdelt":
		if *out == "" {
			fmt.Fprintln(c.Stderr, "eventgraph: export: no --out, so the modality file is not written")
			return writeStdout(c.Stdout, func(w io.Writer) error { return exportGDELT(ctx, st, w, nil) })
		}
		return writeAtomicFiles([]string{*out, *out + ".modality.tsv"}, func(ws []io.Writer) error {
			return exportGDELT(ctx, st, ws[0], ws[1])
		})
	case "jsonl", "csv":
		fn := func(w io.Writer) error {
			return writeFusedEvents(ctx, st, store.EventFilter{Order: store.OrderID}, *format, true, w)
		}
		if *out == "" {
			return writeStdout(c.Stdout, fn)
		}
		return writeAtomic(*out, fn)
	}
	fn := func(w io.Writer) error { return exportGraphML(ctx, st, w) }
	if *out == "" {
		return writeStdout(c.Stdout, fn)
	}
	return writeAtomic(*out, fn)
}

func writeStdout(w io.Writer, fn func(io.Writer) error) error {
	bw := bufio.NewWriter(w)
	if err := fn(bw); err != nil {
		return err
	}
	return flushOut(bw)
}

// writeAtomic writes path through a temporary file in the same directory,
// synced and renamed into place only when fn succeeds, so that readers never
// see a partial file and an error leaves none behind.
func writeAtomic(path string, fn func(io.Writer) error) error {
	return writeAtomicFiles([]string{path}, func(ws []io.Writer) error { return fn(ws[0]) })
}

// writeAtomicFiles is writeAtomic for files that belong together (the
// GDELT table and its modality file): none is renamed into place unless
// all were written.
func writeAtomicFiles(paths []string, fn func([]io.Writer) error) (err error) {
	files := make([]*os.File, 0, len(paths))
	defer func() {
		if err != nil {
			for _, f := range files {
				f.Close()
				os.Remove(f.Name())
			}
		}
	}()
	ws := make([]io.Writer, len(paths))
	bws := make([]*bufio.Writer, len(paths))
	for i, path := range paths {
		f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		files = append(files, f)
		bws[i] = bufio.NewWriterSize(f, 1<<16)
		ws[i] = bws[i]
	}
	if err := fn(ws); err != nil {
		return err
	}
	for i, f := range files {
		if err := bws[i].Flush(); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
		if err := f.Sync(); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
	}
	for i, f := range files {
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
	}
	for i, f := range files {
		if err := os.Rename(f.Name(), paths[i]); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
	}
	return nil
}

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order
// (GDELT Event Codebook V2.0, http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf).
var GDELTColumns = func() []string {
	cols := []string{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
			"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, a+f)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
		"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo", "Actor2Geo", "ActionGeo"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			cols = append(cols, g+"_"+f)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}()

// modalityColumns are the header of the .modality.tsv side file.
var modalityColumns = []string{"GlobalEventID", "Modality", "Disputed", "NumAffirmed", "NumDenied",
	"FirstDate", "LastDate", "FirstSeen", "LastSeen", "ClaimStatus", "ClaimBy", "ClaimText", "Evidence"}

// groupTypes are the CAMEO actor prefixes that are types, not countries:
// an IGO, NGO, IMG or MNC, often followed by the group's own code
// (IGOUNO: the UN), which GDELT puts in KnownGroupCode.
var groupTypes = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true}

// gdeltActor fills the 10 actor columns. GDELT's CountryCode is the CAMEO
// country (ISO 3166-1 alpha-3, as ours); the Type codes are the
// three-letter role blocks after it (USAGOVMIL: GOV, MIL).
func gdeltActor(a *store.Actor) []string {
	cols := make([]string, 10)
	if a == nil {
		return cols
	}
	code := a.Code
	cols[0], cols[1], cols[2] = code, strings.ToUpper(a.Name), a.Country
	var types []string
	rest := code
	if len(rest) >= 3 {
		head := rest[:3]
		switch {
		case groupTypes[head]:
			types = append(types, head)
			rest = rest[3:]
			switch {
			case len(rest) >= 3 && rest[:3] == a.Country:
				rest = rest[3:] // MNCGBR: a multinational based in GBR
			case len(rest) >= 3:
				cols[3], rest = rest[:3], rest[3:]
			}
		case head == a.Country || (a.Country == "" && isUpperAlpha(head)):
			if cols[2] == "" {
				cols[2] = head
			}
			rest = rest[3:]
		}
	}
	for len(rest) >= 3 {
		types, rest = append(types, rest[:3]), rest[3:]
	}
	for i := 0; i < 3 && i < len(types); i++ {
		cols[7+i] = types[i]
	}
	return cols
}

func isUpperAlpha(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}

// gdeltGeo fills the 8 geography columns. GDELT's Geo_CountryCode and
// ADM1Code are FIPS 10-4 codes, which we do not have: they stay blank rather
// than hold ISO codes under a FIPS name.
func gdeltGeo(name, country, kind string, lat, lon *float64, featureID int) []string {
	cols := make([]string, 8)
	if lat == nil || lon == nil {
		if name == "" {
			return cols
		}
	}
	typ := ""
	switch kind {
	case "country":
		typ = "1"
	case "admin1":
		typ = "5"
		if country == "USA" {
			typ = "2"
		}
	case "city", "landmark":
		typ = "4"
		if country == "USA" {
			typ = "3"
		}
	}
	cols[0], cols[1] = typ, name
	cols[5], cols[6] = fmtFloat(lat), fmtFloat(lon)
	if featureID != 0 {
		cols[7] = strconv.Itoa(featureID)
	}
	return cols
}

// exportGDELT writes one GDELT row per fused event to w and, when mw is
// not nil, our modality fields to mw.
func exportGDELT(ctx context.Context, st store.Store, w, mw io.Writer) error {
	if mw != nil {
		if _, err := io.WriteString(mw, strings.Join(modalityColumns, "\t")+"\n"); err != nil {
			return fmt.Errorf("write modality: %w", err)
		}
	}
	row := make([]string, 0, len(GDELTColumns))
	return st.FusedEvents(ctx, store.EventFilter{Order: store.OrderID}, func(e *store.FusedEvent) error {
		ev, err := st.Evidence(ctx, e.ID)
		if err != nil {
			return err
		}
		row = gdeltRow(row[:0], e, ev)
		if _, err := io.WriteString(w, strings.Join(row, "\t")+"\n"); err != nil {
			return fmt.Errorf("write gdelt: %w", err)
		}
		if mw == nil {
			return nil
		}
		var claim store.EventReport
		var texts []string
		for _, r := range ev {
			if claim.Claim == "" && r.Claim != "" {
				claim = r
			}
			texts = append(texts, r.Text)
		}
		m := []string{strconv.FormatInt(e.ID, 10), e.Modality, strconv.FormatBool(e.Disputed),
			strconv.Itoa(e.NumAffirmed), strconv.Itoa(e.NumDenied), e.FirstDate, e.LastDate, e.FirstSeen, e.LastSeen,
			claim.ClaimStatus, claim.ClaimBy, claim.Claim, strings.Join(texts, " | ")}
		for i := range m {
			m[i] = tsvField(m[i])
		}
		if _, err := io.WriteString(mw, strings.Join(m, "\t")+"\n"); err != nil {
			return fmt.Errorf("write modality: %w", err)
		}
		return nil
	})
}

// gdeltRow appends the 61 columns of one fused event.
func gdeltRow(row []string, e *store.FusedEvent, ev []store.EventReport) []string {
	var day, monthYear, year, fraction string
	if t, err := time.Parse(time.DateOnly, e.FirstDate); err == nil {
		day, monthYear, year = t.Format("20060102"), t.Format("200601"), t.Format("2006")
		// GDELT: YYYY.FFFF, the fraction of the year passed.
		fraction = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay()-1)/365, 'f', 4, 64)
	}
	row = append(row, strconv.FormatInt(e.ID, 10), day, monthYear, year, fraction)
	row = append(row, gdeltActor(&e.Source)...)
	row = append(row, gdeltActor(e.Target)...)
	isRoot := "0"
	for _, r := range ev {
		if r.Sentence == 0 {
			isRoot = "1" // GDELT: the event is in the lead of some article
		}
	}
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	row = append(row, isRoot, e.Code, base, e.Root, strconv.Itoa(e.QuadClass),
		strconv.FormatFloat(e.Goldstein, 'f', 1, 64), strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources),
		strconv.Itoa(e.NumArticles), "")
	for _, a := range []*store.Actor{&e.Source, e.Target} {
		if a == nil || a.Lat == nil {
			row = append(row, make([]string, 8)...)
			continue
		}
		row = append(row, gdeltGeo(a.Name, a.Country, a.GeoKind, a.Lat, a.Lon, a.GeonameID)...)
	}
	if p := e.Place; p != nil {
		row = append(row, gdeltGeo(p.Name, p.Country, p.Kind, p.Lat, p.Lon, p.GeonameID)...)
	} else {
		row = append(row, make([]string, 8)...)
	}
	added := ""
	if t, err := time.Parse(time.RFC3339, e.DateAdded); err == nil {
		added = t.UTC().Format("20060102150405")
	}
	row = append(row, added, e.SourceURL)
	for i := range row {
		row[i] = tsvField(row[i])
	}
	return row
}

// tsvField keeps a value on one line and in one column.
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}

// GraphML document types.
type (
	graphML struct {
		XMLName xml.Name   `xml:"graphml"`
		XMLNS   string     `xml:"xmlns,attr"`
		Keys    []graphKey `xml:"key"`
		Graph   graph      `xml:"graph"`
	}
	graphKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	graph struct {
		ID          string      `xml:"id,attr"`
		EdgeDefault string      `xml:"edgedefault,attr"`
		Nodes       []graphNode `xml:"node"`
		Edges       []graphEdge `xml:"edge"`
	}
	graphNode struct {
		ID   string      `xml:"id,attr"`
		Data []graphData `xml:"data"`
	}
	graphEdge struct {
		ID     string      `xml:"id,attr"`
		Source string      `xml:"source,attr"`
		Target string      `xml:"target,attr"`
		Data   []graphData `xml:"data"`
	}
	graphData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
)

// exportGraphML writes the directed actor network: one node per actor
// (its code, else its name), one edge per source, target and quad class
// with the number of fused events and their mentions as weight.
func exportGraphML(ctx context.Context, st store.Store, w io.Writer) error {
	type nodeInfo struct{ code, name, country string }
	type edgeKey struct {
		src, tgt string
		quad     int
	}
	type edgeInfo struct{ events, mentions, disputed int }
	nodes := map[string]*nodeInfo{}
	edges := map[edgeKey]*edgeInfo{}
	node := func(a store.Actor) string {
		id := a.Key()
		if id == "" {
			id = "?"
		}
		if _, ok := nodes[id]; !ok {
			nodes[id] = &nodeInfo{code: a.Code, name: a.Name, country: a.Country}
		}
		return id
	}
	err := st.FusedEvents(ctx, store.EventFilter{Order: store.OrderID}, func(e *store.FusedEvent) error {
		if e.Target == nil {
			node(e.Source)
			return nil
		}
		k := edgeKey{node(e.Source), node(*e.Target), e.QuadClass}
		ei := edges[k]
		if ei == nil {
			ei = &edgeInfo{}
			edges[k] = ei
		}
		ei.events++
		ei.mentions += e.NumMentions
		if e.Disputed {
			ei.disputed++
		}
		return nil
	})
	if err != nil {
		return err
	}
	doc := graphML{XMLNS: "http://graphml.graphdrawing.org/xmlns", Keys: []graphKey{
		{"code", "node", "code", "string"}, {"name", "node", "name", "string"}, {"country", "node", "country", "string"},
		{"quad", "edge", "quad_class", "int"}, {"weight", "edge", "weight", "int"},
		{"events", "edge", "events", "int"}, {"disputed", "edge", "disputed", "int"},
	}, Graph: graph{ID: "actors", EdgeDefault: "directed"}}
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		n := nodes[id]
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphNode{ID: id, Data: []graphData{
			{"code", n.code}, {"name", n.name}, {"country", n.country}}})
	}
	keys := make([]edgeKey, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.tgt != b.tgt {
			return a.tgt < b.tgt
		}
		return a.quad < b.quad
	})
	for i, k := range keys {
		ei := edges[k]
		doc.Graph.Edges = append(doc.Graph.Edges, graphEdge{ID: "e" + strconv.Itoa(i+1), Source: k.src, Target: k.tgt,
			Data: []graphData{{"quad", strconv.Itoa(k.quad)}, {"weight", strconv.Itoa(ei.mentions)},
				{"events", strconv.Itoa(ei.events)}, {"disputed", strconv.Itoa(ei.disputed)}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}
