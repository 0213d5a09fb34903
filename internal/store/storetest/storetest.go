package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// NewStore opens a fresh, empty store with the given options; the test's
// cleanup closes it.
type NewStore func(t *testing.T, opts store.Options) store.Store

// Run runs the conformance suite against the backend newStore opens.
func Run(t *testing.T, newStore NewStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, newStore NewStore)
	}{
		{"PutNew", testPutNew},
		{"PutDuplicate", testPutDuplicate},
		{"PutDuplicateInBatch", testPutDuplicateInBatch},
		{"PutNearDuplicate", testPutNearDuplicate},
		{"PutPartialFailure", testPutPartialFailure},
		{"FusionMerge", testFusionMerge},
		{"FusionWindow", testFusionWindow},
		{"FusionSeparates", testFusionSeparates},
		{"FusionNameKey", testFusionNameKey},
		{"FusionDisputed", testFusionDisputed},
		{"FusionUndated", testFusionUndated},
		{"QueryFilters", testQueryFilters},
		{"Search", testSearch},
		{"ArticleNotFound", testArticleNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStore) })
	}
}

func fixedNow() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }

func open(t *testing.T, newStore NewStore) store.Store {
	t.Helper()
	return newStore(t, store.Options{Now: fixedNow})
}

func put(t *testing.T, s store.Store, recs ...*store.Record) []store.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), recs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(res) != len(recs) {
		t.Fatalf("Put returned %d results, want %d", len(res), len(recs))
	}
	return res
}

func fused(t *testing.T, s store.Store, f store.EventFilter) []*store.FusedEvent {
	t.Helper()
	var out []*store.FusedEvent
	if err := s.FusedEvents(context.Background(), f, func(e *store.FusedEvent) error {
		out = append(out, e)
		return nil
	}); err != nil {
		t.Fatalf("FusedEvents(%+v): %v", f, err)
	}
	return out
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func visit(date string) Ev {
	return Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: date}
}

