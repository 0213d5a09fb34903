package event

// Closed-class words the clause heuristics read. All are token Norms (lower
// case).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	determiners = set("the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
		"your", "some", "any", "no", "each", "every", "several", "many", "few", "more", "most", "all", "both",
		"another", "other", "such", "first", "second", "third", "last", "next", "recent", "new", "'s", "two",
		"three", "four", "five", "much", "further", "fresh", "further", "possible", "major", "foreign",
		"military", "joint", "direct", "official", "weekly", "annual", "planned", "previous", "latest")
	prepositions = set("of", "for", "in", "on", "at", "with", "by", "from", "about", "against", "into", "over",
		"after", "before", "since", "during", "under", "between", "among", "through", "toward", "towards",
		"without", "amid", "despite", "including", "like", "via", "near", "outside", "inside", "across",
		"around", "throughout", "within", "upon", "onto", "than", "per", "to", "off", "along", "beyond", "behind",
		"beside", "besides", "above", "below", "beneath", "alongside", "except", "concerning", "regarding", "toward")
	// quantityNouns take "of" and pass their object on: "a wave of attacks".
	quantityNouns = set("wave", "series", "string", "spate", "barrage", "round", "number", "dozens", "hundreds",
		"thousands", "flurry", "campaign", "volley", "salvo", "package", "set", "new")
	// amountWords end a sum of money before "in": "100 million euros in aid".
	amountWords = set("euros", "dollars", "pounds", "yen", "yuan", "rubles", "roubles", "million", "billion",
		"trillion", "francs", "rupees", "shekels", "dinars", "riyals")
	// titleWords may stand between two names of one noun phrase in plural form.
	titleWords = set("heads", "ministers", "leaders", "officials", "forces", "authorities")
	// placePreps introduce the place of an event, not its target.
	placePreps = set("in", "at", "near", "outside", "inside", "across", "throughout", "around", "within")
	// noTargetPreps never introduce a target.
	noTargetPreps = set("by", "than", "like", "since", "during", "despite", "including", "after", "before",
		"amid", "about", "over", "under", "via", "per", "among")
	modals    = set("will", "would", "shall", "should", "may", "might", "can", "could", "must", "ll", "wo", "ca")
	beForms   = set("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "got", "get", "gets")
	haveForms = set("has", "have", "had", "having", "'ve", "'d")
	doForms   = set("do", "does", "did")
	negations = set("not", "n't", "never", "neither", "nor", "no", "cannot")
	pronouns  = set("he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "there")
	// adverbs that sit inside a verb group without changing it.
	groupAdverbs = set("also", "already", "still", "just", "now", "then", "again", "reportedly", "allegedly",
		"soon", "recently", "later", "finally", "jointly", "even", "only", "once", "formally", "officially",
		"rapidly", "quickly", "repeatedly", "further", "previously", "separately", "personally", "publicly",
		"currently", "actually", "immediately", "apparently", "eventually", "effectively", "both", "all", "each",
		"swiftly", "strongly", "firmly", "flatly", "categorically", "angrily", "openly", "privately", "briefly", "first")
	// subordinators open a clause of their own.
	subordinators = set("that", "whether", "if", "because", "although", "though", "while", "whereas", "since",
		"unless", "until", "when", "where", "which", "who", "whom", "whose", "after", "before", "as")
	// background opens clauses that date their own event ("since Russia's invasion").
	background = set("since", "after", "before", "until", "when", "while", "as")
	// speechVerbs introduce reported speech; as events they are only statements.
	speechVerbs = set("say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "state",
		"states", "stated", "announce", "announces", "announced", "claim", "claims", "claimed", "report", "reports",
		"reported", "note", "notes", "noted", "insist", "insists", "insisted", "stress", "stresses", "stressed",
		"explain", "explained", "suggest", "suggests", "suggested", "show", "shows", "showed", "believe",
		"believes", "believed", "allege", "alleges", "alleged", "write", "wrote", "argue", "argued", "think",
		"thinks", "thought", "confirm", "confirmed", "confirms", "indicate", "indicated", "indicates", "estimate",
		"estimated", "mentioned", "acknowledged", "admitted", "warned", "warns", "pointed", "declared", "revealed",
		"disclosed", "learned", "understands", "know", "knows", "hope", "hopes", "hoped", "feared", "fears")
	// plannedCues make the next verb planned: intention, preparation, schedule.
	plannedCues = set("will", "ll", "shall", "plan", "plans", "planned", "planning", "prepare", "prepares",
		"prepared", "preparing", "intend", "intends", "intended", "want", "wants", "wanted", "seek", "seeks",
		"sought", "aim", "aims", "aimed", "expected", "set", "scheduled", "due", "going", "pledge", "pledged",
		"pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "decide", "decided", "agree",
		"agreed", "agrees", "ready", "hope", "hopes", "hoped", "offer", "offered", "offers", "announced",
		"try", "tries", "tried", "attempt", "attempted", "propose", "proposed")
	hypotheticalCues = set("may", "might", "could", "should", "can", "possible", "possibly", "perhaps",
		"threaten", "threatened", "threatens", "threatening", "if", "unless", "whether", "consider",
		"considering", "considered", "mulls", "mulling", "weighs", "weighing", "potential", "likely",
		// a request is not the event: "asked X to help Y"
		"ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "pressed", "pressing",
		"pressure", "pressured", "demand", "demanded", "demands", "demanding", "appealed", "wish", "wished")
	// controlVerbs take an infinitive whose verb carries the event
	// ("Iran is preparing to train …", "pledged to expel …").
	controlVerbs = set("want", "wants", "wanted", "plan", "plans", "planned", "planning", "prepare",
		"prepares", "prepared", "preparing", "intend", "intends", "intended", "seek", "seeks", "sought",
		"seeking", "aim", "aims", "aimed", "try", "tries", "tried", "trying", "attempt", "attempts",
		"attempted", "pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed",
		"decide", "decides", "decided", "agree", "agrees", "agreed", "expect", "expects", "expected",
		"continue", "continues", "continued", "begin", "begins", "began", "start", "starts", "started",
		"hope", "hopes", "hoped", "threaten", "threatens", "threatened", "refuse", "refuses", "refused",
		"fail", "fails", "failed", "need", "needs", "needed", "help", "helps", "helped", "offer", "offers",
		"offered", "scheduled", "set", "moved", "move", "moves", "ready", "able", "likely", "going",
		"propose", "proposed", "proposes", "seem", "seems", "seemed", "appear", "appears", "appeared",
		"urge", "urged", "urges", "ask", "asked", "asks", "call", "called", "calls", "invite", "invited",
		"encourage", "encouraged", "allow", "allowed", "due", "manage", "managed", "wish", "wished", "is",
		"are", "was", "were")
	// lightVerbs take an event noun as object; their subject is its source.
	lightVerbs = set("have", "has", "had", "having", "hold", "holds", "held", "holding", "make", "makes",
		"made", "making", "take", "takes", "took", "conduct", "conducts", "conducted", "conducting", "launch",
		"launches", "launched", "launching", "stage", "staged", "carry", "carried", "carries", "pay", "paid",
		"pays", "begin", "began", "begun", "start", "started", "continue", "continued", "resume", "resumed",
		"use", "used", "uses", "using", "announce", "announced", "plan", "plans", "planned", "planning", "give", "gave", "given",
		"provide", "provided", "impose", "imposed", "imposes", "offer", "offered", "mount", "mounted",
		"wage", "waged", "waging", "order", "ordered", "end", "ended", "approve", "approved", "support",
		"supported", "seek", "sought", "propose", "proposed", "call", "called", "open", "opened", "intensify",
		"intensified", "escalate", "escalated", "step", "stepped", "unleash", "unleashed", "renew", "renewed",
		"announce", "announces", "send", "sent", "extend", "extended", "lift", "lifted", "agreed", "signed",
		"sign", "continue", "continues", "continuing", "keep", "kept",
		"pledge", "pledged", "pledges", "promise", "promised", "promises", "deliver", "delivered", "delivers",
		"grant", "granted", "grants", "organise", "organised", "organize", "organized", "deploy", "deployed",
		"declare", "declared", "declares", "reach", "reached", "conclude", "concluded", "seal", "sealed",
		"strike", "struck", "ink", "inked", "host", "hosted", "hosts", "file", "filed", "lodge", "lodged",
		"issue", "issued", "issues", "level", "levelled", "leveled", "express", "expressed", "expresses",
		"voice", "voiced", "commit", "committed", "ramp", "ramped", "scale", "scaled", "perform", "performed",
		"ordered", "authorise", "authorised", "authorize", "authorized", "broker", "brokered",
		"trigger", "triggered", "triggers", "reimpose", "reimposed", "restore", "restored", "tighten", "tightened",
		"expand", "expanded", "widen", "widened", "approve", "adopt", "adopted", "unveil", "unveiled",
		// "X claimed the attack": responsibility for it
		"claim", "claims", "claimed")
	// Sports, business and weather words: a sentence with a strong one, or
	// with two weak ones, reports no political event.
	sportsStrong = set("goalkeeper", "striker", "midfielder", "defender", "semifinal", "semi-final",
		"quarterfinal", "quarter-final", "semifinals", "quarterfinals", "playoff", "playoffs", "touchdown",
		"innings", "wicket", "wickets", "nasdaq", "ftse", "nikkei", "dax", "bushels", "hat-trick",
		"fifa", "uefa", "nba", "nfl", "stocks", "equities", "rainfall")
	sportsWeak = set("match", "game", "games", "goal", "goals", "scored", "score", "beat", "beats", "defeated",
		"cup", "league", "tournament", "championship", "final", "coach", "season", "stadium", "fans",
		"penalty", "penalties", "stock", "investors", "earnings", "revenue", "profit", "crop", "crops",
		"harvest", "wheat", "corn", "soybeans", "yields", "rain", "temperatures", "weather", "players",
		"player", "squad", "lap", "striker", "champions", "semis", "medal", "medals", "olympic", "olympics")
)
