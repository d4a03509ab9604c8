package conversation

// grantedInPrinciple reports a yes granted "in principle" or "in
// theory" and then weighed "in practice": "In principle yes, in practice
// I must look twice at the numbers" is a maybe; not "in principle and in
// practice", which grants both.
func grantedInPrinciple(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "in" || w[i+1] != "principle" && w[i+1] != "theory" {
			continue
		}
		for j := i + 2; j+1 < len(w); j++ {
			if w[j] == "in" && (w[j+1] == "practice" || w[j+1] == "reality") {
				return w[j-1] != "and"
			}
		}
		return false
	}
	return false
}
