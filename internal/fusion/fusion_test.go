package fusion

import "testing"

func TestDay(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1970-01-02", 1, true},
		{"2022-07-19T10:00", 19192, true},
		{"2022-07", 0, false},
		{"XXXX-WXX-2", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		got, ok := Day(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Day(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
		if ok && Date(got) != c.in[:10] {
			t.Errorf("Date(%d) = %s, want %s", got, Date(got), c.in[:10])
		}
	}
}

func TestPlaceCompatible(t *testing.T) {
	cases := []struct {
		name                   string
		na, ca, ka, nb, cb, kb string
		want                   bool
	}{
		{"Unknown", "", "", "", "Kyiv", "UKR", "city", true},
		{"SameName", "kyiv", "UKR", "city", "Kyiv", "UKR", "city", true},
		{"CityInCountry", "Kyiv", "UKR", "city", "Ukraine", "UKR", "country", true},
		{"TwoCities", "Kyiv", "UKR", "city", "Lviv", "UKR", "city", false},
		{"OtherCountry", "Kyiv", "UKR", "city", "Russia", "RUS", "country", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := PlaceCompatible(c.na, c.ca, c.ka, c.nb, c.cb, c.kb); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestDominant(t *testing.T) {
	var c [6]int
	if got := Dominant(c); got != "" {
		t.Errorf("got %q, want empty", got)
	}
	c[ModalityIndex("asserted")] = 2
	c[ModalityIndex("denied")] = 2
	if got := Dominant(c); got != "denied" {
		t.Errorf("got %q, want denied", got)
	}
	if !Disputed(1, 1) || Disputed(2, 0) {
		t.Error("Disputed wrong")
	}
	if ActorKey("", "  Vladimir   Putin ") != "vladimir putin" || ActorKey("rusgov", "x") != "RUSGOV" {
		t.Error("ActorKey wrong")
	}
}
