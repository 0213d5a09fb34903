package event

import "eventgraph/internal/model"

// Intentions and requests (CAMEO 03 "Express intent to cooperate", 13
// "Threaten", 02 "Appeal"): "X wants to help Y" is X's expressed intent, not
// help; "X urged Y to attack Z" is an appeal to Y, not an attack.

// intentVerbs take a to-infinitive that the subject means to do.
var intentVerbs = set("want", "wants", "wanted", "plan", "plans", "planned", "planning", "intend", "intends",
	"intended", "pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed",
	"seek", "seeks", "sought", "seeking", "aim", "aims", "aimed", "offer", "offers", "offered", "hope", "hopes",
	"hoped", "threaten", "threatens",
	"threatened", "threatening")

var threatVerbs = set("threaten", "threatens", "threatened", "threatening")

// requestVerbs take an object and a to-infinitive: the object is asked to act.
var requestVerbs = set("ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "call", "calls",
	"called", "press", "pressed", "presses", "pressing", "pressure", "pressured", "want", "wants", "wanted",
	"wish", "wished", "invite", "invited", "invites", "encourage", "encouraged", "encourages", "tell", "told",
	"order", "ordered", "orders", "allow", "allowed", "permission", "request", "requested", "appealed", "persuade",
	"persuaded", "force", "forced", "help", "helped")

// wantVerbs with an object and a to-infinitive make an appeal ("Obama
// wants Putin to attack …"): their own code (intent) does not fit.
var wantVerbs = set("want", "wants", "wanted", "wish", "wished", "expect", "expects", "expected")

// intentCode maps an event code to the code of expressing the intent (or,
// for threats and conflictual acts, the threat) to do it.
func intentCode(code string, threat bool) string {
	if len(code) < 2 {
		return code
	}
	root := code[:2]
	switch {
	case root == "03" || root == "13":
		return code
	case threat || root >= "10":
		switch root {
		case "14":
			return "133"
		case "16":
			return "131"
		case "17":
			return "137"
		case "15", "18", "19", "20":
			return "138"
		}
		return "130"
	}
	switch root {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	}
	return "030"
}

// controller returns the verb whose to-infinitive the verb at index at is
// ("wants to help": "wants"), whether a noun phrase object sits between
// them ("urged Iran to help"), and ok=false when there is none.
func (r *runner) controller(st *sent, at int) (ctrl int, object bool, ok bool) {
	lo := st.segs[st.segAt(at)].start
	p := r.prevWord(at, lo)
	if p < 0 || r.norm(p) != "to" {
		return 0, false, false
	}
	q := r.prevWord(p, lo)
	for q >= lo && (r.norm(q) == "not" || r.norm(q) == "n't" || r.isTime(q) || (r.norm(q) == "on" || r.norm(q) == "in") && r.isTime(q+1)) {
		q = r.prevWord(q, lo)
	}
	if q < 0 {
		return 0, false, false
	}
	if r.at[q] != 0 {
		// an object: "urged [Iran] to"
		cs := r.chainStart(st, q, lo)
		c := r.prevWord(cs, lo)
		if c >= 0 && r.norm(c) == "the" {
			c = r.prevWord(c, lo)
		}
		// "urged Iran to", "called on Iran to", "appealed to Iran to"
		if c >= 0 && (requestVerbs[r.norm(c)] || (r.norm(c) == "on" || r.norm(c) == "to") && requestVerbs[r.norm(c-1)] || r.norm(c) == "from") {
			return c, true, true
		}
		return 0, false, false
	}
	return q, false, true
}

// objectControl reports whether verb v has a noun phrase object followed by
// a to-infinitive ("wants Putin to attack").
func (r *runner) objectControl(st *sent, v *verb) (int, bool, bool) {
	end := st.segs[v.seg].end
	j := v.end
	if r.norm(j) == "the" {
		j++
	}
	if j >= end || r.at[j] == 0 {
		return 0, false, false
	}
	_, e := r.chainEnd(st, j, end)
	return v.at, r.norm(e) == "to", true
}

// complementSubject returns the subject of the clause a verb of saying
// introduces ("alleged that France was …"), or nil.
func (r *runner) complementSubject(st *sent, v *verb) []*mref {
	lim := min(st.s.Last, v.end+12)
	j := v.end
	for j < lim && (r.norm(j) == "that" || r.isTime(j) || r.norm(j) == "on") {
		j++
	}
	for ; j < lim; j++ {
		if r.at[j] != 0 {
			h, _ := r.chainEnd(st, j, lim)
			// it must be a subject: a verb follows the noun phrase soon
			for k := h.last; k < lim && k < h.last+4; k++ {
				if st.isVrb[k-st.s.First] || beForms[r.norm(k)] || haveForms[r.norm(k)] || modals[r.norm(k)] {
					return []*mref{h}
				}
			}
			return nil
		}
		if prepositions[r.norm(j)] || r.tok(j).Kind == model.TokPunct {
			return nil
		}
	}
	return nil
}

// vowVerbs announce what the subject will do in answer to another: "vowed to
// respond", "threatened to retaliate".
var vowVerbs = set("vow", "vows", "vowed", "vowing", "threaten", "threatens", "threatened", "threatening",
	"pledge", "pledges", "pledged", "promise", "promises", "promised")

// responseVerbs answer another side's act; vowed, they threaten it (CAMEO 13).
// ("retaliate", "hit back" are coded as force and become 138 by intentCode).
var responseVerbs = set("respond", "responds", "responded", "responding", "answer", "react", "avenge", "punish")

// response reports whether verb v answers another side's act ("respond",
// "react"), or defends the subject's own ground ("defend its
// territory"): under a vow it is a threat, not an intent to cooperate.
func (r *runner) response(v *verb) bool {
	w := r.norm(v.at)
	switch {
	case responseVerbs[w]:
		return true
	case w == "defend" || w == "protect":
		switch r.norm(v.at + 1) {
		case "its", "their", "our", "the":
			return true
		}
	}
	return false
}

// answerWords, in the clause a vow introduces, make it a threat: "vowed
// that Pakistan would respond", "vowed the raid would not go unanswered".
var answerWords = set("respond", "retaliate", "unanswered", "unpunished", "avenge", "revenge", "retaliation",
	"punish", "punished", "pay")

// vowedResponse reports whether v is "vow" with a that-clause (the "that"
// may be left out) that promises an answer within its first ten words.
func (r *runner) vowedResponse(st *sent, v *verb) bool {
	switch r.norm(v.at) {
	case "vow", "vows", "vowed", "vowing":
	default:
		return false
	}
	if r.norm(v.end) == "to" {
		return false // the infinitive is handled by its controller
	}
	for j := v.end; j < st.s.Last && j < v.end+10; j++ {
		w := r.norm(j)
		if answerWords[w] {
			return true
		}
		if w == ";" || w == "." || w == "but" {
			return false
		}
	}
	return false
}