func testPutNew(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	rec := Record("a1", "https://www.example.com/a1", "example.com", "2022-07-12", visit("2022-07-12"))
	res := put(t, s, rec)
	if res[0].Status != store.StatusNew || res[0].ArticleID == 0 || res[0].Err != nil {
		t.Fatalf("got %+v, want new with an id", res[0])
	}
	a, err := s.Article(context.Background(), res[0].ArticleID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if a.Text != rec.Article.Text || a.URL != rec.Article.URL || a.ExtID != "a1" || a.Date != "2022-07-12" ||
		a.Source != "example.com" || a.DuplicateOf != 0 {
		t.Errorf("got article %+v, want the record's fields", a)
	}
	if a.Key != store.ArticleKey(rec.Article.URL, rec.Article.Text) {
		t.Errorf("got key %q, want %q", a.Key, store.ArticleKey(rec.Article.URL, rec.Article.Text))
	}
	ok, err := s.HasArticle(context.Background(), a.Key)
	if err != nil || !ok {
		t.Errorf("HasArticle = %v, %v; want true", ok, err)
	}
	st := stats(t, s)
	want := store.Stats{Articles: 1, Entities: 2, Mentions: 2, Events: 1, Quotes: 1, Claims: 1, Times: 1, FusedEvents: 1, SchemaVersion: st.SchemaVersion}
	if st != want {
		t.Errorf("got stats %+v, want %+v", st, want)
	}
	if st.SchemaVersion < 1 {
		t.Errorf("got schema version %d, want >= 1", st.SchemaVersion)
	}
}

func testPutDuplicate(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	withURL := Record("a1", "https://example.com/a1", "example.com", "2022-07-12", visit("2022-07-12"))
	noURL := Record("b1", "", "", "2022-07-12", visit("2022-07-12"))
	first := put(t, s, withURL, noURL)
	before := stats(t, s)
	// Same URL, other text: still the same article. Same text, no URL: same hash.
	again := Record("a1-again", "HTTPS://EXAMPLE.COM/a1#top", "example.com", "2022-07-13", visit("2022-07-13"))
	again2 := Record("b1", "", "", "2022-07-12", visit("2022-07-12"))
	res := put(t, s, again, again2)
	for i, r := range res {
		if r.Status != store.StatusDuplicate || r.ArticleID != first[i].ArticleID {
			t.Errorf("record %d: got %+v, want duplicate of %d", i, r, first[i].ArticleID)
		}
	}
	if after := stats(t, s); after != before {
		t.Errorf("re-ingest changed stats: got %+v, want %+v", after, before)
	}
}

func testPutDuplicateInBatch(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	r := Record("a1", "https://example.com/a1", "example.com", "2022-07-12", visit("2022-07-12"))
	res := put(t, s, r, r)
	if res[0].Status != store.StatusNew || res[1].Status != store.StatusDuplicate {
		t.Errorf("got %v, %v; want new, duplicate", res[0].Status, res[1].Status)
	}
	if st := stats(t, s); st.Articles != 1 || st.Events != 1 {
		t.Errorf("got %d articles, %d events; want 1, 1", st.Articles, st.Events)
	}
}

func testPutNearDuplicate(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	orig := Record("a1", "https://example.com/a1", "example.com", "2022-07-12", visit("2022-07-12"))
	copyRec := Record("a2", "https://other.org/wire", "other.org", "2022-07-12", visit("2022-07-12"))
	// A wire copy: the same story with one word changed.
	copyRec.Article.Text = strings.Replace(orig.Article.Text, "a1w17", "changed", 1)
	other := Record("a3", "https://third.net/x", "third.net", "2022-07-12")
	res := put(t, s, orig, copyRec, other)
	if res[1].Status != store.StatusNearDuplicate || res[1].DuplicateOf != res[0].ArticleID {
		t.Fatalf("got %+v, want near-duplicate of %d", res[1], res[0].ArticleID)
	}
	if res[2].Status != store.StatusNew {
		t.Errorf("unrelated article: got %v, want new", res[2].Status)
	}
	a, err := s.Article(context.Background(), res[1].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if a.DuplicateOf != res[0].ArticleID {
		t.Errorf("got duplicate_of %d, want %d", a.DuplicateOf, res[0].ArticleID)
	}
	evs := fused(t, s, store.EventFilter{})
	if len(evs) != 1 || evs[0].NumArticles != 1 || evs[0].NumMentions != 1 {
		t.Fatalf("got %d fused events (%+v), want 1 with 1 article: copies are not double-counted", len(evs), evs)
	}
	if st := stats(t, s); st.NearDuplicates != 1 || st.Events != 2 {
		t.Errorf("got %d near-duplicates, %d events; want 1, 2", st.NearDuplicates, st.Events)
	}
}

func testPutPartialFailure(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	good := Record("a1", "https://example.com/a1", "example.com", "2022-07-12", visit("2022-07-12"))
	bad := Record("a2", "https://example.com/a2", "example.com", "2022-07-12", visit("2022-07-12"))
	bad.Result.Entities = append(bad.Result.Entities, bad.Result.Entities[0]) // duplicate entity id
	good2 := Record("a3", "https://example.com/a3", "example.com", "2022-07-12")
	res := put(t, s, good, bad, good2)
	if res[0].Status != store.StatusNew || res[2].Status != store.StatusNew {
		t.Errorf("got %v, %v; want the good records stored", res[0].Status, res[2].Status)
	}
	if res[1].Status != store.StatusFailed || res[1].Err == nil {
		t.Errorf("got %+v, want failed with an error", res[1])
	}
	st := stats(t, s)
	if st.Articles != 2 || st.Events != 1 || st.FusedEvents != 1 {
		t.Errorf("got %+v, want 2 articles, 1 event, 1 fused: the bad record rolled back alone", st)
	}
	if ok, _ := s.HasArticle(context.Background(), store.ArticleKey(bad.Article.URL, "")); ok {
		t.Error("failed article is stored")
	}
}

func testFusionMerge(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	put(t, s,
		Record("a1", "https://example.com/a1", "example.com", "2022-07-12", visit("2022-07-12")),
		Record("a2", "https://other.org/a2", "other.org", "2022-07-13", Ev{Code: "043", Src: "usagov", Tgt: "IRNGOV", Date: "2022-07-13"}),
	)
	put(t, s, Record("a3", "https://example.com/a3", "example.com", "2022-07-14",
		visit("2022-07-12"), Ev{Code: "040", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-11", Modality: model.ModReported}))
	evs := fused(t, s, store.EventFilter{})
	if len(evs) != 1 {
		t.Fatalf("got %d fused events, want 1", len(evs))
	}
	e := evs[0]
	if e.NumMentions != 4 || e.NumArticles != 3 || e.NumSources != 2 {
		t.Errorf("got mentions %d, articles %d, sources %d; want 4, 3, 2", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if e.FirstDate != "2022-07-11" || e.LastDate != "2022-07-13" {
		t.Errorf("got dates %s…%s, want 2022-07-11…2022-07-13", e.FirstDate, e.LastDate)
	}
	if e.FirstSeen != "2022-07-12" || e.LastSeen != "2022-07-14" {
		t.Errorf("got seen %s…%s, want 2022-07-12…2022-07-14", e.FirstSeen, e.LastSeen)
	}
	if e.Code != "042" || e.Root != "04" || e.Source.Code != "USAGOV" || e.Source.Name != "United States" ||
		e.Source.Country != "USA" || e.Target == nil || e.Target.Code != "IRNGOV" {
		t.Errorf("got %+v, want the first report's code and actors", e)
	}
	if e.SourceURL != "https://example.com/a1" || e.Disputed || e.Modality != model.ModAsserted || e.NumAffirmed != 4 {
		t.Errorf("got url %q disputed %v modality %q affirmed %d", e.SourceURL, e.Disputed, e.Modality, e.NumAffirmed)
	}
	ev, err := s.Evidence(context.Background(), e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != 4 {
		t.Fatalf("got %d evidence rows, want 4", len(ev))
	}
	if ev[0].ArticleURL != "https://example.com/a1" || ev[0].EventID != "v1" || ev[0].Text == "" || ev[3].Modality != model.ModReported {
		t.Errorf("got evidence %+v", ev)
	}
}

func testFusionWindow(t *testing.T, newStore NewStore) {
	for _, c := range []struct {
		name   string
		window int
		want   int
	}{{"Default", 0, 2}, {"Wide", 3, 1}, {"SameDay", -1, 3}} {
		t.Run(c.name, func(t *testing.T) {
			s := newStore(t, store.Options{FuseWindowDays: c.window, Now: fixedNow})
			put(t, s,
				Record("a1", "https://a.com/1", "a.com", "", visit("2022-07-10")),
				Record("a2", "https://b.com/2", "b.com", "", visit("2022-07-11")),
				Record("a3", "https://c.com/3", "c.com", "", visit("2022-07-14")),
			)
			if got := len(fused(t, s, store.EventFilter{})); got != c.want {
				t.Errorf("got %d fused events, want %d", got, c.want)
			}
		})
	}
}

func testFusionSeparates(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	put(t, s,
		Record("a1", "https://a.com/1", "a.com", "", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-12", Place: "Kyiv", PlaceCountry: "UKR", PlaceKind: "city"}),
		Record("a2", "https://b.com/2", "b.com", "", Ev{Code: "190", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-12"}), // other root
		Record("a3", "https://c.com/3", "c.com", "", Ev{Code: "042", Src: "IRNGOV", Tgt: "USAGOV", Date: "2022-07-12"}), // reversed
		Record("a4", "https://d.com/4", "d.com", "", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-12", Place: "Lviv", PlaceCountry: "UKR", PlaceKind: "city"}),
		Record("a5", "https://e.com/5", "e.com", "", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-12", Place: "Ukraine", PlaceCountry: "UKR", PlaceKind: "country"}),
		Record("a6", "https://f.com/6", "f.com", "", Ev{Code: "042", Src: "USAGOV", NoTarget: true, Date: "2022-07-12"}),
	)
	evs := fused(t, s, store.EventFilter{})
	if len(evs) != 5 {
		t.Fatalf("got %d fused events, want 5 (Kyiv+Ukraine, Lviv, other root, reversed, no target)", len(evs))
	}
	if evs[0].NumArticles != 2 || evs[0].Place == nil || evs[0].Place.Name != "Kyiv" {
		t.Errorf("got %+v, want Kyiv with 2 articles", evs[0])
	}
	for _, e := range evs {
		if e.Source.Code == "USAGOV" && e.Root == "04" && e.Target == nil && e.NumArticles != 1 {
			t.Errorf("event without target: got %d articles, want 1", e.NumArticles)
		}
	}
}

func testFusionNameKey(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	put(t, s,
		Record("a1", "https://a.com/1", "a.com", "", Ev{Code: "036", SrcName: "Acme Rebels", TgtName: "Jane Doe", Date: "2022-07-12"}),
		Record("a2", "https://b.com/2", "b.com", "", Ev{Code: "036", SrcName: "ACME  rebels", TgtName: "jane doe", Date: "2022-07-12"}),
	)
	evs := fused(t, s, store.EventFilter{})
	if len(evs) != 1 || evs[0].NumArticles != 2 {
		t.Fatalf("got %d fused events, want 1 with 2 articles (names fuse when there is no code)", len(evs))
	}
	if got := fused(t, s, store.EventFilter{Actor: "acme rebels"}); len(got) != 1 {
		t.Errorf("query by name: got %d, want 1", len(got))
	}
}

func testFusionDisputed(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	put(t, s,
		Record("a1", "https://a.com/1", "a.com", "", Ev{Code: "190", Src: "IRNGOV", Tgt: "USAGOV", Date: "2022-07-12"}),
		Record("a2", "https://b.com/2", "b.com", "", Ev{Code: "042", Src: "RUSGOV", Tgt: "UKRGOV", Date: "2022-07-12", Modality: model.ModDenied}),
	)
	if got := fused(t, s, store.EventFilter{Disputed: true}); len(got) != 0 {
		t.Fatalf("got %d disputed, want 0 before any contradiction", len(got))
	}
	put(t, s, Record("a3", "https://c.com/3", "c.com", "", Ev{Code: "193", Src: "IRNGOV", Tgt: "USAGOV", Date: "2022-07-13", Modality: model.ModDenied}))
	got := fused(t, s, store.EventFilter{Disputed: true})
	if len(got) != 1 || got[0].Source.Code != "IRNGOV" || got[0].NumAffirmed != 1 || got[0].NumDenied != 1 {
		t.Fatalf("got %+v, want the IRNGOV attack disputed (1 affirmed, 1 denied)", got)
	}
	if st := stats(t, s); st.DisputedEvents != 1 {
		t.Errorf("got %d disputed in stats, want 1", st.DisputedEvents)
	}
}

func testFusionUndated(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	put(t, s,
		Record("a1", "https://a.com/1", "a.com", "", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: "XXXX-WXX-2"}),
		Record("a2", "https://b.com/2", "b.com", "", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV"}),
		Record("a3", "https://c.com/3", "c.com", "2022-07-12", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV"}), // article date
	)
	evs := fused(t, s, store.EventFilter{Order: store.OrderDate})
	if len(evs) != 2 {
		t.Fatalf("got %d fused events, want 2 (dated by the article, undated)", len(evs))
	}
	if evs[0].FirstDate != "2022-07-12" || evs[1].FirstDate != "" || evs[1].NumArticles != 2 {
		t.Errorf("got %+v, %+v", evs[0], evs[1])
	}
}

func testQueryFilters(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	put(t, s,
		Record("a1", "https://a.com/1", "a.com", "2022-07-01", Ev{Code: "042", Src: "USAGOV", Tgt: "IRNGOV", Date: "2022-07-01", Place: "Tehran", PlaceCountry: "IRN", PlaceKind: "city"}),
		Record("a2", "https://b.com/2", "b.com", "2022-07-05", Ev{Code: "190", Src: "RUSMIL", Tgt: "UKRMIL", Date: "2022-07-05", Place: "Kyiv", PlaceCountry: "UKR", PlaceKind: "city"}),
		Record("a3", "https://c.com/3", "c.com", "2022-07-10", Ev{Code: "036", Src: "CHNGOV", Tgt: "USAGOV", Date: "2022-07-10", Modality: model.ModPlanned}),
		Record("a4", "https://d.com/4", "d.com", "2022-07-20", Ev{Code: "112", Src: "IRNGOV", Tgt: "USAGOV", Date: "2022-07-20", Modality: model.ModHypothetical}),
	)
	cases := []struct {
		name string
		f    store.EventFilter
		want []string // source codes, in order
	}{
		{"All", store.EventFilter{Order: store.OrderDate}, []string{"USAGOV", "RUSMIL", "CHNGOV", "IRNGOV"}},
		{"ActorCode", store.EventFilter{Actor: "usagov", Order: store.OrderDate}, []string{"USAGOV", "CHNGOV", "IRNGOV"}},
		{"ActorName", store.EventFilter{Actor: "Iran", Order: store.OrderDate}, []string{"USAGOV", "IRNGOV"}},
		{"ActorPrefix", store.EventFilter{Actor: "irn*", Order: store.OrderDate}, []string{"USAGOV", "IRNGOV"}},
		{"ActorPrefixNarrow", store.EventFilter{Actor: "UKRM*"}, []string{"RUSMIL"}},
		{"Code", store.EventFilter{Code: "190"}, []string{"RUSMIL"}},
		{"Root", store.EventFilter{Root: "03"}, []string{"CHNGOV"}},
		{"Quad", store.EventFilter{Quad: 3}, []string{"IRNGOV"}},
		{"From", store.EventFilter{From: "2022-07-06", Order: store.OrderDate}, []string{"CHNGOV", "IRNGOV"}},
		{"To", store.EventFilter{To: "2022-07-05", Order: store.OrderDate}, []string{"USAGOV", "RUSMIL"}},
		{"FromTo", store.EventFilter{From: "2022-07-02", To: "2022-07-12", Order: store.OrderDate}, []string{"RUSMIL", "CHNGOV"}},
		{"Place", store.EventFilter{Place: "kyiv"}, []string{"RUSMIL"}},
		{"CountryOfPlace", store.EventFilter{Country: "irn", Order: store.OrderDate}, []string{"USAGOV", "IRNGOV"}},
		{"Modality", store.EventFilter{Modality: model.ModPlanned}, []string{"CHNGOV"}},
		{"Combined", store.EventFilter{Actor: "USAGOV", Quad: 1, Order: store.OrderDate}, []string{"USAGOV", "CHNGOV"}},
		{"Limit", store.EventFilter{Order: store.OrderDate, Limit: 2}, []string{"USAGOV", "RUSMIL"}},
		{"None", store.EventFilter{Actor: "NOBODY"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, e := range fused(t, s, c.f) {
				got = append(got, e.Source.Code)
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	if err := s.FusedEvents(context.Background(), store.EventFilter{Modality: "sure"}, func(*store.FusedEvent) error { return nil }); err == nil {
		t.Error("unknown modality: got nil error, want one")
	}
	stop := errors.New("stop")
	n := 0
	err := s.FusedEvents(context.Background(), store.EventFilter{}, func(*store.FusedEvent) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("got %v after %d calls, want the callback's error after 1", err, n)
	}
}

func testSearch(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	r1 := Record("a1", "https://a.com/1", "a.com", "2022-07-01")
	r1.Article.Text = "Sullivan said Iran is preparing to supply drones to Russia. " + Words("x", 30)
	r2 := Record("a2", "https://b.com/2", "b.com", "2022-07-02")
	r2.Article.Text = "Cocoa showers continued in Bahia. " + Words("y", 30)
	put(t, s, r1, r2)
	hits, err := s.SearchArticles(context.Background(), "drones AND iran", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ExtID != "a1" || hits[0].URL != "https://a.com/1" || !strings.Contains(hits[0].Snippet, "[drones]") {
		t.Errorf("got %+v, want a1 with a snippet", hits)
	}
	if hits, _ := s.SearchArticles(context.Background(), "report", 10); len(hits) != 2 {
		t.Errorf("title search: got %d hits, want 2", len(hits))
	}
	// A backend whose query language has no syntax errors may answer; one
	// that refuses must say why with ErrBadQuery.
	if _, err := s.SearchArticles(context.Background(), `"unbalanced`, 10); err != nil && !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("got %v, want ErrBadQuery or no error", err)
	}
	if _, err := s.SearchArticles(context.Background(), " ", 10); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("empty query: got %v, want ErrBadQuery", err)
	}
}

func testArticleNotFound(t *testing.T, newStore NewStore) {
	s := open(t, newStore)
	if _, err := s.Article(context.Background(), 42); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
	if ok, err := s.HasArticle(context.Background(), "https://nowhere/"); ok || err != nil {
		t.Errorf("got %v, %v; want false, nil", ok, err)
	}
}
