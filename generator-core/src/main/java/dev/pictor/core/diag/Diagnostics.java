package dev.pictor.core.diag;

import dev.pictor.core.json.LocatedNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one collector that the loader, the linter and the generator add their findings to. A run never stops at the
 * first problem: everything is collected and reported at once, sorted.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();
    private final List<InternalFailure> failures = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(all::add);
    }

    /** A finding about a node of a located tree: its file, line, column and pointer come from the node. */
    public void report(Severity severity, String code, LocatedNode at, String message, String hint) {
        add(new Diagnostic(severity, code, at.location(), at.pointer(), message, hint));
    }

    /** A finding about a whole file, or about something that has no node (an unreadable file). */
    public void report(Severity severity, String code, SourceLocation at, String message, String hint) {
        add(new Diagnostic(severity, code, at, "", message, hint));
    }

    /** A failure of Pictor itself on one document: its finding, and its stack trace kept for {@link #failures()}. */
    public void failed(InternalFailure failure) {
        add(failure.diagnostic());
        failures.add(failure);
    }

    /**
     * Adds everything {@code other} collected, findings and failures, in the order it collected them: the findings
     * of work done apart (one document on another thread), merged as if it had been reported here.
     */
    public void addFrom(Diagnostics other) {
        all.addAll(other.all);
        failures.addAll(other.failures);
    }

    /** The internal failures reported so far, in the order they happened. */
    public List<InternalFailure> failures() {
        return List.copyOf(failures);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }

    /** Every finding so far, sorted by location, then rule code. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
