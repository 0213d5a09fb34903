package pipeline

import "sync"

// Default returns the pipeline with every stage, built once and shared.
var Default = sync.OnceValue(func() *Pipeline {
	return New()
})
