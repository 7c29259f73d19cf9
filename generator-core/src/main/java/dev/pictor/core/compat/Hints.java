package dev.pictor.core.compat;

import dev.pictor.core.diag.Severity;

/** What a change means for the side it is on, and how to accept it: the hint of each compatibility finding. */
final class Hints {

    private Hints() {}

    static String of(CompatRule rule, Side side, Severity severity, String pointer) {
        if (severity == Severity.NOTE) {
            return "";
        }
        return impact(rule, side, severity) + "; to accept the change, acknowledge it in the newer document: "
                + "{\"rule\": \"" + rule.code() + "\", \"pointer\": \"" + pointer + "\", \"why\": \"...\"}";
    }

    private static String impact(CompatRule rule, Side side, Severity severity) {
        return switch (rule) {
            case DEFAULT_CHANGED, DEFAULT_REMOVED ->
                "a request that leaves the value unset may now be handled "
                        + "differently; set it explicitly where it matters";
            case DEFAULT_MOVED_TO_DESCRIPTION ->
                "the generated code no longer states the default; if the provider "
                        + "still applies it, add it back as a refinement";
            case FORMAT_CHANGED -> "check how the value is written or read now";
            case PROPERTY_DEPRECATED, MODEL_DEPRECATED -> "plan to move off it before the provider removes it";
            case DIALECT_CHANGED ->
                "keywords the dialects read differently (nullable, boolean exclusive bounds, keywords beside $ref)"
                        + " are compared by meaning; the other findings of this comparison say what changed";
            case MODEL_CHANGED, VERSION_ORDER -> "check that the right two documents are compared, in the right order";
            case ACKNOWLEDGEMENT_UNUSED -> "remove the entry, or correct its rule or pointer";
            default ->
                side == Side.OUTPUT
                        ? "a reader written against the older version can receive what it does not expect"
                        : severity == Severity.ERROR
                                ? "a request valid against the older version can be rejected now"
                                : "callers may be affected";
        };
    }
}
