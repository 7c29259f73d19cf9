package dev.pictor.core.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a finding points: a path relative to the schemas root, always with {@code /}, and a 1-based line and column.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (file.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("paths in locations use '/': " + file);
        }
    }

    /** The start of a file, for findings about the file as a whole. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
