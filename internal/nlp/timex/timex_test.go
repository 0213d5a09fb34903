package timex

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"eventgraph/internal/model"
	"eventgraph/internal/nlp/segment"
)

// run segments text and runs the stage with reference date ref.
func run(t testing.TB, text, ref string) *model.Document {
	t.Helper()
	d := &model.Document{Article: model.Article{Text: text, Date: ref}, RefDate: ref}
	segment.Segment(d)
	if err := New().Run(context.Background(), d); err != nil {
		t.Fatalf("run: %v", err)
	}
	return d
}

// find returns the time whose text is want, or nil.
func find(d *model.Document, want string) *model.Time {
	for i := range d.Times {
		if d.Times[i].Text == want {
			return &d.Times[i]
		}
	}
	return nil
}

func TestStage_Expressions(t *testing.T) {
	const ref = "2022-07-12" // a Tuesday
	cases := []struct {
		name, text, ref, span, typ, value, mod string
	}{
		{"FullDate", "The talks ended on July 11, 2022, in Vienna.", ref, "July 11, 2022", "DATE", "2022-07-11", ""},
		{"DayMonthYear", "He was born on 3 March 1961 in Leeds.", ref, "3 March 1961", "DATE", "1961-03-03", ""},
		{"ISODate", "The file is dated 2021-12-31 by the clerk.", ref, "2021-12-31", "DATE", "2021-12-31", ""},
		{"NumericUS", "The order was signed 7/4/2019 in Boston.", ref, "7/4/2019", "DATE", "2019-07-04", ""},
		{"NextWeekdaySame", "The leaders will meet next Tuesday in Tehran.", ref, "next Tuesday", "DATE", "2022-07-19", ""},
		{"NextWeekday", "The envoy will arrive next Friday.", ref, "next Friday", "DATE", "2022-07-15", ""},
		{"LastWeekday", "The minister resigned last Friday.", ref, "last Friday", "DATE", "2022-07-08", ""},
		{"SaidOnMonday", "The spokesman said on Monday that talks would resume.", ref, "Monday", "DATE", "2022-07-11", ""},
		{"SaidOnToday", "The spokesman said on Tuesday that talks would resume.", ref, "Tuesday", "DATE", "2022-07-12", ""},
		{"FutureWeekday", "The committee will vote on Thursday.", ref, "Thursday", "DATE", "2022-07-14", ""},
		{"PastWeekday", "The committee voted on Thursday.", ref, "Thursday", "DATE", "2022-07-07", ""},
		{"WeekdayMorning", "Protesters gathered Tuesday morning outside the court.", ref, "Tuesday morning", "TIME", "2022-07-12TMO", ""},
		{"MonthDayPast", "It is his first trip since the February 24 invasion.", ref, "February 24", "DATE", "2022-02-24", ""},
		{"MonthDayFuture", "The vote will be held on September 5.", ref, "September 5", "DATE", "2022-09-05", ""},
		{"MonthDayFutureNextYear", "The law will take effect on January 1.", ref, "January 1", "DATE", "2023-01-01", ""},
		{"MonthAbbrev", "The deal closed on Sept. 22 after months of talks.", "2022-10-01", "Sept. 22", "DATE", "2022-09-22", ""},
		{"MonthYear", "The plant opened in May 2010 near the coast.", ref, "May 2010", "DATE", "2010-05", ""},
		{"BareMonthPast", "Sales fell sharply in March, the company said.", ref, "March", "DATE", "2022-03", ""},
		{"BareMonthFuture", "The report is due to be published in November.", ref, "November", "DATE", "2022-11", ""},
		{"MidMonth", "Training could start as early as mid-July.", ref, "mid-July", "DATE", "2022-07", "MID"},
		{"EndOfMonth", "At the end of June, the president traveled abroad.", ref, "the end of June", "DATE", "2022-06", "END"},
		{"EarlyYear", "Production will resume in early 2023.", ref, "early 2023", "DATE", "2023", "START"},
		{"LateLastMonth", "He vanished late last July near the beach.", ref, "late last July", "DATE", "2021-07", "END"},
		{"EarlierThisYear", "Prices rose earlier this year across Europe.", ref, "earlier this year", "DATE", "2022", "START"},
		{"LastWeek", "The bank raised rates last week.", ref, "last week", "DATE", "2022-W27", ""},
		{"ThisWeek", "The envoy arrived in Kyiv this week.", ref, "this week", "DATE", "2022-W28", ""},
		{"LastYear", "Exports doubled last year.", ref, "last year", "DATE", "2021", ""},
		{"NextMonth", "The summit is planned for next month.", ref, "next month", "DATE", "2022-08", ""},
		{"WeeksAgo", "The ceasefire collapsed two weeks ago.", ref, "two weeks ago", "DATE", "2022-W26", ""},
		{"YearsAgo", "The party was founded four years ago.", ref, "four years ago", "DATE", "2018", ""},
		{"DaysAgoDigits", "The ship sank 3 days ago.", ref, "3 days ago", "DATE", "2022-07-09", ""},
		{"YearEarlier", "Profit rose 5 percent from a year earlier.", ref, "a year earlier", "DATE", "2021", ""},
		{"Yesterday", "The mayor spoke yesterday.", ref, "yesterday", "DATE", "2022-07-11", ""},
		{"Today", "The court rules today.", ref, "today", "DATE", "2022-07-12", ""},
		{"Tomorrow", "The court rules tomorrow.", ref, "tomorrow", "DATE", "2022-07-13", ""},
		{"Tonight", "The president speaks tonight.", ref, "tonight", "TIME", "2022-07-12TNI", ""},
		{"LastNight", "Shelling resumed last night.", ref, "last night", "TIME", "2022-07-11TNI", ""},
		{"ThisMorning", "The market opened lower this morning.", ref, "this morning", "TIME", "2022-07-12TMO", ""},
		{"SinceYear", "The region has been contested since 2014.", ref, "2014", "DATE", "2014", ""},
		{"Decade", "Inflation was higher in the 1990s.", ref, "the 1990s", "DATE", "199", ""},
		{"DecadeQuote", "The band was famous in the '80s.", ref, "the '80s", "DATE", "198", ""},
		{"EarlyDecade", "Prices peaked in the early 1980s.", ref, "the early 1980s", "DATE", "198", "START"},
		{"Century", "It was built in the 19th century.", ref, "the 19th century", "DATE", "18", ""},
		{"Quarter", "Earnings fell in the first quarter.", ref, "the first quarter", "DATE", "2022-Q1", ""},
		{"QuarterOfYear", "Earnings fell in the third quarter of 2019.", ref, "the third quarter of 2019", "DATE", "2019-Q3", ""},
		{"QuarterHyphen", "The firm reported third-quarter results.", "2022-10-20", "third-quarter", "DATE", "2022-Q3", ""},
		{"FirstHalf", "Growth slowed in the first half of 2021.", ref, "the first half of 2021", "DATE", "2021-H1", ""},
		{"Season", "The offensive began last summer.", ref, "last summer", "DATE", "2021-SU", ""},
		{"SeasonYear", "The talks stalled in the winter of 2019.", ref, "the winter of 2019", "DATE", "2019-WI", ""},
		{"FiscalYear", "The agency must cut $600 million in fiscal 2023.", ref, "fiscal 2023", "DATE", "2023", ""},
		{"Now", "The country is now a member.", ref, "now", "DATE", "PRESENT_REF", ""},
		{"Currently", "The plant is currently closed.", ref, "currently", "DATE", "PRESENT_REF", ""},
		{"Recently", "Officials recently visited the site.", ref, "recently", "DATE", "PAST_REF", ""},
		{"ThePast", "In the past, the two sides rarely met.", ref, "the past", "DATE", "PAST_REF", ""},
		{"TheFuture", "Nobody knows what the future holds.", ref, "the future", "DATE", "FUTURE_REF", ""},
		{"ThreeDay", "The leaders agreed a three-day ceasefire.", ref, "three-day", "DURATION", "P3D", ""},
		{"FourDayTruce", "Both sides observed a four-day truce.", ref, "four-day", "DURATION", "P4D", ""},
		{"HourHyphenDigits", "The city imposed a 24-hour curfew.", ref, "24-hour", "DURATION", "PT24H", ""},
		{"NearlyHours", "The meeting lasted nearly four hours.", ref, "nearly four hours", "DURATION", "PT4H", "LESS_THAN"},
		{"AboutYears", "He lived there for about two years.", ref, "about two years", "DURATION", "P2Y", "APPROX"},
		{"MoreThanDays", "The siege lasted more than 90 days.", ref, "more than 90 days", "DURATION", "P90D", "MORE_THAN"},
		{"PastYears", "Prices doubled over the past three years.", ref, "the past three years", "DURATION", "P3Y", ""},
		{"NextFewMonths", "Talks will continue over the next few months.", ref, "the next few months", "DURATION", "PXM", ""},
		{"BareYears", "The dispute has dragged on for years.", ref, "years", "DURATION", "PXY", ""},
		{"RecentWeeks", "Fighting has intensified in recent weeks.", ref, "recent weeks", "DURATION", "PXW", ""},
		{"TwentyOne", "The strike lasted twenty-one days.", ref, "twenty-one days", "DURATION", "P21D", ""},
		{"ADecade", "It was the worst drought in a decade.", ref, "a decade", "DURATION", "P10Y", ""},
		{"AnHour", "An hour later the shelling stopped.", ref, "An hour", "DURATION", "PT1H", ""},
		{"EveryYear", "The festival is held every year in August.", ref, "every year", "SET", "P1Y", ""},
		{"EveryTwoWeeks", "The board meets every two weeks.", ref, "every two weeks", "SET", "P2W", ""},
		{"Weekly", "The council meets weekly to review the budget.", ref, "weekly", "SET", "P1W", ""},
		{"Daily", "The pills must be taken daily.", ref, "daily", "SET", "P1D", ""},
		{"EachThursday", "Volunteers gather each Thursday at the church.", ref, "each Thursday", "SET", "XXXX-WXX-4", ""},
		{"TwiceAYear", "The committee reports twice a year.", ref, "a year", "SET", "P1Y", ""},
		{"ClockAM", "The vote starts at 10:30 a.m. on the floor.", ref, "10:30 a.m.", "TIME", "2022-07-12T10:30", ""},
		{"ClockPM", "Polls close at 8 p.m. local time.", ref, "8 p.m.", "TIME", "2022-07-12T20:00", ""},
		{"ClockGMTDay", "The match was moved to 15:00 GMT Saturday.", ref, "15:00 GMT Saturday", "TIME", "2022-07-09T15:00", ""},
		{"Ordinal24th", "The delegates will return on the 24th.", ref, "the 24th", "DATE", "2022-07-24", ""},
		{"YearRangeFirst", "The pandemic of 2009-2010 killed many.", ref, "2009", "DATE", "2009", ""},
		{"YearRangeSecond", "The pandemic of 2009-2010 killed many.", ref, "2010", "DATE", "2010", ""},
		{"TheWeekend", "Thousands marched over the weekend.", ref, "the weekend", "DATE", "2022-W27-WE", ""},
		{"VerbLast", "The talks will last three days.", ref, "three days", "DURATION", "P3D", ""},
		{"InTheFall", "Elections are due in the fall.", ref, "the fall", "DATE", "2022-FA", ""},
		{"TheNextDay", "The ship docked on July 3, 2022 and left the next day.", ref, "the next day", "DATE", "2022-07-04", ""},
		{"ThatYear", "He moved to Paris in 2015 and married later that year.", ref, "that year", "DATE", "2015", ""},
		{"SpokenYear", "The plant closed in nineteen ninety-six.", ref, "nineteen ninety-six", "DATE", "1996", ""},
		{"HalfYears", "They lived in the camp for 2 1/2 years.", ref, "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"MoreYears", "The base stays for at least 20 more years.", ref, "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"},
		{"WeekOrSoAgo", "The general chose the date a week or so ago.", ref, "a week or so ago", "DATE", "2022-W27", "APPROX"},
		{"YearEndedDuration", "Net income for the fiscal year ended March 31 rose.", ref, "the fiscal year", "DURATION", "P1Y", ""},
		{"ClockWithDate", "The offer expires at 5 p.m. EST, Nov. 9.", ref, "5 p.m. EST, Nov. 9", "TIME", "2022-11-09T17:00", ""},
		{"Christmas", "Troops will be home by Christmas.", ref, "Christmas", "DATE", "2022-12-25", ""},
		{"Unanchored", "The envoy will arrive next Tuesday.", "", "next Tuesday", "DATE", "XXXX-WXX-2", ""},
		{"UnanchoredMonthDay", "The talks resume on July 12.", "", "July 12", "DATE", "XXXX-07-12", ""},
		{"UnanchoredLastYear", "Exports doubled last year.", "", "last year", "DATE", "XXXX", ""},
		{"UnanchoredFullDate", "The talks ended on July 11, 2022.", "", "July 11, 2022", "DATE", "2022-07-11", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, c.ref)
			got := find(d, c.span)
			if got == nil {
				t.Fatalf("got times %+v, want %q", d.Times, c.span)
			}
			if got.Type != c.typ || got.Value != c.value || got.Mod != c.mod {
				t.Errorf("got %s %s %q, want %s %s %q", got.Type, got.Value, got.Mod, c.typ, c.value, c.mod)
			}
		})
	}
}

