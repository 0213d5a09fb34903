// Package quote is the pipeline stage that finds who said what: direct
// quotes (straight and curly quotation marks, split quotes, quotes running
// over several paragraphs by the news convention, quotes inside quotes),
// partial quotes inside a sentence, and indirect quotes and attributions
// ("X said (that) …", "according to X, …", "…, X said.", "This is reported by
// X."), and the wider attributions of PARC: beliefs, intentions and
// evaluations with a to-infinitive ("vowed to …", "urged X to …"), a clause
// without "that" ("thinks it will …"), a "wh" clause or a noun phrase
// object ("called for an inquiry", "criticized the plan"), and headline
// colons ("Pence: …"). Typewriter quotes, with two apostrophes or two
// backticks for a double mark, count as double quotes, and speakers may
// carry appositions and parentheticals. Each quote gets its
// cue and its speaker span, resolved to an entity of the entity stage
// through the mentions that overlap the span's head. Intentions and noun
// phrase objects are attributed but are not propositions, so they make no
// claim.
//
// Every attributed proposition whose speaker resolves to an entity becomes
// a model.Claim (the output contract wants an author on every claim).
// Denials ("X denied Y's statements", "rejected the accusation", "called …
// baseless", "denied responsibility for …", a quoted negation right after a
// denial by the same side) are linked to the claims they answer: the
// possessor's ("Israeli claims that …"), an accusation against the denier
// ("accused X of …", "who blamed X"), else by topic and recency, earlier or,
// for a lead, later in the article. When no claim says what is denied, the
// denied proposition becomes a claim by its accuser. Sides are compared by
// country and CAMEO role, so a government denying its opposition's claims
// is a denial. A denier named only by a government role noun ("the junta")
// is the story's country; an official with no code of their own speaks for
// the organisation named with them ("Hamas official X"). ClaimAt tells the
// event stage which claim an event belongs to.
//
// The stage works on tokens in one pass per layer, with map look-ups and no
// regular expressions, so that it runs in time linear in the text. The
// reporting-verb list follows the PARC attribution guidelines (Pareti 2016,
// https://doi.org/10.1007/s10579-015-9300-5).
package quote
