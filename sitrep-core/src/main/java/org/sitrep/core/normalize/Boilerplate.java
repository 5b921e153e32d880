package org.sitrep.core.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops whole lines that are page furniture rather than article text: photo credits, social-media embed lines
 * (a tweet's text ending in its "— Name (@handle) March 14, 2023" signature or a pic.twitter.com link), "Read
 * more:", "Advertisement", newsletter sign-ups, copyright notices, "Click here", share-button rows. Conservative
 * on purpose: a rule only matches a whole, short line (at most 300 characters) in a fixed shape, so an ordinary
 * sentence that merely mentions a photo or a newsletter is kept.
 *
 * <p>Choice for embedded posts: the line is dropped (its text is usually a repeat or an aside), but the date in
 * its signature is kept and returned, so that the normaliser can store it as {@code embedded_dates} for the date
 * extractor; a dated article sentence that quotes a post is an ordinary line and stays. Thread-safe.
 */
final class Boilerplate {
    /** The text without boilerplate lines, and the dates found in dropped embed signatures. */
    record Result(String text, List<LocalDate> embeddedDates, int droppedLines) {
    }

    private static final int MAX_LINE = 300;
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern EMBED_SIGNATURE = Pattern.compile(
            "(?i)[—–-]\\s*[^\\n]{1,80}?\\(@\\w{1,30}\\)\\s*(?:on\\s+)?(" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"
                    + MONTH + "\\s+\\d{4})\\s*$");
    private static final Pattern INSTAGRAM = Pattern.compile(
            "(?i)^A (?:post|video|photo) shared by .{1,80}\\(@[\\w.]{1,30}\\)(?: on (" + MONTH
                    + "\\s+\\d{1,2},?\\s+\\d{4}).*)?$");
    private static final Pattern TWITTER_PIC_END = Pattern.compile("(?i)pic\\.twitter\\.com/\\w+\\s*$");
    private static final Pattern[] DROP = {
        Pattern.compile("(?i)^\\(?\\s*(?:photo|photograph|image|picture|pic|video|graphic)s?(?:\\s+credit)?\\s*(?::|by\\b)"
                + "[^!?]{0,120}\\)?$"),
        Pattern.compile("(?i)^\\(?\\s*credits?\\s*:[^.!?]{0,120}\\)?$"),
        Pattern.compile("(?i)^\\(?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock)(?:\\s+Photo)?(?:\\s*/\\s*[^)]{1,80})?\\)?$"),
        Pattern.compile("(?i)^(?:find out more about|learn more about)\\b.{0,200}$"),
        Pattern.compile("(?i)^(?:read|see) (?:more|also)\\b(?:\\s*[:>»|\\-–—].{0,250})?$"),
        Pattern.compile("(?i)^(?:related|related (?:stories|articles|coverage|content)|more on this story|recommended"
                + "|also read|most read|trending|you may also like)\\s*(?::.{0,250})?$"),
        Pattern.compile("(?i)^(?:advertisement|advertisement\\s*-\\s*scroll to continue|sponsored( content)?"
                + "|story continues below(?: this)? ad(?:vertisement)?|continue reading(?: the main story| below)?)$"),
        Pattern.compile("(?i)^(?:sign up|subscribe|register)\\b.{0,200}\\b(?:newsletter|newsletters|email|e-mail|inbox"
                + "|alerts|updates|briefing)\\b.{0,120}$"),
        Pattern.compile("(?i)^(?:copyright\\s*(?:©|\\(c\\)|\\d{4})|©|\\(c\\)\\s*\\d{4}).{0,200}$"),
        Pattern.compile("(?i)^.{0,120}\\ball rights reserved\\.?$"),
        Pattern.compile("(?i)^click here (?:to|for)\\b.{0,200}$"),
        Pattern.compile("(?i)^follow (?:us|@\\w+|[\\w .]{1,40}) on (?:twitter|facebook|instagram|x|tiktok|telegram)\\b.{0,100}$"),
        Pattern.compile("(?i)^(?:(?:share(?: this(?: article| story)?| on)?|tweet|email|e-mail|print|facebook|twitter|whatsapp"
                + "|pinterest|linkedin|reddit|messenger|copy link|comments?)\\s*[|•·/,]?\\s*)+$"),
    };

    private Boilerplate() {
    }

    static Result strip(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        List<LocalDate> dates = new ArrayList<>();
        int dropped = 0;
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && t.length() <= MAX_LINE && isBoilerplate(t, dates)) {
                dropped++;
                continue;
            }
            out.append(line).append('\n');
        }
        if (dropped == 0) return new Result(text, List.of(), 0);
        return new Result(TextCleaner.whitespace(out.toString(), true), List.copyOf(dates), dropped);
    }

    private static boolean isBoilerplate(String line, List<LocalDate> dates) {
        Matcher m = EMBED_SIGNATURE.matcher(line);
        if (m.find()) {
            LocalDate d = Dates.parse(m.group(1));
            if (d != null) dates.add(d);
            return true;
        }
        m = INSTAGRAM.matcher(line);
        if (m.matches()) {
            if (m.group(1) != null) {
                LocalDate d = Dates.parse(m.group(1));
                if (d != null) dates.add(d);
            }
            return true;
        }
        if (TWITTER_PIC_END.matcher(line).find()) return true;
        for (Pattern p : DROP) {
            if (p.matcher(line).matches()) return true;
        }
        return false;
    }
}
