package observe_test

import (
	"testing"
	"time"

	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/web"
)

func TestWebMetricsCounted(t *testing.T) {
	m := observe.NewMetrics()
	var wm web.Metrics = m
	wm.Turn(web.TurnText, 3*time.Millisecond)
	wm.Turn(web.TurnText, 5*time.Millisecond)
	wm.Turn(web.TurnContact, 9*time.Millisecond)
	wm.SessionStarted()
	wm.StreamOpened()
	wm.StreamOpened()
	wm.StreamClosed()
	wm.Refused(web.RefusedRateIP)
	for i := range 150 { // reasons come from a fixed set; a bug still cannot grow the series
		wm.Refused("reason" + string(rune('a'+i%26)) + string(rune('a'+i/26)))
	}

	reg := m.Registry()
	for _, tt := range []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"techleader_web_turn_duration_seconds", map[string]string{"kind": web.TurnText}, 2},
		{"techleader_web_turn_duration_seconds", map[string]string{"kind": web.TurnContact}, 1},
		{"techleader_web_sessions_started_total", nil, 1},
		{"techleader_web_sse_streams_total", nil, 2},
		{"techleader_web_sse_streams_open", nil, 1},
		{"techleader_web_refused_total", map[string]string{"reason": web.RefusedRateIP}, 1},
	} {
		if got := value(t, reg, tt.name, tt.labels); got != tt.want {
			t.Errorf("%s%v = %v, want %v", tt.name, tt.labels, got, tt.want)
		}
	}
	if n := series(t, reg, "techleader_web_refused_total"); n > 101 {
		t.Errorf("%d refusal series, want at most 100 and other", n)
	}
}
