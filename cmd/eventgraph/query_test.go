package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// ingested returns a database holding storyCorpus.
func ingested(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "eg.db")
	if _, stderr, err := runCmd(t, "ingest", "--db", db, "--quiet", storyCorpus(t, dir)); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	return db
}

func TestQuery_Command(t *testing.T) {
	db := ingested(t)
	out, _, err := runCmd(t, "query", "--db", db, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d fused events, want 2 (the visit, the attack):\n%s", len(lines), out)
	}
	var visit struct {
		Code        string `json:"code"`
		NumArticles int    `json:"num_articles"`
		NumSources  int    `json:"num_sources"`
		NumMentions int    `json:"num_mentions"`
		Disputed    bool   `json:"disputed"`
		FirstDate   string `json:"first_date"`
		LastDate    string `json:"last_date"`
		Place       *struct {
			Name string `json:"name"`
		} `json:"place"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &visit); err != nil {
		t.Fatal(err)
	}
	if visit.Code != "042" || visit.NumArticles != 3 || visit.NumSources != 3 || visit.NumMentions != 3 || !visit.Disputed ||
		visit.FirstDate != "2022-07-19" || visit.LastDate != "2022-07-20" || visit.Place == nil || visit.Place.Name != "Tehran" {
		t.Errorf("got %+v, want the visit fused from 3 articles of 3 sources, disputed, in Tehran", visit)
	}

	cases := []struct {
		name string
		args []string
		want int
	}{
		{"Actor", []string{"--actor", "UKRMIL"}, 1},
		{"ActorName", []string{"--actor", "iran"}, 1},
		{"Root", []string{"--root", "19"}, 1},
		{"Quad", []string{"--quad", "1"}, 1},
		{"Disputed", []string{"--disputed"}, 1},
		{"Modality", []string{"--modality", "denied"}, 1},
		{"From", []string{"--from", "2022-07-21"}, 1},
		{"To", []string{"--to", "2022-07-18"}, 0},
		{"Place", []string{"--place", "tehran"}, 1},
		{"Country", []string{"--country", "UKR"}, 1},
		{"Limit", []string{"--limit", "1"}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, _, err := runCmd(t, append([]string{"query", "--db", db, "--format", "csv"}, c.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(recs)-1 != c.want || recs[0][0] != "id" {
				t.Errorf("got %d rows, want %d:\n%s", len(recs)-1, c.want, out)
			}
		})
	}

	out, _, err = runCmd(t, "query", "--db", db)
	if err != nil || !strings.Contains(out, "RUSGOV Russia") || !strings.Contains(out, "DISPUTED") {
		t.Errorf("table: got %v\n%s", err, out)
	}
	out, _, err = runCmd(t, "query", "--db", db, "--format", "jsonl", "--evidence", "--root", "04")
	if err != nil || strings.Count(out, `"article_url"`) != 3 {
		t.Errorf("evidence: got %v\n%s", err, out)
	}
	out, _, err = runCmd(t, "query", "--db", db, "--search", "kharkiv", "--format", "jsonl")
	if err != nil || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"ext_id":"s4"`) {
		t.Errorf("search: got %v\n%s", err, out)
	}
	if _, _, err := runCmd(t, "query", "--db", db, "--search", `"open`); err == nil {
		t.Error("bad search: got nil error")
	}
}

func TestQuery_Errors(t *testing.T) {
	for _, args := range [][]string{
		{"query", "--format", "xml"},
		{"query", "--from", "July"},
		{"query", "--quad", "7"},
		{"query", "--modality", "sure"},
		{"query", "extra"},
	} {
		_, _, err := runCmd(t, args...)
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
	}
	_, _, err := runCmd(t, "query", "--db", filepath.Join(t.TempDir(), "none.db"))
	if err == nil || !strings.Contains(err.Error(), "no such database") {
		t.Errorf("missing db: got %v", err)
	}
}
