package dev.pictor.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a report file so that a reader never sees half of it: the text goes to a temporary file in the target's own
 * folder, is flushed to disk, and is then moved over the target in one step.
 */
final class AtomicFile {

    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFile() {
    }

    /**
     * @param schemasRoot the input folder: a report is never written inside it, where it could replace a document or
     *                    be read as one on the next run
     */
    static void write(Path target, String content, Path schemasRoot) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new CliError("cannot write " + target + ": it is not a file name");
        }
        if (Files.isDirectory(absolute)) {
            throw new CliError("cannot write " + target + ": it is a directory");
        }
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        if (folder.toRealPath().startsWith(schemasRoot.toRealPath())) {
            throw new CliError("cannot write " + target + ": it is inside the schemas root, which is only read; "
                    + "write the report elsewhere");
        }
        Set<PosixFilePermission> permissions = DEFAULT_PERMISSIONS;
        if (Files.exists(absolute) && Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null) {
            permissions = Files.getPosixFilePermissions(absolute);
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Why a write failed, in words (an exception's class name is no message for a user). */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "an I/O error" : e.getMessage();
    }
}
