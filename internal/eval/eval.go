// Package eval holds what the gold-set scorers in its child packages
// (nereval, timexeval, cameoeval, quoteeval) share: the arithmetic of
// precision, recall and F1.
package eval

// F1 is the harmonic mean of precision p and recall r, 0 when both are 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Ratio is a/b, 0 when b is 0 (no item to score is no score, not NaN).
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
