package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// migrationLock is the Dialect.LockKey key migrations hold.
const migrationLock int64 = 7420151

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the migrations of fsys (migrations/NNNN_name.sql) in
// version order, numbered 1, 2, … without gaps.
func migrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var out []migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive number and _", base)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := range out {
		if out[i].version != i+1 {
			return nil, fmt.Errorf("migration %s: want version %d", out[i].name, i+1)
		}
	}
	return out, nil
}

// LatestVersion returns the schema version d's migrations bring a database
// to, 0 if they are misnamed.
func LatestVersion(d *Dialect) int {
	ms, err := migrations(d.Migrations)
	if err != nil {
		return 0
	}
	return len(ms)
}

// SchemaVersion returns the database's schema version, 0 for a new one.
func SchemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	var v int
	err := db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// Migrate applies every migration of d newer than the database's schema
// version, each in its own transaction that also bumps schema_version, so
// that a crash leaves the schema at a whole version. It is idempotent: on
// an up-to-date schema it changes nothing.
func Migrate(ctx context.Context, db *sql.DB, d *Dialect) error {
	ms, err := migrations(d.Migrations)
	if err != nil {
		return err
	}
	if _, err := SchemaVersion(ctx, db); err != nil {
		return err
	}
	for _, m := range ms {
		if err := apply(ctx, db, d, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration unless the schema already has it; the version is
// read again inside the transaction so that two processes opening a new
// database at once do not both run it.
func apply(ctx context.Context, db *sql.DB, d *Dialect, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if d.LockKey != "" {
		// Processes opening the database at once take turns.
		if _, err := tx.ExecContext(ctx, d.rebind(d.LockKey), migrationLock); err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
	}
	var v int
	err = tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
	case err != nil:
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if v >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, d.rebind(`UPDATE schema_version SET version = ?`), m.version); err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	return nil
}
