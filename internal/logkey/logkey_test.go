package logkey

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// logMethods are slog's logging calls and the index of their first
// key-value argument.
var logMethods = map[string]int{
	"Debug": 1, "Info": 1, "Warn": 1, "Error": 1,
	"DebugContext": 2, "InfoContext": 2, "WarnContext": 2, "ErrorContext": 2,
	"Log": 3, "With": 0,
}

// attrFuncs are slog's Attr constructors, whose first argument is a key.
var attrFuncs = map[string]bool{
	"String": true, "Int": true, "Int64": true, "Uint64": true, "Float64": true, "Bool": true,
	"Time": true, "Duration": true, "Any": true, "Group": true,
}

// isLogger tells, by its shape, whether x is a *slog.Logger or the slog
// package: lerd names its loggers log, Log, logger or …Log, and derives
// others with With.
func isLogger(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		name := strings.ToLower(x.Name)
		return strings.HasSuffix(name, "log") || strings.HasSuffix(name, "logger")
	case *ast.SelectorExpr:
		return isLogger(x.Sel)
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "With" {
			return isLogger(sel.X)
		}
	}
	return false
}

// isKeyConst tells whether a key argument is one of this package's
// constants.
func isKeyConst(x ast.Expr) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "logkey"
}

// keyProblems returns, for one file, every log call whose key is not a
// logkey constant: "file:line: key "id" is not a logkey constant".
func keyProblems(fset *token.FileSet, f *ast.File) []string {
	var out []string
	bad := func(x ast.Expr) {
		what := "key"
		if lit, ok := x.(*ast.BasicLit); ok {
			what = "key " + lit.Value
		}
		out = append(out, fset.Position(x.Pos()).String()+": "+what+" is not a logkey constant")
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); ok && id.Name == "slog" && attrFuncs[sel.Sel.Name] {
			if len(call.Args) > 0 && !isKeyConst(call.Args[0]) {
				bad(call.Args[0])
			}
			return true
		}
		first, ok := logMethods[sel.Sel.Name]
		if !ok || !isLogger(sel.X) {
			return true
		}
		for i := first; i < len(call.Args); {
			arg := call.Args[i]
			if _, isCall := arg.(*ast.CallExpr); isCall {
				i++ // an slog.Attr, checked above where it is built
				continue
			}
			if !isKeyConst(arg) {
				bad(arg)
			}
			i += 2
		}
		return true
	})
	return out
}

// TestKeysAreConstants reads every Go file of lerd outside tests and
// fails on a log call whose key is not a constant of this package.
func TestKeysAreConstants(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	files := 0
	var problems []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", ".git", "demo-data", "dist", "bin":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files++
		problems = append(problems, keyProblems(fset, f)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d files under %s", files, root)
	}
	for _, p := range problems {
		t.Error(p + " (add it to internal/logkey, or use the one there for the same thing)")
	}
}

// TestKeyProblemsFindsLiterals: the check above is only as good as its
// reading of the source.
func TestKeyProblemsFindsLiterals(t *testing.T) {
	src := `package x
func f() {
	log.Info("ok", logkey.Ref, ref, logkey.Err, err)
	s.log.Info("literal", "id", 1)
	a.log.With(logkey.Component, "imap").Warn("chained", "err", err)
	slog.Warn("package", logkey.Err, err, "request", ref)
	p.Log.ErrorContext(ctx, "ctx", logkey.Err, err, "message_id", m)
	w.log.Log(ctx, lvl, "level", slog.String("messageID", m), logkey.Took, d)
	n.Log.With("component", "notify")
	serveLog.Info("suffix", "db", p)
	log.Info("local const", keyID, 1)
	fmt.Println("not a logger", "id", 1)
	t.Error("not a logger", "id")
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range keyProblems(fset, f) {
		got = append(got, p[:strings.Index(p, " is not")])
	}
	want := []string{`x.go:4:24: key "id"`, `x.go:5:55: key "err"`, `x.go:6:40: key "request"`,
		`x.go:7:50: key "message_id"`, `x.go:8:43: key "messageID"`, `x.go:9:13: key "component"`, `x.go:10:26: key "db"`, `x.go:11:26: key`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestOneSpellingEach: keys are snake_case and no two constants spell
// the same key.
func TestOneSpellingEach(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "logkey.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	snake := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	seen := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			key, err := strconv.Unquote(v.Values[0].(*ast.BasicLit).Value)
			if err != nil {
				t.Fatal(err)
			}
			name := v.Names[0].Name
			if !snake.MatchString(key) {
				t.Errorf("%s = %q is not snake_case", name, key)
			}
			if other, dup := seen[key]; dup {
				t.Errorf("%s and %s both spell %q", other, name, key)
			}
			seen[key] = name
		}
	}
	if len(seen) < 10 {
		t.Fatalf("read only %d keys", len(seen))
	}
}
