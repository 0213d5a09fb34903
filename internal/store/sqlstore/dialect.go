package sqlstore

import "io/fs"

// Dialect is what one SQL database does differently from the others. The
// queries of this package are written with ? placeholders and SQL common to
// SQLite and PostgreSQL; each field names one place where that is not
// enough. A Dialect is a plain value, set up once by its backend package
// and read-only afterwards.
type Dialect struct {
	// Rebind rewrites a query's ? placeholders into the driver's form
	// (PostgreSQL's $1, $2, …). Nil leaves queries unchanged.
	Rebind func(query string) string

	// Returning says how an INSERT reports its new row id: true appends
	// RETURNING id and scans it; false uses sql.Result.LastInsertId.
	Returning bool

	// Least and Greatest name the functions giving the smaller and the
	// larger of two values (MIN and MAX in SQLite, LEAST and GREATEST in
	// PostgreSQL). They differ on NULL, but fusion only compares two days
	// that are both NULL or both set.
	Least, Greatest string

	// IntParam is the placeholder of an integer argument used inside an
	// arithmetic expression, where a type must be known ("?" or
	// "?::integer").
	IntParam string

	// ArticleConflict is appended to the article INSERT. With concurrent
	// writers ("ON CONFLICT (key) DO NOTHING") an article stored by another
	// writer since the lookup is then reported as a duplicate instead of
	// failing; it requires Returning. Empty for a single writer.
	ArticleConflict string

	// LockKey is a statement taking one int64 that locks that key until
	// the end of the transaction (PostgreSQL's pg_advisory_xact_lock). Put
	// locks the fusion key of every event of a batch with it, and each
	// migration a fixed key, so that writers on other connections take
	// turns. Empty when the database has a single writer anyway.
	LockKey string

	// Search selects the full-text matches of its first argument (the
	// query), best first, up to its second (the limit). Its columns are
	// id, ext_id, url, title, date, snippet and rank.
	Search string

	// BadQuery reports whether an error of Search means the query itself is
	// malformed; such errors wrap store.ErrBadQuery. Nil: never.
	BadQuery func(err error) bool

	// Migrations holds the dialect's numbered schema changes as
	// migrations/NNNN_name.sql, applied in order (see Migrate).
	Migrations fs.FS
}

// rebind applies d.Rebind to query, if there is one.
func (d *Dialect) rebind(query string) string {
	if d.Rebind == nil {
		return query
	}
	return d.Rebind(query)
}
