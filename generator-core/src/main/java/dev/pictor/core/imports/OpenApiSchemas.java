package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.imports.OpenApiFiles.Doc;
import dev.pictor.core.imports.OpenApiFiles.Target;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.schema.SchemaWalker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies the schemas of one part of a model document ({@code input} or {@code output}) out of an OpenAPI document so
 * that they stand alone, as {@link CogSchemaImporter} does for Cog: every component schema they reference, directly
 * or through another, is copied verbatim into a {@code $defs} member added at the end of the part, and each
 * {@code $ref} to {@code #/components/schemas/NAME} is rewritten to {@code #/$defs/NAME}. A schema in another file of
 * the document's folder is copied likewise (a component of that file under its name, anything else under the last
 * token of its pointer, or the file's name). Only schema keywords are visited: a {@code $ref} inside an {@code x-*}
 * extension (Stability's {@code x-codeSamples}) or an {@code example} is neither followed nor changed.
 */
final class OpenApiSchemas {

    static final String COMPONENTS = "/components/schemas/";

    private final OpenApiFiles files;
    private final Diagnostics problems;
    private final Map<String, Def> byTarget = new HashMap<>();
    private final Map<String, Def> byName = new HashMap<>();
    private final Deque<Def> pending = new ArrayDeque<>();
    private final List<Def> defs = new ArrayList<>();

    /** One schema to copy into {@code $defs}: its name, where it is, its copy once made, and its place in order. */
    private static final class Def {
        final String name;
        final Target target;
        final int order;
        LocatedNode copy;

        Def(String name, Target target, int order) {
            this.name = name;
            this.target = target;
            this.order = order;
        }
    }

    OpenApiSchemas(OpenApiFiles files, Diagnostics problems) {
        this.files = files;
        this.problems = problems;
    }

    /**
     * A schema where a part (or a branch of it) begins: a schema that is only a {@code $ref} to a component is that
     * component, copied; any other schema is {@link #copy copied} as it is.
     */
    LocatedNode copyRoot(LocatedNode schema, Doc doc) {
        if (schema instanceof LocatedObject o
                && o.members().size() == 1
                && o.text("$ref").isPresent()) {
            String ref = o.text("$ref").orElseThrow();
            if (ref.startsWith("#" + COMPONENTS) || !ref.startsWith("#")) {
                Optional<Target> target = files.resolve(ref, doc, o.get("$ref").orElseThrow());
                if (target.isEmpty()) {
                    return schema;
                }
                if (isComponent(target.get().pointer())) {
                    return copy(target.get().node(), target.get().doc());
                }
            }
        }
        return copy(schema, doc);
    }

    /** A schema with its references rewritten; the schemas they name are queued for {@code $defs}. */
    LocatedNode copy(LocatedNode schema, Doc doc) {
        if (!(schema instanceof LocatedObject object)) {
            return schema;
        }
        List<Member> members = new ArrayList<>(object.members().size());
        for (Member m : object.members()) {
            members.add(new Member(m.name(), m.nameLocation(), rewrite(m.value(), m.name(), doc)));
        }
        return new LocatedObject(object.location(), object.pointer(), members);
    }

    /** The names copied into {@code $defs} so far, in the order they are written. */
    List<String> names() {
        drain();
        return sorted().stream().map(d -> d.name).toList();
    }

    /**
     * {@code part} with the {@code $defs} it needs added at its end; empty (and reported) when it has a {@code $defs}
     * of its own, which the copies cannot join without changing it.
     */
    Optional<LocatedNode> withDefs(LocatedNode part) {
        drain();
        if (defs.isEmpty()) {
            return Optional.of(part);
        }
        LocatedObject object = (LocatedObject) part; // a boolean schema holds no reference
        List<Member> entries = new ArrayList<>();
        for (Def d : sorted()) {
            entries.add(new Member(d.name, d.target.node().location(), d.copy));
        }
        return CopiedDefs.append(object, object.members(), entries, problems).map(o -> o);
    }

    /** Components of the input document in its order, then anything else in the order it was found. */
    private List<Def> sorted() {
        return defs.stream().sorted(Comparator.comparingInt(d -> d.order)).toList();
    }

    private void drain() {
        while (!pending.isEmpty()) {
            Def d = pending.pop();
            d.copy = copy(d.target.node(), d.target.doc());
            defs.add(d);
        }
    }

    /** The value of keyword {@code keyword} of a schema, rewritten where it holds references. */
    private LocatedNode rewrite(LocatedNode value, String keyword, Doc doc) {
        if (keyword.equals("$ref") && value instanceof LocatedString ref) {
            return reference(ref, doc)
                    .map(r -> (LocatedNode) new LocatedString(ref.location(), ref.pointer(), r))
                    .orElse(value);
        }
        if (SchemaWalker.SINGLE.contains(keyword) && value instanceof LocatedObject) {
            return copy(value, doc);
        }
        if (SchemaWalker.LIST.contains(keyword) && value instanceof LocatedArray array) {
            return new LocatedArray(
                    array.location(),
                    array.pointer(),
                    array.items().stream().map(item -> copy(item, doc)).toList());
        }
        if (SchemaWalker.MAP.contains(keyword) && value instanceof LocatedObject map) {
            List<Member> entries = new ArrayList<>();
            map.members().forEach(e -> entries.add(new Member(e.name(), e.nameLocation(), copy(e.value(), doc))));
            return new LocatedObject(map.location(), map.pointer(), entries);
        }
        return value;
    }

    /**
     * The rewritten reference: {@code #/$defs/NAME} plus what followed the component's name. Empty (kept as written)
     * for a reference inside the schema itself ({@code #/$defs/...} of a 3.1 schema), and for one that is refused or
     * points at nothing (reported).
     */
    private Optional<String> reference(LocatedString ref, Doc doc) {
        String text = ref.value();
        if (text.startsWith("#") && !text.startsWith("#" + COMPONENTS)) {
            return Optional.empty();
        }
        String pointer =
                text.indexOf('#') < 0 ? "" : JsonPointer.fromUriFragment(text.substring(text.indexOf('#') + 1));
        List<String> tokens = pointer.startsWith("/") ? JsonPointer.tokens(pointer) : List.of();
        boolean component = pointer.startsWith(COMPONENTS) && tokens.size() >= 3;
        String componentPointer = component ? JsonPointer.append("/components/schemas", tokens.get(2)) : pointer;
        String schemaRef = component ? refTo(text, componentPointer) : text;
        Optional<Target> target = files.resolve(schemaRef, doc, ref);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String name = component ? tokens.get(2) : nameOf(target.get());
        Optional<Def> def = register(name, target.get(), ref);
        if (def.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder rewritten = new StringBuilder("#/$defs/").append(escape(def.get().name));
        for (String t : component ? tokens.subList(3, tokens.size()) : List.<String>of()) {
            rewritten.append('/').append(escape(t));
        }
        if (component && text.startsWith("#")) {
            // what the document wrote after the prefix, escapes and all, as the Cog importer keeps it
            return Optional.of("#/$defs/" + text.substring(("#" + COMPONENTS).length()));
        }
        return Optional.of(rewritten.toString());
    }

    private Optional<Def> register(String name, Target target, LocatedNode at) {
        String key = target.doc().file() + "#" + target.pointer();
        Def known = byTarget.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Def clash = byName.get(name);
        if (clash != null) {
            problems.report(
                    Severity.ERROR,
                    "import.defs-conflict",
                    at,
                    "two schemas would be copied into $defs as " + name + ": "
                            + clash.target.doc().file() + "#" + clash.target.pointer() + " and " + key,
                    "give the schemas of the referenced files distinct names, or bundle the document into one file");
            return Optional.empty();
        }
        int order = target.doc() == files.main() && isComponent(target.pointer())
                ? componentIndex(target)
                : 1_000_000 + byTarget.size();
        Def def = new Def(name, target, order);
        byTarget.put(key, def);
        byName.put(name, def);
        pending.push(def);
        return Optional.of(def);
    }

    private int componentIndex(Target target) {
        String name = JsonPointer.tokens(target.pointer()).get(2);
        List<Member> members = target.doc()
                .root()
                .at("/components/schemas")
                .flatMap(LocatedNode::asObject)
                .map(LocatedObject::members)
                .orElse(List.of());
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equals(name)) {
                return i;
            }
        }
        return members.size();
    }

    private static boolean isComponent(String pointer) {
        return pointer.startsWith(COMPONENTS) && JsonPointer.tokens(pointer).size() == 3;
    }

    /** The {@code $defs} name of a schema that is no component: the last token of its pointer, or its file's name. */
    private static String nameOf(Target target) {
        List<String> tokens = JsonPointer.tokens(target.pointer());
        Path file = target.doc().path().getFileName();
        String name = !tokens.isEmpty() ? tokens.get(tokens.size() - 1) : file == null ? "file" : file.toString();
        return name.replaceAll("\\.(json|ya?ml)$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** A reference to {@code pointer} in the file {@code text} names. */
    private static String refTo(String text, String pointer) {
        int hash = text.indexOf('#');
        return (hash < 0 ? text : text.substring(0, hash)) + "#" + pointer;
    }

    private static String escape(String token) {
        return JsonPointer.append("", token).substring(1);
    }
}
