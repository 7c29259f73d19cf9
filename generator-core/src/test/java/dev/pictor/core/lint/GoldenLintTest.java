package dev.pictor.core.lint;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deliberately broken schema roots under {@code src/test/resources/golden/lint/<case>/root}, each linted with every
 * built-in rule and compared line for line with {@code <case>/expected.txt}.
 */
class GoldenLintTest {

    private static final Path CASES = Path.of("src/test/resources/golden/lint");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findingsMatchTheGoldenFile(String name) throws Exception {
        Path root = CASES.resolve(name).resolve("root");
        List<Diagnostic> found = Linter.standard().lint(root, List.of()).diagnostics();
        String text = found.stream().map(d -> d.toText() + "\n").collect(Collectors.joining());
        Golden.assertMatches(CASES.resolve(name).resolve("expected.txt"), text);
    }
}
