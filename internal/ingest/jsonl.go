package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// MaxLineBytes is the longest JSON Lines record read.
const MaxLineBytes = 16 << 20

// jsonlRecord is one line of a JSON Lines source.
type jsonlRecord struct {
	ID     json.RawMessage `json:"id"` // string or number
	URL    string          `json:"url"`
	Date   string          `json:"date"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	HTML   string          `json:"html"`
	Source string          `json:"source"`
}

// readJSONL reads one article per line (id, url, date, title, text or
// html, source). A bad line is emitted as a failed Item and reading goes
// on; a read error (a corrupt gzip stream) ends the source.
func readJSONL(ctx context.Context, r io.Reader, name string, gz bool, emit Emit) error {
	if gz {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := ReadLine(br, MaxLineBytes)
		if len(b) > 0 {
			if it, ok := jsonlItem(b, name, line); ok {
				if eerr := emitStop(emit, it); eerr != nil {
					return eerr
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if errors.Is(err, ErrLineTooLong) {
			if eerr := emitStop(emit, Item{Article: model.Article{ID: fmt.Sprintf("%s:%d", name, line)}, Origin: name,
				Err: fmt.Errorf("line %d: %w (%d MiB)", line, ErrTooLarge, MaxLineBytes>>20)}); eerr != nil {
				return eerr
			}
			continue
		}
		if err != nil {
			if gz {
				return fmt.Errorf("corrupt gzip at line %d: %w", line, err)
			}
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
}

// ErrLineTooLong is returned by ReadLine for a line longer than its limit.
var ErrLineTooLong = errors.New("line too long")

// ReadLine reads one line of br without its line ending. A line of more than
// limit bytes is skipped to its end and reported as ErrLineTooLong, so that
// the next call reads the next line; io.EOF comes with the last line when it
// has no newline.
func ReadLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit+1 {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return nil, ErrLineTooLong
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// jsonlItem decodes one line; ok is false for a blank line.
func jsonlItem(b []byte, name string, line int) (Item, bool) {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return Item{}, false
	}
	fallbackID := fmt.Sprintf("%s:%d", name, line)
	var rec jsonlRecord
	if err := json.Unmarshal([]byte(s), &rec); err != nil {
		return Item{Article: model.Article{ID: fallbackID}, Origin: name, Err: fmt.Errorf("line %d: bad JSON: %w", line, err)}, true
	}
	id := jsonID(rec.ID)
	if id == "" {
		id = rec.URL
	}
	if id == "" {
		id = fallbackID
	}
	source := rec.Source
	if source == "" {
		source = store.Publisher(rec.URL)
	}
	a := model.Article{ID: id, URL: strings.TrimSpace(rec.URL), Title: strings.TrimSpace(rec.Title), Date: normDate(rec.Date), Text: rec.Text}
	if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(rec.HTML) != "" {
		it, err := htmlArticle([]byte(rec.HTML), id, a.URL, source)
		if err != nil {
			return Item{Article: model.Article{ID: id, URL: a.URL}, Origin: name, Err: fmt.Errorf("line %d: html: %w", line, err)}, true
		}
		if a.Title == "" {
			a.Title = it.Article.Title
		}
		if a.Date == "" {
			a.Date = it.Article.Date
		}
		a.Text = it.Article.Text
	}
	if strings.TrimSpace(a.Text) == "" {
		return Item{Article: a, Origin: name, Err: fmt.Errorf("line %d: %w: no text or html", line, ErrNoArticle)}, true
	}
	a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	return Item{Article: a, Source: source, Origin: name}, true
}

// jsonID reads an id given as a JSON string or number.
func jsonID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
