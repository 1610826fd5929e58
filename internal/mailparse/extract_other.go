//go:build !linux

package mailparse

import "syscall"

// Outside Linux the child runs without rlimits; the parent's deadline and
// output cap still hold.
func sysProcAttr() *syscall.SysProcAttr { return nil }

func setLimits(Limits) error { return nil }
