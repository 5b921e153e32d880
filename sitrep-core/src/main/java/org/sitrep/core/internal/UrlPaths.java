package org.sitrep.core.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The parts of an article's address that several stages read: its path (the place reader and the clusterer's slug
 * reader) and its site (outlet counts, the place reader's outlet priors).
 */
public final class UrlPaths {
    private UrlPaths() {
    }

    /**
     * The lower-cased path of the URL's last embedded http(s) address (an archive snapshot wraps the original),
     * without its query or fragment; empty when there is none.
     */
    public static String path(String url) {
        if (url == null) return "";
        String u = url.toLowerCase(Locale.ROOT);
        int at = Math.max(u.lastIndexOf("http://"), u.lastIndexOf("https://"));
        String rest = at < 0 ? u : u.substring(at);
        int host = rest.indexOf("//");
        int slash = rest.indexOf('/', host < 0 ? 0 : host + 2);
        if (slash < 0) return "";
        String p = rest.substring(slash);
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        int hash = p.indexOf('#');
        return hash < 0 ? p : p.substring(0, hash);
    }

    /** Leading host labels that name a copy of a site rather than another site (desktop, mobile, accelerated pages). */
    private static final Set<String> COPY_LABELS = Set.of("www", "m", "mobile", "amp");

    /**
     * The site of a host name, one key for its desktop, mobile and accelerated copies: lower-cased, without a port and
     * without leading "www.", "m.", "mobile." or "amp." labels as long as a dotted name remains ("m.news.example" and
     * "www.news.example" are both "news.example"; "m.example" stays as it is).
     */
    public static String site(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.indexOf(':');
        if (colon >= 0) h = h.substring(0, colon);
        while (true) {
            int dot = h.indexOf('.');
            if (dot < 0 || !COPY_LABELS.contains(h.substring(0, dot)) || h.indexOf('.', dot + 1) < 0) return h;
            h = h.substring(dot + 1);
        }
    }
}
