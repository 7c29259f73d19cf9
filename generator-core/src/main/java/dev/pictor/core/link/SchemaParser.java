package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.schema.AssertedFormats;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.OpenApiNullable;
import dev.pictor.core.schema.SchemaRefs;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a schema tree into {@link Draft}s: the keywords the generator enforces, with subschemas and {@code $ref}
 * targets as node ids. A keyword the generator cannot enforce is an ERROR where it is written, never ignored; a
 * {@code $ref} loop that never moves into the instance (which no validator can finish) is an ERROR too.
 */
final class SchemaParser {

    /** A schema node being parsed; frozen into a {@link SchemaNode} once Java types are decided. */
    static final class Draft {
        final String id;
        final LocatedNode source;
        boolean alwaysFalse;
        final Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        Optional<List<JsonNode>> enumValues = Optional.empty();
        Optional<JsonNode> constValue = Optional.empty();
        Optional<Bound> lower = Optional.empty();
        Optional<Bound> upper = Optional.empty();
        Optional<BigDecimal> multipleOf = Optional.empty();
        Optional<Long> minLength = Optional.empty();
        Optional<Long> maxLength = Optional.empty();
        Optional<String> pattern = Optional.empty();
        Optional<String> items = Optional.empty();
        Optional<Long> minItems = Optional.empty();
        Optional<Long> maxItems = Optional.empty();
        final List<String> required = new ArrayList<>();
        final Map<String, String> properties = new LinkedHashMap<>();
        Optional<String> additionalProperties = Optional.empty();
        /** Java regular expression to node id, in declared order. */
        final Map<String, String> patternProperties = new LinkedHashMap<>();
        /** The schemas of the leading items ({@code prefixItems}, or draft-07's array-form {@code items}). */
        final List<String> prefixItems = new ArrayList<>();

        final List<String> allOf = new ArrayList<>();
        final List<String> anyOf = new ArrayList<>();
        final List<String> oneOf = new ArrayList<>();
        Optional<String> ref = Optional.empty();
        Docs docs = Docs.NONE;
        /** Strings only: a vendor hint that the value is a base64 image, a data URI or a URL. */
        Optional<String> contentEncoding = Optional.empty();

        Optional<String> format = Optional.empty();
        /** The format the validators check: set only where the model document asks for assertion. */
        Optional<String> assertedFormat = Optional.empty();

        Optional<String> mediaType = Optional.empty();
        /** The property or definition name this schema sits under, for naming the type it becomes. */
        String nameHint = "";
        /** For an array's items: the array's description, which often says what each item is. */
        Optional<String> contextDescription = Optional.empty();
        /** OpenAPI's {@code discriminator.propertyName}, in the dialects that define it. */
        Optional<String> discriminator = Optional.empty();
        /** OpenAPI's {@code discriminator.mapping}: member value to the schema it names, as written. */
        final Map<String, String> discriminatorMapping = new LinkedHashMap<>();

        Optional<Long> minProperties = Optional.empty();
        Optional<Long> maxProperties = Optional.empty();
        Optional<String> propertyNames = Optional.empty();
        final Map<String, List<String>> dependentRequired = new LinkedHashMap<>();
        final Map<String, String> dependentSchemas = new LinkedHashMap<>();
        boolean uniqueItems;
        Optional<String> contains = Optional.empty();
        Optional<Long> minContains = Optional.empty();
        Optional<Long> maxContains = Optional.empty();
        Optional<String> not = Optional.empty();
        Optional<String> ifSchema = Optional.empty();
        Optional<String> thenSchema = Optional.empty();
        Optional<String> elseSchema = Optional.empty();
        Optional<String> unevaluatedProperties = Optional.empty();
        Optional<String> unevaluatedItems = Optional.empty();
        /** Draft-07's {@code additionalItems}: the schema of the items after an array-form {@code items}. */
        Optional<String> additionalItems = Optional.empty();
        /** Draft-07: {@code items} was written as an array, so {@code additionalItems} applies. */
        boolean tupleItems;

        Draft(String id, LocatedNode source) {
            this.id = id;
            this.source = source;
        }

        ObjectKeywords objects() {
            return new ObjectKeywords(minProperties, maxProperties, propertyNames, dependentRequired, dependentSchemas);
        }

