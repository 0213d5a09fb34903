package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"eventgraph/internal/model"
)

// MaxFileBytes is the largest text, HTML or feed file (or HTTP body) read.
const MaxFileBytes = 32 << 20

// Reader reads articles from sources. The zero value is ready to use.
type Reader struct {
	// HTTP fetches http(s) sources; nil means a client with a 30 s timeout.
	HTTP *http.Client
	// UserAgent is sent with HTTP requests.
	UserAgent string
}

// Kind is what a source holds.
type Kind int

// Source kinds.
const (
	KindText Kind = iota
	KindHTML
	KindJSONL
	KindFeed
	KindDir
	KindURL
	KindSkip // a file in a directory that is not an article (image, …)
)

// Emit receives each item read; an error from it stops the read.
type Emit func(Item) error

// Read reads one source and emits its articles. Directories are walked
// recursively in path order, and each file in them is read as a source of
// its own: a file that fails is emitted as an Item with Err and the walk
// goes on. The returned error (a *SourceError) means the source itself
// could not be read, or not to the end; items emitted before stay valid.
func (r *Reader) Read(ctx context.Context, src string, emit Emit) error {
	if isURL(src) {
		return r.wrap(src, r.readURL(ctx, src, emit))
	}
	st, err := os.Stat(src)
	if err != nil {
		return &SourceError{Source: src, Err: unwrapPathError(err)}
	}
	if st.IsDir() {
		return r.wrap(src, r.readDir(ctx, src, emit))
	}
	return r.wrap(src, r.readFile(ctx, src, kindOfName(src), emit))
}

// wrap turns a read error into a *SourceError naming src, unless it
// already is one or is the caller's own stop.
func (r *Reader) wrap(src string, err error) error {
	var se *SourceError
	if err == nil || errors.As(err, &se) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, errStop) {
		return err
	}
	return &SourceError{Source: src, Err: err}
}

// errStop marks an error that came from emit, not from the source.
var errStop = errors.New("ingest stopped")

// unwrapPathError drops the "open PATH:" prefix, since the source error
// names the path already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// kindOfName guesses a file's kind from its name; KindText when the name
// says nothing (the content is sniffed then).
func kindOfName(name string) Kind {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".jsonl.gz"), strings.HasSuffix(n, ".ndjson"),
		strings.HasSuffix(n, ".ndjson.gz"):
		return KindJSONL
	case strings.HasSuffix(n, ".html"), strings.HasSuffix(n, ".htm"), strings.HasSuffix(n, ".xhtml"):
		return KindHTML
	case strings.HasSuffix(n, ".rss"), strings.HasSuffix(n, ".atom"), strings.HasSuffix(n, ".xml"):
		return KindFeed
	}
	return KindText
}

// kindInDir says whether a file met in a directory walk is read, and how.
func kindInDir(name string) Kind {
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") {
		return KindSkip
	}
	if k := kindOfName(name); k != KindText {
		return k
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".txt", ".md", ".text", "":
		return KindText
	}
	return KindSkip
}

// sniff refines KindText by looking at the first bytes: HTML pages and
// feeds are recognised whatever their name.
func sniff(b []byte) Kind {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimSpace(head))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")):
		return KindHTML
	case bytes.HasPrefix(head, []byte("<?xml")), bytes.HasPrefix(head, []byte("<rss")), bytes.HasPrefix(head, []byte("<feed")),
		bytes.HasPrefix(head, []byte("<rdf:rdf")):
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")) {
			return KindFeed
		}
		if bytes.Contains(head, []byte("<html")) {
			return KindHTML
		}
	}
	return KindText
}

func (r *Reader) readDir(ctx context.Context, dir string, emit Emit) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			return emit(Item{Origin: path, Article: articleStub(path), Err: unwrapPathError(err)})
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		k := kindInDir(path)
		if k == KindSkip || !d.Type().IsRegular() {
			return nil
		}
		if err := r.readFile(ctx, path, k, emit); err != nil {
			if errors.Is(err, errStop) || ctx.Err() != nil {
				return err
			}
			// A bad file is one failed item of the directory.
			return emit(Item{Origin: path, Article: articleStub(path), Err: unwrapSourceError(err)})
		}
		return nil
	})
}

func unwrapSourceError(err error) error {
	var se *SourceError
	if errors.As(err, &se) {
		return se.Err
	}
	return err
}

// articleStub names a failed input in the summary.
func articleStub(id string) model.Article { return model.Article{ID: id} }

func (r *Reader) readFile(ctx context.Context, path string, k Kind, emit Emit) error {
	if k == KindJSONL {
		f, err := os.Open(path)
		if err != nil {
			return unwrapPathError(err)
		}
		defer f.Close()
		return readJSONL(ctx, f, path, strings.HasSuffix(strings.ToLower(path), ".gz"), emit)
	}
	b, err := readLimited(path)
	if err != nil {
		return err
	}
	if k == KindText {
		k = sniff(b)
	}
	switch k {
	case KindHTML:
		it, err := htmlArticle(b, path, "", "")
		if err != nil {
			return err
		}
		return emitStop(emit, it)
	case KindFeed:
		return readFeed(ctx, bytes.NewReader(b), path, emit)
	}
	text, err := textOf(b)
	if err != nil {
		return err
	}
	return emitStop(emit, Item{Article: model.Article{ID: path, Text: text}, Origin: path})
}

// emitStop calls emit and marks its error as the caller's stop.
func emitStop(emit Emit, it Item) error {
	if err := emit(it); err != nil {
		return fmt.Errorf("%w: %w", errStop, err)
	}
	return nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("%w (%d MiB)", ErrTooLarge, MaxFileBytes>>20)
	}
	return b, nil
}

// textOf checks that b is text and returns it as a string, with invalid
// UTF-8 sequences replaced (mojibake is repaired, binary is refused).
func textOf(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, 0) >= 0 {
		return "", ErrNotText
	}
	if !utf8.Valid(b) {
		bad := 0
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				bad++
			}
			i += size
		}
		if bad*10 > len(b) {
			return "", fmt.Errorf("%w: invalid UTF-8", ErrNotText)
		}
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", ErrNoArticle
	}
	return string(b), nil
}

// normDate turns the many date forms of feeds, pages and JSONL into
// YYYY-MM-DD, or "" when it cannot.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC, time.RFC3339,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006",
	"02-Jan-2006 15:04:05", "20060102",
}
