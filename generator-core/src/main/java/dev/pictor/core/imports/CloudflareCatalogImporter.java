package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One file of the Cloudflare Workers AI model catalog (cloudflare-docs, {@code src/content/workers-ai-models/}) as a
 * model document. Members are found by name, whatever their order, indentation or which optional ones appear:
 *
 * <ul>
 *   <li>{@code name} (the {@code @cf/...} id) becomes {@code model}; {@code task.name} becomes {@code task},
 *       lower-cased, with every run of other characters a hyphen ({@code Text-to-Image} is {@code text-to-image},
 *       {@code Automatic Speech Recognition} is {@code automatic-speech-recognition});</li>
 *   <li>{@code description} and {@code deprecated} are kept when present;</li>
 *   <li>{@code schema.input} and {@code schema.output} become {@code input} and {@code output}, verbatim;</li>
 *   <li>{@code id}, {@code task.id}, {@code task.name} and {@code created_at} are recorded in {@code source}, with
 *       the file's name; {@code source}, {@code tags}, {@code properties} and {@code task.description} have no place
 *       in a model document and are not kept (the file name says where to find them).</li>
 * </ul>
 *
 * A member this list does not know is reported as a NOTE and not kept. The dialect is draft 2020-12, as the catalog
 * names none.
 */
final class CloudflareCatalogImporter {

    /** Members the importer reads or knowingly leaves out. */
    private static final Set<String> KNOWN = Set.of(
            "id", "source", "name", "description", "task", "created_at", "tags", "properties", "schema", "deprecated");

