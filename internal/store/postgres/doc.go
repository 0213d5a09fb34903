// Package postgres implements store.Store on PostgreSQL through pgx's
// database/sql driver, for deployments where several ingest workers share
// one database. The queries are package sqlstore's, shared with the sqlite
// backend (the same tables, the same ? placeholders rewritten to $n); this
// package opens the database and defines the PostgreSQL Dialect: its own
// full-text search (a weighted tsvector with a GIN index,
// websearch_to_tsquery) and advisory locks that serialise fusion per event
// key across writers. The schema comes from the numbered SQL files in
// migrations/.
package postgres
