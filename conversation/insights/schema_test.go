package insights_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// schema is the subset of JSON Schema that testdata/report.schema.json
// uses; validate checks a document against it.
type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 any                `json:"type"` // "t" or ["t", "null"]
	Const                any                `json:"const"`
	Enum                 []any              `json:"enum"`
	Format               string             `json:"format"`
	Minimum              *float64           `json:"minimum"`
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties *bool              `json:"additionalProperties"`
	Items                *schema            `json:"items"`
	MinItems             *int               `json:"minItems"`
	MaxItems             *int               `json:"maxItems"`
	Defs                 map[string]*schema `json:"$defs"`
	Description          string             `json:"description"`
}

func loadSchema(t *testing.T) *schema {
	t.Helper()
	b, err := os.ReadFile("testdata/report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s schema
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("report.schema.json: %v", err)
	}
	return &s
}

// validateJSON checks doc against root and returns every violation.
func validateJSON(root *schema, doc []byte) []string {
	var v any
	d := json.NewDecoder(strings.NewReader(string(doc)))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return []string{err.Error()}
	}
	var errs []string
	validate(root, root, v, "$", &errs)
	return errs
}

func validate(root, s *schema, v any, path string, errs *[]string) {
	fail := func(format string, a ...any) { *errs = append(*errs, path+": "+fmt.Sprintf(format, a...)) }
	if s.Ref != "" {
		s = root.Defs[strings.TrimPrefix(s.Ref, "#/$defs/")]
		if s == nil {
			fail("unknown $ref")
			return
		}
	}
	types := []string{}
	switch t := s.Type.(type) {
	case string:
		types = append(types, t)
	case []any:
		for _, x := range t {
			types = append(types, x.(string))
		}
	}
	got := jsonType(v)
	if !slices.Contains(types, got) && !(got == "integer" && slices.Contains(types, "number")) {
		fail("type %s, want %v", got, types)
		return
	}
	if s.Const != nil && v != s.Const {
		fail("%v, want %v", v, s.Const)
	}
	if s.Enum != nil && !slices.Contains(s.Enum, v) {
		fail("%v not in %v", v, s.Enum)
	}
	if n, ok := v.(json.Number); ok && s.Minimum != nil {
		if f, _ := n.Float64(); f < *s.Minimum {
			fail("%v below %v", f, *s.Minimum)
		}
	}
	if str, ok := v.(string); ok {
		validateFormat(s.Format, str, fail)
	}
	switch x := v.(type) {
	case map[string]any:
		validateObject(root, s, x, path, errs, fail)
	case []any:
		if s.MinItems != nil && len(x) < *s.MinItems || s.MaxItems != nil && len(x) > *s.MaxItems {
			fail("%d items", len(x))
		}
		for i, item := range x {
			validate(root, s.Items, item, fmt.Sprintf("%s[%d]", path, i), errs)
		}
	}
}

func validateObject(root, s *schema, x map[string]any, path string, errs *[]string, fail func(string, ...any)) {
	// The report's convention: every property is always present.
	for name := range s.Properties {
		if !slices.Contains(s.Required, name) {
			fail("schema lists %q but does not require it", name)
		}
	}
	for _, name := range s.Required {
		if _, ok := x[name]; !ok {
			fail("missing %q", name)
		}
	}
	for name, val := range x {
		p := s.Properties[name]
		if p == nil {
			if s.AdditionalProperties != nil && !*s.AdditionalProperties {
				fail("%q is not in the schema", name)
			}
			continue
		}
		if p.Description == "" && p.Ref == "" && (p.Properties != nil || p.Items != nil) && path == "$" {
			fail("%q has no description", name)
		}
		validate(root, p, val, path+"."+name, errs)
	}
}

func validateFormat(format, s string, fail func(string, ...any)) {
	var err error
	switch format {
	case "date":
		_, err = time.Parse("2006-01-02", s)
	case "date-time":
		_, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		fail("%q is not a %s", s, format)
	}
}

func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if f, err := x.Float64(); err == nil && f == math.Trunc(f) && !strings.ContainsAny(x.String(), ".eE") {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// TestSchemaValidatorCatchesDrift makes sure the validator can fail: a
// field the schema lacks, a missing one and a wrong type are reported.
func TestSchemaValidatorCatchesDrift(t *testing.T) {
	root := loadSchema(t)
	for name, doc := range map[string]string{
		"not an object": `[]`,
		"missing all":   `{}`,
		"extra field":   `{"schema":"techleader.insights.report/v1","surprise":1}`,
		"wrong type":    `{"conversations":"seven"}`,
	} {
		if errs := validateJSON(root, []byte(doc)); len(errs) == 0 {
			t.Errorf("%s: %s passed the schema", name, doc)
		}
	}
}
