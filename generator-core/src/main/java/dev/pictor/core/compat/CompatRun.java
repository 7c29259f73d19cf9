package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.Progress;
import dev.pictor.core.load.SchemaRoot;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A compatibility check over a schemas root, or over two model documents.
 *
 * <ul>
 *   <li>{@link #root(Path)}: for each model (provider and model id) with two or more versions, its newest version
 *       (by snapshot date, then version) against the one before it. Models with one version are counted and left
 *       out; an {@code acknowledged} entry in such a document is reported as unused.</li>
 *   <li>{@link #files(Path, Path)}: NEW against OLD. Each file must lie in a schemas root, at
 *       {@code <provider>/<model path>/<version>.json}, under a folder that holds {@code <provider>/provider.json}:
 *       the root is found by going up from the file to the first folder with a {@code provider.json}, and its parent
 *       is loaded, so that the document is checked exactly as {@code lint} checks it (its provider, its place, its
 *       {@code $ref}s to shared schemas). A loose file anywhere else is refused: copy it into a root first. The two
 *       files may be in two different roots; each finding's file is relative to its own root.</li>
 * </ul>
 *
 * Loader errors are part of the result (a document that does not load cannot be compared, and leaving it out would
 * compare the wrong versions); the loader's warnings and notes are left to {@code lint}.
 */
public final class CompatRun {

    /** The order of a model's versions: by snapshot date, then by version (as the runtime orders bindings). */
    public static final Comparator<ModelDocument> VERSION_ORDER =
            Comparator.comparing(ModelDocument::snapshot).thenComparing(ModelDocument::version);

    private CompatRun() {}

    /** Each model's newest version against the one before it. */
    public static CompatResult root(Path root) throws SchemaRootException {
        return root(root, Progress.NONE);
    }

    /** Each model's newest version against the one before it, telling {@code loading} after each document read. */
    public static CompatResult root(Path root, Progress loading) throws SchemaRootException {
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = DocumentLoader.load(SchemaRoot.open(root), diagnostics, loading);
        List<CompatFinding> findings = new ArrayList<>(errors(diagnostics, List.of()));
        Map<String, List<ModelDocument>> byModel = new TreeMap<>();
        for (ModelDocument m : set.models()) {
            byModel.computeIfAbsent(m.provider() + "\n" + m.model(), k -> new ArrayList<>())
                    .add(m);
        }
        List<CompatResult.Comparison> comparisons = new ArrayList<>();
        int single = 0;
        for (List<ModelDocument> versions : byModel.values()) {
            versions.sort(VERSION_ORDER);
            ModelDocument newest = versions.get(versions.size() - 1);
            if (versions.size() < 2) {
                single++;
                findings.addAll(CompatChecker.unusedAcknowledgements(newest));
                continue;
            }
            ModelDocument previous = versions.get(versions.size() - 2);
            comparisons.add(comparison(previous, newest));
            findings.addAll(CompatChecker.compare(previous, newest, set, set));
        }
        return new CompatResult(comparisons, single, findings);
    }

    /**
     * {@code newer} against {@code older}, two model documents each in its schemas root.
     *
     * @throws SchemaRootException when a file is missing, lies in no schemas root, or is not a model document
     */
    public static CompatResult files(Path older, Path newer) throws SchemaRootException {
        Path olderRoot = rootOf(older, "OLD");
        Path newerRoot = rootOf(newer, "NEW");
        Loaded o = Loaded.of(olderRoot);
        Loaded n = olderRoot.equals(newerRoot) ? o : Loaded.of(newerRoot);
        String olderFile = relative(olderRoot, older);
        String newerFile = relative(newerRoot, newer);
        if (olderRoot.equals(newerRoot) && olderFile.equals(newerFile)) {
            throw new SchemaRootException("OLD and NEW are the same file, " + newer);
        }
        List<CompatFinding> findings = new ArrayList<>(errors(o.diagnostics(), List.of(olderFile)));
        findings.addAll(errors(n.diagnostics(), List.of(newerFile)));
        Optional<ModelDocument> od = o.document(olderFile, older, olderRoot, !findings.isEmpty());
        Optional<ModelDocument> nd = n.document(newerFile, newer, newerRoot, !findings.isEmpty());
        List<CompatResult.Comparison> comparisons = new ArrayList<>();
        if (od.isPresent() && nd.isPresent()) {
            comparisons.add(comparison(od.get(), nd.get()));
            findings.addAll(CompatChecker.compare(od.get(), nd.get(), o.set(), n.set()));
        }
        return new CompatResult(comparisons, 0, findings);
    }

    /**
     * The schemas root a model document lies in: the parent of the nearest folder above the file's own folder that
     * holds a {@code provider.json}.
     */
    public static Path rootOf(Path file, String what) throws SchemaRootException {
        if (!Files.isRegularFile(file)) {
            throw new SchemaRootException(
                    what + " " + file + (Files.exists(file) ? " is not a file" : " does not exist"));
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new SchemaRootException(what + " " + file + " cannot be read: " + e.getMessage());
        }
        Path parent = real.getParent();
        Path folder = parent == null ? null : parent.getParent();
        for (; folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(DocumentLoader.PROVIDER_FILE))) {
                return folder.getParent();
            }
        }
        throw new SchemaRootException(what + " " + file + " is not in a schemas root: no <provider>/"
                + DocumentLoader.PROVIDER_FILE + " above it. A document is compared where lint would check it, at "
                + "<root>/<provider>/<model path>/<version>.json; copy a loose file into a schemas root first");
    }

    private static String relative(Path root, Path file) throws SchemaRootException {
        try {
            StringBuilder name = new StringBuilder();
            for (Path part : root.toRealPath().relativize(file.toRealPath())) {
                name.append(name.length() == 0 ? "" : "/").append(part);
            }
            return name.toString();
        } catch (IOException e) {
            throw new SchemaRootException(file + " cannot be read: " + e.getMessage());
        }
    }

    /** The loader's errors, about the given files only when {@code files} is not empty. */
    private static List<CompatFinding> errors(Diagnostics diagnostics, List<String> files) {
        return diagnostics.sorted().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .filter(d -> files.isEmpty() || files.contains(d.location().file()))
                .map(CompatFinding::of)
                .toList();
    }

    private static CompatResult.Comparison comparison(ModelDocument older, ModelDocument newer) {
        return new CompatResult.Comparison(
                newer.provider(),
                older.model(),
                older.version(),
                older.file(),
                newer.model(),
                newer.version(),
                newer.file());
    }

    /** One loaded root. */
    private record Loaded(SchemaSet set, Diagnostics diagnostics) {

        static Loaded of(Path root) throws SchemaRootException {
            Diagnostics diagnostics = new Diagnostics();
            return new Loaded(DocumentLoader.load(SchemaRoot.open(root), diagnostics), diagnostics);
        }

        /** The model document at {@code file}; empty when it has errors (reported), refused when it is none. */
        Optional<ModelDocument> document(String file, Path given, Path root, boolean hasErrors)
                throws SchemaRootException {
            Optional<ModelDocument> doc =
                    set.models().stream().filter(m -> m.file().equals(file)).findFirst();
            boolean reported = diagnostics.sorted().stream()
                    .map(Diagnostic::location)
                    .anyMatch(l -> l.file().equals(file));
            if (doc.isEmpty() && !(hasErrors && reported)) {
                throw new SchemaRootException(given + " is not a model document of the schemas root " + root
                        + " (a provider document, a shared schema or pictor-lint.json cannot be compared)");
            }
            return doc;
        }
    }
}
