package sqlite

import (
	"embed"
	"strings"

	"eventgraph/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// dialect is SQLite's: ? placeholders and LastInsertId as they are,
// two-argument MIN and MAX, no locks (BEGIN IMMEDIATE already makes one
// writer at a time, see dsn), and FTS5 search over the articles_fts table
// that triggers keep in step with articles.
var dialect = sqlstore.Dialect{
	Least:    "MIN",
	Greatest: "MAX",
	IntParam: "?",
	Search: `SELECT a.id, a.ext_id, a.url, a.title, a.date,
		snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?`,
	BadQuery:   badQuery,
	Migrations: migrationFiles,
}

// badQuery reports whether err is an FTS5 syntax error: the driver has no
// error codes for them, only messages.
func badQuery(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") || strings.Contains(msg, "no such column") ||
		strings.Contains(msg, "unterminated") || strings.Contains(msg, "SQL logic error")
}
