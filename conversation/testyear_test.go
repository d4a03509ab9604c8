package conversation

// The labelled answers were written in 2026 ("started 2024" is a startup):
// pin the year so that they read the same in later years.
func init() { thisYear = func() int { return 2026 } }