func TestStage_NoTime(t *testing.T) {
	cases := []struct{ name, text string }{
		{"MayModal", "The talks may resume soon, officials said."},
		{"MarchVerb", "Protesters plan to march to the parliament."},
		{"Amount", "The company sold 2014 tonnes of copper."},
		{"Money", "The tickets cost $1999 each."},
		{"Age", "The 22-year-old man was arrested."},
		{"AsSoonAs", "They will leave as soon as possible."},
		{"InvalidDay", "The file said February 30, 2021 was the date."},
		{"NameAugust", "August Wilson wrote ten plays."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, "2022-07-12")
			for _, tm := range d.Times {
				if c.name == "InvalidDay" && tm.Value == "2021" {
					continue
				}
				t.Errorf("got %+v, want no time", tm)
			}
		})
	}
}

func TestStage_Seed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, string(b), "2022-07-12")
	want := []struct{ text, value string }{
		{"July 11, 2022", "2022-07-11"}, {"next Tuesday", "2022-07-19"}, {"February 24", "2022-02-24"},
		{"end of June", "2022-06"}, {"Tuesday", "2022-07-12"}, {"Monday", "2022-07-11"}, {"mid-July", "2022-07"},
		{"Tuesday", "2022-07-12"},
	}
	k := 0
	for _, tm := range d.Times {
		if k < len(want) && strings.HasSuffix(tm.Text, want[k].text) {
			if tm.Value != want[k].value {
				t.Errorf("%q: got %s, want %s", tm.Text, tm.Value, want[k].value)
			}
			k++
		}
	}
	if k != len(want) {
		t.Errorf("found %d of %d seed times; got %+v", k, len(want), d.Times)
	}
	if d.CaptionDate != "2022-07-11" {
		t.Errorf("got caption date %q, want 2022-07-11", d.CaptionDate)
	}
	for _, tm := range d.Times {
		if got := string(b)[tm.Start:tm.End]; got != tm.Text {
			t.Errorf("got text %q at %d:%d, want %q", got, tm.Start, tm.End, tm.Text)
		}
	}
}

