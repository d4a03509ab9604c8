// Package teamsapp holds the Microsoft Teams app package: manifest.json and
// its two icons. Its test checks them and builds the zip to upload:
//
//	go test ./deploy/teams -run TestAppPackage -args -app-id=<TEAMS_APP_ID> -zip=techleader-teams.zip
//
// manifest.json carries the placeholder id 00000000-0000-0000-0000-000000000000
// (app id and bot id) and www.example.com developer URLs; the zip gets the
// given app id, and the consultancy's URLs are edited in before publishing.
// The icons are generated: go test ./deploy/teams -run TestIcons -args -update-icons
package teamsapp

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/springfield/techleader/bot/teams"
)

var (
	appIDFlag   = flag.String("app-id", "", "the bot's Microsoft app id to put in the zip (TEAMS_APP_ID)")
	zipFlag     = flag.String("zip", "", "write the upload zip to this path")
	updateIcons = flag.Bool("update-icons", false, "regenerate color.png and outline.png")
)

// Placeholder is the app and bot id in manifest.json.
const Placeholder = "00000000-0000-0000-0000-000000000000"

var guid = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

type manifest struct {
	Schema          string            `json:"$schema"`
	ManifestVersion string            `json:"manifestVersion"`
	Version         string            `json:"version"`
	ID              string            `json:"id"`
	Developer       map[string]string `json:"developer"`
	Name            struct{ Short, Full string }
	Description     struct{ Short, Full string }
	Icons           struct{ Color, Outline string }
	AccentColor     string `json:"accentColor"`
	Bots            []struct {
		BotID        string   `json:"botId"`
		Scopes       []string `json:"scopes"`
		CommandLists []struct {
			Scopes   []string `json:"scopes"`
			Commands []struct {
				Title       string `json:"title"`
				Description string `json:"description"`
			} `json:"commands"`
		} `json:"commandLists"`
	} `json:"bots"`
}

func readManifest(t *testing.T, b []byte) manifest {
	t.Helper()
	var m manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	return m
}

