package dev.pictor.core.link;

/**
 * A component of a generated record.
 *
 * @param wireName the property name on the wire, carried by the component's annotation
 * @param nodeId   the schema of the property
 */
public record FieldDecl(String javaName, String wireName, JavaType type, boolean required, String nodeId, Docs docs) {}
