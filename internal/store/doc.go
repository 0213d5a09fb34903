// Package store defines the contract between eventgraph and its databases:
// the Store interface, the records written at ingest (an article with its
// extraction Result), the fused events read back by query and export, and
// the pure functions every backend shares (article identity, MinHash). The
// backends live in child packages (sqlite, postgres), which share their SQL
// through sqlstore, and all pass the conformance suite in storetest.
package store
