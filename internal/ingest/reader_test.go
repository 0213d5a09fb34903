package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readAll reads one source and returns its items and error.
func readAll(t *testing.T, r *Reader, src string) ([]Item, error) {
	t.Helper()
	var items []Item
	err := r.Read(context.Background(), src, func(it Item) error {
		items = append(items, it)
		return nil
	})
	return items, err
}

func TestReader_Text(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/dir/b.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Article.ID != "testdata/dir/b.txt" || !strings.HasPrefix(items[0].Article.Text, "Ukraine said") {
		t.Fatalf("got %+v", items)
	}
}

func TestReader_HTML(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/html/article.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 {
		t.Fatalf("got %d items, want 1", len(items))
	}
	a := items[0].Article
	if a.Title != "Putin to visit Iran next week" {
		t.Errorf("got title %q", a.Title)
	}
	if a.Date != "2022-07-12" {
		t.Errorf("got date %q, want 2022-07-12", a.Date)
	}
	if !strings.Contains(a.Text, "Vladimir Putin will travel to Tehran") || !strings.Contains(a.Text, "grain export deal") {
		t.Errorf("body missing: %q", a.Text)
	}
	for _, junk := range []string{"Most read", "Privacy", "Sign in", "Sport"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("body has page chrome %q: %q", junk, a.Text)
		}
	}
}

func TestReader_HTMLNoArticle(t *testing.T) {
	_, err := readAll(t, &Reader{}, "testdata/html/empty.html")
	var se *SourceError
	if !errors.As(err, &se) || !errors.Is(err, ErrNoArticle) || se.Source != "testdata/html/empty.html" {
		t.Errorf("got %v, want a SourceError with ErrNoArticle", err)
	}
}

func TestReader_Dir(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/dir")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range items {
		ids = append(ids, it.Article.ID)
	}
	want := []string{"testdata/dir/a.md", "testdata/dir/b.txt", "testdata/dir/sub/c.txt"}
	if strings.Join(ids, ",") != strings.Join(want, ",") {
		t.Errorf("got %v, want %v (path order, no hidden or image files)", ids, want)
	}
}

func TestReader_JSONL(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/jsonl/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 5 {
		t.Fatalf("got %d items, want 5 (blank line skipped)", len(items))
	}
	if a := items[0].Article; a.ID != "r1" || a.URL != "https://wire.example.com/r1" || a.Date != "2022-07-12" || items[0].Source != "wire.example.com" {
		t.Errorf("got %+v", items[0])
	}
	if a := items[1].Article; a.ID != "2" || a.Date != "2022-07-13" {
		t.Errorf("numeric id and timestamp date: got %+v", a)
	}
	if a := items[2].Article; a.Title != "HTML record" || !strings.Contains(a.Text, "Geneva") || items[2].Err != nil {
		t.Errorf("html record: got %+v, %v", a, items[2].Err)
	}
	if items[3].Err == nil || !strings.Contains(items[3].Err.Error(), "line 5") {
		t.Errorf("bad line: got %v, want an error naming line 5", items[3].Err)
	}
	if !errors.Is(items[4].Err, ErrNoArticle) {
		t.Errorf("record without text: got %v, want ErrNoArticle", items[4].Err)
	}
}

func gzipFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReader_JSONLGzip(t *testing.T) {
	data, _ := os.ReadFile("testdata/jsonl/articles.jsonl")
	p := gzipFile(t, "a.jsonl.gz", data)
	items, err := readAll(t, &Reader{}, p)
	if err != nil || len(items) != 5 {
		t.Fatalf("got %d items, %v; want 5, nil", len(items), err)
	}
	// Corrupt the stream after the header: the source fails, the run goes on.
	b, _ := os.ReadFile(p)
	for i := 20; i < len(b)-8; i++ {
		b[i] ^= 0x5a
	}
	os.WriteFile(p, b, 0o644)
	_, err = readAll(t, &Reader{}, p)
	var se *SourceError
	if !errors.As(err, &se) {
		t.Errorf("corrupt gzip: got %v, want a SourceError", err)
	}
	os.WriteFile(p, []byte("not gzip at all"), 0o644)
	if _, err := readAll(t, &Reader{}, p); err == nil || !strings.Contains(err.Error(), "gzip") {
		t.Errorf("not gzip: got %v, want a gzip error", err)
	}
}

