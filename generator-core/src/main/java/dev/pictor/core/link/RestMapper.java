package dev.pictor.core.link;

import dev.pictor.core.link.SchemaParser.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the types that keep what a schema allows beyond what it names, so that no value the schema allows is lost
 * or refused when read: an object's undeclared members ({@code patternProperties}, a schema-valued
 * {@code additionalProperties}, an {@code unevaluatedProperties} that judges them) and a tuple's positions
 * ({@code prefixItems}) and the items after them.
 *
 * <ul>
 *   <li>an object that declares no property, only {@code additionalProperties: {schema}}, is a
 *       {@code Map<String, V>} of that schema's type;</li>
 *   <li>an object with declared properties and typed undeclared members is a record with one more component, a map
 *       of the undeclared members in the order read ({@code JsonValue} values when {@code patternProperties} type
 *       them, since a member may match several patterns or none);</li>
 *   <li>an array of {@code prefixItems} is a record with one component per position, and a list of the items after
 *       them unless {@code items: false} forbids any.</li>
 * </ul>
 * The records are declared through the {@link TypeMapper} this mapper belongs to, which keeps what every schema
 * became, so a schema that contains itself (through {@code $ref}) becomes a record that refers to itself.
 */
final class RestMapper {

    private final TypeMapper typeMapper;
    private final Map<String, Draft> drafts;
    private final JavaNames names;
    private final JavaNames.Scope typeScope;

    RestMapper(TypeMapper typeMapper, Map<String, Draft> drafts, JavaNames names, JavaNames.Scope typeScope) {
        this.typeMapper = typeMapper;
        this.drafts = drafts;
        this.names = names;
        this.typeScope = typeScope;
    }

    /**
     * Whether an object schema types its undeclared members: {@code patternProperties}, a schema-valued rest, or an
     * {@code unevaluatedProperties} that sees them (beside no {@code additionalProperties}, which evaluates them all).
     */
    boolean typesUndeclared(Draft d) {
        return !d.patternProperties.isEmpty()
                || d.additionalProperties
                        .map(drafts::get)
                        .map(a -> !a.alwaysFalse && !TypeMapper.isTrue(a))
                        .orElse(false)
                || (d.additionalProperties.isEmpty()
                        && d.unevaluatedProperties
                                .map(drafts::get)
                                .map(u -> !TypeMapper.isTrue(u))
                                .orElse(false));
    }

    /**
     * Whether the object schema {@code d}, or a schema applied to the same value through {@code allOf},
     * {@code anyOf} or {@code oneOf} (following a {@code $ref} that stands for its target), speaks of members it does
     * not declare: {@code minProperties}, {@code maxProperties}, {@code propertyNames} and {@code dependentSchemas}
     * look at every member, and {@code dependentRequired} at the members it names. A record of such a schema must
     * keep its undeclared members, unless it is closed ({@code additionalProperties: false}) and so holds every
     * member there is.
     *
     * @param declared the names the record declares
     */
    boolean speaksOfUndeclared(Draft d, Set<String> declared) {
        return speaksOfUndeclared(d, declared, new HashSet<>());
    }

    private boolean speaksOfUndeclared(Draft d, Set<String> declared, Set<String> seen) {
        if (!seen.add(d.id)) {
            return false;
        }
        if (ownKeywordsSpeakOfUndeclared(d, declared)) {
            return true;
        }
        for (Draft b : typeMapper.sameValueBranches(d)) {
            if (speaksOfUndeclared(b, declared, seen)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #speaksOfUndeclared}, for the keywords of {@code d} itself, its branches left out. */
    boolean ownKeywordsSpeakOfUndeclared(Draft d, Set<String> declared) {
        ObjectKeywords o = d.objects();
        return o.minProperties().isPresent()
                || o.maxProperties().isPresent()
                || o.propertyNames().isPresent()
                || !o.dependentSchemas().isEmpty()
                || o.dependentRequired().entrySet().stream()
                        .anyMatch(e -> !declared.contains(e.getKey()) || !declared.containsAll(e.getValue()));
    }

    /**
     * The map an object becomes when it declares nothing but the schema of its members; empty when it declares more
     * (then it is a record with {@link #undeclaredMembers}).
     */
    Optional<JavaType> plainMap(Draft d, String name, RecordDecl.Role role) {
        boolean onlyMembers = d.properties.isEmpty()
                && d.patternProperties.isEmpty()
                && d.required.isEmpty()
                && !d.hasCombinators()
                && d.enumValues.isEmpty()
                && d.constValue.isEmpty();
        return onlyMembers ? Optional.of(new JavaType.MapOf(valueType(d, name, role))) : Optional.empty();
    }

    /** The last component of a record whose schema types its undeclared members: a map of them. */
    FieldDecl undeclaredMembers(Draft d, String name, RecordDecl.Role role, List<FieldDecl> declared) {
        String member = JavaNames.restMemberName(false, javaNames(declared));
        JavaType type = new JavaType.MapOf(valueType(d, name, role));
        return new FieldDecl(member, "", type, false, d.additionalProperties.orElse(d.id), Docs.NONE);
    }

    private JavaType valueType(Draft d, String name, RecordDecl.Role role) {
        if (!d.patternProperties.isEmpty() || d.additionalProperties.isEmpty()) {
            return new JavaType.Passthrough();
        }
        return typeMapper.typeOf(d.additionalProperties.get(), JavaNames.valueName(name), TypeMapper.nested(role));
    }

    /**
     * A {@code prefixItems} array: a record with a component per position (required below {@code minItems}) and,
     * unless {@code items: false}, a list of the items after them; read and written as a JSON array.
     */
    JavaType tuple(Draft d, String name, RecordDecl.Role role) {
        if (!typeScope.claim(name, d.nameHint.isEmpty() ? name : d.nameHint, d.source)) {
            return new JavaType.Passthrough();
        }
        JavaType.RecordRef ref = new JavaType.RecordRef(name);
        typeMapper.remember(d.id, ref);
        int index = typeMapper.records.size();
        typeMapper.records.add(null); // keeps declaration order: a record before the records its fields use
        List<FieldDecl> positions = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        long required = d.minItems.orElse(0L);
        for (int i = 0; i < d.prefixItems.size(); i++) {
            Draft item = drafts.get(d.prefixItems.get(i));
            String member = names.positionName(i, item.docs.title(), taken);
            taken.add(member);
            JavaType type =
                    typeMapper.typeOf(item.id, name + names.typeName(member, item.source), TypeMapper.nested(role));
            positions.add(new FieldDecl(member, Integer.toString(i), type, i < required, item.id, item.docs));
        }
        Optional<FieldDecl> rest = Optional.empty();
        boolean noMore = d.items.map(id -> drafts.get(id).alwaysFalse).orElse(false)
                || d.maxItems.map(max -> max <= d.prefixItems.size()).orElse(false);
        if (!noMore) {
            JavaType item = d.items
                    .map(id -> typeMapper.typeOf(id, JavaNames.itemName(name), TypeMapper.nested(role)))
                    .orElse(new JavaType.Passthrough());
            String member = JavaNames.restMemberName(true, taken);
            rest = Optional.of(
                    new FieldDecl(member, "", new JavaType.ListOf(item), false, d.items.orElse(d.id), Docs.NONE));
        }
        typeMapper.records.set(index, new RecordDecl(name, d.id, positions, false, false, role, d.docs, rest, true));
        return ref;
    }

    private static Set<String> javaNames(List<FieldDecl> fields) {
        Set<String> all = new HashSet<>();
        fields.forEach(f -> all.add(f.javaName()));
        return all;
    }
}
