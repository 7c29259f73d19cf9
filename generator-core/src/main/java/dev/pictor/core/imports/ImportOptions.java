package dev.pictor.core.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one import reads, and the facts about the snapshot that its files do not carry. Nothing is made up: a value a
 * file does not hold and the caller did not give is refused, never defaulted.
 *
 * @param format          the format of every file
 * @param files           the published files, one model each
 * @param schemasRoot     the schemas root the documents go into; {@code <provider>/provider.json} must exist in it
 * @param version         the version of every imported document, and its file name: an ISO date
 *                        ({@code 2025-11-20}) or a provider's version id; for Replicate optional (a model object
 *                        gives its version's creation date), required for a bare Cog schema
 * @param snapshot        the capture date, {@code YYYY-MM-DD}; null when {@code version} is that date, or when a
 *                        Replicate model object gives it
 * @param model           Replicate only: the {@code owner/name} model id; a model object carries its own, a bare Cog
 *                        schema names none and needs it
 * @param task            Replicate only: the task; inferred from a model object where it says enough, else needed;
 *                        Cloudflare files carry theirs
 * @param providerVersion Replicate only, optional: the model version id (hash) the schema belongs to; a model
 *                        object carries its own
 * @param sourceNote      optional: appended to each document's {@code source}, e.g. the repository commit or URL
 *                        the files were taken from
 * @param force           replace a document that already exists with other content
 * @param openapi         OpenAPI only: the provider, the operations to import and the base URL; null for the other
 *                        formats
 */
