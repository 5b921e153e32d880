package org.sitrep.core.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.Problem;

/**
 * Expands one input argument (a file, a directory, or a glob such as {@code data/**}{@code /*.jsonl}) into files,
 * visiting them one at a time in sorted order, so that a directory of any size is streamed: only the names of
 * one directory are held at once, never file contents. Hidden files and directories (name starting with '.')
 * are skipped inside directories; symbolic links to directories are not followed. In a glob, {@code **}{@code /}
 * also matches no directory at all, as in bash's globstar.
 */
final class InputWalker {
    private final Consumer<Path> files;
    private final Consumer<Problem> problems;

    InputWalker(Consumer<Path> files, Consumer<Problem> problems) {
        this.files = files;
        this.problems = problems;
    }

    /** Visits the files of one input; reports a problem when it names nothing. */
    void walk(String input) {
        int meta = firstGlobChar(input);
        if (meta < 0) {
            Path p = Paths.get(input);
            if (Files.isDirectory(p)) {
                walkDir(p, null, null, Integer.MAX_VALUE);
            } else if (Files.isRegularFile(p)) {
                files.accept(p);
            } else if (Files.exists(p)) {
                problems.accept(new Problem(input, "", "not a regular file or directory"));
            } else {
                problems.accept(new Problem(input, "", "no such file or directory"));
            }
            return;
        }
        String norm = input.replace('\\', '/');
        int slash = norm.lastIndexOf('/', meta);
        Path base = slash < 0 ? Paths.get("") : Paths.get(slash == 0 ? "/" : norm.substring(0, slash));
        String pattern = norm.substring(slash + 1);
        PathMatcher m1 = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        PathMatcher m2 = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", ""));
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
        Path root = base.toString().isEmpty() ? Paths.get(".") : base;
        if (!Files.isDirectory(root)) {
            problems.accept(new Problem(input, "", "no such directory: " + root));
            return;
        }
        long[] count = {0};
        Consumer<Path> outer = files;
        InputWalker counting = new InputWalker(p -> {
            count[0]++;
            outer.accept(p);
        }, problems);
        counting.walkDir(root, root, rel -> m1.matches(rel) || m2.matches(rel), depth);
        if (count[0] == 0) problems.accept(new Problem(input, "", "no files match this pattern"));
    }

    private void walkDir(Path dir, Path base, PathMatcherLike filter, int depth) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) names.add(name);
            }
        } catch (IOException | SecurityException e) {
            problems.accept(new Problem(dir.toString(), "", "cannot list directory: " + e.getMessage()));
            return;
        }
        names.sort(null);
        for (String name : names) {
            Path p = dir.resolve(name);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) attrs = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                problems.accept(new Problem(p.toString(), "", "cannot read file attributes: " + e.getMessage()));
                continue;
            }
            if (attrs.isDirectory()) {
                if (depth > 1 && !Files.isSymbolicLink(p)) walkDir(p, base, filter, depth - 1);
            } else if (attrs.isRegularFile()) {
                if (filter == null || filter.matches(base.relativize(p))) files.accept(normalize(p));
            }
        }
    }

    private static Path normalize(Path p) {
        return p.startsWith(".") && p.getNameCount() > 1 && p.getName(0).toString().equals(".")
                ? p.subpath(1, p.getNameCount()) : p;
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') return i;
        }
        return -1;
    }

    @FunctionalInterface
    private interface PathMatcherLike {
        boolean matches(Path relative);
    }
}
