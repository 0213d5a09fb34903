package ingest

import (
	"errors"
	"fmt"

	"eventgraph/internal/model"
)

// Item is one article read from a source, or the reason one could not be.
type Item struct {
	Article model.Article
	// Source is the publisher: the URL's host, a JSONL "source", or "".
	Source string
	// Origin names the input the article came from (file path or URL).
	Origin string
	// Err is set when this article could not be read (a bad JSONL line, a
	// feed item with no text); the rest of the source is still read.
	Err error
}

// SourceError is a source (file, URL) that could not be read, or not to
// the end.
type SourceError struct {
	Source string
	Err    error
}

// Error returns "SOURCE: reason".
func (e *SourceError) Error() string { return e.Source + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SourceError) Unwrap() error { return e.Err }

// Errors for inputs that hold no article.
var (
	ErrNoArticle   = errors.New("no article content found")
	ErrNotText     = errors.New("not text (binary data)")
	ErrTooLarge    = errors.New("over the size limit")
	ErrNotFeed     = errors.New("not an RSS or Atom feed")
	ErrUnsupported = errors.New("unsupported source")
)

// HTTPError is a non-success HTTP status.
type HTTPError struct {
	URL    string
	Status string
	Code   int
}

// Error returns "http STATUS".
func (e *HTTPError) Error() string { return fmt.Sprintf("http %s", e.Status) }
