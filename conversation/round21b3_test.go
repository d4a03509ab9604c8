package conversation

import "testing"

// round21bAttitudeQuickFollow: another's attitude told of them ("our IT
// guy is paranoid") against the speaker's own is asked; following told
// quick is a fast follower, somewhat. 2 of 2 failed first (read medium,
// read no).
var round21bAttitudeQuickFollow = []readingCase{
	{qSecurity, "our IT guy is paranoid, I'm relaxed", "?"},
	{qInnovation, "we're too small to be first, but we're quick to follow", "some"},
}

// round21bAttitudeQuickFollowKept: plain following.
var round21bAttitudeQuickFollowKept = []readingCase{
	{qInnovation, "we follow the big players", "no"},
}

func TestRound21bAttitudeQuickFollow(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21bAttitudeQuickFollow, round21bAttitudeQuickFollowKept)
}
