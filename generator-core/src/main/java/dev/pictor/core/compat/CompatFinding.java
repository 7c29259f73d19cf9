package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a compatibility check: a {@link Diagnostic} located in the newer document (what every report and
 * log shows), and where the same thing was in the older one. The older location is also written at the end of the
 * diagnostic's message, as {@code [before: FILE:LINE:COLUMN]} (with {@code #POINTER} when the pointer differs), so
 * that the one-line text form carries both places; the SARIF report lists it as a related location.
 *
 * @param before where the changed node was in the older document (its nearest existing ancestor when the node is
 *               new); empty for a finding that is not a change (a document that does not load)
 */
public record CompatFinding(Diagnostic diagnostic, Optional<Before> before) implements Comparable<CompatFinding> {

    /** A place in the older document: relative to its schemas root, with its JSON Pointer. */
    public record Before(SourceLocation location, String pointer) {
        public Before {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(pointer, "pointer");
        }

        /** {@code FILE:LINE:COLUMN}, with {@code  #POINTER} when it differs from {@code newerPointer}. */
        public String shown(String newerPointer) {
            return location + (pointer.equals(newerPointer) ? "" : " #" + pointer);
        }
    }

    public CompatFinding {
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(before, "before");
    }

    /** A finding that is not a change between two versions (a loader error). */
    public static CompatFinding of(Diagnostic diagnostic) {
        return new CompatFinding(diagnostic, Optional.empty());
    }

    CompatFinding withDiagnostic(Diagnostic changed) {
        return new CompatFinding(changed, before);
    }

    @Override
    public int compareTo(CompatFinding other) {
        return diagnostic.compareTo(other.diagnostic);
    }
}
