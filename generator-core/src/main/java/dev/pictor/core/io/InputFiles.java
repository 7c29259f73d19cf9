package dev.pictor.core.io;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.load.SchemaRoot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files a user names on a command line (a document to import, a request to validate), read whole but never beyond
 * {@link SchemaRoot#MAX_FILE_BYTES}: a folder, a missing file, a pipe or a device, an oversized or unreadable file is
 * a located ERROR instead of an exception or a read that never ends.
 */
public final class InputFiles {

    private InputFiles() {}

    /**
     * The bytes of {@code path}, or empty with the reason in {@code problems}.
     *
     * @param shownAs the name findings give the file: the path as the user wrote it, with {@code /}
     */
    public static Optional<byte[]> read(Path path, String shownAs, Diagnostics problems) {
        SourceLocation start = SourceLocation.startOf(shownAs);
        try {
            if (Files.isDirectory(path)) {
                problems.report(Severity.ERROR, "file.unreadable", start, "is a folder, not a file", null);
                return Optional.empty();
            }
            if (!Files.exists(path)) {
                problems.report(Severity.ERROR, "file.unreadable", start, "no such file", null);
                return Optional.empty();
            }
            if (!Files.isRegularFile(path)) {
                problems.report(
                        Severity.ERROR,
                        "file.unreadable",
                        start,
                        "is not a regular file (a pipe or a device is never read)",
                        "save the content to a file and name that file");
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] content = in.readNBytes((int) SchemaRoot.MAX_FILE_BYTES + 1);
                if (content.length > SchemaRoot.MAX_FILE_BYTES) {
                    problems.report(
                            Severity.ERROR,
                            "file.too-large",
                            start,
                            "the file is larger than " + SchemaRoot.MAX_FILE_BYTES / (1024 * 1024)
                                    + " MiB, the most Pictor reads of one input",
                            null);
                    return Optional.empty();
                }
                return Optional.of(content);
            }
        } catch (IOException e) {
            problems.report(Severity.ERROR, "file.unreadable", start, "cannot read: " + AtomicFiles.reason(e), null);
            return Optional.empty();
        }
    }
}