        ArrayKeywords arrays() {
            return new ArrayKeywords(uniqueItems, contains, minContains, maxContains);
        }

        Conditionals conditionals() {
            return new Conditionals(not, ifSchema, thenSchema, elseSchema);
        }

        Unevaluated unevaluated() {
            return new Unevaluated(unevaluatedProperties, unevaluatedItems);
        }

        /**
         * Whether a keyword of the later families (object counts, names and dependencies; unique and contained
         * items; {@code not}, {@code if}; the unevaluated keywords) is written: shape decisions that look only at
         * the core keywords must not take such a schema for a plain one.
         */
        boolean usesLaterFamilies() {
            return !objects().isEmpty()
                    || !arrays().isEmpty()
                    || !conditionals().isEmpty()
                    || !unevaluated().isEmpty();
        }

        boolean hasCombinators() {
            return !allOf.isEmpty() || !anyOf.isEmpty() || !oneOf.isEmpty();
        }

        SourceLocation location() {
            return source.location();
        }
    }

    private final Dialect dialect;
    private final boolean assertFormats;
    private final SchemaRefs refs;
    private final Diagnostics diagnostics;
    private final String idPrefix;
    private final Map<String, Draft> byKey = new HashMap<>();
    private final Map<String, Draft> byId = new LinkedHashMap<>();
    /** $ref nodes waiting for their target to be parsed: (draft, file of the ref, the ref text, the ref node). */
    private final Deque<PendingRef> pending = new ArrayDeque<>();

    private boolean ok = true;
    /** Parsing below a {@code $schema} whose meta-schema leaves out the validation vocabulary. */
    private boolean withoutValidation;

    /** The dynamic scope of the schema being parsed (see {@link DynamicScope}). */
    private DynamicScope scope = DynamicScope.EMPTY;

    /** A {@code $ref} (or, when {@code dynamic}, a {@code $dynamicRef}) and the scope it was written in. */
    private record PendingRef(
            Draft draft, LocatedNode schemaRoot, String ref, LocatedNode at, boolean dynamic, DynamicScope scope) {}

    SchemaParser(
            Dialect dialect,
            Map<String, LocatedNode> fragments,
            RootUris uris,
            String idPrefix,
            Diagnostics diagnostics) {
        this(dialect, false, fragments, uris, idPrefix, diagnostics);
    }

    /**
     * A parser that reads {@code format} as an assertion when {@code assertFormats} (the model document says {@code
     * "formats": "assert"}), as an annotation otherwise.
     */
    SchemaParser(
            Dialect dialect,
            boolean assertFormats,
            Map<String, LocatedNode> fragments,
            RootUris uris,
            String idPrefix,
            Diagnostics diagnostics) {
        this.dialect = dialect;
        this.assertFormats = assertFormats;
        this.refs = new SchemaRefs(fragments, uris, dialect);
        this.idPrefix = idPrefix;
        this.diagnostics = diagnostics;
    }

    /** Parses a schema and everything it references; empty when something cannot be generated (reported). */
    Optional<String> parseRoot(LocatedNode root) {
        Draft rootDraft = parse(root, root, "");
        while (!pending.isEmpty()) {
            resolve(pending.pop());
        }
        if (ok) {
            checkLoops();
        }
        return ok ? Optional.of(rootDraft.id) : Optional.empty();
    }

    Map<String, Draft> drafts() {
        return byId;
    }

    private String key(LocatedNode node) {
        return node.location().file() + "#" + node.pointer() + scope.signature();
    }

    private Draft parse(LocatedNode node, LocatedNode schemaRoot, String nameHint) {
        DynamicScope outer = scope;
        scope = scope.enter(refs, node, schemaRoot);
        try {
            return parseInScope(node, schemaRoot, nameHint);
        } finally {
            scope = outer;
        }
    }

