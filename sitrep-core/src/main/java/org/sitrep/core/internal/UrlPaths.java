package org.sitrep.core.internal;

import java.util.Locale;

/** The path part of an article's address, as the place reader and the clusterer's slug reader both use it. */
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
}
