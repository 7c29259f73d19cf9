package dev.pictor.core.link;

import java.util.List;

/** A generated enum; each constant keeps its wire value. */
public record EnumDecl(String simpleName, String nodeId, List<Constant> constants, Docs docs) {

    public EnumDecl {
        constants = List.copyOf(constants);
    }

    public record Constant(String javaName, String wireValue) {}
}
