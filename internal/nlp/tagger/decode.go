package tagger

// number is the score type: float32 while training, int32 in a shipped model.
type number interface{ ~int32 | ~float32 }

// viterbi finds the best well-formed state sequence for n tokens given the
// emission scores em[i*S+s] and the transition scores trans[p*S+c], start
// and end (already -inf where the scheme forbids them). It writes the states
// to out and uses delta and back as work space (n*S each).
func viterbi[T number](S, n int, em, trans, start, end, delta []T, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	for s := 0; s < S; s++ {
		delta[s] = em[s] + start[s]
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*S : i*S]
		cur := delta[i*S : (i+1)*S]
		bk := back[i*S : (i+1)*S]
		e := em[i*S : (i+1)*S]
		for c := 0; c < S; c++ {
			best, arg := prev[0]+trans[c], 0
			for p := 1; p < S; p++ {
				if v := prev[p] + trans[p*S+c]; v > best {
					best, arg = v, p
				}
			}
			cur[c] = best + e[c]
			bk[c] = uint8(arg)
		}
	}
	last := delta[(n-1)*S : n*S]
	best, arg := last[0]+end[0], 0
	for s := 1; s < S; s++ {
		if v := last[s] + end[s]; v > best {
			best, arg = v, s
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*S+arg])
		out[i-1] = uint8(arg)
	}
}
