package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaWalker;
import dev.pictor.core.validate.ReferenceValidator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Checks the keyword values a validator parses before it validates anything, so that a wrong one is a located
 * finding and never an exception: an {@code $id} must be a URI reference ({@code schema.invalid-id}), a {@code
 * pattern} and every name of {@code patternProperties} a regular expression the reference validator compiles
 * ({@code pattern.invalid}).
 */
final class KeywordValueChecker {

    private final Diagnostics diagnostics;

    KeywordValueChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** True when every {@code $id}, {@code pattern} and {@code patternProperties} name of the schema parses. */
    boolean check(LocatedNode schema, Dialect dialect) {
        boolean ids = Keywords.of(dialect).contains("$id");
        boolean[] ok = {true};
        SchemaWalker.walk(schema, sub -> {
            if (!(sub.node() instanceof LocatedObject object)) {
                return;
            }
            if (ids) {
                object.get("$id").ifPresent(id -> ok[0] &= checkId(id));
            }
            object.get("pattern").ifPresent(p -> p.asText().ifPresent(text -> ok[0] &= checkPattern(p, text, "")));
            object.get("patternProperties").flatMap(LocatedNode::asObject).ifPresent(map -> {
                for (Member m : map.members()) {
                    ok[0] &= checkPattern(m.value(), m.name(), " (a name of patternProperties)");
                }
            });
        });
        return ok[0];
    }

    private boolean checkId(LocatedNode id) {
        Optional<String> text = id.asText();
        if (text.isEmpty()) {
            return true; // the meta-schema says so (schema.invalid); a validator ignores it
        }
        try {
            new URI(text.get());
            return true;
        } catch (URISyntaxException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "schema.invalid-id",
                    id,
                    "$id " + id.toJackson() + " is not a URI reference: " + e.getReason()
                            + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""),
                    "write it as a URI (percent-encode a space as %20), or remove it");
            return false;
        }
    }

    private boolean checkPattern(LocatedNode at, String pattern, String where) {
        Optional<String> error = ReferenceValidator.patternError(pattern);
        error.ifPresent(why -> diagnostics.report(
                Severity.ERROR,
                "pattern.invalid",
                at,
                "pattern " + new com.fasterxml.jackson.databind.node.TextNode(pattern) + where
                        + " is not a regular expression: " + why,
                "correct it with a refinement; a validator cannot run it"));
        return error.isEmpty();
    }
}
