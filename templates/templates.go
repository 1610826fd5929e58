// Package templates holds the texts of lerd's replies (Go text/template,
// plain text). Each file starts with a "Subject:" line and a blank line;
// the rest is the body. They are embedded as defaults; the operator may
// point smtp.templates_dir at a copy, where a template the copy lacks
// (one added by a newer lerd) is the embedded one.
package templates

import (
	"embed"
	"errors"
	"io/fs"
	"os"
)

//go:embed *.tmpl
var embedded embed.FS

// FS returns the operator's templates directory if dir is set, with the
// embedded defaults for the files it lacks, else the embedded defaults.
func FS(dir string) fs.FS {
	if dir != "" {
		return overlay{os.DirFS(dir)}
	}
	return embedded
}

// overlay reads a file from the operator's directory, or from the
// embedded defaults when the directory has no such file: an operator's
// copy made before a template was added keeps working.
type overlay struct{ dir fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.dir.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return embedded.Open(name)
	}
	return f, err
}
