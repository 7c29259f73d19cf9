package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What Replicate serves for a model ({@code GET /v1/models/{owner}/{name}}): the model id from {@code owner} and
 * {@code name}, the version id and creation time from {@code latest_version}, and the version's Cog OpenAPI schema
 * from {@code latest_version.openapi_schema}. The other members (run count, cover image, links) have no place in a
 * model document.
 *
 * @param model       {@code owner/name}
 * @param modelAt     the {@code name} member's value, where the model id is read
 * @param description the model's description, when it has one
 * @param versionId   {@code latest_version.id}
 * @param createdAt   {@code latest_version.created_at}, as written
 * @param createdDate the UTC day of {@code createdAt}, {@code YYYY-MM-DD}
 * @param cogVersion  {@code latest_version.cog_version}, when given
 * @param schema      {@code latest_version.openapi_schema}
 * @param example     {@code default_example}, when the model has one (its {@code output} hints at the media type)
 */
record ReplicateModelObject(
        String model,
        LocatedNode modelAt,
        Optional<String> description,
        String versionId,
        String createdAt,
        String createdDate,
        Optional<String> cogVersion,
        LocatedNode schema,
        Optional<LocatedObject> example) {

    /** A model object: a JSON object with {@code latest_version} and no {@code openapi} version of its own. */
    static boolean looksLikeOne(LocatedNode root) {
        return root instanceof LocatedObject o && !o.has("openapi") && o.has("latest_version");
    }

    /** The model object in {@code root}; empty when a member it needs is missing or wrong (reported). */
    static Optional<ReplicateModelObject> read(LocatedObject root, Diagnostics diagnostics) {
        Reader r = new Reader(diagnostics);
        Optional<String> owner = r.text(root, "owner", "the model's owner");
        Optional<String> name = r.text(root, "name", "the model's name");
        Optional<String> description =
                root.get("description").filter(LocatedString.class::isInstance).map(d -> ((LocatedString) d).value());
        Optional<LocatedObject> version = r.object(root, "latest_version", "the model's latest version");
        Optional<String> id = version.flatMap(v -> r.text(v, "id", "the version id"));
        Optional<String> created = version.flatMap(v -> r.text(v, "created_at", "the version's creation time"));
        Optional<String> day =
                created.flatMap(c -> r.day(version.get().get("created_at").orElseThrow(), c));
        Optional<LocatedObject> schema =
                version.flatMap(v -> r.object(v, "openapi_schema", "the version's Cog OpenAPI schema"));
        Optional<String> model = owner.flatMap(o -> name.flatMap(n -> r.modelId(root, o, n)));
        Optional<String> cog = version.flatMap(v -> v.text("cog_version"));
        if (r.failed || model.isEmpty() || id.isEmpty() || day.isEmpty() || schema.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReplicateModelObject(
                model.get(),
                root.get("name").orElseThrow(),
                description,
                id.get(),
                created.get(),
                day.get(),
                cog,
                schema.get(),
                root.object("default_example")));
    }

    /** Reads members, reporting each one that is missing or of the wrong type. */
    private static final class Reader {

        private final Diagnostics diagnostics;
        private boolean failed;

        Reader(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        Optional<String> text(LocatedObject in, String member, String what) {
            Optional<LocatedNode> value = present(in, member, what);
            if (value.isPresent() && !(value.get() instanceof LocatedString)) {
                invalid(
                        value.get(),
                        member + " is " + Importer.article(value.get().jsonType()) + ", not a string");
                return Optional.empty();
            }
            return value.map(v -> ((LocatedString) v).value());
        }

        Optional<LocatedObject> object(LocatedObject in, String member, String what) {
            Optional<LocatedNode> value = present(in, member, what);
            if (value.isPresent() && !(value.get() instanceof LocatedObject)) {
                invalid(
                        value.get(),
                        member + " is " + Importer.article(value.get().jsonType()) + ", not an object"
                                + (member.equals("latest_version") ? " (the model has no version to import)" : ""));
                return Optional.empty();
            }
            return value.map(LocatedObject.class::cast);
        }

        private Optional<LocatedNode> present(LocatedObject in, String member, String what) {
            Optional<LocatedNode> value = in.get(member);
            if (value.isEmpty()) {
                failed = true;
                diagnostics.report(
                        Severity.ERROR,
                        "import.member-missing",
                        in,
                        "the Replicate model object has no " + member + " (" + what + ")",
                        "import the JSON Replicate serves for GET /v1/models/OWNER/NAME, or the version's "
                                + "openapi_schema with the model id and task given");
            }
            return value;
        }

        /** The UTC day of an ISO date-time with offset, as Replicate writes {@code created_at}. */
        Optional<String> day(LocatedNode at, String dateTime) {
            try {
                return Optional.of(OffsetDateTime.parse(dateTime)
                        .atZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString());
            } catch (DateTimeParseException e) {
                invalid(
                        at,
                        "created_at \"" + ImportOptions.oneLine(dateTime) + "\" is not a date and time with an "
                                + "offset (2024-04-10T14:54:34.535852+00:00)");
                return Optional.empty();
            }
        }

        Optional<String> modelId(LocatedObject root, String owner, String name) {
            String id = owner + "/" + name;
            if (!ImportOptions.REPLICATE_MODEL.matcher(id).matches() || id.contains("..")) {
                invalid(
                        root.get("name").orElseThrow(),
                        "owner and name make \"" + ImportOptions.oneLine(id) + "\", which is not a Replicate model id "
                                + "(owner/name of letters, digits, '.', '_' and '-')");
                return Optional.empty();
            }
            return Optional.of(id);
        }

        private void invalid(LocatedNode at, String message) {
            failed = true;
            diagnostics.report(Severity.ERROR, "import.member-invalid", at, message, null);
        }
    }
}
