// Package pipeline builds the ordered stages that turn an article into a
// Document with every layer filled in, and runs them.
package pipeline

import (
	"context"

	"eventgraph/internal/model"
)

// Stage is one step of the analysis. Run reads the layers earlier stages
// added to d and adds its own; it never changes an earlier stage's layer.
// Implementations are safe for concurrent use on different documents.
type Stage interface {
	Name() string
	Run(ctx context.Context, d *model.Document) error
}
