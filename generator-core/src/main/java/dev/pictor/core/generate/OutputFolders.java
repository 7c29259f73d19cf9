package dev.pictor.core.generate;

import dev.pictor.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Brings output folders to exactly a run's files, touching as little as possible: a file is written (atomically)
 * only when its bytes differ, and a file an earlier run generated that this run does not is deleted. What Pictor
 * generated is listed in a manifest, {@value #MANIFEST} in each folder, so that a file Pictor did not write (a
 * user's own) is never deleted. A file at a path Pictor generates is Pictor's and is replaced.
 *
 * <p>Every file Pictor is about to write is listed in the manifest before it is written, so that a run cut short
 * leaves no untracked file behind; the next run finishes the job.
 */
final class OutputFolders {

    /** The manifest's file name, in each output folder. */
    static final String MANIFEST = ".pictor-generated";

    private static final String HEADER = "# Written by Pictor: the files it generated in this folder. The next run"
            + " deletes those it no longer\n# generates; no other file here is ever deleted. Do not edit.\n";

    /** Counts of one synchronisation. */
    record Counts(int written, int unchanged, int deleted) {}

    private int written;
    private int unchanged;
    private int deleted;

    /**
     * Brings each folder (an absolute, normalised path) to exactly its files (relative paths with {@code /} to
     * UTF-8 bytes).
     */
    Counts sync(Map<Path, SortedMap<String, byte[]>> folders) throws GenerateException {
        for (Map.Entry<Path, SortedMap<String, byte[]>> folder : folders.entrySet()) {
            sync(folder.getKey(), folder.getValue());
        }
        return new Counts(written, unchanged, deleted);
    }

    private void sync(Path root, SortedMap<String, byte[]> files) throws GenerateException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new GenerateException("cannot generate into " + root + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw failure("cannot create the output folder " + root, e);
        }
        Path manifest = root.resolve(MANIFEST);
        SortedSet<String> before = readManifest(manifest);
        SortedSet<String> union = new TreeSet<>(before);
        union.addAll(files.keySet());
        writeManifest(manifest, union);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            try {
                if (AtomicFiles.writeIfChanged(target, file.getValue())) {
                    written++;
                } else {
                    unchanged++;
                }
            } catch (IOException e) {
                throw failure("cannot write " + target, e);
            }
        }
        for (String stale : before) {
            if (!files.containsKey(stale)) {
                delete(root, stale);
            }
        }
        writeManifest(manifest, new TreeSet<>(files.keySet()));
    }

    /** The paths a manifest lists; entries that are not plain relative paths (a hand edit) are ignored. */
    private static SortedSet<String> readManifest(Path manifest) throws GenerateException {
        SortedSet<String> paths = new TreeSet<>();
        if (!Files.isRegularFile(manifest)) {
            return paths;
        }
        try {
            for (String line :
                    Files.readString(manifest, StandardCharsets.UTF_8).split("\n")) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#") && isPlainRelative(path)) {
                    paths.add(path);
                }
            }
        } catch (IOException e) {
            throw failure("cannot read " + manifest, e);
        }
        return paths;
    }

    private static void writeManifest(Path manifest, SortedSet<String> paths) throws GenerateException {
        StringBuilder text = new StringBuilder(HEADER);
        for (String path : paths) {
            text.append(path).append('\n');
        }
        try {
            AtomicFiles.writeIfChanged(manifest, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure("cannot write " + manifest, e);
        }
    }

    /** Deletes a file of an earlier run, then the folders that held only it, up to (not including) the root. */
    private void delete(Path root, String relative) throws GenerateException {
        Path file = root.resolve(relative).normalize();
        try {
            if (!file.startsWith(root)
                    || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                    || !insideRoot(root, file)) {
                return;
            }
            Files.delete(file);
            deleted++;
            for (Path folder = file.getParent();
                    folder != null && !folder.equals(root) && folder.startsWith(root);
                    folder = folder.getParent()) {
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    break;
                }
            }
        } catch (IOException e) {
            throw failure("cannot delete " + file + ", which an earlier run generated", e);
        }
    }

    /** Whether the file's folder really is inside the root (no symbolic link on the way leads out of it). */
    private static boolean insideRoot(Path root, Path file) throws IOException {
        Path parent = file.getParent();
        return parent != null && parent.toRealPath().startsWith(root.toRealPath());
    }

    static boolean isPlainRelative(String path) {
        if (path.isEmpty()
                || path.startsWith("/")
                || path.indexOf('\\') >= 0
                || path.indexOf(':') >= 0
                || path.equals(MANIFEST)) {
            return false;
        }
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        return segments.stream().noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    private static GenerateException failure(String what, IOException e) {
        return new GenerateException(what + ": " + AtomicFiles.reason(e), e);
    }
}
