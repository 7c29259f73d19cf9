package dev.pictor.core.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the harness mutates: the repository's model documents ({@code schemas/}, the seed models, 12 of them), and the
 * provider documents they need, which every fuzzed root gets unchanged.
 *
 * @param models    the model documents, in path order
 * @param providers {@code provider.json} of each provider, by its path under the root
 */
record SeedDocuments(List<ObjectNode> models, Map<String, String> providers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The documents of {@code schemas/} (the folder the build names in {@code pictor.schemas}). */
    static SeedDocuments load() {
        Path root = Path.of(System.getProperty("pictor.schemas", "../schemas"));
        Map<String, ObjectNode> models = new TreeMap<>();
        Map<String, String> providers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (file.getFileName().toString().equals("provider.json")) {
                    providers.put(relative, Files.readString(file));
                } else if (relative.contains("/")) {
                    models.put(relative, (ObjectNode) JSON.readTree(file.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (models.size() < 12 || providers.isEmpty()) {
            throw new IllegalStateException("expected the 12 seed models under " + root + ", found " + models.keySet());
        }
        return new SeedDocuments(List.copyOf(models.values()), Map.copyOf(providers));
    }
}
