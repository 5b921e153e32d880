package org.sitrep.core.normalize;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the main article text and its metadata from an HTML page with jsoup. Thread-safe, stateless.
 */
final class HtmlExtractor {
    /*
     * Design, after Readability and boilerpipe. (1) Metadata is read first, from the untouched page: title from
     * og:title, <title> or the first h1; date from the usual meta tags, JSON-LD datePublished, or a <time>
     * element; canonical URL from <link rel=canonical> or og:url; language from <html lang>. (2) Furniture is
     * removed: scripts, styles, forms, nav/header/footer/aside, figure captions, iframes, hidden elements, and
     * any element whose class or id names an ad, share widget, related-story teaser, newsletter box, comment
     * section and so on, unless it holds most of the page's text (some sites put "share" in the class of the
     * article container). (3) Each paragraph-like block (p, pre, blockquote, td, li, and divs holding text
     * directly) scores 1 + its commas + one point per 100 characters (at most 3), times (1 - link density);
     * the score goes to its parent in full and to its grandparent in half. The best-scoring container wins,
     * and its siblings that score at least a fifth of it, or that are long low-link paragraphs, join it.
     * (4) The winners are linearised to text, one paragraph per block element, joined by blank lines; short
     * paragraphs that are mostly links are dropped.
     */

    /** What a page yields; any field may be null, text may be empty. */
    record Page(String title, String text, String date, String canonicalUrl, String lang) {
    }

    private static final Pattern JUNK = Pattern.compile("(?i)(?:^|[\\s_-])(?:ad|ads|adv|advert\\w*|sponsor\\w*|promo\\w*"
            + "|share\\w*|sharing|social|related|recommend\\w*|newsletter\\w*|subscri\\w*|signup|comment\\w*|footer"
            + "|masthead|nav\\w*|menu\\w*|sidebar|breadcrumbs?|cookie\\w*|consent|popup|modal|teaser\\w*|outbrain"
            + "|taboola|caption\\w*|credit\\w*|tags?|byline|author-bio|more-stories|most-popular|trending|widget\\w*"
            + "|banner|skip-link|print-only|visually-hidden|sr-only)(?:$|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td", "li", "dd");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "br",
            "hr", "header", "footer", "figure", "address", "center");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publication_date]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
        "meta[name=dc.date]", "meta[name=dcterms.created]", "meta[name=dcterms.date]", "meta[name=date]",
        "meta[name=citation_publication_date]", "meta[name=article.published]", "meta[name=originalpublicationdate]",
        "meta[property=og:updated_time]"};

    private HtmlExtractor() {
    }

    static Page extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                doc.title(), text(doc.selectFirst("h1")));
        String date = date(doc);
        String canonical = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "meta[property=og:url]"));
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        Element body = doc.body();
        clean(body);
        return new Page(title, mainText(body), date, canonical, lang);
    }

    private static String date(Document doc) {
        for (String q : DATE_META) {
            String v = meta(doc, q);
            if (v != null) return v;
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(s.data());
            if (m.find()) return m.group(1);
        }
        Element t = doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
        if (t == null) t = doc.selectFirst("article time[datetime], time[datetime]");
        if (t != null) return t.attr("datetime");
        Element it = doc.selectFirst("[itemprop=datePublished]");
        return it == null ? null : firstNonBlank(it.attr("content"), it.text());
    }

    private static void clean(Element body) {
        body.select("script, style, noscript, iframe, form, nav, header, footer, aside, figcaption, button, input,"
                + " select, textarea, svg, canvas, template, object, embed, video, audio, [hidden],"
                + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
                + " [role=search]").remove();
        int total = Math.max(1, body.text().length());
        List<Element> junk = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                junk.add(e);
                continue;
            }
            String key = e.className() + " " + e.id();
            if (key.isBlank() || !JUNK.matcher(key).find()) continue;
            if (e.tagName().equals("article") || e.tagName().equals("main")) continue;
            junk.add(e);
        }
        for (Element e : junk) {
            if (e.parent() == null) continue;
            if (e.text().length() * 2 > total) continue;
            e.remove();
        }
    }

    private static String mainText(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!PARAGRAPHS.contains(e.tagName()) && !(e.tagName().equals("div") && hasDirectText(e))) continue;
            String t = e.text();
            if (t.length() < 25) continue;
            double score = 1 + count(t, ',') + Math.min(t.length() / 100.0, 3.0);
            score *= 1 - linkDensity(e, t.length());
            Element parent = e.parent();
            if (parent == null) continue;
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) scores.merge(grand, score / 2, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getValue() > bestScore) {
                bestScore = en.getValue();
                best = en.getKey();
            }
        }
        if (best == null) return linearize(List.of(body));
        List<Element> parts = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            parts.add(best);
        } else {
            for (Element sib : parent.children()) {
                if (sib == best) {
                    parts.add(sib);
                    continue;
                }
                Double s = scores.get(sib);
                String t = sib.text();
                if (s != null && s >= bestScore * 0.2
                        || sib.tagName().equals("p") && t.length() > 80 && linkDensity(sib, t.length()) < 0.25) {
                    parts.add(sib);
                }
            }
        }
        return linearize(parts);
    }

    private static String linearize(List<Element> roots) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        NodeVisitor v = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String t = tn.text();
                    current.append(t);
                    if (inLink[0] > 0) linkChars[0] += t.strip().length();
                } else if (node instanceof Element el) {
                    if (el.tagName().equals("a")) inLink[0]++;
                    if (BLOCKS.contains(el.tagName())) flush(paragraphs, current, linkChars);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el.tagName().equals("a")) inLink[0]--;
                    if (BLOCKS.contains(el.tagName())) flush(paragraphs, current, linkChars);
                }
            }
        };
        for (Element root : roots) {
            root.traverse(v);
            flush(paragraphs, current, linkChars);
        }
        return String.join("\n\n", paragraphs);
    }

    private static void flush(List<String> out, StringBuilder current, int[] linkChars) {
        String p = current.toString().replaceAll("\\s+", " ").strip();
        int links = linkChars[0];
        current.setLength(0);
        linkChars[0] = 0;
        if (p.isEmpty()) return;
        if (links > 0 && links >= p.length() * 0.6 && p.length() < 300) return;
        out.add(p);
    }

    private static boolean hasDirectText(Element e) {
        for (TextNode t : e.textNodes()) if (t.text().strip().length() > 20) return true;
        return false;
    }

    private static double linkDensity(Element e, int textLength) {
        if (textLength == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1.0, links / (double) textLength);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : firstNonBlank(e.attr("content"));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : firstNonBlank(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : firstNonBlank(e.text());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
