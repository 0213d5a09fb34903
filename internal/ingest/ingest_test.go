package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"eventgraph/internal/ingest"
	"eventgraph/internal/model"
	"eventgraph/internal/store"
	"eventgraph/internal/store/sqlite"
)

// fakeExtractor is an Extractor whose behaviour the test sets.
type fakeExtractor struct {
	ExtractFunc func(ctx context.Context, a model.Article) (*model.Result, error)
}

func (f *fakeExtractor) Extract(ctx context.Context, a model.Article) (*model.Result, error) {
	return f.ExtractFunc(ctx, a)
}

// actors the fake extractor recognises, with their codes.
var fakeActors = []struct{ name, code, country string }{
	{"Russia", "RUS", "RUS"}, {"Iran", "IRN", "IRN"}, {"Ukraine", "UKR", "UKR"}, {"China", "CHN", "CHN"},
	{"United States", "USA", "USA"}, {"Poland", "POL", "POL"}, {"Turkey", "TUR", "TUR"},
}

// plausible returns a Result like the real extractor's: an entity for each
// known country named in the text, a meeting (036) between the first two
// on the article date, denied when the text says "denied", a quote-less
// claim, and a time.
func plausible(a model.Article) *model.Result {
	r := &model.Result{ID: a.ID, URL: a.URL, Sentences: []model.ResultSentence{{Start: 0, End: len([]rune(a.Text)), Section: "body"}},
		Entities: []model.ResultEntity{}, Times: []model.ResultTime{}, Quotes: []model.ResultQuote{},
		Claims: []model.ResultClaim{}, Events: []model.ResultEvent{}}
	if a.Title != "" {
		r.Title = &a.Title
	}
	if a.Date != "" {
		r.Date = &a.Date
	}
	var refs []*model.Ref
	for _, c := range fakeActors {
		i := strings.Index(a.Text, c.name)
		if i < 0 {
			continue
		}
		code, country := c.code, c.country
		id := fmt.Sprintf("e%d", len(r.Entities)+1)
		start := len([]rune(a.Text[:i]))
		r.Entities = append(r.Entities, model.ResultEntity{ID: id, Name: c.name, Type: model.GPE, Actor: &code, Country: &country,
			Mentions: []model.ResultSpan{{Start: start, End: start + len([]rune(c.name)), Text: c.name}}})
		refs = append(refs, &model.Ref{Entity: id, Name: c.name, Actor: code})
	}
	if len(refs) >= 2 {
		mod := model.ModAsserted
		if strings.Contains(a.Text, "denied") {
			mod = model.ModDenied
		}
		ev := model.ResultEvent{ID: "v1", Code: "036", Root: "03", Label: "Express intent to meet or negotiate", QuadClass: 1,
			Goldstein: 4, Source: refs[0], Target: refs[1], Modality: mod, Sentence: 0,
			Evidence: model.ResultSpan{Start: 0, End: len([]rune(a.Text)), Text: a.Text}}
		if a.Date != "" {
			d := a.Date
			ev.Date = &d
		}
		r.Events = append(r.Events, ev)
		r.Claims = append(r.Claims, model.ResultClaim{ID: "c1", Start: 0, End: 5, Text: string([]rune(a.Text)[:5]), By: refs[0],
			Status: model.ClaimAsserted, DeniedBy: []model.ResultDenial{}})
	}
	return r
}

func fake() *fakeExtractor {
	return &fakeExtractor{ExtractFunc: func(ctx context.Context, a model.Article) (*model.Result, error) {
		return plausible(a), nil
	}}
}

