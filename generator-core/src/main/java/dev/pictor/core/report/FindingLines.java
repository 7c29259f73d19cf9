package dev.pictor.core.report;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How the text reports print a finding: {@code PATH:LINE:COL: SEVERITY: CODE: #/POINTER: message (hint: ...)}, with
 * PATH the location's file as the reader can open it (the schemas root as given joined to the file, for example)
 * and, when colour is on, the severity word in ANSI colour.
 *
 * @param path   turns a location's file (relative to its schemas root) into the PATH printed
 * @param colour whether the severity word is coloured
 */
public record FindingLines(UnaryOperator<String> path, boolean colour) {

    /** The files as they are, relative to the schemas root, without colour. */
    public static final FindingLines PLAIN = new FindingLines(UnaryOperator.identity(), false);

    private static final String RESET = "\u001b[0m";

    public FindingLines {
        Objects.requireNonNull(path, "path");
    }

    /** The finding's line, without its line end. */
    public String line(Diagnostic d) {
        return d.toText(path.apply(d.location().file()), word(d.severity()));
    }

    /** The severity word, coloured when colour is on. */
    public String word(Severity severity) {
        if (!colour) {
            return severity.word();
        }
        String start = switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case NOTE -> "\u001b[1;36m";
        };
        return start + severity.word() + RESET;
    }
}
