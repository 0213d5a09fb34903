package store

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func TestArticleKey(t *testing.T) {
	cases := []struct {
		name, url, text, want string
	}{
		{"URL", "HTTPS://Example.COM/a?b=1#frag", "x", "https://example.com/a?b=1"},
		{"EmptyPath", "https://example.com", "x", "https://example.com/"},
		{"Text", "", "Hello   World", "sha256:" + ContentHash("hello world")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ArticleKey(c.url, c.text); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	if ContentHash(" Hello\n\tWORLD ") != ContentHash("hello world") {
		t.Error("content hash is not normalised")
	}
	if Publisher("https://www.Reuters.com/x") != "reuters.com" || Publisher("") != "" {
		t.Error("Publisher wrong")
	}
}

func TestMinHash(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	words := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = fmt.Sprintf("w%d", r.Intn(5000))
		}
		return w
	}
	if _, ok := MinHash("too short to matter"); ok {
		t.Error("short text got a signature")
	}
	// Wire copies: a word or two changed, a sentence added, in news-length texts.
	miss := 0
	for trial := 0; trial < 100; trial++ {
		w := words(60 + r.Intn(300))
		a := strings.Join(w, " ")
		w[r.Intn(len(w))] = "changed"
		b := strings.Join(w, " ") + " Reporting by someone."
		sa, _ := MinHash(a)
		sb, _ := MinHash(b)
		if sa.Similarity(&sb) < NearDuplicateJaccard {
			miss++
		}
		shared := false
		ba, bb := sa.Bands(), sb.Bands()
		for i := range ba {
			shared = shared || ba[i] == bb[i]
		}
		if !shared {
			t.Errorf("trial %d: copies share no band", trial)
		}
	}
	if miss > 3 {
		t.Errorf("missed %d of 100 wire copies, want at most 3", miss)
	}
	// Unrelated texts.
	for trial := 0; trial < 100; trial++ {
		sa, _ := MinHash(strings.Join(words(100), " "))
		sb, _ := MinHash(strings.Join(words(100), " "))
		if s := sa.Similarity(&sb); s >= NearDuplicateJaccard {
			t.Errorf("unrelated texts: similarity %.2f", s)
		}
	}
	sa, _ := MinHash(strings.Join(words(50), " "))
	back, ok := ParseSignature(sa.Bytes())
	if !ok || back != sa {
		t.Error("signature does not round-trip")
	}
	if _, ok := ParseSignature([]byte{1, 2}); ok {
		t.Error("short bytes parsed")
	}
}
