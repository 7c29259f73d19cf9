package dev.pictor.core.generate;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a run's output, rendered in memory before anything is written.
 *
 * @param kind    whether it goes to the source or the resource folder
 * @param path    its path relative to that folder, with {@code /}
 * @param content its text: UTF-8, lines ending in {@code \n}
 */
public record GeneratedFile(Kind kind, String path, String content) {

    /** Which output folder a file goes to. */
    public enum Kind {
        SOURCE,
        RESOURCE
    }

    public GeneratedFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.contains("//")) {
            throw new IllegalArgumentException("not a relative path with '/': " + path);
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a plain relative path: " + path);
            }
        }
    }

    /** The UTF-8 bytes of the content. */
    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
