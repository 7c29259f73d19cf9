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

    /** A number whose plain form would be a billion digits is refused where it stands, never expanded. */
    @Test
    void aHugeExponentIsALocatedErrorNotAnExpansion() {
        assertTrue(read("{\n  \"maximum\":\n    1e999999999\n}").isEmpty());
        assertEquals(
                List.of("p/m.json:3:5: error: json.number-too-large: the number 1e999999999 is of the order of"
                        + " 1e999999999, outside the 1e-1000 to 1e1000 Pictor reads; it is not expanded and the document"
                        + " is not read further (hint: no schema needs such a number: write the bound you mean, or a"
                        + " string if it is data)"),
                findings());
    }

    @Test
    void exponentsBeyondAnIntAndTinyNumbersAreRefusedToo() {
        assertTrue(read("{\"a\": 1e99999999999}").isEmpty());
        assertTrue(read("{\"a\": 0.5e-1001}").isEmpty());
        assertEquals(2, findings().size());
        assertTrue(findings().stream().allMatch(f -> f.startsWith("p/m.json:1:7: error: json.number-too-large: ")));
    }

    @Test
    void numbersSchemasUseStillRead() {
        LocatedObject root = read("{\"a\": 1e308, \"b\": -9223372036854776000, \"c\": 4.9e-324, \"d\": " + "1"
                        + "0".repeat(999) + "}")
                .orElseThrow()
                .asObject()
                .orElseThrow();
        assertEquals(List.of(), findings());
        assertEquals(
                1000,
                ((LocatedNode.LocatedNumber) root.get("d").orElseThrow())
                        .literal()
                        .length());
    }

    /** 200,000 digits on line 18: reported there (Jackson's own length check said no location, so 1:1). */
    @Test
    void aTwoHundredThousandDigitNumberIsLocatedOnItsLine() {
        StringBuilder document = new StringBuilder("{\n");
        for (int line = 2; line < 18; line++) {
            document.append("  \"x").append(line).append("\": 1,\n");
        }
        document.append("  \"big\": ").append("9".repeat(200_000)).append("\n}");
        assertTrue(read(document.toString()).isEmpty());
        assertEquals(
                List.of("p/m.json:18:10: error: json.number-too-large: a number of 200,000 characters; the most Pictor"
                        + " reads is 1,000; it is not expanded and the document is not read further (hint: no schema"
                        + " needs such a number: write the bound you mean, or a string if it is data)"),
                findings());
    }

    /** Bytes that are not UTF-8 are located, never read as U+FFFD. */
    @Test
    void invalidUtf8IsLocatedAtTheBadByte() {
        byte[] content = "{\n  \"title\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(LocatedJsonReader.read("p/m.json", content, diagnostics).isEmpty());
        assertEquals(
                List.of("p/m.json:2:16: error: file.not-utf8: byte 0xE9 (byte 18 of the file) is not valid UTF-8;"
                        + " Pictor reads every input as UTF-8 (hint: save the file as UTF-8)"),
                findings());
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkAndCrLfIsLocatedAsTheParserCounts() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "{\r\n\"a\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(rest, 0, content, bom.length, rest.length);
        assertTrue(LocatedJsonReader.read("p/m.json", content, diagnostics).isEmpty());
        assertTrue(
                findings().get(0).startsWith("p/m.json:2:7: error: file.not-utf8: byte 0xFF "),
                findings().toString());
    }
}
