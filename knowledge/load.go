package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// requiredArticles are the articles the code refers to by id: the shapes
// route to them and the conversation links them.
var requiredArticles = []string{
	"what-is-cio", "what-is-cto", "difference", "focus", "responsibilities", "business-impact",
	"when-cio", "when-cto", "both", "virtual", "cost", "first-hire", "contact",
}

// Problem is one thing wrong with a set of articles, found by CheckDir.
type Problem struct {
	File string // the article's file name, "" for the set as a whole
	Text string
}

func (p Problem) String() string {
	if p.File == "" {
		return p.Text
	}
	return p.File + ": " + p.Text
}

// problemsError joins problems into one error, one problem a line.
func problemsError(ps []Problem) error {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return errors.New(strings.Join(lines, "\n"))
}

// readArticleFiles parses dir/*.md of fsys. It returns the articles whose front
// matter could be read, and a problem for each file that could not be read
// or whose content breaks a rule (front matter, id and file name, length,
// markup).
// It also returns the ids of every article file, read or not.
func readArticleFiles(fsys fs.FS, dir string) ([]Article, map[string]bool, []Problem) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.md"))
	if err != nil {
		return nil, nil, []Problem{{Text: fmt.Sprintf("list articles: %v", err)}}
	}
	if len(names) == 0 {
		return nil, nil, []Problem{{Text: "no articles (*.md files) found"}}
	}
	var (
		arts     []Article
		problems []Problem
		files    = make(map[string]bool, len(names))
	)
	for _, name := range names {
		file := path.Base(name)
		files[strings.TrimSuffix(file, ".md")] = true
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			problems = append(problems, Problem{file, fmt.Sprintf("read: %v", err)})
			continue
		}
		a, err := parseFrontMatter(string(src))
		if err != nil {
			problems = append(problems, Problem{file, "front matter: " + err.Error()})
			continue
		}
		if want := strings.TrimSuffix(file, ".md"); a.ID != want {
			problems = append(problems, Problem{file, fmt.Sprintf("front matter: id %q does not match the file name", a.ID)})
			continue
		}
		for _, msg := range validateBody(a) {
			problems = append(problems, Problem{file, msg})
		}
		arts = append(arts, a)
	}
	return arts, files, problems
}

// checkArticles finds problems across articles: related ids that name no
// article, and required articles missing. A required article whose file is
// there but could not be read (files) has its own problem already.
func checkArticles(arts []Article, files map[string]bool) []Problem {
	ids := make(map[string]bool, len(arts))
	for _, a := range arts {
		ids[a.ID] = true
	}
	var problems []Problem
	for _, a := range arts {
		for _, r := range a.Related {
			if !ids[r] {
				problems = append(problems, Problem{a.ID + ".md", fmt.Sprintf("related: unknown article id %q", r)})
			}
		}
	}
	for _, id := range requiredArticles {
		if !ids[id] && !files[id] {
			problems = append(problems, Problem{Text: fmt.Sprintf("missing required article %q (%s.md)", id, id)})
		}
	}
	return problems
}

// checkRouting asks every sample question of every article and reports the
// ones that are not answered by their own article.
func (b *Base) checkRouting() []Problem {
	var problems []Problem
	for _, a := range b.articles {
		for _, q := range a.Questions {
			r := b.Search(q)
			if r.Kind == KindArticle && r.ID == a.ID {
				continue
			}
			got := string(r.Kind)
			if r.Kind == KindArticle {
				got = r.ID
			}
			problems = append(problems, Problem{a.ID + ".md", fmt.Sprintf("sample question %q is answered by %s, not by this article (%s)", q, got, r.Why)})
		}
	}
	return problems
}

// Check validates a set of articles: the embedded ones when dir is "", else
// the *.md files of dir. It returns every problem found, sorted by file:
// front matter that can not be read, related ids that name no article,
// required articles missing, answers over the length limit, and sample
// questions that are not answered by their own article. An empty result
// means the articles can be loaded.
func Check(dir string) []Problem {
	var fsys fs.FS = content
	sub := "articles"
	if dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return []Problem{{Text: fmt.Sprintf("%s: not a readable directory", dir)}}
		}
		fsys, sub = os.DirFS(dir), "."
	}
	arts, files, problems := readArticleFiles(fsys, sub)
	if len(files) == 0 {
		return problems
	}
	problems = append(problems, checkArticles(arts, files)...)
	if len(arts) > 0 {
		// Route what can be read, as if the rest were fixed: related ids
		// that name no article are left out.
		ids := make(map[string]bool, len(arts))
		for _, a := range arts {
			ids[a.ID] = true
		}
		for i := range arts {
			arts[i].Related = keep(arts[i].Related, ids)
		}
		b, err := build(content, arts)
		if err != nil {
			problems = append(problems, Problem{Text: fmt.Sprintf("build the index: %v", err)})
		} else {
			problems = append(problems, b.checkRouting()...)
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].File < problems[j].File })
	return problems
}

// LoadDir builds a base from the articles in dir (*.md, the same format as
// the embedded ones) and the embedded lexicons. It refuses articles that
// fail Check; the error lists every problem, one a line.
func LoadDir(dir string) (*Base, error) {
	if problems := Check(dir); len(problems) > 0 {
		return nil, fmt.Errorf("articles in %s fail the check:\n%w", dir, problemsError(problems))
	}
	arts, _, _ := readArticleFiles(os.DirFS(dir), ".")
	return build(content, arts)
}

// keep returns the ids of list that are in ids.
func keep(list []string, ids map[string]bool) []string {
	var out []string
	for _, id := range list {
		if ids[id] {
			out = append(out, id)
		}
	}
	return out
}
