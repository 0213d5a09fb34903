// Command gen converts the PETRARCH2 CAMEO dictionaries under the shared
// folder (data/cameo: verbs.tsv, synsets.tsv, event_codes.tsv, discards.tsv)
// into the compact files internal/nlp/event embeds.
//
// Usage, from the module root:
//
//	go run ./internal/nlp/event/gen -shared ../shared
//
// It applies the dictionary's documented quirks (data/cameo/verbs_README.md):
// superseded pattern lines are dropped (the last identical line wins),
// shadowed verb forms keep their first definition, patterns with TABARI
// leftovers ($, +, %, A_B, A/B) that never match are dropped, generated
// verb forms are replaced by correct English inflections, codes outside
// CAMEO are mapped as PETRARCH2 maps them, and bare-year discards are left out.
package main