    private Draft parseInScope(LocatedNode node, LocatedNode schemaRoot, String nameHint) {
        Draft existing = byKey.get(key(node));
        if (existing != null) {
            return existing;
        }
        Draft d = newDraft(node, nameHint);
        byKey.put(key(node), d);
        if (node instanceof LocatedBoolean b) {
            d.alwaysFalse = !b.value();
            return d;
        }
        if (!(node instanceof LocatedObject schema)) {
            error(
                    node,
                    "generate.not-a-schema",
                    "a schema is an object or a boolean, this is " + node.jsonType(),
                    null);
            return d;
        }
        d.docs = new Docs(
                schema.text("title"),
                schema.text("description"),
                schema.get("default").map(LocatedNode::toJackson),
                schema.get("deprecated")
                        .map(v -> v instanceof LocatedBoolean x && x.value())
                        .orElse(false));
        if (OpenApiNullable.declared(schema, dialect)) {
            // OpenAPI 3.0 nullable: anyOf [null, the schema without nullable] (see OpenApiNullable)
            Draft onlyNull = newDraft(node, nameHint);
            onlyNull.types.add(JsonType.NULL);
            Draft value = newDraft(node, nameHint);
            value.docs = d.docs;
            keywords(value, schema, schemaRoot);
            d.anyOf.add(onlyNull.id);
            d.anyOf.add(value.id);
            return d;
        }
        keywords(d, schema, schemaRoot);
        return d;
    }

    /** A draft that no node is keyed by: a part of a schema that the dialect spells as one. */
    private Draft newDraft(LocatedNode node, String nameHint) {
        Draft d = new Draft(idPrefix + byId.size(), node);
        d.nameHint = nameHint;
        byId.put(d.id, d);
        return d;
    }

    private void keywords(Draft d, LocatedObject schema, LocatedNode schemaRoot) {
        boolean outer = withoutValidation;
        withoutValidation = outer || withoutValidationVocabulary(schema, schemaRoot);
        try {
            keywordsOf(d, schema, schemaRoot);
        } finally {
            withoutValidation = outer;
        }
    }

    /**
     * Whether the schema's {@code $schema} names a meta-schema (inside the root, mapped or bundled) whose
     * {@code $vocabulary} leaves out draft 2020-12's validation vocabulary: its keywords are then annotations in this
     * schema and below it.
     */
    private boolean withoutValidationVocabulary(LocatedObject schema, LocatedNode schemaRoot) {
        if (dialect != Dialect.DRAFT_2020_12 && dialect != Dialect.OPENAPI_3_1) {
            return false;
        }
        return schema.text("$schema")
                .flatMap(uri -> refs.locate(schemaRoot, uri))
                .flatMap(meta -> meta.node().asObject())
                .flatMap(meta -> meta.get("$vocabulary"))
                .flatMap(LocatedNode::asObject)
                .map(vocabularies -> !vocabularies.has(Keywords.VALIDATION_VOCABULARY))
                .orElse(false);
    }

    private void keywordsOf(Draft d, LocatedObject schema, LocatedNode schemaRoot) {
        d.contentEncoding = schema.text("contentEncoding");
        d.format = schema.text("format");
        d.mediaType = schema.text("contentMediaType").or(() -> schema.text("contentType"));
        boolean refOnly = SchemaRefs.ignoresSiblings(dialect) && schema.has("$ref");
        if (!refOnly && !withoutValidation) {
            d.lower = Bound.tightest(schema, true, dialect);
            d.upper = Bound.tightest(schema, false, dialect);
        }
        for (Member m : schema.members()) {
            if (refOnly && !m.name().equals("$ref")) {
                continue; // draft-07 and OpenAPI 3.0: keywords beside $ref are ignored
            }
            if (withoutValidation && Keywords.VALIDATION_2020_12.contains(m.name())) {
                continue; // the meta-schema does not use the validation vocabulary: an annotation here
            }
            keyword(d, schema, schemaRoot, m);
        }
        if (d.tupleItems) {
            d.additionalItems.ifPresent(extra -> d.items = Optional.of(extra)); // the items after the tuple
        }
    }

