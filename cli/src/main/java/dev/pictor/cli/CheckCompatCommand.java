package dev.pictor.cli;

import dev.pictor.core.compat.CompatResult;
import dev.pictor.core.compat.CompatRun;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.report.CompatReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pictor check-compat}: breaking-change detection between two versions of a model, over a schemas root (each
 * model's newest version against the one before it) or two model documents.
 */
@Command(name = "check-compat",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Compares two versions of a model and reports every change for a caller of the input and a reader of "
                    + "the output: ERROR for a breaking change, WARNING for a risky one, NOTE for a compatible one.",
            "",
            "With SCHEMAS_DIR, each model's newest version (by snapshot date) is compared with the one before it; "
                    + "models with one version are left out. With OLD NEW, NEW is compared with OLD; each must be a "
                    + "model document in a schemas root (<root>/<provider>/<model path>/<version>.json, with "
                    + "<root>/<provider>/provider.json), so that it is loaded and checked as lint checks it.",
            "",
            "A breaking change is accepted by an entry {\"rule\", \"pointer\", \"why\"} in the newer document's "
                    + "acknowledged: it is then reported as a NOTE with its reason.",
            "",
            "Exit codes: 0 no breaking change (and no warning with --fail-on-warning); 1 findings that fail the run; "
                    + "2 usage error, or a root, document or output that cannot be used; 3 internal error."
        })
final class CheckCompatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            converter = ReportFormat.Converter.class,
            description = "text (default: the versions compared, one line per finding and a summary), json (an array "
                    + "of findings) or sarif (SARIF 2.1.0, for code scanning).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of stdout; stdout then gets the "
                    + "summary line.")
    String output;

    @Option(names = "--fail-on-warning", description = "Exit with 1 on a WARNING too, not only on an ERROR.")
    boolean failOnWarning;

    @Parameters(arity = "1..2", paramLabel = "OLD NEW | SCHEMAS_DIR",
            description = "Two model documents, older first, or a schemas root.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> inputs = new ArrayList<>();
        for (String p : paths) {
            inputs.add(PathArgument.parse(p, paths.size() == 1 ? "schemas root" : "model document"));
        }
        if (inputs.size() == 1 && Files.isRegularFile(inputs.get(0))) {
            throw new CliError(paths.get(0) + " is a file: give two model documents, OLD NEW, or a schemas root");
        }
        CompatResult result;
        try {
            result = inputs.size() == 1 ? CompatRun.root(inputs.get(0)) : CompatRun.files(inputs.get(0), inputs.get(1));
        } catch (SchemaRootException e) {
            throw new CliError(e.getMessage());
        }
        String report = new CompatReport(CompatReport.Format.valueOf(format.name()), Optional.of(PictorCli.version()))
                .render(result);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(report);
        } else {
            Path target = PathArgument.parse(output, "output file");
            try {
                for (Path input : inputs) {
                    Path root = inputs.size() == 1 ? input : CompatRun.rootOf(input, "document");
                    if (PathArgument.isInside(target.toAbsolutePath().normalize().getParent(), root)) {
                        throw new CliError("cannot write " + output + ": it is inside the schemas root " + root
                                + ", which is only read; write the report elsewhere");
                    }
                }
                AtomicFiles.write(target, report);
            } catch (IOException | SchemaRootException e) {
                throw new CliError("cannot write " + output + ": " + (e instanceof IOException io
                        ? AtomicFiles.reason(io) : e.getMessage()));
            }
            out.print("wrote " + output + ": " + result.summary() + "\n");
        }
        out.flush();
        return result.fails(failOnWarning) ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }
}
