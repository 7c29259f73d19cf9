package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.link.JavaType.BytesEncoding;
import dev.pictor.core.link.JavaType.ScalarKind;
import dev.pictor.core.link.JavaType.TextKind;
import dev.pictor.core.link.SchemaParser.Draft;
import dev.pictor.core.schema.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides how each value-position schema (the root, a property, an item) is held in Java, and declares the records
 * and enums that needs. A schema gets a typed representation only when every constraint on it can be checked on
 * that representation; anything else is a passthrough value, validated as JSON. A {@code oneOf}/{@code anyOf} (or a
 * {@code type} list) whose branches JSON tells apart becomes a sealed interface that their records implement, as the
 * {@link UnionMapper} decides.
 */
final class TypeMapper {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** Whether strings of a response may become base64 images, data URIs or URLs (never on the request side). */
    enum Side {
        REQUEST,
        RESPONSE
    }

    private final Map<String, Draft> drafts;
    private final JavaNames names;
    private final JavaNames.Scope typeScope;
    private final Side side;
    private final DecidedTypes decided = new DecidedTypes();
    private final Set<String> inProgress = new HashSet<>();
    final List<RecordDecl> records = new ArrayList<>();
    final List<EnumDecl> enums = new ArrayList<>();
    final List<UnionDecl> unions;
    private final UnionMapper unionMapper;
    private final NullableMapper nullableMapper;
    private final EnumMapper enumMapper;
    private final RestMapper restMapper;
    private final FileParts fileParts;

    TypeMapper(Map<String, Draft> drafts, JavaNames names, JavaNames.Scope typeScope, Side side) {
        this(drafts, names, typeScope, side, FileParts.none());
    }

    /** A mapper that holds the given file parts of a multipart request body as byte payloads. */
    TypeMapper(Map<String, Draft> drafts, JavaNames names, JavaNames.Scope typeScope, Side side, FileParts parts) {
        this.fileParts = parts;
        this.drafts = drafts;
        this.names = names;
        this.typeScope = typeScope;
        this.side = side;
        this.unionMapper = new UnionMapper(this, drafts, names, typeScope);
        this.unions = unionMapper.unions;
        this.nullableMapper = new NullableMapper(drafts);
        this.enumMapper = new EnumMapper(drafts, names, typeScope, enums);
        this.restMapper = new RestMapper(this, drafts, names, typeScope);
    }

    /**
     * The type decided for a schema, or passthrough for one that is not in a value position (a branch, unless it is
     * an alternative of a union).
     */
    JavaType decidedType(String id) {
        return decided.getOrDefault(id, new JavaType.Passthrough());
    }

    /** The type of the root schema, which becomes a record named {@code rootName} whatever its JSON type. */
    JavaType root(String rootId, String rootName, RecordDecl.Role role) {
        Draft d = drafts.get(rootId);
        // The root stays a record (around the value), so a union or an enum there cannot take the root's name.
        String valueName = names.rootValueName(rootName);
        // An enum first, as in decide: an open enum's anyOf is no union.
        JavaType type = enumMapper
                .root(d, valueName)
                .map(t -> {
                    decided.put(rootId, t);
                    return t;
                })
                .or(() -> union(d, valueName))
                .orElseGet(() -> typeOf(rootId, rootName, role));
        // A null root is the request (or response) itself being null: the record holds the value type.
        type = NullableMapper.valueOf(type);
        if (type instanceof JavaType.RecordRef r && r.simpleName().equals(rootName)) {
            return type;
        }
        if (!typeScope.claim(rootName, d.nameHint.isEmpty() ? "the root schema" : d.nameHint, d.source)) {
            return type;
        }
        // Not an object, or a $ref to an object declared elsewhere (a record of its own name): a record around the
        // one value, read and written as the bare value.
        records.add(
                0,
                new RecordDecl(
                        rootName,
                        rootId,
                        List.of(new FieldDecl("value", "", type, true, rootId, d.docs)),
                        false,
                        true,
                        role,
                        d.docs));
        return new JavaType.RecordRef(rootName);
    }

