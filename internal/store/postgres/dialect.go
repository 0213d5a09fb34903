package postgres

import (
	"embed"
	"strconv"
	"strings"

	"eventgraph/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// dialect is PostgreSQL's. Several workers may write at once, so inserts
// return their id with RETURNING, an article another writer stored first
// counts as a duplicate, and advisory locks serialise fusion per event key.
// Search is a web-search style query (words, "phrases", or, -not) over the
// weighted tsvector column; websearch_to_tsquery accepts any input, so no
// query is malformed.
var dialect = sqlstore.Dialect{
	Rebind:          rebind,
	Returning:       true,
	Least:           "LEAST",
	Greatest:        "GREATEST",
	IntParam:        "?::integer",
	ArticleConflict: " ON CONFLICT (key) DO NOTHING",
	LockKey:         `SELECT pg_advisory_xact_lock(?)`,
	Search: `SELECT a.id, a.ext_id, a.url, a.title, a.date,
		ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'),
		ts_rank(a.tsv, q)
		FROM articles a, websearch_to_tsquery('english', ?) q
		WHERE a.tsv @@ q ORDER BY 7 DESC, a.id LIMIT ?`,
	Migrations: migrationFiles,
}

// rebind turns the ? placeholders of a query into PostgreSQL's $1, $2, …
// so that the SQL reads like the SQLite backend's. Queries here have no ?
// inside string literals.
func rebind(query string) string {
	var b strings.Builder
	b.Grow(len(query) + 8)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}
