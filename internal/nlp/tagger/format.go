package tagger

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// The model file is "EGNER" and a format version byte, then a gzip stream
// of unsigned and zigzag varints: the scheme, the Info as JSON, the learnt
// lexicon (sorted phrase hashes as deltas, then their class bits) and each
// pass (sorted feature keys as deltas, each feature's S weights, then the
// transition, start and end scores). Version 2 limits weights to
// ±weightMax.
const (
	fileMagic   = "EGNER"
	fileVersion = 2
)

// ErrBadModel is returned by Load for a file that is not a tagger model or
// is damaged.
var ErrBadModel = errors.New("not a tagger model")

// Limits that keep a damaged file from making Load allocate without bound.
const (
	maxFeatures = 1 << 25
	maxNames    = 1 << 24
	maxInfo     = 1 << 20
)

// Save writes the model in its compact binary format.
func (m *Model) Save(w io.Writer) error {
	if _, err := io.WriteString(w, fileMagic+string(rune(fileVersion))); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }

	uv(uint64(m.sc.kind))
	// The training time is left out so that the same data and options give
	// the same bytes; the JSON record beside the model keeps it.
	stored := m.info
	stored.TrainSecs = 0
	info, err := json.Marshal(stored)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	uv(uint64(len(info)))
	bw.Write(info)

	var hashes []uint64
	if m.names != nil {
		for h := range m.names.m {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	uv(uint64(len(hashes)))
	prev := uint64(0)
	for _, h := range hashes {
		uv(h - prev)
		prev = h
	}
	for _, h := range hashes {
		uv(uint64(m.names.m[h]))
	}

	S := m.sc.n
	uv(uint64(len(m.stages)))
	for _, st := range m.stages {
		fs := st.slots()
		uv(uint64(len(fs)))
		prev := uint32(0)
		for _, p := range fs {
			uv(uint64(st.keys[p] - prev))
			prev = st.keys[p]
		}
		for _, p := range fs {
			for s := 0; s < S; s++ {
				sv(int64(st.w[p].weight(s)))
			}
		}
		for _, v := range st.trans {
			sv(int64(v))
		}
		for s := 0; s < S; s++ {
			sv(int64(st.start[s]))
			sv(int64(st.end[s]))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// Load reads a model written by Save. A file that is not a model, or is
// damaged, gives an error wrapping ErrBadModel.
func Load(r io.Reader) (*Model, error) {
	head := make([]byte, len(fileMagic)+1)
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, fmt.Errorf("load model: %w: %w", ErrBadModel, err)
	}
	if string(head[:len(fileMagic)]) != fileMagic || head[len(fileMagic)] != fileVersion {
		return nil, fmt.Errorf("load model: %w: bad header", ErrBadModel)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	var rerr error
	uv := func(limit uint64) uint64 {
		if rerr != nil {
			return 0
		}
		x, err := binary.ReadUvarint(br)
		if err != nil {
			rerr = err
			return 0
		}
		if x > limit {
			rerr = fmt.Errorf("value %d out of range", x)
			return 0
		}
		return x
	}
	sv := func(lo, hi int64) int64 {
		if rerr != nil {
			return 0
		}
		x, err := binary.ReadVarint(br)
		if err != nil {
			rerr = err
			return 0
		}
		if x < lo || x > hi {
			rerr = fmt.Errorf("value %d out of range", x)
			return 0
		}
		return x
	}
	fail := func() (*Model, error) {
		return nil, fmt.Errorf("load model: %w: %w", ErrBadModel, rerr)
	}

	kind := uint8(uv(255))
	if rerr == nil && kind != schemeBIO && kind != schemeBILOU {
		rerr = fmt.Errorf("unknown scheme %d", kind)
	}
	if rerr != nil {
		return fail()
	}
	m := &Model{sc: newScheme(kind)}
	S := m.sc.n
	info := make([]byte, uv(maxInfo))
	if rerr != nil {
		return fail()
	}
	if _, err := io.ReadFull(br, info); err != nil {
		rerr = err
		return fail()
	}
	if err := json.Unmarshal(info, &m.info); err != nil {
		rerr = err
		return fail()
	}

	n := int(uv(maxNames))
	if rerr != nil {
		return fail()
	}
	hashes := make([]uint64, n)
	prev := uint64(0)
	for i := range hashes {
		prev += uv(1<<64 - 1)
		hashes[i] = prev
	}
	m.names = &nameTable{m: make(map[uint64]uint32, n)}
	for _, h := range hashes {
		m.names.m[h] = uint32(uv(1<<32 - 1))
	}

	nst := int(uv(2))
	for p := 0; p < nst && rerr == nil; p++ {
		nf := int(uv(maxFeatures))
		if rerr != nil {
			break
		}
		keys := make([]uint32, nf)
		prev := uint64(0)
		for i := range keys {
			prev += uv(1<<32 - 1)
			if prev == 0 || prev >= 1<<32 || (i > 0 && uint32(prev) == keys[i-1]) {
				if rerr == nil {
					rerr = errors.New("bad feature key")
				}
				break
			}
			keys[i] = uint32(prev)
		}
		w := make([]int16, nf*S)
		for i := range w {
			w[i] = int16(sv(-weightMax, weightMax))
		}
		st := &stage{trans: make([]int32, S*S), start: make([]int32, S), end: make([]int32, S)}
		for i := range st.trans {
			st.trans[i] = int32(sv(negInf, 1<<20))
		}
		for s := 0; s < S; s++ {
			st.start[s] = int32(sv(negInf, 1<<20))
			st.end[s] = int32(sv(negInf, 1<<20))
		}
		if rerr != nil {
			break
		}
		st.build(keys, w, S)
		st.forbid(m.sc)
		m.stages = append(m.stages, st)
	}
	if rerr == nil && len(m.stages) == 0 {
		rerr = errors.New("no passes")
	}
	if rerr != nil {
		return fail()
	}
	return m, nil
}
