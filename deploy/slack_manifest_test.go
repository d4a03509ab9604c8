package deploy

import (
	"errors"
	"os"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestSlackManifest(t *testing.T) {
	const path = "slack-app-manifest.yaml"
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is not there yet", path)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		Settings struct {
			SocketModeEnabled bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	docs := decodeAll[map[string]any](t, path)
	if len(docs) != 1 {
		t.Fatalf("%d documents in %s", len(docs), path)
	}
	b, _ := yaml.Marshal(docs[0])
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if !m.Settings.SocketModeEnabled {
		t.Error("settings.socket_mode_enabled is not true")
	}
	if !slices.ContainsFunc(m.Features.SlashCommands, func(c struct {
		Command string `yaml:"command"`
	}) bool {
		return c.Command == "/techleader"
	}) {
		t.Errorf("no /techleader slash command in %+v", m.Features.SlashCommands)
	}
}
