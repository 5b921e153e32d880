package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the conventions that keep internet text inert in the pages and the pages CSP-clean. */
class WebAssetsTest {
    private static final Pattern DANGEROUS_JS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new Function|setTimeout\\(\\s*['\"`]");
    private static final Pattern INLINE_HTML = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style|javascript:|https?://", Pattern.CASE_INSENSITIVE);

    private static List<Path> files(String glob) throws IOException, URISyntaxException {
        Path root = Path.of(WebAssetsTest.class.getResource("/org/sitrep/server/web/index.html").toURI()).getParent();
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> matcher.matches(root.relativize(p))).toList();
        }
    }

    @Test
    void scripts_neverParseStringsAsHtmlOrCode() throws Exception {
        List<Path> scripts = files("js/*.js");
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(6);
        for (Path p : scripts) {
            assertThat(DANGEROUS_JS.matcher(Files.readString(p)).find()).as(p.getFileName() + " uses an HTML/code sink").isFalse();
        }
    }

    @Test
    void pages_haveNoInlineScriptStyleHandlersOrRemoteAssets() throws Exception {
        List<Path> pages = files("*.html");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        for (Path p : pages) {
            String html = Files.readString(p);
            var m = INLINE_HTML.matcher(html);
            assertThat(m.find()).as(p.getFileName() + ": " + (m.find(0) ? m.group() : "")).isFalse();
            assertThat(html).as(p.getFileName().toString()).contains("<html lang=\"en\">").contains("name=\"viewport\"");
        }
    }

    @Test
    void stylesheets_loadNothingRemote() throws Exception {
        for (Path p : files("css/*.css")) {
            assertThat(Files.readString(p)).as(p.getFileName().toString()).doesNotContain("http:").doesNotContain("https:")
                    .doesNotContain("@import");
        }
    }
}
