// Package sqlstore implements store.Store over database/sql for the SQL
// backends: the hand-written queries that write records, fuse events, read
// them back and search, the migration runner and the write transaction
// helper. The SQL is written once, with ? placeholders, for the subset
// SQLite and PostgreSQL share; what differs between them (placeholder
// syntax, how an insert returns its id, min/max functions, locking,
// full-text search) is injected through a Dialect. The backends
// (store/sqlite, store/postgres) open the database, define their Dialect
// and embed their own numbered migrations.
package sqlstore
