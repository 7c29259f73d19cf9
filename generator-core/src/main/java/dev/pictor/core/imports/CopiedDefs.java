package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code $defs} member an importer adds at the end of a published schema to hold the components it references
 * (Cog's and OpenAPI's {@code #/components/schemas/...}), so that the schema stands alone in a model document.
 */
final class CopiedDefs {

    private CopiedDefs() {}

    /**
     * {@code members} (the schema's own, possibly rewritten) with {@code $defs} holding {@code defs} added at the
     * end; empty, and reported, when {@code schema} has a {@code $defs} of its own, which the copies cannot join
     * without changing it.
     */
    static Optional<LocatedObject> append(
            LocatedObject schema, List<Member> members, List<Member> defs, Diagnostics problems) {
        if (schema.has("$defs")) {
            problems.report(
                    Severity.ERROR,
                    "import.defs-conflict",
                    schema.get("$defs").orElseThrow(),
                    "the schema already has $defs, so the components it references cannot be copied there "
                            + "without changing it",
                    "import a schema whose references can be made local; this one needs editing by hand");
            return Optional.empty();
        }
        List<Member> all = new ArrayList<>(members);
        all.add(new Member(
                "$defs",
                schema.location(),
                new LocatedObject(schema.location(), JsonPointer.append(schema.pointer(), "$defs"), defs)));
        return Optional.of(new LocatedObject(schema.location(), schema.pointer(), all));
    }
}
