package dev.pictor.maven;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.load.SchemaRoot;
import dev.pictor.core.load.SchemaRootException;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a goal can skip its work: the state file holds two fingerprints of the last successful run, one of
 * everything its output depends on, one of the output it left; when both still match, nothing would change and the
 * run is skipped. For {@code pictor:generate}:
 *
 * <ul>
 *   <li><b>inputs</b>: every document the loader reads (each {@code *.json} under the schemas root, by path and bytes:
 *       model documents, {@code provider.json}, shared {@code *.schema.json} fragments, {@code pictor-lint.json}),
 *       the contents of every other folder or file the options name (a templates folder), the whole configuration
 *       (every component of {@link GenerateOptions}: base package, includes, excludes, rules, failOnWarning, output
 *       folders) and the plugin (its version, and the size and time of the plugin's and the core's jars, so that a
 *       rebuilt snapshot regenerates).</li>
 *   <li><b>outputs</b>: each output folder's {@value #MANIFEST} manifest and, for every file it lists, its path,
 *       size and modification time: a deleted, edited or touched generated file makes the next run a full one,
 *       which restores it.</li>
 * </ul>
 *
 * <p>For {@code pictor:lint}, the inputs are the documents, the goal's configuration and the plugin, as above; the
 * output is the SARIF report, by its bytes. The state also keeps the summary of the run, so that an up-to-date run
 * can say what the findings were without linting again.
 *
 * <p>The state file is deleted before a full run and written only after one succeeds, so that a failed or cut-short
 * run is never taken for an up-to-date one.
 */
final class UpToDate {

    /** The manifest of generated files that the core keeps in each output folder. */
    static final String MANIFEST = ".pictor-generated";

    private final Path stateFile;
    private final String goal;

    /** @param goal the goal whose runs the state file records ({@code generate}, {@code lint}), for its header */
    UpToDate(Path stateFile, String goal) {
        this.stateFile = stateFile.toAbsolutePath().normalize();
        this.goal = goal;
    }

    Path stateFile() {
        return stateFile;
    }

    /**
     * The two fingerprints of a run, and what the run said about its findings (its summary line; empty when the goal
     * does not keep it).
     */
    record State(String inputs, String outputs, String summary) {

        State(String inputs, String outputs) {
            this(inputs, outputs, "");
        }
    }

    /** The fingerprint of the goal's output as it is now; empty when it is missing. */
    @FunctionalInterface
    interface Outputs {
        Optional<String> now() throws IOException;
    }

    /**
     * The fingerprint of everything the output of a run with these options depends on; empty when the schemas root
     * cannot be listed (the run then fails with the reason).
     */
    static Optional<String> inputs(GenerateOptions options, String pluginStamp) throws IOException {
        Fingerprint fingerprint = new Fingerprint().text("pictor", pluginStamp).text("options", options.toString());
        if (!documents(fingerprint, options.schemasRoot())) {
            return Optional.empty();
        }
        for (Path input : otherInputs(options)) {
            fingerprint.folder("input " + input, input);
        }
        return Optional.of(fingerprint.hex());
    }

    /**
     * The fingerprint of everything a lint run's findings depend on: every document the loader reads under the
     * schemas root (by path and bytes), the goal's configuration and the plugin; empty when the root cannot be listed
     * (the run then fails with the reason).
     */
    static Optional<String> lintInputs(Path schemasRoot, String configuration, String pluginStamp) throws IOException {
        Fingerprint fingerprint = new Fingerprint().text("pictor", pluginStamp).text("configuration", configuration);
        return documents(fingerprint, schemasRoot) ? Optional.of(fingerprint.hex()) : Optional.empty();
    }

    /** Adds every {@code *.json} the loader reads under the root, by path and bytes; false when it cannot list them. */
    private static boolean documents(Fingerprint fingerprint, Path root) throws IOException {
        List<String> documents;
        SchemaRoot schemas;
        try {
            schemas = SchemaRoot.open(root);
            documents = schemas.jsonFiles(new Diagnostics());
        } catch (SchemaRootException e) {
            return false;
        }
        fingerprint.text("documents", documents.size() + " files");
        for (String document : documents) {
            fingerprint.read("document", document, schemas.path().resolve(document));
        }
        return true;
    }

