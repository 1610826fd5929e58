// Package report computes the counts a transparency report publishes (as
// Microsoft's Law Enforcement Requests Report and Google's Transparency
// Report do) from the store: requests by legal process, by country and by
// outcome, accounts specified, emergency requests and their outcome,
// preservation requests and non-disclosure orders, for a period.
package report

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"lerd/internal/store"
	"lerd/internal/triage"
)

// Outcomes as a transparency report names them.
const (
	DataProduced = "data_produced" // all or part of what was asked
	NoData       = "no_data"       // no records found
	Rejected     = "rejected"      // declined, by a reviewer or by policy
	Withdrawn    = "withdrawn"
	Pending      = "pending" // no outcome yet
)

// outcomeOf maps the latest review decision, else lerd's own rejection,
// to an outcome; ok is false for what is no request at all (a reviewer's
// not_a_request, or mail lerd ignores: bounces, spam, newsletters).
func outcomeOf(r store.ReportRow) (string, bool) {
	switch strings.TrimPrefix(r.Review, "review_") {
	case "produced", "partially_produced":
		return DataProduced, true
	case "no_records":
		return NoData, true
	case "declined":
		return Rejected, true
	case "withdrawn":
		return Withdrawn, true
	case "not_a_request":
		return "", false
	}
	switch r.Decision {
	case "reject":
		return Rejected, true
	case "ignore":
		return "", false
	}
	return Pending, true
}

// Report is the period's counts.
type Report struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Requests counts legal requests; NotRequests the mail in the queue
	// that was none (not counted anywhere else).
	Requests    int `json:"requests"`
	NotRequests int `json:"not_requests"`
	// ByProcess counts requests per kind of legal process; a request
	// with several kinds (a subpoena with a non-disclosure order) counts
	// under each, "none" when none was found.
	ByProcess map[string]int `json:"by_process"`
	// ByCountry counts requests per ISO country of the authority,
	// "unknown" when none was found.
	ByCountry map[string]int `json:"by_country"`
	ByOutcome map[string]int `json:"by_outcome"`
	// AccountsSpecified is the number of identifiers (accounts, addresses,
	// numbers) the requests name.
	AccountsSpecified   int            `json:"accounts_specified"`
	Emergency           int            `json:"emergency_requests"`
	EmergencyByOutcome  map[string]int `json:"emergency_by_outcome"`
	Preservation        int            `json:"preservation_requests"`
	NonDisclosureOrders int            `json:"non_disclosure_orders"`
}

// Build counts the requests opened from the start of day from to the end
// of day to, both in loc.
func Build(ctx context.Context, st *store.Store, from, to time.Time, loc *time.Location) (Report, error) {
	start := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, loc)
	end := time.Date(to.Year(), to.Month(), to.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, 1)
	rep := Report{From: start.Format(time.DateOnly), To: to.Format(time.DateOnly),
		ByProcess: map[string]int{}, ByCountry: map[string]int{}, ByOutcome: map[string]int{}, EmergencyByOutcome: map[string]int{}}
	if !end.After(start) {
		return rep, fmt.Errorf("report: -to %s is before -from %s", rep.To, rep.From)
	}
	rows, err := st.ReportRows(ctx, start, end)
	if err != nil {
		return rep, err
	}
	for _, r := range rows {
		out, ok := outcomeOf(r)
		if !ok {
			rep.NotRequests++
			continue
		}
		var t triage.Result
		if r.TriageJSON != "" {
			if err := json.Unmarshal([]byte(r.TriageJSON), &t); err != nil {
				return rep, fmt.Errorf("report: %s: triage record: %w", r.Ref, err)
			}
		}
		rep.Requests++
		rep.ByOutcome[out]++
		kinds := slices.DeleteFunc(slices.Clone(t.Process), func(k string) bool { return k == "none" })
		if len(kinds) == 0 {
			kinds = []string{"none"}
		}
		for _, k := range kinds {
			rep.ByProcess[k]++
		}
		country := "unknown"
		if t.Country != nil && *t.Country != "" {
			country = *t.Country
		}
		rep.ByCountry[country]++
		rep.AccountsSpecified += len(t.Identifiers)
		if r.Emergency || t.Emergency {
			rep.Emergency++
			rep.EmergencyByOutcome[out]++
		}
		if slices.Contains(t.Process, "preservation") {
			rep.Preservation++
		}
		if t.NDO.Present {
			rep.NonDisclosureOrders++
		}
	}
	return rep, nil
}

// rows flattens the report into (section, key, count), in a fixed order.
func (r Report) rows() [][3]string {
	var out [][3]string
	add := func(section, key string, n int) { out = append(out, [3]string{section, key, fmt.Sprint(n)}) }
	add("total", "requests", r.Requests)
	add("total", "not_requests", r.NotRequests)
	add("total", "accounts_specified", r.AccountsSpecified)
	add("total", "emergency_requests", r.Emergency)
	add("total", "preservation_requests", r.Preservation)
	add("total", "non_disclosure_orders", r.NonDisclosureOrders)
	for _, sec := range []struct {
		name string
		m    map[string]int
	}{{"by_process", r.ByProcess}, {"by_country", r.ByCountry}, {"by_outcome", r.ByOutcome}, {"emergency_by_outcome", r.EmergencyByOutcome}} {
		keys := make([]string, 0, len(sec.m))
		for k := range sec.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			add(sec.name, k, sec.m[k])
		}
	}
	return out
}

// Write prints the report as text, csv or json.
func (r Report) Write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"from", "to", "section", "key", "count"})
		for _, row := range r.rows() {
			cw.Write([]string{r.From, r.To, row[0], row[1], row[2]})
		}
		cw.Flush()
		return cw.Error()
	case "text", "":
		fmt.Fprintf(w, "Requests received %s to %s\n", r.From, r.To)
		section := ""
		for _, row := range r.rows() {
			if row[0] != section {
				section = row[0]
				if section != "total" {
					fmt.Fprintf(w, "%s:\n", strings.ReplaceAll(section, "_", " "))
				}
			}
			fmt.Fprintf(w, "  %-28s %6s\n", row[1], row[2])
		}
		return nil
	}
	return fmt.Errorf("report: unknown format %q (want text, csv or json)", format)
}
