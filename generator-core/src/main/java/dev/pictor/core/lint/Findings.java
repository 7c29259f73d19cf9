package dev.pictor.core.lint;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.json.LocatedNode;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one rule, stamping each with the rule's code and default severity. */
public final class Findings {

    private final RuleInfo rule;
    private final List<Diagnostic> found = new ArrayList<>();

    public Findings(RuleInfo rule) {
        this.rule = rule;
    }

    /** A finding at a node; the message says what is wrong, the hint (or null) what to do. */
    public void report(LocatedNode at, String message, String hint) {
        found.add(new Diagnostic(rule.defaultSeverity(), rule.code(), at.location(), at.pointer(), message, hint));
    }

    public List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
