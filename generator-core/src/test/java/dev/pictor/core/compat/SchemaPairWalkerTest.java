package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the walker pairs nodes; what each pair's keywords mean is the comparators' tests' business. */
class SchemaPairWalkerTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).walk();
    }

    @Test
    void propertiesPairByNameAtAnyDepth() {
        assertEquals(
                List.of("ERROR compat.length-narrowed /input/properties/a/properties/b/maxLength: input a.b:"
                        + " maxLength 9 is now 3"),
                input(
                        "{\"properties\": {\"x\": {}, \"a\": {\"properties\": {\"b\": {\"maxLength\": 9}}}}}",
                        "{\"properties\": {\"a\": {\"properties\": {\"b\": {\"maxLength\": 3}}}, \"x\": {}}}"));
    }

    @Test
    void aRenamedPropertyIsComparedWithItsOldSelf() {
        String older = "{\"type\": \"integer\", \"description\": \"Steps.\", \"maximum\": 50}";
        String newer = "{\"type\": \"integer\", \"description\": \"Steps.\", \"maximum\": 40}";
        assertEquals(
                List.of(
                        "ERROR compat.property-renamed /input/properties/steps: input: property \"num_steps\" is now"
                                + " \"steps\" (removed and added with the same type and description)",
                        "ERROR compat.range-narrowed /input/properties/steps/maximum: input steps: maximum 50 is"
                                + " now 40"),
                input(
                        "{\"properties\": {\"num_steps\": " + older + "}}",
                        "{\"properties\": {\"steps\": " + newer + "}}"));
    }

    @Test
    void itemsAndBranchesPairByPosition() {
        assertEquals(
                List.of(
                        "ERROR compat.type-narrowed /input/items/type: input []: type (any) is now string",
                        "ERROR compat.pattern-added /input/anyOf/1/pattern: input /anyOf/1: pattern \"^b\" added"),
                input(
                        "{\"items\": {}, \"anyOf\": [{}, {}]}",
                        "{\"items\": {\"type\": \"string\"}, \"anyOf\": [{}, {\"pattern\": \"^b\"}]}"));
    }

    @Test
    void aSchemaThatRefersToItselfEndsAgainstAnAbsentKeyword() {
        assertEquals(
                List.of(
                        "NOTE compat.type-widened /input/items/type: input []: type array is now (any)",
                        "NOTE compat.type-widened /input/items/items/type: input [][]: type array is now (any)"),
                input(
                        "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}}",
                        "{\"type\": \"array\"}"));
        assertEquals(List.of(), input("{\"additionalProperties\": {\"$ref\": \"#\"}}", "{}"));
    }

    @Test
    void anAbsentSubschemaIsTheEmptySchema() {
        assertEquals(
                List.of("ERROR compat.type-narrowed /input/additionalProperties/type: input *: type (any) is now"
                        + " string"),
                input("{}", "{\"additionalProperties\": {\"type\": \"string\"}}"));
    }

    @Test
    void aClosedAdditionalPropertiesIsNotWalkedInto() {
        assertEquals(
                List.of("ERROR compat.additional-properties-closed /input/additionalProperties: input:"
                        + " additionalProperties is now false: a member the schema does not declare is rejected (it"
                        + " was a schema: undeclared members valid against it were allowed)"),
                input("{\"additionalProperties\": {}}", "{\"additionalProperties\": false}"));
    }

    @Test
    void refsAreFollowedAndAChangeIsReportedWhereTheTargetIsWritten() {
        String older = "{\"properties\": {\"a\": {\"maxLength\": 9}}}";
        String moved = "{\"$defs\": {\"A\": {\"maxLength\": 9}}, \"properties\": {\"a\": {\"$ref\": \"#/$defs/A\"}}}";
        assertEquals(List.of(), input(older, moved));
        assertEquals(
                List.of("ERROR compat.length-narrowed /input/$defs/A/maxLength: input /$defs/A: maxLength 9 is now 3"),
                input(older, moved.replace("9", "3")));
    }

    @Test
    void keywordsBesideARefOverrideItsTargetOnlyInDraft2020() {
        String older = "{\"$defs\": {\"A\": {\"maxLength\": 9}}, \"properties\": {\"a\": {\"$ref\": \"#/$defs/A\"}}}";
        String newer = older.replace("{\"$ref\"", "{\"maxLength\": 3, \"$ref\"");
        assertEquals(
                List.of("ERROR compat.length-narrowed /input/properties/a/maxLength: input a: maxLength 9 is now 3"),
                input(older, newer));
        assertEquals(List.of(), PairedSchemas.draft7Input(older, newer).walk());
    }

    @Test
    void eachPairIsComparedOnceSoARecursiveSchemaEnds() {
        String older = "{\"properties\": {\"child\": {\"$ref\": \"#/input\"}, \"n\": {\"maximum\": 9}}}";
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/properties/n/maximum: input n: maximum 9 is now 3"),
                input(older, older.replace("9", "3")));
    }

    @Test
    void typesWithNothingInCommonAreComparedNoFurther() {
        assertEquals(
                List.of("ERROR compat.type-changed /input/type: input: type string is now object"),
                input(
                        "{\"type\": \"string\", \"maxLength\": 3}",
                        "{\"type\": \"object\", \"properties\": {\"a\": {}}, \"required\": [\"a\"]}"));
    }

    @Test
    void aSchemasFindingsAfterItsPropertiesComeAfterThePropertiesOwn() {
        // The published view keeps the first of two equal findings, so this order is part of the result.
        assertEquals(
                List.of(
                        "NOTE compat.property-added /input/properties/b: input: property \"b\" added",
                        "ERROR compat.length-narrowed /input/properties/a/maxLength: input a: maxLength 9 is now 3",
                        "ERROR compat.required-added /input/required/0: input: new property \"b\" is required",
                        "ERROR compat.keyword-changed /input/not: input: not added"),
                input(
                        "{\"properties\": {\"a\": {\"maxLength\": 9}}}",
                        "{\"properties\": {\"a\": {\"maxLength\": 3}, \"b\": {}}, \"required\": [\"b\"],"
                                + " \"not\": {}}"));
    }
}
