package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Refinement;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.schema.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares two versions of a model and classifies every change for a caller of the input and a reader of the output
 * (see {@link CompatRule} for the kinds and their severities).
 *
 * <p>What is compared are the <em>refined</em> schemas, since that is what generated code is made from. The published
 * schemas are compared too, as the linter does: a change between the published schemas that the refined ones do not
 * show (a default the provider moved into its description, restored by a refinement) is kept as a NOTE naming the
 * refinements, because the provider's document did change.
 *
 * <p>A change is accepted by an entry of the newer document's {@code acknowledged}, {@code {rule, pointer, why}}, with
 * the finding's code and pointer: the finding is then a NOTE whose hint gives the reason. An entry that matches no
 * finding is itself reported ({@code compat.acknowledgement-unused}, a WARNING).
 */
public final class CompatChecker {

    private CompatChecker() {}

    /**
     * Every finding of {@code newer} against {@code older}, sorted.
     *
     * @param olderRoot the schemas root the older document was loaded with: its shared schemas and URI mappings
     * @param newerRoot the same for the newer document (the same set when both are in one root)
     */
    public static List<CompatFinding> compare(
            ModelDocument older, ModelDocument newer, SchemaSet olderRoot, SchemaSet newerRoot) {
        List<CompatFinding> published = diff(older, newer, olderRoot, newerRoot, false);
        List<CompatFinding> refined = diff(older, newer, olderRoot, newerRoot, true);
        List<CompatFinding> found = new ArrayList<>(views(older, newer, published, refined));
        found.addAll(model(older, newer));
        List<CompatFinding> result = acknowledge(older, newer, found);
        return result.stream().sorted().toList();
    }

    /** The acknowledged entries of a document that has no earlier version to be compared with: each is unused. */
    public static List<CompatFinding> unusedAcknowledgements(ModelDocument document) {
        List<CompatFinding> out = new ArrayList<>();
        for (Acknowledgement a : acknowledgements(document)) {
            out.add(unused(a, "but " + document.model() + " has no earlier version to compare this one with"));
        }
        return out;
    }

    private static List<CompatFinding> diff(
            ModelDocument older, ModelDocument newer, SchemaSet olderRoot, SchemaSet newerRoot, boolean refinedView) {
        ModelDocument o = refinedView ? older.refined() : older;
        ModelDocument n = refinedView ? newer.refined() : newer;
        DocumentRefs oldRefs =
                new DocumentRefs(o.file(), o.dialect(), o.input(), o.output(), olderRoot.fragments(), olderRoot.uris());
        DocumentRefs newRefs =
                new DocumentRefs(n.file(), n.dialect(), n.input(), n.output(), newerRoot.fragments(), newerRoot.uris());
        List<CompatFinding> out = new ArrayList<>();
        new SchemaPairWalker(Side.INPUT, oldRefs, newRefs, out).compareRoots(o.input(), n.input());
        new SchemaPairWalker(Side.OUTPUT, oldRefs, newRefs, out).compareRoots(o.output(), n.output());
        return out;
    }

    /**
     * The refined view's findings, and those of the published view that a refinement addresses, as NOTEs. A finding
     * is the same in both views when its code, file and pointer are.
     */
    private static List<CompatFinding> views(
            ModelDocument older, ModelDocument newer, List<CompatFinding> published, List<CompatFinding> refined) {
        Set<String> refinedKeys = refined.stream().map(CompatChecker::key).collect(Collectors.toSet());
        List<CompatFinding> out = new ArrayList<>(refined);
        for (CompatFinding f : published) {
            if (!refinedKeys.contains(key(f))) {
                out.add(f.withDiagnostic(addressed(f.diagnostic(), older, newer)));
                refinedKeys.add(key(f));
            }
        }
        return out;
    }

    private static String key(CompatFinding f) {
        Diagnostic d = f.diagnostic();
        return d.code() + " " + d.location().file() + " " + d.pointer();
    }

    private static Diagnostic addressed(Diagnostic d, ModelDocument older, ModelDocument newer) {
        List<String> refinements = Stream.of(older, newer)
                .flatMap(m -> m.refinements().stream()
                        .map(Refinement::path)
                        .filter(p -> JsonPointer.isAtOrBelow(p, d.pointer()) || JsonPointer.isAtOrBelow(d.pointer(), p))
                        .distinct()
                        .map(p -> p + " in " + m.file()))
                .toList();
        String hint = "the published schemas differ here, but not the refined ones that code is generated from: "
                + (refinements.isEmpty()
                        ? "addressed by the refinements"
                        : "addressed by the refinement" + (refinements.size() > 1 ? "s " : " ")
                                + String.join(", ", refinements));
        return new Diagnostic(Severity.NOTE, d.code(), d.location(), d.pointer(), d.message(), hint);
    }

