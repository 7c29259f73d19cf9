package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two versions of one schema, written as the input (or the output) of documents {@code old.json} and
 * {@code new.json}, for testing a {@link KeywordComparator} or the walker without loading a schemas root.
 */
final class PairedSchemas {

    static final String OLD = "old.json";
    static final String NEW = "new.json";

    private final Side side;
    private final DocumentRefs older;
    private final DocumentRefs newer;
    private final LocatedNode olderRoot;
    private final LocatedNode newerRoot;

    private PairedSchemas(Side side, String older, String newer, Dialect dialect) {
        this(side, older, dialect, newer, dialect);
    }

    private PairedSchemas(Side side, String older, Dialect olderDialect, String newer, Dialect newerDialect) {
        this.side = side;
        LocatedObject o = document(OLD, side, older);
        LocatedObject n = document(NEW, side, newer);
        this.older = refs(OLD, o, olderDialect);
        this.newer = refs(NEW, n, newerDialect);
        this.olderRoot = o.get(side.word()).orElseThrow();
        this.newerRoot = n.get(side.word()).orElseThrow();
    }

    static PairedSchemas input(String older, String newer) {
        return new PairedSchemas(Side.INPUT, older, newer, Dialect.DRAFT_2020_12);
    }

    static PairedSchemas output(String older, String newer) {
        return new PairedSchemas(Side.OUTPUT, older, newer, Dialect.DRAFT_2020_12);
    }

    /** Two inputs, each in its own dialect. */
    static PairedSchemas input(String older, Dialect olderDialect, String newer, Dialect newerDialect) {
        return new PairedSchemas(Side.INPUT, older, olderDialect, newer, newerDialect);
    }

    static PairedSchemas draft7Input(String older, String newer) {
        return new PairedSchemas(Side.INPUT, older, newer, Dialect.DRAFT_7);
    }

    /** The two roots as the walker pairs them, {@code $ref}s followed. */
    PairedNodes pair() {
        return PairedNodes.of(older.deref(olderRoot), newer.deref(newerRoot), older, newer);
    }

    /** What one comparator reports on the two roots, as {@link #lines}. */
    List<String> compare(KeywordComparator comparator) {
        List<CompatFinding> out = new ArrayList<>();
        comparator.compare(pair(), new ChangeReport(side, NEW, out));
        return lines(out);
    }

    /** What the walker reports on the two roots, every comparator on every pair, in the order it reports them. */
    List<String> walk() {
        return lines(findings());
    }

    List<CompatFinding> findings() {
        List<CompatFinding> out = new ArrayList<>();
        new SchemaPairWalker(side, older, newer, out).compareRoots(olderRoot, newerRoot);
        return out;
    }

    /** Each finding as {@code SEVERITY code pointer: message}, without the message's {@code [before: ...]}. */
    static List<String> lines(List<CompatFinding> findings) {
        return findings.stream()
                .map(CompatFinding::diagnostic)
                .map(d -> d.severity() + " " + d.code() + " " + d.pointer() + ": "
                        + d.message().replaceAll(" \\[before: [^\\]]*\\]$", ""))
                .toList();
    }

    private static DocumentRefs refs(String file, LocatedObject doc, Dialect dialect) {
        return new DocumentRefs(
                file,
                dialect,
                doc.get("input").orElseThrow(),
                doc.get("output").orElseThrow(),
                Map.of(),
                dev.pictor.core.model.RootUris.NONE);
    }

    /** A document with the schema as its input (or output), and the empty schema as the other. */
    private static LocatedObject document(String file, Side side, String schema) {
        String input = side == Side.OUTPUT ? "{}" : schema;
        String output = side == Side.OUTPUT ? schema : "{}";
        String text = "{\n\"input\": " + input + ",\n\"output\": " + output + "\n}\n";
        return (LocatedObject) LocatedJsonReader.read(file, text.getBytes(StandardCharsets.UTF_8), new Diagnostics())
                .orElseThrow(() -> new IllegalArgumentException("not JSON: " + text));
    }
}