    private void keyword(Draft d, LocatedObject schema, LocatedNode root, Member m) {
        LocatedNode v = m.value();
        switch (m.name()) {
            case "type" -> {
                List<LocatedNode> names = v instanceof LocatedArray a ? a.items() : List.of(v);
                for (LocatedNode n : names) {
                    n.asText()
                            .flatMap(JsonType::parse)
                            .ifPresentOrElse(
                                    d.types::add,
                                    () -> error(n, "generate.bad-keyword", "not a JSON type: " + n.toJackson(), null));
                }
            }
            case "enum" ->
                v.asArray()
                        .ifPresent(a -> d.enumValues = Optional.of(
                                a.items().stream().map(LocatedNode::toJackson).toList()));
            case "const" -> d.constValue = Optional.of(v.toJackson());
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> {
                // read once per schema by Bound.tightest, as the dialect defines them
            }
            case "multipleOf" -> v.asNumber().ifPresent(n -> d.multipleOf = Optional.of(n));
            case "minLength" -> d.minLength = count(v);
            case "maxLength" -> d.maxLength = count(v);
            case "pattern" -> v.asText().ifPresent(p -> pattern(d, p, v));
            case "minItems" -> d.minItems = count(v);
            case "maxItems" -> d.maxItems = count(v);
            case "required" ->
                v.asArray().ifPresent(a -> a.items().forEach(i -> i.asText().ifPresent(d.required::add)));
            case "items" -> {
                if (v instanceof LocatedArray a && dialect == Dialect.DRAFT_7) {
                    prefixItems(d, a, root); // draft-07's tuple form, followed by additionalItems
                    d.tupleItems = true;
                } else if (v instanceof LocatedArray) {
                    unsupported(m, "items as an array (a tuple)", "write the tuple with prefixItems");
                } else {
                    Draft item = parse(v, root, d.nameHint.isEmpty() ? "item" : d.nameHint + "_item");
                    item.contextDescription = d.docs.description();
                    d.items = Optional.of(item.id);
                }
            }
            case "properties" ->
                v.asObject()
                        .ifPresent(props -> props.members()
                                .forEach(p -> d.properties.put(p.name(), parse(p.value(), root, p.name()).id)));
            case "prefixItems" -> v.asArray().ifPresent(a -> prefixItems(d, a, root));
            case "patternProperties" ->
                v.asObject().ifPresent(patterns -> patterns.members().forEach(p -> patternProperty(d, p, root)));
            case "additionalProperties" ->
                d.additionalProperties = Optional.of(parse(v, root, d.nameHint + "_value").id);
            case "allOf" -> branches(v, root, d.allOf);
            case "anyOf" -> branches(v, root, d.anyOf);
            case "oneOf" -> branches(v, root, d.oneOf);
            case "$defs", "definitions" ->
                v.asObject().ifPresent(defs -> defs.members().forEach(def -> parse(def.value(), root, def.name())));
            case "$ref" -> v.asText().ifPresent(ref -> pending.add(new PendingRef(d, root, ref, v, false, scope)));
            case "$dynamicRef" -> {
                if (Keywords.of(dialect).contains("$dynamicRef")) {
                    v.asText().ifPresent(ref -> pending.add(new PendingRef(d, root, ref, v, true, scope)));
                }
            }
            case "discriminator" -> discriminator(d, v);
            case "format" -> v.asText().filter(f -> assertFormats).ifPresent(f -> assertedFormat(d, f, v));
            default -> laterKeyword(d, root, m);
        }
        if (Keywords.isUnenforced(m.name()) && Keywords.of(dialect).contains(m.name())) {
            unsupported(m, "\"" + m.name() + "\"", null);
        }
    }

