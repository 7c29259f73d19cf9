package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the loops a validator could never leave: a schema that comes back to itself through keywords that apply to
 * the same value ({@code $ref}, {@code $dynamicRef}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not},
 * {@code if}, {@code then}, {@code else}, {@code dependentSchemas}, draft-07's schema {@code dependencies}), across
 * shared schema files too, without moving into a property or an item. The search keeps its own stack, so a long
 * chain cannot overflow the JVM's. A loop is reported once, where it starts ({@code ref.loop}).
 */
final class RefLoops {

    /** The keywords whose one subschema applies to the same value. */
    private static final List<String> SINGLE = List.of("not", "if", "then", "else");

    /** The keywords whose subschemas, in an array, apply to the same value. */
    private static final List<String> LIST = List.of("allOf", "anyOf", "oneOf");

    /** The keywords whose subschemas, by property name, apply to the same value. */
    private static final List<String> MAP = List.of("dependentSchemas", "dependencies");

    private final SchemaRefs refs;
    private final Dialect dialect;
    private final Diagnostics diagnostics;
    private final Set<LocatedNode> reported;

    /** @param reported the loops already reported (by the schema that starts them), so that each is reported once */
    RefLoops(SchemaRefs refs, Dialect dialect, Diagnostics diagnostics, Set<LocatedNode> reported) {
        this.refs = refs;
        this.dialect = dialect;
        this.diagnostics = diagnostics;
        this.reported = reported;
    }

    /** A schema to visit and the document whose references it resolves in. */
    private record Vertex(LocatedNode node, LocatedNode document) {}

    /** A vertex on the search's stack, and the vertices it leads to that are not searched yet. */
    private record Frame(Vertex vertex, Iterator<Vertex> next) {}

    /** True when no schema of {@code schema} (the root of an input, output or shared schema) is on a loop. */
    boolean check(LocatedNode schema) {
        Map<LocatedNode, Boolean> done = new IdentityHashMap<>(); // false while on the stack, true once left
        boolean[] ok = {true};
        String file = schema.location().file();
        SchemaWalker.walk(schema, sub -> ok[0] &= search(file, new Vertex(sub.node(), schema), done));
        return ok[0];
    }

    private boolean search(String file, Vertex start, Map<LocatedNode, Boolean> done) {
        if (done.containsKey(start.node())) {
            return true;
        }
        boolean ok = true;
        Deque<Frame> stack = new ArrayDeque<>();
        done.put(start.node(), false);
        stack.push(new Frame(start, next(start).iterator()));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (!top.next().hasNext()) {
                done.put(top.vertex().node(), true);
                stack.pop();
                continue;
            }
            Vertex to = top.next().next();
            Boolean state = done.get(to.node());
            if (state == null) {
                done.put(to.node(), false);
                stack.push(new Frame(to, next(to).iterator()));
            } else if (!state) {
                ok = false;
                report(file, to, stack);
            }
        }
        return ok;
    }

    /**
     * Reports the loop that comes back to {@code start} (the stack from {@code start} to its top) where it starts,
     * or, when it lies in another file (a shared schema), at the last schema of {@code file} on the way to it.
     */
    private void report(String file, Vertex start, Deque<Frame> stack) {
        List<LocatedNode> path = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(f -> path.add(f.vertex().node()));
        List<LocatedNode> loop = path.subList(indexOf(path, start.node()), path.size());
        String cycle = loop.stream().map(n -> name(n, file)).collect(Collectors.joining(" -> "));
        LocatedNode at = start.node();
        String entry = " comes back to itself";
        if (!at.location().file().equals(file)) {
            for (LocatedNode n : path) {
                if (n.location().file().equals(file)) {
                    at = n;
                }
            }
            entry = " leads into a loop: " + name(start.node(), file) + " comes back to itself";
        }
        if (!reported.add(at)) {
            return;
        }
        diagnostics.report(
                Severity.ERROR,
                "ref.loop",
                at,
                "this schema" + entry + " (" + cycle + " -> " + name(start.node(), file) + ") through keywords that"
                        + " apply to the same value ($ref, allOf, anyOf, oneOf, not, if/then/else, ...), without"
                        + " moving into a property or an item: no validator could finish",
                "break the loop: a $ref that leads back to an enclosing schema belongs under properties or items");
    }

    private static int indexOf(List<LocatedNode> path, LocatedNode node) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == node) {
                return i;
            }
        }
        return 0;
    }

    /** A schema of the loop: its pointer, after its file when that is not {@code file}. */
    private static String name(LocatedNode node, String file) {
        return (node.location().file().equals(file) ? "" : node.location().file()) + "#" + node.pointer();
    }

    /** The schemas that apply to the same value as {@code from}. */
    private List<Vertex> next(Vertex from) {
        if (!(from.node() instanceof LocatedObject object)) {
            return List.of();
        }
        List<Vertex> out = new ArrayList<>();
        reference(object, "$ref", from.document(), out);
        if (SchemaRefs.ignoresSiblings(dialect) && object.has("$ref")) {
            return out;
        }
        if (Keywords.of(dialect).contains("$dynamicRef")) {
            reference(object, "$dynamicRef", from.document(), out);
        }
        for (Member m : object.members()) {
            LocatedNode value = m.value();
            if (SINGLE.contains(m.name()) && value.asObject().isPresent()) {
                out.add(new Vertex(value, from.document()));
            } else if (LIST.contains(m.name())) {
                value.asArray()
                        .ifPresent(array -> array.items().stream()
                                .filter(item -> item.asObject().isPresent())
                                .forEach(item -> out.add(new Vertex(item, from.document()))));
            } else if (MAP.contains(m.name())) {
                value.asObject()
                        .ifPresent(map -> map.members().stream()
                                .map(Member::value)
                                .filter(item -> item.asObject().isPresent())
                                .forEach(item -> out.add(new Vertex(item, from.document()))));
            }
        }
        return out;
    }

    private void reference(LocatedObject object, String keyword, LocatedNode document, List<Vertex> out) {
        object.text(keyword)
                .flatMap(ref -> refs.resolve(object.get(keyword).orElseThrow(), document, ref))
                .ifPresent(target -> out.add(new Vertex(target.node(), target.document())));
    }
}
