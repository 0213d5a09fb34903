package tagger

import (
	"bytes"
	_ "embed"
	"sync"
)

// embeddedModel is the shipped model, trained by cmd/train-ner on
// CoNLL-2003 (see model/README.md).
//
//go:embed model/ner.bin
var embeddedModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(embeddedModel))
})

// LoadDefault returns the embedded model, loading it on first use; later
// calls return the same model.
func LoadDefault() (*Model, error) { return loadDefault() }

// Default returns the embedded model, loaded once. Should the embedded file
// be broken (a bad build, which the tests catch), it returns a model that
// tags every token O rather than failing; LoadDefault reports the error.
func Default() *Model { return defaultModel() }

var defaultModel = sync.OnceValue(func() *Model {
	m, err := loadDefault()
	if err != nil {
		return &Model{sc: newScheme(schemeBILOU)}
	}
	return m
})
