// Package cameoeval scores an event extractor against the CAMEO gold file
// (shared/eval/cameo/validation.jsonl: sentences with the events the
// PETRARCH coders expect). It compares events on their root code and
// direction (the country prefix, first three letters, of source and
// target), per split: the share of sentences whose expected events are all
// found, and event precision and recall.
package cameoeval
