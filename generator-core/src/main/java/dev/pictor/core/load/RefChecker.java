package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaWalker;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Per shared schema checked, the other shared schemas its references lead into (documents by identity). */
    private final Map<LocatedNode, Set<LocatedNode>> leadsInto = new IdentityHashMap<>();

    /** The shared schemas with errors of their own, and those whose references lead into one. */
    private final Set<LocatedNode> broken = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Whether {@link #broken} is complete, once every shared schema was checked. */
    private boolean brokenKnown;

    /** The schemas a reported reference loop starts at, by identity: a loop in a shared file is reported once. */
    private final Set<LocatedNode> loopsReported = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The dialects networknt knows beside those of {@link Dialect} (it reads these {@code $schema}s itself). */
    private static final Set<String> KNOWN_DIALECTS = Set.of(
            "http://json-schema.org/draft-04/schema",
            "http://json-schema.org/draft-06/schema",
            "http://json-schema.org/draft-07/schema",
            "https://json-schema.org/draft/2019-09/schema",
            "https://json-schema.org/draft/2020-12/schema");

    RefChecker(SchemaRoot root, Map<String, LocatedNode> fragments, RootUris uris, Diagnostics diagnostics) {
        this.root = root;
        this.fragments = fragments;
        this.uris = uris;
        this.diagnostics = diagnostics;
    }

    /** The dialect a shared schema is read in: the one its {@code $schema} declares (draft 2020-12 when none). */
    static Dialect dialectOf(LocatedNode schema) {
        return schema.asObject()
                .flatMap(o -> o.text("$schema"))
                .flatMap(Dialect::fromUri)
                .orElse(Dialect.DRAFT_2020_12);
    }

    /**
     * Checks a schema written in {@code file} in {@code dialect}; true when every reference in it ({@code $ref}, and
     * {@code $dynamicRef} where the dialect has it) resolves to a schema, every {@code $schema} names a meta-schema
     * a validator can load, and no reference loop comes back to a schema without moving into a property or an item
     * ({@link RefLoops}).
     */
    boolean check(String file, LocatedNode schema, Dialect dialect) {
        SchemaRefs resolver = refs.computeIfAbsent(dialect, d -> new SchemaRefs(fragments, uris, d));
        boolean dynamic = Keywords.of(dialect).contains("$dynamicRef");
        boolean[] ok = {true};
        SchemaWalker.walk(schema, sub -> {
            if (sub.node() instanceof LocatedObject object) {
                object.get("$ref").ifPresent(ref -> ok[0] &= checkOne(file, schema, "$ref", ref, resolver));
                if (dynamic) {
                    object.get("$dynamicRef")
                            .ifPresent(ref -> ok[0] &= checkOne(file, schema, "$dynamicRef", ref, resolver));
                }
                object.get("$schema").ifPresent(uri -> ok[0] &= checkMetaSchema(schema, uri, resolver));
            }
        });
        return ok[0] && new RefLoops(resolver, dialect, diagnostics, loopsReported).check(schema);
    }

    /**
     * Records that a shared schema has errors of its own; once every shared schema is checked, {@link
     * #sharedChecked()} spreads that to the shared schemas that lead into it, and a model's reference into any of
     * them is refused ({@code ref.broken-shared}): a validator would read the broken schema and throw.
     */
    void markBroken(LocatedNode sharedSchema) {
        broken.add(sharedSchema);
    }

    /** Every shared schema was checked: a shared schema whose references lead into a broken one is broken too. */
    void sharedChecked() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<LocatedNode, Set<LocatedNode>> e : leadsInto.entrySet()) {
                if (!broken.contains(e.getKey()) && e.getValue().stream().anyMatch(broken::contains)) {
                    grew |= broken.add(e.getKey());
                }
            }
        }
        brokenKnown = true;
    }

    /**
     * A {@code $schema} must name a meta-schema: one of the dialects a validator knows, or a schema the root holds
     * (bundled, mapped, or declared by a shared file); a validator would otherwise try to load it.
     */
    private boolean checkMetaSchema(LocatedNode schema, LocatedNode uriNode, SchemaRefs resolver) {
        Optional<String> uri = uriNode.asText();
        if (uri.isPresent()) {
            String bare =
                    uri.get().endsWith("#") ? uri.get().substring(0, uri.get().length() - 1) : uri.get();
            // "" and "#..." name the document itself, which no validator loads as a meta-schema
            boolean sameDocument = uri.get().isEmpty() || uri.get().startsWith("#");
            if (Dialect.fromUri(uri.get()).isPresent()
                    || KNOWN_DIALECTS.contains(bare)
                    || (!sameDocument
                            && resolver.resolve(uriNode, schema, uri.get()).isPresent())) {
                return true;
            }
        }
        diagnostics.report(
                Severity.ERROR,
                "schema.unknown-dialect",
                uriNode,
                "$schema " + uriNode.toJackson() + " names no meta-schema: not a JSON Schema dialect, and no schema of"
                        + " the root has that URI",
                "remove it, or name a dialect (" + Dialect.DRAFT_2020_12.uri() + ", " + Dialect.DRAFT_7.uri() + ")");
        return false;
    }

    private boolean checkOne(
            String file, LocatedNode schema, String keyword, LocatedNode refNode, SchemaRefs resolver) {
        Optional<String> text = refNode.asText();
        if (text.isEmpty()) {
            diagnostics.report(Severity.ERROR, "ref.unresolved", refNode, keyword + " must be a string", null);
            return false;
        }
        String ref = text.get();
        Optional<Integer> control =
                ref.chars().filter(c -> c < 0x20 || c == 0x7f).boxed().findFirst();
        if (control.isPresent()) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.invalid",
                    refNode,
                    keyword + " " + refNode.toJackson() + " holds the control character "
                            + String.format(Locale.ROOT, "U+%04X", control.get())
                            + ", which no URI and no file name may hold",
                    "remove it; a character a URI cannot hold is written percent-encoded (%20 for a space)");
            return false;
        }
        Optional<SchemaRefs.Target> target = resolver.resolve(refNode, schema, ref);
        if (target.isPresent()) {
            LocatedNode node = target.get().node();
            LocatedNode document = target.get().document();
            if (document != schema) {
                leadsInto
                        .computeIfAbsent(schema, s -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(document);
            }
            if (brokenKnown && broken.contains(document)) {
                diagnostics.report(
                        Severity.ERROR,
                        "ref.broken-shared",
                        refNode,
                        keyword + " \"" + ref + "\" leads into "
                                + document.location().file()
                                + ", a shared schema with errors of its own (or that leads into one)",
                        "correct the shared schema first; a validator would stop at its errors");
                return false;
            }
            if (node.asObject().isPresent() || node instanceof LocatedNode.LocatedBoolean) {
                return true;
            }
            diagnostics.report(
                    Severity.ERROR,
                    "ref.not-a-schema",
                    refNode,
                    keyword + " \"" + ref + "\" points to the " + node.jsonType() + " at " + node.location()
                            + ", not to a schema (an object or a boolean)",
                    "point it at a schema, e.g. #/$defs/Size, not at a keyword's value");
            return false;
        }
        if (SchemaRefs.isRemote(ref)) {
            diagnostics.report(
                    Severity.ERROR,
                    "ref.remote",
                    refNode,
                    keyword + " \"" + ref + "\" names a URL that no schema of the root declares as its $id and that"
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
                    keyword + " \"" + ref + "\" resolves against the enclosing $id to " + absolute.get()
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
                    keyword + " \"" + ref + "\" has a fragment that is no JSON Pointer: " + e.getMessage(),
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
                        keyword + " \"" + ref + "\" leads outside the schemas root; it is not read",
                        "keep shared schemas inside the root and refer to them by a relative path");
                return false;
            }
            if (!fragments.containsKey(inside.get())) {
                diagnostics.report(
                        Severity.ERROR,
                        "ref.unresolved",
                        refNode,
                        keyword + " \"" + ref + "\" names " + inside.get()
                                + ", which is not a shared schema of this root",
                        "shared schemas are files named *.schema.json inside the schemas root");
                return false;
            }
        }
        diagnostics.report(
                Severity.ERROR,
                "ref.unresolved",
                refNode,
                keyword + " \"" + ref + "\" points to nothing: " + fragment + " does not exist"
                        + (filePart.isEmpty() ? " in this schema" : " in " + filePart),
                "a local reference is a JSON Pointer from the root of the input or output schema, e.g. #/$defs/Size,"
                        + " or the name of an $anchor, e.g. #size");
        return false;
    }
}