public record ImportOptions(
        ImportFormat format,
        List<Path> files,
        Path schemasRoot,
        String version,
        String snapshot,
        String model,
        String task,
        String providerVersion,
        String sourceNote,
        boolean force,
        OpenApiSelection openapi) {

    /** What the model document meta-schema allows for a version (and so for a file name). */
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final Pattern TASK = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Replicate's model ids: {@code owner/name}, each part letters, digits, {@code .}, {@code _}, {@code -}. */
    static final Pattern REPLICATE_MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * The options of a Cloudflare or Replicate import.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ImportOptions(
            ImportFormat format,
            List<Path> files,
            Path schemasRoot,
            String version,
            String snapshot,
            String model,
            String task,
            String providerVersion,
            String sourceNote,
            boolean force) {
        this(format, files, schemasRoot, version, snapshot, model, task, providerVersion, sourceNote, force, null);
    }

    /**
     * @throws IllegalArgumentException with a message for the user when a value is missing, malformed, or given for
     *                                  a format that carries it itself
     */
    public ImportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(schemasRoot, "schemasRoot");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to import");
        }
        version = blankToNull(version);
        snapshot = blankToNull(snapshot);
        model = blankToNull(model);
        task = blankToNull(task);
        providerVersion = blankToNull(providerVersion);
        sourceNote = blankToNull(sourceNote);
        if (format == ImportFormat.OPENAPI) {
            checkOpenApi(files, version, snapshot, model, task, providerVersion, openapi);
        } else if (openapi != null) {
            throw new IllegalArgumentException(
                    "operations, tags, a provider and a base URL are given for OpenAPI " + "documents only");
        }
        if (format == ImportFormat.OPENAPI) {
            if (version != null) {
                checkVersion(format, version);
                snapshot = snapshot(version, snapshot, true);
            } else {
                checkDate(snapshot, "snapshot");
            }
        } else if (format == ImportFormat.CLOUDFLARE || version != null) {
            checkVersion(format, version);
            snapshot = snapshot(version, snapshot, format == ImportFormat.CLOUDFLARE);
        } else if (snapshot != null) {
            checkDate(snapshot, "snapshot");
        }
        if (format == ImportFormat.CLOUDFLARE) {
            refuse(model, "a model id", "each catalog file names its model (its \"name\")");
            refuse(task, "a task", "each catalog file names its task (\"task.name\")");
            refuse(providerVersion, "a provider version", "Cloudflare has no version ids for its models");
        } else if (format == ImportFormat.REPLICATE) {
            if (model != null && (!REPLICATE_MODEL.matcher(model).matches() || model.contains(".."))) {
                throw new IllegalArgumentException("model id \"" + oneLine(model) + "\" is not a Replicate model id;"
                        + " write it as owner/name, e.g. stability-ai/sdxl");
            }
            if (task != null && !TASK.matcher(task).matches()) {
                throw new IllegalArgumentException("task \"" + oneLine(task) + "\" is not a task id: lower-case "
                        + "letters and digits, words joined by single hyphens (text-to-image)");
            }
            if (providerVersion != null && !providerVersion.equals(oneLine(providerVersion))) {
                throw new IllegalArgumentException("a provider version is one line of text");
            }
        }
        if (sourceNote != null && !sourceNote.equals(oneLine(sourceNote))) {
            throw new IllegalArgumentException("a source note is one line of text");
        }
    }

    /** What an OpenAPI import needs: a selection, a version or a snapshot date, a model id for one operation only. */
    private static void checkOpenApi(
            List<Path> files,
            String version,
            String snapshot,
            String model,
            String task,
            String providerVersion,
            OpenApiSelection openapi) {
        if (openapi == null) {
            throw new IllegalArgumentException("an OpenAPI import needs the provider and the operations to import");
        }
        if (files.size() != 1) {
            throw new IllegalArgumentException("import one OpenAPI document at a time: its servers and "
                    + "securitySchemes make the provider document");
        }
        if (version == null && snapshot == null) {
            throw new IllegalArgumentException("a version is required: give the capture date (--doc-version "
                    + "YYYY-MM-DD), or the capture date as the snapshot (--snapshot YYYY-MM-DD) to use the "
                    + "document's info.version as the version");
        }
        if (model != null) {
            if (openapi.operations().size() != 1) {
                throw new IllegalArgumentException(
                        "a model id names one model: give it with exactly one " + "--operation");
            }
            if (!model.equals(oneLine(model))
                    || model.contains("..")
                    || model.startsWith("/")
                    || model.endsWith("/")
                    || model.contains("\\")) {
                throw new IllegalArgumentException("model id \"" + oneLine(model) + "\" cannot name a folder: one "
                        + "line, no '..', no leading or trailing '/'");
            }
        }
        if (task != null && !TASK.matcher(task).matches()) {
            throw new IllegalArgumentException("task \"" + oneLine(task) + "\" is not a task id: lower-case "
                    + "letters and digits, words joined by single hyphens (text-to-image)");
        }
        if (providerVersion != null) {
            throw new IllegalArgumentException("a provider version is not given for OpenAPI documents: the "
                    + "document's info.version is recorded in each model document");
        }
    }

    /** The provider the documents go to: the format's own, or the one an OpenAPI import names. */
    public String provider() {
        return openapi != null ? openapi.provider() : format.provider();
    }

    private static void checkVersion(ImportFormat format, String version) {
        if (version == null) {
            throw new IllegalArgumentException(
                    format == ImportFormat.CLOUDFLARE
                            ? "a version is required: Cloudflare catalog files carry none, and their created_at is when the "
                                    + "model entered the catalog, not when its schema was captured; give the capture date "
                                    + "as the version (YYYY-MM-DD)"
                            : "a version is required: a Cog schema carries none; give the capture date (YYYY-MM-DD) as the "
                                    + "version, or Replicate's version id with the capture date as the snapshot");
        }
        if (!VERSION.matcher(version).matches() || version.endsWith(".schema")) {
            throw new IllegalArgumentException("version \"" + oneLine(version) + "\" cannot name a document: use "
                    + "letters, digits, '.', '_' and '-', starting with a letter or digit (and not ending in "
                    + "\".schema\", which marks shared schema files)");
        }
    }

    /**
     * The snapshot date a version and a snapshot option give: the version when it is a date. A version that is no
     * date needs the snapshot, except for Replicate, where a model object may give it ({@code required} false).
     */
    private static String snapshot(String version, String snapshot, boolean required) {
        boolean versionIsDate = DATE.matcher(version).matches();
        if (versionIsDate) {
            checkDate(version, "version");
        }
        if (snapshot == null) {
            if (!versionIsDate && !required) {
                return null;
            }
            if (!versionIsDate) {
                throw new IllegalArgumentException("version \"" + version + "\" is not a date, so the snapshot "
                        + "date (YYYY-MM-DD, the day the schema was captured) must be given");
            }
            return version;
        }
        checkDate(snapshot, "snapshot");
        if (versionIsDate && !snapshot.equals(version)) {
            throw new IllegalArgumentException("version " + version + " is a date and snapshot " + snapshot
                    + " another one; a version named by a date is its snapshot date: give one of them");
        }
        return snapshot;
    }

    private static void checkDate(String text, String what) {
        if (!DATE.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    what + " \"" + oneLine(text) + "\" is not a date; write it as " + "YYYY-MM-DD");
        }
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " " + text + " is not a calendar date");
        }
    }

    private static void refuse(String value, String what, String why) {
        if (value != null) {
            throw new IllegalArgumentException(what + " is not given for Cloudflare catalog files: " + why);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Text with every control character or line break replaced by a space, for messages. */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return b.toString();
    }
}
