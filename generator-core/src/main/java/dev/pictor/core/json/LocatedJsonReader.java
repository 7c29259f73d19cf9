package dev.pictor.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNull;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON with Jackson's streaming parser into a {@link LocatedNode} tree. Malformed JSON, duplicate member names
 * and nesting deeper than {@link #MAX_DEPTH} become located diagnostics, never exceptions.
 */
public final class LocatedJsonReader {

    /** Real schemas nest a few dozen levels; anything deeper is refused before it can exhaust a stack. */
    public static final int MAX_DEPTH = 128;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .build())
            .build();

    private final String file;
    private final Diagnostics diagnostics;

    private LocatedJsonReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * Parses one document.
     *
     * @param file the path shown in diagnostics, relative to the schemas root, with {@code /}
     * @return the tree, or empty when the text is not well-formed JSON (the reason is in {@code diagnostics})
     */
    public static Optional<LocatedNode> read(String file, byte[] content, Diagnostics diagnostics) {
        return new LocatedJsonReader(file, diagnostics).parse(content);
    }

    private Optional<LocatedNode> parse(byte[] content) {
        // Decoded first, so that columns count characters (UTF-16 units, as SARIF and editors do), not bytes.
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.report(
                        Severity.ERROR,
                        "json.malformed",
                        SourceLocation.startOf(file),
                        "the file is empty",
                        "a document is one JSON object");
                return Optional.empty();
            }
            LocatedNode root = readValue(parser, "", 0);
            if (root == null) {
                return Optional.empty();
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                diagnostics.report(
                        Severity.ERROR,
                        "json.malformed",
                        at(parser.currentTokenLocation()),
                        "unexpected content after the end of the document",
                        "a document holds exactly one JSON value");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "json.malformed",
                    at(e.getLocation()),
                    e.getOriginalMessage(),
                    "fix the JSON syntax at this position");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "file.unreadable",
                    SourceLocation.startOf(file),
                    "cannot read: " + e.getMessage(),
                    null);
            return Optional.empty();
        }
    }

    /** Reads the value at the current token; null when the depth limit was hit (already reported). */
    private LocatedNode readValue(JsonParser parser, String pointer, int depth) throws IOException {
        SourceLocation location = at(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            diagnostics.report(
                    Severity.ERROR,
                    "json.too-deep",
                    location,
                    "nesting deeper than " + MAX_DEPTH + " levels; the document is not read further",
                    "flatten the document; no provider schema nests this deep");
            return null;
        }
        switch (token) {
            case START_OBJECT:
                return readObject(parser, location, pointer, depth);
            case START_ARRAY:
                return readArray(parser, location, pointer, depth);
            case VALUE_STRING:
                return new LocatedString(location, pointer, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                String literal = parser.getText();
                return new LocatedNumber(location, pointer, new BigDecimal(literal), literal);
            case VALUE_TRUE:
                return new LocatedBoolean(location, pointer, true);
            case VALUE_FALSE:
                return new LocatedBoolean(location, pointer, false);
            case VALUE_NULL:
                return new LocatedNull(location, pointer);
            default:
                throw new IllegalStateException("unexpected token " + token + " at " + location);
        }
    }

    private LocatedNode readObject(JsonParser parser, SourceLocation location, String pointer, int depth)
            throws IOException {
        List<Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            SourceLocation nameLocation = at(parser.currentTokenLocation());
            parser.nextToken();
            LocatedNode value = readValue(parser, JsonPointer.append(pointer, name), depth + 1);
            if (value == null) {
                return null;
            }
            if (seen.add(name)) {
                members.add(new Member(name, nameLocation, value));
            } else {
                diagnostics.report(
                        Severity.ERROR,
                        "json.duplicate-key",
                        nameLocation,
                        "member \"" + name + "\" appears twice in " + (pointer.isEmpty() ? "the root object" : pointer)
                                + "; readers disagree on which one wins",
                        "keep one of them");
            }
        }
        return new LocatedObject(location, pointer, members);
    }

    private LocatedNode readArray(JsonParser parser, SourceLocation location, String pointer, int depth)
            throws IOException {
        List<LocatedNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            LocatedNode item = readValue(parser, JsonPointer.append(pointer, items.size()), depth + 1);
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        return new LocatedArray(location, pointer, items);
    }

    private SourceLocation at(JsonLocation location) {
        if (location == null) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
