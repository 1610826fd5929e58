// Package templates holds the texts of lerd's replies (Go text/template,
// plain text). Each file starts with a "Subject:" line and a blank line;
// the rest is the body. They are embedded as defaults; the operator may
// point smtp.templates_dir at a copy.
package templates

import (
	"embed"
	"io/fs"
	"os"
)

//go:embed *.tmpl
var embedded embed.FS

// FS returns the operator's templates directory if dir is set, else the
// embedded defaults.
func FS(dir string) fs.FS {
	if dir != "" {
		return os.DirFS(dir)
	}
	return embedded
}
