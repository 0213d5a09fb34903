// Package entity finds the people, organisations, places and groups an
// article names, merges their mentions, and gives each a canonical name, a
// CAMEO actor code valid on the reference date, a country, a role and, for
// places, a position.
//
// It works in layers over the segmented text: dictionary matches from the
// lexicon and names the tagger or capitalisation finds; title blocks before
// names ("Iranian President", "Kremlin spokesman", "Joe Biden's National
// Security Advisor") and appositions after them (", the governor of the
// Moscow region,") that give roles and countries; then coreference —
// surnames and spelling variants to full names, role nouns ("the National
// Security Advisor") and he/she to people, and capitals or seats of power
// that act or speak ("Tehran denied", "the Kremlin said") to their
// government as actor. Actor codes follow the CAMEO codebook (Schrodt 2012,
// chapter 3): a country code, then role blocks.
package entity