    /**
     * The fingerprint of one output file, by its bytes; empty when it is not a regular file or the bounded reader
     * refuses it (a run then does its work again).
     */
    static Optional<String> file(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fingerprint()
                    .file("output", "", BoundedFiles.read(file, file.toString()))
                    .hex());
        } catch (BoundedFiles.Refused e) {
            return Optional.empty();
        }
    }

    /**
     * Every folder or file the options name besides the schemas root and the output folders (a templates folder):
     * the generator reads it, so its contents are an input. Found by the options' record components, so that an
     * option added later is covered without a change here.
     */
    static List<Path> otherInputs(GenerateOptions options) {
        Set<Path> outputs = Set.of(
                normal(options.schemasRoot()), normal(options.sourceDirectory()), normal(options.resourceDirectory()));
        Set<Path> inputs = new LinkedHashSet<>();
        for (RecordComponent component : GenerateOptions.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(options);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read the option " + component.getName(), e);
            }
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            Path path = value instanceof Path p ? p : value instanceof File f ? f.toPath() : null;
            if (path != null && !outputs.contains(normal(path))) {
                inputs.add(normal(path));
            }
        }
        return List.copyOf(inputs);
    }

    /**
     * The fingerprint of the output folders as they are now; empty when one of them has no manifest or a file its
     * manifest lists is missing.
     */
    static Optional<String> outputs(List<Path> folders) throws IOException {
        Fingerprint fingerprint = new Fingerprint();
        for (Path folder :
                new LinkedHashSet<>(folders.stream().map(UpToDate::normal).toList())) {
            Path manifest = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest)) {
                return Optional.empty();
            }
            byte[] listing;
            try {
                listing = BoundedFiles.read(manifest, manifest.toString());
            } catch (BoundedFiles.Refused e) {
                return Optional.empty(); // a full run writes it again
            }
            fingerprint.file("manifest", folder.toString(), listing);
            for (String line : new String(listing, StandardCharsets.UTF_8).split("\n")) {
                String path = line.strip();
                if (path.isEmpty() || path.startsWith("#")) {
                    continue;
                }
                Path file = folder.resolve(path);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    return Optional.empty(); // missing or unreadable: a full run restores it
                }
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                fingerprint.text(
                        path,
                        attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return Optional.of(fingerprint.hex());
    }

    /** The state of the last successful run, or empty when there is none (or it cannot be read). */
    Optional<State> read() {
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        String inputs = null;
        String outputs = null;
        String summary = "";
        try {
            String text = new String(BoundedFiles.read(stateFile, stateFile.toString()), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("inputs ")) {
                    inputs = line.substring("inputs ".length()).strip();
                } else if (line.startsWith("outputs ")) {
                    outputs = line.substring("outputs ".length()).strip();
                } else if (line.startsWith("summary ")) {
                    summary = line.substring("summary ".length()).strip();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return inputs == null || outputs == null ? Optional.empty() : Optional.of(new State(inputs, outputs, summary));
    }

    void write(State state) throws IOException {
        Path folder = stateFile.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        String header = "# Pictor " + goal + ": fingerprints of the inputs, configuration and plugin of the last"
                + " successful run, and of\n# what it left. While both match, the run is skipped. Delete this file to"
                + " force a full run.\n";
        String summary =
                state.summary().isEmpty() ? "" : "summary " + state.summary().replace('\n', ' ') + "\n";
        AtomicFiles.writeIfChanged(
                stateFile,
                (header + "inputs " + state.inputs() + "\noutputs " + state.outputs() + "\n" + summary)
                        .getBytes(StandardCharsets.UTF_8));
    }

    void forget() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /** Why a generate run with these fingerprints is not up to date, or empty when it is. */
    Optional<String> staleness(Optional<String> inputs, List<Path> folders) throws IOException {
        return staleness(inputs, () -> outputs(folders), "generated files were changed, added or removed");
    }

    /**
     * Why a run with these fingerprints is not up to date, or empty when it is.
     *
     * @param outputs what the output is now
     * @param changed what it means when the output no longer matches ({@code the SARIF report was changed})
     */
    Optional<String> staleness(Optional<String> inputs, Outputs outputs, String changed) throws IOException {
        Optional<State> last = read();
        if (last.isEmpty()) {
            return Optional.of("no earlier successful run is recorded in " + stateFile);
        }
        if (inputs.isEmpty() || !inputs.get().equals(last.get().inputs())) {
            return Optional.of("the schemas, the configuration or the plugin changed");
        }
        Optional<String> now = outputs.now();
        if (now.isEmpty() || !now.get().equals(last.get().outputs())) {
            return Optional.of(changed + " since the last run");
        }
        return Optional.empty();
    }

    /** Abbreviated for a log line. */
    static String shortHex(String hex) {
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