    /**
     * The keywords of the later families ({@link ObjectKeywords}, {@link ArrayKeywords}, {@link Conditionals},
     * {@link Unevaluated}), each read only in the dialects that define it: elsewhere it is an unknown keyword, which
     * says nothing of a value.
     */
    private void laterKeyword(Draft d, LocatedNode root, Member m) {
        boolean draft7Only = m.name().equals("dependencies") || m.name().equals("additionalItems");
        if (!Keywords.of(dialect).contains(m.name())
                || (dialect == Dialect.DRAFT_7 && Keywords.ANNOTATIONS_ACCEPTED_IN_DRAFT_7.contains(m.name()))
                || (draft7Only && dialect != Dialect.DRAFT_7)) {
            return; // draft 2020-12 keeps dependencies and additionalItems in its meta-schema, not in its vocabularies
        }
        LocatedNode v = m.value();
        String hint = d.nameHint;
        switch (m.name()) {
            case "minProperties" -> d.minProperties = count(v);
            case "maxProperties" -> d.maxProperties = count(v);
            case "propertyNames" -> d.propertyNames = Optional.of(parse(v, root, hint + "_name").id);
            case "dependentRequired" ->
                v.asObject().ifPresent(o -> o.members().forEach(dep -> dependentRequired(d, dep)));
            case "dependentSchemas" ->
                v.asObject()
                        .ifPresent(o -> o.members()
                                .forEach(dep -> d.dependentSchemas.put(dep.name(), parse(dep.value(), root, "").id)));
            case "dependencies" ->
                v.asObject()
                        .ifPresent(o -> o.members().forEach(dep -> {
                            if (dep.value() instanceof LocatedArray) {
                                dependentRequired(d, dep);
                            } else {
                                d.dependentSchemas.put(dep.name(), parse(dep.value(), root, "").id);
                            }
                        }));
            case "uniqueItems" -> d.uniqueItems = v instanceof LocatedBoolean b && b.value();
            case "contains" -> d.contains = Optional.of(parse(v, root, hint + "_item").id);
            case "minContains" -> d.minContains = count(v);
            case "maxContains" -> d.maxContains = count(v);
            case "additionalItems" -> d.additionalItems = Optional.of(parse(v, root, hint + "_item").id);
            case "not" -> d.not = Optional.of(parse(v, root, "").id);
            case "if" -> d.ifSchema = Optional.of(parse(v, root, "").id);
            case "then" -> d.thenSchema = Optional.of(parse(v, root, hint).id);
            case "else" -> d.elseSchema = Optional.of(parse(v, root, hint).id);
            case "unevaluatedProperties" -> d.unevaluatedProperties = Optional.of(parse(v, root, hint + "_value").id);
            case "unevaluatedItems" -> d.unevaluatedItems = Optional.of(parse(v, root, hint + "_item").id);
            default -> {
                // an annotation, or an identifier keyword (refused while unenforced)
            }
        }
    }

    /**
     * {@code format} under assertion: a format the runtime checks ({@link AssertedFormats}) is kept for the validators; any
     * other but {@code binary} stays an annotation, with a WARNING where it is written, since the document asked for it
     * to be checked.
     */
    private void assertedFormat(Draft d, String format, LocatedNode at) {
        if (AssertedFormats.checked(format)) {
            d.assertedFormat = Optional.of(format);
            return;
        }
        if (format.equals("binary")) {
            return; // not a form of text: what Pictor reads as image bytes (see Linker)
        }
        boolean idna = AssertedFormats.needsIdna2008(format);
        diagnostics.report(
                Severity.WARNING,
                "generate.unasserted-format",
                at,
                "the model document asks for formats to be asserted, but the generated validators do not check format "
                        + new TextNode(format)
                        + (idna
                                ? " (it needs IDNA 2008, which the JDK does not implement)"
                                : " (Pictor does not know it)")
                        + "; it stays an annotation",
                "check the value where it is used, or remove the format with a refinement");
    }

    private static void dependentRequired(Draft d, Member dependency) {
        List<String> names = new ArrayList<>();
        dependency
                .value()
                .asArray()
                .ifPresent(a -> a.items().forEach(i -> i.asText().ifPresent(names::add)));
        d.dependentRequired.put(dependency.name(), names);
    }

    /** OpenAPI's {@code discriminator}, where the dialect defines it: an annotation elsewhere, and ignored. */
    private void discriminator(Draft d, LocatedNode v) {
        if (!Keywords.of(dialect).contains("discriminator") || !(v instanceof LocatedObject o)) {
            return;
        }
        d.discriminator = o.text("propertyName");
        o.get("mapping")
                .flatMap(LocatedNode::asObject)
                .ifPresent(mapping -> mapping.members()
                        .forEach(m -> m.value().asText().ifPresent(to -> d.discriminatorMapping.put(m.name(), to))));
    }

    private static Optional<Long> count(LocatedNode v) {
        return v.asNumber()
                .filter(n -> n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0)
                .map(n -> n.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue());
    }

    private void pattern(Draft d, String ecma, LocatedNode at) {
        javaRegex(ecma, at).ifPresent(regex -> d.pattern = Optional.of(regex));
    }

    /** One member of {@code patternProperties}: its name is the pattern, its value the schema. */
    private void patternProperty(Draft d, Member p, LocatedNode root) {
        String hint = d.nameHint.isEmpty() ? "value" : d.nameHint + "_value";
        String id = parse(p.value(), root, hint).id;
        javaRegex(p.name(), p.value()).ifPresent(regex -> d.patternProperties.put(regex, id));
    }

