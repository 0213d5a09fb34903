// Package geo geocodes an article's place mentions: from each mention's
// gazetteer candidates (lexicon entries: "Paris" → Paris, France; Paris,
// Texas; …) it picks the likeliest reading by population and rank, explicit
// qualifiers ("Paris, Texas", "Washington state"), the countries of the
// article's other places and of the dateline, and the demonyms of the
// sentence, in the spirit of CLIFF and Mordecai. Resolve is a pure function
// over entries; FromMatches builds its input from a segmented document.
package geo
