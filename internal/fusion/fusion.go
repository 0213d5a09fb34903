package fusion

import (
	"strings"
	"time"

	"eventgraph/internal/model"
)

// ActorKey returns the identity of an event's actor for fusion: its CAMEO
// code in upper case, else its name in lower case with white space
// collapsed, else "" (no actor).
func ActorKey(code, name string) string {
	if c := strings.ToUpper(strings.TrimSpace(code)); c != "" {
		return c
	}
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}

// RefKey is ActorKey of a reference; "" for nil.
func RefKey(r *model.Ref) string {
	if r == nil {
		return ""
	}
	return ActorKey(r.Actor, r.Name)
}

// Key returns the grouping key of a report: reports with different keys
// never fuse. The window and place checks come on top.
func Key(sourceKey, targetKey, root string) string {
	return sourceKey + "\x1f" + targetKey + "\x1f" + root
}

// Root returns the CAMEO root code of an event code: its first two digits.
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// epoch is the origin of day numbers.
var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// Day returns the day number (days since 1970-01-01) of a date whose first
// ten characters are YYYY-MM-DD (a TIMEX3 DATE value or a timestamp), and
// false for anything else (2022-07, 2022-W29, XXXX-WXX-2, PRESENT_REF).
func Day(date string) (int, bool) {
	if len(date) < 10 {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, date[:10])
	if err != nil {
		return 0, false
	}
	return int(t.Sub(epoch).Hours() / 24), true
}

// Date returns the YYYY-MM-DD of a day number.
func Date(day int) string {
	return epoch.AddDate(0, 0, day).Format(time.DateOnly)
}

// EventDay returns the day a report's event happens: its own date when that
// is a full date, else the article's reference date, else false.
func EventDay(eventDate, articleDate string) (int, bool) {
	if d, ok := Day(eventDate); ok {
		return d, true
	}
	return Day(articleDate)
}

// InWindow reports whether a report dated day may join a fused event whose
// reports span first…last, with a window of w days either side.
func InWindow(first, last, day, w int) bool {
	return day >= first-w && day <= last+w
}

// PlaceCompatible reports whether two event places may be the same: one
// (or both) is unknown, the names are equal ignoring case, or one is a
// country and the other lies in it.
func PlaceCompatible(nameA, countryA, kindA, nameB, countryB, kindB string) bool {
	if nameA == "" || nameB == "" {
		return true
	}
	if strings.EqualFold(nameA, nameB) {
		return true
	}
	if countryA == "" || countryB == "" || !strings.EqualFold(countryA, countryB) {
		return false
	}
	return kindA == "country" || kindB == "country"
}

// Affirms reports whether a modality says the event is (or will be) so.
func Affirms(modality string) bool {
	switch modality {
	case model.ModAsserted, model.ModReported, model.ModPlanned:
		return true
	}
	return false
}

// Denies reports whether a modality says a party denies the event.
func Denies(modality string) bool { return modality == model.ModDenied }

// Disputed reports whether a fused event with these counts is disputed.
func Disputed(affirmed, denied int) bool { return affirmed > 0 && denied > 0 }

// Modalities lists the modalities in the order of spec/OUTPUT.md, the
// tie-break order of Dominant.
var Modalities = []string{model.ModNegated, model.ModHypothetical, model.ModDenied,
	model.ModReported, model.ModPlanned, model.ModAsserted}

// Dominant returns the most frequent modality among counts (indexed like
// Modalities); ties go to the earlier one in Modalities. "" when all are 0.
func Dominant(counts [6]int) string {
	best, n := "", 0
	for i, c := range counts {
		if c > n {
			best, n = Modalities[i], c
		}
	}
	return best
}

// ModalityIndex returns the index of a modality in Modalities; unknown
// modalities count as asserted.
func ModalityIndex(m string) int {
	for i, x := range Modalities {
		if x == m {
			return i
		}
	}
	return len(Modalities) - 1
}
