package conversation

import (
	"slices"
	"strings"
)

// A data answer that praises one named kind of record and faults another
// ("Safeguarding records are tight, but parent details are scattered
// over group chats", "Meter data is fine, but the member records still
// need tidying") tells some trouble: the fault read alone would make the
// whole the worst, the praise read alone none. As partsGoodAndFaulty for
// the systems, but a data fault is whatever a clause alone reads as
// trouble.

// dataSplitPraise call a kind of record sound.
var dataSplitPraise = wordSet("good", "great", "solid", "excellent", "reliable", "fine", "clean", "tidy", "tight",
	"spotless", "accurate", "order", "shape")

// bothWords judge every part at once: "both are in good order".
var bothWords = wordSet("both", "each", "either")

// dataPartsGoodAndFaulty reports one clause praising a named kind of
// record and another that, read alone, tells trouble; none told in the
// past, of the whole, or at the worst.
func dataPartsGoodAndFaulty(q *question, cs [][]string) bool {
	praised, faulted := false, false
	for _, c := range cs {
		if hasAny(c, pastWords) || hasAny(c, oldStateWords) || hasAny(c, splitWhole) || hasAny(c, bothWords) || hasAny(c, worstWords) ||
			hasAny(c, splitWorst) {
			return false // "everything else is a mess", "the stock is a disaster"
		}
		if dataPraised(c) {
			praised = true
			continue
		}
		if len(c) < 3 || hasAny(c, dataSplitPraise) {
			continue // "really", "not bad": too short, or praise, no fault of their own
		}
		if v := matchPart(q, strings.Join(c, " "), nil).value; v == q.yes || v == q.hedge {
			faulted = true
		}
	}
	return praised && faulted
}

// dataPraised reports a clause praising a kind of record it names:
// "safeguarding records are tight", not "it's fine" nor "not clean".
func dataPraised(c []string) bool {
	k := slices.IndexFunc(c, func(t string) bool { return dataSplitPraise[t] })
	if k < 0 || hasAny(c, negation) || hasAny(c, splitFaults) {
		return false
	}
	return slices.ContainsFunc(c[:k], func(t string) bool { return !splitSubjectless[t] && t != "data" && t != "is" })
}
