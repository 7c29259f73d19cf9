package dev.pictor.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schemas root one suite file becomes: provider {@code suite}, and one model document per test group, model
 * {@code g<index>}, whose input is the group's schema in the file's dialect.
 */
final class SuiteRoot {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The URI prefix the suite's schemas name its remote documents by. */
    static final String REMOTES = "http://localhost:1234/";

    private SuiteRoot() {}

    /** The root-relative path of group {@code index}'s model document. */
    static String modelFile(int index) {
        return "suite/g" + index + "/2025-01-01.json";
    }

    /**
     * Writes the schemas root of one suite file into {@code root}: the provider, and each group's schema as a model
     * document. Everything the root holds is written here, so that what the suite's schemas need of it (such as a
     * mapping of {@code http://localhost:1234/} to the suite's {@code remotes/} folder, {@link SuiteFolder#remotes()})
     * is added in this one place.
     *
     * @param assertFormats whether each model document asks for {@code format} to be asserted
     */
    static void write(Path root, String dialect, JsonNode groups, boolean assertFormats) throws IOException {
        Files.createDirectories(root.resolve("suite"));
        copyRemotes(root);
        Files.writeString(root.resolve("suite/provider.json"), """
                {"provider": "suite", "name": "JSON-Schema-Test-Suite", "transport": "none",
                 "baseUrl": "https://suite.invalid", "placeholders": {},
                 "auth": {"scheme": "none", "tokenEnv": "SUITE_TOKEN"}, "vendorKeywords": [], "source": "suite"}
                """, StandardCharsets.UTF_8);
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("provider", "suite");
            doc.put("model", "g" + g);
            doc.put("version", "2025-01-01");
            doc.put("snapshot", "2025-01-01");
            doc.put("task", "conformance");
            doc.put("origin", "published");
            doc.put("source", "JSON-Schema-Test-Suite");
            doc.put("dialect", dialectUri(dialect));
            if (assertFormats) {
                doc.put("formats", "assert");
            }
            doc.put("input", groups.get(g).get("schema"));
            doc.put("output", Map.of("type", "object"));
            Path file = root.resolve(modelFile(g));
            Files.createDirectories(file.getParent());
            Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        }
    }

    /**
     * The suite's {@code remotes/} folder copied into the root, and mapped from {@value #REMOTES} by the root's
     * {@code pictor-root.json}: the mechanism users get for their own schemas, so nothing is ever fetched.
     */
    private static void copyRemotes(Path root) throws IOException {
        Path remotes = SuiteFolder.remotes();
        try (Stream<Path> files = Files.walk(remotes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path copy =
                        root.resolve("remotes").resolve(remotes.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        Files.writeString(
                root.resolve("pictor-root.json"),
                "{\"uriMappings\": {\"" + REMOTES + "\": \"remotes/\"}}",
                StandardCharsets.UTF_8);
    }

    /** The {@code $schema} URI of a suite dialect folder. */
    static String dialectUri(String dialect) {
        return switch (dialect) {
            case "draft7" -> "http://json-schema.org/draft-07/schema#";
            case "draft2020-12" -> "https://json-schema.org/draft/2020-12/schema";
            default -> throw new IllegalArgumentException("no dialect " + dialect);
        };
    }
}