func TestStage_CaptionDate(t *testing.T) {
	text := "Rescuers search the rubble in Kramatorsk on Monday, July 4, 2022. (Photo by A. Person / AFP)\n\n" +
		"Rescuers said on Monday that ten people had died."
	d := run(t, text, "2022-07-12")
	if d.CaptionDate != "2022-07-04" {
		t.Fatalf("got caption date %q, want 2022-07-04", d.CaptionDate)
	}
	var body *model.Time
	for i := range d.Times {
		if d.Times[i].Text == "Monday" {
			body = &d.Times[i]
		}
	}
	if body == nil || body.Value != "2022-07-11" {
		t.Errorf("got body Monday %+v, want 2022-07-11", body)
	}
}

func TestStage_CaptionResolvesAgainstCaptionDate(t *testing.T) {
	text := "Firefighters work at the site on July 4, 2022, a day after the strike on Sunday. (Photo by A. Person / AFP)\n\n" +
		"The city was shelled again on Sunday, officials said."
	d := run(t, text, "2022-07-12")
	var got []string
	for _, tm := range d.Times {
		if tm.Text == "Sunday" {
			got = append(got, tm.Value)
		}
	}
	want := []string{"2022-07-03", "2022-07-10"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got Sundays %v, want %v", got, want)
	}
}

