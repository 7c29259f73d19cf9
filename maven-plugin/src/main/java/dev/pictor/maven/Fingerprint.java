package dev.pictor.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over labelled pieces: text, and files by their path and bytes. Each piece is written with its length, so
 * that no two different sequences of pieces give the same stream of bytes. One instance per run; not shared.
 */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds a labelled text. */
    Fingerprint text(String label, String value) {
        piece(label.getBytes(StandardCharsets.UTF_8));
        piece(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a file: its name (as the caller names it, relative and with {@code /}) and its bytes. */
    Fingerprint file(String label, String name, byte[] bytes) {
        text(label, name);
        piece(bytes);
        return this;
    }

    /**
     * Adds a file read through the bounded reader ({@link BoundedFiles}): by its bytes, or, when the reader refuses it
     * (larger than a document may be, not a regular file), by the reason, so that the run it fingerprints is not
     * skipped for it and reports it.
     */
    Fingerprint read(String label, String name, Path file) {
        try {
            return file(label, name, BoundedFiles.read(file, name));
        } catch (BoundedFiles.Refused e) {
            return text(label + " (refused)", e.getMessage());
        }
    }

    /**
     * Adds every regular file under {@code folder}, hidden ones (a name starting with a dot) and hidden folders left
     * out, in sorted order of their {@code /}-separated relative paths; a missing folder and a single file are
     * pieces too, so that a folder that appears, disappears or turns into a file changes the fingerprint.
     */
    Fingerprint folder(String label, Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return text(label, "(absent)");
        }
        if (!Files.isDirectory(folder)) {
            return read(label, "(file)", folder);
        }
        List<String> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file) && Files.isRegularFile(file)) {
                    files.add(relative(folder, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(String::compareTo);
        text(label, files.size() + " files");
        for (String name : files) {
            read(label, name, folder.resolve(name));
        }
        return this;
    }

    /** The hexadecimal SHA-256 of everything added; the instance is used up. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void piece(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static String relative(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
