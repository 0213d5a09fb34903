// Package sqlite implements store.Store on an embedded SQLite database
// through modernc.org/sqlite (pure Go, no cgo). The queries are package
// sqlstore's; this package opens the database, defines the SQLite Dialect
// and embeds the schema. The database runs in WAL mode with
// synchronous=NORMAL: a crash loses at most the last transactions, never
// consistency. The schema comes from the numbered SQL files in migrations/,
// applied in order, each in its own transaction. Article search uses an
// FTS5 index kept in step by triggers.
package sqlite
