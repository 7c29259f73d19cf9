package dev.pictor.core.lint.rules;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.model.ModelDocument;
import java.util.List;

/**
 * The input or the output schema of a model document, with the name messages use for it. Which form they are in
 * (published or refined) is the linter's choice: it runs every rule on both views.
 */
public record SchemaPart(String name, LocatedNode schema) {

    public static List<SchemaPart> of(ModelDocument model) {
        return List.of(new SchemaPart("input", model.input()), new SchemaPart("output", model.output()));
    }
}
