package postgres

import "testing"

func TestRebind(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"None", `SELECT 1`, `SELECT 1`},
		{"Several", `SELECT a FROM t WHERE b = ? AND c IN (?, ?)`, `SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)`},
		{"Cast", `SELECT GREATEST(d, ?::integer) + ?`, `SELECT GREATEST(d, $1::integer) + $2`},
		{"Tenth", `?,?,?,?,?,?,?,?,?,?`, `$1,$2,$3,$4,$5,$6,$7,$8,$9,$10`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := rebind(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
