//go:build pprof

package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

// Built with -tags pprof (BenchmarkSideBySide does so when asked for a
// profile), the binary writes a CPU profile to $TECHLEADER_CPUPROFILE from
// start-up until it receives SIGUSR1, and then the allocations profile to
// $TECHLEADER_CPUPROFILE.allocs; the CPU profile appears, complete, under
// its name last. Release builds have none of this.
func init() {
	path := os.Getenv("TECHLEADER_CPUPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path + ".part")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cpu profile:", err)
		return
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "cpu profile:", err)
		return
	}
	usr1 := make(chan os.Signal, 1)
	signal.Notify(usr1, syscall.SIGUSR1)
	go func() {
		<-usr1
		pprof.StopCPUProfile()
		if a, err := os.Create(path + ".allocs"); err == nil {
			_ = pprof.Lookup("allocs").WriteTo(a, 0)
			_ = a.Close()
		}
		if err := f.Close(); err == nil {
			_ = os.Rename(path+".part", path)
		}
	}()
}
