package dev.pictor.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each asserted format on its boundary values, and on every string case of the JSON-Schema-Test-Suite's {@code
 * optional/format} file of both dialects (the generated validators are run on the same files by generator-core's
 * {@code JsonSchemaSuiteConformanceTest}).
 */
class FormatsTest {

    private static final Path SUITE = Path.of("..", "testdata", "json-schema-test-suite", "tests");

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyStringCaseOfTheSuiteAgrees(Format format) throws Exception {
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (String dialect : List.of("draft2020-12", "draft7")) {
            Path file = SUITE.resolve(dialect).resolve("optional/format/" + format.keyword() + ".json");
            if (!Files.isRegularFile(file)) {
                assertEquals("draft7", dialect, "missing " + file);
                assertTrue(
                        format == Format.DURATION || format == Format.UUID,
                        "draft-07 has no file for " + format.keyword());
                continue;
            }
            for (JsonNode group : new ObjectMapper().readTree(file.toFile())) {
                for (JsonNode test : group.get("tests")) {
                    if (!test.get("data").isTextual()) {
                        continue;
                    }
                    cases++;
                    boolean expected = test.get("valid").asBoolean();
                    if (format.test(test.get("data").textValue()) != expected) {
                        disagreements.add(dialect + " " + test.get("data") + " ("
                                + test.get("description").asText() + "): suite says " + expected);
                    }
                }
            }
        }
        assertTrue(cases > 0);
        assertEquals(List.of(), disagreements, String.join("\n", disagreements));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "date|2000-02-29|true",
                "date|1900-02-29|false",
                "date|2021-12-31|true",
                "date-time|2021-12-31T23:59:60.5+00:00|true",
                "date-time|2021-12-31T00:00:00.Z|false",
                "time|00:00:00+23:59|true",
                "time|00:29:60+00:30|true",
                "duration|P1Y2M3DT4H5M6S|true",
                "duration|P1YT|false",
                "email|a@b|true",
                "email|\"a\\\"b\"@example.com|true",
                "email|a@[IPv6:1::2:3]|true",
                "hostname|xn--nxasmq6b.com|true",
                "hostname|xn--a.com|false",
                "ipv4|001.2.3.4|false",
                "ipv6|1::2:3:4:5:6:7|true",
                "ipv6|1::2:3:4:5:6:7:8|false",
                "uri|urn:isbn:0451450523|true",
                "uri|http://[v1.fe80::a+en1]/|true",
                "uri|http://host:80:80/|false",
                "uri-reference|../a?b#c|true",
                "uuid|2EB8AA08-AA98-11EA-B4AA-73B441D16380|true",
                "json-pointer|/~|false",
                "relative-json-pointer|0#|true",
                "regex|[a-|false",
            })
    void boundaries(String format, String value, boolean valid) {
        assertEquals(valid, Format.named(format).orElseThrow().test(value), value);
    }

    @Test
    void aViolationNamesTheFormat() {
        assertEquals(
                "/when: \"2020-02-30\" is not of the format \"date\" [format]",
                ChecksTest.one(v -> Checks.format(v, Pointer.ROOT.member("when"), "2020-02-30", Format.DATE)));
        assertEquals("", ChecksTest.one(v -> Checks.format(v, Pointer.ROOT, (String) null, Format.DATE)));
    }

    @Test
    void aJsonValueOtherThanAStringPasses() {
        Violations v = new Violations();
        assertTrue(Checks.format(v, Pointer.ROOT, IntNode.valueOf(12), Format.EMAIL));
        assertFalse(Checks.format(v, Pointer.ROOT, TextNode.valueOf("12"), Format.EMAIL));
        assertEquals(1, v.size());
    }

    @Test
    void onlyTheFormatsPictorAssertsHaveAName() {
        assertTrue(Format.named("idn-hostname").isEmpty());
        assertTrue(Format.named("iri").isEmpty());
        assertEquals(Format.DATE_TIME, Format.named("date-time").orElseThrow());
    }
}
