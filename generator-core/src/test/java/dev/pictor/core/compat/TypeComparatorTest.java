package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new TypeComparator());
    }

    @Test
    void aWiderTypeWidensTheInputAndANarrowerOneNarrowsIt() {
        assertEquals(
                List.of("NOTE compat.type-widened /input/type: input: type integer is now number"),
                input("{\"type\": \"integer\"}", "{\"type\": \"number\"}"));
        assertEquals(
                List.of("ERROR compat.type-narrowed /input/type: input: type string or null is now string"),
                input("{\"type\": [\"string\", \"null\"]}", "{\"type\": \"string\"}"));
    }

    @Test
    void openApi30NullableIsATypeAndMeansWhatATypeArrayWithNullMeans() {
        String nullable = "{\"type\": \"integer\", \"nullable\": true}";
        assertEquals(
                List.of("ERROR compat.type-narrowed /input/type: input: type integer or null is now integer"),
                PairedSchemas.input(nullable, Dialect.OPENAPI_3_0, "{\"type\": \"integer\"}", Dialect.OPENAPI_3_0)
                        .compare(new TypeComparator()));
        assertEquals(
                List.of(),
                PairedSchemas.input(
                                nullable,
                                Dialect.OPENAPI_3_0,
                                "{\"type\": [\"integer\", \"null\"]}",
                                Dialect.OPENAPI_3_1)
                        .compare(new TypeComparator()));
        assertEquals(
                List.of("ERROR compat.type-narrowed /input/type: input: type integer or null is now integer"),
                PairedSchemas.input(nullable, Dialect.OPENAPI_3_0, nullable, Dialect.DRAFT_2020_12)
                        .compare(new TypeComparator()),
                "nullable is no keyword of draft 2020-12");
    }

    @Test
    void aWiderOutputTypeBreaksReaders() {
        assertEquals(
                List.of("ERROR compat.type-widened /output/type: output: type integer is now number"),
                PairedSchemas.output("{\"type\": \"integer\"}", "{\"type\": \"number\"}")
                        .compare(new TypeComparator()));
    }

    @Test
    void typesWithNothingInCommonChangedAndAreNotRelated() {
        PairedSchemas schemas = PairedSchemas.input("{\"type\": \"string\"}", "{\"type\": \"integer\"}");
        assertEquals(
                List.of("ERROR compat.type-changed /input/type: input: type string is now integer"),
                schemas.compare(new TypeComparator()));
        assertFalse(TypeComparator.related(schemas.pair()));
        assertTrue(TypeComparator.related(
                PairedSchemas.input("{}", "{\"type\": \"string\"}").pair()));
    }

    @Test
    void noTypeIsAnyValue() {
        assertEquals(
                List.of("NOTE compat.type-widened /input/type: input: type string is now (any)"),
                input("{\"type\": \"string\"}", "{\"description\": \"anything\"}"));
        assertEquals(List.of(), input("{\"type\": \"string\"}", "{\"type\": \"string\", \"maxLength\": 3}"));
    }

    @Test
    void theSchemaFalseAllowsNoValue() {
        PairedSchemas schemas = PairedSchemas.input("{}", "{}");
        List<CompatFinding> out = new ArrayList<>();
        ChangeReport report = new ChangeReport(Side.INPUT, PairedSchemas.NEW, out);
        PairedNodes pair = schemas.pair();
        assertFalse(TypeComparator.comparedAsFalse(pair.older(), pair.newer(), report));
        assertEquals(List.of(), out);
        assertEquals(
                List.of("ERROR compat.type-narrowed /input: input: the schema is now false: no value is valid"),
                PairedSchemas.input("{}", "false").walk());
        assertEquals(
                List.of("NOTE compat.type-widened /input: input: the schema was false (no value was valid) and now"
                        + " allows values"),
                PairedSchemas.input("false", "true").walk());
        assertEquals(List.of(), PairedSchemas.input("false", "false").walk());
    }
}
