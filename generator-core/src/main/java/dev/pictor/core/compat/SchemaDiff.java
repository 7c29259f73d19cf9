package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.DescriptionProse;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares one schema of two versions of a model (the input, or the output), keyword by keyword, walking both trees
 * together: properties by name, {@code items}, {@code additionalProperties}, and the branches of {@code allOf},
 * {@code anyOf} and {@code oneOf} by position. {@code $ref}s are followed on both sides (so moving a schema into
 * {@code $defs} is no change); keywords written beside a {@code $ref} are laid over its target (draft 2020-12), or
 * ignored (draft-07).
 *
 * <p>Each change becomes a {@link CompatFinding} located at the changed node of the newer tree (or, when the node is
 * gone, at its nearest existing ancestor, with the pointer of what is gone), whose severity is the rule's for this
 * side.
 */
final class SchemaDiff {

    /** Where the {@code $ref}s of one document view resolve: its input and output, and the root's shared schemas. */
    static final class Refs {
        private final String file;
        private final Dialect dialect;
        private final LocatedNode input;
        private final LocatedNode output;
        private final Map<String, LocatedNode> fragments;
        private final SchemaRefs refs;

        Refs(String file, Dialect dialect, LocatedNode input, LocatedNode output, Map<String, LocatedNode> fragments) {
            this.file = file;
            this.dialect = dialect;
            this.input = input;
            this.output = output;
            this.fragments = fragments;
            this.refs = new SchemaRefs(fragments);
        }

        String file() {
            return file;
        }

        /** The schema a {@code #/...} reference written at {@code node} is resolved against. */
        private LocatedNode rootOf(LocatedNode node) {
            String f = node.location().file();
            if (!f.equals(file) && fragments.containsKey(f)) {
                return fragments.get(f);
            }
            return node.pointer().startsWith("/output") ? output : input;
        }

        /**
         * The node with its {@code $ref}s followed; the node itself when it has none or it cannot be resolved. Along
         * the chain, keywords written beside a {@code $ref} are laid over its target (draft 2020-12) or ignored
         * (draft-07).
         */
        LocatedNode deref(LocatedNode node) {
            List<LocatedNode> chain = SchemaRefs.chain(node, this::target);
            LocatedNode result = chain.get(chain.size() - 1);
            for (int i = chain.size() - 2; i >= 0; i--) {
                result = overlay((LocatedObject) chain.get(i), result);
            }
            return result;
        }

        private Optional<LocatedNode> target(LocatedNode node) {
            return node instanceof LocatedObject object
                    ? object.text("$ref")
                            .flatMap(ref -> refs.resolve(object, rootOf(object), ref))
                            .map(SchemaRefs.Target::node)
                    : Optional.empty();
        }

        private LocatedNode overlay(LocatedObject object, LocatedNode target) {
            if (object.members().size() == 1 || dialect == Dialect.DRAFT_7) {
                return target;
            }
            if (!(target instanceof LocatedObject t)) {
                return object;
            }
            List<Member> merged = new ArrayList<>();
            t.members().stream().filter(m -> !object.has(m.name())).forEach(merged::add);
            object.members().stream().filter(m -> !m.name().equals("$ref")).forEach(merged::add);
            return new LocatedObject(object.location(), object.pointer(), merged);
        }
    }

    private final Side side;
    private final Refs older;
    private final Refs newer;
    private final List<CompatFinding> out;
    private final Set<String> visited = new HashSet<>();

    SchemaDiff(Side side, Refs older, Refs newer, List<CompatFinding> out) {
        this.side = side;
        this.older = older;
        this.newer = newer;
        this.out = out;
    }

    /** Compares the two roots of this side; for the output, first what kind of body it is and its media type. */
    void compareRoots(LocatedNode oldRoot, LocatedNode newRoot) {
        if (side == Side.OUTPUT) {
            LocatedNode o = older.deref(oldRoot);
            LocatedNode n = newer.deref(newRoot);
            String was = envelope(o);
            String now = envelope(n);
            if (!was.equals(now)) {
                report(
                        CompatRule.OUTPUT_ENVELOPE_CHANGED,
                        n,
                        n.pointer(),
                        o,
                        "output: the response was " + was + " and is now " + now);
                return;
            }
        }
        compare(oldRoot, newRoot);
    }

