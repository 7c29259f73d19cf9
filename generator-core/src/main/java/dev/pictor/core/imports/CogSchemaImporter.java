package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.schema.SchemaWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document Cog generates for a Replicate model (what Replicate serves as a model version's
 * {@code openapi_schema}) as a model document: {@code input} is {@code components.schemas.Input} and {@code output}
 * is {@code components.schemas.Output}, with the one change needed for them to stand alone. Cog writes choices as
 * separate components ({@code "allOf": [{"$ref": "#/components/schemas/scheduler"}]}), and a schema of a model
 * document resolves {@code #/...} from its own root; so every component schema that {@code Input} (or
 * {@code Output}) references, directly or through another component, is copied, verbatim, into a {@code $defs}
 * member added at the end of that schema, and each {@code $ref} whose target starts with
 * {@code #/components/schemas/} has that prefix rewritten to {@code #/$defs/}. Nothing else changes: {@code x-order},
 * {@code x-cog-*}, {@code title}, {@code writeOnly}, formats and defaults stay as they are. A reference to a
 * component that does not exist, or to anything else, is left as written (the loader then reports it).
 *
 * <p>The model id, the task, the version and the snapshot date are not in a Cog schema: for a bare schema they come
 * from the options; a {@link ReplicateModelObject} (what Replicate serves for a model) carries the model id and its
 * latest version's id and date, and says enough for {@link CogTaskInference} in most cases ({@link CogFacts}).
 * The dialect is the one the document's {@code openapi} version says: OpenAPI 3.0's Schema Object for {@code 3.0.x}
 * (what Cog writes, {@code nullable} included), the OpenAPI 3.1 base dialect for {@code 3.1.x}.
 */
final class CogSchemaImporter {

    static final String COMPONENTS = "#/components/schemas/";
    static final String DEFS = "#/$defs/";

    private final ImportOptions options;
    private final Diagnostics diagnostics;

    CogSchemaImporter(ImportOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    Optional<ImportedModel> convert(String file, String fileName, LocatedNode root) {
        if (ReplicateModelObject.looksLikeOne(root)) {
            return ReplicateModelObject.read((LocatedObject) root, diagnostics)
                    .flatMap(object -> convert(file, fileName, object.schema(), Optional.of(object)));
        }
        return convert(file, fileName, root, Optional.empty());
    }

    /** Converts a Cog OpenAPI document, bare or the schema of a model object. */
    private Optional<ImportedModel> convert(
            String file, String fileName, LocatedNode root, Optional<ReplicateModelObject> object) {
        Optional<String> openapi = root instanceof LocatedObject o ? o.text("openapi") : Optional.empty();
        if (!(root instanceof LocatedObject document) || openapi.isEmpty()) {
            boolean catalog = root instanceof LocatedObject o && o.has("schema") && o.has("name");
            diagnostics.report(
                    Severity.ERROR,
                    "import.not-a-cog-schema",
                    root,
                    "not a Cog OpenAPI schema: "
                            + (root instanceof LocatedObject
                                    ? "it has no \"openapi\" version member"
                                    : "an OpenAPI document is a JSON object, this is "
                                            + Importer.article(root.jsonType())),
                    catalog
                            ? "this looks like a Cloudflare catalog entry; import it with 'import cloudflare'"
                            : "import the model object Replicate serves (GET /v1/models/OWNER/NAME), or its "
                                    + "latest_version.openapi_schema as Cog generates it");
            return Optional.empty();
        }
        if (!openapi.get().startsWith("3.0.") && !openapi.get().startsWith("3.1.")) {
            diagnostics.report(
                    Severity.ERROR,
                    "import.not-a-cog-schema",
                    document.get("openapi").orElseThrow(),
                    "OpenAPI " + ImportOptions.oneLine(openapi.get()) + " is not what Cog writes (3.0 or 3.1)",
                    null);
            return Optional.empty();
        }
        Optional<LocatedObject> components = document.object("components").flatMap(c -> c.object("schemas"));
        Optional<LocatedNode> input = component(document, components, "Input");
        Optional<LocatedNode> output = component(document, components, "Output");
        if (input.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        Optional<CogFacts> facts = CogFacts.of(options, object, input.get(), output.get(), document, diagnostics);
        List<String> copied = new ArrayList<>();
        Optional<LocatedNode> standaloneInput = standalone(input.get(), components.get(), copied);
        Optional<LocatedNode> standaloneOutput = standalone(output.get(), components.get(), copied);
        if (facts.isEmpty() || standaloneInput.isEmpty() || standaloneOutput.isEmpty()) {
            return Optional.empty();
        }
        CogFacts f = facts.get();
        String source = source(fileName, document, openapi.get(), copied, f);
        return Optional.of(new ImportedModel(
                file,
                object.map(ReplicateModelObject::modelAt).orElse(document),
                ImportFormat.REPLICATE.provider(),
                f.model(),
                f.version(),
                f.snapshot(),
                f.providerVersion(),
                f.task(),
                source,
                openapi.get().startsWith("3.0.") ? Dialect.OPENAPI_3_0 : Dialect.OPENAPI_3_1,
                object.flatMap(ReplicateModelObject::description),
                Optional.empty(),
                standaloneInput.get(),
                standaloneOutput.get(),
                Optional.empty()));
    }

    private String source(String fileName, LocatedObject document, String openapi, List<String> copied, CogFacts f) {
        StringBuilder s = new StringBuilder();
        f.object()
                .ifPresentOrElse(
                        o -> {
                            s.append("Replicate model object ")
                                    .append(fileName)
                                    .append(" (GET /v1/models/")
                                    .append(o.model())
                                    .append(") with latest_version ")
                                    .append(o.versionId())
                                    .append(", created ")
                                    .append(o.createdAt());
                            o.cogVersion().ifPresent(c -> s.append(" with Cog ").append(c));
                            s.append("; its latest_version.openapi_schema is the Cog OpenAPI schema");
                            if (!o.model().equals(f.model())) {
                                s.append(", imported as model ")
                                        .append(f.model())
                                        .append(" as given");
                            }
                        },
                        () -> {
                            s.append("Cog OpenAPI schema ")
                                    .append(fileName)
                                    .append(" of Replicate model ")
                                    .append(f.model());
                            f.providerVersion()
                                    .ifPresent(v -> s.append(" version ").append(v));
                        });
        s.append(" (openapi ").append(openapi);
        document.object("info")
                .ifPresent(info -> info.text("title").ifPresent(t -> {
                    s.append(", info ").append(t);
                    info.text("version").ifPresent(v -> s.append(' ').append(v));
                }));
        s.append("): input and output are components.schemas.Input and components.schemas.Output, verbatim");
        if (copied.isEmpty()) {
            s.append('.');
        } else {
            s.append(", except that the component schemas they reference (")
                    .append(String.join(", ", copied))
                    .append(") are copied into their $defs and each $ref to #/components/schemas/NAME is rewritten "
                            + "to #/$defs/NAME.");
        }
        s.append(' ').append(f.snapshotReason());
        f.taskReason().ifPresent(r -> s.append(' ').append(r));
        if (options.sourceNote() != null) {
            s.append(' ').append(options.sourceNote());
        }
        return s.toString();
    }

    private Optional<LocatedNode> component(LocatedObject document, Optional<LocatedObject> components, String name) {
        Optional<LocatedNode> schema = components.flatMap(c -> c.get(name));
        if (schema.isEmpty()) {
            diagnostics.report(
                    Severity.ERROR,
                    "import.member-missing",
                    components.map(c -> (LocatedNode) c).orElse(document),
                    "the OpenAPI document has no components.schemas." + name + ": it is not the schema of a Cog "
                            + "model (a Cog model's schema has Input and Output)",
                    "import the openapi_schema of a model version, not Cog's base template");
            return Optional.empty();
        }
        if (!(schema.get() instanceof LocatedObject || schema.get() instanceof LocatedBoolean)) {
            diagnostics.report(
                    Severity.ERROR,
                    "import.member-invalid",
                    schema.get(),
                    "components.schemas." + name + " is "
                            + Importer.article(schema.get().jsonType()) + "; a JSON Schema is an object or a boolean",
                    null);
            return Optional.empty();
        }
        return schema;
    }

    /**
     * The schema with the components it references copied into its {@code $defs} and its references to them
     * rewritten; {@code copied} collects the names. Empty (and reported) when the schema has a {@code $defs} whose
     * names clash with the components to copy.
     */
    private Optional<LocatedNode> standalone(LocatedNode schema, LocatedObject components, List<String> copied) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<LocatedNode> pending = new ArrayDeque<>(List.of(schema));
        while (!pending.isEmpty()) {
            SchemaWalker.walk(pending.pop(), sub -> {
                if (sub.node() instanceof LocatedObject o) {
                    o.text("$ref")
                            .flatMap(ref -> componentName(ref, components))
                            .ifPresent(name -> {
                                if (needed.add(name)) {
                                    pending.push(components.get(name).orElseThrow());
                                }
                            });
                }
            });
        }
        if (needed.isEmpty()) {
            return Optional.of(schema);
        }
        LocatedObject object = (LocatedObject) schema; // a boolean schema holds no reference
        List<Member> members = new ArrayList<>();
        object.members()
                .forEach(m ->
                        members.add(new Member(m.name(), m.nameLocation(), rewrite(m.value(), m.name(), components))));
        List<Member> defs = new ArrayList<>();
        for (Member c : components.members()) {
            if (needed.contains(c.name())) {
                defs.add(new Member(c.name(), c.nameLocation(), rewriteSchema(c.value(), components)));
                if (!copied.contains(c.name())) {
                    copied.add(c.name());
                }
            }
        }
        return CopiedDefs.append(object, members, defs, diagnostics).map(o -> o);
    }

    /** The component a {@code $ref} names, when it is {@code #/components/schemas/NAME...} and NAME exists. */
    private static Optional<String> componentName(String ref, LocatedObject components) {
        if (!ref.startsWith(COMPONENTS)) {
            return Optional.empty();
        }
        String rest = ref.substring(COMPONENTS.length());
        int slash = rest.indexOf('/');
        String escaped = slash < 0 ? rest : rest.substring(0, slash);
        List<String> tokens = JsonPointer.tokens("/" + JsonPointer.fromUriFragment(escaped));
        if (tokens.size() != 1 || !components.has(tokens.get(0))) {
            return Optional.empty();
        }
        return Optional.of(tokens.get(0));
    }

    /** A schema with each {@code $ref} to an existing component rewritten; only schema positions are visited. */
    private static LocatedNode rewriteSchema(LocatedNode node, LocatedObject components) {
        if (!(node instanceof LocatedObject object)) {
            return node;
        }
        List<Member> members = new ArrayList<>(object.members().size());
        for (Member m : object.members()) {
            members.add(new Member(m.name(), m.nameLocation(), rewrite(m.value(), m.name(), components)));
        }
        return new LocatedObject(object.location(), object.pointer(), members);
    }

    /** The value of keyword {@code keyword} of a schema, rewritten where it holds references. */
    private static LocatedNode rewrite(LocatedNode value, String keyword, LocatedObject components) {
        if (keyword.equals("$ref")
                && value instanceof LocatedString ref
                && componentName(ref.value(), components).isPresent()) {
            return new LocatedString(
                    ref.location(), ref.pointer(), DEFS + ref.value().substring(COMPONENTS.length()));
        }
        if (SchemaWalker.SINGLE.contains(keyword) && value instanceof LocatedObject) {
            return rewriteSchema(value, components);
        }
        if (SchemaWalker.LIST.contains(keyword) && value instanceof LocatedArray array) {
            return new LocatedArray(
                    array.location(),
                    array.pointer(),
                    array.items().stream()
                            .map(item -> rewriteSchema(item, components))
                            .toList());
        }
        if (SchemaWalker.MAP.contains(keyword) && value instanceof LocatedObject map) {
            List<Member> entries = new ArrayList<>();
            map.members()
                    .forEach(e ->
                            entries.add(new Member(e.name(), e.nameLocation(), rewriteSchema(e.value(), components))));
            return new LocatedObject(map.location(), map.pointer(), entries);
        }
        return value;
    }
}