    /** The Java type of values of schema {@code id}; {@code preferredName} names a record or enum it becomes. */
    JavaType typeOf(String id, String preferredName, RecordDecl.Role role) {
        JavaType known = decided.get(id);
        if (known != null) {
            return known;
        }
        Draft d = drafts.get(id);
        Optional<String> referenced = referencedType(d);
        if (referenced.isPresent()) {
            Draft target = drafts.get(referenced.get());
            // A request root that only refers to a schema with no name of its own (another file, a remote) keeps its
            // name for the request record, which wraps the value: only that record has a validator.
            String targetName = !target.nameHint.isEmpty()
                    ? names.typeName(target.nameHint, target.source)
                    : role == RecordDecl.Role.REQUEST ? names.rootValueName(preferredName) : preferredName;
            if (!inProgress.add(id)) {
                return new JavaType.Passthrough();
            }
            JavaType t = typeOf(target.id, targetName, role == RecordDecl.Role.REQUEST ? RecordDecl.Role.NESTED : role);
            inProgress.remove(id);
            decided.put(id, t);
            return t;
        }
        JavaType t = decide(d, preferredName, role);
        decided.put(id, t);
        return t;
    }

    private JavaType decide(Draft d, String name, RecordDecl.Role role) {
        Optional<JavaType> file = fileParts.map(d);
        if (file.isPresent()) {
            return file.get();
        }
        if (unevaluatedBesideApplicators(d)) {
            return new JavaType.Passthrough();
        }
        Optional<JavaType> nullable =
                nullableMapper.map(d, () -> decide(d, name, role), branch -> typeOf(branch, name, role));
        if (nullable.isPresent()) {
            return nullable.get();
        }
        // Before unions: an open enum's anyOf of a string and an enum of strings is one type, not alternatives.
        Optional<JavaType> enumeration = enumMapper.map(d, name);
        if (enumeration.isPresent()) {
            return enumeration.get();
        }
        Optional<JavaType> union = union(d, name);
        if (union.isPresent()) {
            return union.get();
        }
        if (d.alwaysFalse || d.types.size() != 1 || d.ref.isPresent()) {
            return new JavaType.Passthrough();
        }
        JsonType type = d.types.iterator().next();
        switch (type) {
            case STRING:
                return string(d, name);
            case INTEGER:
                return new JavaType.Scalar(fitsInt(d) ? ScalarKind.INT : ScalarKind.LONG);
            case NUMBER:
                return new JavaType.Scalar(ScalarKind.DOUBLE);
            case BOOLEAN:
                return new JavaType.Scalar(ScalarKind.BOOLEAN);
            case ARRAY:
                return array(d, name, role);
            case OBJECT:
                return object(d, name, role);
            default:
                return new JavaType.Passthrough();
        }
    }

    /**
     * The schema whose type {@code d} stands for: the target of a {@code $ref} with nothing but annotations beside
     * it, or of Cog's enum wrapper, an {@code allOf} of one such {@code $ref} with nothing but annotations beside it
     * ({@code {"allOf": [{"$ref": "#/$defs/scheduler"}], "default": "K_EULER", "x-order": 3}}). The wrapper's
     * annotations stay on its own schema, which documents the field; the validator still checks the allOf.
     */
    private Optional<String> referencedType(Draft d) {
        if (d.ref.isPresent() && onlyRef(d)) {
            return d.ref;
        }
        boolean wrapper = d.ref.isEmpty()
                && d.types.isEmpty()
                && !d.alwaysFalse
                && noValueKeywords(d)
                && d.allOf.size() == 1
                && d.anyOf.isEmpty()
                && d.oneOf.isEmpty();
        Draft member = wrapper ? drafts.get(d.allOf.get(0)) : null;
        return member != null && member.ref.isPresent() && onlyRef(member) ? member.ref : Optional.empty();
    }

    /** A {@code $ref} with nothing but annotations beside it stands for its target's type. */
    static boolean onlyRef(Draft d) {
        return d.types.isEmpty() && noValueKeywords(d) && !d.hasCombinators() && !d.alwaysFalse;
    }

    /** No keyword but {@code type}, {@code $ref}, the combinators and annotations. */
    static boolean noValueKeywords(Draft d) {
        return d.enumValues.isEmpty()
                && d.constValue.isEmpty()
                && d.lower.isEmpty()
                && d.upper.isEmpty()
                && d.multipleOf.isEmpty()
                && d.minLength.isEmpty()
                && d.maxLength.isEmpty()
                && d.pattern.isEmpty()
                && d.items.isEmpty()
                && d.minItems.isEmpty()
                && d.maxItems.isEmpty()
                && d.required.isEmpty()
                && d.properties.isEmpty()
                && d.additionalProperties.isEmpty()
                && d.patternProperties.isEmpty()
                && d.prefixItems.isEmpty()
                && d.assertedFormat.isEmpty()
                && !d.usesLaterFamilies();
    }

