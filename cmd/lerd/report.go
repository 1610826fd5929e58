package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"lerd/internal/report"
)

// cmdReport is `lerd report`: the counts a transparency report publishes.
func cmdReport(args []string) error {
	f := newFlags("report", "[-config FILE] [-db FILE] -from DATE -to DATE [-format text|csv|json]",
		"Count the requests received from -from to -to (both days included, in web.time_zone) as a transparency\n"+
			"report publishes them: by legal process, by country, by outcome, accounts specified, emergency requests\n"+
			"and their outcome, preservation requests and non-disclosure orders.")
	cfgPath, db := storeFlags(f.FlagSet)
	from := f.String("from", "", "first day, YYYY-MM-DD")
	to := f.String("to", "", "last day, YYYY-MM-DD")
	format := f.String("format", "text", "text, csv or json")
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	return runReport(context.Background(), os.Stdout, a, *from, *to, *format)
}

func runReport(ctx context.Context, w io.Writer, a *app, from, to, format string) error {
	start, err1 := time.Parse(time.DateOnly, from)
	end, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("%w: lerd report: -from and -to must be dates, YYYY-MM-DD (got %q, %q)", errUsage, from, to)
	}
	if format != "text" && format != "csv" && format != "json" {
		return fmt.Errorf("%w: lerd report: -format %q: want text, csv or json", errUsage, format)
	}
	if end.Before(start) {
		return fmt.Errorf("%w: lerd report: -to %s is before -from %s", errUsage, to, from)
	}
	loc, err := a.cfg.Web.Location()
	if err != nil {
		return fmt.Errorf("%w: web.time_zone: %v", errUsage, err)
	}
	rep, err := report.Build(ctx, a.store, start, end, loc)
	if err != nil {
		return err
	}
	return rep.Write(w, format)
}
