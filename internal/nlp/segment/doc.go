// Package segment splits an article into tokens, sentences, paragraphs and
// sections (title, photo caption and credit, dateline, body), keeping byte
// offsets into the text.
//
// Tokens follow the Penn Treebank conventions news taggers are trained on
// (possessive 's and n't split off, punctuation separate), with the
// exceptions news needs: abbreviations with periods (U.S., Gen., Jan.),
// initials (J.), decimals and thousands (3.5, 1,200) stay whole. Sentence
// boundaries are decided on tokens, in the spirit of Punkt (Kiss & Strunk
// 2006): a period ends a sentence unless it belongs to a known abbreviation or
// an initial, and the following token does not look like a sentence start.
package segment
