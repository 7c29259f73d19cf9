package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.imports.ImportResult.ImportedDocument;
import dev.pictor.core.imports.ImportResult.Status;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.io.InputFiles;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.SchemaRoot;
import dev.pictor.core.load.SchemaRootException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports published schema files into model documents of a schemas root: reads every file, converts each one
 * ({@link CloudflareCatalogImporter}, {@link CogSchemaImporter}; an OpenAPI document gives a model per selected
 * operation and its provider document, {@link OpenApiImporter}), checks them all, and only then writes, each document
 * atomically. When any file fails, nothing is written; when a write fails, what this run wrote is undone. The
 * published schemas are never corrected: after writing, the root is linted and the findings of the imported documents
 * are returned.
 */
public final class Importer {

    /** The codes of the importer's own findings (the reader's {@code json.*} and {@code file.*} codes come too). */
    public static final List<RuleInfo> CODES = List.of(
            new RuleInfo(
                    "import.not-a-catalog-entry",
                    Severity.ERROR,
                    "The file is JSON but not a Cloudflare Workers AI catalog entry."),
            new RuleInfo("import.not-a-cog-schema", Severity.ERROR, "The file is JSON but not a Cog OpenAPI schema."),
            new RuleInfo(
                    "import.member-missing",
                    Severity.ERROR,
                    "A member the model document needs is not in the file; nothing is made up in its place."),
            new RuleInfo(
                    "import.member-invalid",
                    Severity.ERROR,
                    "A member of the file has a type or value the model document cannot hold."),
            new RuleInfo(
                    "import.option-needed",
                    Severity.ERROR,
                    "A fact the file does not carry (a bare Cog schema's model id, version or task, or a task that "
                            + "cannot be inferred) was not given."),
            new RuleInfo(
                    "import.member-ignored",
                    Severity.NOTE,
                    "A member of the file has no place in a model document and is not imported."),
            new RuleInfo(
                    "import.defs-conflict",
                    Severity.ERROR,
                    "A Cog schema has its own $defs, so its references cannot be made local without editing it."),
            new RuleInfo(
                    "import.duplicate-model", Severity.ERROR, "Two input files would become the same model document."),
            new RuleInfo(
                    "import.exists",
                    Severity.ERROR,
                    "The model document exists with other content, and replacing it was not asked for."),
            new RuleInfo(
                    "import.not-openapi", Severity.ERROR, "The file is JSON but not an OpenAPI 3.0 or 3.1 document."),
            new RuleInfo(
                    "import.operation-unknown",
                    Severity.ERROR,
                    "An operation (by id or METHOD PATH) or a tag to import is not in the OpenAPI document."),
            new RuleInfo(
                    "import.operation-unsupported",
                    Severity.ERROR,
                    "An OpenAPI operation cannot be called as its document describes it: a request body that is "
                            + "neither JSON nor multipart, a cookie parameter, no success response with a body."),
            new RuleInfo(
                    "import.ref-refused",
                    Severity.ERROR,
                    "A $ref names a URL or a file outside the input file's folder; it is not read."),
            new RuleInfo(
                    "import.ref-unresolved",
                    Severity.ERROR,
                    "A $ref of an OpenAPI document points at nothing, or at a file that cannot be read."),
            new RuleInfo(
                    "import.provider-written",
                    Severity.NOTE,
                    "The provider document was written from the OpenAPI document's servers and securitySchemes."),
            new RuleInfo(
                    "import.provider-kept",
                    Severity.NOTE,
                    "The provider document exists and is kept, though the OpenAPI document says otherwise."),
            new RuleInfo(
                    "import.job-result-untyped",
                    Severity.NOTE,
                    "An operation runs as a job of the provider document, and the OpenAPI document does not say what "
                            + "the job's result is: the output needs a refinement."),
            new RuleInfo(
                    "import.outside-root",
                    Severity.ERROR,
                    "The document's folder is a symbolic link that leads out of the schemas root."),
            new RuleInfo("yaml.malformed", Severity.ERROR, "The file is not well-formed YAML, or not one document."),
            new RuleInfo("yaml.duplicate-key", Severity.ERROR, "A mapping has the same key twice."),
            new RuleInfo("yaml.too-deep", Severity.ERROR, "The document nests deeper than any schema needs."),
            new RuleInfo(
                    "yaml.number-too-large",
                    Severity.ERROR,
                    "A number is too long, or its exponent too large, to be read without expanding it."),
            new RuleInfo(
                    "yaml.alias", Severity.ERROR, "Aliases expand to more values than any OpenAPI document needs."),
            new RuleInfo(
                    "yaml.unsupported",
                    Severity.ERROR,
                    "A YAML feature with no JSON value: a tag other than JSON's, a merge key, a YAML-only number form."));

