package review

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestQueuePageDueOrderSearch(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	// A month from now, the request that asked for the records within
	// 14 days is overdue.
	later := time.Now().Add(30 * 24 * time.Hour)
	f := newFixture(t, func(o *Options) { o.Now = func() time.Time { return later }; o.Location = berlin })
	raw := func(name string) string {
		b, err := os.ReadFile("../../testdata/corpus/" + name + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	overdue := f.ingest(t, raw("021-content-with-subpoena-only"))
	newer := f.ingest(t, raw("003-dea-admin-subpoena-html"))
	c := client()
	f.login(t, c, "correct horse battery")

	_, page := get(t, c, f.srv.URL+"/")
	rows := regexp.MustCompile(`<tr id="row-([^"]+)"`).FindAllStringSubmatch(page, -1)
	var order []string
	for _, r := range rows {
		order = append(order, r[1])
	}
	if strings.Join(order, " ") != strings.Join([]string{overdue, f.ref, newer}, " ") {
		t.Errorf("queue order %v, want the overdue request, then the rest oldest first: %s %s %s", order, overdue, f.ref, newer)
	}
	row := page[strings.Index(page, `id="row-`+overdue):]
	row = row[:strings.Index(row, "</tr>")]
	for _, want := range []string{`class="due overdue"`, "<q>within 14 days</q>", "overdue</span>", " CET</td>"} {
		if !strings.Contains(row, want) {
			t.Errorf("overdue row lacks %q:\n%s", want, row)
		}
	}
	if !strings.Contains(page, "times in Europe/Berlin") {
		t.Error("the page does not say which time zone it shows")
	}

	_, page = get(t, c, f.srv.URL+"/r/"+overdue)
	if !regexp.MustCompile(`<p id="timing">Received <span class="time">[0-9-]+ [0-9:]+ CET</span> \((29d 23h|30d 0h) ago\) — due <span class="due overdue" id="due">[0-9-]+ [0-9:]+ CET, the request says <q>within 14 days</q> <span class="tag reject">overdue`).MatchString(page) {
		t.Errorf("request page lacks its times and due date:\n%s", page[:min(len(page), 2000)])
	}
	_, page = get(t, c, f.srv.URL+"/?q=209D-WF-3381924")
	if !strings.Contains(page, `id="row-`+f.ref+`"`) || strings.Contains(page, `id="row-`+overdue+`"`) || strings.Contains(page, `id="row-`+newer+`"`) {
		t.Errorf("search by case number did not find exactly %s", f.ref)
	}
	_, page = get(t, c, f.srv.URL+"/?view=overdue")
	if !strings.Contains(page, `id="row-`+overdue+`"`) || strings.Contains(page, `id="row-`+f.ref+`"`) {
		t.Error("overdue view wrong")
	}
	// What the URL says is escaped, and a filter value not on the list
	// is ignored rather than shown as an option.
	_, page = get(t, c, f.srv.URL+`/?q=%3Cscript%3E&state=%3Cb%3E`)
	if strings.Contains(page, "<script>") || strings.Contains(page, "<option><b>") {
		t.Error("query text not escaped")
	}
	_, page = get(t, c, f.srv.URL+"/?closed=1")
	if strings.Contains(page, `id="row-`) || !strings.Contains(page, "closed requests") {
		t.Error("closed list shows open work")
	}
}
