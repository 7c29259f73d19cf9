package dev.pictor.core.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Schema text as a Java string literal that javac reads back unchanged. JavaPoet's {@code $S} escapes quotes,
 * backslashes and control characters, but it breaks its output into lines at every character that {@code \R}
 * matches, U+2028 and U+2029 included, which it leaves unescaped: a property name or enum value holding one would end
 * up split across two lines, an unclosed string literal. Every literal made of schema text is written here.
 */
final class StringLiterals {

    private StringLiterals() {}

    /** {@code s} as a string literal: JavaPoet's {@code $S}, but on one line when {@code s} holds U+2028 or U+2029. */
    static CodeBlock of(String s) {
        return hasSeparator(s) ? CodeBlock.of("$L", oneLine(s)) : CodeBlock.of("$S", s);
    }

    /** {@code s} as the source text of a string literal, quotes included (for templates, which JavaPoet never sees). */
    static String text(String s) {
        return hasSeparator(s) ? oneLine(s) : CodeBlock.of("$S", s).toString();
    }

    private static boolean hasSeparator(String s) {
        return s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }

    /** The literal on one line, escaped as {@code $S} escapes, and the two separators as unicode escapes. */
    private static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
