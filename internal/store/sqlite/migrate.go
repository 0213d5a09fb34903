package sqlite

import (
	"context"
	"database/sql"

	"eventgraph/internal/store/sqlstore"
)

// LatestVersion returns the schema version the code expects.
func LatestVersion() int { return sqlstore.LatestVersion(&dialect) }

// SchemaVersion returns the database's schema version, 0 for a new one.
func SchemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	return sqlstore.SchemaVersion(ctx, db)
}
