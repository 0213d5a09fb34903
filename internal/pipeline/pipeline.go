package pipeline

import (
	"context"
	"errors"
	"fmt"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
)

// Pipeline is an ordered list of stages. It is safe for concurrent use: the
// stages hold only read-only resources.
type Pipeline struct {
	stages []Stage
}

// New returns a pipeline of the given stages, run in order after segmentation.
func New(stages ...Stage) *Pipeline {
	return &Pipeline{stages: stages}
}

// Stages returns the names of the stages in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, 0, len(p.stages)+1)
	names = append(names, "segment")
	for _, s := range p.stages {
		names = append(names, s.Name())
	}
	return names
}

// Run analyses one article and returns the document with every layer.
//
// A stage that panics is a bug; Run turns the panic into an error for this
// article (ErrInternal, with the stage's name and the panic value) so that
// one bad article does not end a run over thousands.
func (p *Pipeline) Run(ctx context.Context, a model.Article) (d *model.Document, err error) {
	stage := "segment"
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%w in stage %s: %v", ErrInternal, stage, r)
		}
	}()
	d = &model.Document{Article: a, RefDate: a.Date}
	segment.Segment(d)
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		stage = s.Name()
		if err := s.Run(ctx, d); err != nil {
			return nil, fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return d, nil
}

// ErrInternal reports a bug met while analysing an article.
var ErrInternal = errors.New("internal error")
