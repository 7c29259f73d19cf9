package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.link.JavaType.BytesEncoding;
import dev.pictor.core.link.JavaType.ScalarKind;
import dev.pictor.core.link.JavaType.TextKind;
import dev.pictor.core.link.SchemaParser.Draft;
import dev.pictor.core.schema.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how each value-position schema (the root, a property, an item) is held in Java, and declares the records
 * and enums that needs. A schema gets a typed representation only when every constraint on it can be checked on
 * that representation; anything else is a passthrough value, validated as JSON. A {@code oneOf}/{@code anyOf} whose
 * branches are all closed objects becomes a sealed interface that their records implement.
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
    private final Map<String, JavaType> decided = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    final List<RecordDecl> records = new ArrayList<>();
    final List<EnumDecl> enums = new ArrayList<>();
    final List<UnionDecl> unions = new ArrayList<>();
    /** Records that are an alternative of a union already: a record implements one union at most. */
    private final Set<String> alternatives = new HashSet<>();
    /**
     * Above zero while the records of a union's alternatives are declared: the types inside them are then named
     * after their record, as in a response, so that two alternatives with a property of one name (a {@code type}
     * enum, say) declare two types, not two of one name.
     */
    private int withinAlternatives;

    TypeMapper(Map<String, Draft> drafts, JavaNames names, JavaNames.Scope typeScope, Side side) {
        this.drafts = drafts;
        this.names = names;
        this.typeScope = typeScope;
        this.side = side;
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
        // The root stays a record (around the value), so a union there cannot take the root's name.
        JavaType type = union(d, names.rootValueName(rootName)).orElseGet(() -> typeOf(rootId, rootName, role));
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
        if (d.ref.isPresent() && (onlyRef(d))) {
            Draft target = drafts.get(d.ref.get());
            String targetName =
                    target.nameHint.isEmpty() ? preferredName : names.typeName(target.nameHint, target.source);
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

    /** A {@code $ref} with nothing but annotations beside it stands for its target's type. */
    private static boolean onlyRef(Draft d) {
        return d.types.isEmpty() && noValueKeywords(d) && !d.hasCombinators() && !d.alwaysFalse;
    }

    /** No keyword but {@code type}, {@code $ref}, the combinators and annotations. */
    private static boolean noValueKeywords(Draft d) {
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
                && d.additionalProperties.isEmpty();
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
        if (!typeScope.claim(name, d.nameHint, d.source)) {
            return new JavaType.Scalar(ScalarKind.STRING);
        }
        JavaNames.Scope constants = names.new Scope("enum constant", "of " + name, false);
        List<EnumDecl.Constant> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode v : d.enumValues.orElseThrow()) {
            if (!seen.add(v.asText())) {
                continue;
            }
            String constant = names.constantName(v.asText(), d.source);
            constants.claim(constant, v.asText(), d.source);
            list.add(new EnumDecl.Constant(constant, v.asText()));
        }
        enums.add(new EnumDecl(name, d.id, list, d.docs));
        return new JavaType.EnumRef(name);
    }

    private JavaType array(Draft d, String name, RecordDecl.Role role) {
        if (d.hasCombinators() || d.enumValues.isPresent() || d.constValue.isPresent()) {
            return new JavaType.Passthrough();
        }
        if (d.items.isEmpty()) {
            return new JavaType.ListOf(new JavaType.Passthrough());
        }
        Draft item = drafts.get(d.items.get());
        if (side == Side.REQUEST && isByte(item)) {
            return new JavaType.Bytes(BytesEncoding.NUMBER_ARRAY);
        }
        return new JavaType.ListOf(typeOf(item.id, name + "Item", nested(role)));
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
        if (!(closed || extrasAllowed)
                || d.enumValues.isPresent()
                || d.constValue.isPresent()
                || !requiredDeclared
                || !branchesStayInside(d, d.properties.keySet(), closed, new HashSet<>())) {
            return new JavaType.Passthrough();
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
                            || withinAlternatives > 0
                            || declaredAlready(plain)
                            || declaredAlready(plain + "Item")
                    ? name + plain
                    : plain;
            JavaType type = typeOf(prop.id, childName, nested(role));
            fields.add(new FieldDecl(member, p.getKey(), type, d.required.contains(p.getKey()), prop.id, prop.docs));
        }
        records.set(index, new RecordDecl(name, d.id, fields, closed && side == Side.REQUEST, false, role, d.docs));
        return ref;
    }

    /**
     * A branch that can become an alternative: the schema of its record, the {@code $ref}s on the way, the name of
     * the record if it is declared already, and its tags ({@link #tags}).
     */
    private record Branch(
            Draft source, Draft target, List<String> refs, Optional<String> declared, Map<String, String> tags) {}

    /**
     * A {@code oneOf} or {@code anyOf} (and annotations, and at most {@code type: object} beside it) whose every
     * branch is, or refers to, a closed object with properties becomes a sealed interface named {@code name}, each
     * branch a record implementing it. Empty, with nothing declared and no name claimed, for any other schema, which
     * then stays what it was. Request side only: response records are never closed, so JSON could not tell them
     * apart.
     */
    private Optional<JavaType> union(Draft d, String name) {
        boolean oneOf = !d.oneOf.isEmpty();
        List<String> ids = oneOf ? d.oneOf : d.anyOf;
        boolean shape = (d.types.isEmpty() || d.types.equals(Set.of(JsonType.OBJECT)))
                && noValueKeywords(d)
                && d.oneOf.isEmpty() != d.anyOf.isEmpty()
                && d.allOf.isEmpty()
                && ids.size() >= 2
                && d.ref.isEmpty()
                && !d.alwaysFalse;
        if (side != Side.REQUEST || !shape) {
            return Optional.empty();
        }
        List<Branch> branches = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (String id : ids) {
            Optional<Branch> b = branch(drafts.get(id));
            // Two branches that are one record could not both be permitted.
            if (b.isEmpty() || !targets.add(b.get().target().id)) {
                return Optional.empty();
            }
            branches.add(b.get());
        }
        if (oneOf && !disjoint(branches)) {
            return Optional.empty();
        }
        // Names last: a schema whose branches are not all closed records gets no note about a name.
        List<String> recordNames = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of(name.toLowerCase(Locale.ROOT)));
        for (int i = 0; i < branches.size(); i++) {
            Branch b = branches.get(i);
            int position = i + 1;
            String recordName = b.declared().orElseGet(() -> alternativeName(b, name, position));
            String recordOrigin = b.target().nameHint.isEmpty() ? recordName : b.target().nameHint;
            boolean free = b.declared().isPresent()
                    || (typeScope.isFree(recordName, recordOrigin) && !declaredAlready(recordName));
            if (!free || alternatives.contains(recordName) || !taken.add(recordName.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            recordNames.add(recordName);
        }
        String origin = d.nameHint.isEmpty() ? name : d.nameHint;
        if (!typeScope.isFree(name, origin) || declaredAlready(name) || !typeScope.claim(name, origin, d.source)) {
            return Optional.empty();
        }
        JavaType.UnionRef ref = new JavaType.UnionRef(name);
        decided.put(d.id, ref); // before the alternatives, which may hold the union again
        alternatives.addAll(recordNames);
        List<JavaType> types = new ArrayList<>();
        withinAlternatives++;
        for (int i = 0; i < branches.size(); i++) {
            JavaType t = typeOf(branches.get(i).target().id, recordNames.get(i), RecordDecl.Role.NESTED);
            branches.get(i).refs().forEach(id -> decided.put(id, t)); // a $ref stands for its target, as in typeOf
            types.add(t);
        }
        withinAlternatives--;
        if (!types.equals(recordNames.stream().map(JavaType.RecordRef::new).toList())) {
            // The record's name was refused: an ERROR is reported, and the model is not generated.
            decided.put(d.id, new JavaType.Passthrough());
            return Optional.of(new JavaType.Passthrough());
        }
        List<UnionDecl.Tag> tags = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            String record = recordNames.get(i);
            branches.get(i).tags().forEach((member, value) -> tags.add(new UnionDecl.Tag(record, member, value)));
        }
        unions.add(new UnionDecl(
                name, d.id, recordNames, oneOf ? UnionDecl.Keyword.ONE_OF : UnionDecl.Keyword.ANY_OF, d.docs, tags));
        return Optional.of(ref);
    }

    /**
     * The record a branch would become, without declaring anything: a closed object with properties, inline or
     * through {@code $ref}s; or a finished closed record declared already (a definition used elsewhere too).
     */
    private Optional<Branch> branch(Draft source) {
        Draft target = source;
        List<String> refs = new ArrayList<>();
        while (target.ref.isPresent() && onlyRef(target)) {
            if (inProgress.contains(target.id) || refs.contains(target.id)) {
                return Optional.empty();
            }
            refs.add(target.id);
            target = drafts.get(target.ref.get());
        }
        JavaType known = decided.get(target.id);
        if (known != null) {
            String declared = known instanceof JavaType.RecordRef r ? r.simpleName() : "";
            boolean usable = records.stream()
                    .anyMatch(rec -> rec != null
                            && rec.simpleName().equals(declared)
                            && rec.closed()
                            && !rec.wrapper()
                            && !rec.fields().isEmpty());
            return usable
                    ? Optional.of(new Branch(source, target, refs, Optional.of(declared), tags(target)))
                    : Optional.empty();
        }
        boolean closedRecord = !target.alwaysFalse
                && target.ref.isEmpty()
                && target.types.equals(Set.of(JsonType.OBJECT))
                && !target.properties.isEmpty()
                && target.additionalProperties
                        .map(id -> drafts.get(id).alwaysFalse)
                        .orElse(false)
                && target.enumValues.isEmpty()
                && target.constValue.isEmpty()
                && branchesStayInside(target, target.properties.keySet(), true, new HashSet<>());
        return closedRecord
                ? Optional.of(new Branch(source, target, refs, Optional.empty(), tags(target)))
                : Optional.empty();
    }

    /**
     * An alternative's record is named as a {@code $ref} names one (by the definition it refers to, the last one
     * of a chain), else by the branch's {@code title}, else by its position: {@code ImageOption2}.
     */
    private String alternativeName(Branch b, String union, int position) {
        LocatedNode hint = null;
        String hintText = "";
        for (String id : b.refs()) {
            Draft next = drafts.get(drafts.get(id).ref.orElseThrow());
            if (!JavaNames.tokens(next.nameHint).isEmpty()) {
                hint = next.source;
                hintText = next.nameHint;
            }
        }
        if (hint != null) {
            return names.typeName(hintText, hint);
        }
        Optional<String> title =
                b.source().docs.title().filter(t -> !JavaNames.tokens(t).isEmpty());
        if (title.isPresent()) {
            return names.typeName(title.get(), b.source().source);
        }
        return names.alternativeName(union, position);
    }

    /**
     * Whether a type of this name is declared already. The scope lets a name be claimed twice from one origin (two
     * properties {@code image} in two records); a second union or alternative of that name would be a second type.
     */
    private boolean declaredAlready(String name) {
        return decided.values().stream()
                .anyMatch(t -> name.equalsIgnoreCase(
                        t instanceof JavaType.RecordRef r
                                ? r.simpleName()
                                : t instanceof JavaType.EnumRef e
                                        ? e.simpleName()
                                        : t instanceof JavaType.UnionRef u ? u.simpleName() : ""));
    }

    /**
     * Whether no JSON object can match two of the alternatives: of any two, one requires a property the other does
     * not declare, which the other (closed) refuses, or both require a tag member with two different strings
     * ({@code "type": "url"} against {@code "type": "base64"}). Reading then finds at most one, so "exactly one" of
     * {@code oneOf} is decided by the JSON's shape and tags alone.
     */
    private static boolean disjoint(List<Branch> branches) {
        for (int i = 0; i < branches.size(); i++) {
            for (int j = i + 1; j < branches.size(); j++) {
                Branch a = branches.get(i);
                Branch b = branches.get(j);
                if (!requiresUndeclared(a.target(), b.target())
                        && !requiresUndeclared(b.target(), a.target())
                        && !tagsDiffer(a.tags(), b.tags())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether two alternatives both have a tag member, with two different strings. */
    private static boolean tagsDiffer(Map<String, String> a, Map<String, String> b) {
        return a.entrySet().stream()
                .anyMatch(t -> b.containsKey(t.getKey()) && !b.get(t.getKey()).equals(t.getValue()));
    }

    /**
     * The tags of an alternative's schema: its required, declared members whose own schema is a string constant
     * ({@code const}, or an {@code enum} of one string), member to string, in the order of its properties.
     */
    private Map<String, String> tags(Draft d) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : d.properties.entrySet()) {
            if (!d.required.contains(p.getKey())) {
                continue;
            }
            Draft member = drafts.get(p.getValue());
            Optional<JsonNode> only = member.constValue.isPresent()
                    ? member.constValue
                    : member.enumValues.filter(values -> values.size() == 1).map(values -> values.get(0));
            only.filter(JsonNode::isTextual).ifPresent(v -> tags.put(p.getKey(), v.textValue()));
        }
        return tags;
    }

    /** Whether {@code a} requires (and declares) a property that {@code b} does not declare. */
    private static boolean requiresUndeclared(Draft a, Draft b) {
        return a.required.stream().anyMatch(p -> a.properties.containsKey(p) && !b.properties.containsKey(p));
    }

    private static RecordDecl.Role nested(RecordDecl.Role role) {
        return role == RecordDecl.Role.RESPONSE ? RecordDecl.Role.RESPONSE : RecordDecl.Role.NESTED;
    }

    /**
     * Branches of allOf/anyOf/oneOf on an object may only speak of its declared properties: a record drops any
     * other property when it reads JSON, so a branch about one could not be checked. For the same reason a branch
     * may compare the whole object ({@code enum}, {@code const}) only when the record is closed.
     */
    private boolean branchesStayInside(Draft d, Set<String> declared, boolean closed, Set<String> seen) {
        if (!seen.add(d.id)) {
            return true;
        }
        List<String> branches = new ArrayList<>(d.allOf);
        branches.addAll(d.anyOf);
        branches.addAll(d.oneOf);
        for (String id : branches) {
            Draft b = drafts.get(id);
            while (b.ref.isPresent() && onlyRef(b)) {
                b = drafts.get(b.ref.get());
            }
            boolean wholeObject = b.enumValues.isPresent() || b.constValue.isPresent();
            if (b.ref.isPresent()
                    || b.additionalProperties.isPresent()
                    || (wholeObject && !closed)
                    || !declared.containsAll(b.properties.keySet())
                    || !declared.containsAll(b.required)
                    || !branchesStayInside(b, declared, closed, seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTrue(Draft d) {
        return !d.alwaysFalse && d.types.isEmpty() && onlyRef(d) && d.ref.isEmpty();
    }

    /** Integers whose bounds both lie within int are ints; any other integer is a long. */
    private static boolean fitsInt(Draft d) {
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
