package pipeline

import (
	"sync"

	"eventgraph/internal/nlp/entity"
	"eventgraph/internal/nlp/lexicon"
)

// Default returns the pipeline with every stage, built once and shared.
var Default = sync.OnceValue(func() *Pipeline {
	lex := lexicon.Default()
	return New(
		entity.New(lex, nil),
	)
})
