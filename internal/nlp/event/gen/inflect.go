package main

import "strings"

// irregular lists the past and past participle of the irregular verbs that
// CAMEO verb lemmas use; regular rules give the rest.
var irregular = map[string][2]string{
	"arise": {"arose", "arisen"}, "awake": {"awoke", "awoken"}, "be": {"was", "been"},
	"bear": {"bore", "borne"}, "beat": {"beat", "beaten"}, "become": {"became", "become"},
	"begin": {"began", "begun"}, "bend": {"bent", "bent"}, "bet": {"bet", "bet"},
	"bid": {"bid", "bid"}, "bind": {"bound", "bound"}, "bite": {"bit", "bitten"},
	"bleed": {"bled", "bled"}, "blow": {"blew", "blown"}, "break": {"broke", "broken"},
	"breed": {"bred", "bred"}, "bring": {"brought", "brought"}, "build": {"built", "built"},
	"burn": {"burned", "burnt"}, "burst": {"burst", "burst"}, "buy": {"bought", "bought"},
	"cast": {"cast", "cast"}, "catch": {"caught", "caught"}, "choose": {"chose", "chosen"},
	"cling": {"clung", "clung"}, "come": {"came", "come"}, "cost": {"cost", "cost"},
	"creep": {"crept", "crept"}, "cut": {"cut", "cut"}, "deal": {"dealt", "dealt"},
	"dig": {"dug", "dug"}, "do": {"did", "done"}, "draw": {"drew", "drawn"},
	"drink": {"drank", "drunk"}, "drive": {"drove", "driven"}, "eat": {"ate", "eaten"},
	"fall": {"fell", "fallen"}, "feed": {"fed", "fed"}, "feel": {"felt", "felt"},
	"fight": {"fought", "fought"}, "find": {"found", "found"}, "flee": {"fled", "fled"},
	"fling": {"flung", "flung"}, "fly": {"flew", "flown"}, "forbid": {"forbade", "forbidden"},
	"forecast": {"forecast", "forecast"}, "foresee": {"foresaw", "foreseen"}, "forget": {"forgot", "forgotten"},
	"forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"}, "get": {"got", "gotten"},
	"give": {"gave", "given"}, "go": {"went", "gone"}, "grind": {"ground", "ground"},
	"grow": {"grew", "grown"}, "hang": {"hung", "hung"}, "have": {"had", "had"},
	"hear": {"heard", "heard"}, "hide": {"hid", "hidden"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "hurt": {"hurt", "hurt"}, "keep": {"kept", "kept"},
	"know": {"knew", "known"}, "lay": {"laid", "laid"}, "lead": {"led", "led"},
	"leave": {"left", "left"}, "lend": {"lent", "lent"}, "let": {"let", "let"},
	"lie": {"lay", "lain"}, "light": {"lit", "lit"}, "lose": {"lost", "lost"},
	"make": {"made", "made"}, "mean": {"meant", "meant"}, "meet": {"met", "met"},
	"mislead": {"misled", "misled"}, "overcome": {"overcame", "overcome"}, "overrun": {"overran", "overrun"},
	"oversee": {"oversaw", "overseen"}, "overtake": {"overtook", "overtaken"}, "overthrow": {"overthrew", "overthrown"},
	"pay": {"paid", "paid"}, "put": {"put", "put"}, "quit": {"quit", "quit"},
	"read": {"read", "read"}, "rebuild": {"rebuilt", "rebuilt"}, "rend": {"rent", "rent"},
	"rid": {"rid", "rid"}, "ride": {"rode", "ridden"}, "ring": {"rang", "rung"},
	"rise": {"rose", "risen"}, "run": {"ran", "run"}, "say": {"said", "said"},
	"see": {"saw", "seen"}, "seek": {"sought", "sought"}, "sell": {"sold", "sold"},
	"send": {"sent", "sent"}, "set": {"set", "set"}, "shake": {"shook", "shaken"},
	"shed": {"shed", "shed"}, "shoot": {"shot", "shot"}, "show": {"showed", "shown"},
	"shut": {"shut", "shut"}, "sink": {"sank", "sunk"}, "sit": {"sat", "sat"},
	"slay": {"slew", "slain"}, "slide": {"slid", "slid"}, "slit": {"slit", "slit"},
	"speak": {"spoke", "spoken"}, "speed": {"sped", "sped"}, "spend": {"spent", "spent"},
	"spill": {"spilled", "spilt"}, "spin": {"spun", "spun"}, "split": {"split", "split"},
	"spread": {"spread", "spread"}, "spring": {"sprang", "sprung"}, "stand": {"stood", "stood"},
	"steal": {"stole", "stolen"}, "stick": {"stuck", "stuck"}, "sting": {"stung", "stung"},
	"strike": {"struck", "struck"}, "strive": {"strove", "striven"}, "swear": {"swore", "sworn"},
	"sweep": {"swept", "swept"}, "swing": {"swung", "swung"}, "take": {"took", "taken"},
	"teach": {"taught", "taught"}, "tear": {"tore", "torn"}, "tell": {"told", "told"},
	"think": {"thought", "thought"}, "throw": {"threw", "thrown"}, "thrust": {"thrust", "thrust"},
	"undergo": {"underwent", "undergone"}, "understand": {"understood", "understood"}, "undertake": {"undertook", "undertaken"},
	"undo": {"undid", "undone"}, "uphold": {"upheld", "upheld"}, "upset": {"upset", "upset"},
	"wake": {"woke", "woken"}, "wear": {"wore", "worn"}, "weep": {"wept", "wept"},
	"win": {"won", "won"}, "withdraw": {"withdrew", "withdrawn"}, "withhold": {"withheld", "withheld"},
	"withstand": {"withstood", "withstood"}, "write": {"wrote", "written"}, "forsake": {"forsook", "forsaken"},
	"mistake": {"mistook", "mistaken"}, "outbid": {"outbid", "outbid"}, "broadcast": {"broadcast", "broadcast"},
	"sleep": {"slept", "slept"}, "swim": {"swam", "swum"}, "shrink": {"shrank", "shrunk"},
}