    private Importer() {}

    /**
     * Runs one import.
     *
     * @throws ImportException when the schemas root cannot be used, has no provider document for the format's
     *                         provider, or a write fails (after undoing this run's writes)
     */
    public static ImportResult run(ImportOptions options) throws ImportException {
        return run(options, AtomicFiles::write);
    }

    /** How a document's bytes reach the disk: {@link AtomicFiles#write(Path, byte[])}, or a test's stand-in. */
    interface FileWriter {
        void write(Path target, byte[] content) throws IOException;
    }

    static ImportResult run(ImportOptions options, FileWriter writer) throws ImportException {
        Path root = openRoot(options);
        Diagnostics problems = new Diagnostics();
        List<ImportedModel> models = new ArrayList<>();
        Optional<OpenApiProvider.Draft> provider = Optional.empty();
        for (Path file : options.files()) {
            if (options.format() == ImportFormat.OPENAPI) {
                OpenApiImporter.Result r = new OpenApiImporter(
                                options, problems, ProviderJob.read(root, options.provider()))
                        .read(file, shown(file), name(file));
                models.addAll(r.models());
                provider = r.provider();
            } else {
                read(file, options, problems).ifPresent(models::add);
            }
        }
        checkDuplicates(models, problems);
        List<Planned> plan = new ArrayList<>();
        if (provider.isPresent()) {
            planProvider(root, options.provider(), provider.get(), problems).ifPresent(plan::add);
        }
        for (ImportedModel m : models) {
            byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
            status(root, m.documentPath(), m.modelAt(), text, options.force(), problems)
                    .ifPresent(s -> plan.add(new Planned(m.documentPath(), Optional.of(m), text, s)));
        }
        if (problems.hasErrors()) {
            return new ImportResult(problems.sorted(), List.of(), List.of());
        }
        write(root, plan, writer);
        List<ImportedDocument> documents = plan.stream()
                .filter(p -> p.model().isPresent())
                .map(p -> new ImportedDocument(
                        p.model().get().file(), p.path(), p.model().get().model(), p.status()))
                .toList();
        return new ImportResult(problems.sorted(), documents, lint(root, documents));
    }

    private static Path openRoot(ImportOptions options) throws ImportException {
        Path root;
        try {
            root = SchemaRoot.open(options.schemasRoot()).path();
        } catch (SchemaRootException e) {
            throw new ImportException(e.getMessage());
        }
        String provider = options.provider();
        if (options.format() == ImportFormat.OPENAPI) {
            return root; // the OpenAPI document says how its provider is reached: its provider.json is written
        }
        Path providerFile = root.resolve(provider).resolve(DocumentLoader.PROVIDER_FILE);
        if (!Files.isRegularFile(providerFile)) {
            throw new ImportException("the schemas root " + options.schemasRoot() + " has no " + provider + "/"
                    + DocumentLoader.PROVIDER_FILE + "; add the provider document first (see schemas/README.md, "
                    + "\"The provider document\"), or import into the schemas root that has it");
        }
        return root;
    }

    /** How findings name an input file: as the user named it, with {@code /}. */
    private static String shown(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** An input file's name, for a document's source. */
    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? shown(path) : name.toString();
    }

