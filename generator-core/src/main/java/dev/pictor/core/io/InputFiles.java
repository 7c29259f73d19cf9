package dev.pictor.core.io;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way Pictor reads an input (a document of a schemas root, a file to import, a request to validate, a
 * template, a stream), and its one size limit, {@link #MAX_BYTES}: a file's type is checked before it is opened, so a
 * folder, a pipe, a socket or a device is a located ERROR at once instead of a read that blocks or never ends; a
 * file or stream is read in one pass that stops one byte past the limit, never whole and then checked.
 */
public final class InputFiles {

    /** The most Pictor reads of one input: no provider schema or OpenAPI document of an image API comes near it. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private InputFiles() {}

    /**
     * The bytes of {@code path}, or empty with the reason in {@code problems}.
     *
     * @param shownAs the name findings give the file: the path as the user wrote it, with {@code /}
     */
    public static Optional<byte[]> read(Path path, String shownAs, Diagnostics problems) {
        SourceLocation start = SourceLocation.startOf(shownAs);
        try {
            // the type is read without opening: opening a pipe blocks until a writer comes, a device never ends
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                problems.report(Severity.ERROR, "file.unreadable", start, "is a folder, not a file", null);
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                problems.report(
                        Severity.ERROR,
                        "file.unreadable",
                        start,
                        "is not a regular file (a pipe or a device is never read)",
                        "save the content to a file and name that file");
                return Optional.empty();
            }
            if (attributes.size() > MAX_BYTES) {
                tooLarge(start, String.format(Locale.ROOT, "has %,d bytes, more than", attributes.size()), problems);
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, shownAs, problems);
            }
        } catch (NoSuchFileException e) {
            problems.report(Severity.ERROR, "file.unreadable", start, "no such file", null);
            return Optional.empty();
        } catch (IOException e) {
            problems.report(Severity.ERROR, "file.unreadable", start, "cannot read: " + AtomicFiles.reason(e), null);
            return Optional.empty();
        }
    }

    /**
     * The bytes of a stream (standard input, a pipe, an entry), read up to one byte past {@link #MAX_BYTES}, or empty
     * with the reason in {@code problems}. The stream is not closed.
     */
    public static Optional<byte[]> read(InputStream in, String shownAs, Diagnostics problems) throws IOException {
        byte[] content = in.readNBytes((int) MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            tooLarge(SourceLocation.startOf(shownAs), "is larger than", problems);
            return Optional.empty();
        }
        return Optional.of(content);
    }

    private static void tooLarge(SourceLocation start, String what, Diagnostics problems) {
        problems.report(
                Severity.ERROR,
                "file.too-large",
                start,
                String.format(
                        Locale.ROOT,
                        "the input %s the %,d bytes (%d MiB) Pictor reads of one input",
                        what,
                        MAX_BYTES,
                        MAX_BYTES / (1024 * 1024)),
                "a schema or an OpenAPI document is far smaller: check that this is the file you meant");
    }
}
