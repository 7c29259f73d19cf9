package dev.pictor.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pictor.core.diag.SourceLocation;
import java.io.IOException;

/**
 * What differs between the syntaxes {@link LocatedJsonReader} builds trees from: JSON, and YAML through
 * {@link YamlSyntax}. One instance serves one read (YAML keeps the document's anchors).
 */
interface Syntax {

    /** The prefix of the codes this syntax's findings have: {@code json} or {@code yaml}. */
    String code();

    /** A parser over the document's text, with its limits set. */
    JsonParser open(String text) throws IOException;

    /** What a parse failure says, in one line. */
    default String message(JsonProcessingException e) {
        return e.getOriginalMessage();
    }

    /** What to do about a parse failure. */
    String hint();

    /** Why a value after the document's root value is refused. */
    default String trailing() {
        return "unexpected content after the end of the document";
    }

    /** Whether the current token is a YAML alias, a value written elsewhere and repeated here. */
    default boolean isAlias(JsonParser parser) {
        return false;
    }

    /** The value the alias at the current token repeats, re-rooted at {@code pointer}; null when refused (reported). */
    default LocatedNode expand(JsonParser parser, SourceLocation at, String pointer) throws IOException {
        throw new IllegalStateException("no aliases in " + code());
    }

    /** Checks the start of a value (YAML: its tag) and returns the name it is anchored under, or null. */
    default String start(JsonParser parser, SourceLocation at) throws IOException {
        return null;
    }

    /** Remembers a value that was anchored, for the aliases that follow. */
    default void anchored(String anchor, LocatedNode value) {}

    /** Checks a member name (YAML: a merge key). */
    default void name(JsonParser parser, String name, SourceLocation at) {}

    /** The scalar at the current token; null when it is refused (reported). */
    LocatedNode scalar(JsonParser parser, SourceLocation at, String pointer) throws IOException;
}
