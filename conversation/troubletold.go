package conversation

// Kinds of trouble told without the words "slow", "patchy" or
// "insecure": no backups, logins open to anyone, a task told by the time
// it takes, a connection lost.

// unbackedOrOpen reports, at w[i], systems with no backups ("no
// backups", "never backed up") or that anyone can log in to ("anyone
// can log in"): insecure.
func unbackedOrOpen(w []string, i int) bool {
	t := w[i]
	if (t == "backups" || t == "backup" || t == "backed") && hasAny(w[max(0, i-2):i], negation) {
		return true
	}
	return (t == "anyone" || t == "anybody" || t == "everyone") && i+2 < len(w) && w[i+1] == "can" &&
		(w[i+2] == "log" || w[i+2] == "login" || w[i+2] == "get" || w[i+2] == "access")
}

// lengthWords after "takes" tell a task that is slow: "takes two
// minutes", "takes ages", "take forever".
var lengthWords = wordSet("minutes", "ages", "forever", "hours", "age", "eternity")

// slowByTime reports, at w[i], a task told by the time it takes: "opening
// a chart takes a couple of minutes".
func slowByTime(w []string, i int) bool {
	if w[i] != "takes" && w[i] != "take" && w[i] != "took" && w[i] != "taking" {
		return false
	}
	return hasAny(w[i+1:min(len(w), i+5)], lengthWords)
}

// dropWords tell a connection lost: "keeps disconnecting", "freezes".
var dropWords = wordSet("disconnects", "disconnecting", "freezes", "freezing", "froze")

// connectionLost reports, at w[i], a connection or screen lost: "loses
// its connection", "keeps disconnecting", "the app freezes".
func connectionLost(w []string, i int) bool {
	if dropWords[w[i]] {
		return true
	}
	return (w[i] == "loses" || w[i] == "lost" || w[i] == "drops") && hasAny(w[i+1:min(len(w), i+4)], wordSet("connection", "signal", "network"))
}
