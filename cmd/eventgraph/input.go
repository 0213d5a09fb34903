package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"eventgraph/internal/ingest"
	"eventgraph/internal/model"
)

// defaultMaxSize is the largest article extract accepts, in bytes.
const defaultMaxSize = 16 << 20

// inputItem is one article read from an input, or the error that kept it
// from being read. Name says where it came from for error messages.
type inputItem struct {
	Name    string
	Article model.Article
	Err     error
	Warning string
}

// inputReader turns command-line inputs into articles.
type inputReader struct {
	stdin   io.Reader
	maxSize int64
}

// isMulti reports whether the inputs can hold several articles, which makes
// --format json print an array.
func isMulti(args []string) bool {
	if len(args) != 1 {
		return len(args) > 1
	}
	if args[0] == "-" {
		return false
	}
	if isJSONL(args[0]) {
		return true
	}
	fi, err := os.Stat(args[0])
	return err == nil && fi.IsDir()
}

func isJSONL(name string) bool {
	return strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".jsonl.gz") || strings.HasSuffix(name, ".ndjson")
}

// textExt reports whether a file found in a directory walk is an article.
func textExt(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", "", ".html", ".htm":
		return true
	}
	return false
}

func isHTML(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// Read yields the articles of every input in order; it stops early when
// yield returns false or ctx is done.
func (r *inputReader) Read(ctx context.Context, args []string, yield func(inputItem) bool) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, arg := range args {
		if ctx.Err() != nil {
			return
		}
		if !r.readArg(ctx, arg, yield) {
			return
		}
	}
}

func (r *inputReader) readArg(ctx context.Context, arg string, yield func(inputItem) bool) bool {
	if arg == "-" {
		b, err := readLimited(r.stdin, r.maxSize)
		if err != nil {
			return yield(inputItem{Name: "stdin", Err: err})
		}
		return yield(textItem("stdin", "stdin", b))
	}
	fi, err := os.Stat(arg)
	if err != nil {
		return yield(inputItem{Name: arg, Err: describeOpenError(err)})
	}
	if fi.IsDir() {
		var files []string
		err := filepath.WalkDir(arg, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, p) // reported when opened
				return nil
			}
			name := de.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !de.IsDir() && (textExt(name) || isJSONL(name)) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return yield(inputItem{Name: arg, Err: err})
		}
		sort.Strings(files)
		for _, f := range files {
			if ctx.Err() != nil || !r.readFile(ctx, f, yield) {
				return false
			}
		}
		return true
	}
	return r.readFile(ctx, arg, yield)
}

func (r *inputReader) readFile(ctx context.Context, path string, yield func(inputItem) bool) bool {
	if isJSONL(path) {
		return r.readJSONL(ctx, path, yield)
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(inputItem{Name: path, Err: describeOpenError(err)})
	}
	defer f.Close()
	b, err := readLimited(f, r.maxSize)
	if err != nil {
		return yield(inputItem{Name: path, Err: err})
	}
	if isHTML(path) {
		a, err := ingest.HTMLArticle(b, path, "")
		if err != nil {
			return yield(inputItem{Name: path, Err: fmt.Errorf("html: %w", err)})
		}
		a.ID = path
		return yield(inputItem{Name: path, Article: a})
	}
	return yield(textItem(path, path, b))
}

func describeOpenError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readLimited reads all of r, failing once more than max bytes arrive.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("larger than the size limit of %d bytes (see --max-size)", max)
	}
	return b, nil
}

// textItem checks raw bytes and makes them an article.
func textItem(name, id string, b []byte) inputItem {
	text, warn, err := checkText(b)
	if err != nil {
		return inputItem{Name: name, Err: err}
	}
	return inputItem{Name: name, Article: model.Article{ID: id, Text: text}, Warning: warn}
}

// checkText rejects what is not text and repairs what can be repaired:
// Windows-1252 text is decoded, and a few stray invalid bytes in UTF-8 text
// become U+FFFD. The warning says what was changed.
func checkText(b []byte) (text, warning string, err error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", ErrEmptyInput
	}
	if bytes.IndexByte(b, 0) >= 0 || controlShare(b) > 0.01 {
		return "", "", errors.New("binary data, not text")
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			valid++
		}
		i += n
	}
	if valid == 0 {
		return decode1252(b), "not UTF-8: read as Windows-1252", nil
	}
	if invalid*100 <= len(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD"), fmt.Sprintf("%d invalid UTF-8 bytes replaced by U+FFFD", invalid), nil
	}
	return "", "", errors.New("not valid UTF-8")
}

// ErrEmptyInput is the error for an input with no text.
var ErrEmptyInput = errors.New("empty: no text to extract")

func controlShare(b []byte) float64 {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// cp1252 holds the characters of Windows-1252 bytes 0x80–0x9F.
var cp1252 = [32]rune{'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ'}

func decode1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// jsonlRecord is one line of a JSON Lines input.
type jsonlRecord struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
	HTML  string `json:"html"`
}

func (r *inputReader) readJSONL(ctx context.Context, path string, yield func(inputItem) bool) bool {
	var in io.Reader
	if path == "-" {
		in = r.stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return yield(inputItem{Name: path, Err: describeOpenError(err)})
		}
		defer f.Close()
		in = f
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(in)
		if err != nil {
			return yield(inputItem{Name: path, Err: fmt.Errorf("gzip: %w", err)})
		}
		defer zr.Close()
		in = zr
	}
	br := bufio.NewReaderSize(in, 1<<16)
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		b, err := ingest.ReadLine(br, int(min(r.maxSize, int64(^uint(0)>>1))))
		if errors.Is(err, ingest.ErrLineTooLong) {
			err = errLineTooLong
		}
		name := fmt.Sprintf("%s:%d", path, line)
		if errors.Is(err, io.EOF) && len(b) == 0 {
			return true
		}
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) {
				if !yield(inputItem{Name: name, Err: err}) {
					return false
				}
				continue
			}
			return yield(inputItem{Name: name, Err: fmt.Errorf("read: %w", err)})
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		if !yield(jsonlItem(name, line, b)) {
			return false
		}
	}
}

var errLineTooLong = errors.New("line larger than the size limit (see --max-size)")

func jsonlItem(name string, line int, b []byte) inputItem {
	if !utf8.Valid(b) {
		return inputItem{Name: name, Err: errors.New("not valid UTF-8")}
	}
	var rec jsonlRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return inputItem{Name: name, Err: fmt.Errorf("not a JSON object: %v", err)}
	}
	id := rec.ID
	if id == "" {
		id = name
	}
	text := rec.Text
	if strings.TrimSpace(text) == "" && rec.HTML != "" {
		a, err := ingest.HTMLArticle([]byte(rec.HTML), id, rec.URL)
		if err != nil {
			return inputItem{Name: name, Err: fmt.Errorf("html: %w", err)}
		}
		text = a.Text
		if rec.Title == "" {
			rec.Title = a.Title
		}
		if rec.Date == "" {
			rec.Date = a.Date
		}
	}
	if strings.TrimSpace(text) == "" {
		return inputItem{Name: name, Err: ErrEmptyInput}
	}
	return inputItem{Name: name, Article: model.Article{ID: id, URL: rec.URL, Date: rec.Date, Title: rec.Title, Text: text}}
}
