package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.InputFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The folder every input is read from, and the boundary nothing is read across: files are listed in a sorted,
 * platform-independent order, named by their {@code /}-separated path relative to the root, and a symbolic link that
 * leads out of the root is refused, never followed.
 */
public final class SchemaRoot {

    /** No provider schema comes near this; a larger file is refused before it is read ({@link InputFiles}). */
    public static final long MAX_FILE_BYTES = InputFiles.MAX_BYTES;

    private final Path root;

    private SchemaRoot(Path root) {
        this.root = root;
    }

    public static SchemaRoot open(Path dir) throws SchemaRootException {
        if (!Files.exists(dir)) {
            throw new SchemaRootException("schemas root " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new SchemaRootException("schemas root " + dir + " is not a directory");
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new SchemaRootException("schemas root " + dir + " cannot be read (check its permissions)");
        }
        try {
            return new SchemaRoot(dir.toRealPath());
        } catch (IOException e) {
            throw new SchemaRootException("schemas root " + dir + " cannot be read: " + e.getMessage());
        }
    }

    public Path path() {
        return root;
    }

    /** Every {@code *.json} file under the root, sorted by relative path; hidden files and folders are skipped. */
    public List<String> jsonFiles(Diagnostics diagnostics) throws SchemaRootException {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (hasBackslash(dir, diagnostics)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path folderName = dir.getFileName();
                    if (folderName != null && folderName.toString().endsWith(".json")) {
                        notAFile(relative(dir), "is a folder named like a document; it is not read", diagnostics);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || hasBackslash(file, diagnostics)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = relative(file);
                    if (attrs.isSymbolicLink() && !linkResolvesInside(file, name, diagnostics)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!name.endsWith(".json")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isRegularFile(file)) {
                        files.add(name);
                    } else if (!Files.isDirectory(file)) { // a link to a folder inside the root is not a document
                        notAFile(name, "is not a regular file (a pipe or a device is never read)", diagnostics);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.report(
                            Severity.ERROR,
                            "file.unreadable",
                            SourceLocation.startOf(shown(relative(file))),
                            "cannot be read: " + e.getClass().getSimpleName(),
                            "check its permissions");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SchemaRootException("schemas root " + root + " cannot be listed: " + e.getMessage());
        }
        files.sort(String::compareTo);
        return files;
    }

    /**
     * The bytes of a root-relative file, or empty (with a diagnostic) when it is missing, not a regular file, too
     * large or unreadable: read as every input is, by {@link InputFiles}.
     */
    public Optional<byte[]> read(String relative, Diagnostics diagnostics) {
        return InputFiles.read(root.resolve(relative), relative, diagnostics);
    }

    private static void notAFile(String name, String why, Diagnostics diagnostics) {
        diagnostics.report(
                Severity.ERROR,
                "file.unreadable",
                SourceLocation.startOf(name),
                why,
                "a document is a regular file; rename or remove this entry");
    }

    /**
     * Resolves a relative file reference written in {@code fromFile} to a root-relative path, or empty when it names
     * an absolute path or leads out of the root (through {@code ..} or a symbolic link), and when {@code fromFile}
     * names no file below the root (it has no folder to resolve from).
     */
    public Optional<String> resolveInside(String fromFile, String reference) {
        if (reference.startsWith("/") || reference.startsWith("\\") || reference.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        Path base = root.resolve(fromFile).getParent();
        if (base == null) {
            return Optional.empty();
        }
        Path target;
        try {
            target = base.resolve(reference).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a character no file name may hold (NUL): it names no file of the root
        }
        if (!target.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !staysInside(target)) {
            return Optional.empty();
        }
        return Optional.of(relative(target));
    }

    private boolean staysInside(Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a symbolic link resolves to a file inside the root; when it does not, why (reported at {@code name}): it
     * leads out of the root, it dangles, or it is one of a loop of links.
     */
    private boolean linkResolvesInside(Path file, String name, Diagnostics diagnostics) {
        String code = "file.outside-root";
        String message = "symbolic link leads out of the schemas root; it is not read";
        String hint = "copy the file into the root instead of linking to it";
        try {
            if (file.toRealPath().startsWith(root)) {
                return true;
            }
        } catch (NoSuchFileException e) { // dangling
            code = "file.unreadable";
            message = "symbolic link leads to a file that does not exist; it is not read";
            hint = "correct the link, or remove it";
        } catch (IOException e) {
            if (inLoop(file)) {
                code = "file.unreadable";
                message = "symbolic link is one of a loop of links; it is not read";
                hint = "make one of the links a file, or remove the loop";
            }
        }
        diagnostics.report(Severity.ERROR, code, SourceLocation.startOf(name), message, hint);
        return false;
    }

    /** Whether following {@code file}'s links (at most 40, as the kernel does) comes back to a link already seen. */
    private static boolean inLoop(Path file) {
        Set<Path> seen = new HashSet<>();
        Path at = file.toAbsolutePath().normalize();
        try {
            for (int hop = 0; hop < 40 && Files.isSymbolicLink(at); hop++) {
                if (!seen.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return Files.isSymbolicLink(at);
    }

    /**
     * A file or folder whose name holds a backslash is reported ({@code file.backslash-name}) and not read: a
     * location names files with {@code /} only, and on Windows the same name would be two folders.
     */
    private boolean hasBackslash(Path path, Diagnostics diagnostics) {
        Path name = path.getFileName();
        if (name == null || name.toString().indexOf('\\') < 0) {
            return false;
        }
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (folder || name.toString().endsWith(".json")) {
            diagnostics.report(
                    Severity.ERROR,
                    "file.backslash-name",
                    SourceLocation.startOf(shown(relative(path))),
                    "the " + (folder ? "folder" : "file") + " name has a backslash (shown as %5C), which separates "
                            + "folders on Windows; " + (folder ? "nothing in it is" : "it is not") + " read",
                    "rename it without a backslash");
        }
        return true;
    }

    /** A root-relative name as a location shows it: a backslash, which a location may not hold, as {@code %5C}. */
    private static String shown(String relative) {
        return relative.replace("\\", "%5C");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private String relative(Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }
}