func TestDatelineDate(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"FullDate", "Headline here\n\nMOSCOW, July 12, 2022 (Reuters) - Russia said on Tuesday it would act.", "2022-07-12"},
		{"YearFromBody", "Headline here\n\nMOSCOW, July 12 (Reuters) - Russia said on July 11, 2022 it would act.", "2022-07-12"},
		{"NoYear", "Headline here\n\nMOSCOW, July 12 (Reuters) - Russia said on Tuesday it would act.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &model.Document{Article: model.Article{Text: c.text}}
			segment.Segment(d)
			got, ok := DatelineDate(d)
			if got != c.want || ok != (c.want != "") {
				t.Errorf("got %q %v, want %q", got, ok, c.want)
			}
		})
	}
	// The stage sets RefDate from the dateline and resolves against it.
	d := &model.Document{Article: model.Article{Text: cases[0].text}}
	segment.Segment(d)
	if err := New().Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.RefDate != "2022-07-12" {
		t.Fatalf("got RefDate %q, want 2022-07-12", d.RefDate)
	}
	if tm := find(d, "Tuesday"); tm == nil || tm.Value != "2022-07-12" {
		t.Errorf("got %+v, want Tuesday 2022-07-12", tm)
	}
	// The dateline's own date is reported as a time too, with its value.
	if tm := find(d, "July 12, 2022"); tm == nil || tm.Value != "2022-07-12" {
		t.Errorf("dateline date: got %+v, want July 12, 2022 → 2022-07-12", tm)
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct{ text, ref, want string }{
		{"MOSCOW, July 12", "2022-07-20", "2022-07-12"},
		{"MOSCOW, July 12", "", "XXXX-07-12"},
		{"July 12, 2022", "", "2022-07-12"},
		{"2022-07-12", "", "2022-07-12"},
		{"DUBAI, Sept 22", "2021-09-23", "2021-09-22"},
		{"nothing here", "2022-07-12", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got, ok := ParseDate(c.text, c.ref)
			if got != c.want || ok != (c.want != "") {
				t.Errorf("got %q %v, want %q", got, ok, c.want)
			}
		})
	}
}

