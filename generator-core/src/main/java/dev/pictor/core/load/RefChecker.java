package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaWalker;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every {@code $ref} of a schema: a reference resolves only inside the schemas root, to a point of the same
 * schema ({@code #/...}, relative to the schema's own root) or to a shared {@code *.schema.json} file. A URL, an
 * absolute path, an escape with {@code ..} or a link out of the root is refused and never fetched or read.
 */
final class RefChecker {

    private final SchemaRoot root;
    private final Map<String, LocatedNode> fragments;
    private final Diagnostics diagnostics;

    RefChecker(SchemaRoot root, Map<String, LocatedNode> fragments, Diagnostics diagnostics) {
        this.root = root;
        this.fragments = fragments;
        this.diagnostics = diagnostics;
    }

    /** Checks a schema written in {@code file}; true when every reference in it resolves. */
    boolean check(String file, LocatedNode schema) {
        boolean[] ok = {true};
        SchemaWalker.walk(schema, sub -> {
            if (sub.node() instanceof LocatedObject object) {
                object.get("$ref").ifPresent(ref -> ok[0] &= checkOne(file, schema, ref));
            }
        });
        return ok[0];
    }

    private boolean checkOne(String file, LocatedNode schema, LocatedNode refNode) {
        Optional<String> text = refNode.asText();
        if (text.isEmpty()) {
            diagnostics.report(Severity.ERROR, "ref.unresolved", refNode, "$ref must be a string", null);
            return false;
        }
        String ref = text.get();
        if (SchemaRefs.isRemote(ref)) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.remote",
                    refNode,
                    "$ref \"" + ref + "\" names a URL; Pictor never fetches or opens one",
                    "copy the referenced schema into the schemas root as a *.schema.json file and refer to it by a relative path");
            return false;
        }
        SchemaRefs.Reference reference = SchemaRefs.Reference.parse(ref);
        String filePart = reference.file();
        String fragment = reference.pointer();
        LocatedNode target = schema;
        if (!filePart.isEmpty()) {
            Optional<String> inside = root.resolveInside(file, filePart);
            if (inside.isEmpty()) {
                diagnostics.report(
                        Severity.ERROR,
                        "ref.outside-root",
                        refNode,
                        "$ref \"" + ref + "\" leads outside the schemas root; it is not read",
                        "keep shared schemas inside the root and refer to them by a relative path");
                return false;
            }
            target = fragments.get(inside.get());
            if (target == null) {
                diagnostics.report(
                        Severity.ERROR,
                        "ref.unresolved",
                        refNode,
                        "$ref \"" + ref + "\" names " + inside.get() + ", which is not a shared schema of this root",
                        "shared schemas are files named *.schema.json inside the schemas root");
                return false;
            }
        }
        if (SchemaRefs.at(target, fragment).isEmpty()) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.unresolved",
                    refNode,
                    "$ref \"" + ref + "\" points to nothing: " + fragment + " does not exist"
                            + (filePart.isEmpty() ? " in this schema" : " in " + filePart),
                    "a local reference is a JSON Pointer from the root of the input or output schema, e.g. #/$defs/Size");
            return false;
        }
        return true;
    }
}
