package org.sitrep.core.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.internal.UrlPaths;

/**
 * Canonical URLs and outlets. Thread-safe, stateless.
 *
 * <p>Canonical form: web-archive snapshot URLs ({@code web.archive.org/web/<timestamp>/<original>}) are
 * unwrapped to the original; scheme and host are lowercased; default ports, the fragment, tracking parameters
 * (utm_*, fbclid, gclid and similar) and a trailing slash (except on the root) are removed. Other query
 * parameters are kept in order, since many news sites put the article id there.
 */
final class Urls {
    private static final Pattern ARCHIVE = Pattern.compile(
            "(?i)^https?://(?:web\\.)?(?:archive\\.org|wayback\\.archive\\.org)/web/\\d{1,14}[a-z_]*/(.+)$");
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "cmp", "ncid", "ocid", "sr_share",
            "s_cid", "spm", "icid", "ito", "smid", "smtyp", "at_medium", "at_campaign", "at_custom1", "at_custom2",
            "__twitter_impression", "rss", "feedtype", "mbid", "wt.mc_id", "taid", "soc_src",
            "soc_trk", "partner", "src");

    private Urls() {
    }

    /** The canonical form of a URL, or null when it is missing or not an http(s) URL. */
    static String canonical(String url) {
        if (url == null) return null;
        String u = url.strip();
        for (int i = 0; i < 3; i++) {
            Matcher m = ARCHIVE.matcher(u);
            if (!m.matches()) break;
            u = m.group(1);
            if (u.matches("(?i)^https?:/[^/].*")) u = u.replaceFirst(":/", "://");
            if (!u.matches("(?i)^https?://.*")) u = "http://" + u;
        }
        if (!u.matches("(?i)^https?://.+")) return null;
        URI uri;
        try {
            uri = new URI(u.replace(" ", "%20").replace("|", "%7C").replace("\"", "%22"));
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost();
        if (host == null) return null;
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) port = -1;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) path = path.replaceAll("/+$", "");
        if (path.isEmpty()) path = "/";
        StringBuilder sb = new StringBuilder(u.length());
        sb.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        if (port > 0) sb.append(':').append(port);
        sb.append(path);
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            for (String param : query.split("&")) {
                if (param.isEmpty()) continue;
                String key = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (key.startsWith("utm_") || TRACKING.contains(key)) continue;
                q.append(q.isEmpty() ? "" : "&").append(param);
            }
            if (!q.isEmpty()) sb.append('?').append(q);
        }
        return sb.toString();
    }

    /** The site of a canonical URL's host (without "www.", "m.", "amp.": {@link UrlPaths#site}), or null. */
    static String outlet(String canonicalUrl) {
        if (canonicalUrl == null) return null;
        int start = canonicalUrl.indexOf("://") + 3;
        int end = start;
        while (end < canonicalUrl.length() && "/:?#".indexOf(canonicalUrl.charAt(end)) < 0) end++;
        return UrlPaths.site(canonicalUrl.substring(start, end));
    }
}
