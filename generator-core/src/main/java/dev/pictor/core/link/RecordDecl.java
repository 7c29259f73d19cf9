package dev.pictor.core.link;

import java.util.List;

/**
 * A generated record.
 *
 * @param closed  the schema forbids properties it does not declare ({@code additionalProperties: false}): reading
 *                JSON with another property fails
 * @param wrapper the schema is not an object: the record holds one {@code value}, read and written as the bare
 *                JSON value
 */
public record RecordDecl(
        String simpleName,
        String nodeId,
        List<FieldDecl> fields,
        boolean closed,
        boolean wrapper,
        Role role,
        Docs docs) {

    public RecordDecl {
        fields = List.copyOf(fields);
    }

    /** What a record is for: the request (with a builder and a validator), a part of it, or a response. */
    public enum Role {
        REQUEST,
        NESTED,
        RESPONSE
    }
}
