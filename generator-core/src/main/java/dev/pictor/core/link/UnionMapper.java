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
 * Decides which {@code oneOf}/{@code anyOf} schemas of a request become a sealed interface, and declares it: each
 * branch a closed record implementing it, named, told apart by its shape or its tags. Request side only (the
 * {@link TypeMapper} asks on that side alone): response records are never closed, so JSON could not tell them apart.
 *
 * <p>The records of the alternatives are declared by the {@link TypeMapper} this mapper belongs to, which also keeps
 * what every schema became: a union's alternative may hold a union again, so the two call each other.
 */
final class UnionMapper {

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
     * the record if it is declared already, and its tags ({@link #tags}).
     */
    private record Branch(
            Draft source, Draft target, List<String> refs, Optional<String> declared, Map<String, String> tags) {}

    /**
     * A {@code oneOf} or {@code anyOf} (and annotations, and at most {@code type: object} beside it) whose every
     * branch is, or refers to, a closed object with properties becomes a sealed interface named {@code name}, each
     * branch a record implementing it. Empty, with nothing declared and no name claimed, for any other schema, which
     * then stays what it was.
     */
    Optional<JavaType> map(Draft d, String name) {
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
                    || (typeScope.isFree(recordName, recordOrigin) && !typeMapper.declaredAlready(recordName));
            if (!free || alternatives.contains(recordName) || !taken.add(recordName.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            recordNames.add(recordName);
        }
        String origin = d.nameHint.isEmpty() ? name : d.nameHint;
        if (!typeScope.isFree(name, origin)
                || typeMapper.declaredAlready(name)
                || !typeScope.claim(name, origin, d.source)) {
            return Optional.empty();
        }
        JavaType.UnionRef ref = new JavaType.UnionRef(name);
        typeMapper.remember(d.id, ref); // before the alternatives, which may hold the union again
        alternatives.addAll(recordNames);
        List<JavaType> types = new ArrayList<>();
        withinAlternatives++;
        for (int i = 0; i < branches.size(); i++) {
            JavaType t = typeMapper.typeOf(branches.get(i).target().id, recordNames.get(i), RecordDecl.Role.NESTED);
            branches.get(i)
                    .refs()
                    .forEach(id -> typeMapper.remember(id, t)); // a $ref stands for its target, as in typeOf
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
        while (target.ref.isPresent() && TypeMapper.onlyRef(target)) {
            if (typeMapper.resolving(target.id) || refs.contains(target.id)) {
                return Optional.empty();
            }
            refs.add(target.id);
            target = drafts.get(target.ref.get());
        }
        JavaType known = typeMapper.known(target.id);
        if (known != null) {
            String declared = known instanceof JavaType.RecordRef r ? r.simpleName() : "";
            boolean usable = typeMapper.records.stream()
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
                && typeMapper.branchesStayInside(target, target.properties.keySet(), true, new HashSet<>());
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
