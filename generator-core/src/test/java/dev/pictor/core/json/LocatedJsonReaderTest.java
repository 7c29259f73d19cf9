package dev.pictor.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocatedJsonReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<LocatedNode> read(String text) {
        return LocatedJsonReader.read("p/m.json", text.getBytes(StandardCharsets.UTF_8), diagnostics);
    }

    private List<String> findings() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void everyNodeKnowsItsLineColumnAndPointer() {
        LocatedNode root = read("{\n  \"a\": {\"b/c\": [1, 2.5, \"x\"]},\n  \"t~\": true\n}")
                .orElseThrow();
        LocatedNode two = root.at("/a/b~1c/1").orElseThrow();
        assertEquals("p/m.json:2:20", two.location().toString());
        assertEquals("/a/b~1c/1", two.pointer());
        assertEquals("number", two.jsonType());
        assertEquals("/t~0", root.at("/t~0").orElseThrow().pointer());
        assertEquals("p/m.json:3:9", root.at("/t~0").orElseThrow().location().toString());
        assertTrue(findings().isEmpty());
    }

    @Test
    void integralNumbersAreIntegersAsJsonSchemaCountsThem() {
        LocatedObject root = read("{\"a\": 1.0, \"b\": 1.5, \"c\": 10}")
                .orElseThrow()
                .asObject()
                .orElseThrow();
        assertEquals("integer", root.get("a").orElseThrow().jsonType());
        assertEquals("number", root.get("b").orElseThrow().jsonType());
        assertEquals("1.0", ((LocatedNode.LocatedNumber) root.get("a").orElseThrow()).literal());
    }

    @Test
    void malformedJsonIsALocatedError() {
        assertTrue(read("{\n  \"a\": 1,\n  \"b\" 2\n}").isEmpty());
        List<String> found = findings();
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("p/m.json:3:7: error: json.malformed: "), found.get(0));
    }

    @Test
    void emptyFileIsAnError() {
        assertTrue(read("  \n").isEmpty());
        assertEquals(
                List.of("p/m.json:1:1: error: json.malformed: the file is empty (hint: a document is one JSON object)"),
                findings());
    }

    @Test
    void duplicateKeysAreReportedWhereTheSecondIsWritten() {
        read("{\"a\": 1,\n \"a\": 2}").orElseThrow();
        assertEquals(
                List.of("p/m.json:2:2: error: json.duplicate-key: member \"a\" appears twice in the root object;"
                        + " readers disagree on which one wins (hint: keep one of them)"),
                findings());
    }

    @Test
    void tenThousandLevelsAreRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertTrue(read(deep).isEmpty());
        List<String> found = findings();
        assertEquals(1, found.size());
        assertTrue(
                found.get(0).startsWith("p/m.json:1:129: error: json.too-deep: nesting deeper than 128 levels;"),
                found.get(0));
    }

    @Test
    void trailingContentIsAnError() {
        assertTrue(read("{} {}").isEmpty());
        assertTrue(findings().get(0).startsWith("p/m.json:1:4: error: json.malformed: unexpected content"));
    }
}
