package dev.pictor.cli;

import dev.pictor.core.report.FindingLines;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --color auto|always|never}, of the commands that print findings as text. */
final class ColorOption {

    /** The values of {@code --color}. */
    enum When {
        AUTO,
        ALWAYS,
        NEVER;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(
            names = "--color",
            paramLabel = "auto|always|never",
            defaultValue = "auto",
            converter = WhenConverter.class,
            description = "Colour the severity words of the text output: auto (default: when a console is attached, "
                    + "TERM is not dumb and NO_COLOR is unset), always or never.")
    When when = When.AUTO;

    /** Whether the severity words are coloured on {@code terminal}. */
    boolean colour(Terminal terminal) {
        return when == When.ALWAYS || (when == When.AUTO && terminal.interactive());
    }

    /**
     * How findings are printed: the location's file joined to {@code given}, the schemas root as the command line gave
     * it, so that terminals and editors link the place.
     */
    FindingLines lines(Terminal terminal, String given) {
        return lines(terminal, file -> shown(given, file));
    }

    /** How findings are printed: {@code path} turns a location's file into the path shown. */
    FindingLines lines(Terminal terminal, UnaryOperator<String> path) {
        return new FindingLines(path, colour(terminal));
    }

    /** {@code given} joined to {@code file}, a path relative to it with {@code /}. */
    static String shown(String given, String file) {
        if (given == null || given.isEmpty()) {
            return file;
        }
        return Path.of(given).resolve(file).toString();
    }

    /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
    static final class WhenConverter implements ITypeConverter<When> {
        @Override
        public When convert(String value) {
            for (When w : When.values()) {
                if (w.name().equalsIgnoreCase(value.trim())) {
                    return w;
                }
            }
            throw new TypeConversionException("expected auto, always or never but was '" + value + "'");
        }
    }
}
