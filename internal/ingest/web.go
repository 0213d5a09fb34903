package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

var defaultClient = &http.Client{Timeout: 30 * time.Second}

// readURL fetches an http(s) source: a feed gives its items, a page its
// article, plain text one article.
func (r *Reader) readURL(ctx context.Context, u string, emit Emit) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("bad URL: %w", err)
	}
	ua := r.UserAgent
	if ua == "" {
		ua = "eventgraph"
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
	client := r.HTTP
	if client == nil {
		client = defaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return &HTTPError{URL: u, Status: resp.Status, Code: resp.StatusCode}
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxFileBytes+1))
	if err != nil {
		return fmt.Errorf("read body: %w", err)
	}
	if len(b) > MaxFileBytes {
		return fmt.Errorf("%w (%d MiB)", ErrTooLarge, MaxFileBytes>>20)
	}
	final := u
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	k := KindText
	switch {
	case strings.Contains(mt, "rss"), strings.Contains(mt, "atom"), strings.HasSuffix(mt, "/xml"):
		k = KindFeed
	case strings.Contains(mt, "html"):
		k = KindHTML
	}
	if s := sniff(b); s != KindText {
		k = s
	}
	switch k {
	case KindFeed:
		return readFeed(ctx, bytes.NewReader(b), u, emit)
	case KindHTML:
		it, err := htmlArticle(b, final, final, "")
		if err != nil {
			return err
		}
		return emitStop(emit, it)
	}
	text, err := textOf(b)
	if err != nil {
		return err
	}
	return emitStop(emit, Item{Article: model.Article{ID: final, URL: final, Text: text}, Source: store.Publisher(final), Origin: u})
}
