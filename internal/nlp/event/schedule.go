package event

import "eventgraph/internal/model"

// codeDueIn makes the planned visits that news states with an adjective
// rather than a verb: "Araghchi is due in New Delhi on Thursday", "is
// expected in Kyiv next week". The subject visits the place's country
// (CAMEO 042), planned.
func (r *runner) codeDueIn(st *sent) {
	s := st.s
	for i := s.First + 1; i+2 < s.Last; i++ {
		if w := r.norm(i); w != "due" && w != "expected" {
			continue
		}
		if !beForms[r.norm(i-1)] || r.norm(i+1) != "in" && r.norm(i+1) != "at" {
			continue
		}
		pl := r.mentionAt(i + 2)
		if pl == nil || pl.first != i+2 || !pl.place || !polity(pl) {
			continue
		}
		subj := r.subjectOf(st, i-1, 0)
		if len(subj) == 0 || subj[0].place {
			continue
		}
		info := r.dict.codes["042"]
		for _, src := range subj {
			n := len(r.d.Events)
			r.emit(st, src, pl, info, i, i+3, st.segAt(i), nil)
			for k := n; k < len(r.d.Events); k++ {
				if ev := &r.d.Events[k]; ev.Modality == model.ModAsserted {
					ev.Modality = model.ModPlanned
				}
			}
		}
	}
}
