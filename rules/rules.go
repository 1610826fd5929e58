// Package rules holds the data and policy the operator may edit: the policy
// settings and reasons (policy.toml), the domain lists used to verify
// senders, and the vendored sources they derive from. The files are embedded
// as defaults; config option triage.rules_dir points at an operator's copy.
package rules

import (
	"embed"
	"io/fs"
	"os"
)

//go:generate go run gen/main.go

//go:embed policy.toml *.txt agencies.csv
var embedded embed.FS

// FS returns the operator's rules directory if dir is set, else the
// embedded defaults.
func FS(dir string) fs.FS {
	if dir != "" {
		return os.DirFS(dir)
	}
	return embedded
}
