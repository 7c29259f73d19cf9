package dev.pictor.core.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Text from a schema made safe for a Javadoc comment: it cannot close the comment, start a tag, form HTML or a
 * unicode escape that javac would read before the comment is even parsed, and it passes {@code -Xdoclint:all}.
 * Blank lines separate paragraphs.
 */
public final class JavadocText {

    private JavadocText() {}

    public static String escape(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(escapeLine(paragraph.strip()));
            }
        }
        return String.join("\n<p>\n", paragraphs);
    }

    private static String escapeLine(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '*' -> out.append("&#42;");
                default -> out.append(c < 0x20 && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
