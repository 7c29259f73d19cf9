package dev.pictor.core.imports;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNull;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import java.util.List;

/**
 * Writes a model document the way the repository's documents are written: 2-space indentation, {@code "key": value},
 * one array item per line, {@code \n} line ends and a final newline, UTF-8 text with only what JSON requires escaped.
 * The members come in a fixed order: provider, model, version, snapshot, providerVersion, task, origin, source,
 * dialect, description, deprecated, operation (OpenAPI imports), input, output.
 *
 * <p>The schemas are written from the parsed tree, so members keep their order and numbers keep their literal
 * ({@code 1}, {@code 1.0} and {@code 1e2} stay as they were written); only whitespace and string escapes change
 * ({@code "\u00e9"} is written as {@code "é"}, the same string).
 */
public final class DocumentText {

    private static final String INDENT = "  ";

    private DocumentText() {}

    static String render(ImportedModel m) {
        StringBuilder out = new StringBuilder(4096);
        out.append("{\n");
        member(out, "provider", string(m.provider()));
        member(out, "model", string(m.model()));
        member(out, "version", string(m.version()));
        member(out, "snapshot", string(m.snapshot()));
        m.providerVersion().ifPresent(v -> member(out, "providerVersion", string(v)));
        member(out, "task", string(m.task()));
        member(out, "origin", string("published"));
        member(out, "source", string(m.source()));
        member(out, "dialect", string(m.dialect().uri()));
        m.description().ifPresent(d -> member(out, "description", string(d)));
        m.deprecated().ifPresent(d -> member(out, "deprecated", d.toString()));
        m.operation().ifPresent(o -> {
            out.append(INDENT).append(string("operation")).append(": ");
            value(out, o, 1);
            out.append(",\n");
        });
        out.append(INDENT).append(string("input")).append(": ");
        value(out, m.input(), 1);
        out.append(",\n");
        out.append(INDENT).append(string("output")).append(": ");
        value(out, m.output(), 1);
        out.append("\n}\n");
        return out.toString();
    }

    /** The JSON text of one value at the given depth, pretty-printed as documents are. */
    public static String pretty(LocatedNode node) {
        StringBuilder out = new StringBuilder();
        value(out, node, 0);
        return out.append('\n').toString();
    }

    private static void member(StringBuilder out, String name, String jsonValue) {
        out.append(INDENT).append(string(name)).append(": ").append(jsonValue).append(",\n");
    }

    private static void value(StringBuilder out, LocatedNode node, int depth) {
        if (node instanceof LocatedObject object) {
            List<Member> members = object.members();
            if (members.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            for (int i = 0; i < members.size(); i++) {
                indent(out, depth + 1);
                out.append(string(members.get(i).name())).append(": ");
                value(out, members.get(i).value(), depth + 1);
                out.append(i < members.size() - 1 ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (node instanceof LocatedArray array) {
            List<LocatedNode> items = array.items();
            if (items.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < items.size(); i++) {
                indent(out, depth + 1);
                value(out, items.get(i), depth + 1);
                out.append(i < items.size() - 1 ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append(']');
        } else if (node instanceof LocatedString s) {
            out.append(string(s.value()));
        } else if (node instanceof LocatedNumber n) {
            out.append(n.literal());
        } else if (node instanceof LocatedBoolean b) {
            out.append(b.value());
        } else if (node instanceof LocatedNull) {
            out.append("null");
        } else {
            throw new IllegalStateException("unknown node " + node);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    /** A JSON string literal: quotes, backslashes, control characters and unpaired surrogates escaped. */
    static String string(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    boolean unpaired = Character.isHighSurrogate(c)
                            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    if (c < 0x20 || c == 0x7f || unpaired) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
