package pipeline

import (
	"sync"

	"eventgraph/internal/nlp/entity"
	"eventgraph/internal/nlp/event"
	"eventgraph/internal/nlp/lexicon"
	"eventgraph/internal/nlp/quote"
	"eventgraph/internal/nlp/tagger"
	"eventgraph/internal/nlp/timex"
)

// Default returns the pipeline with every stage, built once and shared:
// times first (they find the reference date in a dateline, which actor
// codes depend on), then entities, quotes and claims, and events, which read
// all of the layers before them.
var Default = sync.OnceValue(func() *Pipeline {
	lex := lexicon.Default()
	return New(
		timex.New(),
		entity.New(lex, entity.Tagger{M: tagger.Default()}),
		quote.New(),
		event.New(nil),
	)
})