// doubleFinal lists words of more than one syllable whose last syllable is
// stressed, so that they double the final consonant (American spelling:
// "traveled", but "committed").
var doubleFinal = map[string]bool{
	"abet": true, "acquit": true, "admit": true, "allot": true, "annul": true, "commit": true,
	"compel": true, "concur": true, "confer": true, "control": true, "defer": true, "deter": true,
	"dispel": true, "embed": true, "emit": true, "equip": true, "expel": true, "extol": true,
	"forbid": true, "incur": true, "infer": true, "occur": true, "omit": true, "outstrip": true,
	"patrol": true, "permit": true, "prefer": true, "propel": true, "rebel": true, "recur": true,
	"refer": true, "regret": true, "remit": true, "repel": true, "submit": true, "transfer": true,
	"transmit": true, "kidnap": true, "handicap": true, "upset": true, "unplug": true, "overstep": true,
	"outbid": true, "rebut": true, "readmit": true, "recommit": true, "compel ": true, "beset": true,
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// syllables counts vowel groups, a rough syllable count.
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || (w[i] == 'y' && i > 0)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// doubles reports whether w doubles its final consonant before -ed/-ing:
// one stressed syllable ending consonant-vowel-consonant ("stop", "plan").
func doubles(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c0, v, c1 := w[n-3], w[n-2], w[n-1]
	if !isVowel(v) || isVowel(c0) || isVowel(c1) || strings.IndexByte("wxy", c1) >= 0 {
		return false
	}
	if n >= 4 && isVowel(w[n-4]) && c0 == 'u' { // "quit": qu counts as a consonant
		return true
	}
	if doubleFinal[w] {
		return true
	}
	return syllables(w) == 1
}

// inflect returns a lower-case verb lemma's forms: base, 3rd person singular,
// past, past participle (when it differs) and -ing, with correct English
// spelling rather than PETRARCH2's generated forms.
func inflect(w string) []string {
	n := len(w)
	if n == 0 {
		return nil
	}
	var s, ed, ing string
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || (strings.HasSuffix(w, "o") && n > 1 && !isVowel(w[n-2])):
		s = w + "es"
	case strings.HasSuffix(w, "y") && n > 1 && !isVowel(w[n-2]):
		s = w[:n-1] + "ies"
	default:
		s = w + "s"
	}
	switch {
	case strings.HasSuffix(w, "ie"):
		ing = w[:n-2] + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		ing = w + "ing"
	case strings.HasSuffix(w, "e") && n > 2:
		ing = w[:n-1] + "ing"
	case doubles(w):
		ing = w + w[n-1:] + "ing"
	case strings.HasSuffix(w, "c") && n > 3:
		ing = w + "king"
	default:
		ing = w + "ing"
	}
	switch {
	case strings.HasSuffix(w, "e"):
		ed = w + "d"
	case strings.HasSuffix(w, "y") && n > 1 && !isVowel(w[n-2]):
		ed = w[:n-1] + "ied"
	case doubles(w):
		ed = w + w[n-1:] + "ed"
	case strings.HasSuffix(w, "c") && n > 3:
		ed = w + "ked"
	default:
		ed = w + "ed"
	}
	out := []string{w, s}
	if irr, ok := irregular[w]; ok {
		out = append(out, irr[0])
		if irr[1] != irr[0] {
			out = append(out, irr[1])
		}
	} else {
		out = append(out, ed)
	}
	return append(out, ing)
}
