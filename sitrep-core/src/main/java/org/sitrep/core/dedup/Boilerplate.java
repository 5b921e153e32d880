package org.sitrep.core.dedup;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises site chrome (paywalls, consent and sign-up pages, "page not found") by its shape rather than by
 * known strings: the page is short and a large share of its words are about the site, the reader's account or
 * the browser instead of about events. A text seen again under a different title is judged with a looser
 * bar, since real articles are rarely republished under unrelated headlines while chrome always is.
 */
final class Boilerplate {
    /** Words about the site, the reader's account and the browser: the vocabulary of chrome, not of news. */
    private static final Set<String> CHROME = Set.copyOf(java.util.List.of(
            "subscribe", "subscriber", "subscribers", "subscription", "subscriptions", "login", "log", "logged",
            "sign", "signup", "account", "accounts", "email", "emails", "password", "register", "registered",
            "registering", "registration", "cookie", "cookies", "privacy", "consent", "browser", "browsers",
            "javascript", "enable", "enabled", "notification", "notifications", "newsletter", "newsletters",
            "verification", "verify", "click", "button", "settings", "preferences", "delivery", "digital",
            "access", "terms", "policy", "tweet", "tweets", "twitter", "facebook", "username", "profile",
            "page", "found", "error", "unavailable", "advertisement", "advertising", "ads", "app", "download",
            "offer", "trial", "premium", "member", "membership", "website", "site", "link", "unsubscribe",
            "inbox", "zipcode", "owner", "comments", "comment", "welcome", "thank", "thanks", "continue",
            "reading", "free", "online", "visit", "share", "support"));

    /** Pages longer than this many words are never chrome. */
    static final int MAX_WORDS = 400;
    /** Share of chrome words that marks a short page as chrome on its own. */
    static final double CHROME_SHARE = 0.12;
    /** Share of chrome words that marks a short page as chrome once it recurs under another title. */
    static final double RECURRING_CHROME_SHARE = 0.04;

    private Boilerplate() {
    }

    /** Share of the words of {@code text} that belong to the chrome vocabulary. */
    static double chromeShare(String text) {
        int all = 0;
        int chrome = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) j++;
            if (j - i >= 2) {
                all++;
                if (j - i <= 13 && CHROME.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) chrome++;
            }
            i = j;
        }
        return all == 0 ? 0 : chrome / (double) all;
    }

    /** True when a page seen for the first time looks like chrome. */
    static boolean looksLikeChrome(int words, double share) {
        return words > 0 && words <= MAX_WORDS && share >= CHROME_SHARE;
    }

    /** True when a page that recurs under a different title looks like chrome. */
    static boolean recurringChrome(int words, double share) {
        return words <= MAX_WORDS && (share >= RECURRING_CHROME_SHARE || words <= 60);
    }
}
