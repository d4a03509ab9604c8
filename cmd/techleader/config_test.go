package main

import (
	"log/slog"
	"os"
	"testing"
	"time"
)

func TestLoadEnv(t *testing.T) {
	type spec struct {
		TTL     time.Duration `envconfig:"TL_TEST_TTL" default:"1h"`
		Workers int           `envconfig:"TL_TEST_WORKERS" default:"4"`
		Level   logLevel      `envconfig:"TL_TEST_LEVEL" default:"info"`
		Need    string        `envconfig:"TL_TEST_NEED" required:"true"`
		hidden  time.Duration // unexported: left alone
	}
	vars := []string{"TL_TEST_TTL", "TL_TEST_WORKERS", "TL_TEST_LEVEL", "TL_TEST_NEED"}
	tests := []struct {
		name    string
		vars    map[string]string
		wantErr string
		want    spec
	}{
		{"defaults", map[string]string{"TL_TEST_NEED": "x"}, "", spec{TTL: time.Hour, Workers: 4, Level: logLevel(slog.LevelInfo), Need: "x"}},
		{"set", map[string]string{"TL_TEST_NEED": "x", "TL_TEST_TTL": "90s", "TL_TEST_WORKERS": "8", "TL_TEST_LEVEL": "debug"}, "", spec{TTL: 90 * time.Second, Workers: 8, Level: logLevel(slog.LevelDebug), Need: "x"}},
		{"bad duration", map[string]string{"TL_TEST_NEED": "x", "TL_TEST_TTL": "abc"}, `invalid TL_TEST_TTL "abc": time: invalid duration "abc"`, spec{}},
		{"set but empty", map[string]string{"TL_TEST_NEED": "x", "TL_TEST_TTL": ""}, `invalid TL_TEST_TTL "": time: invalid duration ""`, spec{}},
		{"negative duration", map[string]string{"TL_TEST_NEED": "x", "TL_TEST_TTL": "-1h"}, `invalid TL_TEST_TTL "-1h": must not be negative`, spec{}},
		{"bad int", map[string]string{"TL_TEST_NEED": "x", "TL_TEST_WORKERS": "many"}, `invalid TL_TEST_WORKERS "many": strconv.ParseInt: parsing "many": invalid syntax`, spec{}},
		{"bad level", map[string]string{"TL_TEST_NEED": "x", "TL_TEST_LEVEL": "loud"}, `invalid TL_TEST_LEVEL "loud": want debug, info, warn or error`, spec{}},
		{"missing", nil, "required key TL_TEST_NEED missing value", spec{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range vars {
				t.Setenv(k, "") // restored after the test
				os.Unsetenv(k)
			}
			for k, v := range tt.vars {
				t.Setenv(k, v)
			}
			var got spec
			err := loadEnv(&got)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestLoadEnvStopsAtFirstError: specs are read in order and the first
// bad one is reported.
func TestLoadEnvStopsAtFirstError(t *testing.T) {
	t.Setenv("TL_TEST_A", "x")
	t.Setenv("TL_TEST_B", "y")
	var a struct {
		A int `envconfig:"TL_TEST_A"`
	}
	var b struct {
		B int `envconfig:"TL_TEST_B"`
	}
	err := loadEnv(&a, &b)
	if err == nil || err.Error() != `invalid TL_TEST_A "x": strconv.ParseInt: parsing "x": invalid syntax` {
		t.Errorf("err = %v", err)
	}
}
