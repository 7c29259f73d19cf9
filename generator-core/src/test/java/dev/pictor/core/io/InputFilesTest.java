package dev.pictor.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.load.SchemaRoot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    private static List<String> read(Path path) {
        Diagnostics problems = new Diagnostics();
        Optional<byte[]> content = InputFiles.read(path, "in.json", problems);
        assertTrue(content.isEmpty());
        return problems.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void aRegularFileIsReadWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{\"a\": 1}");
        Diagnostics problems = new Diagnostics();

        Optional<byte[]> content = InputFiles.read(file, "a.json", problems);

        assertArrayEquals("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), content.orElseThrow());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aFolderAMissingFileAndAnOversizedFileAreLocatedErrors() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) SchemaRoot.MAX_FILE_BYTES + 1]);

        assertEquals(List.of("in.json:1:1: error: file.unreadable: is a folder, not a file"), read(dir));
        assertEquals(List.of("in.json:1:1: error: file.unreadable: no such file"), read(dir.resolve("none.json")));
        assertEquals(
                List.of("in.json:1:1: error: file.too-large: the input has 4,194,305 bytes, more than the 4,194,304"
                        + " bytes (4 MiB) Pictor reads of one input (hint: a schema or an OpenAPI document is far"
                        + " smaller: check that this is the file you meant)"),
                read(big));
    }

    /** A named pipe with no writer: opening it would block forever; it is refused without being opened. */
    @Test
    void aPipeWithNoWriterIsRefusedAtOnce() throws Exception {
        Path pipe = dir.resolve("pipe.json");
        assumeTrue(mkfifo(pipe), "this test needs mkfifo");

        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(pipe));

        assertEquals(
                List.of("in.json:1:1: error: file.unreadable: is not a regular file (a pipe or a device is never read) "
                        + "(hint: save the content to a file and name that file)"),
                found);
    }

    /** Standard input or a pipe of 100 MB: read only to one byte past the limit, then refused. */
    @Test
    void aStreamIsReadOnlyUpToTheLimit() throws IOException {
        long[] served = {0};
        InputStream hundredMegabytes = new InputStream() {
            private static final long SIZE = 100L * 1024 * 1024;

            @Override
            public int read() {
                return served[0] < SIZE ? (int) (served[0]++ & 0x3F) + ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, SIZE - served[0]);
                if (n <= 0) {
                    return len == 0 ? 0 : -1;
                }
                served[0] += n;
                return n;
            }
        };
        Diagnostics problems = new Diagnostics();

        assertTrue(InputFiles.read(hundredMegabytes, "<stdin>", problems).isEmpty());

        assertEquals(InputFiles.MAX_BYTES + 1, served[0]);
        assertEquals(
                List.of("<stdin>:1:1: error: file.too-large: the input is larger than the 4,194,304 bytes (4 MiB)"
                        + " Pictor reads of one input (hint: a schema or an OpenAPI document is far smaller: check"
                        + " that this is the file you meant)"),
                problems.sorted().stream().map(Diagnostic::toText).toList());
        Diagnostics fine = new Diagnostics();
        assertArrayEquals(
                new byte[] {1, 2},
                InputFiles.read(new ByteArrayInputStream(new byte[] {1, 2}), "<stdin>", fine)
                        .orElseThrow());
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A device never ends: it is refused before a byte is read. */
    @Test
    void aDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assertTrue(Files.exists(zero), "this test needs a POSIX /dev/zero");

        assertEquals(
                List.of("in.json:1:1: error: file.unreadable: is not a regular file (a pipe or a device is never read) "
                        + "(hint: save the content to a file and name that file)"),
                read(zero));
    }
}
