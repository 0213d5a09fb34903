package timexeval

import (
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	f := os.Getenv("TIMEX_DEBUG")
	if f == "" {
		t.Skip()
	}
	if err := Run(os.Stdout, f, os.Getenv("TIMEX_VERBOSE") != ""); err != nil {
		t.Fatal(err)
	}
}
