package tagger

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"eventgraph/internal/model"
)

// Sentence is one labelled training sentence.
type Sentence struct {
	// Doc names the document. Consecutive sentences with the same Doc form
	// one document for the document-level features.
	Doc    string
	Tokens []model.Token
	Labels []Label
}

// CoNLLTypes keeps the CoNLL-2003 types as they are.
var CoNLLTypes = map[string]string{"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

// GMBTypes maps the Groningen Meaning Bank types onto CoNLL's: geo to LOC,
// gpe (mostly demonyms) to MISC, per and org as they are. tim, art, eve and
// nat are dropped.
var GMBTypes = map[string]string{"GEO": "LOC", "GPE": "MISC", "PER": "PER", "ORG": "ORG"}

// DocKey returns the document part of a sentence id: "conll03-test-d007"
// for "conll03-test-d007-s012". Ids without a "-dNNN-sNNN" tail are their
// own document.
func DocKey(id string) string {
	i := strings.LastIndex(id, "-s")
	if i < 0 || !digitsOnly(id[i+2:]) {
		return id
	}
	j := strings.LastIndex(id[:i], "-d")
	if j < 0 || !digitsOnly(id[j+2:i]) {
		return id
	}
	return id[:i]
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// jsonRecord is one line of the project's NER JSONL files.
type jsonRecord struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Tokens []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Tag   string `json:"tag"`
	} `json:"tokens"`
}

// ReadCorpus reads labelled sentences from the project's NER JSONL format
// (one sentence a line, with "tokens" carrying BIO "tag"s). types maps the
// upper-cased source types onto PER, ORG, LOC and MISC; a type it lacks
// becomes O.
func ReadCorpus(r io.Reader, types map[string]string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var out []Sentence
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var rec jsonRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("read corpus line %d: %w", line, err)
		}
		byteOff := RuneToByte(rec.Text)
		s := Sentence{Doc: DocKey(rec.ID)}
		for _, t := range rec.Tokens {
			if t.Start < 0 || t.End < t.Start || t.End >= len(byteOff) {
				return nil, fmt.Errorf("read corpus line %d: token %q has bad offsets", line, t.Text)
			}
			s.Tokens = append(s.Tokens, NewToken(rec.Text, byteOff[t.Start], byteOff[t.End]))
			lab := O
			if len(t.Tag) > 2 && (t.Tag[0] == 'B' || t.Tag[0] == 'I') && t.Tag[1] == '-' {
				lab = MakeLabel(types[strings.ToUpper(t.Tag[2:])], t.Tag[0] == 'B')
			}
			s.Labels = append(s.Labels, lab)
		}
		if len(s.Tokens) > 0 {
			s.Tokens[0].Flags |= model.FlagSentStart
		}
		normalise(s.Labels)
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	return out, nil
}

// normalise rewrites labels so that every name starts with a B label.
func normalise(labels []Label) {
	for _, sp := range Spans(labels) {
		labels[sp.First] = MakeLabel(sp.Type, true)
		for i := sp.First + 1; i <= sp.Last; i++ {
			labels[i] = MakeLabel(sp.Type, false)
		}
	}
}

// RuneToByte returns the byte offset of every code-point offset of s,
// including len(s) at the end: RuneToByte(s)[i] is where rune i starts.
func RuneToByte(s string) []int {
	off := make([]int, 0, len(s)+1)
	for i := range s {
		off = append(off, i)
	}
	return append(off, len(s))
}

// ReadCorpusFile reads a corpus file, gunzipping it when its name ends in
// ".gz", and returns its sentences and the SHA-256 of the file as stored.
func ReadCorpusFile(path string, types map[string]string) ([]Sentence, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", fmt.Errorf("read corpus: %w", err)
	}
	defer f.Close()
	sum := sha256.New()
	var r io.Reader = io.TeeReader(f, sum)
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, "", fmt.Errorf("read corpus %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sents, err := ReadCorpus(r, types)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	// Hash whatever the decoder left unread (the gzip trailer).
	if _, err := io.Copy(io.Discard, io.TeeReader(f, sum)); err != nil {
		return nil, "", fmt.Errorf("read corpus: %w", err)
	}
	return sents, hex.EncodeToString(sum.Sum(nil)), nil
}
