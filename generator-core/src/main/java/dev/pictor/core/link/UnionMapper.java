package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.link.SchemaParser.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which {@code oneOf}/{@code anyOf} schemas and {@code type} lists of a request become a sealed interface,
 * and declares it: each branch a record implementing it, named, told apart by JSON. A branch that is an object is a
 * record of its members; a branch that is a string (an enum of strings too), a number, a boolean or an array is a
 * record around that one value, read and written as the bare JSON value. The value's JSON type tells the branches
 * apart, so no two branches that are not objects may share one (an integer and a number may not: {@code 1} is both),
 * and objects are told apart by their shape and tags, or by OpenAPI's {@code discriminator} where the dialect has it
 * and the schema gives it. Request side only (the {@link TypeMapper} asks on that side alone): response records are
 * never closed, so JSON could not tell them apart.
 *
 * <p>The records of the alternatives are declared by the {@link TypeMapper} this mapper belongs to, which also keeps
 * what every schema became: a union's alternative may hold a union again, so the two call each other.
 */
final class UnionMapper {

    /** The JSON types a {@code type} list's alternatives are declared in. */
    private static final List<JsonType> VALUE_ORDER =
            List.of(JsonType.STRING, JsonType.INTEGER, JsonType.NUMBER, JsonType.BOOLEAN, JsonType.ARRAY);

    private final TypeMapper typeMapper;
    private final Map<String, Draft> drafts;
    private final JavaNames names;
    private final JavaNames.Scope typeScope;
    final List<UnionDecl> unions = new ArrayList<>();
    /** Records that are an alternative of a union already: a record implements one union at most. */
    private final Set<String> alternatives = new HashSet<>();
    /**
     * Above zero while the records of a union's alternatives are declared: the types inside them are then named
     * after their record, as in a response, so that two alternatives with a property of one name (a {@code type}
     * enum, say) declare two types, not two of one name.
     */
    private int withinAlternatives;

    UnionMapper(TypeMapper typeMapper, Map<String, Draft> drafts, JavaNames names, JavaNames.Scope typeScope) {
        this.typeMapper = typeMapper;
        this.drafts = drafts;
        this.names = names;
        this.typeScope = typeScope;
    }

    /** Whether the records of a union's alternatives are being declared: their types are named after them. */
    boolean declaringAlternatives() {
        return withinAlternatives > 0;
    }

    /**
     * A branch that can become an alternative: the schema of its record, the {@code $ref}s on the way, the name of
     * the record if it is declared already, and its tags ({@link #tags}); for a branch that is not an object, the
     * JSON type of its one value.
     */
    private record Branch(
            Draft source,
            Draft target,
            List<String> refs,
            Optional<String> declared,
            Map<String, String> tags,
            Optional<JsonType> value) {

        /** Whether the branch's one value is an enum of strings. */
        boolean enumeration() {
            return value.isPresent() && target.enumValues.isPresent();
        }
    }

