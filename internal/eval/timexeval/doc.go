// Package timexeval scores the timex stage against TimeML gold sets in the
// JSON Lines form of shared/eval/timex (TempEval-3 platinum, TimeBank,
// AQUAINT), the way TempEval-3 Task A does: strict and relaxed extent
// matching, then type and value over the relaxed matches.
package timexeval
