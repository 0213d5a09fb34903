package timex

// unit is a calendar or clock unit of a duration or relative expression.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uNight // "two nights": counted as days
)

// units maps singular and plural unit words to their unit.
var units = map[string]unit{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour, "day": uDay, "days": uDay,
	"week": uWeek, "weeks": uWeek, "month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury, "night": uNight, "nights": uNight, "fortnight": uWeek,
}

// pluralUnits are the plural forms, which alone ("for years") make a vague duration.
var pluralUnits = map[string]bool{
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"quarters": true, "years": true, "decades": true, "centuries": true,
}

// monthNames maps month names and their abbreviations to 1..12.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8, "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
	"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
}

// weekdays maps weekday names to ISO numbers (Monday 1 … Sunday 7).
var weekdays = map[string]int{
	"monday": 1, "mon": 1, "mon.": 1, "tuesday": 2, "tue": 2, "tue.": 2, "tues": 2, "tues.": 2,
	"wednesday": 3, "wed": 3, "wed.": 3, "thursday": 4, "thu": 4, "thu.": 4, "thur": 4, "thurs": 4, "thurs.": 4,
	"friday": 5, "fri": 5, "fri.": 5, "saturday": 6, "sat": 6, "sat.": 6, "sunday": 7, "sun": 7, "sun.": 7,
}

// weekdaysPlural are "Mondays", … which with a frequency word make a SET.
var weekdaysPlural = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// seasons maps season words to their TIMEX3 codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
	"springtime": "SP", "summertime": "SU", "wintertime": "WI",
}

// dayParts maps parts of the day to their TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// numberWords maps cardinal number words to their values.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
	"a": 1, "an": 1, "single": 1,
}

// ordinalWords maps ordinal words to their values.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
	"twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
	"thirty-first": 31, "last": -1, "final": -1,
}

// vagueCounts are quantifiers that make the count of a duration unspecified (X).
var vagueCounts = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "couple": true, "numerous": true,
	"recent": true, "coming": true, "past": true,
}

// decadeWords maps "the nineties" style words to the decade's first two digits' successor ("199").
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// modifier of a point expression, from the word before it.
var pointMods = map[string]string{
	"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
}

// quantity modifiers in front of a duration or an "ago" expression, one word.
var quantMods1 = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
	"nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN", "under": "LESS_THAN",
	"mere": "", "another": "", "additional": "", "full": "", "entire": "",
	"whole": "", "roughly-": "APPROX",
}

// quantMods2 are two-word quantity modifiers.
var quantMods2 = map[[2]string]string{
	{"more", "than"}: "MORE_THAN", {"less", "than"}: "LESS_THAN", {"fewer", "than"}: "LESS_THAN",
	{"at", "least"}: "EQUAL_OR_MORE", {"up", "to"}: "EQUAL_OR_LESS", {"at", "most"}: "EQUAL_OR_LESS",
	{"just", "over"}: "MORE_THAN", {"just", "under"}: "LESS_THAN", {"longer", "than"}: "MORE_THAN",
	{"nearly", "a"}: "", {"almost", "a"}: "", {"no", "more"}: "",
}

// setAdverbs are frequency adverbs and their period.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
	"quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M",
}

// refWords are deictic words with a fixed reference value.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
}

// triggers are the words at which the matcher starts looking. A word not in
// this set (and not a number) is skipped at the cost of one map lookup.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []map[string]int{monthNames, weekdays, weekdaysPlural, numberWords, ordinalWords, decadeWords} {
		for k := range t {
			m[k] = true
		}
	}
	for k := range units {
		m[k] = true
	}
	for k := range seasons {
		m[k] = true
	}
	for k := range setAdverbs {
		m[k] = true
	}
	for k := range refWords {
		m[k] = true
	}
	for k := range quantMods1 {
		m[k] = true
	}
	for k := range quantMods2 {
		m[k[0]] = true
	}
	for k := range pointMods {
		m[k] = true
	}
	for _, w := range []string{"the", "this", "that", "last", "next", "past", "coming", "previous", "following",
		"current", "recent", "upcoming", "today", "yesterday", "tomorrow", "tonight", "every", "each", "per",
		"fiscal", "noon", "midnight", "midday", "weekend", "weekends", "several", "few", "many", "couple",
		"christmas", "thanksgiving", "new", "latest", "same", "prior", "beginning", "end", "start", "middle",
		"year-end", "year-earlier", "year-ago", "at", "once", "twice", "overnight", "future", "earlier",
		"later", "half", "morning", "afternoon", "evening", "night", "in", "for", "year-to-date", "eve"} {
		m[w] = true
	}
	return m
}()

// functionWords may follow a frequency adverb that is not an adjective
// ("weekly in Paris", "daily and weekly").
var functionWords = map[string]bool{
	"and": true, "or": true, "to": true, "in": true, "at": true, "for": true, "from": true, "on": true,
	"by": true, "until": true, "since": true, "through": true, "with": true, "but": true, "as": true,
	"basis": true, "than": true, "during": true, "over": true, "throughout": true, "into": true,
}

// countFillers may stand between a count and its unit: "20 more years",
// "eight trading days", "three straight weeks".
var countFillers = map[string]bool{
	"more": true, "additional": true, "further": true, "other": true, "straight": true, "consecutive": true,
	"full": true, "long": true, "trading": true, "business": true, "working": true, "calendar": true,
	"successive": true, "whole": true, "short": true,
}
