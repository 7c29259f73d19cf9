package dev.pictor.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of a folder, for tests that prove a command left its input untouched. */
public final class FileTrees {

    private FileTrees() {}

    /**
     * Every file and folder under {@code root} (folders ending in {@code /}) with, for a file, its SHA-256 and
     * modification time: equal snapshots mean nothing was added, removed, rewritten or touched.
     */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    files.put(name + "/", "dir");
                } else {
                    files.put(
                            name, sha256(p) + " " + Files.getLastModifiedTime(p).toInstant());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Streamed, so that a test's large file is never held in memory. */
    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
