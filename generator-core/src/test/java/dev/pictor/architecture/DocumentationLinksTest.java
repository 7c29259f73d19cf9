package dev.pictor.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's Markdown pages link to files and headings that exist, and the README's first screen says what a
 * newcomer needs first: what Pictor is, the two commands, the quick start and where the rest is documented.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkOfEveryPageResolves() throws IOException {
        Path repository = repository();
        List<String> broken = new ArrayList<>();
        for (Path page : pages(repository)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // a URL: not checked, never fetched
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved =
                        file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = repository.relativize(page) + ": " + target;
                if (!Files.exists(resolved)) {
                    broken.add(where + " (no such file)");
                } else if (hash >= 0
                        && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(where + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmesFirstScreenHasTheCommandsTheQuickStartAndTheDocumentation() throws IOException {
        List<String> lines = Files.readAllLines(repository().resolve("README.md"), StandardCharsets.UTF_8);
        String firstScreen = String.join("\n", lines.subList(0, Math.min(50, lines.size())));
        for (String expected : List.of(
                "mvn -B -q -DskipTests package",
                "mvn -B verify",
                "(#quick-start-your-project)",
                "(#documentation)",
                "runtime/README.md#calling-a-model-pictorclient")) {
            assertTrue(firstScreen.contains(expected), "the README's first 50 lines lack " + expected);
        }
    }

    /** GitHub's anchors of a page's headings: lower case, punctuation but hyphens dropped, spaces as hyphens. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                anchors.add(m.group(1)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** Every Markdown page of the repository but the verbatim test data and build output. */
    private static List<Path> pages(Path repository) throws IOException {
        try (Stream<Path> files = Files.walk(repository)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        String relative = repository.relativize(p).toString().replace('\\', '/');
                        return !relative.startsWith("testdata/")
                                && !relative.contains("/target/")
                                && !relative.startsWith("target/")
                                && !relative.startsWith(".git/");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static Path repository() {
        String property = System.getProperty("pictor.repository");
        if (property == null) {
            throw new IllegalStateException("system property pictor.repository is not set (surefire sets it)");
        }
        return Path.of(property).toAbsolutePath().normalize();
    }
}