    /**
     * A {@code oneOf} or {@code anyOf} (and annotations, and at most {@code type: object} beside it) whose branches
     * JSON tells apart becomes a sealed interface named {@code name}, each branch a record implementing it; so does a
     * {@code type} list of JSON types JSON tells apart ({@link #typeList}). Empty, with nothing declared and no name
     * claimed, for any other schema, which then stays what it was.
     */
    Optional<JavaType> map(Draft d, String name) {
        if (d.types.size() >= 2) {
            return typeList(d, name);
        }
        boolean oneOf = !d.oneOf.isEmpty();
        List<String> ids = oneOf ? d.oneOf : d.anyOf;
        boolean shape = (d.types.isEmpty() || d.types.equals(Set.of(JsonType.OBJECT)))
                && TypeMapper.noValueKeywords(d)
                && d.oneOf.isEmpty() != d.anyOf.isEmpty()
                && d.allOf.isEmpty()
                && ids.size() >= 2
                && d.ref.isEmpty()
                && !d.alwaysFalse;
        if (!shape) {
            return Optional.empty();
        }
        List<Branch> branches = branches(d, ids);
        if (branches.isEmpty()) {
            return Optional.empty();
        }
        List<Branch> objects =
                branches.stream().filter(b -> b.value().isEmpty()).toList();
        Optional<List<List<String>>> discriminator = Optional.empty();
        if (objects.size() > 1) {
            discriminator = discriminatorValues(d, objects);
            if (discriminator.isEmpty()
                    && (objects.stream().anyMatch(b -> !closed(b)) || (oneOf && !disjoint(objects)))) {
                return Optional.empty();
            }
        }
        // Names last: a schema whose branches are not all records gets no note about a name.
        List<String> recordNames = recordNames(branches, name);
        if (recordNames.isEmpty() || !claim(d, name)) {
            return Optional.empty();
        }
        JavaType.UnionRef ref = new JavaType.UnionRef(name);
        typeMapper.remember(d.id, ref); // before the alternatives, which may hold the union again
        alternatives.addAll(recordNames);
        Map<String, JsonType> values = new LinkedHashMap<>();
        List<JavaType> types = new ArrayList<>();
        withinAlternatives++;
        for (int i = 0; i < branches.size(); i++) {
            Branch b = branches.get(i);
            String record = recordNames.get(i);
            if (b.value().isPresent()) {
                String valueName = b.value().get() == JsonType.ARRAY ? record : names.alternativeValueName(record);
                JavaType value = typeMapper.typeOf(b.source().id, valueName, RecordDecl.Role.NESTED);
                types.add(valueRecord(record, b.source(), value));
                values.put(record, b.value().get());
                continue;
            }
            JavaType t = typeMapper.typeOf(b.target().id, record, RecordDecl.Role.NESTED);
            b.refs().forEach(id -> typeMapper.remember(id, t)); // a $ref stands for its target, as in typeOf
            types.add(t);
        }
        withinAlternatives--;
        if (!types.equals(recordNames.stream().map(JavaType.RecordRef::new).toList())) {
            // The record's name was refused: an ERROR is reported, and the model is not generated.
            typeMapper.remember(d.id, new JavaType.Passthrough());
            return Optional.of(new JavaType.Passthrough());
        }
        List<UnionDecl.Tag> tags = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            String record = recordNames.get(i);
            branches.get(i).tags().forEach((member, value) -> tags.add(new UnionDecl.Tag(record, member, value)));
        }
        List<UnionDecl.Tag> named = new ArrayList<>();
        discriminator.ifPresent(found -> {
            for (int i = 0; i < objects.size(); i++) {
                String record = recordNames.get(branches.indexOf(objects.get(i)));
                found.get(i).forEach(v -> named.add(new UnionDecl.Tag(record, d.discriminator.orElseThrow(), v)));
            }
        });
        unions.add(new UnionDecl(
                name,
                d.id,
                recordNames,
                oneOf ? UnionDecl.Keyword.ONE_OF : UnionDecl.Keyword.ANY_OF,
                d.docs,
                tags,
                values,
                discriminator.map(found -> new UnionDecl.Discriminator(d.discriminator.orElseThrow(), named))));
        return Optional.of(ref);
    }

    /**
     * A {@code type} list of two or more JSON types that JSON tells apart (no {@code null}, no {@code object}, not
     * both {@code integer} and {@code number}), with no keyword but those of the types and annotations: one record
     * around a value per type, the value's Java type decided by its JSON type (an array's items by {@code items}).
     */
    private Optional<JavaType> typeList(Draft d, String name) {
        boolean shape = !d.types.contains(JsonType.NULL)
                && !d.types.contains(JsonType.OBJECT)
                && !(d.types.contains(JsonType.INTEGER) && d.types.contains(JsonType.NUMBER))
                && !d.hasCombinators()
                && d.ref.isEmpty()
                && d.enumValues.isEmpty()
                && d.constValue.isEmpty()
                && d.properties.isEmpty()
                && d.required.isEmpty()
                && d.additionalProperties.isEmpty()
                && !d.alwaysFalse;
        if (!shape) {
            return Optional.empty();
        }
        List<JsonType> types = VALUE_ORDER.stream().filter(d.types::contains).toList();
        List<String> recordNames = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of(name.toLowerCase(Locale.ROOT)));
        for (JsonType t : types) {
            String record = names.valueAlternativeName(name, t, false);
            if (!typeScope.isFree(record, record)
                    || typeMapper.declaredAlready(record)
                    || alternatives.contains(record)
                    || !taken.add(record.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            recordNames.add(record);
        }
        if (!claim(d, name)) {
            return Optional.empty();
        }
        JavaType.UnionRef ref = new JavaType.UnionRef(name);
        typeMapper.remember(d.id, ref);
        alternatives.addAll(recordNames);
        Map<String, JsonType> values = new LinkedHashMap<>();
        withinAlternatives++;
        for (int i = 0; i < types.size(); i++) {
            String record = recordNames.get(i);
            JavaType value = switch (types.get(i)) {
                case STRING -> new JavaType.Scalar(JavaType.ScalarKind.STRING);
                case INTEGER ->
                    new JavaType.Scalar(TypeMapper.fitsInt(d) ? JavaType.ScalarKind.INT : JavaType.ScalarKind.LONG);
                case NUMBER -> new JavaType.Scalar(JavaType.ScalarKind.DOUBLE);
                case BOOLEAN -> new JavaType.Scalar(JavaType.ScalarKind.BOOLEAN);
                default ->
                    new JavaType.ListOf(d.items
                            .map(item -> typeMapper.typeOf(item, JavaNames.itemName(record), RecordDecl.Role.NESTED))
                            .orElse(new JavaType.Passthrough()));
            };
            if (!valueRecord(record, d, value).equals(new JavaType.RecordRef(record))) {
                withinAlternatives--;
                typeMapper.remember(d.id, new JavaType.Passthrough());
                return Optional.of(new JavaType.Passthrough());
            }
            values.put(record, types.get(i));
        }
        withinAlternatives--;
        unions.add(new UnionDecl(
                name, d.id, recordNames, UnionDecl.Keyword.TYPE, d.docs, List.of(), values, Optional.empty()));
        return Optional.of(ref);
    }

    /**
     * Declares the record around one value of an alternative: named {@code record}, documented by {@code schema}.
     * Passthrough when the name is refused (an ERROR is reported).
     */
    private JavaType valueRecord(String record, Draft schema, JavaType value) {
        if (!typeScope.claim(record, record, schema.source)) {
            return new JavaType.Passthrough();
        }
        typeMapper.declare(new RecordDecl(
                record,
                schema.id,
                List.of(new FieldDecl("value", "", value, true, schema.id, schema.docs)),
                false,
                true,
                RecordDecl.Role.NESTED,
                schema.docs));
        return new JavaType.RecordRef(record);
    }

    /** Claims the union's own name; false (nothing declared) when it is taken. */
    private boolean claim(Draft d, String name) {
        String origin = d.nameHint.isEmpty() ? name : d.nameHint;
        return typeScope.isFree(name, origin)
                && !typeMapper.declaredAlready(name)
                && typeScope.claim(name, origin, d.source);
    }

    /**
     * The branches as alternatives, in schema order: each an object that can be a record, or a value JSON types
     * tell apart from the other branches' values. Empty when one is neither, or two are one record.
     */
    private List<Branch> branches(Draft d, List<String> ids) {
        long objectCount = ids.stream()
                .map(id -> follow(drafts.get(id)))
                .filter(f -> f.isPresent() && isObject(f.get().target()))
                .count();
        boolean valuesBeside = objectCount < ids.size();
        // One object beside values, or objects a discriminator names: JSON tells them apart however open they are.
        boolean openObjects = objectCount == 1 && valuesBeside || (d.discriminator.isPresent() && objectCount > 1);
        List<Branch> branches = new ArrayList<>();
        Set<String> targetIds = new HashSet<>();
        Set<String> valueKinds = new HashSet<>();
        for (String id : ids) {
            Optional<Branch> b = branch(drafts.get(id), openObjects);
            // Two branches that are one record could not both be permitted; two values of one JSON type could not
            // be told apart.
            if (b.isEmpty()
                    || !targetIds.add(b.get().target().id)
                    || b.get().value().map(t -> !valueKinds.add(readAs(t))).orElse(false)) {
                return List.of();
            }
            branches.add(b.get());
        }
        return branches;
    }

    /** The JSON type a value is read as: an integer is a number ({@code 1.0} is both). */
    private static String readAs(JsonType type) {
        return type == JsonType.INTEGER ? JsonType.NUMBER.schemaName() : type.schemaName();
    }

    /** The {@code $ref}s a branch follows, and the schema it stands for at their end. */
    private record Followed(List<String> refs, Draft target) {}

    /** Follows a branch's {@code $ref}s to the schema it stands for; empty for a {@code $ref} loop. */
    private Optional<Followed> follow(Draft source) {
        Draft target = source;
        List<String> refs = new ArrayList<>();
        while (target.ref.isPresent() && TypeMapper.onlyRef(target)) {
            if (typeMapper.resolving(target.id) || refs.contains(target.id)) {
                return Optional.empty();
            }
            refs.add(target.id);
            target = drafts.get(target.ref.get());
        }
        return Optional.of(new Followed(refs, target));
    }

    /** Whether a branch's schema is an object, and nothing else. */
    private static boolean isObject(Draft target) {
        return target.types.equals(Set.of(JsonType.OBJECT));
    }

    /**
     * The record a branch would become, without declaring anything: an object with properties, inline or through
     * {@code $ref}s, closed unless {@code openObjects}; a finished record declared already (a definition used
     * elsewhere too); or one value of a single JSON type but object and null ({@link #valueBranch}).
     */
    private Optional<Branch> branch(Draft source, boolean openObjects) {
        Optional<Followed> followed = follow(source);
        if (followed.isEmpty()) {
            return Optional.empty();
        }
        Draft target = followed.get().target();
        List<String> refs = followed.get().refs();
        if (!isObject(target)) {
            return valueBranch(source, target, refs);
        }
        JavaType known = typeMapper.known(target.id);
        if (known != null) {
            String declared = known instanceof JavaType.RecordRef r ? r.simpleName() : "";
            boolean usable = typeMapper.records.stream()
                    .anyMatch(rec -> rec != null
                            && rec.simpleName().equals(declared)
                            && (rec.closed() || openObjects)
                            && !rec.wrapper()
                            && !rec.fields().isEmpty());
            return usable
                    ? Optional.of(
                            new Branch(source, target, refs, Optional.of(declared), tags(target), Optional.empty()))
                    : Optional.empty();
        }
        boolean closed = target.additionalProperties
                .map(id -> drafts.get(id).alwaysFalse)
                .orElse(false);
        boolean open = openObjects
                && target.additionalProperties.isEmpty()
                && target.properties.keySet().containsAll(target.required);
        boolean record = !target.alwaysFalse
                && target.ref.isEmpty()
                && !target.properties.isEmpty()
                && (closed || open)
                && target.enumValues.isEmpty()
                && target.constValue.isEmpty()
                && typeMapper.branchesStayInside(target, target.properties.keySet(), closed, new HashSet<>());
        return record
                ? Optional.of(new Branch(source, target, refs, Optional.empty(), tags(target), Optional.empty()))
                : Optional.empty();
    }

    /**
     * A branch of one value: a schema of one JSON type but object and null, with no combinator; an array with no
     * {@code enum} or {@code const} on the whole array (which its list could not be checked against, item by item).
     * Its value is whatever the {@link TypeMapper} makes of the branch. A schema the type mapper leaves a
     * passthrough value (a second type, a combinator) is no alternative: JSON could not tell it from the others.
     */
    private Optional<Branch> valueBranch(Draft source, Draft target, List<String> refs) {
        if (target.types.size() != 1
                || target.types.contains(JsonType.NULL)
                || target.alwaysFalse
                || target.ref.isPresent()
                || target.hasCombinators()
                || typeMapper.known(target.id) instanceof JavaType.Passthrough
                || (target.types.contains(JsonType.ARRAY)
                        && (target.enumValues.isPresent() || target.constValue.isPresent()))) {
            return Optional.empty();
        }
        JsonType type = target.types.iterator().next();
        return Optional.of(new Branch(source, target, refs, Optional.empty(), Map.of(), Optional.of(type)));
    }

    /** Whether an object branch is a closed record. */
    private boolean closed(Branch b) {
        if (b.declared().isPresent()) {
            return typeMapper.records.stream()
                    .anyMatch(rec ->
                            rec != null && rec.simpleName().equals(b.declared().get()) && rec.closed());
        }
        return b.target()
                .additionalProperties
                .map(id -> drafts.get(id).alwaysFalse)
                .orElse(false);
    }

    /**
     * The record names of the branches, in order: an object's as {@link #alternativeName} decides, a value's after
     * its JSON type ({@link JavaNames#valueAlternativeName}). Empty when one is taken.
     */
    private List<String> recordNames(List<Branch> branches, String name) {
        List<String> recordNames = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of(name.toLowerCase(Locale.ROOT)));
        for (int i = 0; i < branches.size(); i++) {
            Branch b = branches.get(i);
            int position = i + 1;
            String recordName = b.value().isPresent()
                    ? names.valueAlternativeName(name, b.value().get(), b.enumeration())
                    : b.declared().orElseGet(() -> alternativeName(b, name, position));
            String recordOrigin =
                    b.value().isPresent() || b.target().nameHint.isEmpty() ? recordName : b.target().nameHint;
            boolean free = b.declared().isPresent()
                    || (typeScope.isFree(recordName, recordOrigin) && !typeMapper.declaredAlready(recordName));
            if (!free || alternatives.contains(recordName) || !taken.add(recordName.toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            recordNames.add(recordName);
        }
        return recordNames;
    }

    /**
     * OpenAPI's {@code discriminator} on {@code d}, when it names every object branch with strings no two share: a
     * {@code mapping} entry names the branch whose {@code $ref} ends in the schema name it gives ({@code Dog} or
     * {@code #/$defs/Dog}); a branch no entry names is named by that schema name itself. The strings of each of
     * {@code objects}, in order; empty when the discriminator cannot name them all.
     */
    private Optional<List<List<String>>> discriminatorValues(Draft d, List<Branch> objects) {
        if (d.discriminator.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            Optional<String> schemaName = schemaName(objects.get(i));
            if (schemaName.isEmpty()) {
                return Optional.empty();
            }
            List<String> mapped = d.discriminatorMapping.entrySet().stream()
                    .filter(e -> lastSegment(e.getValue()).equals(schemaName.get()))
                    .map(Map.Entry::getKey)
                    .toList();
            List<String> own = mapped.isEmpty() ? List.of(schemaName.get()) : mapped;
            if (!own.stream().allMatch(seen::add)) {
                return Optional.empty();
            }
            values.add(own);
        }
        return Optional.of(values);
    }

    /** The name of the schema a branch's first {@code $ref} points to ({@code Dog} for {@code #/$defs/Dog}). */
    private Optional<String> schemaName(Branch b) {
        if (b.refs().isEmpty()) {
            return Optional.empty();
        }
        return drafts.get(b.refs().get(0))
                .ref
                .map(id -> drafts.get(id).nameHint)
                .filter(n -> !n.isEmpty());
    }

    /** {@code Dog} of {@code #/components/schemas/Dog}, and of {@code Dog}. */
    private static String lastSegment(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
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
}
