// Package nereval scores the named-entity tagger (internal/nlp/tagger)
// against a gold JSONL file: exact-span precision, recall and F1 per type
// and overall over PER, ORG and LOC, the way the CoNLL-2003 script counts
// (https://www.clips.uantwerpen.be/conll2003/ner/).
package nereval