// TestManifest checks the fields Teams requires and their limits, the bot's
// scopes and its command list against the commands the bot understands.
func TestManifest(t *testing.T) {
	b, err := os.ReadFile("manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	m := readManifest(t, b)
	minor, err := strconv.Atoi(strings.TrimPrefix(m.ManifestVersion, "1."))
	if err != nil || !strings.HasPrefix(m.ManifestVersion, "1.") || minor < 17 {
		t.Errorf("manifestVersion %q, want 1.17 or later", m.ManifestVersion)
	}
	if m.Schema != "https://developer.microsoft.com/json-schemas/teams/v"+m.ManifestVersion+"/MicrosoftTeams.schema.json" {
		t.Errorf("$schema %q does not match manifestVersion %s", m.Schema, m.ManifestVersion)
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(m.Version) {
		t.Errorf("version %q is not x.y.z", m.Version)
	}
	if m.ID != Placeholder || len(m.Bots) != 1 || m.Bots[0].BotID != Placeholder {
		t.Errorf("ids must be the documented placeholder %s (the zip gets the real one)", Placeholder)
	}
	for _, k := range []string{"websiteUrl", "privacyUrl", "termsOfUseUrl"} {
		u, err := url.Parse(m.Developer[k])
		if err != nil || u.Scheme != "https" || u.Host == "" {
			t.Errorf("developer.%s %q is not an https URL", k, m.Developer[k])
		}
	}
	limits := []struct {
		field, v string
		max      int
	}{
		{"developer.name", m.Developer["name"], 32}, {"name.short", m.Name.Short, 30}, {"name.full", m.Name.Full, 100},
		{"description.short", m.Description.Short, 80}, {"description.full", m.Description.Full, 4000},
	}
	for _, l := range limits {
		if n := utf8.RuneCountInString(l.v); n == 0 || n > l.max {
			t.Errorf("%s has %d characters (1 to %d)", l.field, n, l.max)
		}
	}
	if !regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`).MatchString(m.AccentColor) {
		t.Errorf("accentColor %q", m.AccentColor)
	}
	if m.Icons.Color != "color.png" || m.Icons.Outline != "outline.png" {
		t.Errorf("icons %+v", m.Icons)
	}
	bot := m.Bots[0]
	if want := []string{"personal", "team", "groupChat"}; !slices.Equal(bot.Scopes, want) {
		t.Errorf("bot scopes %v, want %v", bot.Scopes, want)
	}
	var titles []string
	for _, cl := range bot.CommandLists {
		if len(cl.Commands) > 10 {
			t.Errorf("%d commands in a list (at most 10)", len(cl.Commands))
		}
		for _, s := range cl.Scopes {
			if !slices.Contains(bot.Scopes, s) {
				t.Errorf("command list scope %q is not a bot scope", s)
			}
		}
		for _, c := range cl.Commands {
			if n := utf8.RuneCountInString(c.Title); n == 0 || n > 32 {
				t.Errorf("command title %q", c.Title)
			}
			if n := utf8.RuneCountInString(c.Description); n == 0 || n > 128 {
				t.Errorf("command %q: description of %d characters", c.Title, n)
			}
			titles = append(titles, c.Title)
		}
	}
	var want []string
	for _, c := range teams.Commands {
		want = append(want, string(c))
	}
	if !slices.Equal(titles, want) {
		t.Errorf("manifest commands %v, the bot understands %v", titles, want)
	}
}

// TestIcons: the color icon is 192x192, the outline icon 32x32, white on a
// transparent background (as Teams requires).
func TestIcons(t *testing.T) {
	if *updateIcons {
		writePNG(t, "color.png", colorIcon())
		writePNG(t, "outline.png", outlineIcon())
	}
	col := readPNG(t, "color.png")
	if b := col.Bounds(); b.Dx() != 192 || b.Dy() != 192 {
		t.Errorf("color.png is %dx%d, want 192x192", b.Dx(), b.Dy())
	}
	out := readPNG(t, "outline.png")
	if b := out.Bounds(); b.Dx() != 32 || b.Dy() != 32 {
		t.Fatalf("outline.png is %dx%d, want 32x32", b.Dx(), b.Dy())
	}
	transparent, white := 0, 0
	for y := range 32 {
		for x := range 32 {
			c := color.NRGBAModel.Convert(out.At(x, y)).(color.NRGBA)
			switch {
			case c.A == 0:
				transparent++
			case c.R == 255 && c.G == 255 && c.B == 255:
				white++
			default:
				t.Fatalf("outline.png pixel (%d,%d) is %v: only white and transparent are allowed", x, y, c)
			}
		}
	}
	if transparent < 32*32/2 || white == 0 {
		t.Errorf("outline.png: %d transparent and %d white pixels", transparent, white)
	}
}

// TestAppPackage builds the upload zip: manifest.json (with the app id)
// and the icons at its root.
func TestAppPackage(t *testing.T) {
	appID := *appIDFlag
	if appID == "" {
		appID = "9c4a2d3e-5b6f-4a70-8b1c-2d3e4f5a6b7c"
	}
	if !guid.MatchString(appID) {
		t.Fatalf("-app-id %q is not a GUID", appID)
	}
	pkg, err := buildPackage(".", appID)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		switch f.Name {
		case "manifest.json":
			m := readManifest(t, data)
			if m.ID != appID || m.Bots[0].BotID != appID {
				t.Errorf("zip manifest ids %s / %s, want %s", m.ID, m.Bots[0].BotID, appID)
			}
		case "color.png", "outline.png":
			if _, err := png.Decode(bytes.NewReader(data)); err != nil {
				t.Errorf("%s: %v", f.Name, err)
			}
		}
	}
	slices.Sort(names)
	if want := []string{"color.png", "manifest.json", "outline.png"}; !slices.Equal(names, want) {
		t.Errorf("zip holds %v, want %v at its root", names, want)
	}
	if *zipFlag != "" {
		if err := os.WriteFile(*zipFlag, pkg, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes) for app %s", *zipFlag, len(pkg), appID)
	}
}

// buildPackage zips dir's manifest (its placeholder ids replaced by appID)
// and icons.
func buildPackage(dir, appID string) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"manifest.json", "color.png", "outline.png"} {
		data, err := os.ReadFile(dir + "/" + name)
		if err != nil {
			return nil, err
		}
		if name == "manifest.json" {
			data = bytes.ReplaceAll(data, []byte(Placeholder), []byte(appID))
		}
		w, err := zw.Create(name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// glyph draws the app's mark, a "T" over a bar, scaled to size s with a
// margin, in c.
func glyph(img *image.NRGBA, s int, c color.NRGBA) {
	u := s / 16 // grid unit
	fill := func(x0, y0, x1, y1 int) {
		for y := y0 * u; y < y1*u; y++ {
			for x := x0 * u; x < x1*u; x++ {
				img.SetNRGBA(x, y, c)
			}
		}
	}
	fill(3, 3, 13, 5)   // the T's bar
	fill(7, 5, 9, 11)   // its stem
	fill(4, 12, 12, 13) // a base line: the leader under the title
}

func colorIcon() image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 192, 192))
	bg := color.NRGBA{0x1D, 0x35, 0x57, 0xFF}
	for y := range 192 {
		for x := range 192 {
			img.SetNRGBA(x, y, bg)
		}
	}
	glyph(img, 192, color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF})
	return img
}

func outlineIcon() image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 32, 32))
	glyph(img, 32, color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF})
	return img
}
