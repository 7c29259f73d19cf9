package dev.pictor.core.generate;

import dev.pictor.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Switches output folders from their old content to a new one so that a run killed at any moment leaves either
 * the old output or the new one, never a mix. The new content of a folder {@code P/N} is built complete in a staging
 * folder beside it, {@code P/.N.pictor-staged}; only when every staging folder of the run is complete is a switch
 * marker {@code P/.N.pictor-switch} written (atomically: the commit point), then each folder is renamed aside to
 * {@code P/.N.pictor-old} and its staging folder renamed into its place, then the marker and the old folders are
 * deleted.
 *
 * <p>Before it stages anything, a run {@linkplain #recover recovers} what a killed run left: with a marker, it
 * finishes that run's switch (the new output was complete); without one, it deletes the staging and old folders
 * (the old output is in place) and any temporary file of the marker. A rename is the only step that touches an
 * output folder, so the one moment a kill leaves neither in place is between the two renames of one folder: the
 * folder is then missing, with both complete versions beside it, and the next run puts the new one in place.
 */
final class OutputSwitch {

    private static final String STAGED = ".pictor-staged";
    private static final String OLD = ".pictor-old";
    private static final String MARKER = ".pictor-switch";

    private OutputSwitch() {}

    /** Where the new content of {@code root} is built. */
    static Path staged(Path root) {
        return beside(root, STAGED);
    }

    /** Where the old content of {@code root} waits, between the two renames of a switch, to be deleted. */
    private static Path old(Path root) {
        return beside(root, OLD);
    }

    private static Path marker(Path root) {
        return beside(root, MARKER);
    }

    private static Path beside(Path root, String suffix) {
        return root.resolveSibling("." + root.getFileName() + suffix);
    }

    /**
     * Finishes or undoes what a run killed in the middle left beside these output folders (absolute, real paths),
     * so that each holds a complete output and nothing of Pictor's is left beside it.
     */
    static void recover(List<Path> roots) throws GenerateException {
        Set<Path> touched = new LinkedHashSet<>(roots);
        for (Path root : roots) {
            Path marker = marker(root);
            if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> switched = read(marker);
                for (Path folder : switched) {
                    finish(folder);
                }
                touched.addAll(switched);
                delete(marker);
            }
        }
        for (Path root : touched) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(old(root), LinkOption.NOFOLLOW_LINKS)) {
                move(old(root), root); // a switch undone half-way: the old output goes back
            }
            deleteTree(staged(root));
            deleteTree(old(root));
            deleteMarkerTemporaries(root);
        }
    }

    /**
     * Puts every staged folder in place of its output folder, each switch as two renames. The staging folders must be
     * complete; when a rename fails, the folders already switched are switched back and the staging folders deleted,
     * so the output is the old one.
     *
     * @param roots the output folders, each with a complete {@link #staged} folder beside it
     */
    static void commit(List<Path> roots) throws GenerateException {
        Path marker = marker(roots.get(0));
        StringBuilder text = new StringBuilder(
                "# Pictor is switching these folders to their new output; the next run" + " finishes the switch.\n");
        roots.forEach(r -> text.append(r).append('\n'));
        try {
            AtomicFiles.write(marker, text.toString());
        } catch (IOException e) {
            discard(roots);
            throw failure("cannot write " + marker, e);
        }
        List<Path> switched = new ArrayList<>();
        for (Path root : roots) {
            try {
                if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                    move(root, old(root));
                }
                move(staged(root), root);
                switched.add(root);
            } catch (GenerateException e) {
                undo(switched, root);
                delete(marker);
                discard(roots);
                throw e;
            }
        }
        delete(marker);
        for (Path root : roots) {
            try {
                deleteTree(old(root));
            } catch (GenerateException e) {
                // The new output is complete and in place; the next run deletes what is left of the old one.
            }
        }
    }

    /** Deletes the staging folders of a run that will not switch. */
    static void discard(List<Path> roots) {
        for (Path root : roots) {
            try {
                deleteTree(staged(root));
            } catch (GenerateException e) {
                // The next run's recovery deletes it; the failure that stopped this run is the one to report.
            }
        }
    }

    /** Switches back the folders of a commit that failed at {@code failed}. */
    private static void undo(List<Path> switched, Path failed) {
        List<Path> back = new ArrayList<>(switched);
        back.add(failed);
        for (Path root : back) {
            try {
                if (Files.isDirectory(old(root), LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                        move(root, staged(root));
                    }
                    move(old(root), root);
                }
            } catch (GenerateException e) {
                // Left for the next run's recovery, which puts the old folder back when the output folder is missing.
            }
        }
    }

    /** Completes the switch of one folder after its run committed (the marker exists). */
    private static void finish(Path root) throws GenerateException {
        Path staged = staged(root);
        if (!Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)) {
            return; // already switched
        }
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(old(root), LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(staged); // cannot be: a switch never leaves all three; keep the folder that is in place
                return;
            }
            move(root, old(root));
        }
        move(staged, root);
    }

    private static List<Path> read(Path marker) throws GenerateException {
        List<Path> roots = new ArrayList<>();
        try {
            for (String line : Files.readString(marker, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Path root = Path.of(line.strip());
                    if (root.isAbsolute() && root.getFileName() != null) {
                        roots.add(root.normalize());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return roots; // an unreadable marker is treated as none: the staging folders are then deleted
        }
        return roots;
    }

    /** Deletes the temporary file of a marker a run was killed writing. */
    private static void deleteMarkerTemporaries(Path root) throws GenerateException {
        Path parent = root.getParent();
        String prefix = "." + marker(root).getFileName() + ".";
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = String.valueOf(p.getFileName());
                if (name.startsWith(prefix) && AtomicFiles.isTemporary(name)) {
                    delete(p);
                }
            }
        } catch (IOException e) {
            throw failure("cannot list " + parent, e);
        }
    }

    private static void move(Path from, Path to) throws GenerateException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw failure("cannot rename " + from + " to " + to, e);
        }
    }

    private static void delete(Path file) throws GenerateException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure("cannot delete " + file, e);
        }
    }

    /** Deletes a folder and everything in it, never following a symbolic link (a link is deleted, not its target). */
    static void deleteTree(Path folder) throws GenerateException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw failure("cannot delete " + folder + ", which an earlier run of Pictor left", e);
        }
    }

    static GenerateException failure(String what, IOException e) {
        return new GenerateException(what + ": " + AtomicFiles.reason(e), e);
    }
}
