package ingest

import (
	"context"

	"eventgraph/internal/model"
)

// Extractor turns one article into its extraction Result. Implementations
// are safe for concurrent use and return promptly once ctx is done. The
// real one is eventgraph.Extractor at the module root.
type Extractor interface {
	Extract(ctx context.Context, a model.Article) (*model.Result, error)
}
