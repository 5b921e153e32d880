package org.sitrep.core.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.model.Problem;

/**
 * Reads an RSS or Atom feed with ROME: one record per entry, with the entry's full content
 * ({@code content:encoded} or Atom content) or else its description as {@code html}, its link as url, its
 * guid/id as id, and its published (else updated) date. DOCTYPEs are refused (no external entities). Feeds over
 * the size cap are refused; ROME's exceptions become one problem.
 *
 * <p>The date is passed on as the feed wrote it ("Mon, 27 Jun 2022 21:30:00 -0400"), not as ROME's UTC instant:
 * the publication day is the day in the publisher's own zone, and an American evening story shifted to UTC would
 * be dated the next day, moving every "yesterday" and "on Sunday" resolved against it.
 */
final class FeedReader implements DocumentReader {
    private final long maxBytes;

    FeedReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream in, String source, RecordSink sink) throws IOException {
        byte[] bytes = Streams.readCapped(in, maxBytes);
        if (bytes == null) {
            sink.problem(Streams.tooLarge(source, "", maxBytes, "feed"));
            return;
        }
        SyndFeed feed;
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            sink.problem(new Problem(source, "", "not a readable RSS/Atom feed: " + Streams.firstLine(e.getMessage())));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        List<String> written = writtenDates(bytes, entries.size());
        int n = 0;
        for (SyndEntry e : entries) {
            n++;
            String body = content(e);
            String where = "entry " + n;
            if (body == null || body.isBlank()) {
                sink.problem(new Problem(source, where, "feed entry has no content or description"));
                continue;
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String dateText = written != null && written.get(n - 1) != null ? written.get(n - 1)
                    : date == null ? null : date.toInstant().toString();
            sink.accept(new RawRecord(source, where, blankToNull(e.getUri()), blankToNull(e.getTitle()), null,
                    body, dateText, blankToNull(e.getLink()), null, null));
        }
        if (n == 0) sink.problem(new Problem(source, "", "feed has no entries"));
    }

    /**
     * Each entry's date as written in the XML (published, pubDate or dc:date, else updated), in document order, or
     * null when the entries found here do not line up one to one with ROME's.
     */
    static List<String> writtenDates(byte[] bytes, int expected) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<String> out = new ArrayList<>(expected);
        for (Element entry : doc.select("item, entry")) {
            String d = first(entry, "published", "pubDate", "dc|date", "updated");
            out.add(d);
        }
        return out.size() == expected ? out : null;
    }

    private static String first(Element entry, String... tags) {
        for (String tag : tags) {
            Element el = entry.selectFirst("> " + tag);
            if (el != null && !el.text().isBlank()) return el.text().strip();
        }
        return null;
    }

    private static String content(SyndEntry e) {
        List<SyndContent> contents = e.getContents();
        StringBuilder sb = new StringBuilder();
        if (contents != null) {
            for (SyndContent c : contents) if (c.getValue() != null) sb.append(c.getValue()).append('\n');
        }
        if (!sb.isEmpty() && !sb.toString().isBlank()) return sb.toString();
        return e.getDescription() == null ? null : e.getDescription().getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
