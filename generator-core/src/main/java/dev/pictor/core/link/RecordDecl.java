package dev.pictor.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated record.
 *
 * @param closed  the schema forbids properties it does not declare ({@code additionalProperties: false}): reading
 *                JSON with another property fails
 * @param wrapper the schema is not an object: the record holds one {@code value}, read and written as the bare
 *                JSON value
 * @param rest    the last component, which keeps what the schema does not declare: the undeclared members of an
 *                object (a {@link JavaType.MapOf}, for {@code patternProperties} or a schema-valued
 *                {@code additionalProperties}), or a tuple's items after its positions (a {@link JavaType.ListOf})
 * @param tuple   the schema is an array of {@code prefixItems}: {@link #fields()} are its positions, in order, and
 *                the record is read and written as a JSON array
 */
public record RecordDecl(
        String simpleName,
        String nodeId,
        List<FieldDecl> fields,
        boolean closed,
        boolean wrapper,
        Role role,
        Docs docs,
        Optional<FieldDecl> rest,
        boolean tuple) {

    public RecordDecl {
        fields = List.copyOf(fields);
    }

    /** A record that keeps nothing beyond its declared members. */
    public RecordDecl(
            String simpleName,
            String nodeId,
            List<FieldDecl> fields,
            boolean closed,
            boolean wrapper,
            Role role,
            Docs docs) {
        this(simpleName, nodeId, fields, closed, wrapper, role, docs, Optional.empty(), false);
    }

    /** Every component, in order: the declared ones (or positions), then the {@link #rest()}. */
    public List<FieldDecl> components() {
        List<FieldDecl> all = new ArrayList<>(fields);
        rest.ifPresent(all::add);
        return List.copyOf(all);
    }

    /** Whether the record is read and written by the runtime's reader of its shape, not as a plain record. */
    public boolean keepsRest() {
        return rest.isPresent() || tuple;
    }

    /** What a record is for: the request (with a builder and a validator), a part of it, or a response. */
    public enum Role {
        REQUEST,
        NESTED,
        RESPONSE
    }
}
