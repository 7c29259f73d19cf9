package dev.pictor.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.AtomicFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The findings of one model document's per-document rules ({@link ModelRule}s), kept in a folder by the hash of
 * everything they depend on ({@link LintCacheKey}), so that a document that did not change is not linted again.
 * Rules that read several documents, the loader's findings and the link check are never cached.
 *
 * <p>Every entry is one file, written atomically (a temporary file, then one move), named by its key, under a folder
 * named after the format ({@value #FORMAT}): a Pictor that reads another format never sees the entry. An entry that
 * cannot be read or parsed is a miss, never a failure; a folder that cannot be written means nothing is kept. The
 * folder is bounded: once it holds more than {@code maxEntries} entries, the least recently written are deleted.
 */
public final class LintCache {

    /** The entries' format: the name of their folder, and a field of each. */
    static final String FORMAT = "lint-v1";

    /** How many entries a folder keeps by default: far more than any schemas root has documents. */
    public static final int DEFAULT_MAX_ENTRIES = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final String stamp;
    private final int maxEntries;

    /**
     * @param folder     where the entries go (a {@value #FORMAT} folder below it is created when first written)
     * @param stamp      what identifies the code that lints (Pictor's version and build); part of every key
     * @param maxEntries how many entries are kept at most
     */
    public LintCache(Path folder, String stamp, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        this.folder = folder.toAbsolutePath().normalize().resolve(FORMAT);
        this.stamp = stamp;
        this.maxEntries = maxEntries;
    }

    /** A cache in {@code folder} for the running Pictor ({@link #codeStamp()}), with the default bound. */
    public static LintCache in(Path folder) {
        return new LintCache(folder, codeStamp(), DEFAULT_MAX_ENTRIES);
    }

    /**
     * The user's cache folder for Pictor: {@code $XDG_CACHE_HOME/pictor}, else {@code ~/.cache/pictor}; where the
     * command line keeps its lint cache.
     */
    public static Path userFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pictor");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "pictor");
    }

    /**
     * What identifies the running Pictor: its version, and the path, size and time of the jar it was loaded from (a
     * rebuilt snapshot is another Pictor, whose findings may differ).
     */
    public static String codeStamp() {
        StringBuilder stamp = new StringBuilder(
                Optional.ofNullable(LintCache.class.getPackage().getImplementationVersion())
                        .orElse("unversioned"));
        CodeSource source = LintCache.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                Path location = Path.of(source.getLocation().toURI());
                stamp.append(' ').append(location);
                if (Files.isRegularFile(location)) {
                    BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
                    stamp.append(' ')
                            .append(attributes.size())
                            .append(' ')
                            .append(attributes.lastModifiedTime().toMillis());
                }
            } catch (URISyntaxException | IOException | RuntimeException e) {
                stamp.append(' ').append(source.getLocation());
            }
        }
        return stamp.toString();
    }

    /** What identifies the code that lints, for {@link LintCacheKey}. */
    String stamp() {
        return stamp;
    }

    /**
     * The findings kept under {@code key}: per view (as published, as refined), per rule of {@code rules} in their
     * order, the rule's findings; empty on a miss, and on an entry that cannot be read, is of another format or was
     * kept for other rules.
     */
    Optional<List<List<List<Diagnostic>>>> read(String key, List<String> rules) {
        Path file = folder.resolve(key + ".json");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode entry = JSON.readTree(Files.readAllBytes(file));
            if (!FORMAT.equals(entry.path("format").asText())
                    || !key.equals(entry.path("key").asText())
                    || !rules.equals(texts(entry.path("rules")))) {
                return Optional.empty();
            }
            List<List<List<Diagnostic>>> views = new ArrayList<>();
            for (JsonNode view : array(entry.path("views"))) {
                List<List<Diagnostic>> perRule = new ArrayList<>();
                for (JsonNode found : array(view)) {
                    List<Diagnostic> diagnostics = new ArrayList<>();
                    for (JsonNode d : array(found)) {
                        diagnostics.add(diagnostic(d));
                    }
                    perRule.add(List.copyOf(diagnostics));
                }
                if (perRule.size() != rules.size()) {
                    return Optional.empty();
                }
                views.add(List.copyOf(perRule));
            }
            return views.size() == 2 ? Optional.of(List.copyOf(views)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a corrupt or half-deleted entry is a miss
        }
    }

    /** Keeps {@code views} (as {@link #read} returns them) under {@code key}; a failure to write keeps nothing. */
    void write(String key, List<String> rules, List<List<List<Diagnostic>>> views) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("format", FORMAT);
        entry.put("key", key);
        ArrayNode ruleCodes = entry.putArray("rules");
        rules.forEach(ruleCodes::add);
        ArrayNode viewNodes = entry.putArray("views");
        for (List<List<Diagnostic>> view : views) {
            ArrayNode perRule = viewNodes.addArray();
            for (List<Diagnostic> found : view) {
                ArrayNode list = perRule.addArray();
                found.forEach(d -> list.add(json(d)));
            }
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(key + ".json"), JSON.writeValueAsBytes(entry));
        } catch (IOException | RuntimeException e) {
            // an unwritable cache only means the next run lints again
        }
    }

    /** Deletes the least recently written entries while there are more than the bound; never fails. */
    void trim() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> entries =
                    files.filter(f -> f.toString().endsWith(".json")).toList();
            if (entries.size() <= maxEntries) {
                return;
            }
            List<Path> oldestFirst = new ArrayList<>(entries);
            oldestFirst.sort(Comparator.comparing(LintCache::modified).thenComparing(Path::toString));
            for (Path old : oldestFirst.subList(0, entries.size() - maxEntries)) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // another run may be trimming too; the bound is kept by the next run
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static ObjectNode json(Diagnostic d) {
        ObjectNode node = JSON.createObjectNode();
        node.put("severity", d.severity().name());
        node.put("code", d.code());
        node.put("file", d.location().file());
        node.put("line", d.location().line());
        node.put("column", d.location().column());
        node.put("pointer", d.pointer());
        node.put("message", d.message());
        node.put("hint", d.hint());
        return node;
    }

    private static Diagnostic diagnostic(JsonNode node) {
        return new Diagnostic(
                Severity.valueOf(text(node, "severity").toUpperCase(Locale.ROOT)),
                text(node, "code"),
                new SourceLocation(text(node, "file"), number(node, "line"), number(node, "column")),
                text(node, "pointer"),
                text(node, "message"),
                text(node, "hint"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no text " + field);
        }
        return value.textValue();
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("no number " + field);
        }
        return value.intValue();
    }

    private static List<JsonNode> array(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("not an array");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(node)) {
            texts.add(item.asText());
        }
        return texts;
    }
}
