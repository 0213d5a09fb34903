package ingest_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"eventgraph/internal/ingest"
	"eventgraph/internal/model"
)

// Environment of the child process the crash test starts: the test binary
// re-executed to run one ingest and exit.
const (
	childEnvDB  = "EVENTGRAPH_TEST_INGEST_DB"
	childEnvSrc = "EVENTGRAPH_TEST_INGEST_SRC"
)

func TestMain(m *testing.M) {
	if db := os.Getenv(childEnvDB); db != "" {
		os.Exit(runChild(db, os.Getenv(childEnvSrc)))
	}
	os.Exit(m.Run())
}

// runChild ingests src into db with a slow fake extractor, as
// `eventgraph ingest` would.
func runChild(db, src string) int {
	s, err := sqliteOpen(db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer s.Close()
	ex := &fakeExtractor{ExtractFunc: func(ctx context.Context, a model.Article) (*model.Result, error) {
		time.Sleep(2 * time.Millisecond)
		return plausible(a), nil
	}}
	// As in main: SIGINT cancels the run, which stores what is done and stops.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := ingest.New(s, ex, ingest.Config{Workers: 4, BatchSize: 16}).Run(ctx, []string{src})
	if err != nil || !sum.OK() {
		sum.Write(os.Stderr)
		return 2
	}
	return 0
}

// TestIngest_CrashSafety SIGKILLs an ingest in the middle, runs it again on
// the same input, and checks that every article is there exactly once and
// the database is intact.
func TestIngest_CrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping crash test in short mode")
	}
	n, killAt := int64(1500), int64(200)
	if raceEnabled {
		n, killAt = 300, 40
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(src, corpus(int(n)), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "eg.db")
	child := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnvDB+"="+db, childEnvSrc+"="+src)
		cmd.Stderr = os.Stderr
		return cmd
	}
	cmd := child()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some batches are committed.
	deadline := time.Now().Add(30 * time.Second)
	killedAt := int64(-1)
	for time.Now().Before(deadline) {
		if c := countArticles(db); c >= killAt {
			cmd.Process.Signal(syscall.SIGKILL)
			killedAt = c
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Wait()
	if killedAt < 0 {
		t.Fatal("child stored nothing within 30 s")
	}
	partial := countArticles(db)
	t.Logf("killed at %d articles; %d committed", killedAt, partial)
	if partial >= n {
		t.Fatalf("child finished (%d articles) before the kill; the test proves nothing", partial)
	}

	cmd = child()
	if err := cmd.Run(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var total, keys, ids, events, unfused int64
	if err := conn.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT key), COUNT(DISTINCT ext_id) FROM articles`).Scan(&total, &keys, &ids); err != nil {
		t.Fatal(err)
	}
	if total != n || keys != n || ids != n {
		t.Errorf("got %d articles, %d keys, %d ids; want %d each", total, keys, ids, n)
	}
	conn.QueryRow(`SELECT COUNT(*), COUNT(*) - COUNT(fused_id) FROM events`).Scan(&events, &unfused)
	if events != n || unfused != 0 {
		t.Errorf("got %d events (%d unfused), want %d (0): each article's rows commit together", events, unfused, n)
	}
	var mentions, sum int64
	conn.QueryRow(`SELECT COUNT(*) FROM events`).Scan(&mentions)
	conn.QueryRow(`SELECT COALESCE(SUM(num_mentions), 0) FROM fused_events`).Scan(&sum)
	if sum != mentions {
		t.Errorf("fused mentions %d, want %d (one per event row)", sum, mentions)
	}
	var ok string
	if err := conn.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: got %q, %v", ok, err)
	}
	if _, err := conn.Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("fts integrity-check: %v", err)
	}
}

// TestIngest_Interrupt sends SIGINT to an ingest in the middle: it stops
// promptly, keeps what it finished, reports itself interrupted, and a
// second run completes the input.
func TestIngest_Interrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in short mode")
	}
	n, at := int64(1500), int64(100)
	if raceEnabled {
		n, at = 300, 40
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "articles.jsonl")
	os.WriteFile(src, corpus(int(n)), 0o644)
	db := filepath.Join(dir, "eg.db")
	var stderr strings.Builder
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnvDB+"="+db, childEnvSrc+"="+src)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for countArticles(db) < at && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	sent := time.Now()
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if took := time.Since(sent); took > 10*time.Second {
		t.Errorf("took %s to stop after SIGINT", took)
	}
	stored := countArticles(db)
	t.Logf("SIGINT at %d articles; %d stored; exit %v", at, stored, err)
	if err == nil && stored < n {
		t.Errorf("interrupted run exited 0 with %d of %d articles", stored, n)
	}
	if stored < n && !strings.Contains(stderr.String(), "ingest interrupted") {
		t.Errorf("stderr lacks the interrupted summary: %q", stderr.String())
	}
	cmd = exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnvDB+"="+db, childEnvSrc+"="+src)
	if err := cmd.Run(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	if got := countArticles(db); got != n {
		t.Errorf("got %d articles, want %d", got, n)
	}
}

// countArticles returns the committed article count, or -1 while the
// database is not readable yet.
func countArticles(db string) int64 {
	if _, err := os.Stat(db); err != nil {
		return -1
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(1000)")
	if err != nil {
		return -1
	}
	defer conn.Close()
	var s string
	if err := conn.QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&s); err != nil {
		return -1
	}
	c, _ := strconv.ParseInt(s, 10, 64)
	return c
}
