package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runMain runs the program with args and returns stdout, stderr and the error.
func runMain(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(stdin), &out, &errb)
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtract_Seed(t *testing.T) {
	out, _, err := runMain(t, "", "extract", "--date", "2022-07-12", "../../examples/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not one JSON object: %v", err)
	}
	for _, k := range []string{"id", "title", "date", "sentences", "entities", "times", "quotes", "claims", "events"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if got := doc["date"]; got != "2022-07-12" {
		t.Errorf("date: got %v, want 2022-07-12", got)
	}
}

func TestExtract_BadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("Iran denied the report on Tuesday."))
	big := bytes.Repeat([]byte("word "), 10<<20) // 50 MB on one line
	cases := []struct {
		name    string
		file    string
		wantErr string
	}{
		{"Empty", writeFile(t, dir, "empty.txt", nil), "empty"},
		{"Binary", writeFile(t, dir, "bin.txt", []byte("\x00\x01\x02ELF\x00\x00")), "binary"},
		{"InvalidUTF8", writeFile(t, dir, "bad.txt", []byte("caf\xc3 na\xefve \xe2\x82 text with \xf0\x9f\x98 many ok é bytes \xff\xfe\xfd\xfc")), "not valid UTF-8"},
		{"HugeLine", writeFile(t, dir, "huge.txt", big), "size limit"},
		{"HugeJSONLLine", writeFile(t, dir, "huge.jsonl", append(append([]byte(`{"id":"x","text":"`), big...), []byte("\"}\n{\"id\":\"ok\",\"text\":\"Iran denied it.\"}\n")...)), "size limit"},
		{"Missing", filepath.Join(dir, "nope.txt"), "no such file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stderr, err := runMain(t, "", "extract", "--date", "2022-07-12", "--format", "jsonl", c.file, good)
			if !errors.Is(err, errReported) {
				t.Fatalf("got error %v, want the per-input failure status", err)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if !strings.Contains(lines[0], c.file) || !strings.Contains(lines[0], c.wantErr) {
				t.Errorf("stderr %q: want one line naming %s and %q", lines[0], c.file, c.wantErr)
			}
			// The good article after the bad one is still extracted.
			if !strings.Contains(out, `"id":"`+good+`"`) {
				t.Errorf("the good input was not extracted; stdout: %.200s", out)
			}
		})
	}
}

func TestExtract_UsageErrors(t *testing.T) {
	for name, args := range map[string][]string{
		"BadDate":   {"extract", "--date", "12/07/2022", "../../examples/seed.txt"},
		"BadFormat": {"extract", "--format", "xml", "../../examples/seed.txt"},
		"BadFlag":   {"extract", "--nope"},
	} {
		t.Run(name, func(t *testing.T) {
			out, _, err := runMain(t, "", args...)
			var ue *usageError
			if !errors.As(err, &ue) {
				t.Fatalf("got %v, want a usage error", err)
			}
			if out != "" {
				t.Errorf("usage error wrote output: %.100s", out)
			}
		})
	}
}

func TestExtract_Inputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/2.txt", []byte("Russia said it would talk."))
	writeFile(t, dir, "a/1.md", []byte("Iran denied the report."))
	writeFile(t, dir, "c/x.jsonl", []byte(`{"id":"j1","date":"2022-07-12","text":"Turkey will meet Iran next Tuesday."}`+"\n"))
	writeFile(t, dir, "skip.png", []byte("not an article"))
	out, _, err := runMain(t, "", "extract", "--format", "json", dir)
	if err != nil {
		t.Fatal(err)
	}
	var docs []struct {
		ID   string  `json:"id"`
		Date *string `json:"date"`
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("a directory gives a JSON array: %v", err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, filepath.Base(d.ID))
	}
	if got, want := strings.Join(ids, ","), "1.md,2.txt,j1"; got != want {
		t.Errorf("articles in path order: got %s, want %s", got, want)
	}
	if docs[2].Date == nil || *docs[2].Date != "2022-07-12" {
		t.Errorf("JSONL date is the reference date: got %v", docs[2].Date)
	}
	// stdin is one article with id "stdin".
	out, _, err = runMain(t, "Iran denied it.", "extract", "-")
	if err != nil || !strings.Contains(out, `"id":"stdin"`) {
		t.Errorf("stdin: err %v, out %.100s", err, out)
	}
}

func TestExtract_HTML(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Iran denies drone report</title></head><body><article><h1>Iran denies drone report</h1>` +
		`<p>TEHRAN, July 12 (Reuters) - Iran on Tuesday denied a report by the United States that it was preparing to send ` +
		`hundreds of drones to Russia, the foreign ministry said in a statement read on state television.</p>` +
		`<p>“There hasn’t been anything like that lately,” foreign ministry spokesman Nasser Kanaani told reporters in Tehran.</p>` +
		`</article></body></html>`
	p := writeFile(t, dir, "page.html", []byte(page))
	out, stderr, err := runMain(t, "", "extract", "--date", "2022-07-12", p)
	if err != nil {
		t.Fatalf("err %v, stderr %s", err, stderr)
	}
	var doc struct {
		Title    *string `json:"title"`
		Entities []struct {
			Name string `json:"name"`
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title == nil || *doc.Title != "Iran denies drone report" {
		t.Errorf("title: got %v, want the page's title", doc.Title)
	}
	found := false
	for _, e := range doc.Entities {
		found = found || e.Name == "Nasser Kanaani"
	}
	if !found {
		t.Errorf("the article text of the page was not analysed: %+v", doc.Entities)
	}
}