    private void prefixItems(Draft d, LocatedArray a, LocatedNode root) {
        for (LocatedNode item : a.items()) {
            Draft parsed = parse(item, root, d.nameHint.isEmpty() ? "item" : d.nameHint + "_item");
            d.prefixItems.add(parsed.id);
        }
    }

    /** The Java form of an ECMA-262 pattern, or empty (reported) when Java cannot run it. */
    private Optional<String> javaRegex(String ecma, LocatedNode at) {
        String regex = EcmaRegex.toJava(ecma);
        try {
            java.util.regex.Pattern.compile(regex);
            return Optional.of(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            error(
                    at,
                    "generate.bad-pattern",
                    "pattern " + new TextNode(ecma) + " is not a regular expression Java can run: "
                            + e.getDescription(),
                    "rewrite it in the subset ECMA-262 and Java share");
            return Optional.empty();
        }
    }

    private void branches(LocatedNode v, LocatedNode root, List<String> into) {
        v.asArray().ifPresent(a -> a.items().forEach(i -> into.add(parse(i, root, "").id)));
    }

    private void resolve(PendingRef p) {
        Optional<SchemaRefs.Target> target = refs.resolve(p.at(), p.schemaRoot(), p.ref());
        if (target.isEmpty()) {
            error(
                    p.at(),
                    "generate.ref-unresolved",
                    "$ref \"" + p.ref() + "\" points to nothing in the schemas root",
                    null);
            return;
        }
        String fragment =
                RootUris.fragment(refs.absolute(p.at(), p.schemaRoot(), p.ref()).orElse(""));
        SchemaRefs.Target to = target.get();
        if (p.dynamic() && !fragment.startsWith("/")) {
            // bookended: only an initial target that declares the same $dynamicAnchor looks at the dynamic scope
            boolean bookended = to.node()
                    .asObject()
                    .flatMap(o -> o.text("$dynamicAnchor"))
                    .filter(fragment::equals)
                    .isPresent();
            if (bookended) {
                to = p.scope().outermost(fragment).orElse(to);
            }
        }
        String pointer = fragment.startsWith("/") ? JsonPointer.fromUriFragment(fragment) : fragment;
        String hint = pointer.substring(pointer.lastIndexOf('/') + 1);
        DynamicScope outer = scope;
        scope = p.scope();
        String id = parse(to.node(), to.document(), hint).id;
        scope = outer;
        if (p.draft().ref.isEmpty()) {
            p.draft().ref = Optional.of(id);
        } else {
            Draft both = newDraft(p.draft().source, p.draft().nameHint); // $ref and $dynamicRef in one schema
            both.ref = Optional.of(id);
            p.draft().allOf.add(both.id);
        }
    }

    /**
     * A loop of $ref and allOf/anyOf/oneOf that comes back to a schema without moving into a property or an item
     * would make a validator call itself forever on the same value.
     */
    private void checkLoops() {
        Set<String> done = new HashSet<>();
        for (Draft d : byId.values()) {
            visit(d, new ArrayList<>(), new HashSet<>(), done);
        }
    }

    private void visit(Draft d, List<Draft> path, Set<String> onPath, Set<String> done) {
        if (done.contains(d.id)) {
            return;
        }
        if (!onPath.add(d.id)) {
            error(
                    d.source,
                    "generate.ref-loop",
                    "this schema refers to itself through $ref/allOf/anyOf/oneOf without"
                            + " moving into a property or an item; no validator could finish",
                    "break the loop");
            return;
        }
        path.add(d);
        List<String> sameInstance = new ArrayList<>(d.allOf);
        sameInstance.addAll(d.anyOf);
        sameInstance.addAll(d.oneOf);
        d.ref.ifPresent(sameInstance::add);
        for (String next : sameInstance) {
            if (ok) {
                visit(byId.get(next), path, onPath, done);
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(d.id);
        done.add(d.id);
    }

    private void unsupported(Member m, String what, String hint) {
        error(
                m.value(),
                "generate.unsupported-keyword",
                "generated validators cannot enforce " + what
                        + "; Pictor does not generate code that would silently ignore it",
                hint == null ? "remove it with a refinement if the provider does not enforce it either" : hint);
    }

    private void error(LocatedNode at, String code, String message, String hint) {
        ok = false;
        diagnostics.report(Severity.ERROR, code, at, message, hint);
    }
}
