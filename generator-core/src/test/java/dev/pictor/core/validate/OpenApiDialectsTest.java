package dev.pictor.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference validator reads the OpenAPI dialects as Pictor does: nullable, boolean bounds, meta-schemas. */
class OpenApiDialectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COG_SCHEMA = """
            {"type": "object", "properties": {
               "seed": {"type": "integer", "nullable": true},
               "mode": {"allOf": [{"$ref": "#/$defs/mode"}], "nullable": true, "default": "fast"},
               "style": {"$ref": "#/$defs/mode", "nullable": true},
               "size": {"type": "string", "enum": ["s", "m"], "nullable": true},
               "plain": {"type": "integer"},
               "strength": {"type": "number", "minimum": 0, "exclusiveMinimum": true,
                            "maximum": 1, "exclusiveMaximum": false}
             },
             "$defs": {"mode": {"type": "string", "enum": ["fast", "slow"]}}}
            """;

    private final ReferenceValidator validator = new ReferenceValidator();

    private boolean valid(Dialect dialect, String schema, String instance) throws Exception {
        return validator
                .validate(JSON.readTree(schema), dialect, "acme/m.json", JSON.readTree(instance))
                .isEmpty();
    }

    @Test
    void nullableAdmitsNullBesideTypeEnumRefAndAllOfWrapper() throws Exception {
        for (String member : List.of("seed", "mode", "style", "size")) {
            assertTrue(valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"" + member + "\": null}"), member);
        }
        assertEquals(false, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"plain\": null}"));
        assertEquals(false, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"mode\": \"medium\"}"), "the enum still holds");
        assertEquals(true, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"mode\": \"slow\", \"seed\": 4}"));
    }

    @Test
    void aViolationInsideANullableSchemaIsLocatedWhereTheSchemaIsWritten() throws Exception {
        String schema = """
                {"type": "object", "nullable": true, "properties": {
                   "level": {"type": "integer", "minimum": 1, "nullable": true},
                   "tags": {"type": "array", "items": {"type": "string", "maxLength": 2, "nullable": true}}}}""";
        List<String> pointers = validator
                .validate(
                        JSON.readTree(schema),
                        Dialect.OPENAPI_3_0,
                        "acme/m.json",
                        JSON.readTree("{\"level\": 0, \"tags\": [null, \"long\"]}"))
                .stream()
                .map(Violation::schemaPointer)
                .distinct()
                .sorted()
                .toList();
        // The anyOf each nullable schema stands for is located at that schema, the failing keyword inside at itself.
        assertEquals(
                List.of(
                        "",
                        "/properties/level",
                        "/properties/level/minimum",
                        "/properties/tags/items",
                        "/properties/tags/items/maxLength"),
                pointers);
        assertEquals(
                "/properties/level/minimum",
                dev.pictor.core.schema.OpenApiNullable.writtenPointer(
                        JSON.readTree(schema), "/anyOf/1/properties/level/anyOf/1/minimum"));
    }

    @Test
    void nullableIsNoKeywordOutsideOpenApi30() throws Exception {
        String schema = "{\"type\": \"integer\", \"nullable\": true}";
        assertEquals(false, valid(Dialect.OPENAPI_3_1, schema, "null"));
        assertEquals(false, valid(Dialect.DRAFT_2020_12, schema, "null"));
    }

    @Test
    void booleanExclusiveBoundsMakeMinimumAndMaximumExclusive() throws Exception {
        assertEquals(false, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"strength\": 0}"));
        assertEquals(true, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"strength\": 0.5}"));
        assertEquals(true, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"strength\": 1}"));
        assertEquals(false, valid(Dialect.OPENAPI_3_0, COG_SCHEMA, "{\"strength\": 1.5}"));
    }

    @Test
    void openApi30MetaSchemaLocatesATypeArrayAndAConst() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"type": "object", "properties": {"a": {"type": ["string", "null"]}, "b": {"const": 1}},
                 "$defs": {"c": {"type": "string", "nullable": "yes"}}}""");
        List<String> pointers = validator.validateSchema(schema, Dialect.OPENAPI_3_0).stream()
                .map(Violation::pointer)
                .distinct()
                .toList();
        assertTrue(pointers.contains("/properties/a/type"), pointers.toString());
        assertTrue(pointers.contains("/$defs/c/nullable"), pointers.toString());
        assertTrue(pointers.stream().anyMatch(p -> p.startsWith("/properties/b")), "const is no OpenAPI 3.0 keyword");
        assertEquals(List.of(), validator.validateSchema(JSON.readTree(COG_SCHEMA), Dialect.OPENAPI_3_0));
    }

    @Test
    void anOpenApi30RootOrComponentMayBeAReferenceObject() throws Exception {
        JsonNode output = JSON.readTree("""
                {"$ref": "#/$defs/ModelOutput", "title": "Output",
                 "$defs": {"ModelOutput": {"type": "object", "properties": {"audio_out": {"type": "string"}}},
                           "Alias": {"$ref": "#/$defs/ModelOutput"},
                           "Broken": {"$ref": 7}}}""");
        assertEquals(
                List.of("/$defs/Broken/$ref"),
                validator.validateSchema(output, Dialect.OPENAPI_3_0).stream()
                        .map(Violation::pointer)
                        .distinct()
                        .toList(),
                "a $ref with a title beside it is a Reference Object, as components.schemas allows (Cog's bark)");
        assertEquals(List.of(), validator.validateSchema(JSON.readTree("{\"$ref\": \"#/x\"}"), Dialect.OPENAPI_3_0));
        assertFalse(
                validator
                        .validateSchema(JSON.readTree("{\"type\": \"integer\", \"title\": 3}"), Dialect.OPENAPI_3_0)
                        .isEmpty(),
                "a Schema Object is still checked as one");
    }

    @Test
    void openApi31MetaSchemaChecksTheBaseVocabulary() throws Exception {
        JsonNode good = JSON.readTree("""
                {"type": ["string", "null"], "discriminator": {"propertyName": "kind"}, "example": "x",
                 "externalDocs": {"url": "https://example.com"}, "xml": {"name": "n"}}""");
        assertEquals(List.of(), validator.validateSchema(good, Dialect.OPENAPI_3_1));
        JsonNode bad = JSON.readTree("{\"properties\": {\"p\": {\"discriminator\": {\"mapping\": {}}}}}");
        List<Violation> violations = validator.validateSchema(bad, Dialect.OPENAPI_3_1);
        assertTrue(
                violations.stream().anyMatch(v -> v.pointer().equals("/properties/p/discriminator")),
                violations.toString());
    }
}
