// Package quoteeval scores quote and attribution extraction against a gold
// file of whole articles with their attributions (the format of
// ../shared/eval/quotes, e.g. PolNeAR): content span precision, recall and
// F1 (by overlap and exact), speaker accuracy, cue accuracy, and a combined
// content-and-speaker F1. The extractor is injected, so the same scorer
// measures the quote stage alone or the whole pipeline.
package quoteeval
