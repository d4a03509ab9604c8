package teams

import (
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	good := Config{AppID: "app", AppPassword: "secret", InvokeTimeout: 10 * time.Second}
	if err := good.Validate(); err != nil || !good.Enabled() {
		t.Fatalf("a complete config: %v, enabled %v", err, good.Enabled())
	}
	for name, c := range map[string]Config{
		"no app id":         {AppPassword: "secret", InvokeTimeout: time.Second},
		"no password":       {AppID: "app", InvokeTimeout: time.Second},
		"invoke over 15 s":  {AppID: "app", AppPassword: "secret", InvokeTimeout: 15 * time.Second},
		"no invoke timeout": {AppID: "app", AppPassword: "secret"},
	} {
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		} else if c.AppPassword != "" && strings.Contains(err.Error(), c.AppPassword) {
			t.Errorf("%s: the error shows the password", name)
		}
	}
	if (Config{}).Enabled() {
		t.Error("an empty config is enabled")
	}
}
