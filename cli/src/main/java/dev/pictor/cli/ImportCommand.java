package dev.pictor.cli;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.imports.ImportException;
import dev.pictor.core.imports.ImportFormat;
import dev.pictor.core.imports.ImportOptions;
import dev.pictor.core.imports.ImportResult;
import dev.pictor.core.imports.ImportResult.ImportedDocument;
import dev.pictor.core.imports.Importer;
import dev.pictor.core.imports.OpenApiSelection;
import dev.pictor.core.report.FindingLines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pictor import cloudflare|replicate FILE... --into SCHEMAS_DIR --doc-version V ...}, and
 * {@code pictor import openapi FILE --into SCHEMAS_DIR --provider ID (--operation OP... | --tag TAG... | --all)}: turns
 * published schema files
 * into model documents of a schemas root. Every file is checked before anything is written; the documents are then
 * written atomically and linted, and the findings about them are printed (the provider's mistakes are reported,
 * never corrected).
 *
 * <p>{@code --doc-version} is the version of the imported documents; {@code --version} is the tool's, as for every
 * command.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Imports published model schemas into SCHEMAS_DIR as model documents, one per FILE.",
            "",
            "The format is cloudflare (files of the Cloudflare Workers AI model catalog: name, task, schema "
                    + "{input, output}), replicate (the model object Replicate serves for GET "
                    + "/v1/models/OWNER/NAME, or the bare Cog OpenAPI schema of a Replicate model: "
                    + "components.schemas.Input and Output), or openapi (an OpenAPI 3.0 or 3.1 document of a "
                    + "provider's HTTP API: each selected operation becomes a model document, named by its "
                    + "operationId or else by its method and path, e.g. post-v1-text-to-image; the document's "
                    + "servers and securitySchemes become <provider>/provider.json when it does not exist yet).",
            "",
            "Each document goes to <provider>/<model path>/<version>.json with the published schemas verbatim "
                    + "(Cog component references are copied into $defs). Nothing is made up: what a file does not "
                    + "carry must be given (catalog files: the version; bare Cog schemas: also the model id and "
                    + "task). A Replicate model object carries the model id and its latest version's id and "
                    + "creation day (the version and snapshot date); its task is inferred from its inputs and "
                    + "output where they say enough. Options given win over what a file carries. "
                    + "Every file is checked first; if one cannot be imported, nothing is written. An existing "
                    + "document with other content is only replaced with --force.",
            "",
            "After writing, the documents are linted and their findings printed; the published schemas are never "
                    + "corrected (use 'pictor lint' to gate on them).",
            "",
            "Exit codes: 0 imported (whatever the lint findings); 1 a file could not be imported (nothing written); "
                    + "2 usage error, or a schemas root that cannot be used or written; 3 internal error."
        })
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "cloudflare|replicate|openapi", description = "The format of the files.")
    String format;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "FILE",
            description = "The published files, one model " + "each.")
    List<String> files = new ArrayList<>();

    @Option(
            names = "--into",
            required = true,
            paramLabel = "SCHEMAS_DIR",
            description = "The schemas root; <provider>/provider.json must exist in it (openapi writes it when it "
                    + "does not).")
    String into;

    @Option(
            names = "--provider",
            paramLabel = "ID",
            description = "openapi: the provider id, the folder of the documents and of their provider.json.")
    String provider;

    @Option(
            names = "--operation",
            arity = "1..*",
            paramLabel = "OPERATION",
            description = "openapi: an operation to import, by its operationId or as METHOD PATH "
                    + "(\"POST /v1/text_to_image\", one argument).")
    List<String> operations = new ArrayList<>();

    @Option(
            names = "--tag",
            arity = "1..*",
            paramLabel = "TAG",
            description = "openapi: import the operations that have this tag.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--all", description = "openapi: import every operation of the document.")
    boolean all;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "openapi: the provider's base URL, when the document's servers give no absolute http(s) "
                    + "URL (nothing is made up: without it such a document is refused).")
    String baseUrl;

    @Option(
            names = "--accept",
            paramLabel = "MEDIA_TYPE",
            description = "openapi: import only the success responses of this media type (image/png: the adapter "
                    + "reads the image, asking for it by Accept); the others are left out with a NOTE.")
    String accept;

    @Option(
            names = "--doc-version",
            paramLabel = "V",
            description = "The version of the documents and their file name: the capture date "
                    + "(YYYY-MM-DD), or a provider's version id together with --snapshot. Required for cloudflare "
                    + "and bare Cog schemas; a Replicate model object gives its latest version's creation day; "
                    + "for openapi, give it or --snapshot alone (the version is then info.version).")
    String version;

    @Option(
            names = "--snapshot",
            paramLabel = "YYYY-MM-DD",
            description = "The capture date, when --doc-version is not a date (openapi: alone, the version is the "
                    + "document's info.version).")
    String snapshot;

    @Option(
            names = "--model",
            paramLabel = "ID",
            description = "replicate: the model id (OWNER/NAME); required for a bare Cog schema, which names no "
                    + "model. openapi: the model id of the one --operation imported.")
    String model;

    @Option(
            names = "--task",
            paramLabel = "TASK",
            description = "replicate: the task id (text-to-image, image-to-image, inpainting, ...); required for "
                    + "a bare Cog schema, inferred from a model object where it says enough; catalog files carry "
                    + "theirs. openapi: the task of every selected operation, inferred from the words of its id and "
                    + "path when not given.")
    String task;

    @Option(
            names = "--provider-version",
            paramLabel = "ID",
            description = "replicate: the model version id (hash) the schema belongs to, kept as providerVersion "
                    + "(a model object gives its latest version's).")
    String providerVersion;

    @Option(
            names = "--source-note",
            paramLabel = "TEXT",
            description = "Appended to each document's source, e.g. the repository, commit or URL the files "
                    + "were taken from.")
    String sourceNote;

    @Option(names = "--force", description = "Replace a document that exists with other content.")
    boolean force;

    @Override
    public Integer call() {
        ImportFormat kind = ImportFormat.parse(format)
                .orElseThrow(() -> new CliError("unknown format '"
                        + PictorCli.oneLine(format) + "'; give cloudflare (Workers AI catalog files), replicate (Cog "
                        + "OpenAPI schemas) or openapi (a provider's OpenAPI document)"));
        requireOptions(kind);
        OpenApiSelection selection = selection(kind);
        Path root = PathArgument.parse(into, "schemas root");
        List<Path> inputs = new ArrayList<>();
        for (String f : files) {
            inputs.add(PathArgument.parse(f, "file"));
        }
        ImportOptions options;
        try {
            options = new ImportOptions(
                    kind, inputs, root, version, snapshot, model, task, providerVersion, sourceNote, force, selection);
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage());
        }
        ImportResult result;
        try {
            result = Importer.run(options);
        } catch (ImportException e) {
            throw new CliError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic d : result.problems()) {
            out.print(d.toText() + "\n");
        }
        for (ImportedDocument d : result.documents()) {
            out.print(d.status().name().toLowerCase(Locale.ROOT) + " " + d.documentPath() + " (" + d.model() + ", from "
                    + d.file() + ")\n");
        }
        FindingLines lines = new FindingLines(file -> ColorOption.shown(into, file), false);
        for (Diagnostic d : result.findings()) {
            out.print(lines.line(d) + "\n");
        }
        out.print(result.summary(into) + "\n");
        out.flush();
        return result.failed() ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }

    /** What an OpenAPI import selects; null for the other formats. */
    private OpenApiSelection selection(ImportFormat kind) {
        if (kind != ImportFormat.OPENAPI) {
            return null;
        }
        if (files.size() != 1) {
            throw new CliError("openapi imports one document at a time (its servers and securitySchemes make the "
                    + "provider document); " + files.size() + " files were given");
        }
        // "--operation POST /v1/images" written as two arguments is one operation
        List<String> joined = new ArrayList<>();
        for (String o : operations) {
            int last = joined.size() - 1;
            if (o.startsWith("/") && last >= 0 && joined.get(last).matches("(?i)[a-z]+")) {
                joined.set(last, joined.get(last) + " " + o);
            } else {
                joined.add(o);
            }
        }
        try {
            return new OpenApiSelection(provider, joined, tags, all, baseUrl, accept);
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage());
        }
    }

    /**
     * The options a format needs and its files do not carry, asked for by their command-line names. A Replicate file
     * may be a model object, which carries them; a bare Cog schema without them is reported at the file.
     */
    private void requireOptions(ImportFormat kind) {
        if (kind != ImportFormat.OPENAPI) {
            for (String[] given : new String[][] {
                {"--provider", provider},
                {"--operation", operations.isEmpty() ? null : "x"},
                {"--tag", tags.isEmpty() ? null : "x"},
                {"--all", all ? "x" : null},
                {"--base-url", baseUrl},
                {"--accept", accept}
            }) {
                if (given[1] != null) {
                    throw new CliError(given[0] + " is given for openapi documents only");
                }
            }
        }
        if (kind == ImportFormat.REPLICATE || kind == ImportFormat.OPENAPI) {
            return;
        }
        if (version == null || version.isBlank()) {
            throw new CliError("--doc-version is required: catalog files carry no version, and their created_at is "
                    + "when the model entered the catalog, not when its schema was captured; give the capture date, "
                    + "e.g. --doc-version 2025-11-20");
        }
        for (String[] given :
                new String[][] {{"--model", model}, {"--task", task}, {"--provider-version", providerVersion}}) {
            if (given[1] != null) {
                throw new CliError(given[0] + " is not used with cloudflare: each catalog file carries its "
                        + "model id and task, and Cloudflare models have no version ids");
            }
        }
    }
}
