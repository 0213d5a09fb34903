// Package sharedtest finds the project's shared folder (../shared beside the
// repository: gold sets, training data, the Reuters corpus) for tests and
// benchmarks. A fresh clone has no such folder; tests that need it skip.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared folder, from $EVENTGRAPH_SHARED or ../shared beside
// the module root, and whether it exists.
func Root() (string, bool) {
	if d := os.Getenv("EVENTGRAPH_SHARED"); d != "" {
		_, err := os.Stat(d)
		return d, err == nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared")
			_, err := os.Stat(d)
			return d, err == nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Path returns the path of rel inside the shared folder, or skips the test
// with a clear message when the folder or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, ok := Root()
	if !ok {
		tb.Skip("skipping: the shared folder (../shared or $EVENTGRAPH_SHARED) is absent")
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s is absent", p)
	}
	return p
}