func openStore(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func writeGzip(t *testing.T, path string, data []byte) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIngester_Run(t *testing.T) {
	dir := t.TempDir()
	page, _ := os.ReadFile("testdata/html/article.html")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	wire := "Officials from Russia and Ukraine met in Istanbul on Wednesday to discuss the export of grain " +
		"through Black Sea ports, Turkish officials said, adding that a deal could be signed next week after " +
		"technical teams agree on inspections of ships and safe corridors for the vessels."
	copyText := strings.Replace(wire, "next week", "within days", 1)
	jsonl := fmt.Sprintf(`{"id":"w1","url":"https://a.example/w1","date":"2022-07-13","text":%q}
{"id":"w2","url":"https://b.example/w2","date":"2022-07-13","text":%q}
`, wire, copyText)
	gz := filepath.Join(dir, "wire.jsonl.gz")
	writeGzip(t, gz, []byte(jsonl))
	corrupt := filepath.Join(dir, "corrupt.jsonl.gz")
	os.WriteFile(corrupt, []byte("\x1f\x8b\x08\x00garbage"), 0o644)

	sources := []string{
		"testdata/dir",                  // 3 articles
		"testdata/jsonl/articles.jsonl", // 3 good lines, 2 bad
		"testdata/feeds/rss.xml",        // 2 items, 1 empty
		"testdata/feeds/broken.xml",     // 1 item, then a parse error
		"testdata/html/empty.html",      // no article
		gz,                              // original + wire copy
		corrupt,                         // corrupt gzip
		srv.URL + "/story",              // a page
		srv.URL + "/gone",               // 404
		"testdata/html/article.html",    // a page (same text as /story: near-duplicate)
	}
	dbPath := filepath.Join(dir, "eg.db")
	s := openStore(t, dbPath)
	var progress bytes.Buffer
	in := ingest.New(s, fake(), ingest.Config{Workers: 3, BatchSize: 4, Progress: &progress, ProgressEvery: time.Nanosecond,
		Reader: &ingest.Reader{HTTP: srv.Client()}})
	sum, err := in.Run(context.Background(), sources)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 13 || sum.New != 11 || sum.NearDuplicate != 2 || sum.Duplicate != 0 || sum.Failed != 7 {
		var b strings.Builder
		sum.Write(&b)
		t.Fatalf("got %s, want 13 read, 11 new, 2 near-duplicate, 7 failed", b.String())
	}
	var out strings.Builder
	sum.Write(&out)
	for _, want := range []string{
		"articles.jsonl:5: line 5: bad JSON",
		"r5: line 6: no article content found",
		"https://news.example.com/world/empty: feed item 3: no article content found",
		"broken.xml: parse feed",
		"empty.html: no article content found",
		"corrupt.jsonl.gz: corrupt gzip at line 1: unexpected EOF",
		"/gone: http 404 Not Found",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	if sum.OK() {
		t.Error("OK() = true, want false with failures")
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 13 || st.NearDuplicates != 2 {
		t.Errorf("got %d articles (%d near-duplicates), want 13 (2)", st.Articles, st.NearDuplicates)
	}
	if !strings.Contains(progress.String(), "ingest: ") {
		t.Errorf("no progress line: %q", progress.String())
	}

	// Re-ingest: nothing new.
	sum2, err := ingest.New(s, fake(), ingest.Config{Workers: 2, Reader: &ingest.Reader{HTTP: srv.Client()}}).Run(context.Background(), sources)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.New != 0 || sum2.NearDuplicate != 0 || sum2.Duplicate != 13 {
		var b strings.Builder
		sum2.Write(&b)
		t.Errorf("re-ingest: got %s, want 13 duplicates", b.String())
	}
	st2, _ := s.Stats(context.Background())
	if st2 != st {
		t.Errorf("re-ingest changed the store: got %+v, want %+v", st2, st)
	}
}

func TestIngester_ExtractorErrors(t *testing.T) {
	s := openStore(t, filepath.Join(t.TempDir(), "eg.db"))
	ex := &fakeExtractor{ExtractFunc: func(ctx context.Context, a model.Article) (*model.Result, error) {
		switch {
		case strings.HasSuffix(a.ID, "a.md"):
			return nil, errors.New("boom")
		case strings.HasSuffix(a.ID, "b.txt"):
			panic("extractor bug")
		}
		return plausible(a), nil
	}}
	sum, err := ingest.New(s, ex, ingest.Config{Workers: 2}).Run(context.Background(), []string{"testdata/dir"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Failed != 2 || len(sum.Failures) != 2 {
		t.Fatalf("got %+v, want 1 new, 2 failed", sum)
	}
	got := sum.Failures[0].Reason + " " + sum.Failures[1].Reason
	if !strings.Contains(got, "extract: boom") || !strings.Contains(got, "extractor panic: extractor bug") {
		t.Errorf("got reasons %q", got)
	}
}

func TestIngester_Cancel(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "many.jsonl")
	const n = 200
	os.WriteFile(src, corpus(n), 0o644)
	s := openStore(t, filepath.Join(dir, "eg.db"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int64
	ex := &fakeExtractor{ExtractFunc: func(ctx context.Context, a model.Article) (*model.Result, error) {
		if calls.Add(1) == 50 {
			cancel()
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return plausible(a), nil
	}}
	sum, err := ingest.New(s, ex, ingest.Config{Workers: 4, BatchSize: 8}).Run(ctx, []string{src})
	if !errors.Is(err, context.Canceled) || !sum.Interrupted {
		t.Fatalf("got %v (interrupted %v), want context.Canceled", err, sum.Interrupted)
	}
	st, _ := s.Stats(context.Background())
	if st.Articles != int64(sum.New+sum.NearDuplicate) || st.Articles == 0 || st.Articles >= n {
		t.Errorf("got %d stored, summary says %d new: want them equal and between 0 and %d", st.Articles, sum.New, n)
	}
	if sum.Failed != 0 {
		t.Errorf("got %d failed, want 0: cancelled articles are not failures", sum.Failed)
	}
	// The next run completes the job.
	sum, err = ingest.New(s, fake(), ingest.Config{Workers: 4}).Run(context.Background(), []string{src})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 {
		t.Errorf("resumed run: got %d failed, want 0", sum.Failed)
	}
	st, _ = s.Stats(context.Background())
	if st.Articles != n {
		t.Errorf("after resume: got %d articles, want %d", st.Articles, n)
	}
}

// corpus returns n JSON Lines articles, distinct enough not to be
// near-duplicates, about half with URLs, with meetings between countries.
func corpus(n int) []byte {
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		l := len(fakeActors)
		x, y := fakeActors[i%l].name, fakeActors[(i%l+1+(i/l)%(l-1))%l].name // y != x
		text := fmt.Sprintf("%s and %s held talks on day %d. ", x, y, i)
		for j := 0; j < 40; j++ {
			text += fmt.Sprintf("word%d_%d ", (i*7919+j*104729)%100003, j)
		}
		url := ""
		if i%2 == 0 {
			url = fmt.Sprintf("https://news%d.example/story/%d", i%5, i)
		}
		fmt.Fprintf(&b, `{"id":"a%d","url":%q,"date":"2022-07-%02d","title":"Story %d","text":%q}`+"\n", i, url, 1+i%28, i, text)
	}
	return b.Bytes()
}

func sqliteOpen(path string) (*sqlite.Store, error) {
	return sqlite.Open(context.Background(), path, store.Options{})
}

func TestIngester_InputOrder(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.jsonl")
	os.WriteFile(src, corpus(60), 0o644)
	s := openStore(t, filepath.Join(dir, "eg.db"))
	ex := &fakeExtractor{ExtractFunc: func(ctx context.Context, a model.Article) (*model.Result, error) {
		var n int
		fmt.Sscanf(a.ID, "a%d", &n)
		time.Sleep(time.Duration(n%7) * time.Millisecond) // finish out of order
		return plausible(a), nil
	}}
	if _, err := ingest.New(s, ex, ingest.Config{Workers: 4, BatchSize: 5}).Run(context.Background(), []string{src}); err != nil {
		t.Fatal(err)
	}
	for i := int64(1); i <= 60; i++ {
		a, err := s.Article(context.Background(), i)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("a%d", i-1); a.ExtID != want {
			t.Fatalf("row %d holds %s, want %s: articles are stored in input order", i, a.ExtID, want)
		}
	}
}
