package conversation

import (
	"slices"
	"strings"
)

// Systems told working beside backups no one has checked ("they work,
// but I'm not sure anybody has ever tested the backups"): a pain point
// doubted, not a failure told, so some, not fine.

// backupWords name the backups.
var backupWords = wordSet("backup", "backups", "backed")

// backupDoubtWords doubt the backups work: "not sure", "no idea", "I
// doubt", "nobody knows".
var backupDoubtWords = wordSet("sure", "unsure", "doubt", "idea", "knows", "know", "whether", "wonder")

// backupCheckWords are the checks doubted: "ever tested", "never checked".
var backupCheckWords = wordSet("tested", "checked", "tried", "restored", "test", "check")

// backupsDoubted reports a clause of w doubting the backups: a backup
// word with a doubt, or with a check never or not known done.
func backupsDoubted(c []string) bool {
	if !hasAny(c, backupWords) {
		return false
	}
	if hasAny(c, backupDoubtWords) {
		return true
	}
	return hasAny(c, backupCheckWords) && (hasAny(c, negation) || slices.Contains(c, "ever") || slices.Contains(c, "nobody"))
}

// backupDoubtClauses marks the clauses of cs that doubt the backups: one
// clause that does, or a clause naming them and the next doubting
// ("and the backups, I am not sure anybody has ever tested them").
func backupDoubtClauses(cs [][]string) []bool {
	marked := make([]bool, len(cs))
	for i, c := range cs {
		switch {
		case backupsDoubted(c):
			marked[i] = true
		case hasAny(c, backupWords) && i+1 < len(cs) && backupsDoubted(append(slices.Clone(c), cs[i+1]...)):
			marked[i], marked[i+1] = true, true
		}
	}
	return marked
}

// workingButBackupsDoubted reports backups doubted and the rest of the
// answer reading fine, or telling the systems work: the doubt is the one
// pain point.
func workingButBackupsDoubted(q *question, w []string, cut []bool) bool {
	cs := clauses(w, cut)
	marked := backupDoubtClauses(cs)
	if !slices.Contains(marked, true) {
		return false
	}
	var rest []string
	for i, c := range cs {
		if !marked[i] {
			rest = append(rest, c...)
		}
	}
	if len(rest) == 0 {
		return false
	}
	m := matchPart(q, strings.Join(rest, " "), nil)
	return m.value == q.no || m.value == "" && len(m.candidates) == 0 && hasAny(rest, workingWords)
}

// workingWords tell the systems work: "they run", "it works". Without
// them, the rest may list more trouble no key names ("VPN from 2014").
var workingWords = wordSet("work", "works", "working", "run", "runs", "running", "fine", "good", "ok", "okay")
