package sqlstore

import (
	"testing"
	"testing/fstest"
)

func TestMigrations_Order(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/0002_more.sql": {Data: []byte("B")},
		"migrations/0001_init.sql": {Data: []byte("A")},
		"migrations/README":        {Data: []byte("not a migration")},
	}
	ms, err := migrations(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].name != "0001_init.sql" || ms[0].sql != "A" || ms[1].version != 2 {
		t.Errorf("got %+v, want 0001_init.sql then 0002_more.sql", ms)
	}
	if got := LatestVersion(&Dialect{Migrations: fsys}); got != 2 {
		t.Errorf("got latest version %d, want 2", got)
	}
}

func TestMigrations_Bad(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files []string
	}{
		{"NoNumber", []string{"migrations/init.sql"}},
		{"Zero", []string{"migrations/0000_init.sql"}},
		{"Gap", []string{"migrations/0001_init.sql", "migrations/0003_more.sql"}},
		{"Twice", []string{"migrations/0001_init.sql", "migrations/0001_again.sql"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range tt.files {
				fsys[f] = &fstest.MapFile{Data: []byte("SELECT 1")}
			}
			if ms, err := migrations(fsys); err == nil {
				t.Errorf("got %+v, want an error", ms)
			}
		})
	}
}
