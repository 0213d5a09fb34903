package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventgraph/internal/store"
)

// readGDELT reads a GDELT event file into rows keyed by the standard
// column names.
func readGDELT(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var out []map[string]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(rec) != 61 {
			t.Fatalf("row %d has %d columns, want 61", len(out)+1, len(rec))
		}
		row := map[string]string{}
		for i, name := range GDELTColumns {
			row[name] = rec[i]
		}
		out = append(out, row)
	}
}

func TestGDELTColumns(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("got %d columns, want 61", len(GDELTColumns))
	}
	for i, want := range map[int]string{0: "GlobalEventID", 1: "Day", 5: "Actor1Code", 14: "Actor1Type3Code", 15: "Actor2Code",
		25: "IsRootEvent", 26: "EventCode", 29: "QuadClass", 30: "GoldsteinScale", 34: "AvgTone", 35: "Actor1Geo_Type",
		39: "Actor1Geo_ADM2Code", 42: "Actor1Geo_FeatureID", 51: "ActionGeo_Type", 58: "ActionGeo_FeatureID", 59: "DATEADDED", 60: "SOURCEURL"} {
		if GDELTColumns[i] != want {
			t.Errorf("column %d: got %s, want %s", i, GDELTColumns[i], want)
		}
	}
}

func TestGDELTActor(t *testing.T) {
	cases := []struct {
		name string
		a    store.Actor
		want []string // Code, CountryCode, KnownGroupCode, Type1, Type2, Type3
	}{
		{"CountryRoles", store.Actor{Code: "USAGOVMIL", Country: "USA"}, []string{"USAGOVMIL", "USA", "", "GOV", "MIL", ""}},
		{"KnownGroup", store.Actor{Code: "IGOUNO", Name: "United Nations"}, []string{"IGOUNO", "", "UNO", "IGO", "", ""}},
		{"MultinationalInCountry", store.Actor{Code: "MNCGBR", Country: "GBR"}, []string{"MNCGBR", "GBR", "", "MNC", "", ""}},
		{"CountryFromCode", store.Actor{Code: "IRNGOV"}, []string{"IRNGOV", "IRN", "", "GOV", "", ""}},
		{"NameOnly", store.Actor{Name: "Acme rebels"}, []string{"", "", "", "", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cols := gdeltActor(&c.a)
			got := []string{cols[0], cols[2], cols[3], cols[7], cols[8], cols[9]}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestExport_GDELT(t *testing.T) {
	db := ingested(t)
	out := filepath.Join(t.TempDir(), "events.tsv")
	if _, stderr, err := runCmd(t, "export", "--db", db, "--format", "gdelt", "--out", out); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	rows := readGDELT(t, out)
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want 2", len(rows))
	}
	visit := rows[0]
	for col, want := range map[string]string{
		"GlobalEventID": "1", "Day": "20220719", "MonthYear": "202207", "Year": "2022", "FractionDate": "2022.5452",
		"Actor1Code": "RUSGOV", "Actor1Name": "RUSSIA", "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV", "Actor1Type2Code": "",
		"Actor2Code": "IRNGOV", "Actor2Name": "IRAN", "Actor2CountryCode": "IRN", "Actor2Type1Code": "GOV",
		"IsRootEvent": "1", "EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1",
		"GoldsteinScale": "1.9", "NumMentions": "3", "NumSources": "3", "NumArticles": "3", "AvgTone": "",
		"Actor1Geo_Type": "1", "Actor1Geo_FullName": "Russia", "Actor1Geo_Lat": "61.5", "Actor1Geo_Long": "105.3", "Actor1Geo_FeatureID": "1000",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Tehran", "ActionGeo_CountryCode": "", "ActionGeo_Lat": "35.69", "ActionGeo_Long": "51.39",
		"ActionGeo_FeatureID": "112931", "SOURCEURL": "https://www.alpha.example/1",
	} {
		if got := visit[col]; got != want {
			t.Errorf("%s: got %q, want %q", col, got, want)
		}
	}
	if len(visit["DATEADDED"]) != 14 {
		t.Errorf("DATEADDED: got %q, want YYYYMMDDHHMMSS", visit["DATEADDED"])
	}
	if rows[1]["EventRootCode"] != "19" || rows[1]["QuadClass"] != "4" || rows[1]["GoldsteinScale"] != "-10.0" || rows[1]["Actor2Type1Code"] != "MIL" {
		t.Errorf("attack row: got %v", rows[1])
	}

	b, err := os.ReadFile(out + ".modality.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "GlobalEventID\tModality\tDisputed") {
		t.Fatalf("modality file: got %q", b)
	}
	f := strings.Split(lines[1], "\t")
	if f[0] != "1" || f[2] != "true" || f[3] != "2" || f[4] != "1" || f[9] != "denied" {
		t.Errorf("modality row: got %q", f)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestExport_Formats(t *testing.T) {
	db := ingested(t)
	dir := t.TempDir()

	out, _, err := runCmd(t, "export", "--db", db, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var ev struct {
		ID       int64 `json:"id"`
		Evidence []struct {
			Text string `json:"text"`
		} `json:"evidence"`
	}
	if err := json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &ev); err != nil || ev.ID != 1 || len(ev.Evidence) != 3 {
		t.Errorf("jsonl: got %+v, %v", ev, err)
	}

	csvPath := filepath.Join(dir, "e.csv")
	if _, _, err := runCmd(t, "export", "--db", db, "--format", "csv", "--out", csvPath); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(csvPath)
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(recs) != 3 || len(recs[0]) != len(eventColumns) {
		t.Errorf("csv: got %d rows, %v", len(recs), err)
	}

	gpath := filepath.Join(dir, "g.graphml")
	if _, _, err := runCmd(t, "export", "--db", db, "--format", "graphml", "--out", gpath); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(gpath)
	var g graphML
	if err := xml.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Graph.Nodes) != 3 || len(g.Graph.Edges) != 2 || g.Graph.EdgeDefault != "directed" {
		t.Fatalf("graphml: got %d nodes, %d edges", len(g.Graph.Nodes), len(g.Graph.Edges))
	}
	e := g.Graph.Edges[0]
	if e.Source != "RUSGOV" || e.Target != "IRNGOV" || e.Data[0].Value != "1" || e.Data[1].Value != "3" {
		t.Errorf("graphml edge: got %+v, want RUSGOV→IRNGOV quad 1 weight 3", e)
	}
}

func TestExport_Errors(t *testing.T) {
	db := ingested(t)
	for _, args := range [][]string{
		{"export", "--db", db},
		{"export", "--db", db, "--format", "pdf"},
	} {
		_, _, err := runCmd(t, args...)
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
	}
	if _, _, err := runCmd(t, "export", "--db", db, "--format", "gdelt", "--out", filepath.Join(t.TempDir(), "no", "dir", "x.tsv")); err == nil {
		t.Error("unwritable --out: got nil error")
	}
}

func TestWriteAtomic_ErrorLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.tsv")
	os.WriteFile(path, []byte("old\n"), 0o644)
	boom := errors.New("boom")
	err := writeAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want boom", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Errorf("got %q, want the old file untouched", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("got %d files, want 1 (no temporary left)", len(entries))
	}
}
