package dev.pictor.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule, the loader and the link check on one object of 40,000 properties, 4,000 of them sharing type and
 * description: before, the duplicate check compared every pair (16,000 properties took 24 s, 40,000 did not end in
 * 120 s, 2,000 shared descriptions gave 2 million findings) and the link looked for each nested type's name among
 * every type decided so far. Each finding now comes once per group; the timeout is generous (it only says the run
 * ends), since time is not asserted in tests.
 */
class LargeObjectLintTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fortyThousandPropertiesLintWithFindingsOncePerGroup() throws SchemaRootException {
        String properties = IntStream.range(0, 40_000)
                .mapToObj(i -> "\"p" + i + "\": {\"type\": \"string\", \"description\": \""
                        + (i % 10 == 0 ? "shared" : "own " + i) + "\"}")
                .collect(Collectors.joining(",\n"));
        TestRoot.create(dir).model("m", "{\"type\": \"object\", \"properties\": {" + properties + "}}");
        List<Diagnostic> found = Linter.standard().lint(dir, List.of()).diagnostics();
        Map<String, Long> byCode =
                new TreeMap<>(found.stream().collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting())));
        assertEquals(
                Map.of("generate.too-many-properties", 1L, "model.duplicate-parameter", 1L),
                byCode,
                found.stream().map(Diagnostic::toText).limit(5).toList().toString());
    }
}
