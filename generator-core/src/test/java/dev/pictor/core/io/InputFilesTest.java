package dev.pictor.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.load.SchemaRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                List.of(
                        "in.json:1:1: error: file.too-large: the file is larger than 4 MiB, the most Pictor reads of one "
                                + "input"),
                read(big));
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