func TestStage_Canceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := &model.Document{Article: model.Article{Text: "Yesterday."}}
	segment.Segment(d)
	if err := New().Run(ctx, d); err == nil {
		t.Error("got nil error, want context canceled")
	}
}

// FuzzFind checks that any text yields only real dates and never panics.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"the 99999th of Smarch", "February 30", "2022-13-45", "on 99/99/9999", "999999999999 years ago",
		"the 0th century", "June 31, 2022", "Feb. 29, 2023", "in the 9990s", "last Smarch", "at 99:99 p.m.",
		"mid-Julember", "year 0000", "the 100th century", "'00s", "next Tuesday", "0 days ago", "fiscal 0000",
		"99999999999999999999 days", "the 31st", "-1 years ago", "Q5 of 2022", "the fifth quarter",
	} {
		f.Add(s, "2022-07-12")
		f.Add(s, "")
		f.Add(s, "0001-01-01")
		f.Add(s, "9999-12-31")
	}
	f.Fuzz(func(t *testing.T, text, ref string) {
		d := &model.Document{Article: model.Article{Text: text}, RefDate: ref}
		segment.Segment(d)
		if err := New().Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, tm := range d.Times {
			if tm.Start < 0 || tm.End > len(text) || tm.Start >= tm.End || text[tm.Start:tm.End] != tm.Text {
				t.Fatalf("bad extent %+v", tm)
			}
			checkValue(t, tm.Value)
		}
		if v, ok := ParseDate(text, ref); ok {
			checkValue(t, v)
		}
	})
}

// checkValue fails when v holds a YYYY-MM-DD or YYYY-MM that is not a real date.
func checkValue(t *testing.T, v string) {
	t.Helper()
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[:4]+v[5:7]+v[8:10]) {
		if _, err := time.Parse("2006-01-02", v[:10]); err != nil {
			t.Fatalf("value %q is not a real date: %v", v, err)
		}
	}
	if len(v) == 7 && v[4] == '-' && isDigits(v[:4]+v[5:7]) {
		if _, err := time.Parse("2006-01", v); err != nil {
			t.Fatalf("value %q is not a real month: %v", v, err)
		}
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
