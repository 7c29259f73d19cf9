package dev.pictor.core.link;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import java.util.List;
import java.util.Map;

/**
 * The limits of a class file that a schema's size can reach, and the objects a model cannot be generated for because
 * of them, each a located ERROR naming the limit. A method takes at most 255 parameter slots, {@code this} included,
 * a {@code long} or {@code double} two: a record's canonical constructor takes every component, so a record has at
 * most {@value #MAX_RECORD_COMPONENTS}; a larger object is generated as a final class built by its builder (see the
 * codegen package), up to {@value #MAX_CLASS_PROPERTIES} properties, where its validator's and its class's methods
 * stay well under the 64 KB of code a method may hold.
 */
public final class ClassFileLimits {

    /** The parameter slots of a method, {@code this} included. */
    public static final int MAX_PARAMETER_SLOTS = 255;

    /** The most components a record can have: its canonical constructor takes each in one slot, beside {@code this}. */
    public static final int MAX_RECORD_COMPONENTS = MAX_PARAMETER_SLOTS - 1;

    /** The most properties an object generated as a class (past {@link #MAX_RECORD_COMPONENTS}) can have. */
    public static final int MAX_CLASS_PROPERTIES = 1_000;

    private ClassFileLimits() {}

    /** Reports every record of a linked model that no generated form fits; whether there was none. */
    static boolean check(List<RecordDecl> records, Map<String, SchemaNode> nodes, Diagnostics diagnostics) {
        boolean fits = true;
        for (RecordDecl record : records) {
            String refusal = refusal(record);
            if (refusal != null) {
                fits = false;
                diagnostics.report(
                        Severity.ERROR,
                        "generate.too-many-properties",
                        nodes.get(record.nodeId()).location(),
                        "cannot generate " + record.simpleName() + ": " + refusal,
                        "split the schema: group related properties under nested objects, each a type of its own");
            }
        }
        return fits;
    }

    /** Why no generated form fits {@code record}, or null when one does. */
    private static String refusal(RecordDecl record) {
        if (record.wrapper()) {
            return null;
        }
        int components = record.components().size();
        if (components > MAX_RECORD_COMPONENTS && record.keepsRest()) {
            return (record.tuple() ? "the tuple has " : "the object has ") + components + " components ("
                    + (record.tuple()
                            ? "its positions and the items after them"
                            : "its properties and the undeclared members it keeps")
                    + "), more than the " + MAX_RECORD_COMPONENTS + " a record's constructor can take (a method takes"
                    + " at most " + MAX_PARAMETER_SLOTS + " parameter slots)";
        }
        if (record.fields().size() > MAX_CLASS_PROPERTIES) {
            return "the object declares " + record.fields().size() + " properties, more than the "
                    + MAX_CLASS_PROPERTIES + " Pictor generates a class of (a method of the class or its validator"
                    + " would pass the 64 KB of code the JVM allows)";
        }
        int required = record.fields().stream()
                .filter(FieldDecl::required)
                .mapToInt(f -> slots(f.type()))
                .sum();
        if (required > MAX_RECORD_COMPONENTS) {
            return "its builder would take its required properties in " + required + " parameter slots, more"
                    + " than the " + MAX_RECORD_COMPONENTS + " a constructor has beside this (a method takes"
                    + " at most " + MAX_PARAMETER_SLOTS + "; a long or double takes two)";
        }
        return null;
    }

    /** The parameter slots a builder method takes a value of {@code type} in: a long or double is two. */
    private static int slots(JavaType type) {
        return type instanceof JavaType.Scalar s
                        && (s.kind() == JavaType.ScalarKind.LONG || s.kind() == JavaType.ScalarKind.DOUBLE)
                ? 2
                : 1;
    }
}
