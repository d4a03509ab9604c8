package conversation

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
