package dev.pictor.core.lint;

import dev.pictor.core.concurrent.InOrder;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.link.Linker;
import dev.pictor.core.link.SourceFiles;
import dev.pictor.core.model.SchemaSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What generate would refuse, found by lint: every model is linked as generate links it (the refined schemas, Java
 * types and names decided, nothing emitted), its source files planned ({@link SourceFiles}), and each ERROR of
 * linking is a finding of lint, with generate's code (an unsupported keyword, a reference loop, a pattern Java cannot
 * run, two schemas that become one Java name, two types written to one file). So a document that lints clean
 * generates.
 */
final class LinkCheck {

    /**
     * The base package of the check's linking: any valid one, since what linking refuses does not depend on it (a
     * model's own package is claimed below it whatever it is).
     */
    private static final String ANY_BASE_PACKAGE = "dev.pictor.generated";

    private LinkCheck() {}

    /**
     * The ERRORs of linking {@code schemas} (the models on {@code workers}); a failure of Pictor itself on a model is an {@code internal.failed}
     * ERROR there, its stack trace added to {@code failures}.
     */
    static List<Diagnostic> errors(SchemaSet schemas, Diagnostics failures, InOrder workers) {
        Diagnostics linking = new Diagnostics();
        SourceFiles.checkCollisions(new Linker(ANY_BASE_PACKAGE, linking, workers).link(schemas), linking);
        linking.failures().forEach(failures::failed);
        Set<String> seen = new HashSet<>(); // a name is decided for a type and for a field: one finding per node
        return linking.sorted().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .filter(d -> seen.add(d.code() + " " + d.location().file() + " " + d.pointer()))
                .toList();
    }
}
