package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.schema.SchemaTypes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What kind of body the output is, binary bytes or JSON of which types. It is compared once, on the two output roots,
 * before anything else: when it changed, readers parse the body another way and the rest of the schema says nothing
 * more.
 */
final class EnvelopeComparator {

    private EnvelopeComparator() {}

    /** Reports another kind of body; whether it is one (then the outputs are compared no further). */
    static boolean changed(LocatedNode older, LocatedNode newer, ChangeReport out) {
        String was = envelope(older);
        String now = envelope(newer);
        if (was.equals(now)) {
            return false;
        }
        out.report(
                CompatRule.OUTPUT_ENVELOPE_CHANGED,
                newer,
                newer.pointer(),
                older,
                "output: the response was " + was + " and is now " + now);
        return true;
    }

    private static String envelope(LocatedNode schema) {
        if (schema instanceof LocatedBoolean b) {
            return b.value() ? "any JSON value" : "nothing (the schema false)";
        }
        if (!(schema instanceof LocatedObject s)) {
            return "any JSON value";
        }
        Set<String> types = new TreeSet<>(SchemaTypes.declared(s).orElse(Set.of()));
        if (types.contains("number")) {
            types.remove("integer");
        }
        if (types.equals(Set.of("string"))
                && s.text("format").map("binary"::equals).orElse(false)) {
            return "a binary body";
        }
        return types.isEmpty() ? "any JSON value" : "JSON " + SchemaTypes.describe(new LinkedHashSet<>(types));
    }
}
