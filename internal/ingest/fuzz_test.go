package ingest

import (
	"bytes"
	"context"
	"os"
	"testing"
)

func FuzzReadFeed(f *testing.F) {
	for _, p := range []string{"testdata/feeds/rss.xml", "testdata/feeds/atom.xml", "testdata/feeds/broken.xml"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Add([]byte(`<feed><entry><content type="xhtml"><div><p>a</p></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		readFeed(context.Background(), bytes.NewReader(b), "fuzz", func(it Item) error {
			if it.Err == nil && it.Article.Text == "" {
				t.Errorf("item without text and without error: %+v", it)
			}
			return nil
		})
	})
}

func FuzzReadJSONL(f *testing.F) {
	b, err := os.ReadFile("testdata/jsonl/articles.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b, false)
	f.Add([]byte(`{"id": 1e400, "text": "x"}`), false)
	f.Add([]byte("\x1f\x8b\x08\x00"), true)
	f.Fuzz(func(t *testing.T, b []byte, gz bool) {
		readJSONL(context.Background(), bytes.NewReader(b), "fuzz", gz, func(it Item) error {
			if it.Err == nil && it.Article.Text == "" {
				t.Errorf("item without text and without error: %+v", it)
			}
			if it.Article.ID == "" {
				t.Errorf("item without id: %+v", it)
			}
			return nil
		})
	})
}
