// Package event codes CAMEO events (Schrodt 2012, CAMEO Event and Actor
// Codebook) from the layers earlier stages add: tokens and sentences,
// entity mentions with actor codes, times, quotes and claims.
//
// It works without a constituency parser. Verbs are found by their forms in
// the PETRARCH2 verb dictionary (data/verbs.txt) and a few part-of-speech
// heuristics; sentences are split into clauses at punctuation and
// subordinators; the subject is the nearest actor to the left of the verb
// outside prepositional phrases and appositions, the target the first actor
// to its right. Dictionary patterns are matched against the words after the
// verb, approximating noun phrases by the words up to the next preposition.
// Event nouns (data/nouns.tsv: "Russia's invasion of Ukraine", "talks with")
// are coded too. Each event gets a modality in the order spec/OUTPUT.md fixes,
// the date it happens, its place and who it is attributed to.
package event