    /** How a catalog model id must look to become folders under the provider: {@code @ns/segment/segment...}. */
    private static final Pattern MODEL_ID = Pattern.compile(
            "(@[A-Za-z0-9][A-Za-z0-9._-]*/)?" + "[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private final ImportOptions options;
    private final Diagnostics diagnostics;

    CloudflareCatalogImporter(ImportOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    Optional<ImportedModel> convert(String file, String fileName, LocatedNode root) {
        if (!(root instanceof LocatedObject entry)
                || !(entry.has("name") || entry.has("schema") || entry.has("task"))) {
            boolean openApi = root instanceof LocatedObject o && o.has("openapi");
            diagnostics.report(
                    Severity.ERROR,
                    "import.not-a-catalog-entry",
                    root,
                    "not a Cloudflare Workers AI catalog entry: "
                            + (root instanceof LocatedObject
                                    ? "it has none of the members name, task and schema"
                                    : "an entry is a JSON object, this is " + Importer.article(root.jsonType())),
                    openApi
                            ? "this looks like an OpenAPI document; a Cog schema is imported with 'import replicate'"
                            : "import one file of the catalog (src/content/workers-ai-models/<model>.json) per model");
            return Optional.empty();
        }
        int errors = errorCount();
        for (Member m : entry.members()) {
            if (!KNOWN.contains(m.name())) {
                diagnostics.add(new Diagnostic(
                        Severity.NOTE,
                        "import.member-ignored",
                        m.nameLocation(),
                        m.value().pointer(),
                        "member \"" + m.name() + "\" of the catalog entry "
                                + "has no place in a model document and is not imported",
                        ""));
            }
        }
        Optional<String> model = requiredText(entry, "name", "the model id (@cf/...)");
        model.ifPresent(id -> checkModelId(entry.get("name").orElseThrow(), id));
        Optional<LocatedObject> task = requiredObject(entry, "task", "the model's task");
        Optional<String> taskName = task.flatMap(t -> requiredText(t, "name", "the task's name"));
        Optional<String> taskSlug =
                taskName.flatMap(n -> slug(task.get().get("name").orElseThrow(), n));
        Optional<String> taskId = task.flatMap(t -> optionalText(t, "id"));
        Optional<String> description = optionalText(entry, "description");
        Optional<Boolean> deprecated = entry.get("deprecated").flatMap(d -> {
            if (d instanceof LocatedBoolean b) {
                return Optional.of(b.value());
            }
            invalid(d, "deprecated is " + Importer.article(d.jsonType()) + ", not true or false");
            return Optional.empty();
        });
        Optional<String> catalogId = optionalText(entry, "id");
        Optional<String> createdAt = optionalText(entry, "created_at");
        Optional<LocatedObject> schema = requiredObject(entry, "schema", "the input and output schemas");
        Optional<LocatedNode> input = schema.flatMap(s -> requiredSchema(s, "input"));
        Optional<LocatedNode> output = schema.flatMap(s -> requiredSchema(s, "output"));
        if (errorCount() > errors || model.isEmpty() || taskSlug.isEmpty() || input.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        String source = source(fileName, catalogId, taskName.get(), taskId, createdAt);
        return Optional.of(new ImportedModel(
                file,
                entry.get("name").orElseThrow(),
                ImportFormat.CLOUDFLARE.provider(),
                model.get(),
                options.version(),
                options.snapshot(),
                Optional.empty(),
                taskSlug.get(),
                source,
                Dialect.DRAFT_2020_12,
                description,
                deprecated,
                input.get(),
                output.get(),
                Optional.empty()));
    }

    private String source(
            String fileName,
            Optional<String> catalogId,
            String taskName,
            Optional<String> taskId,
            Optional<String> createdAt) {
        StringBuilder s = new StringBuilder("Cloudflare Workers AI model catalog entry ").append(fileName);
        catalogId.ifPresent(id -> s.append(" (catalog id ").append(id).append(')'));
        s.append(", task \"").append(taskName).append('"');
        taskId.ifPresent(id -> s.append(" (task id ").append(id).append(')'));
        s.append(": input and output are its schema.input and schema.output, verbatim.");
        createdAt.ifPresent(c -> s.append(" The entry's created_at, ")
                .append(c)
                .append(", is when the model entered the catalog, not the snapshot date."));
        s.append(" The file carries no capture date; the snapshot date ")
                .append(options.snapshot())
                .append(" was given on import.");
        if (options.sourceNote() != null) {
            s.append(' ').append(options.sourceNote());
        }
        return s.toString();
    }

    private void checkModelId(LocatedNode at, String id) {
        if (!MODEL_ID.matcher(id).matches()
                || id.contains("/../")
                || id.contains("/./")
                || id.endsWith("/..")
                || id.endsWith("/.")) {
            invalid(
                    at,
                    "model id \"" + ImportOptions.oneLine(id) + "\" cannot become folders of the schemas root"
                            + " (letters, digits, '.', '_' and '-' in each /-separated part, an optional leading @namespace/)");
        }
    }

    /** The task id of a catalog task name; empty (and reported) when nothing of it is left. */
    private Optional<String> slug(LocatedNode at, String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            invalid(
                    at,
                    "task name \"" + ImportOptions.oneLine(name) + "\" holds no letter or digit a task id can be"
                            + " made of");
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    private Optional<String> requiredText(LocatedObject object, String name, String what) {
        Optional<LocatedNode> value = object.get(name);
        if (value.isEmpty()) {
            missing(object, name, what);
            return Optional.empty();
        }
        if (!(value.get() instanceof LocatedString s) || s.value().isBlank()) {
            invalid(
                    value.get(),
                    name + " should be " + what + ", a non-empty string; it is "
                            + (value.get() instanceof LocatedString
                                    ? "empty"
                                    : Importer.article(value.get().jsonType())));
            return Optional.empty();
        }
        return Optional.of(s.value());
    }

    private Optional<String> optionalText(LocatedObject object, String name) {
        Optional<LocatedNode> value = object.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof LocatedString s)) {
            invalid(
                    value.get(),
                    name + " should be a string; it is "
                            + Importer.article(value.get().jsonType()));
            return Optional.empty();
        }
        return Optional.of(s.value());
    }

    private Optional<LocatedObject> requiredObject(LocatedObject object, String name, String what) {
        Optional<LocatedNode> value = object.get(name);
        if (value.isEmpty()) {
            missing(object, name, what);
            return Optional.empty();
        }
        if (!(value.get() instanceof LocatedObject o)) {
            invalid(
                    value.get(),
                    name + " should be an object holding " + what + "; it is "
                            + Importer.article(value.get().jsonType()));
            return Optional.empty();
        }
        return Optional.of(o);
    }

    private Optional<LocatedNode> requiredSchema(LocatedObject schema, String name) {
        Optional<LocatedNode> value = schema.get(name);
        if (value.isEmpty()) {
            missing(schema, name, "the " + name + " schema");
            return Optional.empty();
        }
        if (!(value.get() instanceof LocatedObject || value.get() instanceof LocatedBoolean)) {
            invalid(
                    value.get(),
                    "schema." + name + " is " + Importer.article(value.get().jsonType())
                            + "; a JSON Schema is an object or a boolean");
            return Optional.empty();
        }
        return value;
    }

    private void missing(LocatedObject at, String name, String what) {
        String where = at.pointer().isEmpty()
                ? "the catalog entry"
                : at.pointer().substring(1).replace('/', '.');
        diagnostics.report(
                Severity.ERROR,
                "import.member-missing",
                at,
                where + " has no member \"" + name + "\" (" + what + "); nothing is made up in its place",
                "import the catalog file as published");
    }

    private void invalid(LocatedNode at, String message) {
        diagnostics.report(Severity.ERROR, "import.member-invalid", at, message, null);
    }

    private int errorCount() {
        return (int) diagnostics.count(Severity.ERROR);
    }
}
