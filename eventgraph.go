// Package eventgraph reads news reports and reconstructs the world they
// describe: who did what to whom, when and where, who says so, and who denies
// it, with every fact tied to the words that carry it.
//
// The Extractor is the whole analysis of one article, for Go programs that
// embed it:
//
//	x := eventgraph.New()
//	res, err := x.Extract(ctx, eventgraph.Article{ID: "a1", Date: "2022-07-12", Text: text})
//
// Result has the shape of the JSON that `eventgraph extract` prints.
package eventgraph

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"eventgraph/internal/model"
	"eventgraph/internal/pipeline"
)

// Article is one report to analyse: ID, optional URL and Title, the reference
// Date (YYYY-MM-DD, or "" to take it from the dateline) and the Text.
type Article = model.Article

// Result is the analysis of one article: sentences, entities, times, quotes,
// claims and events, with code-point offsets into Article.Text.
type Result = model.Result

// Document is the analysis with byte offsets and every internal layer, for
// callers that need more than Result carries.
type Document = model.Document

// ErrEmpty is returned for an article with no text.
var ErrEmpty = errors.New("no text")

// ErrNotUTF8 is returned for an article whose text is not valid UTF-8.
var ErrNotUTF8 = errors.New("not valid UTF-8")

// ErrBadDate is returned for an article whose Date is not YYYY-MM-DD.
var ErrBadDate = errors.New("date is not YYYY-MM-DD")

// Extractor analyses articles. Build one with New and share it: it is safe
// for concurrent use, and its dictionaries and models are loaded once.
type Extractor struct {
	p *pipeline.Pipeline
}

// New returns an Extractor with every stage enabled.
func New() *Extractor {
	return &Extractor{p: pipeline.Default()}
}

// Analyze runs the pipeline on one article and returns the full document.
func (x *Extractor) Analyze(ctx context.Context, a Article) (*Document, error) {
	if a.Text == "" {
		return nil, ErrEmpty
	}
	if !utf8.ValidString(a.Text) {
		return nil, ErrNotUTF8
	}
	if a.Date != "" {
		if _, err := time.Parse("2006-01-02", a.Date); err != nil {
			return nil, fmt.Errorf("%w: %q", ErrBadDate, a.Date)
		}
	}
	return x.p.Run(ctx, a)
}

// Extract runs the pipeline on one article and returns its Result.
func (x *Extractor) Extract(ctx context.Context, a Article) (*Result, error) {
	d, err := x.Analyze(ctx, a)
	if err != nil {
		return nil, err
	}
	return model.NewResult(d), nil
}
