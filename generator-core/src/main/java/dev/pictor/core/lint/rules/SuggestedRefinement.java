package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;

/**
 * A refinement a hint offers, written as a model document's {@code refinements} entry so that a user can paste it.
 *
 * @param path a JSON Pointer into the model document, under {@code /input} or {@code /output}
 * @param value what to set there; empty for a removal
 * @param why the reason the entry carries
 */
record SuggestedRefinement(String path, Optional<JsonNode> value, String why) {

    /** A refinement that sets {@code value} at {@code path}. */
    static SuggestedRefinement set(String path, JsonNode value, String why) {
        return new SuggestedRefinement(path, Optional.of(value), why);
    }

    /** A refinement that removes what is at {@code path}. */
    static SuggestedRefinement remove(String path, String why) {
        return new SuggestedRefinement(path, Optional.empty(), why);
    }

    /** The entry as one line of JSON: {@code {"path": "...", "value": ..., "why": "..."}}. */
    String json() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return "{\"path\": " + json.textNode(path) + ", "
                + value.map(v -> "\"value\": " + v).orElse("\"remove\": true") + ", \"why\": "
                + json.textNode(why) + "}";
    }
}
