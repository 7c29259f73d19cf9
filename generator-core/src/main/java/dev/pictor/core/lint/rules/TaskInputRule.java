package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.schema.SchemaRefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The model's task needs an input that the schema leaves optional: inpainting needs an image and a mask,
 * image-to-image an image. Typical of one schema pasted under several models; generated code would let a caller
 * leave the image out and learn it from an HTTP 400.
 */
public final class TaskInputRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "task.input-optional",
            Severity.WARNING,
            "The model's task needs an input (image, mask) that the schema leaves optional.");

    /** Names that contain "image" but say something about the image rather than carry it. */
    private static final List<String> NOT_AN_IMAGE = List.of("format", "size", "resolution");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        boolean needsMask = model.task().equals("inpainting");
        boolean needsImage = needsMask || model.task().equals("image-to-image");
        if (!needsImage || !(model.input() instanceof LocatedObject document)) {
            return;
        }
        LocatedObject input = requestBody(model, document);
        Map<String, LocatedNode> properties = properties(document, input);
        Predicate<String> image = name -> isImage(name, properties.get(name));
        Predicate<String> mask = name -> isMask(name, properties.get(name));
        boolean imageMissing = !requires(document, input, image);
        boolean maskMissing = needsMask && !requires(document, input, mask);
        if (!imageMissing && !maskMissing) {
            return;
        }
        String imageText = candidates(properties, image, "an image");
        String maskText = candidates(properties, mask, "a mask");
        String missing = imageMissing && maskMissing
                ? "requires neither " + imageText + " nor " + maskText
                : "does not require " + (imageMissing ? imageText : maskText);
        boolean declared = (!imageMissing || properties.keySet().stream().anyMatch(image))
                && (!maskMissing || properties.keySet().stream().anyMatch(mask));
        findings.report(
                input.get("required").orElse(input),
                "task " + model.task() + " needs " + (needsMask ? "an image and a mask" : "an image")
                        + ", but the schema " + missing,
                declared
                        ? SchemaEdit.hint(model, "set " + input.pointer() + "/required to what the model really needs")
                        : SchemaEdit.hint(
                                model, "add the missing input to " + input.pointer() + "/properties and require it"));
    }

    /** The property schemas of the input and of its top-level allOf, anyOf and oneOf branches, by name. */
    private static Map<String, LocatedNode> properties(LocatedObject document, LocatedObject input) {
        Map<String, LocatedNode> all = new LinkedHashMap<>();
        input.object("properties").ifPresent(p -> p.members().forEach(m -> all.put(m.name(), m.value())));
        for (LocatedObject branch : branches(document, input, Set.of("allOf", "anyOf", "oneOf"))) {
            branch.object("properties").ifPresent(p -> p.members().forEach(m -> all.putIfAbsent(m.name(), m.value())));
        }
        return all;
    }

    /**
     * True when every valid request has a property the predicate accepts: one is in the top-level {@code required}
     * (or in that of an allOf branch), or every branch of a top-level anyOf or oneOf requires one.
     */
    private static boolean requires(LocatedObject document, LocatedObject input, Predicate<String> wanted) {
        if (requiredIn(input, wanted)
                || branches(document, input, Set.of("allOf")).stream().anyMatch(b -> requiredIn(b, wanted))) {
            return true;
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            List<LocatedObject> branches = branches(document, input, Set.of(keyword));
            if (!branches.isEmpty() && branches.stream().allMatch(b -> requiredIn(b, wanted))) {
                return true;
            }
        }
        return false;
    }

    private static boolean requiredIn(LocatedObject schema, Predicate<String> wanted) {
        return SchemaFacts.names(schema.array("required")).stream().anyMatch(wanted);
    }

    private static List<LocatedObject> branches(LocatedObject document, LocatedObject input, Set<String> keywords) {
        List<LocatedObject> branches = new ArrayList<>();
        for (Member m : input.members()) {
            if (keywords.contains(m.name())) {
                m.value()
                        .asArray()
                        .ifPresent(a ->
                                a.items().forEach(i -> resolved(document, i).ifPresent(branches::add)));
            }
        }
        return branches;
    }

    /**
     * The schema the request's body is: the input itself, or, for an OpenAPI operation whose input wraps its
     * parameters and body, the member holding the body; either followed through local {@code $ref}s (an OpenAPI body
     * is often one, to a component the import copied into {@code $defs}).
     */
    private static LocatedObject requestBody(ModelDocument model, LocatedObject document) {
        LocatedNode body = model.operation()
                .flatMap(Operation::requestBody)
                .flatMap(Operation.RequestBody::member)
                .flatMap(m -> document.at(JsonPointer.append("/properties", m)))
                .orElse(document);
        return resolved(document, body).orElse(document);
    }

    /** {@code node} as an object schema, through {@code #/...} references into the input; empty when it is none. */
    private static Optional<LocatedObject> resolved(LocatedObject document, LocatedNode node) {
        List<LocatedNode> chain = SchemaRefs.chain(
                node,
                n -> n.asObject()
                        .flatMap(o -> o.text("$ref"))
                        .filter(ref -> ref.startsWith("#"))
                        .flatMap(ref -> SchemaRefs.at(document, JsonPointer.fromUriFragment(ref.substring(1)))));
        return chain.get(chain.size() - 1).asObject();
    }

    static boolean isImage(String name, LocatedNode schema) {
        String lower = SchemaFacts.lower(name);
        return lower.contains("image")
                && !lower.contains("mask")
                && NOT_AN_IMAGE.stream().noneMatch(lower::contains)
                && carriesData(schema);
    }

    static boolean isMask(String name, LocatedNode schema) {
        return SchemaFacts.lower(name).contains("mask") && carriesData(schema);
    }

    /** A number or boolean ("num_images", "mask_blur") is a setting, not the data; an unknown schema may be data. */
    private static boolean carriesData(LocatedNode schema) {
        if (!(schema instanceof LocatedObject object)) {
            return true;
        }
        Set<String> types = SchemaFacts.types(object);
        return !(types.contains("integer") || types.contains("number") || types.contains("boolean"))
                || types.contains("array");
    }

    /** {@code "image"}, {@code "image"/"image_b64"}, or the fallback when the input has no such property. */
    private static String candidates(Map<String, LocatedNode> properties, Predicate<String> wanted, String fallback) {
        List<String> names = properties.keySet().stream()
                .filter(wanted)
                .map(SchemaFacts::quoted)
                .toList();
        return names.isEmpty() ? fallback : String.join("/", names);
    }
}
