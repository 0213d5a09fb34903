// Package timex finds temporal expressions in a segmented document and
// normalises them to TimeML TIMEX3 values (DATE, TIME, DURATION, SET, with
// value and mod) against the document's reference date.
//
// Recognition works on the segmenter's tokens: a small lexicon of trigger
// words (month and weekday names, number words, units, deictic words such as
// "yesterday", "last", "ago") decides where to look, and a hand-written
// matcher reads the few tokens around each trigger. Normalisation follows the
// TimeML annotation guidelines (TimeML 1.2.1, Saurí et al. 2006) and the
// resolution strategy of HeidelTime's news mode (Strötgen & Gertz 2013):
// relative expressions resolve against the document creation time, with the
// tense of the nearest verb deciding between the past and the coming
// occurrence of a weekday or a year-less month.
//
// With no reference date, relative expressions stay unanchored: their values
// keep X placeholders (XXXX-WXX-2, XXXX-07-12) and nothing ever depends on
// the clock of the machine.
package timex
