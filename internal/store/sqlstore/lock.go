package sqlstore

import (
	"fmt"
	"hash/fnv"
	"slices"

	"eventgraph/internal/fusion"
	"eventgraph/internal/store"
)

// lockFusionKeys takes a transaction-scoped lock (Dialect.LockKey) on the
// fusion key of every event of the batch, in one global order, before
// anything is written. Writers on other connections (workers on other
// machines) thus fuse one key at a time, so that two reports of a new event
// do not both create it, and cannot deadlock on each other's keys. Without
// a LockKey it does nothing.
func (s *Store) lockFusionKeys(w *txw, recs []*store.Record) error {
	if s.d.LockKey == "" {
		return nil
	}
	seen := map[int64]bool{}
	var locks []int64
	for _, r := range recs {
		if r.Result == nil {
			continue
		}
		for i := range r.Result.Events {
			e := &r.Result.Events[i]
			root := e.Root
			if root == "" {
				root = fusion.Root(e.Code)
			}
			h := fnv.New64a()
			h.Write([]byte(fusion.Key(fusion.RefKey(e.Source), fusion.RefKey(e.Target), root)))
			k := int64(h.Sum64())
			if !seen[k] {
				seen[k] = true
				locks = append(locks, k)
			}
		}
	}
	slices.Sort(locks)
	for _, k := range locks {
		if _, err := w.exec(s.d.LockKey, k); err != nil {
			return fmt.Errorf("lock fusion key: %w", err)
		}
	}
	return nil
}
