package dev.pictor.core.link;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Java source files linked models become, by path, and the one finding for two that would be written to the same
 * file ({@code generate.file-collision}): lint plans the files as generate emits them (a class per record, enum and
 * union, the validator and the adapter, in the model's package), so that what generate would refuse while emitting is
 * a finding of lint already.
 */
public final class SourceFiles {

    /** The code of the finding. */
    public static final String COLLISION = "generate.file-collision";

    private SourceFiles() {}

    /** The source files of one model, relative to the output folder, with {@code /}. */
    public static List<String> of(LinkedModel model) {
        List<String> names = new ArrayList<>();
        model.records().forEach(r -> names.add(r.simpleName()));
        model.enums().forEach(e -> names.add(e.simpleName()));
        model.unions().forEach(u -> names.add(u.simpleName()));
        names.add(JavaNames.validatorName(model.request().simpleName()));
        names.add(JavaNames.adapterName(model.baseName()));
        String folder = model.javaPackage().replace('.', '/') + "/";
        return names.stream().map(n -> folder + n + ".java").toList();
    }

    /** Reports every file two models, or two types of one model, would both be written to. */
    public static void checkCollisions(List<LinkedModel> models, Diagnostics diagnostics) {
        Set<String> planned = new HashSet<>();
        for (LinkedModel model : models) {
            for (String path : of(model)) {
                if (!planned.add(path)) {
                    collision(SourceLocation.startOf(model.file()), path, diagnostics);
                }
            }
        }
    }

    /** The finding for a second file written to {@code path}, on the document of the model that would write it. */
    public static void collision(SourceLocation at, String path, Diagnostics diagnostics) {
        diagnostics.report(
                Severity.ERROR,
                COLLISION,
                at,
                "two generated types would be written to " + path,
                "types are named after the properties and $defs they come from: with a refinement, move one "
                        + "of the two schemas into $defs under a name of its own and $ref it there; when they "
                        + "come from two models, a different base package separates them too");
    }
}
