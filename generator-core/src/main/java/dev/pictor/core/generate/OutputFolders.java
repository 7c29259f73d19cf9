package dev.pictor.core.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings output folders to exactly a run's files, touching as little as possible, and all at once: a folder with
 * nothing to change is not touched at all; otherwise its new content is built beside it ({@link FolderUpdate}) and
 * switched in ({@link OutputSwitch}), so that a failure at any point leaves the old output untouched and a run killed
 * at any moment leaves the old output or the new one. In the new content a file is new only when its bytes differ,
 * and a file an earlier run generated that this run does not is gone. What Pictor generated is listed in a manifest,
 * {@value #MANIFEST} in each folder, so that a file Pictor did not write (a user's own) is never deleted. A file at a
 * path Pictor generates is Pictor's and is replaced.
 */
final class OutputFolders {

    /** The manifest's file name, in each output folder. */
    static final String MANIFEST = ".pictor-generated";

    private static final String HEADER = "# Written by Pictor: the files it generated in this folder. The next run"
            + " deletes those it no longer\n# generates; no other file here is ever deleted. Do not edit.\n";

    /** Counts of one synchronisation. */
    record Counts(int written, int unchanged, int deleted) {}

    /**
     * Brings each folder (an absolute, normalised path) to exactly its files (relative paths with {@code /} to
     * UTF-8 bytes). Nothing is written unless every folder's new content could be built.
     *
     * @throws GenerateException when a folder cannot be used or written; the output is then as it was
     */
    Counts sync(Map<Path, SortedMap<String, byte[]>> folders) throws GenerateException {
        Map<Path, SortedMap<String, byte[]>> byRoot = new LinkedHashMap<>();
        for (Map.Entry<Path, SortedMap<String, byte[]>> folder : folders.entrySet()) {
            byRoot.computeIfAbsent(real(folder.getKey()), k -> new TreeMap<>()).putAll(folder.getValue());
        }
        List<Path> roots = List.copyOf(byRoot.keySet());
        checkApart(roots);
        OutputSwitch.recover(roots);
        List<FolderUpdate> changing = new ArrayList<>();
        int written = 0;
        int unchanged = 0;
        int deleted = 0;
        for (Map.Entry<Path, SortedMap<String, byte[]>> folder : byRoot.entrySet()) {
            FolderUpdate update = FolderUpdate.read(
                    folder.getKey(),
                    folder.getValue(),
                    manifest(folder.getValue().keySet()));
            written += update.written();
            unchanged += update.unchanged();
            deleted += update.deleted();
            if (update.changes()) {
                update.checkWritable();
                changing.add(update);
            }
        }
        if (changing.isEmpty()) {
            return new Counts(written, unchanged, deleted);
        }
        List<Path> changed = changing.stream().map(FolderUpdate::root).toList();
        List<Path> created = new ArrayList<>();
        try {
            for (Path root : changed) {
                createParents(root, created);
            }
            for (FolderUpdate update : changing) {
                update.stage();
            }
            OutputSwitch.commit(changed);
        } catch (GenerateException e) {
            OutputSwitch.discard(changed);
            for (int i = created.size() - 1; i >= 0; i--) {
                deleteIfEmpty(created.get(i));
            }
            throw e;
        }
        return new Counts(written, unchanged, deleted);
    }

    /**
     * The folder's real path, so that a folder reached through a link is switched where it is (the link stays): the
     * real path of its nearest existing ancestor, and the rest of the path.
     */
    private static Path real(Path root) throws GenerateException {
        Path existing = root;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return root;
        }
        if (!Files.isDirectory(existing)) {
            throw new GenerateException("cannot generate into " + root + ": "
                    + (existing.equals(root)
                            ? Files.exists(existing) ? "it is a file, not a folder" : "it is a link that leads nowhere"
                            : existing + " is a file, not a folder"));
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(root)).normalize();
        } catch (IOException e) {
            throw OutputSwitch.failure("cannot generate into " + root, e);
        }
    }

    /**
     * Folders switched as a whole cannot hold one another, and the one the process works in is never switched away
     * from under it.
     */
    private static void checkApart(List<Path> roots) throws GenerateException {
        for (Path a : roots) {
            if (a.getParent() == null) {
                throw new GenerateException(
                        "cannot generate into " + a + ": give a folder of its own, not a file" + " system's root");
            }
            for (Path b : roots) {
                if (!a.equals(b) && a.startsWith(b)) {
                    throw new GenerateException("cannot generate into " + a + ", which is inside the other output"
                            + " folder " + b + ": give sources and resources one folder, or two apart");
                }
            }
            Path working = Path.of("").toAbsolutePath();
            if (working.startsWith(a)) {
                throw new GenerateException("cannot generate into " + a + ": it holds the current folder, and Pictor"
                        + " replaces the content of its output folder as a whole; generate into a folder of its own");
            }
        }
    }

    /** Creates the missing folders above {@code root}, noting each so that a failed run can remove them again. */
    private static void createParents(Path root, List<Path> created) throws GenerateException {
        List<Path> missing = new ArrayList<>();
        for (Path p = root.getParent(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
                created.add(p);
            } catch (IOException e) {
                throw OutputSwitch.failure("cannot create the output folder " + root, e);
            }
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty, or not ours to delete: left as it is
        }
    }

    /** The manifest listing {@code paths}. */
    private static byte[] manifest(Iterable<String> paths) {
        StringBuilder text = new StringBuilder(HEADER);
        for (String path : paths) {
            text.append(path).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The paths a manifest's text lists; entries that are not plain relative paths (a hand edit) are ignored. */
    static SortedSet<String> paths(String manifest) {
        SortedSet<String> paths = new TreeSet<>();
        for (String line : manifest.split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#") && isPlainRelative(path)) {
                paths.add(path);
            }
        }
        return paths;
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
}
