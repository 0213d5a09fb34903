// Package storetest is the conformance suite every store.Store backend
// passes: Run(t, newStore) checks identity and idempotence, near-duplicate
// linking, fusion, the query filters and full-text search against a fresh
// store from newStore.
package storetest
