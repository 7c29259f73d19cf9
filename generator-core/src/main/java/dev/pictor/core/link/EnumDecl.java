package dev.pictor.core.link;

import java.util.List;

/**
 * A generated enum; each constant keeps its wire value.
 *
 * @param wireType the JSON type of the wire values: {@code STRING}, {@code INTEGER} or {@code NUMBER}
 * @param open     whether values other than the constants are valid too (an open enum of strings): the type is then a
 *                 value class that holds any string, not a Java enum
 */
public record EnumDecl(
        String simpleName, String nodeId, JsonType wireType, boolean open, List<Constant> constants, Docs docs) {

    public EnumDecl {
        constants = List.copyOf(constants);
    }

    /** A closed enum of strings. */
    public EnumDecl(String simpleName, String nodeId, List<Constant> constants, Docs docs) {
        this(simpleName, nodeId, JsonType.STRING, false, constants, docs);
    }

    /**
     * One constant.
     *
     * @param wireValue the value on the wire: the string itself, or a number as its decimal text ({@code 0.5})
     */
    public record Constant(String javaName, String wireValue) {}
}
