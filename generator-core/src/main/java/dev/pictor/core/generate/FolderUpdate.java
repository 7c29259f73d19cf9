package dev.pictor.core.generate;

import dev.pictor.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One output folder: what it holds now, compared with what a run generates into it, and the building of its new
 * content in a staging folder ({@link OutputSwitch#staged}). The new content is the old one with Pictor's changes:
 * a file whose bytes changed is written, an unchanged file is carried over as a hard link to the same file (same
 * bytes, same modification time, nothing for an incremental compiler to rebuild), a file an earlier run generated
 * and this one does not is left out, as is a temporary file a killed run left; a file Pictor did not generate (a
 * user's own) is carried over untouched.
 *
 * <p>Nothing is ever written through a symbolic link: the folder is read without following links, a link is carried
 * over as the same link, and a link standing where a generated file's folder should be is refused.
 */
final class FolderUpdate {

    /** What a path of the folder is now, read without following links. */
    private enum Kind {
        FOLDER,
        FILE,
        LINK,
        OTHER
    }

    private final Path root;
    private final SortedMap<String, byte[]> files;
    private final byte[] manifest;
    private final SortedMap<String, Kind> entries = new TreeMap<>();
    private final Set<String> nonEmpty = new HashSet<>();
    private final SortedSet<String> toWrite = new TreeSet<>();
    private final SortedSet<String> dropped = new TreeSet<>();
    private int unchanged;
    private int deleted;
    private boolean manifestChanged;

    private FolderUpdate(Path root, SortedMap<String, byte[]> files, byte[] manifest) {
        this.root = root;
        this.files = files;
        this.manifest = manifest;
    }

    /**
     * Reads the folder as it is and compares it with its new files.
     *
     * @param root     the output folder, an absolute real path (it may not exist yet)
     * @param files    its new files, relative paths with {@code /} to bytes
     * @param manifest the bytes of its new manifest
     * @throws GenerateException when a generated file's folder is a link or a file, or the folder cannot be read
     */
    static FolderUpdate read(Path root, SortedMap<String, byte[]> files, byte[] manifest) throws GenerateException {
        FolderUpdate update = new FolderUpdate(root, files, manifest);
        update.scan();
        update.compare();
        return update;
    }

    Path root() {
        return root;
    }

    /** Whether the folder must change: a file to write or delete, a manifest to rewrite, a leftover to remove. */
    boolean changes() {
        return !toWrite.isEmpty() || !dropped.isEmpty() || manifestChanged;
    }

    int written() {
        return toWrite.size();
    }

    int unchanged() {
        return unchanged;
    }

    int deleted() {
        return deleted;
    }

    private void scan() throws GenerateException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    add(dir, Kind.FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    add(
                            file,
                            attrs.isSymbolicLink()
                                    ? Kind.LINK
                                    : attrs.isRegularFile()
                                            ? Kind.FILE
                                            : attrs.isDirectory() ? Kind.FOLDER : Kind.OTHER);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw OutputSwitch.failure("cannot read the output folder " + root, e);
        }
    }

    private void add(Path path, Kind kind) {
        if (path.equals(root)) {
            return;
        }
        String relative = root.relativize(path).toString().replace('\\', '/');
        entries.put(relative, kind);
        nonEmpty.add(parentOf(relative));
    }

    private void compare() throws GenerateException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            checkFolders(path);
            Kind now = entries.get(path);
            if (now == Kind.FOLDER) {
                throw new GenerateException("cannot write " + root.resolve(path) + ": it is a directory");
            }
            if (now == Kind.FILE && holds(path, file.getValue())) {
                unchanged++;
            } else {
                toWrite.add(path);
            }
        }
        SortedSet<String> listed = new TreeSet<>();
        if (entries.get(OutputFolders.MANIFEST) == Kind.FILE) {
            byte[] old = bytes(OutputFolders.MANIFEST);
            manifestChanged = !Arrays.equals(old, manifest);
            listed.addAll(OutputFolders.paths(new String(old, StandardCharsets.UTF_8)));
        } else {
            manifestChanged = true;
        }
        for (String path : listed) {
            Kind now = entries.get(path);
            if (!files.containsKey(path) && now != null && now != Kind.FOLDER) {
                dropped.add(path);
                deleted++;
            }
        }
        for (Map.Entry<String, Kind> entry : entries.entrySet()) {
            if (entry.getValue() == Kind.FILE && AtomicFiles.isTemporary(nameOf(entry.getKey()))) {
                dropped.add(entry.getKey());
            }
        }
    }

    /** Every folder on the way to a generated file is a folder of this output, or not there yet. */
    private void checkFolders(String path) throws GenerateException {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            Kind kind = entries.get(folder);
            if (kind == null) {
                return;
            }
            if (kind == Kind.LINK) {
                throw new GenerateException("cannot write " + root.resolve(path) + ": " + root.resolve(folder)
                        + " is a symbolic link, and Pictor never writes through a link in its output folder; replace"
                        + " the link with a folder, or remove it");
            }
            if (kind != Kind.FOLDER) {
                throw new GenerateException("cannot write " + root.resolve(path) + ": " + root.resolve(folder)
                        + " is a file, where a folder is needed; move it away");
            }
        }
    }

    /**
     * Refuses a folder whose old content could not be removed after the switch (Pictor would leave it beside the
     * output): the output folder and every folder in it must be writable.
     */
    void checkWritable() throws GenerateException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        SortedSet<String> folders = new TreeSet<>();
        folders.add("");
        entries.forEach((path, kind) -> {
            if (kind == Kind.FOLDER) {
                folders.add(path);
            }
        });
        for (String folder : folders) {
            Path path = folder.isEmpty() ? root : root.resolve(folder);
            if (!Files.isWritable(path)) {
                throw new GenerateException("cannot generate into " + root + ": the folder " + path + " is read-only;"
                        + " Pictor replaces the content of its output folder as a whole, so every folder in it must be"
                        + " writable");
            }
        }
    }

    /** Builds the folder's new content in its staging folder, complete; the output folder itself is not touched. */
    void stage() throws GenerateException {
        Path staged = OutputSwitch.staged(root);
        Set<String> made = new HashSet<>();
        String current = "";
        try {
            Files.createDirectory(staged);
            made.add("");
            for (Map.Entry<String, Kind> entry : entries.entrySet()) {
                current = entry.getKey();
                carryOver(staged, current, entry.getValue(), made);
            }
            for (String path : toWrite) {
                current = path;
                folder(staged, parentOf(path), made);
                Path target = staged.resolve(path);
                Files.write(target, files.get(path), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                keepPermissions(root.resolve(path), target, entries.get(path) == Kind.FILE);
            }
            if (manifestChanged) {
                current = OutputFolders.MANIFEST;
                Files.write(staged.resolve(OutputFolders.MANIFEST), manifest, StandardOpenOption.CREATE_NEW);
            }
            current = "";
            keepPermissions(root, staged, true);
            for (Map.Entry<String, Kind> entry : entries.entrySet()) {
                if (entry.getValue() == Kind.FOLDER && made.contains(entry.getKey())) {
                    current = entry.getKey();
                    keepPermissions(root.resolve(current), staged.resolve(current), true);
                }
            }
        } catch (IOException e) {
            throw OutputSwitch.failure("cannot write " + (current.isEmpty() ? root : root.resolve(current)), e);
        }
    }

    /** Puts one path of the old content into the staging folder, unless this run replaces or drops it. */
    private void carryOver(Path staged, String path, Kind kind, Set<String> made) throws IOException {
        if ((manifestChanged && path.equals(OutputFolders.MANIFEST))
                || toWrite.contains(path)
                || dropped.contains(path)) {
            return;
        }
        Path from = root.resolve(path);
        Path to = staged.resolve(path);
        switch (kind) {
            case FOLDER -> {
                if (!nonEmpty.contains(path)) {
                    folder(staged, path, made); // a user's empty folder; one that held only stale files goes
                }
            }
            case LINK -> {
                folder(staged, parentOf(path), made);
                Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            }
            case FILE, OTHER -> {
                folder(staged, parentOf(path), made);
                link(from, to);
            }
        }
    }

    /** The same file under a second name; a copy with its times where the file system has no hard links. */
    private static void link(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Creates a folder of the staging folder and those above it, each once. */
    private static void folder(Path staged, String path, Set<String> made) throws IOException {
        if (made.contains(path)) {
            return;
        }
        folder(staged, parentOf(path), made);
        Files.createDirectory(staged.resolve(path));
        made.add(path);
    }

    /** A replaced file or folder keeps its permissions; a new one gets those any new one gets. */
    private static void keepPermissions(Path old, Path now, boolean existed) throws IOException {
        if (!existed || !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view =
                Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (!permissions.equals(Files.getPosixFilePermissions(now, LinkOption.NOFOLLOW_LINKS))) {
                Files.setPosixFilePermissions(now, permissions);
            }
        }
    }

    private boolean holds(String path, byte[] content) throws GenerateException {
        try {
            return AtomicFiles.holds(root.resolve(path), content);
        } catch (IOException e) {
            throw OutputSwitch.failure("cannot read " + root.resolve(path), e);
        }
    }

    private byte[] bytes(String path) throws GenerateException {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw OutputSwitch.failure("cannot read " + root.resolve(path), e);
        }
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
