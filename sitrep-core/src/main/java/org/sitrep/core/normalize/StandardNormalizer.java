package org.sitrep.core.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.internal.Outcome;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * The default {@link Normalizer}. Stateless and thread-safe.
 *
 * <p>Order of work: take the text (or extract it from the HTML, which also supplies title, date, canonical URL
 * and page language when the record lacks them); repair text and title ({@link TextCleaner}); drop
 * boilerplate lines ({@link Boilerplate}), keeping the dates of dropped embed signatures in
 * {@code extra["embedded_dates"]}; then metadata. The published date is the record's date string, else a date
 * in the canonical URL's path, else an opening dateline, else the capture date of a WARC record; never the crawl time hidden in an archive URL, never
 * "now". An unparseable date string is a warning, not a failure. The language is the input's, else detected.
 */
final class StandardNormalizer implements Normalizer {
    static final StandardNormalizer INSTANCE = new StandardNormalizer();
    static final String EMBEDDED_DATES = "embedded_dates";

    private StandardNormalizer() {
    }

    @Override
    public Outcome<Article> normalize(RawRecord r) {
        List<Problem> warnings = new ArrayList<>();
        String title = r.title();
        String text = r.text();
        String date = r.date();
        String url = r.url();
        String pageLang = null;
        boolean fromHtml = false;
        if ((text == null || text.isBlank()) && r.html() != null && !r.html().isBlank()) {
            HtmlExtractor.Page page;
            try {
                page = HtmlExtractor.extract(r.html(), url);
            } catch (RuntimeException e) {
                return Outcome.failed(problem(r, "cannot parse HTML: " + e.getClass().getSimpleName()));
            }
            fromHtml = true;
            text = page.text();
            if (title == null || title.isBlank()) title = page.title();
            if (date == null) date = page.date();
            if (url == null) url = page.canonicalUrl();
            pageLang = page.lang();
        }
        String cleanTitle = TextCleaner.cleanLine(title);
        Boilerplate.Result stripped = Boilerplate.strip(TextCleaner.clean(text == null ? "" : text));
        String cleanText = stripped.text();
        boolean titleOnly = cleanText.isEmpty();
        if (titleOnly) {
            String why = fromHtml ? "no article text found in the HTML"
                    : text == null || text.isBlank() ? "record has no text"
                    : "no article text left after removing boilerplate lines";
            // a record's headline alone still says what happened where (feeds and crawls often carry only
            // that): it stands in as the text, so the article is clustered and its facts have evidence. An
            // HTML page without article text is more likely a page that is not an article: it fails.
            if (fromHtml || cleanTitle == null || cleanTitle.isBlank()) return Outcome.failed(problem(r, why));
            // one word ("en", "Home", "Error": a crawler's language code or a page's chrome) tells nothing that
            // happened, and identical ones would glue unrelated records into one incident
            if (cleanTitle.strip().split("\\s+").length < 2) {
                return Outcome.failed(problem(r, why + "; the title '" + abbreviate(cleanTitle) + "' is no headline"));
            }
            warnings.add(problem(r, why + "; the title stands in as its text"));
            cleanText = cleanTitle;
        }
        String canonical = Urls.canonical(url);
        if (url != null && !url.isBlank() && canonical == null) {
            warnings.add(problem(r, "not an http(s) URL, no canonical form: " + abbreviate(url)));
        }
        LocalDate published = Dates.parse(date);
        if (published == null && date != null && !date.isBlank()) {
            warnings.add(problem(r, "unrecognised date '" + abbreviate(date) + "'"));
        }
        if (published == null) published = Dates.fromUrl(canonical);
        if (published == null) published = Dates.fromDateline(cleanText);
        if (published == null) published = Dates.parse(r.extra().get(Ingestor.CAPTURE_DATE));
        String lang = Languages.normalizeCode(r.lang());
        if (lang == null) {
            lang = Languages.detect(cleanText);
            if (lang.equals(Languages.UNDETERMINED) && pageLang != null) lang = Languages.normalizeCode(pageLang);
        }
        // a title alone does not identify an article: consent walls, PDFs and error pages of many sites share one
        // ("en", "Page not found"), so a title-only record is the same content only at the same address
        String address = canonical != null ? canonical : url;
        String hash = sha256(cleanTitle + "\n" + cleanText + (titleOnly && address != null ? "\n" + address : ""));
        String id = r.id() != null && !r.id().isBlank() ? r.id().strip() : "a" + hash.substring(0, 16);
        Map<String, String> extra = r.extra();
        if (!stripped.embeddedDates().isEmpty()) {
            extra = new LinkedHashMap<>(r.extra());
            extra.put(EMBEDDED_DATES, stripped.embeddedDates().stream().map(LocalDate::toString).distinct()
                    .collect(Collectors.joining(",")));
        }
        String source = r.location().isEmpty() ? r.source() : r.source() + " (" + r.location() + ")";
        Article a = new Article(id, cleanTitle, cleanText, published, url, canonical, Urls.outlet(canonical), lang,
                hash, source, extra);
        return Outcome.ok(a, warnings);
    }

    private static Problem problem(RawRecord r, String message) {
        return new Problem(r.source(), r.location(), message);
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