    private JavaType string(Draft d, String name) {
        boolean base64 =
                d.contentEncoding.map(e -> e.equalsIgnoreCase("base64")).orElse(false) || mentions(d, "base64");
        boolean plain = d.enumValues.isEmpty()
                && d.constValue.isEmpty()
                && d.minLength.isEmpty()
                && d.maxLength.isEmpty()
                && d.pattern.isEmpty()
                && !d.hasCombinators();
        if (side == Side.RESPONSE) {
            if (d.pattern.map(p -> p.startsWith("^data:")).orElse(false)
                    || mentions(d, "data uri")
                    || mentions(d, "data:image")) {
                return new JavaType.Text(TextKind.DATA_URI);
            }
            if (base64) {
                return new JavaType.Text(TextKind.BASE64_IMAGE);
            }
            if (d.format.map(f -> f.equals("uri") || f.equals("url")).orElse(false)) {
                return new JavaType.Text(TextKind.URI);
            }
        } else if (base64 && plain) {
            return new JavaType.Bytes(BytesEncoding.BASE64);
        }
        if (d.enumValues.isPresent()
                && !d.hasCombinators()
                && d.constValue.isEmpty()
                && !d.enumValues.get().isEmpty()
                && d.enumValues.get().stream().allMatch(JsonNode::isTextual)) {
            return enumType(d, name);
        }
        return new JavaType.Scalar(ScalarKind.STRING);
    }

    private JavaType enumType(Draft d, String name) {
        return enumMapper.strings(d, name).orElseGet(() -> new JavaType.Scalar(ScalarKind.STRING));
    }

    private JavaType array(Draft d, String name, RecordDecl.Role role) {
        if (d.hasCombinators() || d.enumValues.isPresent() || d.constValue.isPresent()) {
            return new JavaType.Passthrough();
        }
        // uniqueItems, contains, not and if compare or check whole items: a record item drops undeclared members,
        // and a tuple's typed check does not see its items as an array, so such items are held as JSON.
        boolean wholeItems =
                d.uniqueItems || d.contains.isPresent() || !d.conditionals().isEmpty();
        if (wholeItems && !d.prefixItems.isEmpty()) {
            return new JavaType.Passthrough();
        }
        if (!d.prefixItems.isEmpty()) {
            return restMapper.tuple(d, name, role);
        }
        if (d.items.isEmpty() || (wholeItems && !isScalar(drafts.get(d.items.get())))) {
            return new JavaType.ListOf(new JavaType.Passthrough());
        }
        Draft item = drafts.get(d.items.get());
        if (side == Side.REQUEST && isByte(item)) {
            return new JavaType.Bytes(BytesEncoding.NUMBER_ARRAY);
        }
        return new JavaType.ListOf(typeOf(item.id, JavaNames.itemName(name), nested(role)));
    }

    /** A schema of one scalar JSON type, held as itself: its JSON form is the value read. */
    private static boolean isScalar(Draft d) {
        return d.types.size() == 1
                && !d.types.contains(JsonType.OBJECT)
                && !d.types.contains(JsonType.ARRAY)
                && !d.types.contains(JsonType.NULL);
    }

    /**
     * An item schema that admits exactly the integers 0 to 255 and says nothing else: one byte of an image. Items
     * typed {@code number} are not bytes (1.5 would be valid), however their description reads.
     */
    private static boolean isByte(Draft item) {
        return item.types.equals(Set.of(JsonType.INTEGER))
                && item.lower.equals(Optional.of(new Bound(BigDecimal.ZERO, false)))
                && item.upper
                        .map(b -> !b.exclusive() && b.value().compareTo(BigDecimal.valueOf(255)) == 0)
                        .orElse(false)
                && item.multipleOf.isEmpty()
                && item.enumValues.isEmpty()
                && item.constValue.isEmpty()
                && !item.hasCombinators()
                && item.ref.isEmpty();
    }

