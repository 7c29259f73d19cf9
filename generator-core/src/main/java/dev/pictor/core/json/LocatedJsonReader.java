package dev.pictor.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.InputFiles;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNull;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON with Jackson's streaming parser into a {@link LocatedNode} tree. Malformed JSON, bytes that are not
 * UTF-8, duplicate member names, nesting deeper than {@link #MAX_DEPTH} and numbers too long or too large to expand
 * ({@link NumberLiterals}) become located diagnostics, never exceptions. {@link LocatedYamlReader} builds its trees
 * here too, through a YAML {@link Syntax}.
 */
public final class LocatedJsonReader {

    /** Real schemas nest a few dozen levels; anything deeper is refused before it can exhaust a stack. */
    public static final int MAX_DEPTH = 128;

    /**
     * The constraints both syntaxes parse under: nesting a little beyond {@link #MAX_DEPTH}, so that this reader
     * refuses first and at the right place; number literals as long as an input may be, since Jackson's own length
     * check reports no location: {@link NumberLiterals} checks each number where it stands.
     */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8)
            .maxNumberLength((int) InputFiles.MAX_BYTES)
            .build();

    private final String file;
    private final Diagnostics diagnostics;
    private final Syntax syntax;

    LocatedJsonReader(String file, Diagnostics diagnostics, Syntax syntax) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.syntax = syntax;
    }

    /**
     * Parses one document.
     *
     * @param file the path shown in diagnostics, relative to the schemas root, with {@code /}
     * @return the tree, or empty when the text is not well-formed JSON (the reason is in {@code diagnostics})
     */
    public static Optional<LocatedNode> read(String file, byte[] content, Diagnostics diagnostics) {
        return new LocatedJsonReader(file, diagnostics, new JsonSyntax(diagnostics)).parse(content);
    }

    Optional<LocatedNode> parse(byte[] content) {
        // Decoded first, so that columns count characters (UTF-16 units, as SARIF and editors do), not bytes.
        Optional<String> decoded = Utf8Text.decode(file, content, diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        JsonParser parser;
        try {
            parser = syntax.open(decoded.get());
        } catch (IOException e) {
            throw new UncheckedIOException("a parser over a string cannot fail to open", e);
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.report(
                        Severity.ERROR,
                        syntax.code() + ".malformed",
                        SourceLocation.startOf(file),
                        "the file is empty",
                        "a document is one " + syntax.code().toUpperCase(Locale.ROOT) + " object");
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
                        syntax.code() + ".malformed",
                        at(parser.currentTokenLocation()),
                        syntax.trailing(),
                        "a document holds exactly one " + syntax.code().toUpperCase(Locale.ROOT) + " value");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            // a constraint Jackson checks (nesting) says no location: the parser's position is where it stopped
            diagnostics.report(
                    Severity.ERROR,
                    syntax.code() + ".malformed",
                    at(e.getLocation() != null ? e.getLocation() : parser.currentLocation()),
                    syntax.message(e),
                    syntax.hint());
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

    /** Reads the value at the current token; null when it was refused (already reported). */
    private LocatedNode readValue(JsonParser parser, String pointer, int depth) throws IOException {
        SourceLocation location = at(parser.currentTokenLocation());
        if (syntax.isAlias(parser)) {
            return syntax.expand(parser, location, pointer);
        }
        String anchor = syntax.start(parser, location);
        LocatedNode value = readOwnValue(parser, location, pointer, depth);
        if (value != null && anchor != null) {
            syntax.anchored(anchor, value);
        }
        return value;
    }

    private LocatedNode readOwnValue(JsonParser parser, SourceLocation location, String pointer, int depth)
            throws IOException {
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            diagnostics.report(
                    Severity.ERROR,
                    syntax.code() + ".too-deep",
                    location,
                    "nesting deeper than " + MAX_DEPTH + " levels; the document is not read further",
                    "flatten the document; no provider schema nests this deep");
            return null;
        }
        if (token == JsonToken.START_OBJECT) {
            return readObject(parser, location, pointer, depth);
        }
        if (token == JsonToken.START_ARRAY) {
            return readArray(parser, location, pointer, depth);
        }
        return syntax.scalar(parser, location, pointer);
    }

    /**
     * A scalar as JSON has them: the string, number, boolean or null at the current token; null when a number is
     * refused (reported as {@code <syntax>.number-too-large}).
     */
    static LocatedNode jsonScalar(
            JsonParser parser, SourceLocation location, String pointer, String syntax, Diagnostics diagnostics)
            throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_STRING:
                return new LocatedString(location, pointer, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return NumberLiterals.read(parser.getText(), location, pointer, syntax, diagnostics);
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
            syntax.name(parser, name, nameLocation);
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
                        syntax.code() + ".duplicate-key",
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