    /**
     * The provider document an OpenAPI import writes: planned when the root has none; an existing one is kept as it
     * is (with its credential hosts and job, which only a user writes), with a NOTE when its base URL or
     * authentication differs from what the document says.
     */
    private static Optional<Planned> planProvider(
            Path root, String provider, OpenApiProvider.Draft draft, Diagnostics problems) {
        String path = provider + "/" + DocumentLoader.PROVIDER_FILE;
        Path target = root.resolve(path);
        byte[] text = draft.text().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return status(root, path, draft.at(), text, false, problems).map(s -> {
                problems.report(
                        Severity.NOTE,
                        "import.provider-written",
                        draft.at(),
                        path + " is written from the document's servers and securitySchemes: base URL "
                                + draft.baseUrl() + ", auth " + draft.auth(),
                        "check it, and add what the document does not say (its source tells what was read)");
                return new Planned(path, Optional.empty(), text, s);
            });
        }
        Diagnostics ignored = new Diagnostics();
        Optional<byte[]> existing = InputFiles.read(target, path, ignored);
        Optional<LocatedNode> node = existing.flatMap(b -> LocatedJsonReader.read(path, b, ignored));
        Optional<LocatedNode> drafted = LocatedJsonReader.read(path, text, ignored);
        // what the OpenAPI document says; auth.hosts and job are the user's, which no OpenAPI document says
        boolean same = node.isPresent()
                && drafted.isPresent()
                && List.of("/baseUrl", "/auth/scheme", "/auth/header", "/auth/tokenEnv", "/placeholders").stream()
                        .allMatch(p -> node.get()
                                .at(p)
                                .map(LocatedNode::toJackson)
                                .equals(drafted.get().at(p).map(LocatedNode::toJackson)));
        if (!same) {
            problems.report(
                    Severity.NOTE,
                    "import.provider-kept",
                    SourceLocation.startOf(path),
                    path + " exists and is kept as it is, though the OpenAPI document says otherwise (base URL "
                            + draft.baseUrl() + ", auth " + draft.auth() + ", or its placeholders)",
                    "compare them; remove the file and import again to have it written from the document");
        }
        return Optional.empty();
    }

    /** Reads and converts one file; empty when it cannot be imported (the reasons are in {@code problems}). */
    private static Optional<ImportedModel> read(Path path, ImportOptions options, Diagnostics problems) {
        String file = shown(path);
        String fileName = name(path);
        Optional<byte[]> read = InputFiles.read(path, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        long errors = problems.count(Severity.ERROR);
        Optional<LocatedNode> parsed = LocatedJsonReader.read(file, bytes, problems);
        if (parsed.isEmpty() || problems.count(Severity.ERROR) > errors) {
            return Optional.empty();
        }
        return options.format() == ImportFormat.CLOUDFLARE
                ? new CloudflareCatalogImporter(options, problems).convert(file, fileName, parsed.get())
                : new CogSchemaImporter(options, problems).convert(file, fileName, parsed.get());
    }

    /**
     * Two files that become one document: the same catalog model id (or, for Cog, the one model id given) at one
     * version. Paths that differ only in case count as one, since they are one file on some file systems.
     */
    private static void checkDuplicates(List<ImportedModel> models, Diagnostics problems) {
        Map<String, ImportedModel> seen = new LinkedHashMap<>();
        for (ImportedModel m : models) {
            ImportedModel first = seen.putIfAbsent(m.documentPath().toLowerCase(Locale.ROOT), m);
            if (first == null) {
                continue;
            }
            String same = first.model().equals(m.model())
                    ? "model " + m.model() + " is also imported from " + first.file()
                    : "model " + m.model() + " differs only in case from model " + first.model() + " of "
                            + first.file();
            problems.report(
                    Severity.ERROR,
                    "import.duplicate-model",
                    m.modelAt(),
                    same + " (" + first.modelAt().location() + "); " + first.file() + " and " + m.file()
                            + " would both become "
                            + m.documentPath(),
                    "import one file per model and version");
        }
    }

    /** What writing the document will do; empty (and reported) when it must not be written. */
    private static Optional<Status> status(
            Path root, String documentPath, LocatedNode at, byte[] text, boolean force, Diagnostics problems) {
        Path target = root.resolve(documentPath);
        try {
            Path existing = target.getParent();
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null || !existing.toRealPath().startsWith(root)) {
                problems.report(
                        Severity.ERROR,
                        "import.outside-root",
                        at,
                        "the folder of " + documentPath + " leads out of the schemas root through a symbolic link",
                        null);
                return Optional.empty();
            }
            if (!Files.isDirectory(existing)) {
                problems.report(
                        Severity.ERROR,
                        "import.exists",
                        at,
                        "a file, "
                                + root.relativize(existing).toString().replace('\\', '/')
                                + ", stands where a folder of "
                                + documentPath + " is needed",
                        null);
                return Optional.empty();
            }
            if (Files.isDirectory(target)) {
                problems.report(Severity.ERROR, "import.exists", at, documentPath + " is a folder", null);
                return Optional.empty();
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(Status.WRITTEN);
            }
            if (AtomicFiles.holds(target, text)) {
                return Optional.of(Status.UNCHANGED);
            }
        } catch (IOException e) {
            problems.report(
                    Severity.ERROR,
                    "file.unreadable",
                    at,
                    "cannot check " + documentPath + ": " + AtomicFiles.reason(e),
                    null);
            return Optional.empty();
        }
        if (!force) {
            problems.report(
                    Severity.ERROR,
                    "import.exists",
                    at,
                    documentPath + " already exists with " + "other content; it is not replaced",
                    "give another version, or ask to replace it (--force)");
            return Optional.empty();
        }
        return Optional.of(Status.REPLACED);
    }

    /** Writes every planned document; on a failure restores what this run replaced and removes what it created. */
    private static void write(Path root, List<Planned> plan, FileWriter writer) throws ImportException {
        List<Path> createdFolders = new ArrayList<>();
        List<Map.Entry<Path, byte[]>> done = new ArrayList<>();
        for (Planned p : plan) {
            if (p.status() == Status.UNCHANGED) {
                continue;
            }
            String documentPath = p.path();
            Path target = root.resolve(documentPath);
            try {
                createFolders(target.getParent(), createdFolders);
                byte[] previous = p.status() == Status.REPLACED ? Files.readAllBytes(target) : null;
                writer.write(target, p.text());
                done.add(new AbstractMap.SimpleImmutableEntry<>(target, previous));
            } catch (IOException failure) {
                String undo = undo(done, createdFolders);
                throw new ImportException(
                        "cannot write " + documentPath + ": " + AtomicFiles.reason(failure) + "; nothing was imported"
                                + undo,
                        failure);
            }
        }
    }

    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    /** Undoes the writes of this run, newest first; says what could not be undone. */
    private static String undo(List<Map.Entry<Path, byte[]>> done, List<Path> createdFolders) {
        List<String> left = new ArrayList<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            Path target = done.get(i).getKey();
            byte[] previous = done.get(i).getValue();
            try {
                if (previous == null) {
                    Files.deleteIfExists(target);
                } else {
                    AtomicFiles.write(target, previous);
                }
            } catch (IOException e) {
                left.add(target.toString());
            }
        }
        for (int i = createdFolders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdFolders.get(i));
            } catch (IOException e) {
                // a folder something else wrote into stays
            }
        }
        return left.isEmpty() ? "" : " (could not undo: " + String.join(", ", left) + ")";
    }

    /** The root's lint findings (and loader findings) on the imported documents. */
    private static List<Diagnostic> lint(Path root, List<ImportedDocument> documents) throws ImportException {
        Set<String> files = new HashSet<>();
        documents.forEach(d -> files.add(d.documentPath()));
        LintResult result;
        try {
            result = Linter.standard().lint(root, List.of());
        } catch (SchemaRootException e) {
            throw new ImportException(e.getMessage());
        }
        return result.diagnostics().stream()
                .filter(d -> files.contains(d.location().file()))
                .toList();
    }

    /** A document to write: its path, the model it is (none for a provider document), its text, what writing does. */
    private record Planned(String path, Optional<ImportedModel> model, byte[] text, Status status) {}

    static String article(String jsonType) {
        return (jsonType.startsWith("a") || jsonType.startsWith("o") || jsonType.startsWith("i") ? "an " : "a ")
                + jsonType;
    }
}
