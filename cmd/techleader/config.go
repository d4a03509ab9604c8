package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/kelseyhightower/envconfig"
)

// loadEnv fills each spec (a pointer to a struct with envconfig tags)
// from the process environment with envconfig, in order, and stops at the
// first error. The error is one line naming the variable and its value,
// e.g. `invalid SESSION_TTL "abc": time: invalid duration "abc"`. A
// negative duration is an error too. Specs are read without a prefix, so
// a nested struct should be passed as a spec of its own.
//
// Values of string fields never fail to parse, so a token cannot end up
// in an error.
func loadEnv(specs ...any) error {
	for _, spec := range specs {
		if err := envconfig.Process("", spec); err != nil {
			if pe, ok := errors.AsType[*envconfig.ParseError](err); ok {
				return fmt.Errorf("invalid %s %q: %s", pe.KeyName, pe.Value, oneLine(pe.Err))
			}
			return errors.New(oneLine(err))
		}
		if err := noNegativeDurations(spec); err != nil {
			return err
		}
	}
	return nil
}

// noNegativeDurations rejects a negative time.Duration field of spec:
// envconfig parses "-1h" happily, but no setting means a negative time.
func noNegativeDurations(spec any) error {
	v := reflect.ValueOf(spec).Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		name := f.Tag.Get("envconfig")
		if !f.IsExported() || name == "" {
			continue
		}
		if d, ok := v.Field(i).Interface().(time.Duration); ok && d < 0 {
			return fmt.Errorf("invalid %s %q: must not be negative", name, os.Getenv(name))
		}
	}
	return nil
}

// oneLine keeps an error message to its first line.
func oneLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// logLevel is LOG_LEVEL: debug, info, warn or error (slog's names, with
// slog's offsets such as "warn+2").
type logLevel slog.Level

func (l *logLevel) UnmarshalText(b []byte) error {
	var sl slog.Level
	if err := sl.UnmarshalText(b); err != nil {
		return errors.New("want debug, info, warn or error")
	}
	*l = logLevel(sl)
	return nil
}