    private JavaType object(Draft d, String name, RecordDecl.Role role) {
        boolean closed =
                d.additionalProperties.map(id -> drafts.get(id).alwaysFalse).orElse(false);
        boolean extrasAllowed =
                d.additionalProperties.map(id -> isTrue(drafts.get(id))).orElse(true);
        // A record keeps only declared properties (and drops others when the schema allows them): a required
        // property it does not declare could never be present in it.
        boolean requiredDeclared = closed || d.properties.keySet().containsAll(d.required);
        // Undeclared members typed by a schema are kept in a map: the whole object, or a last component; so are those
        // a keyword counts or names (minProperties, propertyNames, ...), unless the record is closed and holds all.
        boolean keepsUndeclared =
                restMapper.typesUndeclared(d) || (!closed && restMapper.speaksOfUndeclared(d, d.properties.keySet()));
        if (!(closed || extrasAllowed || keepsUndeclared)
                || d.enumValues.isPresent()
                || d.constValue.isPresent()
                || !requiredDeclared
                || !branchesStayInside(d, d.properties.keySet(), closed, new HashSet<>())) {
            return new JavaType.Passthrough();
        }
        Optional<JavaType> map = keepsUndeclared ? restMapper.plainMap(d, name, role) : Optional.empty();
        if (map.isPresent()) {
            return map.get();
        }
        if (!typeScope.claim(name, d.nameHint.isEmpty() ? name : d.nameHint, d.source)) {
            return new JavaType.Passthrough();
        }
        JavaType.RecordRef ref = new JavaType.RecordRef(name);
        decided.put(d.id, ref);
        int index = records.size();
        records.add(null); // keeps declaration order: a record before the records its fields use
        JavaNames.Scope members = names.new Scope("member", "of " + name, false);
        List<FieldDecl> fields = new ArrayList<>();
        for (Map.Entry<String, String> p : d.properties.entrySet()) {
            Draft prop = drafts.get(p.getValue());
            String member = names.memberName(p.getKey(), prop.source);
            members.claim(member, p.getKey(), prop.source);
            String plain = names.typeName(p.getKey(), prop.source);
            // A request's nested types take the property's name, unless another record's property has it already:
            // then they are named after their record too, as a response's always are.
            String childName = role == RecordDecl.Role.RESPONSE
                            || unionMapper.declaringAlternatives()
                            || declaredAlready(plain)
                            || declaredAlready(JavaNames.itemName(plain))
                    ? name + plain
                    : plain;
            JavaType type = typeOf(prop.id, childName, nested(role));
            fields.add(new FieldDecl(member, p.getKey(), type, d.required.contains(p.getKey()), prop.id, prop.docs));
            if (type instanceof JavaType.Nullable) {
                // The builder's second setter, which sends null: no other member may take its name.
                members.claim(JavaNames.nullSetterName(member), p.getKey() + " (set to null)", prop.source);
            }
        }
        Optional<FieldDecl> rest =
                keepsUndeclared ? Optional.of(restMapper.undeclaredMembers(d, name, role, fields)) : Optional.empty();
        records.set(
                index,
                new RecordDecl(
                        name,
                        d.id,
                        fields,
                        closed && !keepsUndeclared && side == Side.REQUEST,
                        false,
                        role,
                        d.docs,
                        rest,
                        false));
        return ref;
    }

    /**
     * Whether {@code unevaluatedProperties} or {@code unevaluatedItems} judges a value that other schemas are applied
     * to as well ({@code $ref}, the combinators, {@code not}, {@code if}, {@code dependentSchemas}), written on the
     * schema or on one of them. Such a value is passthrough: the records of those schemas would drop the members their
     * unevaluated keywords must see. A schema that says one with no other schema applied to its value keeps what it
     * does not declare instead ({@link RestMapper}).
     */
    private boolean unevaluatedBesideApplicators(Draft d) {
        List<String> applied = inPlace(d);
        return !applied.isEmpty() && (!d.unevaluated().isEmpty() || appliesUnevaluated(applied, new HashSet<>()));
    }

    private boolean appliesUnevaluated(List<String> ids, Set<String> seen) {
        for (String id : ids) {
            Draft d = drafts.get(id);
            if (seen.add(id) && (!d.unevaluated().isEmpty() || appliesUnevaluated(inPlace(d), seen))) {
                return true;
            }
        }
        return false;
    }

    /** The schemas applied to the same value as {@code d}. */
    private static List<String> inPlace(Draft d) {
        List<String> ids = new ArrayList<>();
        d.ref.ifPresent(ids::add);
        ids.addAll(d.allOf);
        ids.addAll(d.anyOf);
        ids.addAll(d.oneOf);
        d.not.ifPresent(ids::add);
        d.ifSchema.ifPresent(ids::add);
        d.thenSchema.ifPresent(ids::add);
        d.elseSchema.ifPresent(ids::add);
        ids.addAll(d.dependentSchemas.values());
        return ids;
    }

    /** Declares a record the {@link UnionMapper} decided: a union's alternative around one value. */
    void declare(RecordDecl record) {
        records.add(record);
    }

