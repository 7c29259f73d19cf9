package dev.pictor.core.diag;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters: an ERROR fails the build, a WARNING fails it only when asked, a NOTE informs. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The word of a finding line: {@code error}, {@code warning} or {@code note}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The SARIF 2.1.0 {@code level} of a result with this severity. */
    public String sarifLevel() {
        return switch (this) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    /** Parses {@code error}, {@code WARNING}, ... case-insensitively; empty when the text names no severity. */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
