package org.sitrep.core.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.internal.CalendarNames;

/**
 * Finds a publication date in a date string, a URL path or a dateline. Returns null when none is known, never
 * "now". Thread-safe, stateless.
 *
 * <p>Date strings: ISO 8601 dates and date-times (the date as written, before any zone shift), YYYYMMDD,
 * YYYY/MM/DD, "June 28, 2022", "28 June 2022", "Tue, 28 Jun 2022 10:00:00 GMT" (RFC 1123), "28/06/2022" and
 * "06/28/2022" (day first when the first number is over 12; otherwise month first, the US convention of most
 * English-language news sites), "28.06.2022" (always day first). Years outside 1900..2100 are rejected.
 */
final class Dates {
    private static final String MONTH_NAMES =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{2,6}Z?)?(?!\\d)");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY_SLASH = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern DMY_DOT = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern MDY_TEXT = Pattern.compile(
            "(?i)\\b" + MONTH_NAMES + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY_TEXT = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAMES + ",?\\s+(\\d{4})\\b");
    private static final Pattern URL_YMD = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/\\-_.]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s*[\\p{L}.' ]{1,30})?\\s*(?:\\([\\p{L} ]{1,30}\\))?\\s*[,:—–-]?\\s*)?"
                    + "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                    + "((?i)" + MONTH_NAMES + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH_NAMES + "\\s+\\d{4})"
                    + "\\s*(?:\\)|,)?\\s*(?:\\(\\w+\\))?\\s*[—–:-]");

    private Dates() {
    }

    /** Parses a date string in any supported format, or returns null. */
    static LocalDate parse(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.isEmpty() || t.length() > 200) return null;
        Matcher m = ISO.matcher(t);
        if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
        m = MDY_TEXT.matcher(t);
        if (m.find()) return ymd(m.group(3), String.valueOf(CalendarNames.monthOfStem(m.group(1))), m.group(2));
        m = DMY_TEXT.matcher(t);
        if (m.find()) return ymd(m.group(3), String.valueOf(CalendarNames.monthOfStem(m.group(2))), m.group(1));
        m = YMD_SLASH.matcher(t);
        if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
        m = DMY_SLASH.matcher(t);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            return a > 12 ? ymd(m.group(3), m.group(2), m.group(1)) : ymd(m.group(3), m.group(1), m.group(2));
        }
        m = DMY_DOT.matcher(t);
        if (m.find()) return ymd(m.group(3), m.group(2), m.group(1));
        m = COMPACT.matcher(t);
        if (m.find()) return ymd(m.group(1), m.group(2), m.group(3));
        return null;
    }

    /** The date in a URL path such as /2022/06/28/ or /20220628/, or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) return null;
        String path = url;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        Matcher m = URL_YMD.matcher(path);
        if (m.find()) {
            LocalDate d = ymd(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        m = URL_COMPACT.matcher(path);
        while (m.find()) {
            LocalDate d = ymd(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        return null;
    }

    /** The date of a dateline that opens the text ("KYIV, June 28, 2022 —"), or null. */
    static LocalDate fromDateline(String text) {
        if (text == null || text.isEmpty()) return null;
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        return m.find() ? parse(m.group(1)) : null;
    }

    private static LocalDate ymd(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) return null;
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
