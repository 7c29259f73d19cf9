package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaWalker;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every {@code $ref} of a schema: a reference resolves only inside the schemas root, against the base URI in
 * force where it is written (the file's own, or an enclosing {@code $id}'s), to a point of the same schema, to a
 * shared schema file, to a resource a shared schema declares with {@code $id}, to a file of a folder that {@code
 * pictor-root.json} maps a URI prefix to, or to a bundled meta-schema. Any other URL, an absolute path, an escape
 * with {@code ..} or a link out of the root is refused and never fetched or read.
 */
final class RefChecker {

    private final SchemaRoot root;
    private final Map<String, LocatedNode> fragments;
    private final RootUris uris;
    private final Diagnostics diagnostics;
    private final Map<Dialect, SchemaRefs> refs = new EnumMap<>(Dialect.class);

    RefChecker(SchemaRoot root, Map<String, LocatedNode> fragments, RootUris uris, Diagnostics diagnostics) {
        this.root = root;
        this.fragments = fragments;
        this.uris = uris;
        this.diagnostics = diagnostics;
    }

    /** Checks a shared schema, read in the dialect its {@code $schema} declares (draft 2020-12 when none). */
    boolean check(String file, LocatedNode schema) {
        Dialect dialect = schema.asObject()
                .flatMap(o -> o.text("$schema"))
                .flatMap(Dialect::fromUri)
                .orElse(Dialect.DRAFT_2020_12);
        return check(file, schema, dialect);
    }

    /** Checks a schema written in {@code file} in {@code dialect}; true when every reference in it resolves. */
    boolean check(String file, LocatedNode schema, Dialect dialect) {
        SchemaRefs resolver = refs.computeIfAbsent(dialect, d -> new SchemaRefs(fragments, uris, d));
        boolean[] ok = {true};
        SchemaWalker.walk(schema, sub -> {
            if (sub.node() instanceof LocatedObject object) {
                object.get("$ref").ifPresent(ref -> ok[0] &= checkOne(file, schema, ref, resolver));
            }
        });
        return ok[0];
    }

    private boolean checkOne(String file, LocatedNode schema, LocatedNode refNode, SchemaRefs resolver) {
        Optional<String> text = refNode.asText();
        if (text.isEmpty()) {
            diagnostics.report(Severity.ERROR, "ref.unresolved", refNode, "$ref must be a string", null);
            return false;
        }
        String ref = text.get();
        if (resolver.resolve(refNode, schema, ref).isPresent()) {
            return true;
        }
        if (SchemaRefs.isRemote(ref)) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.remote",
                    refNode,
                    "$ref \"" + ref + "\" names a URL that no schema of the root declares as its $id and that"
                            + " pictor-root.json maps to no folder; Pictor never fetches or opens one",
                    "copy the referenced schema into the schemas root and refer to it by a relative path, or map"
                            + " its URI prefix to a folder of the root in pictor-root.json's uriMappings");
            return false;
        }
        Optional<String> absolute = resolver.absolute(refNode, schema, ref);
        if (absolute.isPresent() && !absolute.get().startsWith(RootUris.INTERNAL)) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.unresolved",
                    refNode,
                    "$ref \"" + ref + "\" resolves against the enclosing $id to " + absolute.get()
                            + ", which names nothing in the schemas root",
                    "declare that URI with $id in a schema of the root, or map its prefix in pictor-root.json");
            return false;
        }
        SchemaRefs.Reference reference;
        try {
            reference = SchemaRefs.Reference.parse(ref);
        } catch (IllegalArgumentException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.unresolved",
                    refNode,
                    "$ref \"" + ref + "\" has a fragment that is no JSON Pointer: " + e.getMessage(),
                    "escape ~ as ~0 and / as ~1 in a pointer token");
            return false;
        }
        String filePart = reference.file();
        String fragment = reference.pointer();
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
            if (!fragments.containsKey(inside.get())) {
                diagnostics.report(
                        Severity.ERROR,
                        "ref.unresolved",
                        refNode,
                        "$ref \"" + ref + "\" names " + inside.get() + ", which is not a shared schema of this root",
                        "shared schemas are files named *.schema.json inside the schemas root");
                return false;
            }
        }
        diagnostics.report(
                Severity.ERROR,
                "ref.unresolved",
                refNode,
                "$ref \"" + ref + "\" points to nothing: " + fragment + " does not exist"
                        + (filePart.isEmpty() ? " in this schema" : " in " + filePart),
                "a local reference is a JSON Pointer from the root of the input or output schema, e.g. #/$defs/Size,"
                        + " or the name of an $anchor, e.g. #size");
        return false;
    }
}
