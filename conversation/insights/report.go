package insights

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"
)

// ReportSchema names the version of Report's JSON form.
const ReportSchema = "techleader.insights.report/v1"

// Report is the consultancy's view of a period. Its JSON form is what
// `techleader report --json` prints, described by the JSON Schema in
// testdata/report.schema.json (a test keeps the two in step):
//
//   - counts are integers; durations are whole seconds; times are RFC 3339;
//     days are "YYYY-MM-DD" in the insights zone;
//   - lists are sorted, largest count first, and empty lists are [] not
//     null; an average or a time to claim with nothing to average is null;
//   - texts under "unanswered" are what users typed (cleaned of control
//     characters): escape them wherever they are shown.
type Report struct {
	Schema        string          `json:"schema"`
	Period        ReportPeriod    `json:"period"`
	GeneratedAt   time.Time       `json:"generated_at"`
	Conversations int64           `json:"conversations"` // distinct users
	Questions     QuestionStats   `json:"questions"`
	Funnel        []FunnelStep    `json:"funnel"`
	Assessments   AssessmentStats `json:"assessments"`
	Handoffs      HandoffStats    `json:"handoffs"`
	Satisfaction  Satisfaction    `json:"satisfaction"`
	Unanswered    UnansweredStats `json:"unanswered"`
}

// ReportPeriod is the period a report covers.
type ReportPeriod struct {
	First    Day    `json:"first"`
	Last     Day    `json:"last"`
	Days     int    `json:"days"`
	TimeZone string `json:"time_zone"`
}

// QuestionStats are the questions users asked.
type QuestionStats struct {
	Answered       int64          `json:"answered"`
	Declined       int64          `json:"declined"`
	Clarifications int64          `json:"clarifications"`
	TopArticles    []ArticleCount `json:"top_articles"`
}

// ArticleCount is how often an article answered a question.
type ArticleCount struct {
	ID    string `json:"id"`
	Title string `json:"title"` // "" when unknown
	Count int64  `json:"count"`
}

// FunnelStep is one step of the funnel: assessment_started,
// assessment_completed, consultant_requested, consultant_claimed.
type FunnelStep struct {
	Step  string `json:"step"`
	Label string `json:"label"`
	Count int64  `json:"count"`
}

// AssessmentStats are the assessments started, finished and abandoned.
type AssessmentStats struct {
	Started     int64        `json:"started"`
	Completed   int64        `json:"completed"`
	Abandoned   int64        `json:"abandoned"`
	Outcomes    []NamedCount `json:"outcomes"`
	AbandonedAt []StepCount  `json:"abandoned_at"`
}

// NamedCount is a count of something named.
type NamedCount struct {
	Name  string `json:"name"`
	Count int64  `json:"count"`
}

// StepCount is how many assessments were abandoned at a question.
type StepCount struct {
	Question int   `json:"question"`
	Count    int64 `json:"count"`
}

// HandoffStats are the requests for a consultant.
type HandoffStats struct {
	Requested   int64       `json:"requested"`
	Claimed     int64       `json:"claimed"`
	Closed      int64       `json:"closed"`
	TimeToClaim *ClaimTimes `json:"time_to_claim"` // null: no claim sampled
}

// ClaimTimes summarise the time from a request to its claim.
type ClaimTimes struct {
	Samples       int   `json:"samples"`
	MedianSeconds int64 `json:"median_seconds"`
	P90Seconds    int64 `json:"p90_seconds"`
}

// Satisfaction are the ratings, in all and by what was rated.
type Satisfaction struct {
	All            RatingStats `json:"all"`
	Handoff        RatingStats `json:"handoff"`
	Recommendation RatingStats `json:"recommendation"`
}

// RatingStats summarise ratings from 1 to 5.
type RatingStats struct {
	Ratings      int64    `json:"ratings"`
	Average      *float64 `json:"average"`      // to two decimals; null: no ratings
	Distribution [5]int64 `json:"distribution"` // counts of 1, 2, 3, 4 and 5
}

// UnansweredStats are the questions the assistant could not answer.
type UnansweredStats struct {
	// TextsKept is false when INSIGHTS_TEXT is off: no texts are kept.
	TextsKept bool `json:"texts_kept"`
	// TextDays is how many days of the period still have their texts
	// (texts are kept for INSIGHTS_RETENTION_TEXT).
	TextDays int `json:"text_days"`
	// Questions is how many texts were grouped.
	Questions int `json:"questions"`
	// Groups are the most asked groups of similar questions.
	Groups []QuestionGroup `json:"groups"`
}

// ReportOptions adjust a report.
type ReportOptions struct {
	// Title gives an article's title for its id ("" when unknown); nil
	// leaves titles empty.
	Title func(id string) string
	// TopArticles and TopQuestions bound the lists (0: 5 and 10).
	TopArticles, TopQuestions int
}

