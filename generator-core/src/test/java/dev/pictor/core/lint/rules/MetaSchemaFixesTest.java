package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refinement a {@code schema.invalid} hint offers is pasted into the document as it is written, and the document,
 * loaded and linted again, has no error left: the finding on the published schema is kept as a NOTE.
 */
class MetaSchemaFixesTest {

    /** An output schema valid in every dialect. */
    private static final String OUTPUT = "{\"type\": \"string\", \"format\": \"binary\"}";

    private static final String MARK = "(the published schema stays verbatim): ";

    @TempDir
    Path dir;

    /** What the last {@link #pastedAfterLint} found before the refinements were pasted. */
    private List<Diagnostic> before = List.of();

    @Test
    void removesAnEmptyAnyOf() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.DRAFT_2020_12, """
                {"type": "object", "properties": {"seed": {"anyOf": [], "title": "Seed"}}}""", "remove /input/properties/seed/anyOf with this refinement " + MARK);
        assertEquals(
                "[{\"path\":\"/input/properties/seed/anyOf\",\"remove\":true,\"why\":\"The published anyOf is an empty"
                        + " array, which is not valid draft 2020-12; without it the value is constrained by the rest of"
                        + " its schema.\"}]",
                refinements);
    }

    @Test
    void movesRequiredOutOfPropertiesBesideThem() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.OPENAPI_3_0,
                """
                {"type": "object", "properties": {"prompt": {"type": "string"}, "required": ["prompt"]}}""",
                "move /input/properties/required to /input/required with these refinements " + MARK);
        assertTrue(refinements.contains("{\"path\":\"/input/required\",\"value\":[\"prompt\"],"), refinements);
    }

    @Test
    void mergesRequiredIntoTheOneAlreadyThere() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.DRAFT_2020_12,
                """
                {"type": "object", "required": ["a"], "properties": {"a": {}, "b": {}, "required": ["b", "a"]}}""",
                "move /input/properties/required to /input/required with these refinements " + MARK);
        assertTrue(refinements.contains("{\"path\":\"/input/required\",\"value\":[\"a\",\"b\"],"), refinements);
    }

    @Test
    void writesANumberWrittenAsAStringAsTheNumber() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.DRAFT_2020_12,
                """
                {"type": "object", "properties": {"height": {"type": "integer", "minimum": "256", "maximum": 2048}}}""",
                "write /input/properties/height/minimum as 256 with this refinement " + MARK);
        assertTrue(refinements.contains("\"value\":256,"), refinements);
    }

    @Test
    void writesAStringWhereAListBelongsAsAList() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.DRAFT_7, """
                {"type": "object", "required": "prompt", "properties": {"prompt": {"type": "string"}}}""", "write /input/required as [\"prompt\"] with this refinement " + MARK);
        assertTrue(refinements.contains("\"value\":[\"prompt\"],"), refinements);
    }

    @Test
    void writesAPropertyGivenAsATypeNameAsASchemaOfThatType() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.DRAFT_2020_12,
                """
                {"type": "object", "properties": {"prompt": "string"}}""",
                "write /input/properties/prompt as the schema {\"type\": \"string\"} with this refinement " + MARK);
        assertTrue(refinements.contains("\"value\":{\"type\":\"string\"},"), refinements);
    }

    @Test
    void writesAnOpenApi30TypeArrayAsNullable() throws Exception {
        String refinements = pastedAfterLint(
                Dialect.OPENAPI_3_0,
                """
                {"type": "object", "properties": {"seed": {"type": ["integer", "null"]}}}""",
                "write /input/properties/seed/type as \"integer\" with nullable true with these refinements " + MARK);
        assertTrue(refinements.contains("{\"path\":\"/input/properties/seed/nullable\",\"value\":true,"), refinements);
        // OpenAPI 3.0's "a Schema or a Reference" fails at the property too; that finding points to the fix
        assertEquals(
                List.of(
                        "/input/properties/seed: the fix offered for /input/properties/seed/type clears this too",
                        "/input/properties/seed/type: " + before.get(1).hint()),
                before.stream().map(d -> d.pointer() + ": " + d.hint()).toList());
    }

    @Test
    void correctsAMisspeltTypeName() throws Exception {
        String refinements =
                pastedAfterLint(Dialect.DRAFT_2020_12, """
                {"type": "object", "properties": {"seed": {"type": ["integer", "nul"]}}}""", "correct the type with this refinement " + MARK);
        assertTrue(
                refinements.contains("{\"path\":\"/input/properties/seed/type/1\",\"value\":\"null\","), refinements);
    }

    @Test
    void namesThePathWhereNoFixIsKnown() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {"n": {"type": "integer", "minimum": "low"}}}""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:10:80: error: schema.invalid: #/input/properties/n/minimum: the input"
                        + " schema is not valid draft 2020-12: string found, number expected (hint: correct"
                        + " /input/properties/n/minimum with a refinement; the published schema stays verbatim)"),
                root.lintText(new SchemaValidityRule()));
    }

    @Test
    void tellsTheAuthorOfAnAuthoredSchemaToEditIt() throws Exception {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {"seed": {"anyOf": []}}}""");
        Path file = root.path().resolve("acme/m/2025-01-01.json");
        Files.writeString(file, Files.readString(file).replace("\"published\"", "\"authored\""));
        List<Diagnostic> found = root.lint(new SchemaValidityRule());
        assertEquals(1, found.size(), found.toString());
        assertEquals(
                "remove /input/properties/seed/anyOf; this document is authored, so edit its schema",
                found.get(0).hint());
    }

    /**
     * Lints a model with {@code input}, takes the refinements its one {@code schema.invalid} error offers after
     * {@code change}, writes them into the document and lints again: no error may be left.
     *
     * @return the pasted refinements, as compact JSON
     */
    private String pastedAfterLint(Dialect dialect, String input, String change) throws Exception {
        TestRoot root = TestRoot.create(dir).dialect(dialect).model("m", "text-to-image", input, OUTPUT, "");
        before = root.lint(new SchemaValidityRule());
        assertTrue(before.stream().allMatch(d -> d.severity() == Severity.ERROR), before.toString());
        List<String> offers = before.stream()
                .map(Diagnostic::hint)
                .filter(h -> h.startsWith(change))
                .toList();
        assertEquals(1, offers.size(), before.toString());
        String hint = offers.get(0);
        String pasted = "[" + hint.substring(change.length()) + "]";
        JsonNode refinements = new ObjectMapper().readTree(pasted);

        root.model("m", "text-to-image", input, OUTPUT, "\"refinements\": " + pasted);
        List<Diagnostic> after = root.lint(new SchemaValidityRule());
        assertTrue(after.stream().noneMatch(d -> d.severity() != Severity.NOTE), after.toString());
        assertEquals(
                List.of("schema.invalid"),
                after.stream().map(Diagnostic::code).distinct().toList());
        return refinements.toString();
    }
}
