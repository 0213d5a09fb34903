// Package tagger is eventgraph's named-entity sequence tagger: an averaged
// perceptron over BILOU states with constrained Viterbi decoding, tagging
// PER, ORG, LOC and MISC names and returning BIO labels.
//
// Features are hashed per sentence into a reused buffer (word identity,
// shape, affixes, a ±2 word window, capitalisation, headline sentences,
// lexicon membership through the Gazetteer interface and document-level case
// evidence), so tagging allocates nothing per token. A second pass adds the
// labels the first pass gave the same word elsewhere in the document (label
// consistency, Krishnan & Manning 2006, https://aclanthology.org/P06-1141/).
// The model shipped in model/ner.bin is trained by cmd/train-ner; Default
// loads it once.
package tagger
