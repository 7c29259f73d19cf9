package dev.pictor.cli;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.io.InputFiles;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.report.FindingLines;
import dev.pictor.core.validate.RequestCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pictor validate}: checks JSON requests against a model's refined input schema before they are sent. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks each REQUEST (a JSON request body: a provider's documented example, a captured payload) against "
                    + "the input schema of model ID in SCHEMAS_DIR, with every refinement applied, and prints each "
                    + "violation with its place in the request, the constraint, and the refinement's reason where a "
                    + "refinement made the constraint.",
            "",
            "Exit codes: 0 every request is valid; 1 a request is invalid or not JSON; 2 usage error, or a root, "
                    + "model or request file that cannot be used; 3 internal error."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "ID",
            description = "The model id, as its documents declare it (for example "
                    + "@cf/runwayml/stable-diffusion-v1-5-inpainting).")
    String model;

    @Option(
            names = "--model-version",
            paramLabel = "VERSION",
            description = "The model document's version; default: the latest snapshot.")
    String version;

    @Mixin
    ColorOption color;

    @Parameters(index = "0", paramLabel = "SCHEMAS_DIR", description = "The schemas root holding the model.")
    String schemasDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "REQUEST", description = "JSON request files to check.")
    List<String> requests;

    @Override
    public Integer call() {
        Path root = PathArgument.parse(schemasDir, "schemas root");
        SchemaSet schemas;
        Diagnostics loading = new Diagnostics();
        try {
            schemas = DocumentLoader.load(root, loading);
        } catch (SchemaRootException e) {
            throw new CliError(e.getMessage());
        }
        RequestCheck check = new RequestCheck(schemas);
        ModelDocument document = check.model(model, Optional.ofNullable(version))
                .orElseThrow(() -> new CliError(notFound(check, loading)));
        PrintWriter out = spec.commandLine().getOut();
        // the request files are shown as given: their locations' files are the requests as given
        FindingLines lines = color.lines(PictorCli.terminal(spec), UnaryOperator.identity());
        int invalid = 0;
        boolean unreadable = false;
        for (String request : requests) {
            String shownAs = request.replace('\\', '/');
            Diagnostics reading = new Diagnostics();
            Optional<byte[]> content = InputFiles.read(PathArgument.parse(request, "request file"), shownAs, reading);
            List<Diagnostic> findings =
                    content.map(bytes -> check.check(document, shownAs, bytes)).orElse(reading.sorted());
            findings.forEach(d -> out.print(lines.line(d) + "\n"));
            unreadable |= content.isEmpty();
            if (content.isPresent() && findings.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                invalid++;
            }
        }
        out.print(requests.size() + (requests.size() == 1 ? " request" : " requests") + " checked against "
                + document.displayName() + " (" + document.file() + "): " + (requests.size() - invalid)
                + (unreadable ? " valid or unreadable, " : " valid, ") + invalid + " invalid\n");
        out.flush();
        if (unreadable) {
            return PictorCli.EXIT_USAGE;
        }
        return invalid > 0 ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }

    private String notFound(RequestCheck check, Diagnostics loading) {
        List<String> versions = check.versions(model);
        String unloaded = loading.hasErrors()
                ? " (" + loading.count(Severity.ERROR) + " error(s) while loading the root: run 'pictor lint "
                        + schemasDir + "')"
                : "";
        if (!versions.isEmpty()) {
            return "model " + model + " has no version " + version + " in " + schemasDir + "; its versions: "
                    + String.join(", ", versions);
        }
        return "no model " + model + " in " + schemasDir + unloaded;
    }
}
