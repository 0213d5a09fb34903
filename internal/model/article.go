package model

// Article is one report as read from a source, before any analysis.
type Article struct {
	// ID identifies the article: a JSONL id, else the path as given, else "stdin".
	ID string
	// URL is where the article came from, if known.
	URL string
	// Title is the headline, if the source gives one separately from Text.
	Title string
	// Date is the reference date (document creation time) as YYYY-MM-DD, or ""
	// when it is unknown and must be looked for in the text (dateline).
	Date string
	// Text is the article body exactly as given; all offsets refer to it.
	Text string
}
