// Package quotetest builds documents for the quote stage's tests and
// evaluation before the entity stage is wired in: it segments a text, marks
// hand-chosen phrases as entity mentions, and offers a crude entity pass
// (capitalised runs, titles, a few countries, he/she to the last person)
// that stands in for the entity stage. It is test support, not a tagger.
package quotetest
