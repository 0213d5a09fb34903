// Package ingest reads news articles from many kinds of source (text and
// HTML files, directories, JSON Lines, RSS/Atom feeds, http(s) URLs), runs
// them through an Extractor on a bounded worker pool, and hands the results
// to one writer goroutine that stores them in batched transactions.
//
// A source that cannot be read (a corrupt gzip, broken feed XML, a page
// with no article, a 404) is recorded with its reason and the run goes on;
// the Summary lists every failure.
package ingest
