package ingest

import (
	"bytes"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// minArticleRunes is the shortest body readability may return for a page
// to count as an article; shorter means navigation, a login wall, an index.
const minArticleRunes = 80

// htmlArticle extracts the article of an HTML page with readability:
// title, publication date and body text. id is the article's id (path or
// URL); pageURL, when known, resolves relative links and is the article URL.
func htmlArticle(b []byte, id, pageURL, source string) (Item, error) {
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(bytes.NewReader(b), u)
	if err != nil {
		return Item{}, err
	}
	if art.Node == nil {
		return Item{}, ErrNoArticle
	}
	var buf strings.Builder
	if err := art.RenderText(&buf); err != nil {
		return Item{}, err
	}
	text := cleanText(buf.String())
	if len([]rune(text)) < minArticleRunes {
		return Item{}, ErrNoArticle
	}
	a := model.Article{ID: id, URL: pageURL, Title: strings.TrimSpace(art.Title()), Text: text}
	if t, err := art.PublishedTime(); err == nil {
		a.Date = t.Format("2006-01-02")
	}
	if source == "" {
		source = store.Publisher(pageURL)
	}
	return Item{Article: a, Source: source, Origin: id}, nil
}

// cleanText trims each line and keeps at most one blank line between
// paragraphs.
func cleanText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out []string
	blank := false
	for _, l := range lines {
		l = strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " "))
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// blockTags end a paragraph in fragmentText.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"figcaption": true, "pre": true, "hr": true, "ul": true, "ol": true, "table": true}

// fragmentText turns an HTML fragment (a feed item's content) into plain
// text with paragraphs on their own lines. Text without markup is only
// unescaped.
func fragmentText(s string) string {
	if !strings.Contains(s, "<") {
		return cleanText(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return cleanText(html.UnescapeString(s))
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "iframe":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			b.WriteString("\n\n")
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return cleanText(b.String())
}

// HTMLArticle extracts the article of an HTML page (title, publication date
// when the page states one, body text) for callers outside ingest, such as
// `eventgraph extract`. It returns ErrNoArticle for a page with no article.
func HTMLArticle(b []byte, id, pageURL string) (model.Article, error) {
	it, err := htmlArticle(b, id, pageURL, "")
	if err != nil {
		return model.Article{}, err
	}
	return it.Article, nil
}
