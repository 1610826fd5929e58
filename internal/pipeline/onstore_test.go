package pipeline_test

import (
	"reflect"
	"testing"

	"lerd/internal/mailparse"
	"lerd/internal/pipeline"
	"lerd/internal/store"
)

// TestOnStoreCopiesEveryField: OnStore hands every exported field of the
// template to the new pipeline and only the store changes. Each field gets
// a value of its own first, so a field added to Pipeline and forgotten in
// OnStore fails here.
func TestOnStoreCopiesEveryField(t *testing.T) {
	var tmpl pipeline.Pipeline
	v := reflect.ValueOf(&tmpl).Elem()
	for i := 0; i < v.NumField(); i++ {
		f, sf := v.Field(i), v.Type().Field(i)
		if !sf.IsExported() {
			continue
		}
		switch f.Kind() {
		case reflect.Pointer:
			f.Set(reflect.New(f.Type().Elem()))
		case reflect.Func:
			f.Set(reflect.MakeFunc(f.Type(), func([]reflect.Value) []reflect.Value { return nil }))
		case reflect.Int64:
			f.SetInt(int64(i + 1))
		case reflect.Interface:
			f.Set(reflect.ValueOf(mailparse.InProcess{Limits: mailparse.Limits{Memory: int64(i + 1)}}))
		default:
			t.Fatalf("field %s: kind %s has no test value; add one", sf.Name, f.Kind())
		}
	}
	other := new(store.Store)
	got := reflect.ValueOf(tmpl.OnStore(other)).Elem()
	for i := 0; i < v.NumField(); i++ {
		sf := v.Type().Field(i)
		if !sf.IsExported() {
			continue
		}
		g, w := got.Field(i), v.Field(i)
		switch {
		case sf.Name == "Store":
			if g.Interface() != other {
				t.Errorf("Store: not the new store")
			}
		case g.Kind() == reflect.Func:
			if g.Pointer() != w.Pointer() {
				t.Errorf("%s: hook not carried over", sf.Name)
			}
		case !reflect.DeepEqual(g.Interface(), w.Interface()) || g.IsZero():
			t.Errorf("%s: got %v, want %v", sf.Name, g.Interface(), w.Interface())
		}
	}
}
