package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
)

// txw is one write transaction with its statements prepared once per
// batch, since every article runs the same few inserts many times.
// Queries are written with ? placeholders and rebound when prepared; the
// cache is keyed by the query as written.
type txw struct {
	ctx   context.Context
	tx    *sql.Tx
	d     *Dialect
	stmts map[string]*sql.Stmt
	now   string // ingest timestamp of this batch, RFC 3339 UTC
	today string // its date
}

func (w *txw) stmt(query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, w.d.rebind(query))
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	w.stmts[query] = st
	return st, nil
}

func (w *txw) exec(query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

// insert runs an INSERT and returns the new row's id. A RETURNING insert
// that inserts nothing (ON CONFLICT DO NOTHING) returns sql.ErrNoRows.
func (w *txw) insert(query string, args ...any) (int64, error) {
	if w.d.Returning {
		var id int64
		err := w.queryRow(query+" RETURNING id", args...).Scan(&id)
		return id, err
	}
	res, err := w.exec(query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (w *txw) queryRow(query string, args ...any) *sql.Row {
	st, err := w.stmt(query)
	if err != nil {
		// A Row with the error is only reachable through QueryRowContext.
		return w.tx.QueryRowContext(w.ctx, w.d.rebind(query), args...)
	}
	return st.QueryRowContext(w.ctx, args...)
}

func (w *txw) query(query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

func (w *txw) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// deref returns the string p points to, "" for nil.
func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
