package dev.pictor.cli;

import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.load.DocumentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pictor new --provider P --model M [--task T] [--doc-version DATE] SCHEMAS_DIR}: writes the skeleton of an
 * authored model document (and a provider document when the provider has none), each atomically and never over an
 * existing file. The skeleton lints without errors; its {@code $schema} points to the editor meta-schema, copied to
 * {@code SCHEMAS_DIR/.pictor/} (a hidden folder, which the loader skips).
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Writes the skeleton of an authored model document to SCHEMAS_DIR/<provider>/<model path>/<version>.json, "
                    + "and SCHEMAS_DIR/<provider>/provider.json when there is none.",
            "",
            "The document's $schema points to the editor meta-schema (copied to SCHEMAS_DIR/.pictor/ when missing), "
                    + "so that an editor completes and checks it, input and output included. Fill in its source, "
                    + "input and output (and the provider document's placeholders) before generating from it.",
            "",
            "Exit codes: 0 written; 2 usage error, an existing file (nothing is overwritten) or a folder that cannot "
                    + "be written; 3 internal error."
        })
final class NewCommand implements Callable<Integer> {

    /** Where the editor meta-schema is copied, relative to the schemas root. */
    static final String EDITOR_SCHEMA = ".pictor/model-document.editor.schema.json";

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern MODEL_SEGMENT = Pattern.compile("^[A-Za-z0-9@_+][A-Za-z0-9@._+-]*$");
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--provider",
            required = true,
            paramLabel = "P",
            description = "The provider id (lower case, digits, single hyphens).")
    String provider;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "M",
            description = "The model id as the provider spells it, e.g. @cf/acme/painter or acme/painter.")
    String model;

    @Option(
            names = "--task",
            paramLabel = "T",
            defaultValue = "text-to-image",
            description = "The task id (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(
            names = "--doc-version",
            paramLabel = "DATE",
            description = "The document's version and snapshot date, YYYY-MM-DD (default: today, UTC); --version is "
                    + "the tool's, as for every command.")
    String version;

    @Parameters(index = "0", paramLabel = "SCHEMAS_DIR", description = "The schemas root (created if missing).")
    String schemasDir;

    @Override
    public Integer call() {
        check();
        String date = version == null ? LocalDate.now(ZoneOffset.UTC).toString() : version;
        Path root = PathArgument.parse(schemasDir, "schemas root");
        String relative = provider + "/" + DocumentLoader.modelPath(model) + "/" + date + ".json";
        Path document = root.resolve(relative);
        Path providerDocument = root.resolve(provider).resolve("provider.json");
        if (Files.exists(document)) {
            throw new CliError(ColorOption.shown(schemasDir, relative) + " exists; 'pictor new' never overwrites a "
                    + "file (give another --doc-version, or edit it)");
        }
        List<String[]> written = new ArrayList<>();
        int depth = relative.split("/").length - 1;
        String schemaRef = "../".repeat(depth) + EDITOR_SCHEMA;
        try {
            Path editorSchema = root.resolve(EDITOR_SCHEMA);
            if (!Files.exists(editorSchema)) {
                write(editorSchema, editorSchema());
                written.add(new String[] {EDITOR_SCHEMA, "the editor meta-schema"});
            }
            if (!Files.exists(providerDocument)) {
                write(providerDocument, providerSkeleton());
                written.add(new String[] {
                    provider + "/provider.json", "fill in name, transport, baseUrl, placeholders, auth and source"
                });
            }
            write(document, modelSkeleton(schemaRef, date));
            written.add(new String[] {
                relative, "fill in source, input and output; description, refinements and examples are optional"
            });
        } catch (IOException e) {
            throw new CliError("cannot write under " + PictorCli.oneLine(schemasDir) + ": " + AtomicFiles.reason(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String[] w : written) {
            out.print("wrote " + ColorOption.shown(schemasDir, w[0]) + " (" + w[1] + ")\n");
        }
        out.print("check it with: pictor lint " + schemasDir + "\n");
        out.flush();
        return PictorCli.EXIT_OK;
    }

    private void check() {
        if (!ID.matcher(provider).matches()) {
            throw new CliError("--provider '" + PictorCli.oneLine(provider)
                    + "' is not a provider id: lower case letters, digits and single hyphens, e.g. acme-ai");
        }
        if (!ID.matcher(task).matches()) {
            throw new CliError("--task '" + PictorCli.oneLine(task)
                    + "' is not a task id: lower case letters, digits and single hyphens, e.g. text-to-image");
        }
        String path = DocumentLoader.modelPath(model);
        for (String segment : path.split("/", -1)) {
            if (!MODEL_SEGMENT.matcher(segment).matches()) {
                throw new CliError("--model '" + PictorCli.oneLine(model) + "' cannot name a folder: each part "
                        + "between slashes is letters, digits, '.', '_', '+', '-' (not starting with '.' or '-')");
            }
        }
        if (version != null) {
            try {
                if (!LocalDate.parse(version).toString().equals(version)) {
                    throw new DateTimeParseException("not YYYY-MM-DD", version, 0);
                }
            } catch (DateTimeParseException e) {
                throw new CliError(
                        "--doc-version '" + PictorCli.oneLine(version) + "' is not a date YYYY-MM-DD, e.g. 2025-11-20");
            }
        }
    }

    /** Writes a file atomically, creating its folders. */
    private static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(file, content);
    }

    private static String editorSchema() throws IOException {
        try (InputStream in =
                DocumentLoader.class.getResourceAsStream("/dev/pictor/core/meta/model-document.editor.schema.json")) {
            if (in == null) {
                throw new IOException("the editor meta-schema is missing from generator-core's jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private String providerSkeleton() {
        String env = provider.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return "{\n"
                + "  \"provider\": " + json(provider) + ",\n"
                + "  \"name\": " + json(provider) + ",\n"
                + "  \"transport\": \"json-gateway\",\n"
                + "  \"baseUrl\": \"https://api.example.com\",\n"
                + "  \"placeholders\": {},\n"
                + "  \"auth\": {\"scheme\": \"bearer\", \"tokenEnv\": " + json(env + "_API_TOKEN") + "},\n"
                + "  \"vendorKeywords\": [],\n"
                + "  \"source\": \"Written by pictor new: replace with the provider's API documentation (page and date)"
                + " and fill in name, transport, baseUrl, placeholders and auth.\"\n"
                + "}\n";
    }

    private String modelSkeleton(String schemaRef, String date) {
        return "{\n"
                + "  \"$schema\": " + json(schemaRef) + ",\n"
                + "  \"provider\": " + json(provider) + ",\n"
                + "  \"model\": " + json(model) + ",\n"
                + "  \"version\": " + json(date) + ",\n"
                + "  \"snapshot\": " + json(date) + ",\n"
                + "  \"task\": " + json(task) + ",\n"
                + "  \"origin\": \"authored\",\n"
                + "  \"source\": \"Written by pictor new: replace with the page or document the schemas are authored"
                + " from, and its date.\",\n"
                + "  \"dialect\": \"" + DIALECT + "\",\n"
                + "  \"input\": {\n"
                + "    \"type\": \"object\",\n"
                + "    \"properties\": {\n"
                + "      \"prompt\": {\"type\": \"string\", \"minLength\": 1, \"description\": \"The text prompt.\"}\n"
                + "    },\n"
                + "    \"required\": [\"prompt\"],\n"
                + "    \"additionalProperties\": false\n"
                + "  },\n"
                + "  \"output\": {\"type\": \"string\", \"contentEncoding\": \"base64\", \"contentMediaType\": "
                + "\"image/png\"}\n"
                + "}\n";
    }

    /** A JSON string literal. */
    private static String json(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