    /** What schema {@code id} became so far, or null: for the {@link UnionMapper}. */
    JavaType known(String id) {
        return decided.get(id);
    }

    /** Records what schema {@code id} becomes: for the {@link UnionMapper}, before and after its alternatives. */
    void remember(String id, JavaType type) {
        decided.put(id, type);
    }

    /** Whether schema {@code id} is a {@code $ref} being followed right now (a cycle through it is not a branch). */
    boolean resolving(String id) {
        return inProgress.contains(id);
    }

    /** The union {@code d} becomes, on the request side ({@link UnionMapper}); empty for any other schema. */
    private Optional<JavaType> union(Draft d, String name) {
        // A union's value is checked on the wire form of its alternative's record, which may drop undeclared
        // members: a schema counting or naming them (minProperties, propertyNames, ...) is no union.
        boolean countsMembers = restMapper.ownKeywordsSpeakOfUndeclared(d, Set.of());
        return side == Side.REQUEST && !countsMembers ? unionMapper.map(d, name) : Optional.empty();
    }

    /**
     * Whether a type of this name is declared already. The scope lets a name be claimed twice from one origin (two
     * properties {@code image} in two records); a second union or alternative of that name would be a second type.
     */
    boolean declaredAlready(String name) {
        return decided.hasName(name)
                || records.stream().anyMatch(r -> r != null && r.simpleName().equalsIgnoreCase(name));
    }

    static RecordDecl.Role nested(RecordDecl.Role role) {
        return role == RecordDecl.Role.RESPONSE ? RecordDecl.Role.RESPONSE : RecordDecl.Role.NESTED;
    }

    /**
     * Branches of allOf/anyOf/oneOf (and the schemas of not, if, then, else) on an object may only speak of its
     * declared properties: a record drops any other property when it reads JSON, so a branch about one could not be
     * checked. For the same reason a branch may compare the whole object ({@code enum}, {@code const}) only when the
     * record is closed.
     */
    boolean branchesStayInside(Draft d, Set<String> declared, boolean closed, Set<String> seen) {
        if (!seen.add(d.id)) {
            return true;
        }
        for (Draft b : sameValueBranches(d)) {
            boolean wholeObject = b.enumValues.isPresent() || b.constValue.isPresent();
            if (b.ref.isPresent()
                    || b.additionalProperties.isPresent()
                    || !b.patternProperties.isEmpty()
                    || (wholeObject && !closed)
                    || !declared.containsAll(b.properties.keySet())
                    || !declared.containsAll(b.required)
                    || !branchesStayInside(b, declared, closed, seen)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The branches of {@code d}'s {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}, {@code then}
     * and {@code else}, which apply to the same value, in that order; a branch that is a {@code $ref} standing for its
     * target is that target.
     */
    List<Draft> sameValueBranches(Draft d) {
        List<String> ids = new ArrayList<>(d.allOf);
        ids.addAll(d.anyOf);
        ids.addAll(d.oneOf);
        // not and if/then/else judge the same value too: they may look only at what the record keeps
        Conditionals conditionals = d.conditionals();
        Stream.of(conditionals.not(), conditionals.ifSchema(), conditionals.thenSchema(), conditionals.elseSchema())
                .flatMap(Optional::stream)
                .forEach(ids::add);
        List<Draft> branches = new ArrayList<>();
        for (String id : ids) {
            Draft b = drafts.get(id);
            while (b.ref.isPresent() && onlyRef(b)) {
                b = drafts.get(b.ref.get());
            }
            branches.add(b);
        }
        return branches;
    }

    /** The schema {@code true} or {@code {}}: any value. */
    static boolean isTrue(Draft d) {
        return !d.alwaysFalse && d.types.isEmpty() && onlyRef(d) && d.ref.isEmpty();
    }

    /** Integers whose bounds both lie within int are ints; any other integer is a long. */
    static boolean fitsInt(Draft d) {
        return d.lower.map(b -> b.value().compareTo(INT_MIN) >= 0).orElse(false)
                && d.upper.map(b -> b.value().compareTo(INT_MAX) <= 0).orElse(false);
    }

    /** Whether the schema's description (or, for an item, its array's) mentions the phrase. */
    private static boolean mentions(Draft d, String phrase) {
        return d.docs.description()
                .or(() -> d.contextDescription)
                .map(t -> t.toLowerCase(Locale.ROOT).contains(phrase))
                .orElse(false);
    }
}
