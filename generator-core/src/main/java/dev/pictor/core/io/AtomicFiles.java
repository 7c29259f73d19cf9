package dev.pictor.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes files so that no reader (a CI upload step, a compiler, a parallel build) ever sees half of one: the bytes go
 * to a temporary file in the target's own folder, are forced to disk, and the temporary file is then moved over the
 * target in one step. The one place Pictor replaces a single file from: reports of the CLI and the Maven plugin,
 * imported documents, the plugin's state files. (Generated sources are not forced to disk one by one: their folders
 * are built complete and switched in as a whole, and they can be generated again from their inputs.)
 *
 * <p>A new file gets the permissions any new file gets (the process's umask), not the owner-only ones of
 * {@link Files#createTempFile}; a replaced file keeps its permissions. Nothing is left behind when a write fails.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with {@code content}, atomically. The folder must exist.
     *
     * @throws NoSuchFileException  when the target's folder does not exist
     * @throws FileSystemException  when the target is a directory, or not a file name, or cannot be written
     * @throws IOException          on any other I/O failure; the old file is then unchanged
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path name = file.getFileName();
        if (folder == null || name == null) {
            throw new FileSystemException(target.toString(), null, "it is not a file name");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(target.toString(), null, "it is a directory");
        }
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "its folder does not exist");
        }
        Set<PosixFilePermission> keep = null;
        if (Files.isRegularFile(file) && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            keep = Files.getPosixFilePermissions(file);
        }
        Path temp = temporary(folder, name.toString());
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(temp, keep);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@link #write(Path, byte[])} of {@code content} as UTF-8. */
    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code content} to {@code target} only when the file does not already hold exactly these bytes, so that
     * an unchanged file keeps its modification time (and nothing downstream rebuilds). Creates missing folders.
     *
     * @return true when the file was written, false when it already held {@code content}
     */
    public static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (holds(target, content)) {
            return false;
        }
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        write(target, content);
        return true;
    }

    /** Whether {@code file} is a regular file whose bytes are exactly {@code content}. */
    public static boolean holds(Path file, byte[] content) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), content);
    }

    /** Why a file operation failed, in words a user can act on (an exception's class name is no message). */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "an I/O error (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }

    /**
     * Whether {@code fileName} is the name of a temporary file this class creates ({@code .<name>.<16 hex>.tmp}): one
     * that a process killed while writing left behind, since a write that fails deletes its own.
     */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /** A new, empty file {@code .<name>.<random>.tmp} in {@code folder}, created with the default permissions. */
    private static Path temporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] id = new byte[8];
            RANDOM.nextBytes(id);
            Path temp = folder.resolve("." + name + "." + HexFormat.of().formatHex(id) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}
