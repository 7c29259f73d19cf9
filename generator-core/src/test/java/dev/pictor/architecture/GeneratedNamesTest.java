package dev.pictor.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code JavaNames} makes every generated name: an emitter that glues a name together itself ({@code name +
 * "Validator"}, {@code "check" + pointer}) can produce one that collides with a schema's own, or one another emitter
 * spells differently. This test reads the emitters' sources and fails on such a concatenation, with its line.
 */
class GeneratedNamesTest {

    /** A string literal that is a type-name or member-name fragment, joined with {@code +} on either side. */
    private static final Pattern BUILT_NAME = Pattern.compile(
            "\"(?:[A-Z][A-Za-z0-9_]*|check|wire|item|value|set|get|with)\"\\s*\\+|\\+\\s*\"[A-Z][A-Za-z0-9_]*\"");

    private static final Path EMITTERS = Path.of("src/main/java/dev/pictor/core/codegen");

    @Test
    void noEmitterBuildsAGeneratedName() throws IOException {
        assertEquals(
                List.of(), builtNames(repository().resolve("generator-core").resolve(EMITTERS)));
    }

    @Test
    void theCheckFindsAGluedName() throws IOException {
        Path folder = Files.createTempDirectory("emitters");
        try {
            Files.writeString(
                    folder.resolve("Glue.java"),
                    "class Glue {\n  String n(String b) {\n    return b + \"Validator\";\n  }\n}\n",
                    StandardCharsets.UTF_8);
            assertEquals(List.of("Glue.java:3: return b + \"Validator\";"), builtNames(folder));
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    private static List<String> builtNames(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (BUILT_NAME.matcher(lines.get(i)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    private static Path repository() {
        String property = System.getProperty("pictor.repository");
        if (property == null) {
            throw new IllegalStateException("system property pictor.repository is not set (surefire sets it)");
        }
        return Path.of(property);
    }
}
