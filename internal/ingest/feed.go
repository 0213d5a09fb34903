package ingest

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"eventgraph/internal/model"
	"eventgraph/internal/store"
)

// feedItem is an RSS 2.0 / RSS 1.0 item or an Atom entry, decoded into
// one shape.
type feedItem struct {
	Title       string     `xml:"title"`
	Link        []feedLink `xml:"link"`
	GUID        string     `xml:"guid"`
	ID          string     `xml:"id"`
	Description string     `xml:"description"`
	Summary     feedText   `xml:"summary"`
	Content     feedText   `xml:"content"` // Atom content; RSS content:encoded has the same local name
	Encoded     string     `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string     `xml:"pubDate"`
	DCDate      string     `xml:"http://purl.org/dc/elements/1.1/ date"`
	Published   string     `xml:"published"`
	Updated     string     `xml:"updated"`
	About       string     `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
}

// feedLink is an RSS <link>URL</link> or an Atom <link href rel/>.
type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// feedText is Atom text: escaped HTML, plain text, or inline XHTML.
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

func (t feedText) html() string {
	if t.Type == "xhtml" {
		return t.Inner
	}
	return t.Text
}

// link returns the item's article URL: RSS link text, else the Atom link
// with rel alternate (or none).
func (it *feedItem) link() string {
	for _, l := range it.Link {
		if s := strings.TrimSpace(l.Text); s != "" {
			return s
		}
	}
	for _, l := range it.Link {
		if l.Href != "" && (l.Rel == "" || l.Rel == "alternate") {
			return strings.TrimSpace(l.Href)
		}
	}
	if isURL(it.GUID) {
		return strings.TrimSpace(it.GUID)
	}
	return strings.TrimSpace(it.About)
}

// body returns the richest text the item carries, as HTML.
func (it *feedItem) body() string {
	for _, s := range []string{it.Encoded, it.Content.html(), it.Description, it.Summary.html()} {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// readFeed reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed and emits one
// article per item: its content (else description) as text, its link as
// URL, its publication date as date. Items are decoded one at a time, so
// the items before a break in the XML are kept; the break itself is the
// source's error.
func readFeed(ctx context.Context, r io.Reader, name string, emit Emit) error {
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charset.NewReaderLabel
	root := ""
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if root == "" {
				return ErrNotFeed
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("parse feed: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			switch strings.ToLower(se.Name.Local) {
			case "rss", "feed", "rdf":
				root = se.Name.Local
				continue
			}
			return fmt.Errorf("%w: root element <%s>", ErrNotFeed, se.Name.Local)
		}
		if se.Name.Local != "item" && se.Name.Local != "entry" {
			continue
		}
		var fi feedItem
		if err := dec.DecodeElement(&fi, &se); err != nil {
			return fmt.Errorf("parse feed item %d: %w", n+1, err)
		}
		n++
		if err := emitStop(emit, feedArticle(&fi, name, n)); err != nil {
			return err
		}
	}
}

// feedArticle turns a decoded item into an Item.
func feedArticle(fi *feedItem, name string, n int) Item {
	link := fi.link()
	id := link
	if id == "" {
		id = strings.TrimSpace(fi.GUID)
	}
	if id == "" {
		id = strings.TrimSpace(fi.ID)
	}
	if id == "" {
		id = fmt.Sprintf("%s#%d", name, n)
	}
	date := ""
	for _, d := range []string{fi.PubDate, fi.DCDate, fi.Published, fi.Updated} {
		if date = normDate(d); date != "" {
			break
		}
	}
	a := model.Article{ID: id, URL: link, Title: fragmentText(fi.Title), Date: date,
		Text: strings.ToValidUTF8(fragmentText(fi.body()), "\uFFFD")}
	it := Item{Article: a, Source: store.Publisher(link), Origin: name}
	if strings.TrimSpace(a.Text) == "" {
		it.Err = fmt.Errorf("feed item %d: %w", n, ErrNoArticle)
	}
	return it
}
