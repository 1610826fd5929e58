package main

import (
	"encoding/json"
	"io"
	"os"
	"reflect"
	"strings"
	"time"
)

// printJSON prints v as the JSON every command prints: snake_case keys
// (the structs' tags), lists as [] and maps as {} when empty, never null,
// and times (time.Time, and strings under the keys "at" and "…_at") in
// RFC 3339 to the second, UTC. The
// store keeps times to the nanosecond, for ordering; a reader wants the
// second. The fix-ups are made here, once, so that no output can forget
// them.
func printJSON(v any) error { return printJSONTo(os.Stdout, v) }

// printJSONTo is printJSON to w.
func printJSONTo(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(jsonContract(v))
}

// jsonContract returns v with nil slices and maps made empty and times cut
// to the second. Values behind pointers are changed in place.
func jsonContract(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	cp := reflect.New(rv.Type()).Elem()
	cp.Set(rv)
	normalize(cp, "")
	return cp.Interface()
}

// normalize applies jsonContract to v, whose JSON key is key.
func normalize(v reflect.Value, key string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			normalize(v.Elem(), key)
		}
	case reflect.Interface:
		if v.IsNil() || !v.CanSet() {
			return
		}
		cp := reflect.New(v.Elem().Type()).Elem()
		cp.Set(v.Elem())
		normalize(cp, key)
		v.Set(cp)
	case reflect.Struct:
		t := v.Type()
		if tm, ok := v.Interface().(time.Time); ok {
			if v.CanSet() {
				v.Set(reflect.ValueOf(tm.UTC().Truncate(time.Second)))
			}
			return
		}
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			normalize(v.Field(i), name)
		}
	case reflect.Slice:
		if v.IsNil() {
			if v.CanSet() {
				v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			}
			return
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return
		}
		for i := range v.Len() {
			normalize(v.Index(i), key)
		}
	case reflect.Array:
		for i := range v.Len() {
			normalize(v.Index(i), key)
		}
	case reflect.Map:
		if v.IsNil() && v.CanSet() {
			v.Set(reflect.MakeMap(v.Type()))
		}
	case reflect.String:
		if (key == "at" || strings.HasSuffix(key, "_at")) && v.CanSet() {
			if t, err := time.Parse(time.RFC3339Nano, v.String()); err == nil {
				v.SetString(t.UTC().Format(time.RFC3339))
			}
		}
	}
}
