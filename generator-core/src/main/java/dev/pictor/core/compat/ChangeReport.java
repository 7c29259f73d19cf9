package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import java.util.List;
import java.util.Optional;

/**
 * Where the comparators of one side report their changes. Each change becomes a {@link CompatFinding} located at the
 * changed node of the newer tree (or, when the node is gone, at its nearest existing ancestor, with the pointer of
 * what is gone), whose severity is the rule's for this side, and whose message starts with what the node is.
 */
final class ChangeReport {

    private final Side side;
    private final String newerFile;
    private final List<CompatFinding> out;

    /**
     * @param newerFile the newer document's file: a node in any other file (a shared schema) is named with its file
     * @param out       where the findings go, in the order they are reported
     */
    ChangeReport(Side side, String newerFile, List<CompatFinding> out) {
        this.side = side;
        this.newerFile = newerFile;
        this.out = out;
    }

    Side side() {
        return side;
    }

    /** A keyword newly written: located at its value; before, the older schema as a whole. */
    void added(CompatRule rule, PairedNodes pair, LocatedNode now, String detail) {
        report(rule, now, now.pointer(), pair.older(), subject(pair.newer()) + ": " + detail);
    }

    /** A keyword that is gone: located at the newer schema, with the pointer the keyword would have there. */
    void removed(CompatRule rule, PairedNodes pair, String keyword, LocatedNode was, String detail) {
        LocatedNode at = pair.newer();
        report(rule, at, JsonPointer.append(at.pointer(), keyword), was, subject(at) + ": " + detail);
    }

    /** A value that changed: located at its newer node, where it was before at its older one. */
    void changed(CompatRule rule, PairedNodes pair, LocatedNode was, LocatedNode now, String detail) {
        report(rule, now, now.pointer(), was, subject(pair.newer()) + ": " + detail);
    }

    /**
     * A keyword compared as a whole: located at its newer value (or the newer schema when it is gone) with the pointer
     * of the keyword in the newer schema; before, its older value (or the older schema when it was not written).
     */
    void keyword(CompatRule rule, PairedNodes pair, String keyword, String detail) {
        report(
                rule,
                pair.newer().get(keyword).orElse(pair.newer()),
                JsonPointer.append(pair.newer().pointer(), keyword),
                pair.older().get(keyword).orElse(pair.older()),
                subject(pair.newer()) + ": " + detail);
    }

    /** A change located as the caller says, with the message as it is. */
    void report(CompatRule rule, LocatedNode at, String pointer, LocatedNode before, String message) {
        Severity severity = rule.severity(side);
        CompatFinding.Before was = new CompatFinding.Before(before.location(), before.pointer());
        Diagnostic d = new Diagnostic(
                severity,
                rule.code(),
                at.location(),
                pointer,
                message + " [before: " + was.shown(pointer) + "]",
                Hints.of(rule, side, severity, pointer));
        out.add(new CompatFinding(d, Optional.of(was)));
    }

    /**
     * What a node is, for messages: the side, then the property path ({@code input steps}, {@code output image},
     * {@code input image[]} for items, {@code input} for the root).
     */
    String subject(LocatedNode node) {
        List<String> tokens = JsonPointer.tokens(node.pointer());
        StringBuilder label = new StringBuilder();
        int i = tokens.isEmpty() ? 0 : 1;
        if (!tokens.isEmpty()
                && !tokens.get(0).equals("input")
                && !tokens.get(0).equals("output")) {
            i = 0; // a shared schema: its path in its own file
        }
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.equals("properties") && i + 1 < tokens.size()) {
                label.append(label.length() == 0 ? "" : ".").append(tokens.get(i + 1));
                i += 2;
            } else if (t.equals("items")) {
                label.append("[]");
                i++;
            } else if (t.equals("additionalProperties")) {
                label.append(label.length() == 0 ? "*" : ".*");
                i++;
            } else {
                label.append('/').append(t);
                i++;
            }
        }
        String where = node.location().file().equals(newerFile)
                ? ""
                : " (in " + node.location().file() + ")";
        return side.word() + (label.length() == 0 ? "" : " " + label) + where;
    }
}
