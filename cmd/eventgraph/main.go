// Command eventgraph reads news reports and extracts who did what to whom,
// when and where, who says so and who denies it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Version is set at build time with -ldflags "-X main.Version=…".
var Version = "dev"

// Exit codes: 1 for usage and validation errors, 2 for runtime errors.
const (
	exitUsage   = 1
	exitRuntime = 2
)

// usageError is a mistake in the command line; main prints it and exits 1.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...)}
}

// errReported means the errors were already printed one per line (per-article
// failures); main only sets the exit status.
var errReported = errors.New("some inputs failed")

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		// The pipeline allocates many short-lived objects per article and
		// keeps little beyond its dictionaries (~70 MB): collect when the
		// heap reaches 256 MiB rather than every time it doubles. This saves
		// a fifth of the CPU of a long run and keeps peak RSS under 300 MB;
		// GOGC or GOMEMLIMIT in the environment override it.
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(256 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain(os.Stdin, os.Stdout, os.Stderr)
	err := m.Run(ctx, os.Args[1:])
	stop()
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errReported):
		os.Exit(exitRuntime)
	default:
		fmt.Fprintln(os.Stderr, "eventgraph: "+err.Error())
		var ue *usageError
		if errors.As(err, &ue) {
			os.Exit(exitUsage)
		}
		os.Exit(exitRuntime)
	}
}

// Main is the program: its standard streams and the subcommands.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Logger         *slog.Logger
}

// NewMain returns a Main on the given streams.
func NewMain(stdin io.Reader, stdout, stderr io.Writer) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
}

// Run runs the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage()
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return (&ExtractCommand{Main: m}).Run(ctx, rest)
	case "bench":
		return (&BenchCommand{Main: m}).Run(ctx, rest)
	case "eval":
		return (&EvalCommand{Main: m}).Run(ctx, rest)
	case "ingest":
		return (&IngestCommand{Main: m}).Run(ctx, rest)
	case "query":
		return (&QueryCommand{Main: m}).Run(ctx, rest)
	case "export":
		return (&ExportCommand{Main: m}).Run(ctx, rest)
	case "version":
		fmt.Fprintln(m.Stdout, "eventgraph "+Version)
		return nil
	case "help", "-h", "-help", "--help":
		m.usage()
		return nil
	}
	m.usage()
	return usagef("unknown command %q", cmd)
}

func (m *Main) usage() {
	fmt.Fprint(m.Stderr, `eventgraph reads news reports and extracts events, actors, quotes, claims and times.

Usage:
	eventgraph <command> [arguments]

Commands:
	extract   analyse articles and print JSON (files, directories, JSONL, stdin)
	ingest    analyse articles into the store, fusing repeated reports (files, HTML, JSONL, feeds, URLs)
	query     find fused events and articles in the store
	export    write the store as GDELT 2.0 TSV, JSONL, CSV or GraphML
	bench     measure throughput on a corpus
	eval      score against gold sets (ner, timex, cameo, quotes)
	version   print the version

Run 'eventgraph <command> -h' for a command's flags.
`)
}