    /** Changes to the model as a whole. */
    private static List<CompatFinding> model(ModelDocument older, ModelDocument newer) {
        List<CompatFinding> out = new ArrayList<>();
        ChangeReport report = new ChangeReport(Side.MODEL, newer.file(), out);
        LocatedObject o = older.node();
        LocatedObject n = newer.node();
        if (!older.deprecated() && newer.deprecated()) {
            LocatedNode at = n.get("deprecated").orElse(n);
            report.report(
                    CompatRule.MODEL_DEPRECATED,
                    at,
                    "/deprecated",
                    o.get("deprecated").orElse(o),
                    "model: " + newer.model() + " is newly marked deprecated");
        }
        if (!older.model().equals(newer.model()) || !older.provider().equals(newer.provider())) {
            LocatedNode at = n.get("model").orElse(n);
            report.report(
                    CompatRule.MODEL_CHANGED,
                    at,
                    "/model",
                    o.get("model").orElse(o),
                    "model: "
                            + older.provider() + " " + older.model() + " and " + newer.provider() + " " + newer.model()
                            + " are different models");
        }
        if (older.dialect() != newer.dialect()) {
            report.report(
                    CompatRule.DIALECT_CHANGED,
                    n.get("dialect").orElse(n),
                    "/dialect",
                    o.get("dialect").orElse(o),
                    "model: the schemas were " + Keywords.dialectName(older.dialect()) + " and are now "
                            + Keywords.dialectName(newer.dialect()));
        }
        if (!newer.snapshot().isAfter(older.snapshot())) {
            LocatedNode at = n.get("snapshot").orElse(n);
            report.report(
                    CompatRule.VERSION_ORDER,
                    at,
                    "/snapshot",
                    o.get("snapshot").orElse(o),
                    "model: the newer" + " document's snapshot " + newer.snapshot() + " is not after the older one's, "
                            + older.snapshot());
        }
        return out;
    }

    /** One entry of a document's {@code acknowledged}. */
    private record Acknowledgement(LocatedObject node, String rule, String pointer, String why) {}

    private static List<Acknowledgement> acknowledgements(ModelDocument document) {
        List<Acknowledgement> out = new ArrayList<>();
        document.node()
                .array("acknowledged")
                .ifPresent(a -> a.items()
                        .forEach(item -> item.asObject().ifPresent(o -> {
                            String pointer = o.text("pointer").orElse("");
                            out.add(new Acknowledgement(
                                    o,
                                    o.text("rule").orElse(""),
                                    pointer.startsWith("#") ? pointer.substring(1) : pointer,
                                    o.text("why").orElse("")));
                        })));
        return out;
    }

    private static List<CompatFinding> acknowledge(
            ModelDocument older, ModelDocument newer, List<CompatFinding> found) {
        List<CompatFinding> out = new ArrayList<>(found);
        for (Acknowledgement a : acknowledgements(newer)) {
            boolean used = false;
            for (int i = 0; i < out.size(); i++) {
                Diagnostic d = out.get(i).diagnostic();
                if (out.get(i).before().isPresent()
                        && d.code().equals(a.rule())
                        && d.pointer().equals(a.pointer())) {
                    used = true;
                    String was = d.severity() == Severity.NOTE ? "" : " (" + d.severity() + ")";
                    out.set(
                            i,
                            out.get(i)
                                    .withDiagnostic(new Diagnostic(
                                            Severity.NOTE,
                                            d.code(),
                                            d.location(),
                                            d.pointer(),
                                            d.message(),
                                            "acknowledged" + was + " in "
                                                    + a.node().location() + ": " + a.why())));
                }
            }
            if (!used) {
                out.add(unused(a, "but comparing " + newer.file() + " with " + older.file() + " finds no such change"));
            }
        }
        return out;
    }

    private static CompatFinding unused(Acknowledgement a, String why) {
        boolean known = CompatRule.byCode(a.rule()).isPresent();
        String message = known
                ? "acknowledges " + a.rule() + " at " + (a.pointer().isEmpty() ? "\"\"" : a.pointer()) + ", " + why
                : "acknowledges \"" + a.rule() + "\", which is not a check-compat rule";
        String hint = known
                ? "remove the entry, or correct its rule or pointer to those of the change it accepts "
                        + "(check-compat lists both for each change)"
                : "use a compat.* code that check-compat reports";
        SourceLocation at = a.node().location();
        return CompatFinding.of(new Diagnostic(
                CompatRule.ACKNOWLEDGEMENT_UNUSED.severity(Side.MODEL),
                CompatRule.ACKNOWLEDGEMENT_UNUSED.code(),
                at,
                a.node().pointer(),
                message,
                hint));
    }
}
