package cameoeval

import (
	"context"
	"os"
	"strings"
	"testing"

	"eventgraph/internal/sharedtest"
)

func TestDebugIDs(t *testing.T) {
	ids := os.Getenv("CAMEO_IDS")
	if ids == "" {
		t.Skip()
	}
	recs, _ := ReadGold(sharedtest.Path(t, "eval/cameo/validation.jsonl"))
	ex := pipelineExtractor()
	for _, r := range recs {
		if !strings.Contains(","+ids+",", ","+r.ID+",") {
			continue
		}
		d, _ := ex(context.Background(), isoDate(r.Date), r.Text)
		t.Logf("%s: %s\n  gold %v", r.ID, r.Text, r.Events)
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				t.Logf("   ent %s %q %s %s/%s kind=%d", e.ID, m.Text, e.Type, e.Actor, m.Actor, m.Kind)
			}
		}
		for _, ev := range d.Events {
			tg := ""
			if ev.Target != nil {
				tg = ev.Target.Actor + " " + ev.Target.Name
			}
			t.Logf("   ev %s %s %s > %s %s %q", ev.Code, ev.Modality, ev.Source.Actor, tg, ev.Date, ev.Evidence.Text)
		}
	}
}

func TestDebugSeed(t *testing.T) {
	if os.Getenv("CAMEO_SEED") == "" {
		t.Skip()
	}
	b, _ := os.ReadFile("../../../examples/seed.txt")
	d, err := pipelineExtractor()(context.Background(), "2022-07-12", string(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text+"/"+m.Actor+"/"+string('0'+rune(m.Kind)))
		}
		t.Logf("ent %s %s %s %s %s %v", e.ID, e.Name, e.Type, e.Actor, e.Country, ms)
	}
	for _, tm := range d.Times {
		t.Logf("time %q %s", tm.Text, tm.Value)
	}
	for _, c := range d.Claims {
		t.Logf("claim %s %q by %v %s", c.ID, c.Text, c.By, c.Status)
	}
	for _, ev := range d.Events {
		tg := ""
		if ev.Target != nil {
			tg = ev.Target.Actor + " " + ev.Target.Name
		}
		t.Logf("ev %s %s %s > %s | %s place=%s attr=%v claim=%s %q", ev.Code, ev.Modality, ev.Source.Actor, tg, ev.Date, ev.Place, ev.Attribution, ev.Claim, ev.Evidence.Text)
	}
}
