package dev.pictor.maven;

import dev.pictor.core.lint.LintResult;
import dev.pictor.core.report.LintReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a report file so that no reader (a CI upload step, a parallel build) ever sees half of it: the text goes to a
 * temporary file in the target's own folder and is then moved over the target in one step.
 */
final class ReportFile {

    private ReportFile() {
    }

    static void write(Path target, LintReport report, LintResult result) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new IOException(target + " is not a file name");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(target + " is a directory");
        }
        Files.createDirectories(folder);
        byte[] content = report.render(result).getBytes(StandardCharsets.UTF_8);
        // Not Files.createTempFile: its owner-only permissions would stay on the report; a new file gets the umask's.
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
