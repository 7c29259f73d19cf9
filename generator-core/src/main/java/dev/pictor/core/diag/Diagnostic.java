package dev.pictor.core.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of a run: what rule, how severe, where (file, line, column and JSON Pointer), what is wrong and,
 * where it helps, what to do about it.
 *
 * @param pointer JSON Pointer of the offending node inside its document; empty for the whole document
 * @param hint    what to do, or empty
 */
public record Diagnostic(
        Severity severity, String code, SourceLocation location, String pointer, String message, String hint)
        implements Comparable<Diagnostic> {

    /** Reports sort by place first, so that a file reads top to bottom, then by rule and text for a stable order. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::pointer)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::severity);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, code, location, pointer, message, hint);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, location, pointer, message, newHint);
    }

    /**
     * The compiler-like one-line form, which terminals, editors and CI annotators link to the place:
     * {@code a/b/2025-11-20.json:14:7: error: range.min-above-max: #/input/properties/height: minimum 4096 > maximum
     * 2048}; the {@code #/pointer: } part only when there is a pointer, {@code (hint: ...)} only when there is a hint.
     */
    public String toText() {
        return toText(location.file());
    }

    /**
     * The one-line form of {@link #toText()} with {@code path} in place of the location's file (the schemas root as
     * the user gave it joined to that file, for example) and the severity word as it is.
     */
    public String toText(String path) {
        return toText(path, severity.word());
    }

    /**
     * The one-line form of {@link #toText()} with {@code path} in place of the location's file and {@code
     * severityWord} (a coloured {@link Severity#word()}, for example) in place of the severity word.
     */
    public String toText(String path, String severityWord) {
        StringBuilder text = new StringBuilder()
                .append(path)
                .append(':')
                .append(location.line())
                .append(':')
                .append(location.column())
                .append(": ")
                .append(severityWord)
                .append(": ")
                .append(code)
                .append(": ");
        if (!pointer.isEmpty()) {
            text.append('#').append(pointer).append(": ");
        }
        text.append(message);
        if (!hint.isEmpty()) {
            text.append(" (hint: ").append(hint).append(')');
        }
        return text.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
