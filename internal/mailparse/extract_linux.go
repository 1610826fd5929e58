package mailparse

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// sysProcAttr makes the child die with lerd, so a SIGKILL of lerd leaves
// no extractor running.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// setLimits limits the calling process: address space, CPU seconds (the
// kernel sends SIGKILL at the limit, soft and hard being equal), no files
// written and no core dump of a hostile file.
//
// The Go runtime reserves about 1.2 GB of address space at start (heap
// arena index, no memory behind it), so the limit is what the process
// already has plus l.Memory.
func setLimits(l Limits) error {
	vm, err := vmSize()
	if err != nil {
		return err
	}
	cpu := uint64(math.Ceil(l.Timeout.Seconds()))
	for _, r := range []struct {
		res int
		val uint64
	}{
		{syscall.RLIMIT_AS, vm + uint64(l.Memory)},
		{syscall.RLIMIT_CPU, cpu},
		{syscall.RLIMIT_FSIZE, 0},
		{syscall.RLIMIT_CORE, 0},
	} {
		if err := syscall.Setrlimit(r.res, &syscall.Rlimit{Cur: r.val, Max: r.val}); err != nil {
			return err
		}
	}
	return nil
}

// vmSize is the process's address space now, from /proc/self/status.
func vmSize() (uint64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("VmSize %q: %w", v, err)
			}
			return kb << 10, nil
		}
	}
	return 0, errors.New("no VmSize in /proc/self/status")
}
