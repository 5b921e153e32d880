package org.sitrep.core.extract.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.internal.Possessives;

/**
 * Normalises the speaker of a statement so that the mentions of one source read the same across sentences
 * and articles: a person is their fullest name in the article ("Mr Zelensky", "Zelensky" and "Ukrainian
 * President Volodymyr Zelensky" all read "Volodymyr Zelensky"); a state body reads "Country's body"
 * ("the Russian Defence Ministry": "Russia's defence ministry"); police of any kind read "police"; a role
 * keeps its article ("the regional governor"); a pronoun is the previous speaker. Not thread-safe: one per
 * article (it caches surname look-ups).
 */
final class Speakers {
    /** Words that open a speaker phrase without being part of it. */
    private static final Pattern OPENER = Pattern.compile("^(?:(?:But|And|However|Meanwhile|Overall|So|Yet|Also|Still|Now"
            + "|Earlier|Later|Separately|In|On|At)\\b,?\\s+)+");
    /** Titles and descriptions in front of a name: "Ukrainian President", "Kremlin spokesman", "Police Chief". */
    static final Set<String> TITLES = Set.of("president", "prime", "minister", "governor", "gov.", "gov", "mayor", "chief",
            "spokesman", "spokeswoman", "spokesperson", "sheriff", "police", "officer", "detective", "sgt.", "sgt", "sergeant",
            "lt.", "lt", "lieutenant", "capt.", "capt", "captain", "cpl.", "corporal", "deputy", "trooper", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "sen", "senator", "rep.", "rep", "representative", "councilman",
            "councilwoman", "commissioner", "general", "gen.", "col.", "colonel", "major", "secretary", "attorney", "district",
            "prosecutor", "judge", "pope", "foreign", "defence", "defense", "interior", "head", "leader", "regional", "state",
            "county", "city", "local", "former", "acting", "the", "a", "an", "kremlin", "white", "house", "pentagon", "army",
            "military", "agent", "special", "coroner", "investigator", "fire", "marshal", "superintendent", "assistant", "u.s.",
            "us", "federal", "presidential", "adviser", "advisor", "official", "senior", "of", "staff", "medical", "examiner",
            "public", "information", "witness", "neighbor", "neighbour", "resident", "father", "mother", "brother",
            "sister", "son", "daughter", "wife", "husband", "friend", "uncle", "aunt", "cousin", "grandmother", "grandfather");
    static final Map<String, String> COUNTRY = Map.ofEntries(Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"),
            Map.entry("israeli", "Israel"), Map.entry("syrian", "Syria"), Map.entry("iraqi", "Iraq"),
            Map.entry("iranian", "Iran"), Map.entry("turkish", "Turkey"), Map.entry("american", "US"), Map.entry("us", "US"),
            Map.entry("u.s.", "US"), Map.entry("chinese", "China"), Map.entry("british", "Britain"),
            Map.entry("french", "France"), Map.entry("german", "Germany"), Map.entry("pakistani", "Pakistan"),
            Map.entry("indian", "India"), Map.entry("afghan", "Afghanistan"), Map.entry("nigerian", "Nigeria"),
            Map.entry("palestinian", "Palestinian"), Map.entry("lebanese", "Lebanon"), Map.entry("yemeni", "Yemen"),
            Map.entry("saudi", "Saudi Arabia"), Map.entry("egyptian", "Egypt"), Map.entry("belarusian", "Belarus"),
            Map.entry("polish", "Poland"), Map.entry("japanese", "Japan"), Map.entry("korean", "Korea"));
    private static final Pattern BODY = Pattern.compile("(?i)^(?:the\\s+)?(?<who>(?-i:[A-Z])[\\p{L}.]*(?:['’]s)?)\\s+(?<body>"
            + "(?:(?:defen[cs]e|foreign|interior|health|emergencies|justice|general|armed)\\s+)?(?:ministry|military|army"
            + "|government|forces|armed\\s+forces|general\\s+staff|air\\s+force|navy|foreign\\s+office|presidency"
            + "|prosecutor['’]s\\s+office|prosecutor\\s+general['’]s\\s+office))$");
    private static final Pattern POLICE = Pattern.compile("(?i)\\b(?:police|PD|detectives?|officers?|troopers?|police\\s+department)\\b");
    private static final Pattern SHERIFF = Pattern.compile("(?i)\\b(?:sheriff['’]?s?\\s+(?:office|department)|deputies)\\b");
    private static final Pattern INSTITUTION_END = Pattern.compile("(?i)\\b(?:office|department|police|PD|officers|deputies"
            + "|detectives|troopers)$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:it|he|she|they)$");
    private static final Pattern NAME_TOKEN = Pattern.compile("^[A-Z][\\p{L}'’-]+\\.?$");
    private static final Set<String> NOT_SPEAKER = Set.of("this", "that", "which", "who", "what", "there", "here", "one",
            "report", "reports", "statement", "a statement", "the statement", "the report", "data", "media", "tuesday",
            "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "it has", "we", "i", "you");

    private static final Pattern INSTITUTION = Pattern.compile("Kremlin|Pentagon|Moscow|Kyiv|Kiev|Washington|Beijing|NATO|UN"
            + "|Police|Hamas|Hezbollah|Taliban|Ukraine|Russia|Israel|Reuters|AP|AFP|CNN|BBC");
    private static final Pattern WEEKDAY_MONTH = Pattern.compile("(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|january|february|march|april|may|june|july|august|september|october|november|december)");

    private static final Pattern FINAL_PUNCT = Pattern.compile("[,;:]$");
    private static final Pattern FINAL_DOT = Pattern.compile("(?<=[\\p{L}]{2})\\.$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LONE_INITIAL = Pattern.compile("[A-Z]\\.");

    private final String text;
    private final Map<String, String> fullNames = new HashMap<>();

    Speakers(String text) {
        this.text = text;
    }

    /** The normalised speaker of {@code raw}, {@code previous} for a pronoun, or null when it names no one. */
    String normalise(String raw, String previous) {
        String w = OPENER.matcher(raw.strip()).replaceFirst("").strip();
        w = FINAL_DOT.matcher(FINAL_PUNCT.matcher(w).replaceAll("")).replaceAll("").strip();
        if (w.isEmpty()) return null;
        if (PRONOUN.matcher(w).matches()) return previous;
        String lower = w.toLowerCase(Locale.ROOT);
        if (NOT_SPEAKER.contains(lower)) return null;
        Matcher body = BODY.matcher(w);
        if (body.matches()) {
            String who = Possessives.strip(body.group("who"));
            String country = COUNTRY.getOrDefault(who.toLowerCase(Locale.ROOT), who);
            return country + "'s " + body.group("body").toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        if (INSTITUTION_END.matcher(w).find()) {
            if (SHERIFF.matcher(w).find()) return "sheriff's office";
            if (POLICE.matcher(w).find()) return "police";
        }
        String[] tokens = WHITESPACE.split(w, 0);
        int firstName = -1;
        for (int i = 0; i < tokens.length; i++) {
            String tk = tokens[i].toLowerCase(Locale.ROOT);
            if (TITLES.contains(tk) || COUNTRY.containsKey(tk)) continue;
            if (NAME_TOKEN.matcher(tokens[i]).matches()) {
                firstName = i;
            }
            break;
        }
        boolean allNames = firstName >= 0;
        for (int i = Math.max(firstName, 0); allNames && i < tokens.length; i++) {
            if (!NAME_TOKEN.matcher(tokens[i]).matches() && !LONE_INITIAL.matcher(tokens[i]).matches()) allNames = false;
        }
        if (allNames && firstName >= 0) {
            List<String> name = List.of(tokens).subList(firstName, tokens.length);
            String n = Possessives.strip(String.join(" ", name));
            if (name.size() == 1) return fullName(n);
            if (Possessives.endsWithOne(name.getLast())) return w.replaceFirst("^(?i:the)\\s+", "");
            return n;
        }
        String[] words = w.split("\\s+", 2);
        if (words.length == 2 && COUNTRY.containsKey(words[0].toLowerCase(Locale.ROOT)) && Character.isLowerCase(words[1].charAt(0))
                && !words[1].endsWith("s")) {
            w = words[1];
        }
        if (SHERIFF.matcher(w).find()) return "sheriff's office";
        if (POLICE.matcher(w).find()) return "police";
        if (Character.isLowerCase(w.charAt(0)) || w.startsWith("The ") || w.startsWith("A ") || w.startsWith("An ")) {
            String l = Character.toLowerCase(w.charAt(0)) + w.substring(1);
            if (l.matches("^(?:a|an|one|another)\\s.*")) l = l.replaceFirst("^(?:a|an|one|another)\\s+", "a ").replaceFirst("^a (?=[aeiou])", "an ");
            boolean plural = l.matches(".*(?:s|ies|people|police|media)$") && !l.matches(".*(?:office|ss)$");
            if (!plural && !l.startsWith("the ") && !l.startsWith("a ")) l = "the " + l;
            if (plural) l = l.replaceFirst("^the\\s+", "");
            return l;
        }
        return w;
    }

    /** "Zelensky" as the fullest "First Zelensky" the article writes, else as it is. */
    private String fullName(String surname) {
        if (COUNTRY.containsValue(surname) || INSTITUTION.matcher(surname).matches()) return surname;
        return fullNames.computeIfAbsent(surname, s -> {
            Matcher m = Pattern.compile("\\b((?:[A-Z][\\p{L}'’-]+\\s+)(?:[A-Z]\\.\\s+|[A-Z][\\p{L}'’-]+\\s+)?)"
                    + Pattern.quote(s) + "\\b").matcher(text).useTransparentBounds(true);
            // every match is letters, spaces and dots ending in the surname: only the stretches of such characters
            // in front of each occurrence (joined when they touch) are searched, in text order, as the whole text would be
            for (int at = text.indexOf(s); at >= 0; ) {
                int from = nameRunStart(at);
                int to = at + s.length();
                int next = text.indexOf(s, at + 1);
                while (next >= 0 && nameRunStart(next) <= to) {
                    to = next + s.length();
                    next = text.indexOf(s, next + 1);
                }
                at = next;
                m.region(from, to);
                while (m.find()) {
                    String[] first = WHITESPACE.split(m.group(1).strip(), 0);
                    String f = first[first.length > 1 && TITLES.contains(first[0].toLowerCase(Locale.ROOT)) ? 1 : 0];
                    if (TITLES.contains(f.toLowerCase(Locale.ROOT)) || COUNTRY.containsKey(f.toLowerCase(Locale.ROOT))
                            || WEEKDAY_MONTH.matcher(f).matches()) continue;
                    String rest = String.join(" ", List.of(first).subList(List.of(first).indexOf(f), first.length));
                    return rest + " " + s;
                }
            }
            return s;
        });
    }

    /** The start of the run of letters, apostrophes, hyphens, dots and spaces that ends at {@code at}. */
    private int nameRunStart(int at) {
        int i = at;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (!(Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\n'
                    || c == '\u000B' || c == '\f' || c == '\r')) break;
            i--;
        }
        return i;
    }
}
