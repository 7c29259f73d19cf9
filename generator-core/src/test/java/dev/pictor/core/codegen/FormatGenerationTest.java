package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code format} asserted ({@code "formats": "assert"}), end to end, on the schemas root {@code
 * src/test/resources/golden/generate/formats/root}: one property per asserted format (typed strings, a nullable one,
 * and JSON values in an array), generated as its golden copy and compiled strictly; the validator refuses a value of
 * the wrong form with a located message, agrees with networknt (its format assertions on) on boundary values of each
 * format, reads {@code format} as an annotation when the document does not ask, and warns where a format it cannot
 * check is asked to be asserted.
 */
class FormatGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("formats");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static final Path ROOT = CASE.root();
    private static final String DOCUMENT = "acme/events/2025-01-01.json";

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(ROOT);
        set = DocumentLoader.load(ROOT, new Diagnostics());
    }

    @Test
    void aValueOfTheWrongFormIsRefusedWhereItIs() {
        assertEquals(
                List.of("/day: \"2021-02-29\" is not of the format \"date\""),
                fixture.lines("events", "{\"prompt\":\"p\",\"day\":\"2021-02-29\"}"));
        assertEquals(
                List.of("/tags/1: \"not-a-uuid\" is not of the format \"uuid\""),
                fixture.lines(
                        "events",
                        "{\"prompt\":\"p\",\"tags\":[\"2eb8aa08-aa98-11ea-b4aa-73b441d16380\",\"not-a-uuid\",7]}"));
        assertEquals(List.of(), fixture.lines("events", "{\"prompt\":\"p\",\"callback\":null}"));
    }

    @Test
    void theValidatorAgreesWithNetworkntOnBoundaryValues() {
        List<String> instances = new ArrayList<>();
        String[][] values = {
            {"day", "2020-02-29", "2021-02-29", "2020-1-01"},
            {"at", "23:59:60Z", "22:59:60Z", "12:00:00"},
            {"scheduled", "1998-12-31T23:59:60Z", "1990-02-31T15:59:59Z", "1963-06-19T08:30:06"},
            {"expires_in", "P1Y2M3DT4H5M6S", "P1D2H", "PT"},
            {"notify", "joe.bloggs@example.com", "te..st@example.com", "joe.bloggs@"},
            {"host", "a--b.example.com", "-host.example.com", "host_name"},
            {"ipv4", "255.255.255.255", "256.1.1.1", "127.0"},
            {"ipv6", "::ffff:192.168.0.1", "1::d6::42", "12345::"},
            {"callback", "https://example.com/a?b#c", "//example.com/a", "https://example.com/a b"},
            {"next", "../a?b#c", "\\\\windows\\share", "/%zz"},
            {"request_id", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "2eb8aa08aa9811eab4aa73b441d16380", ""},
            {"target", "/a~1b/~0", "/~2", "a/b"},
            {"relative", "0#", "-1/foo", "01/a"},
            {"filter", "^[a-z]+$", "^(abc]", "[a-"},
        };
        for (String[] row : values) {
            for (int i = 1; i < row.length; i++) {
                instances.add("{\"prompt\":\"p\",\"" + row[0] + "\":\"" + row[i].replace("\\", "\\\\") + "\"}");
            }
        }
        instances.add("{\"prompt\":\"p\",\"tags\":[\"2eb8aa08-aa98-11ea-b4aa-73b441d16380\",12,null]}");
        instances.add("{\"prompt\":\"p\",\"tags\":[\"2eb8aa08-aa98-11ea-b4aa-73b441d1638\"]}");
        assertEquals(List.of(), fixture.disagreements(set, "events", instances), instances.size() + " compared");
    }

    /** RFC 3339's ABNF separates date and time with {@code T}; networknt also takes a space (its one leniency here). */
    @Test
    void aDateTimeIsStrictWhereNetworkntIsLenient() {
        assertEquals(
                List.of("/scheduled: \"1963-06-19 08:30:06Z\" is not of the format \"date-time\""),
                fixture.lines("events", "{\"prompt\":\"p\",\"scheduled\":\"1963-06-19 08:30:06Z\"}"));
    }

    @Test
    void formatIsAnAnnotationUnlessTheDocumentAsks(@TempDir Path temp) throws Exception {
        Path root = copyOfTheRoot(temp, text -> text.replace("  \"formats\": \"assert\",\n", ""));
        ValidatorFixture annotating = ValidatorFixture.of(root);
        assertEquals(List.of(), annotating.lines("events", "{\"prompt\":\"p\",\"day\":\"2021-02-29\"}"));
        assertTrue(annotating.validatorSource("events").indexOf("Checks.format") < 0);
    }

    @Test
    void aFormatThatCannotBeCheckedIsAWarningWhereItIsWritten(@TempDir Path temp) throws Exception {
        Path root = copyOfTheRoot(
                temp,
                text -> text.replace(
                        "\"prompt\": {\"type\": \"string\", \"minLength\": 1},",
                        "\"prompt\": {\"type\": \"string\", \"minLength\": 1},\n"
                                + "      \"label\": {\"type\": \"string\", \"format\": \"idn-hostname\"},\n"
                                + "      \"colour\": {\"type\": \"string\", \"format\": \"color\"},"));
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet loaded = DocumentLoader.load(root, diagnostics);
        Optional<LinkedModel> linked = new Linker("dev.pictor.generated", diagnostics)
                .link(loaded.models().get(0), loaded.fragments());
        assertTrue(linked.isPresent(), "a warning does not stop generation");
        List<String> warnings = diagnostics.sorted().stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .map(Diagnostic::toText)
                .toList();
        assertEquals(2, warnings.size(), "binary, which Pictor reads as image bytes, is no warning: " + warnings);
        assertTrue(warnings.get(0).startsWith(DOCUMENT + ":17:"), warnings.get(0));
        assertTrue(warnings.get(0).contains("\"idn-hostname\" (it needs IDNA 2008"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith(DOCUMENT + ":18:"), warnings.get(1));
        assertTrue(warnings.get(1).contains("\"color\" (Pictor does not know it)"), warnings.get(1));
    }

    private static Path copyOfTheRoot(Path temp, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("acme/events"));
        Files.copy(ROOT.resolve("acme/provider.json"), root.resolve("acme/provider.json"));
        String text = Files.readString(ROOT.resolve(DOCUMENT), StandardCharsets.UTF_8);
        String edited = edit.apply(text);
        assertTrue(!edited.equals(text), "the edit changed nothing");
        Files.writeString(root.resolve(DOCUMENT), edited, StandardCharsets.UTF_8);
        return root;
    }
}
