package dev.pictor.cli;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateException;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.report.FindingLines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pictor generate}: lints a schemas root and, when nothing fails, writes the typed clients. Prints the ERRORs
 * and WARNINGs it counts (the NOTEs too with {@code --verbose}), then one summary line; {@code pictor lint} lists
 * every finding.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Generates typed Java clients from the model documents under SCHEMAS_DIR: per model version the request "
                    + "and response records, enums, the request validator and the adapter, plus "
                    + "META-INF/services/dev.pictor.runtime.ModelBinding.",
            "",
            "The schemas are linted first; an ERROR (or a WARNING with --fail-on-warning) stops the run before "
                    + "anything is written. Only files whose content changed are written; files an earlier run "
                    + "generated that are no longer generated are deleted (each output folder lists what Pictor "
                    + "generated in .pictor-generated; nothing else is ever deleted). Each output folder's new "
                    + "content is built beside it and switched in: a run that fails or is killed leaves the old "
                    + "output or the new one, never a mix.",
            "",
            "Exit codes: 0 generated; 1 findings that fail the run (nothing written); 2 usage error, or a root or "
                    + "output folder that cannot be used; 3 internal error."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Where the Java sources go (created if missing).")
    String out;

    @Option(
            names = "--resources",
            paramLabel = "DIR",
            description = "Where the service registration goes (default: the --out folder).")
    String resources;

    @Option(
            names = "--package",
            paramLabel = "BASE",
            defaultValue = GenerateOptions.DEFAULT_BASE_PACKAGE,
            description = "The package every generated package starts with (default: ${DEFAULT-VALUE}); a model's "
                    + "classes are in BASE.<provider>.<model path>.v<version>.")
    String basePackage;

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description = "Generate only the models whose document path (cloudflare-workers-ai/**) or model id "
                    + "(@cf/runwayml/*) matches; ** crosses /, * and ? do not. Repeatable; default: every model.")
    List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Leave out the models whose document path or model id matches; wins over --include. "
                    + "Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "A folder of your own adapter templates: a file named like a built-in one "
                    + "(cloudflare-workers-ai.java.mustache, replicate-predictions.java.mustache, "
                    + "runpod-serverless.java.mustache, json-gateway.java.mustache, unknown.java.mustache) is "
                    + "rendered in its place.")
    String templates;

    @Option(
            names = "--json-validation",
            description = "Each generated validator also checks a request's JSON form: validateJson(JsonNode) "
                    + "beside validate(Request), for a value the request's types cannot hold.")
    boolean jsonValidation;

    @Option(names = "--fail-on-warning", description = "A lint WARNING fails the run too, not only an ERROR.")
    boolean failOnWarning;

    @Option(names = "--verbose", description = "List the NOTEs too, not only the ERRORs and WARNINGs.")
    boolean verbose;

    @Mixin
    ColorOption color;

    @Mixin
    RuleOptions rules;

    @Mixin
    DebugOption debug;

    @Mixin
    CacheOption cache;

    @Parameters(index = "0", paramLabel = "SCHEMAS_DIR", description = "The schemas root to generate from.")
    String schemasDir;

    @Override
    public Integer call() {
        Path root = PathArgument.parse(schemasDir, "schemas root");
        Path sources = PathArgument.parse(out, "output folder");
        Path resourceFolder = resources == null ? sources : PathArgument.parse(resources, "resources folder");
        GenerateOptions options;
        try {
            options = new GenerateOptions(
                            root, sources, resourceFolder, basePackage, includes, excludes, rules.rules, failOnWarning)
                    .withTemplatesDirectory(
                            templates == null ? null : PathArgument.parse(templates, "templates folder"))
                    .withJsonValidation(jsonValidation);
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage());
        }
        GenerateResult result;
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), PictorCli.terminal(spec));
        try {
            result = cache.apply(Generator.standard())
                    .run(options, progress.counting("loaded", "document"), progress.counting("generated", "model"));
        } catch (SchemaRootException | GenerateException e) {
            throw new CliError(e.getMessage());
        } finally {
            progress.finish();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        for (String warning : result.warnings()) {
            stderr.print("pictor: warning: " + warning + "\n");
        }
        debug.print(stderr, result.failures());
        stderr.flush();
        FindingLines lines = color.lines(PictorCli.terminal(spec), schemasDir);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() != Severity.NOTE || verbose) {
                stdout.print(lines.line(d) + "\n");
            }
        }
        stdout.print(result.summary(out) + "\n");
        stdout.flush();
        return result.failed() ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }
}