    private void compare(LocatedNode oldNode, LocatedNode newNode) {
        LocatedNode o = older.deref(oldNode);
        LocatedNode n = newer.deref(newNode);
        if (!visited.add(key(o) + "|" + key(n))) {
            return;
        }
        boolean oldFalse = o instanceof LocatedBoolean b && !b.value();
        boolean newFalse = n instanceof LocatedBoolean b && !b.value();
        if (oldFalse && newFalse) {
            return;
        }
        if (newFalse) {
            report(
                    CompatRule.TYPE_NARROWED,
                    n,
                    n.pointer(),
                    o,
                    subject(n) + ": the schema is now false: no value is" + " valid");
            return;
        }
        if (oldFalse) {
            report(
                    CompatRule.TYPE_WIDENED,
                    n,
                    n.pointer(),
                    o,
                    subject(n) + ": the schema was false (no value was" + " valid) and now allows values");
            return;
        }
        LocatedObject os = asSchema(o);
        LocatedObject ns = asSchema(n);
        if (!types(os, ns)) {
            return;
        }
        bound(os, ns, true);
        bound(os, ns, false);
        multipleOf(os, ns);
        count(os, ns, "minLength", true);
        count(os, ns, "maxLength", false);
        count(os, ns, "minItems", true);
        count(os, ns, "maxItems", false);
        pattern(os, ns);
        values(os, ns);
        defaults(os, ns);
        formats(os, ns);
        deprecated(os, ns);
        objects(os, ns);
        items(os, ns);
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            branches(os, ns, keyword);
        }
        for (String keyword : Keywords.UNENFORCED_ASSERTIONS) {
            unclassified(os, ns, keyword);
        }
    }

    // ---------------------------------------------------------------------------------------------------- type

    /** Reports a type change; false when the types have nothing in common, and comparing further would be noise. */
    private boolean types(LocatedObject os, LocatedObject ns) {
        Set<String> was = SchemaTypes.declared(os).orElse(Set.of());
        Set<String> now = SchemaTypes.declared(ns).orElse(Set.of());
        boolean newAcceptsOld = accepts(now, was);
        boolean oldAcceptsNew = accepts(was, now);
        if (newAcceptsOld && oldAcceptsNew) {
            return true;
        }
        String message = subject(ns) + ": type " + describe(was) + " is now " + describe(now);
        LocatedNode at = ns.get("type").orElse(ns);
        LocatedNode before = os.get("type").orElse(os);
        String pointer = JsonPointer.append(ns.pointer(), "type");
        if (newAcceptsOld) {
            report(CompatRule.TYPE_WIDENED, at, pointer, before, message);
            return true;
        }
        if (oldAcceptsNew) {
            report(CompatRule.TYPE_NARROWED, at, pointer, before, message);
            return true;
        }
        report(CompatRule.TYPE_CHANGED, at, pointer, before, message);
        return false;
    }

    /** Whether every value of types {@code narrow} is allowed by types {@code wide} (no types: any value). */
    private static boolean accepts(Set<String> wide, Set<String> narrow) {
        if (wide.isEmpty()) {
            return true;
        }
        if (narrow.isEmpty()) {
            return false;
        }
        return narrow.stream().allMatch(t -> SchemaTypes.allows(wide, t));
    }

    private static String describe(Set<String> types) {
        return types.isEmpty() ? "(any)" : SchemaTypes.describe(types);
    }

    // ---------------------------------------------------------------------------------------------------- bounds

    /** A bound as the schema writes it: its keyword and value, as messages show them. */
    private static String shown(LocatedObject schema, Bound bound, boolean lower) {
        return bound.keyword(lower) + " " + JsonValues.render(node(schema, bound, lower));
    }

    /** The node that states a bound {@link Bound#tightest} read from this schema. */
    private static LocatedNode node(LocatedObject schema, Bound bound, boolean lower) {
        return schema.get(bound.keyword(lower)).orElseThrow();
    }

    /**
     * Compares the lower (or upper) numeric bounds. When both schemas allow only integers, bounds are compared as the
     * first (or last) integer they allow, so {@code exclusiveMinimum: 0} and {@code minimum: 1} are the same bound.
     */
    private void bound(LocatedObject os, LocatedObject ns, boolean lower) {
        Optional<Bound> was = Bound.tightest(os, lower);
        Optional<Bound> now = Bound.tightest(ns, lower);
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        String side = lower ? "lower" : "upper";
        if (was.isEmpty()) {
            LocatedNode added = node(ns, now.get(), lower);
            report(
                    CompatRule.RANGE_NARROWED,
                    added,
                    added.pointer(),
                    os,
                    subject(ns) + ": " + shown(ns, now.get(), lower) + " added (no " + side + " bound before)");
            return;
        }
        if (now.isEmpty()) {
            report(
                    CompatRule.RANGE_WIDENED,
                    ns,
                    JsonPointer.append(ns.pointer(), was.get().keyword(lower)),
                    node(os, was.get(), lower),
                    subject(ns) + ": " + shown(os, was.get(), lower) + " removed (no " + side + " bound now)");
            return;
        }
        int c;
        if (integersOnly(os) && integersOnly(ns)) {
            c = now.get().admittedInteger(lower).compareTo(was.get().admittedInteger(lower));
        } else {
            c = now.get().value().compareTo(was.get().value());
            if (c == 0 && now.get().exclusive() != was.get().exclusive()) {
                c = now.get().exclusive() == lower ? 1 : -1;
            }
        }
        if (c == 0) {
            return;
        }
        boolean narrowed = lower ? c > 0 : c < 0;
        LocatedNode nowNode = node(ns, now.get(), lower);
        String shownNow = now.get().exclusive() == was.get().exclusive()
                ? JsonValues.render(nowNode)
                : shown(ns, now.get(), lower);
        report(
                narrowed ? CompatRule.RANGE_NARROWED : CompatRule.RANGE_WIDENED,
                nowNode,
                nowNode.pointer(),
                node(os, was.get(), lower),
                subject(ns) + ": " + shown(os, was.get(), lower) + " is now " + shownNow);
    }

    private static boolean integersOnly(LocatedObject schema) {
        return SchemaTypes.declared(schema)
                .map(t -> t.equals(Set.of("integer")))
                .orElse(false);
    }

    private void multipleOf(LocatedObject os, LocatedObject ns) {
        Optional<LocatedNode> was = os.get("multipleOf")
                .filter(v -> v.asNumber().filter(x -> x.signum() > 0).isPresent());
        Optional<LocatedNode> now = ns.get("multipleOf")
                .filter(v -> v.asNumber().filter(x -> x.signum() > 0).isPresent());
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            report(
                    CompatRule.RANGE_NARROWED,
                    now.get(),
                    now.get().pointer(),
                    os,
                    subject(ns) + ": multipleOf " + JsonValues.render(now.get()) + " added");
            return;
        }
        if (now.isEmpty()) {
            report(
                    CompatRule.RANGE_WIDENED,
                    ns,
                    JsonPointer.append(ns.pointer(), "multipleOf"),
                    was.get(),
                    subject(ns) + ": multipleOf " + JsonValues.render(was.get()) + " removed");
            return;
        }
        BigDecimal a = was.get().asNumber().orElseThrow();
        BigDecimal b = now.get().asNumber().orElseThrow();
        if (a.compareTo(b) == 0) {
            return;
        }
        String message = subject(ns) + ": multipleOf " + JsonValues.render(was.get()) + " is now "
                + JsonValues.render(now.get());
        boolean bMultipleOfA = b.remainder(a).signum() == 0;
        boolean aMultipleOfB = a.remainder(b).signum() == 0;
        if (!aMultipleOfB) {
            report(
                    CompatRule.RANGE_NARROWED,
                    now.get(),
                    now.get().pointer(),
                    was.get(),
                    message + (bMultipleOfA ? "" : ": some values valid before are not, and the other way round"));
        }
        if (!bMultipleOfA) {
            report(
                    CompatRule.RANGE_WIDENED,
                    now.get(),
                    now.get().pointer(),
                    was.get(),
                    message + (aMultipleOfB ? "" : ": some values valid before are not, and the other way round"));
        }
    }

    /** A length or item-count bound ({@code minLength}, {@code maxItems}...). */
    private void count(LocatedObject os, LocatedObject ns, String keyword, boolean lower) {
        Optional<LocatedNode> was = os.get(keyword).filter(v -> v.asNumber().isPresent());
        Optional<LocatedNode> now = ns.get(keyword).filter(v -> v.asNumber().isPresent());
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            boolean trivial = lower && now.get().asNumber().orElseThrow().signum() == 0;
            if (!trivial) {
                report(
                        CompatRule.LENGTH_NARROWED,
                        now.get(),
                        now.get().pointer(),
                        os,
                        subject(ns) + ": " + keyword + " " + JsonValues.render(now.get()) + " added");
            }
            return;
        }
        if (now.isEmpty()) {
            boolean trivial = lower && was.get().asNumber().orElseThrow().signum() == 0;
            if (!trivial) {
                report(
                        CompatRule.LENGTH_WIDENED,
                        ns,
                        JsonPointer.append(ns.pointer(), keyword),
                        was.get(),
                        subject(ns) + ": " + keyword + " " + JsonValues.render(was.get()) + " removed");
            }
            return;
        }
        int c = now.get()
                .asNumber()
                .orElseThrow()
                .compareTo(was.get().asNumber().orElseThrow());
        if (c == 0) {
            return;
        }
        boolean narrowed = lower ? c > 0 : c < 0;
        report(
                narrowed ? CompatRule.LENGTH_NARROWED : CompatRule.LENGTH_WIDENED,
                now.get(),
                now.get().pointer(),
                was.get(),
                subject(ns) + ": " + keyword + " " + JsonValues.render(was.get()) + " is now "
                        + JsonValues.render(now.get()));
    }

    private void pattern(LocatedObject os, LocatedObject ns) {
        Optional<LocatedNode> was = os.get("pattern");
        Optional<LocatedNode> now = ns.get("pattern");
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            report(
                    CompatRule.PATTERN_ADDED,
                    now.get(),
                    now.get().pointer(),
                    os,
                    subject(ns) + ": pattern " + JsonValues.render(now.get()) + " added");
        } else if (now.isEmpty()) {
            report(
                    CompatRule.PATTERN_REMOVED,
                    ns,
                    JsonPointer.append(ns.pointer(), "pattern"),
                    was.get(),
                    subject(ns) + ": pattern " + JsonValues.render(was.get()) + " removed");
        } else if (!JsonValues.equal(was.get(), now.get())) {
            report(
                    CompatRule.PATTERN_CHANGED,
                    now.get(),
                    now.get().pointer(),
                    was.get(),
                    subject(ns) + ": pattern " + JsonValues.render(was.get()) + " is now "
                            + JsonValues.render(now.get()));
        }
    }

    // ---------------------------------------------------------------------------------------------------- values

    /** The values {@code const} or {@code enum} allow ({@code const} wins when both are written), with its node. */
    private record Allowed(LocatedNode node, List<LocatedNode> values) {}

    private static Optional<Allowed> allowed(LocatedObject schema) {
        Optional<LocatedNode> constant = schema.get("const");
        if (constant.isPresent()) {
            return Optional.of(new Allowed(constant.get(), List.of(constant.get())));
        }
        return schema.get("enum")
                .flatMap(e -> e instanceof LocatedArray a ? Optional.of(new Allowed(a, a.items())) : Optional.empty());
    }

    private void values(LocatedObject os, LocatedObject ns) {
        Optional<Allowed> was = allowed(os);
        Optional<Allowed> now = allowed(ns);
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            report(
                    CompatRule.ENUM_INTRODUCED,
                    now.get().node(),
                    now.get().node().pointer(),
                    os,
                    subject(ns) + ": values are now restricted to "
                            + list(now.get().values()));
            return;
        }
        if (now.isEmpty()) {
            String keyword = was.get().node().pointer().endsWith("/const") ? "const" : "enum";
            report(
                    CompatRule.ENUM_DROPPED,
                    ns,
                    JsonPointer.append(ns.pointer(), keyword),
                    was.get().node(),
                    subject(ns) + ": values were restricted to "
                            + list(was.get().values()) + " and are not now");
            return;
        }
        List<LocatedNode> removed = minus(was.get().values(), now.get().values());
        List<LocatedNode> added = minus(now.get().values(), was.get().values());
        if (!removed.isEmpty()) {
            report(
                    CompatRule.ENUM_VALUE_REMOVED,
                    now.get().node(),
                    now.get().node().pointer(),
                    removed.get(0),
                    subject(ns) + ": " + plural(removed.size(), "value ", "values ") + list(removed)
                            + (removed.size() == 1 ? " is" : " are") + " no longer allowed");
        }
        if (!added.isEmpty()) {
            LocatedNode first = added.get(0);
            report(
                    CompatRule.ENUM_VALUE_ADDED,
                    first,
                    now.get().node().pointer(),
                    was.get().node(),
                    subject(ns) + ": " + plural(added.size(), "value ", "values ") + list(added)
                            + (added.size() == 1 ? " is" : " are") + " newly allowed");
        }
    }

    private static List<LocatedNode> minus(List<LocatedNode> from, List<LocatedNode> remove) {
        return from.stream()
                .filter(v -> remove.stream().noneMatch(r -> JsonValues.equal(v, r)))
                .toList();
    }

    private static String list(List<LocatedNode> values) {
        return values.stream().map(JsonValues::render).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private void defaults(LocatedObject os, LocatedObject ns) {
        Optional<LocatedNode> was = os.get("default");
        Optional<LocatedNode> now = ns.get("default");
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        String pointer = JsonPointer.append(ns.pointer(), "default");
        if (was.isPresent() && now.isPresent()) {
            if (!JsonValues.equal(was.get(), now.get())) {
                report(
                        CompatRule.DEFAULT_CHANGED,
                        now.get(),
                        pointer,
                        was.get(),
                        subject(ns) + ": default " + JsonValues.render(was.get()) + " is now "
                                + JsonValues.render(now.get()));
            }
        } else if (now.isPresent()) {
            report(
                    CompatRule.DEFAULT_ADDED,
                    now.get(),
                    pointer,
                    os,
                    subject(ns) + ": default " + JsonValues.render(now.get()) + " added");
        } else {
            Optional<LocatedNode> description = ns.get("description");
            boolean stated = description
                    .flatMap(LocatedNode::asText)
                    .map(d -> DescriptionProse.statedDefault(d)
                            .map(st -> st.matches(was.get()))
                            .orElse(false))
                    .orElse(false);
            if (stated) {
                report(
                        CompatRule.DEFAULT_MOVED_TO_DESCRIPTION,
                        description.get(),
                        pointer,
                        was.get(),
                        subject(ns) + ": default " + JsonValues.render(was.get()) + " is no longer a keyword;"
                                + " only the description states it now");
            } else {
                report(
                        CompatRule.DEFAULT_REMOVED,
                        ns,
                        pointer,
                        was.get(),
                        subject(ns) + ": default "
                                + JsonValues.render(was.get()) + " removed"
                                + description
                                        .flatMap(LocatedNode::asText)
                                        .flatMap(DescriptionProse::statedDefault)
                                        .map(DescriptionProse.StatedValue::shown)
                                        .map(s -> " (the description states default " + s + ")")
                                        .orElse(""));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- formats

    private void formats(LocatedObject os, LocatedObject ns) {
        keywordValue(os, ns, List.of("format"), CompatRule.FORMAT_CHANGED);
        keywordValue(
                os,
                ns,
                List.of("contentEncoding"),
                side == Side.OUTPUT ? CompatRule.OUTPUT_CONTENT_TYPE_CHANGED : CompatRule.FORMAT_CHANGED);
        // Cloudflare's contentType is the media type keyword under another name: one value, whichever is written.
        keywordValue(
                os,
                ns,
                List.of("contentMediaType", "contentType"),
                side == Side.OUTPUT ? CompatRule.OUTPUT_CONTENT_TYPE_CHANGED : CompatRule.FORMAT_CHANGED);
    }

    private void keywordValue(LocatedObject os, LocatedObject ns, List<String> keywords, CompatRule rule) {
        Optional<Member> was = first(os, keywords);
        Optional<Member> now = first(ns, keywords);
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isPresent() && now.isPresent()) {
            if (!JsonValues.equal(was.get().value(), now.get().value())) {
                String shownNow = now.get().name().equals(was.get().name())
                        ? JsonValues.render(now.get().value())
                        : shown(now.get());
                report(
                        rule,
                        now.get().value(),
                        now.get().value().pointer(),
                        was.get().value(),
                        subject(ns) + ": " + shown(was.get()) + " is now " + shownNow);
            }
        } else if (now.isPresent()) {
            report(
                    rule,
                    now.get().value(),
                    now.get().value().pointer(),
                    os,
                    subject(ns) + ": " + shown(now.get()) + " added");
        } else {
            report(
                    rule,
                    ns,
                    JsonPointer.append(ns.pointer(), was.get().name()),
                    was.get().value(),
                    subject(ns) + ": " + shown(was.get()) + " removed");
        }
    }

    private static Optional<Member> first(LocatedObject schema, List<String> keywords) {
        for (String k : keywords) {
            Optional<Member> m = schema.member(k);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static String shown(Member m) {
        return m.name() + " " + JsonValues.render(m.value());
    }

    private void deprecated(LocatedObject os, LocatedObject ns) {
        boolean was = os.get("deprecated")
                .map(v -> v instanceof LocatedBoolean b && b.value())
                .orElse(false);
        Optional<LocatedNode> now = ns.get("deprecated").filter(v -> v instanceof LocatedBoolean b && b.value());
        if (!was && now.isPresent()) {
            report(
                    CompatRule.PROPERTY_DEPRECATED,
                    now.get(),
                    now.get().pointer(),
                    os,
                    subject(ns) + ": newly marked deprecated");
        }
    }

    // ---------------------------------------------------------------------------------------------------- objects

    private void objects(LocatedObject os, LocatedObject ns) {
        Map<String, Member> was = properties(os);
        Map<String, Member> now = properties(ns);
        LocatedNode newProperties = ns.get("properties").orElse(ns);
        LocatedNode oldProperties = os.get("properties").orElse(os);
        String propertiesPointer = JsonPointer.append(ns.pointer(), "properties");

        List<String> removed =
                was.keySet().stream().filter(k -> !now.containsKey(k)).toList();
        List<String> added =
                now.keySet().stream().filter(k -> !was.containsKey(k)).toList();
        Map<String, String> renamed = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String r : removed) {
            for (String a : added) {
                if (!taken.contains(a)
                        && sameSchema(was.get(r).value(), now.get(a).value())) {
                    renamed.put(r, a);
                    taken.add(a);
                    break;
                }
            }
        }
        for (String r : removed) {
            if (!renamed.containsKey(r)) {
                report(
                        CompatRule.PROPERTY_REMOVED,
                        newProperties,
                        JsonPointer.append(propertiesPointer, r),
                        was.get(r).value(),
                        subject(ns) + ": property " + quoted(r) + " removed");
            }
        }
        for (String a : added) {
            if (!taken.contains(a)) {
                report(
                        CompatRule.PROPERTY_ADDED,
                        now.get(a).value(),
                        now.get(a).value().pointer(),
                        oldProperties,
                        subject(ns) + ": property " + quoted(a) + " added");
            }
        }
        renamed.forEach((r, a) -> report(
                CompatRule.PROPERTY_RENAMED,
                now.get(a).value(),
                now.get(a).value().pointer(),
                was.get(r).value(),
                subject(ns) + ": property " + quoted(r) + " is now " + quoted(a)
                        + " (removed and added with the same type and description)"));

        for (Map.Entry<String, Member> p : now.entrySet()) {
            if (was.containsKey(p.getKey())) {
                compare(was.get(p.getKey()).value(), p.getValue().value());
            }
        }
        renamed.forEach((r, a) -> compare(was.get(r).value(), now.get(a).value()));

        required(os, ns, was, now, renamed);
        additionalProperties(os, ns);
    }

    private static Map<String, Member> properties(LocatedObject schema) {
        Map<String, Member> map = new LinkedHashMap<>();
        schema.object("properties").ifPresent(p -> p.members().forEach(m -> map.putIfAbsent(m.name(), m)));
        return map;
    }

    /** The rename heuristic: the same schema, or the same type and the same non-blank description. */
    private boolean sameSchema(LocatedNode a, LocatedNode b) {
        LocatedNode x = older.deref(a);
        LocatedNode y = newer.deref(b);
        if (!(x instanceof LocatedObject xs) || !(y instanceof LocatedObject ys)) {
            return false;
        }
        if (!xs.members().isEmpty() && JsonValues.equal(xs, ys)) {
            return true;
        }
        Optional<String> dx = xs.text("description").filter(d -> !d.isBlank());
        Optional<String> dy = ys.text("description").filter(d -> !d.isBlank());
        Optional<LocatedNode> tx = xs.get("type");
        Optional<LocatedNode> ty = ys.get("type");
        boolean sameType = tx.isEmpty() ? ty.isEmpty() : ty.isPresent() && JsonValues.equal(tx.get(), ty.get());
        return sameType && dx.isPresent() && dx.equals(dy);
    }

    private void required(
            LocatedObject os,
            LocatedObject ns,
            Map<String, Member> was,
            Map<String, Member> now,
            Map<String, String> renamed) {
        Map<String, LocatedNode> oldRequired = requiredNames(os);
        Map<String, LocatedNode> newRequired = requiredNames(ns);
        Map<String, LocatedNode> oldMapped = new LinkedHashMap<>();
        oldRequired.forEach((name, node) -> oldMapped.putIfAbsent(renamed.getOrDefault(name, name), node));
        LocatedNode oldArray = os.get("required").orElse(os);
        for (Map.Entry<String, LocatedNode> r : newRequired.entrySet()) {
            String name = r.getKey();
            if (!oldMapped.containsKey(name)) {
                boolean isNew = now.containsKey(name) && !was.containsKey(name) && !renamed.containsValue(name);
                report(
                        CompatRule.REQUIRED_ADDED,
                        r.getValue(),
                        r.getValue().pointer(),
                        oldArray,
                        subject(ns) + ": "
                                + (isNew
                                        ? "new property " + quoted(name) + " is required"
                                        : quoted(name) + " is now required"));
            }
        }
        LocatedNode newArray = ns.get("required").orElse(ns);
        String pointer = JsonPointer.append(ns.pointer(), "required");
        for (Map.Entry<String, LocatedNode> r : oldMapped.entrySet()) {
            String name = r.getKey();
            boolean gone = was.containsKey(name) && !now.containsKey(name);
            if (!newRequired.containsKey(name) && !gone) {
                report(
                        CompatRule.REQUIRED_REMOVED,
                        newArray,
                        pointer,
                        r.getValue(),
                        subject(ns) + ": " + quoted(name) + " is no longer required");
            }
        }
    }

    private static Map<String, LocatedNode> requiredNames(LocatedObject schema) {
        Map<String, LocatedNode> names = new LinkedHashMap<>();
        schema.array("required")
                .ifPresent(a -> a.items().forEach(i -> i.asText().ifPresent(t -> names.putIfAbsent(t, i))));
        return names;
    }

    private void additionalProperties(LocatedObject os, LocatedObject ns) {
        Optional<LocatedNode> was = os.get("additionalProperties");
        Optional<LocatedNode> now = ns.get("additionalProperties");
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        boolean closedBefore = was.map(SchemaDiff::isFalse).orElse(false);
        boolean closedNow = now.map(SchemaDiff::isFalse).orElse(false);
        String pointer = JsonPointer.append(ns.pointer(), "additionalProperties");
        if (!closedBefore && closedNow) {
            String before = was.isEmpty()
                    ? "absent: any undeclared member was allowed"
                    : was.get() instanceof LocatedBoolean
                            ? "true: any undeclared member was allowed"
                            : "a schema: undeclared members valid against it were allowed";
            report(
                    CompatRule.ADDITIONAL_PROPERTIES_CLOSED,
                    now.get(),
                    pointer,
                    was.orElse(os),
                    subject(ns)
                            + ": additionalProperties is now false: a member the schema does not declare is rejected (it was "
                            + before + ")");
        } else if (closedBefore && !closedNow) {
            report(
                    CompatRule.ADDITIONAL_PROPERTIES_OPENED,
                    now.orElse(ns),
                    pointer,
                    was.get(),
                    subject(ns)
                            + ": additionalProperties is no longer false: members the schema does not declare are allowed");
        } else if (!closedBefore) {
            compare(
                    was.orElseGet(() -> empty(os, "additionalProperties")),
                    now.orElseGet(() -> empty(ns, "additionalProperties")));
        }
    }

    private static boolean isFalse(LocatedNode node) {
        return node instanceof LocatedBoolean b && !b.value();
    }

    private void items(LocatedObject os, LocatedObject ns) {
        Optional<LocatedNode> was = os.get("items");
        Optional<LocatedNode> now = ns.get("items");
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        boolean tupleBefore = was.map(v -> v instanceof LocatedArray).orElse(false);
        boolean tupleNow = now.map(v -> v instanceof LocatedArray).orElse(false);
        if (tupleBefore || tupleNow) {
            branchList(os, ns, "items", was, now);
            return;
        }
        compare(was.orElseGet(() -> empty(os, "items")), now.orElseGet(() -> empty(ns, "items")));
    }

    private void branches(LocatedObject os, LocatedObject ns, String keyword) {
        branchList(os, ns, keyword, os.get(keyword), ns.get(keyword));
    }

    private void branchList(
            LocatedObject os, LocatedObject ns, String keyword, Optional<LocatedNode> was, Optional<LocatedNode> now) {
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        List<LocatedNode> a =
                was.flatMap(LocatedNode::asArray).map(LocatedArray::items).orElse(List.of());
        List<LocatedNode> b =
                now.flatMap(LocatedNode::asArray).map(LocatedArray::items).orElse(List.of());
        if (was.isPresent()
                && now.isPresent()
                && a.size() == b.size()
                && was.get() instanceof LocatedArray
                && now.get() instanceof LocatedArray) {
            for (int i = 0; i < a.size(); i++) {
                compare(a.get(i), b.get(i));
            }
            return;
        }
        String pointer = JsonPointer.append(ns.pointer(), keyword);
        report(
                CompatRule.KEYWORD_CHANGED,
                now.orElse(ns),
                pointer,
                was.orElse(os),
                subject(ns) + ": " + keyword + " had " + branchCount(was) + " and has " + branchCount(now));
    }

    private static String branchCount(Optional<LocatedNode> node) {
        if (node.isEmpty()) {
            return "none";
        }
        return node.get() instanceof LocatedArray a
                ? a.items().size() + (a.items().size() == 1 ? " branch" : " branches")
                : "one schema";
    }

    private void unclassified(LocatedObject os, LocatedObject ns, String keyword) {
        Optional<LocatedNode> was = os.get(keyword);
        Optional<LocatedNode> now = ns.get(keyword);
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isPresent() && now.isPresent() && JsonValues.equal(was.get(), now.get())) {
            return;
        }
        String what = was.isEmpty() ? " added" : now.isEmpty() ? " removed" : " changed";
        report(
                CompatRule.KEYWORD_CHANGED,
                now.orElse(ns),
                JsonPointer.append(ns.pointer(), keyword),
                was.orElse(os),
                subject(ns) + ": " + keyword + what);
    }

    // ---------------------------------------------------------------------------------------------------- envelope

    /** What kind of body the output is: binary bytes, or JSON of which types. */
    private static String envelope(LocatedNode schema) {
        if (schema instanceof LocatedBoolean b) {
            return b.value() ? "any JSON value" : "nothing (the schema false)";
        }
        if (!(schema instanceof LocatedObject s)) {
            return "any JSON value";
        }
        Set<String> types = new TreeSet<>(SchemaTypes.declared(s).orElse(Set.of()));
        if (types.contains("number")) {
            types.remove("integer");
        }
        if (types.equals(Set.of("string"))
                && s.text("format").map("binary"::equals).orElse(false)) {
            return "a binary body";
        }
        return types.isEmpty() ? "any JSON value" : "JSON " + SchemaTypes.describe(new LinkedHashSet<>(types));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A schema object to compare: {@code true} (and anything that is no schema) as the empty schema. */
    private static LocatedObject asSchema(LocatedNode node) {
        return node instanceof LocatedObject o ? o : new LocatedObject(node.location(), node.pointer(), List.of());
    }

    /** The empty schema standing for an absent subschema keyword, located at its parent. */
    private static LocatedObject empty(LocatedObject parent, String keyword) {
        return new LocatedObject(parent.location(), JsonPointer.append(parent.pointer(), keyword), List.of());
    }

    private static String key(LocatedNode node) {
        return node.location().file() + "#" + node.pointer();
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /**
     * What a node is, for messages: the side, then the property path ({@code input steps}, {@code output image},
     * {@code input image[]} for items, {@code input} for the root).
     */
    String subject(LocatedNode node) {
        List<String> tokens = JsonPointer.tokens(node.pointer());
        StringBuilder label = new StringBuilder();
        int i = tokens.isEmpty() ? 0 : 1;
        if (!tokens.isEmpty()
                && !tokens.get(0).equals("input")
                && !tokens.get(0).equals("output")) {
            i = 0; // a shared schema: its path in its own file
        }
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.equals("properties") && i + 1 < tokens.size()) {
                label.append(label.length() == 0 ? "" : ".").append(tokens.get(i + 1));
                i += 2;
            } else if (t.equals("items")) {
                label.append("[]");
                i++;
            } else if (t.equals("additionalProperties")) {
                label.append(label.length() == 0 ? "*" : ".*");
                i++;
            } else {
                label.append('/').append(t);
                i++;
            }
        }
        String where = node.location().file().equals(newer.file())
                ? ""
                : " (in " + node.location().file() + ")";
        return side.word() + (label.length() == 0 ? "" : " " + label) + where;
    }

    private void report(CompatRule rule, LocatedNode at, String pointer, LocatedNode before, String message) {
        Severity severity = rule.severity(side);
        CompatFinding.Before was = new CompatFinding.Before(before.location(), before.pointer());
        Diagnostic d = new Diagnostic(
                severity,
                rule.code(),
                at.location(),
                pointer,
                message + " [before: " + was.shown(pointer) + "]",
                Hints.of(rule, side, severity, pointer));
        out.add(new CompatFinding(d, Optional.of(was)));
    }
}
