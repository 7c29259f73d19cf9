package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An example that sends a property its schema does not declare: without {@code additionalProperties: false} the
 * provider silently ignores it, which is exactly the bug this project exists to prevent. Checked for examples
 * declared valid (one declared invalid is meant to break the schema), recursively through nested objects and array
 * items whose schema declares {@code properties}. A name is declared by {@code properties} (also inside
 * {@code allOf}, {@code anyOf}, {@code oneOf}), by a matching {@code patternProperties}, or by an
 * {@code additionalProperties} schema; an object whose schema uses {@code $ref} is not judged.
 */
public final class ExampleUndeclaredPropertyRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "example.undeclared-property",
            Severity.WARNING,
            "An example sends a property that the input schema does not declare.");

    private static final List<String> COMPOSITIONS = List.of("allOf", "anyOf", "oneOf");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (Example example : model.examples()) {
            if (example.valid()) {
                visit(example, model.effectiveInput(), example.input(), model, findings);
            }
        }
    }

    private static void visit(
            Example example, LocatedNode schemaNode, LocatedNode value, ModelDocument model, Findings findings) {
        if (!(schemaNode instanceof LocatedObject schema)) {
            return;
        }
        if (value instanceof LocatedObject object) {
            Optional<Declared> declared = declared(schema);
            if (declared.isEmpty()) {
                return;
            }
            for (Member m : object.members()) {
                LocatedNode propertySchema = declared.get().properties.get(m.name());
                if (propertySchema != null) {
                    visit(example, propertySchema, m.value(), model, findings);
                } else if (!declared.get().admits(m.name())) {
                    findings.report(
                            m.value(),
                            "example \"" + example.name() + "\" sends \"" + m.name() + "\" ("
                                    + SchemaTypes.withArticle(m.value().jsonType())
                                    + "), which the input schema does not"
                                    + " declare",
                            "a provider ignores or rejects an undeclared field: remove it from the example, or, if"
                                    + " the model takes it, " + SchemaEdit.hint(model, "declare it"));
                }
            }
        } else if (value instanceof LocatedArray array) {
            schema.get("items")
                    .ifPresent(items -> array.items().forEach(i -> visit(example, items, i, model, findings)));
        }
    }

    /** What an object schema declares; empty when it declares no properties or cannot be judged ($ref). */
    private static Optional<Declared> declared(LocatedObject schema) {
        Declared declared = new Declared();
        if (!declared.collect(schema) || !declared.hasProperties) {
            return Optional.empty();
        }
        return Optional.of(declared);
    }

    /** The names an object schema declares, gathered from it and its compositions. */
    private static final class Declared {

        final Map<String, LocatedNode> properties = new LinkedHashMap<>();
        final List<String> patterns = new ArrayList<>();
        /** Whether any part declares {@code properties}, even an empty one. */
        boolean hasProperties;
        /** An {@code additionalProperties} schema admits every other name. */
        boolean open;

        /** Adds what one schema and its compositions declare; false when a $ref makes the set unknowable. */
        boolean collect(LocatedObject schema) {
            if (schema.has("$ref")) {
                return false;
            }
            schema.object("properties").ifPresent(p -> {
                hasProperties = true;
                p.members().forEach(m -> properties.putIfAbsent(m.name(), m.value()));
            });
            schema.object("patternProperties").ifPresent(p -> p.members().forEach(m -> patterns.add(m.name())));
            open |= schema.get("additionalProperties")
                    .filter(a -> a instanceof LocatedObject)
                    .isPresent();
            for (String keyword : COMPOSITIONS) {
                for (LocatedNode branch :
                        schema.array(keyword).map(LocatedArray::items).orElse(List.of())) {
                    if (branch instanceof LocatedObject o && !collect(o)) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean admits(String name) {
            if (open) {
                return true;
            }
            for (String pattern : patterns) {
                try {
                    if (Pattern.compile(pattern).matcher(name).find()) {
                        return true;
                    }
                } catch (PatternSyntaxException e) {
                    return true; // a pattern Java cannot read: do not guess
                }
            }
            return false;
        }
    }
}
