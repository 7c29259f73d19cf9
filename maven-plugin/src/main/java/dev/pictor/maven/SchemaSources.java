package dev.pictor.maven;

import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.load.SchemaRoot;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Where a run's documents come from: the schemas directory alone, or, with {@code schemaArtifacts}, the documents that
 * dependencies ship under {@value #PREFIX} in their jars (as the {@code pictor-schemas} module packages them) merged
 * with the schemas directory when it exists, into one folder under the build directory that becomes the schemas root.
 *
 * <p>The artifacts are the project's own resolved dependencies: nothing is downloaded here. A jar is read safely: only
 * {@code *.json} entries under {@value #PREFIX}, no entry whose path leads out of the folder (an absolute path,
 * {@code ..}, a backslash or a drive letter fails the build), at most {@link SchemaRoot#MAX_FILE_BYTES} per file and
 * {@value #MAX_TOTAL_BYTES} bytes and {@value #MAX_FILES} files in all, whatever sizes the jar declares. The same path
 * from two sources must hold the same bytes; otherwise the build fails naming both, never one silently winning. The
 * merged folder is brought to exactly the union, writing only changed files, so that an unchanged dependency leaves
 * it untouched.
 */
final class SchemaSources {

    /** Where documents are in a schemas jar. */
    static final String PREFIX = "pictor/schemas/";

    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_FILES = 10_000;

    /**
     * The schemas root of a run.
     *
     * @param root    the folder the generator reads
     * @param origins for documents that have a better place to show a finding than their path under {@code root}
     *                (a document of the schemas directory merged into the folder): that place
     * @param summary where the documents came from, for the log
     */
    record Resolved(Path root, Map<String, File> origins, String summary) {

        /** The file a finding about a root-relative path is shown on. */
        File fileOf(String relative) {
            File origin = origins.get(relative);
            return origin != null ? origin : root.resolve(relative).toFile();
        }
    }

    /** One document and where it came from. */
    private record Source(byte[] bytes, String from, File origin) {}

    private SchemaSources() {}

    /**
     * @param schemasDirectory the schemas directory; with artifacts it may be missing
     * @param coordinates      {@code groupId:artifactId[:version]} of dependencies that hold documents; none for the
     *                         schemas directory alone
     * @param artifacts        the project's resolved dependencies
     * @param merged           the folder the documents are merged into (Pictor's own: files in it that are no
     *                         document of a source are deleted)
     */
    static Resolved resolve(
            File schemasDirectory, List<String> coordinates, Collection<Artifact> artifacts, Path merged)
            throws MojoFailureException, MojoExecutionException {
        if (coordinates == null || coordinates.isEmpty()) {
            return new Resolved(schemasDirectory.toPath(), Map.of(), schemasDirectory.toString());
        }
        List<String> problems = new ArrayList<>();
        List<Artifact> picked = new ArrayList<>();
        for (String coordinate : coordinates) {
            pick(coordinate, artifacts, problems).ifPresent(picked::add);
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        Map<String, Source> documents = new TreeMap<>();
        List<String> summary = new ArrayList<>();
        long[] total = {0};
        for (Artifact artifact : picked) {
            String from = artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion();
            int before = problems.size();
            Map<String, byte[]> files = read(artifact, from, problems, total);
            if (problems.size() == before && files.isEmpty()) {
                problems.add(from + " holds no *.json document under " + PREFIX + " (" + artifact.getFile()
                        + "); package the schemas folder there, as pictor-schemas does");
            }
            files.forEach((path, bytes) -> add(documents, path, new Source(bytes, from, null), problems));
            summary.add(from + " (" + plural(files.size(), "document") + ")");
        }
        Path local = schemasDirectory.toPath().toAbsolutePath().normalize();
        if (Files.isDirectory(local)) {
            Map<String, Path> files = localDocuments(local);
            files.forEach((path, file) -> {
                try {
                    add(
                            documents,
                            path,
                            new Source(BoundedFiles.read(file, file.toString()), local.toString(), file.toFile()),
                            problems);
                } catch (BoundedFiles.Refused e) {
                    problems.add(e.getMessage()); // the reason, naming the file
                }
            });
            summary.add(local + " (" + plural(files.size(), "document") + ")");
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        Path root = merged.toAbsolutePath().normalize();
        sync(root, documents);
        Map<String, File> origins = new LinkedHashMap<>();
        documents.forEach((path, source) -> {
            if (source.origin() != null) {
                origins.put(path, source.origin());
            }
        });
        return new Resolved(root, Map.copyOf(origins), String.join(" and ", summary) + ", merged into " + root);
    }

    /** The dependency a coordinate names, or a problem. */
    private static Optional<Artifact> pick(String coordinate, Collection<Artifact> artifacts, List<String> problems) {
        String text = coordinate == null ? "" : coordinate.strip();
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            problems.add("schemaArtifact \"" + text + "\" is not groupId:artifactId or groupId:artifactId:version");
            return Optional.empty();
        }
        List<Artifact> matches = artifacts.stream()
                .filter(a ->
                        a.getGroupId().equals(parts[0]) && a.getArtifactId().equals(parts[1]))
                .toList();
        if (matches.isEmpty()) {
            problems.add("schemaArtifact " + text + " is not a dependency of this project: declare it in"
                    + " <dependencies> (<scope>provided</scope> keeps it off the run-time class path)");
            return Optional.empty();
        }
        if (parts.length == 3) {
            matches = matches.stream()
                    .filter(a -> parts[2].equals(a.getBaseVersion()) || parts[2].equals(a.getVersion()))
                    .toList();
            if (matches.isEmpty()) {
                problems.add("schemaArtifact " + text + ": the project depends on another version, "
                        + artifacts.stream()
                                .filter(a -> a.getGroupId().equals(parts[0])
                                        && a.getArtifactId().equals(parts[1]))
                                .map(Artifact::getVersion)
                                .findFirst()
                                .orElse("?"));
                return Optional.empty();
            }
        }
        List<Artifact> plain = matches.stream().filter(a -> !a.hasClassifier()).toList();
        List<Artifact> candidates = plain.isEmpty() ? matches : plain;
        if (candidates.size() > 1) {
            problems.add("schemaArtifact " + text + " names several dependencies ("
                    + candidates.stream().map(Artifact::getId).collect(Collectors.joining(", ")) + ")");
            return Optional.empty();
        }
        Artifact artifact = candidates.get(0);
        if (artifact.getFile() == null) {
            problems.add("schemaArtifact " + text + " has not been resolved to a file");
            return Optional.empty();
        }
        return Optional.of(artifact);
    }

    /** The documents of an artifact: a jar, or (in a reactor build before it is packaged) its output folder. */
    private static Map<String, byte[]> read(Artifact artifact, String from, List<String> problems, long[] total)
            throws MojoExecutionException {
        File file = artifact.getFile();
        Map<String, byte[]> documents = new TreeMap<>();
        if (file.isDirectory()) {
            Path folder = file.toPath().resolve(PREFIX);
            if (Files.isDirectory(folder)) {
                for (Map.Entry<String, Path> document : localDocuments(folder).entrySet()) {
                    try {
                        byte[] bytes = counted(
                                BoundedFiles.read(document.getValue(), from + ": " + document.getKey()),
                                problems,
                                total);
                        if (bytes != null) {
                            documents.put(document.getKey(), bytes);
                        }
                    } catch (BoundedFiles.Refused e) {
                        problems.add(e.getMessage()); // the reason, naming the artifact and the document
                    }
                }
            }
            return documents;
        }
        try (ZipFile zip = new ZipFile(file)) {
            int count = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith(PREFIX) || entry.isDirectory() || !name.endsWith(".json")) {
                    continue;
                }
                String path = name.substring(PREFIX.length());
                if (!plainRelative(path)) {
                    problems.add(from + ": the entry \"" + name + "\" leads out of " + PREFIX + "; it is refused");
                    continue;
                }
                if (hidden(path)) {
                    continue;
                }
                if (++count > MAX_FILES) {
                    problems.add(from + " holds more than " + MAX_FILES + " documents under " + PREFIX);
                    break;
                }
                byte[] bytes;
                try {
                    bytes = counted(BoundedFiles.read(zip.getInputStream(entry), from + ": " + path), problems, total);
                } catch (BoundedFiles.Refused e) {
                    problems.add(e.getMessage()); // the reason, naming the artifact and the entry
                    continue;
                }
                if (bytes != null) {
                    documents.put(path, bytes);
                }
            }
        } catch (ZipException e) {
            problems.add(from + " is not a readable jar (" + file + "): " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + file + ": " + AtomicFiles.reason(e), e);
        }
        return documents;
    }

    /**
     * The bytes of one document of the artifacts, or null (with a problem said once) when the artifacts together hold
     * more than {@value #MAX_TOTAL_BYTES} bytes of documents.
     */
    private static byte[] counted(byte[] bytes, List<String> problems, long[] total) {
        total[0] += bytes.length;
        if (total[0] > MAX_TOTAL_BYTES) {
            if (total[0] - bytes.length <= MAX_TOTAL_BYTES) { // said once, when the bound is crossed
                problems.add("the schema artifacts hold more than " + MAX_TOTAL_BYTES + " bytes of documents");
            }
            return null;
        }
        return bytes;
    }

    private static void add(Map<String, Source> documents, String path, Source source, List<String> problems) {
        Source earlier = documents.putIfAbsent(path, source);
        if (earlier != null && !Arrays.equals(earlier.bytes(), source.bytes())) {
            problems.add(path + " is in both " + earlier.from() + " and " + source.from()
                    + ", with different contents; keep one of them");
        }
    }

    /** Every non-hidden {@code *.json} file under a folder, by {@code /}-separated relative path. */
    private static Map<String, Path> localDocuments(Path folder) throws MojoExecutionException {
        Map<String, Path> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && name.endsWith(".json") && Files.isRegularFile(file)) {
                        files.put(Fingerprint.relative(folder, file), file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + folder + ": " + AtomicFiles.reason(e), e);
        }
        return files;
    }

    /** Brings the merged folder to exactly the documents: changed files written, others deleted. */
    private static void sync(Path root, Map<String, Source> documents) throws MojoExecutionException {
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, Source> document : documents.entrySet()) {
                AtomicFiles.writeIfChanged(
                        root.resolve(document.getKey()), document.getValue().bytes());
            }
            List<Path> stale = new ArrayList<>();
            List<Path> folders = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!documents.containsKey(Fingerprint.relative(root, file))) {
                        stale.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (!dir.equals(root)) {
                        folders.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
            for (Path folder : folders) { // deepest first: post-order
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.delete(folder);
                    } catch (DirectoryNotEmptyException e) {
                        // still holds documents
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot write the merged schemas folder " + root + ": " + AtomicFiles.reason(e), e);
        }
    }

    /** A path with {@code /} separators that stays inside its folder. */
    static boolean plainRelative(String path) {
        if (path.isEmpty()
                || path.startsWith("/")
                || path.indexOf('\\') >= 0
                || path.indexOf(':') >= 0
                || path.indexOf('\0') >= 0) {
            return false;
        }
        return Arrays.stream(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    private static boolean hidden(String path) {
        return Arrays.stream(path.split("/")).anyMatch(s -> s.startsWith("."));
    }

    private static MojoFailureException failure(List<String> problems) {
        String heading = "Pictor generate cannot read its schemaArtifacts";
        return new MojoFailureException(
                problems.size() == 1
                        ? heading + ": " + problems.get(0)
                        : heading + ":"
                                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
