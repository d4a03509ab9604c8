package slackbot

import "bytes"

// A JSON skimmer: it finds the members of an object without decoding
// their values, so that the socket reader can look at a few fields of an
// envelope (its type, its event's author) without paying for the rest (a
// whole Block Kit message). It does not validate what it skips: anything
// it cannot read makes it report failure, and the caller then leaves the
// envelope to slack-go.

// skimObject calls f with the key (raw, escapes left in) and raw value of
// each member of the JSON object data holds, in order, until f returns
// false. It reports whether it read the object (up to where f stopped)
// without meeting malformed input.
func skimObject(data []byte, f func(key, val []byte) bool) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return true
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return false
		}
		kend := skipString(data, i)
		if kend < 0 {
			return false
		}
		key := data[i+1 : kend-1]
		i = skipSpace(data, kend)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		i = skipSpace(data, i+1)
		vend := skipValue(data, i)
		if vend < 0 {
			return false
		}
		if !f(key, data[i:vend]) {
			return true
		}
		i = skipSpace(data, vend)
		if i >= len(data) {
			return false
		}
		switch data[i] {
		case '}':
			return true
		case ',':
			i = skipSpace(data, i+1)
		default:
			return false
		}
	}
}

func skipSpace(d []byte, i int) int {
	for i < len(d) && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t') {
		i++
	}
	return i
}

// skipString returns the index just past the string starting at d[i] (a
// quote), or -1.
func skipString(d []byte, i int) int {
	i++
	for {
		j := bytes.IndexByte(d[i:], '"')
		if j < 0 {
			return -1
		}
		i += j
		// The quote ends the string unless an odd number of backslashes
		// escapes it.
		k := i - 1
		for k >= 0 && d[k] == '\\' {
			k--
		}
		if (i-1-k)%2 == 0 {
			return i + 1
		}
		i++
	}
}

// skipValue returns the index just past the value starting at d[i], or -1.
func skipValue(d []byte, i int) int {
	if i >= len(d) {
		return -1
	}
	switch d[i] {
	case '"':
		return skipString(d, i)
	case '{', '[':
		depth := 0
		for i < len(d) {
			switch d[i] {
			case '"':
				if i = skipString(d, i); i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	}
	// A number, true, false or null.
	start := i
	for i < len(d) && d[i] != ',' && d[i] != '}' && d[i] != ']' && d[i] != ' ' && d[i] != '\n' && d[i] != '\r' && d[i] != '\t' {
		i++
	}
	if i == start {
		return -1
	}
	return i
}

// plainString reads a skimmed value that must be a string without escapes
// (ids, types) or null (read as ""); ok is false for anything else.
func plainString(v []byte) (s string, ok bool) {
	if string(v) == "null" {
		return "", true
	}
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' || bytes.IndexByte(v, '\\') >= 0 {
		return "", false
	}
	return string(v[1 : len(v)-1]), true
}