func TestReader_RSS(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/feeds/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	a := items[0].Article
	if a.URL != "https://news.example.com/world/putin-iran" || a.ID != a.URL || a.Date != "2022-07-12" || a.Title != "Putin to visit Iran" {
		t.Errorf("got %+v", a)
	}
	if !strings.Contains(a.Text, "Kremlin said.\n\nIran has denied") {
		t.Errorf("content:encoded wins and keeps paragraphs: got %q", a.Text)
	}
	if items[0].Source != "news.example.com" {
		t.Errorf("got source %q", items[0].Source)
	}
	if a := items[1].Article; a.Date != "2022-07-13" || a.Text != "Turkey said Russia and Ukraine would meet in Istanbul to discuss grain exports." {
		t.Errorf("description as escaped HTML: got %+v", a)
	}
	if !errors.Is(items[2].Err, ErrNoArticle) {
		t.Errorf("empty item: got %v, want ErrNoArticle", items[2].Err)
	}
}

func TestReader_Atom(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/feeds/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2", len(items))
	}
	if a := items[0].Article; a.URL != "https://atom.example.org/2022/07/sullivan-drones" || a.Date != "2022-07-11" ||
		!strings.HasPrefix(a.Text, "U.S. National Security Advisor") {
		t.Errorf("got %+v", a)
	}
	if a := items[1].Article; a.Text != "Chinese and Russian officials met in Beijing on Thursday." || a.Date != "2022-07-14" {
		t.Errorf("xhtml content: got %+v", a)
	}
}

func TestReader_BrokenFeed(t *testing.T) {
	items, err := readAll(t, &Reader{}, "testdata/feeds/broken.xml")
	var se *SourceError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "parse feed") {
		t.Fatalf("got %v, want a parse error", err)
	}
	if len(items) != 1 || items[0].Article.URL != "https://broken.example.com/1" {
		t.Errorf("got %+v, want the item before the break", items)
	}
}

func TestReader_Missing(t *testing.T) {
	_, err := readAll(t, &Reader{}, "testdata/nope.txt")
	if !errors.Is(err, os.ErrNotExist) || !strings.HasPrefix(err.Error(), "testdata/nope.txt: ") {
		t.Errorf("got %v, want a not-exist error naming the file", err)
	}
}

func TestReader_URL(t *testing.T) {
	page, _ := os.ReadFile("testdata/html/article.html")
	feed, _ := os.ReadFile("testdata/feeds/rss.xml")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("GET /plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Iran denied the report."))
	})
	mux.HandleFunc("GET /old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	r := &Reader{HTTP: srv.Client()}

	items, err := readAll(t, r, srv.URL+"/old")
	if err != nil || len(items) != 1 {
		t.Fatalf("page: got %d items, %v", len(items), err)
	}
	if a := items[0].Article; a.URL != srv.URL+"/story" || a.Title != "Putin to visit Iran next week" || items[0].Source != "127.0.0.1" {
		t.Errorf("page: got %+v, source %q; want the final URL", a, items[0].Source)
	}
	if items, err := readAll(t, r, srv.URL+"/feed"); err != nil || len(items) != 3 {
		t.Errorf("feed: got %d items, %v; want 3", len(items), err)
	}
	if items, err := readAll(t, r, srv.URL+"/plain"); err != nil || len(items) != 1 || items[0].Article.Text != "Iran denied the report." {
		t.Errorf("plain: got %+v, %v", items, err)
	}
	_, err = readAll(t, r, srv.URL+"/missing")
	var he *HTTPError
	if !errors.As(err, &he) || he.Code != 404 || !strings.Contains(err.Error(), "/missing: http 404") {
		t.Errorf("404: got %v, want an HTTPError naming the URL", err)
	}
}

func TestTextOf(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"Plain", []byte("hello"), "hello", nil},
		{"BOM", []byte("\xef\xbb\xbfhello"), "hello", nil},
		{"Binary", []byte("a\x00b"), "", ErrNotText},
		{"Repaired", []byte("caf\xe9 au lait, une tasse"), "caf\uFFFD au lait, une tasse", nil},
		{"Blank", []byte(" \n"), "", ErrNoArticle},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := textOf(c.in)
			if got != c.want || !errors.Is(err, c.err) {
				t.Errorf("got %q, %v; want %q, %v", got, err, c.want, c.err)
			}
		})
	}
}

func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"2022-07-12":                      "2022-07-12",
		"2022-07-12T10:00:00+02:00":       "2022-07-12",
		"Tue, 12 Jul 2022 09:30:00 GMT":   "2022-07-12",
		"Tue, 12 Jul 2022 09:30:00 +0000": "2022-07-12",
		"12 Jul 2022":                     "2022-07-12",
		"yesterday":                       "",
		"":                                "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}
