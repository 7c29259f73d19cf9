package dev.pictor.cli;

import dev.pictor.core.compat.CompatResult;
import dev.pictor.core.compat.CompatRun;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.report.CompatReport;
import dev.pictor.core.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pictor check-compat}: breaking-change detection between two versions of a model, over a schemas root (each
 * model's newest version against the one before it) or two model documents.
 */
@Command(
        name = "check-compat",
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

    @Mixin
    ReportOptions report;

    @Parameters(
            arity = "1..2",
            paramLabel = "OLD NEW | SCHEMAS_DIR",
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
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), PictorCli.terminal(spec));
        try {
            result = inputs.size() == 1
                    ? CompatRun.root(inputs.get(0), progress.counting("loaded", "document"))
                    : CompatRun.files(inputs.get(0), inputs.get(1));
        } catch (SchemaRootException e) {
            throw new CliError(e.getMessage());
        } finally {
            progress.finish();
        }
        List<Path> roots = new ArrayList<>();
        try {
            for (Path input : inputs) {
                roots.add(inputs.size() == 1 ? input : CompatRun.rootOf(input, "document"));
            }
        } catch (SchemaRootException e) {
            throw new CliError(e.getMessage());
        }
        report.emit(
                spec.commandLine().getOut(),
                new CompatReport(
                                CompatReport.Format.valueOf(report.format.name()),
                                Optional.of(PictorCli.version()),
                                report.color.lines(PictorCli.terminal(spec), shownPath(inputs)),
                                roots.stream().distinct().count() == 1
                                        ? Optional.of(SarifReport.rootUri(roots.get(0), Path.of("")))
                                        : Optional.empty())
                        .render(result),
                result.summary(),
                roots);
        return result.fails(report.failOnWarning) ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }

    /**
     * How a finding's file (relative to its schemas root) is shown, so that it can be opened: joined to the root as
     * given; with OLD NEW, the argument as given for either document, and any other file joined to the newer
     * document's root (relative to the working directory when it lies inside it).
     */
    private UnaryOperator<String> shownPath(List<Path> inputs) {
        if (inputs.size() == 1) {
            String given = paths.get(0);
            return file -> ColorOption.shown(given, file);
        }
        Map<String, String> documents = new HashMap<>();
        Path newerRoot;
        try {
            Path olderRoot = CompatRun.rootOf(inputs.get(0), "document");
            newerRoot = CompatRun.rootOf(inputs.get(1), "document");
            documents.put(relative(olderRoot, inputs.get(0)), paths.get(0));
            documents.put(relative(newerRoot, inputs.get(1)), paths.get(1));
        } catch (SchemaRootException | IOException e) {
            throw new CliError(e.getMessage());
        }
        Path here = Path.of("").toAbsolutePath().normalize();
        Path root = newerRoot.toAbsolutePath().normalize();
        String shownRoot = root.startsWith(here) ? here.relativize(root).toString() : root.toString();
        return file -> documents.getOrDefault(file, ColorOption.shown(shownRoot, file));
    }

    private static String relative(Path root, Path file) throws IOException {
        return root.toRealPath().relativize(file.toRealPath()).toString().replace('\\', '/');
    }
}
