package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import java.util.List;

/**
 * What an import did.
 *
 * @param problems  the import's own findings (a file that is not JSON or not in the format, two files of one model,
 *                  a document that exists): when one is an ERROR nothing was written; NOTEs name what was left out
 * @param documents the documents of this import, in the order of their files; empty when it failed
 * @param findings  the lint findings of those documents after writing them (loader findings included), sorted; what
 *                  the provider got wrong is reported here, never corrected
 */
public record ImportResult(List<Diagnostic> problems, List<ImportedDocument> documents, List<Diagnostic> findings) {

    public ImportResult {
        problems = List.copyOf(problems);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    /** What happened to one document. */
    public enum Status {
        /** A new document. */
        WRITTEN,
        /** An existing document with other content, replaced as asked. */
        REPLACED,
        /** The document already held exactly this content; it was left alone. */
        UNCHANGED
    }

    /** One imported document: the file it came from and its path under the schemas root. */
    public record ImportedDocument(String file, String documentPath, String model, Status status) {}

    /** True when an input could not be imported: then nothing was written. */
    public boolean failed() {
        return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Status status) {
        return documents.stream().filter(d -> d.status() == status).count();
    }

    public long findings(Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * One line: {@code imported 3 models into schemas: 2 written, 1 replaced, 0 unchanged (lint of the imported
     * documents: 0 errors, 4 warnings, 5 notes)}, or {@code import failed: 2 errors; nothing written}.
     */
    public String summary(String root) {
        if (failed()) {
            long errors = problems.stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .count();
            return "import failed: " + plural(errors, "error") + "; nothing written";
        }
        return "imported " + plural(documents.size(), "model") + " into " + root + ": " + count(Status.WRITTEN)
                + " written, " + count(Status.REPLACED) + " replaced, " + count(Status.UNCHANGED) + " unchanged"
                + " (lint of the imported documents: " + plural(findings(Severity.ERROR), "error") + ", "
                + plural(findings(Severity.WARNING), "warning") + ", " + plural(findings(Severity.NOTE), "note") + ")";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
