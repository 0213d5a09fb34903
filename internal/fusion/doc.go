// Package fusion holds the rules that decide when event reports from
// different articles describe one real-world event, and how the merged
// (fused) event summarises them. It is pure logic: the store backends call
// it inside their write transaction, so that fusion is incremental and each
// article's fusion links commit with its rows.
//
// Two reports fuse when they have the same source and target actors (CAMEO
// actor code, else the entity's name, case-folded), the same CAMEO root
// code, event dates within a window of the fused event's date range
// (default ±1 day), and compatible places (see PlaceCompatible). A fused
// event is disputed when at least one report affirms it (asserted, reported,
// planned) and another denies it. The approach follows GDELT's grouping of
// mentions into one event record, with modality added.
package fusion
