package dev.pictor.maven;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plugin's whole-file reads (the documents it merges or fingerprints, a template, a manifest, a report), through
 * the core's one bounded reader, {@link InputFiles}: at most {@link InputFiles#MAX_BYTES} bytes, and only a regular
 * file, so that a document the size of a disk or a pipe named like one can neither exhaust the build's memory nor
 * block it before the loader reports it.
 */
final class BoundedFiles {

    private BoundedFiles() {}

    /** A file or stream the bounded reader refuses; the message is the reason, naming what was read. */
    static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The bytes of {@code file}.
     *
     * @param shownAs how a message names the file
     * @throws Refused with the reason ({@code shownAs: is not a regular file ...}) when it cannot be read whole
     */
    static byte[] read(Path file, String shownAs) throws Refused {
        Diagnostics problems = new Diagnostics();
        Optional<byte[]> bytes = InputFiles.read(file, shownAs, problems);
        if (bytes.isEmpty()) {
            throw new Refused(reason(problems));
        }
        return bytes.get();
    }

    /**
     * The bytes of a stream (an entry of a jar), which is closed.
     *
     * @throws Refused     with the reason when it is larger than a document may be
     * @throws IOException when the stream cannot be read
     */
    static byte[] read(InputStream stream, String shownAs) throws IOException {
        try (InputStream in = stream) {
            Diagnostics problems = new Diagnostics();
            Optional<byte[]> bytes = InputFiles.read(in, shownAs, problems);
            if (bytes.isEmpty()) {
                throw new Refused(reason(problems));
            }
            return bytes.get();
        }
    }

    private static String reason(Diagnostics problems) {
        return problems.sorted().stream()
                .map(d -> d.location().file() + ": " + d.message() + hint(d))
                .collect(Collectors.joining("; "));
    }

    private static String hint(Diagnostic d) {
        return d.hint().isEmpty() ? "" : " (" + d.hint() + ")";
    }
}
