package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.io.InputFiles;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedDocumentReader;
import dev.pictor.core.json.LocatedNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OpenAPI document being imported and the files its {@code $ref}s name. A reference to another file is followed
 * only inside the folder of the input file (a symbolic link out of it counts as outside), read with the same size
 * limit as the input; a reference with a scheme ({@code https:}, {@code file:}) is never followed: Pictor reads
 * nothing over the network. A refused reference is a located ERROR, and the file it names is not read.
 */
final class OpenApiFiles {

    /** A reference that starts with a URI scheme. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    /**
     * One file read.
     *
     * @param file how findings name it: the input as the user named it, a referenced file by its path from there
     * @param path where it was read
     * @param root its content
     */
    record Doc(String file, Path path, LocatedNode root) {}

    /**
     * What a reference names.
     *
     * @param doc     the file it is in
     * @param pointer its JSON Pointer in that file
     * @param node    the value
     */
    record Target(Doc doc, String pointer, LocatedNode node) {}

    private final Path folder;
    /** The input's folder as named (not through symbolic links), for a path that does not exist yet. */
    private final Path namedFolder;

    private final Diagnostics problems;
    private final Doc main;
    private final Map<Path, Optional<Doc>> read = new HashMap<>();

    private OpenApiFiles(Path folder, Path namedFolder, Doc main, Diagnostics problems) {
        this.folder = folder;
        this.namedFolder = namedFolder;
        this.main = main;
        this.problems = problems;
        read.put(main.path(), Optional.of(main));
    }

    /** Reads the input file; empty when it cannot be read or parsed (the reasons are in {@code problems}). */
    static Optional<OpenApiFiles> open(Path path, String shownAs, Diagnostics problems) {
        Optional<LocatedNode> root = readFile(path, shownAs, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path named = parent == null ? absolute : parent;
        Path folder;
        try {
            folder = named.toRealPath();
        } catch (IOException e) {
            folder = named;
        }
        return Optional.of(new OpenApiFiles(folder, named, new Doc(shownAs, absolute, root.get()), problems));
    }

    /** The input document. */
    Doc main() {
        return main;
    }

    /**
     * What {@code ref}, written at {@code at} in {@code from}, names: a pointer in the same file, or in another file of
     * the input's folder. Empty, with a located ERROR, when the reference is a URL, leaves the folder, names a file that
     * cannot be read, or points at nothing.
     */
    Optional<Target> resolve(String ref, Doc from, LocatedNode at) {
        if (SCHEME.matcher(ref).matches()) {
            problems.report(
                    Severity.ERROR,
                    "import.ref-refused",
                    at,
                    "$ref " + quoted(ref) + " names a URL; Pictor reads nothing over the network",
                    "bundle the document into one file (e.g. redocly bundle), or save what it names beside the "
                            + "document and refer to it by a relative path");
            return Optional.empty();
        }
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : JsonPointer.fromUriFragment(ref.substring(hash + 1));
        Doc doc = from;
        if (!filePart.isEmpty()) {
            Optional<Doc> other = other(filePart, from, at, ref);
            if (other.isEmpty()) {
                return Optional.empty();
            }
            doc = other.get();
        }
        Optional<LocatedNode> node =
                pointer.isEmpty() || pointer.startsWith("/") ? doc.root().at(pointer) : Optional.empty();
        if (node.isEmpty()) {
            problems.report(
                    Severity.ERROR,
                    "import.ref-unresolved",
                    at,
                    "$ref " + quoted(ref) + " points at nothing in " + doc.file(),
                    "correct the reference in the OpenAPI document");
            return Optional.empty();
        }
        return Optional.of(new Target(doc, pointer, node.get()));
    }

    /** Another file of the input's folder, read once; empty (and reported) when it is refused or unreadable. */
    private Optional<Doc> other(String filePart, Doc from, LocatedNode at, String ref) {
        Path target;
        try {
            String decoded = URLDecoder.decode(filePart.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path base = from.path().getParent();
            target = (base == null ? Path.of(decoded) : base.resolve(decoded))
                    .toAbsolutePath()
                    .normalize();
        } catch (IllegalArgumentException e) { // InvalidPathException too
            problems.report(
                    Severity.ERROR, "import.ref-refused", at, "$ref " + quoted(ref) + " is not a file path", null);
            return Optional.empty();
        }
        if (!inside(target)) {
            problems.report(
                    Severity.ERROR,
                    "import.ref-refused",
                    at,
                    "$ref " + quoted(ref) + " names a file outside the folder of " + main.file()
                            + "; only files beside the document (or below it) are read",
                    "copy what it names into the document's folder, or bundle the document into one file");
            return Optional.empty();
        }
        if (read.containsKey(target)) {
            return read.get(target);
        }
        Path base = target.startsWith(folder) ? folder : namedFolder;
        String relative = base.relativize(target).toString().replace('\\', '/');
        String shown = main.file().contains("/")
                ? main.file().substring(0, main.file().lastIndexOf('/') + 1) + relative
                : relative;
        long errors = problems.count(Severity.ERROR);
        Optional<Doc> doc = readFile(target, shown, problems).map(root -> new Doc(shown, target, root));
        read.put(target, doc);
        if (doc.isEmpty() || problems.count(Severity.ERROR) > errors) {
            problems.report(
                    Severity.ERROR,
                    "import.ref-unresolved",
                    at,
                    "$ref " + quoted(ref) + " names " + shown + ", which cannot be read (see the finding on it)",
                    null);
            read.put(target, Optional.empty());
            return Optional.empty();
        }
        return doc;
    }

    /** Whether a normalized absolute path lies in the input's folder, symbolic links resolved where they exist. */
    private boolean inside(Path target) {
        if (!target.startsWith(folder) && !target.startsWith(namedFolder)) {
            return false;
        }
        try {
            return !Files.exists(target) || target.toRealPath().startsWith(folder);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<LocatedNode> readFile(Path path, String shownAs, Diagnostics problems) {
        Optional<byte[]> bytes = InputFiles.read(path, shownAs, problems);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        long errors = problems.count(Severity.ERROR);
        Optional<LocatedNode> parsed = parse(shownAs, bytes.get(), problems);
        return problems.count(Severity.ERROR) > errors ? Optional.empty() : parsed;
    }

    /** Parses one file, as YAML or JSON by its name. */
    private static Optional<LocatedNode> parse(String file, byte[] bytes, Diagnostics problems) {
        return LocatedDocumentReader.read(file, bytes, problems);
    }

    static String quoted(String text) {
        String line = ImportOptions.oneLine(text);
        return "\"" + (line.length() > 120 ? line.substring(0, 117) + "..." : line) + "\"";
    }
}
