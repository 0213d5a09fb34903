// Package lexicon holds eventgraph's compiled dictionaries — countries and
// demonyms, cities and first-level divisions (GeoNames), regions, waters and
// seats of power, office-holders and organisations, CAMEO actor phrases and
// role nouns (agents) — and matches them over a document's tokens in one
// pass.
//
// The data is embedded (data/, made by gen/ from the shared tables) and is
// built once, on first use of Default, into a token-level trie shared
// read-only by all goroutines. Keys are normalised tokens (see Normalize);
// matching is leftmost-longest. A phrase that is also common lower-case
// English ("Nice", "Split", "US", "IT") carries capitalisation masks and only
// matches where the text has the dictionary's capitals; see gen/main.go
// capMasks for the rule.
package lexicon