// BuildReport reads the figures and texts of p from r and reports them as
// policy keeps them. Errors are the Reader's.
func BuildReport(ctx context.Context, r Reader, policy Policy, p Period, opts ReportOptions) (Report, error) {
	if len(p.Days()) == 0 {
		return Report{}, fmt.Errorf("%w: empty period %s..%s", ErrInvalid, p.First, p.Last)
	}
	tot, err := r.Totals(ctx, p)
	if err != nil {
		return Report{}, err
	}
	qs, err := r.Questions(ctx, p)
	if err != nil {
		return Report{}, err
	}
	_, textDays := policy.Kept(p)
	rep := summarize(tot, opts)
	rep.Period = ReportPeriod{First: p.First, Last: p.Last, Days: p.Len(), TimeZone: policy.Location().String()}
	rep.GeneratedAt = policy.Now().UTC().Truncate(time.Second)
	groups := GroupQuestions(qs, SimilarQuestions)
	rep.Unanswered = UnansweredStats{
		TextsKept: policy.KeepsText(), TextDays: len(textDays), Questions: len(qs),
		Groups: groups[:min(len(groups), cmp.Or(opts.TopQuestions, 10))],
	}
	return rep, nil
}

// summarize turns totals into a report without its period.
func summarize(t Totals, opts ReportOptions) Report {
	ev := t.Events
	rep := Report{Schema: ReportSchema, Conversations: t.Users}
	rep.Questions = QuestionStats{Answered: ev[KindAnswered], Declined: ev[KindDeclined], Clarifications: ev[KindClarified]}
	for _, nc := range topCounts(t.Articles, cmp.Or(opts.TopArticles, 5)) {
		a := ArticleCount{ID: nc.Name, Count: nc.Count}
		if opts.Title != nil {
			a.Title = opts.Title(nc.Name)
		}
		rep.Questions.TopArticles = append(rep.Questions.TopArticles, a)
	}
	rep.Funnel = []FunnelStep{
		{"assessment_started", "Assessment started", ev[KindAssessmentStarted]},
		{"assessment_completed", "Assessment completed", ev[KindAssessmentCompleted]},
		{"consultant_requested", "Consultant requested", ev[KindConsultRequested]},
		{"consultant_claimed", "Consultant claimed", ev[KindConsultClaimed]},
	}
	rep.Assessments = AssessmentStats{
		Started: ev[KindAssessmentStarted], Completed: ev[KindAssessmentCompleted], Abandoned: ev[KindAssessmentAbandoned],
		Outcomes: topCounts(t.Outcomes, 0),
	}
	for q, n := range t.AbandonedAt {
		rep.Assessments.AbandonedAt = append(rep.Assessments.AbandonedAt, StepCount{Question: q, Count: n})
	}
	slices.SortFunc(rep.Assessments.AbandonedAt, func(a, b StepCount) int { return cmp.Compare(a.Question, b.Question) })
	rep.Handoffs = HandoffStats{Requested: ev[KindConsultRequested], Claimed: ev[KindConsultClaimed], Closed: ev[KindConsultClosed]}
	if len(t.ClaimWaits) > 0 {
		rep.Handoffs.TimeToClaim = &ClaimTimes{
			Samples:       len(t.ClaimWaits),
			MedianSeconds: percentileSeconds(t.ClaimWaits, 0.5),
			P90Seconds:    percentileSeconds(t.ClaimWaits, 0.9),
		}
	}
	var all [5]int64
	for i := range 5 {
		all[i] = t.Ratings[RatedHandoff][i] + t.Ratings[RatedRecommendation][i]
	}
	rep.Satisfaction = Satisfaction{
		All:            ratingStats(all),
		Handoff:        ratingStats(t.Ratings[RatedHandoff]),
		Recommendation: ratingStats(t.Ratings[RatedRecommendation]),
	}
	rep.normalizeLists()
	return rep
}

// normalizeLists makes nil lists empty, so JSON shows [] rather than null.
func (r *Report) normalizeLists() {
	if r.Questions.TopArticles == nil {
		r.Questions.TopArticles = []ArticleCount{}
	}
	if r.Assessments.Outcomes == nil {
		r.Assessments.Outcomes = []NamedCount{}
	}
	if r.Assessments.AbandonedAt == nil {
		r.Assessments.AbandonedAt = []StepCount{}
	}
	if r.Unanswered.Groups == nil {
		r.Unanswered.Groups = []QuestionGroup{}
	}
}

// topCounts is m sorted by count (then name), at most n of them (0: all).
func topCounts(m map[string]int64, n int) []NamedCount {
	var out []NamedCount
	for k, v := range m {
		if v > 0 {
			out = append(out, NamedCount{Name: k, Count: v})
		}
	}
	slices.SortFunc(out, func(a, b NamedCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// percentileSeconds is the q-quantile of ds in whole seconds, linearly
// interpolated between the nearest samples (so the median of 60 s and
// 120 s is 90 s).
func percentileSeconds(ds []time.Duration, q float64) int64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	pos := q * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(s)-1)
	v := float64(s[lo]) + (pos-float64(lo))*float64(s[hi]-s[lo])
	return int64(math.Round(v / float64(time.Second)))
}

func ratingStats(dist [5]int64) RatingStats {
	r := RatingStats{Distribution: dist}
	var sum int64
	for i, n := range dist {
		r.Ratings += n
		sum += int64(i+1) * n
	}
	if r.Ratings > 0 {
		avg := math.Round(float64(sum)/float64(r.Ratings)*100) / 100
		r.Average = &avg
	}
	return r
}
