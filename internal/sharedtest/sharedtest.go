// Package sharedtest finds the project's shared folder (../shared beside the
// repository: gold sets, training data, the Reuters corpus) for tests and
// benchmarks. A fresh clone has no such folder; tests that need it skip.
package sharedtest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Root returns the shared folder, from $EVENTGRAPH_SHARED or ../shared beside
// the module root, and whether it exists.
func Root() (string, bool) {
	if d := os.Getenv("EVENTGRAPH_SHARED"); d != "" {
		_, err := os.Stat(d)
		return d, err == nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared")
			_, err := os.Stat(d)
			return d, err == nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Path returns the path of rel inside the shared folder, or skips the test
// with a clear message when the folder or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, ok := Root()
	if !ok {
		tb.Skip("skipping: the shared folder (../shared or $EVENTGRAPH_SHARED) is absent")
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s is absent", p)
	}
	return p
}

// Article is one record of the Reuters-21578 benchmark corpus.
type Article struct {
	ID, Date, Title, Text string
}

// Corpus returns the first n articles of the Reuters-21578 corpus in the
// shared folder (all of them for n <= 0) and their whitespace word count,
// or skips the test or benchmark when the corpus is absent.
func Corpus(tb testing.TB, n int) ([]Article, int) {
	tb.Helper()
	f, err := os.Open(Path(tb, "corpus/reuters21578.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Article
	words := 0
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
		words += len(strings.Fields(a.Text))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out, words
}
