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
        for (String paragraph : lines(text).split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(escapeLine(paragraph.strip()));
            }
        }
        return String.join("\n<p>\n", paragraphs);
    }

    /**
     * Text for a line comment ({@code // Generated from ...}): on one line, and with every backslash doubled, so that
     * no {@code \u000a} in it forms the unicode escape of a line end, which javac reads before it sees the comment.
     */
    public static String lineComment(String text) {
        return lines(text).replace('\n', ' ').replace("\\", "\\\\");
    }

    /**
     * {@code text} with every line end as {@code \n}: CR LF, CR, and U+2028 and U+2029, which JavaPoet would break
     * a line at anyway (in a template's comment they would be left as they are, and javac reads them as text).
     */
    private static String lines(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
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
