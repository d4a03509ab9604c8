package conversation

import "testing"

// secureSystems are systems answers that say whether the systems are
// secure, the word the question itself uses: read as a typo of
// "insecure", "they are secure and fast" was silently pain and "they're
// not secure" fine. 5 of 7 failed first.
var secureSystems = []readingCase{
	{qSystems, "They are secure and fast", "fine"},
	{qSystems, "secure and up to date, the IT firm patches everything", "fine"},
	{qSystems, "yes they're secure", "~fine"},
	{qSystems, "they're not secure", "~pain"},
	{qSystems, "not very secure to be honest", "~pain"},
	{qSystems, "works ok, not sure if it's secure though", "~some"},
	{qSystems, "they run fine but honestly I've no idea whether they're secure", "~some"},
}

// secureSystemsKept must keep their reading.
var secureSystemsKept = []readingCase{
	{qSystems, "insecure and slow", "pain"},
	{qSystems, "secure, reliable, no complaints", "fine"},
	{qSystems, "it works, but I have no idea if it's secure", "~some"},
	{qSystems, "they run well", "fine"},
}

func TestSecureSystems(t *testing.T) {
	checkReadings(t, rulesReading, false, secureSystems, secureSystemsKept)
}

// secureUnknownBesideTrouble: trouble named beside an unknown security
// is read as usual.
func TestSecureUnknownBesideTrouble(t *testing.T) {
	checkReadings(t, rulesReading, false, []readingCase{
		{qSystems, "they work but slowly, and honestly no idea if they're secure", "pain"},
		{qSystems, "the server crashes weekly and I've no idea whether it's secure", "~pain"},
	})
}
