package dev.pictor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.codemodel.JCodeModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsonschema2pojo.SchemaMapper;

/**
 * jsonschema2pojo-core, the peer of the speed figures, through its own API with its default options ({@code new
 * SchemaMapper()}: {@code DefaultGenerationConfig}, Jackson 2 annotations): each catalog file's {@code schema.input}
 * and {@code schema.output} become classes {@code Input} and {@code Output} (and their nested types) in a package
 * named by the file's folder and name, all in one code model written to one folder.
 */
final class Jsonschema2pojoRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jsonschema2pojoRun() {}

    /**
     * Generates the classes of every file into {@code out} and returns how many schemas were mapped; adds to {@code
     * failed} the schemas jsonschema2pojo refused, with its message.
     */
    static int generate(List<Path> catalogFiles, Path out, List<String> failed) throws IOException {
        JCodeModel codeModel = new JCodeModel();
        SchemaMapper mapper = new SchemaMapper();
        int schemas = 0;
        for (Path file : catalogFiles) {
            JsonNode schema = JSON.readTree(file.toFile()).path("schema");
            String pkg = packageName(file);
            for (String side : List.of("input", "output")) {
                JsonNode node = schema.get(side);
                if (node != null) {
                    String name = Character.toUpperCase(side.charAt(0)) + side.substring(1);
                    try {
                        mapper.generate(codeModel, name, pkg, JSON.writeValueAsString(node));
                        schemas++;
                    } catch (IllegalArgumentException e) {
                        // jsonschema2pojo gives up on a schema it cannot map (moondream3.1-9B-A2B's output: "Path
                        // not present: properties"); the others still count, as a user would skip that one.
                        failed.add(file.getFileName() + " " + side + ": " + e.getMessage());
                    }
                }
            }
        }
        Files.createDirectories(out);
        // No status stream: the names of the files written are not printed.
        codeModel.build(out.toFile(), (PrintStream) null);
        return schemas;
    }

    /** {@code c001.aura_1} for {@code .../c001/aura-1.json}: a valid package name, distinct per file. */
    private static String packageName(Path file) {
        String parent = file.getParent() == null
                ? "corpus"
                : file.getParent().getFileName().toString();
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return identifier(parent) + "." + identifier(name);
    }

    private static String identifier(String text) {
        String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }
}
