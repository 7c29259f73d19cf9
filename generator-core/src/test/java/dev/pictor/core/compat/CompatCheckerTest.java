package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of change on a pair of small documents, for the input and, where it differs, for the output. */
class CompatCheckerTest {

    @TempDir
    Path dir;

    /** An object schema with the given properties (JSON text without braces) and further members. */
    private static String object(String properties, String more) {
        return "{\"type\": \"object\", \"properties\": {" + properties + "}" + (more.isEmpty() ? "" : ", " + more)
                + "}";
    }

    private static String object(String properties) {
        return object(properties, "");
    }

    private List<String> inputs(String older, String newer) {
        return CompatFixture.in(dir).inputs(older, newer).summary();
    }

    private List<String> outputs(String older, String newer) {
        return CompatFixture.in(dir).outputs(older, newer).summary();
    }

    // ---------------------------------------------------------------------------------------------- no change

    @Test
    void identicalVersionsHaveNoFinding() {
        String s = object("\"prompt\": {\"type\": \"string\", \"maxLength\": 10}", "\"required\": [\"prompt\"]");
        assertEquals(List.of(), inputs(s, s));
    }

    @Test
    void descriptionsAndPropertyOrderAreNoChange() {
        assertEquals(
                List.of(),
                inputs(
                        object("\"a\": {\"type\": \"string\", \"description\": \"x\"}, \"b\": {\"type\": \"integer\"}"),
                        object(
                                "\"b\": {\"type\": \"integer\"}, \"a\": {\"type\": \"string\", \"description\": \"y\"}")));
    }

    @Test
    void aModelWithOneVersionIsNotCompared() {
        CompatResult result = CompatFixture.in(dir)
                .version("m", "2025-01-01", object(""), CompatFixture.PNG, "")
                .run();
        assertEquals(List.of(), result.comparisons());
        assertEquals(1, result.singleVersion());
        assertEquals("0 models compared (1 with a single version): 0 errors, 0 warnings, 0 notes", result.summary());
    }

    // ---------------------------------------------------------------------------------------------- properties

    @Test
    void aRemovedInputPropertyBreaksCallers() {
        CompatFixture f = CompatFixture.in(dir)
                .inputs(
                        object("\"prompt\": {\"type\": \"string\"},\n\"seed\": {\"type\": \"integer\"}"),
                        object("\"prompt\": {\"type\": \"string\"}"));
        List<Diagnostic> found = f.diagnostics();
        assertEquals(1, found.size(), found::toString);
        Diagnostic d = found.get(0);
        assertEquals(
                CompatFixture.NEW + ":10:43: error: compat.property-removed: #/input/properties/seed: input:"
                        + " property \"seed\" removed [before: " + CompatFixture.OLD + ":11:9]",
                d.toText().replaceAll(" \\(hint: .*", ""));
        assertTrue(
                d.hint()
                        .contains("{\"rule\": \"compat.property-removed\", \"pointer\": "
                                + "\"/input/properties/seed\", \"why\": \"...\"}"),
                d.hint());
        CompatFinding finding = f.run().findings().get(0);
        assertEquals(
                CompatFixture.OLD, finding.before().orElseThrow().location().file());
        assertEquals("/input/properties/seed", finding.before().orElseThrow().pointer());
    }

    @Test
    void aRemovedOutputPropertyBreaksReaders() {
        assertEquals(
                List.of("ERROR compat.property-removed /output/properties/seed"),
                outputs(
                        object("\"image\": {\"type\": \"string\"}, \"seed\": {\"type\": \"integer\"}"),
                        object("\"image\": {\"type\": \"string\"}")));
    }

    @Test
    void anAddedOptionalPropertyIsCompatible() {
        assertEquals(
                List.of("NOTE compat.property-added /input/properties/seed"),
                inputs(
                        object("\"prompt\": {\"type\": \"string\"}"),
                        object("\"prompt\": {\"type\": \"string\"}, \"seed\": {\"type\": \"integer\"}")));
    }

    @Test
    void aRenameIsOneFindingNotARemovalAndAnAddition() {
        String steps = "{\"type\": \"integer\", \"description\": \"The number of diffusion steps.\"}";
        List<Diagnostic> found = CompatFixture.in(dir)
                .inputs(object("\"num_steps\": " + steps), object("\"steps\": " + steps))
                .diagnostics();
        assertEquals(1, found.size(), found::toString);
        assertEquals("compat.property-renamed", found.get(0).code());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals("/input/properties/steps", found.get(0).pointer());
        assertTrue(
                found.get(0).message().startsWith("input: property \"num_steps\" is now \"steps\""),
                found.get(0).message());
        assertTrue(
                found.get(0).message().contains("#/input/properties/num_steps]"),
                found.get(0).message());
    }

    @Test
    void aRenamedPropertyIsComparedWithItsOldSelf() {
        assertEquals(
                List.of(
                        "ERROR compat.property-renamed /input/properties/steps",
                        "ERROR compat.range-narrowed /input/properties/steps/maximum"),
                inputs(
                        object("\"num_steps\": {\"type\": \"integer\", \"maximum\": 8, \"description\": \"Steps.\"}"),
                        object("\"steps\": {\"type\": \"integer\", \"maximum\": 4, \"description\": \"Steps.\"}")));
    }

    @Test
    void sameTypeWithoutADescriptionIsNoRename() {
        assertEquals(
                List.of(
                        "ERROR compat.property-removed /input/properties/a",
                        "NOTE compat.property-added /input/properties/b"),
                inputs(
                        object("\"a\": {\"type\": \"integer\", \"maximum\": 3}"),
                        object("\"b\": {\"type\": \"integer\"}")));
    }

    @Test
    void aNewlyDeprecatedPropertyIsAWarning() {
        assertEquals(
                List.of("WARNING compat.property-deprecated /input/properties/a/deprecated"),
                inputs(
                        object("\"a\": {\"type\": \"integer\"}"),
                        object("\"a\": {\"type\": \"integer\", \"deprecated\": true}")));
    }

    // ---------------------------------------------------------------------------------------------- required

    @Test
    void aPropertyThatBecomesRequiredBreaksCallers() {
        assertEquals(
                List.of("ERROR compat.required-added /input/required/1"),
                inputs(
                        object(
                                "\"prompt\": {\"type\": \"string\"}, \"image\": {\"type\": \"string\"}",
                                "\"required\": [\"prompt\"]"),
                        object(
                                "\"prompt\": {\"type\": \"string\"}, \"image\": {\"type\": \"string\"}",
                                "\"required\": [\"prompt\", \"image\"]")));
    }

    @Test
    void aNewRequiredPropertyIsAddedAndRequired() {
        List<Diagnostic> found = CompatFixture.in(dir)
                .inputs(
                        object("\"prompt\": {\"type\": \"string\"}"),
                        object(
                                "\"prompt\": {\"type\": \"string\"}, \"mask\": {\"type\": \"string\"}",
                                "\"required\": [\"mask\"]"))
                .diagnostics();
        assertEquals(
                List.of("compat.property-added", "compat.required-added"),
                found.stream().map(Diagnostic::code).toList());
        assertTrue(
                found.get(1).message().startsWith("input: new property \"mask\" is required"),
                found.get(1).message());
    }

    @Test
    void aPropertyNoLongerRequiredIsCompatibleForCallersButNotForReaders() {
        String required = object("\"image\": {\"type\": \"string\"}", "\"required\": [\"image\"]");
        String optional = object("\"image\": {\"type\": \"string\"}");
        assertEquals(List.of("NOTE compat.required-removed /input/required"), inputs(required, optional));
        assertEquals(
                List.of("ERROR compat.required-removed /output/required"),
                CompatFixture.in(dir.resolve("out")).outputs(required, optional).summary());
    }

    @Test
    void aRequiredPropertyThatIsRemovedIsReportedOnce() {
        assertEquals(
                List.of("ERROR compat.property-removed /input/properties/seed"),
                inputs(
                        object(
                                "\"prompt\": {\"type\": \"string\"}, \"seed\": {\"type\": \"integer\"}",
                                "\"required\": [\"seed\"]"),
                        object("\"prompt\": {\"type\": \"string\"}")));
    }

    // ---------------------------------------------------------------------------------------------- types

    @Test
    void anIncompatibleTypeChangeBreaksBothSides() {
        String was = object("\"seed\": {\"type\": \"integer\", \"maximum\": 9}");
        String now = object("\"seed\": {\"type\": \"string\"}");
        assertEquals(List.of("ERROR compat.type-changed /input/properties/seed/type"), inputs(was, now));
        assertEquals(
                List.of("ERROR compat.type-changed /output/properties/seed/type"),
                CompatFixture.in(dir.resolve("out")).outputs(was, now).summary());
    }

    @Test
    void integerToNumberWidensTheInputAndBreaksReadersOfTheOutput() {
        String was = object("\"g\": {\"type\": \"integer\"}");
        String now = object("\"g\": {\"type\": \"number\"}");
        assertEquals(List.of("NOTE compat.type-widened /input/properties/g/type"), inputs(was, now));
        assertEquals(
                List.of("ERROR compat.type-widened /output/properties/g/type"),
                CompatFixture.in(dir.resolve("out")).outputs(was, now).summary());
        assertEquals(
                List.of("ERROR compat.type-narrowed /input/properties/g/type"),
                CompatFixture.in(dir.resolve("back")).inputs(now, was).summary());
    }

    @Test
    void aNullableTypeIsWider() {
        assertEquals(
                List.of("NOTE compat.type-widened /input/properties/g/type"),
                inputs(object("\"g\": {\"type\": \"string\"}"), object("\"g\": {\"type\": [\"string\", \"null\"]}")));
    }

    // ---------------------------------------------------------------------------------------------- ranges

    @Test
    void aLowerMaximumNarrowsTheRange() {
        List<Diagnostic> found = CompatFixture.in(dir)
                .inputs(
                        object("\"steps\": {\"type\": \"integer\", \"maximum\": 8}"),
                        object("\"steps\": {\"type\": \"integer\", \"maximum\": 4}"))
                .diagnostics();
        assertEquals(
                CompatFixture.NEW + ":10:84: error: compat.range-narrowed: #/input/properties/steps/maximum: "
                        + "input steps: maximum 8 is now 4 [before: " + CompatFixture.OLD + ":10:84]",
                found.get(0).toText().replaceAll(" \\(hint: .*", ""));
    }

    @Test
    void rangesNarrowAndWidenPerSide() {
        String was = object("\"s\": {\"type\": \"number\", \"minimum\": 0, \"maximum\": 1}");
        String now = object("\"s\": {\"type\": \"number\", \"minimum\": 0.5, \"maximum\": 2}");
        assertEquals(
                List.of(
                        "ERROR compat.range-narrowed /input/properties/s/minimum",
                        "NOTE compat.range-widened /input/properties/s/maximum"),
                inputs(was, now));
        assertEquals(
                List.of(
                        "NOTE compat.range-narrowed /output/properties/s/minimum",
                        "ERROR compat.range-widened /output/properties/s/maximum"),
                CompatFixture.in(dir.resolve("out")).outputs(was, now).summary());
    }

    @Test
    void anAddedOrRemovedBoundNarrowsOrWidens() {
        // the removed bound is located at its schema, which comes before the added keyword
        assertEquals(
                List.of(
                        "NOTE compat.range-widened /input/properties/s/maximum",
                        "ERROR compat.range-narrowed /input/properties/s/minimum"),
                inputs(
                        object("\"s\": {\"type\": \"integer\", \"maximum\": 9}"),
                        object("\"s\": {\"type\": \"integer\", \"minimum\": 1}")));
    }

    @Test
    void anExclusiveBoundIsTighterThanAnInclusiveOneOfTheSameValue() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/properties/s/exclusiveMinimum"),
                inputs(
                        object("\"s\": {\"type\": \"number\", \"minimum\": 0}"),
                        object("\"s\": {\"type\": \"number\", \"exclusiveMinimum\": 0}")));
    }

    @Test
    void integerBoundsCompareByTheIntegersTheyAllow() {
        assertEquals(
                List.of(),
                inputs(
                        object("\"n\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 4}"),
                        object("\"n\": {\"type\": \"integer\", \"exclusiveMinimum\": 0, \"exclusiveMaximum\": 5}")));
    }

    @Test
    void multipleOfNarrowsOrWidens() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/properties/w/multipleOf"),
                inputs(
                        object("\"w\": {\"type\": \"integer\", \"multipleOf\": 8}"),
                        object("\"w\": {\"type\": \"integer\", \"multipleOf\": 64}")));
        assertEquals(
                List.of("NOTE compat.range-widened /input/properties/w/multipleOf"),
                CompatFixture.in(dir.resolve("back"))
                        .inputs(
                                object("\"w\": {\"type\": \"integer\", \"multipleOf\": 64}"),
                                object("\"w\": {\"type\": \"integer\", \"multipleOf\": 8}"))
                        .summary());
    }

    @Test
    void itemBoundsAreComparedUnderItems() {
        String was = object("\"image\": {\"type\": \"array\", \"items\": {\"type\": \"number\", \"minimum\": 0, "
                + "\"maximum\": 255}}");
        String now = object("\"image\": {\"type\": \"array\", \"items\": {\"type\": \"number\", \"minimum\": 0, "
                + "\"maximum\": 127}}");
        List<Diagnostic> found = CompatFixture.in(dir).inputs(was, now).diagnostics();
        assertEquals("/input/properties/image/items/maximum", found.get(0).pointer());
        assertTrue(
                found.get(0).message().startsWith("input image[]: maximum 255 is now 127"),
                found.get(0).message());
    }

    // ---------------------------------------------------------------------------------------------- lengths

    @Test
    void lengthsNarrowAndWiden() {
        assertEquals(
                List.of(
                        "NOTE compat.length-widened /input/properties/p/minLength",
                        "ERROR compat.length-narrowed /input/properties/p/maxLength"),
                inputs(
                        object("\"p\": {\"type\": \"string\", \"minLength\": 1, \"maxLength\": 2048}"),
                        object("\"p\": {\"type\": \"string\", \"minLength\": 0, \"maxLength\": 1024}")));
    }

    @Test
    void anAddedMaxLengthNarrowsAndAMinLengthOfZeroIsNoBound() {
        assertEquals(
                List.of("ERROR compat.length-narrowed /input/properties/p/maxLength"),
                inputs(
                        object("\"p\": {\"type\": \"string\"}"),
                        object("\"p\": {\"type\": \"string\", \"minLength\": 0, \"maxLength\": 2048}")));
    }

    @Test
    void itemCountsAreLengths() {
        assertEquals(
                List.of("NOTE compat.length-widened /input/properties/a/maxItems"),
                inputs(
                        object("\"a\": {\"type\": \"array\", \"maxItems\": 4}"),
                        object("\"a\": {\"type\": \"array\"}")));
    }

    @Test
    void patternsAddedRemovedAndChanged() {
        assertEquals(
                List.of(
                        "ERROR compat.pattern-added /input/properties/a/pattern",
                        "NOTE compat.pattern-removed /input/properties/b/pattern",
                        "ERROR compat.pattern-changed /input/properties/c/pattern"),
                inputs(
                        object("\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"string\", \"pattern\": \"^x\"}, "
                                + "\"c\": {\"type\": \"string\", \"pattern\": \"^x\"}"),
                        object("\"a\": {\"type\": \"string\", \"pattern\": \"^x\"}, \"b\": {\"type\": \"string\"}, "
                                + "\"c\": {\"type\": \"string\", \"pattern\": \"^y\"}")));
    }

    // ---------------------------------------------------------------------------------------------- values

    @Test
    void aRemovedEnumValueBreaksCallersAndAnAddedOneBreaksReaders() {
        String was = object("\"s\": {\"type\": \"string\", \"enum\": [\"DDIM\", \"K_EULER\"]}");
        String now = object("\"s\": {\"type\": \"string\", \"enum\": [\"K_EULER\", \"DPM\"]}");
        assertEquals(
                List.of(
                        "ERROR compat.enum-value-removed /input/properties/s/enum",
                        "NOTE compat.enum-value-added /input/properties/s/enum"),
                inputs(was, now));
        assertEquals(
                List.of(
                        "NOTE compat.enum-value-removed /output/properties/s/enum",
                        "ERROR compat.enum-value-added /output/properties/s/enum"),
                CompatFixture.in(dir.resolve("out")).outputs(was, now).summary());
    }

    @Test
    void enumValuesCompareAsJsonSchemaDoes() {
        assertEquals(List.of(), inputs(object("\"n\": {\"enum\": [1, 2]}"), object("\"n\": {\"enum\": [2.0, 1]}")));
    }

    @Test
    void anEnumIntroducedOrDroppedRestrictsOrFreesTheValues() {
        assertEquals(
                List.of(
                        "ERROR compat.enum-introduced /input/properties/a/enum",
                        "NOTE compat.enum-dropped /input/properties/b/const"),
                inputs(
                        object("\"a\": {\"type\": \"string\"}, \"b\": {\"const\": \"x\"}"),
                        object("\"a\": {\"type\": \"string\", \"enum\": [\"x\"]}, \"b\": {}")));
    }

    // ---------------------------------------------------------------------------------------------- defaults

    @Test
    void defaultsChangedAddedAndRemoved() {
        assertEquals(
                List.of(
                        "WARNING compat.default-changed /input/properties/a/default",
                        "NOTE compat.default-added /input/properties/b/default",
                        "WARNING compat.default-removed /input/properties/c/default"),
                inputs(
                        object("\"a\": {\"type\": \"integer\", \"default\": 4}, \"b\": {\"type\": \"integer\"}, "
                                + "\"c\": {\"type\": \"integer\", \"default\": 1}"),
                        object(
                                "\"a\": {\"type\": \"integer\", \"default\": 8}, \"b\": {\"type\": \"integer\", \"default\": 2}, "
                                        + "\"c\": {\"type\": \"integer\"}")));
    }

    @Test
    void aDefaultOnlyInTheDescriptionNowIsMovedNotRemoved() {
        List<Diagnostic> found = CompatFixture.in(dir)
                .inputs(
                        object("\"steps\": {\"type\": \"integer\", \"default\": 4, \"description\": \"Steps.\"}"),
                        object("\"steps\": {\"type\": \"integer\", \"description\": \"Steps. Default is 4\"}"))
                .diagnostics();
        assertEquals(1, found.size(), found::toString);
        assertEquals("compat.default-moved-to-description", found.get(0).code());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("/input/properties/steps/default", found.get(0).pointer());
    }

    @Test
    void aDefaultTheDescriptionStatesDifferentlyIsRemoved() {
        assertEquals(
                List.of("WARNING compat.default-removed /input/properties/steps/default"),
                inputs(
                        object("\"steps\": {\"type\": \"integer\", \"default\": 4}"),
                        object("\"steps\": {\"type\": \"integer\", \"description\": \"Default is 8\"}")));
    }

    // ---------------------------------------------------------------------------------------------- objects

    @Test
    void closingAdditionalPropertiesBreaksCallers() {
        assertEquals(
                List.of("ERROR compat.additional-properties-closed /input/additionalProperties"),
                inputs(
                        object("\"prompt\": {\"type\": \"string\"}"),
                        object("\"prompt\": {\"type\": \"string\"}", "\"additionalProperties\": false")));
    }

    @Test
    void closingTheOutputIsCompatibleAndOpeningItIsRisky() {
        String open = object("\"image\": {\"type\": \"string\"}");
        String closed = object("\"image\": {\"type\": \"string\"}", "\"additionalProperties\": false");
        assertEquals(
                List.of("NOTE compat.additional-properties-closed /output/additionalProperties"),
                outputs(open, closed));
        assertEquals(
                List.of("WARNING compat.additional-properties-opened /output/additionalProperties"),
                CompatFixture.in(dir.resolve("back")).outputs(closed, open).summary());
    }

    @Test
    void additionalPropertiesSchemasAreCompared() {
        assertEquals(
                List.of("ERROR compat.type-changed /input/properties/tags/additionalProperties/type"),
                inputs(
                        object("\"tags\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}"),
                        object("\"tags\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}")));
    }

    @Test
    void nestedObjectsAreWalked() {
        assertEquals(
                List.of("ERROR compat.property-removed /output/properties/meta/properties/seed"),
                outputs(
                        object("\"meta\": " + object("\"seed\": {\"type\": \"integer\"}")),
                        object("\"meta\": " + object(""))));
    }

    @Test
    void anotherNumberOfBranchesCannotBeProvenCompatible() {
        assertEquals(
                List.of("ERROR compat.keyword-changed /input/properties/a/anyOf"),
                inputs(
                        object("\"a\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}"),
                        object("\"a\": {\"anyOf\": [{\"type\": \"string\"}]}")));
    }

    @Test
    void branchesAreComparedByPosition() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/properties/a/anyOf/1/maximum"),
                inputs(
                        object("\"a\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\", \"maximum\": 9}]}"),
                        object(
                                "\"a\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\", \"maximum\": 5}]}")));
    }

    // ---------------------------------------------------------------------------------------------- $ref

    @Test
    void movingASchemaIntoDefsIsNoChange() {
        assertEquals(
                List.of(),
                inputs(
                        object("\"size\": {\"type\": \"integer\", \"maximum\": 2048}"),
                        object(
                                "\"size\": {\"$ref\": \"#/$defs/Size\"}",
                                "\"$defs\": {\"Size\": {\"type\": \"integer\", " + "\"maximum\": 2048}}")));
    }

    @Test
    void aChangeBehindARefIsReportedWhereItIsWritten() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/$defs/Size/maximum"),
                inputs(
                        object(
                                "\"size\": {\"$ref\": \"#/$defs/Size\"}",
                                "\"$defs\": {\"Size\": {\"type\": \"integer\", " + "\"maximum\": 2048}}"),
                        object(
                                "\"size\": {\"$ref\": \"#/$defs/Size\"}",
                                "\"$defs\": {\"Size\": {\"type\": \"integer\", " + "\"maximum\": 1024}}")));
    }

    @Test
    void sharedSchemasAreFollowed() {
        CompatFixture f = CompatFixture.in(dir)
                .write("common/size.schema.json", "{\"$defs\": {\"Size\": {\"type\": \"integer\", \"maximum\": 8}}}")
                .inputs(
                        object("\"size\": {\"type\": \"integer\", \"maximum\": 8}"),
                        object("\"size\": {\"$ref\": \"../../common/size.schema.json#/$defs/Size\"}"));
        assertEquals(List.of(), f.summary());
    }

    // ---------------------------------------------------------------------------------------------- output

    @Test
    void anotherMediaTypeOfABinaryOutputBreaksReaders() {
        List<Diagnostic> found = CompatFixture.in(dir)
                .outputs(CompatFixture.PNG, CompatFixture.PNG.replace("image/png", "image/jpeg"))
                .diagnostics();
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                CompatFixture.NEW + ":11:45: error: compat.output-content-type-changed: #/output/contentType: "
                        + "output: contentType \"image/png\" is now \"image/jpeg\" [before: " + CompatFixture.OLD
                        + ":11:45]",
                found.get(0).toText().replaceAll(" \\(hint: .*", ""));
    }

    @Test
    void aBinaryOutputThatBecomesJsonIsAnotherEnvelope() {
        assertEquals(
                List.of("ERROR compat.output-envelope-changed /output"),
                outputs(
                        CompatFixture.PNG,
                        object("\"image\": {\"type\": \"string\", \"contentEncoding\": \"base64\"}")));
    }

    @Test
    void contentEncodingInTheOutputIsAContentTypeChange() {
        assertEquals(
                List.of("ERROR compat.output-content-type-changed /output/properties/image/contentEncoding"),
                outputs(
                        object("\"image\": {\"type\": \"string\"}"),
                        object("\"image\": {\"type\": \"string\", \"contentEncoding\": \"base64\"}")));
    }

    @Test
    void aFormatChangeInTheInputIsAWarning() {
        assertEquals(
                List.of("WARNING compat.format-changed /input/properties/u/format"),
                inputs(
                        object("\"u\": {\"type\": \"string\", \"format\": \"uri\"}"),
                        object("\"u\": {\"type\": \"string\", \"format\": \"data-url\"}")));
    }

    // ---------------------------------------------------------------------------------------------- model

    @Test
    void aModelNewlyDeprecatedIsAWarning() {
        String input = object("\"p\": {\"type\": \"string\"}");
        List<String> found = CompatFixture.in(dir)
                .version("m", "2025-01-01", input, CompatFixture.PNG, "")
                .version("m", "2025-02-01", input, CompatFixture.PNG, "\"deprecated\": true")
                .summary();
        assertEquals(List.of("WARNING compat.model-deprecated /deprecated"), found);
    }

    @Test
    void theNewestTwoVersionsBySnapshotAreCompared() {
        String input = "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\", \"maxLength\": %d}}}";
        CompatResult result = CompatFixture.in(dir)
                .version("m", "2025-01-01", input.formatted(10), CompatFixture.PNG, "")
                .version("m", "2025-03-01", input.formatted(30), CompatFixture.PNG, "")
                .version("m", "2025-02-01", input.formatted(20), CompatFixture.PNG, "")
                .version("other", "2025-01-01", input.formatted(1), CompatFixture.PNG, "")
                .run();
        assertEquals(
                List.of("compared m 2025-02-01 -> 2025-03-01: acme/m/2025-02-01.json -> acme/m/2025-03-01.json"),
                result.comparisons().stream()
                        .map(CompatResult.Comparison::toText)
                        .toList());
        assertEquals(
                List.of("NOTE compat.length-widened /input/properties/p/maxLength"),
                result.diagnostics().stream()
                        .map(d -> d.severity() + " " + d.code() + " " + d.pointer())
                        .toList());
        assertTrue(result.diagnostics().get(0).message().contains("maxLength 20 is now 30"));
        assertEquals(1, result.singleVersion());
    }

    // ---------------------------------------------------------------------------------------------- views

    @Test
    void aPublishedChangeThatARefinementAddressesIsANote() {
        String older = object("\"steps\": {\"type\": \"integer\", \"default\": 4}");
        String newer = object("\"steps\": {\"type\": \"integer\", \"description\": \"Default is 4\"}");
        List<Diagnostic> found = CompatFixture.in(dir)
                .version("m", "2025-01-01", older, CompatFixture.PNG, "")
                .version(
                        "m",
                        "2025-02-01",
                        newer,
                        CompatFixture.PNG,
                        "\"refinements\": [{\"path\": "
                                + "\"/input/properties/steps/default\", \"value\": 4, \"why\": \"The description says so.\"}]")
                .diagnostics();
        assertEquals(1, found.size(), found::toString);
        Diagnostic d = found.get(0);
        assertEquals(Severity.NOTE, d.severity());
        assertEquals("compat.default-moved-to-description", d.code());
        assertTrue(
                d.hint()
                        .contains(
                                "addressed by the refinement /input/properties/steps/default in " + CompatFixture.NEW),
                d.hint());
    }

    @Test
    void theRefinedSchemasAreWhatIsCompared() {
        String published = object("\"strength\": {\"type\": \"number\"}");
        String refinement = "\"refinements\": [{\"path\": \"/input/properties/strength/maximum\", \"value\": 1, "
                + "\"why\": \"The description says so.\"}]";
        List<String> found = CompatFixture.in(dir)
                .version("m", "2025-01-01", published, CompatFixture.PNG, refinement)
                .version("m", "2025-02-01", published, CompatFixture.PNG, "")
                .summary();
        assertEquals(
                List.of("NOTE compat.range-widened /input/properties/strength/maximum"),
                found,
                "the refinement was dropped: the generated code accepts more");
    }

    // ---------------------------------------------------------------------------------------------- acknowledged

    @Test
    void anAcknowledgedChangeIsANoteWithItsReason() {
        String older = object("\"prompt\": {\"type\": \"string\"}");
        String newer = object("\"prompt\": {\"type\": \"string\"}", "\"additionalProperties\": false");
        CompatResult result = CompatFixture.in(dir)
                .version("m", "2025-01-01", older, CompatFixture.PNG, "")
                .version(
                        "m",
                        "2025-02-01",
                        newer,
                        CompatFixture.PNG,
                        "\"acknowledged\": [{\"rule\": "
                                + "\"compat.additional-properties-closed\", \"pointer\": \"/input/additionalProperties\", "
                                + "\"why\": \"The provider closed it.\"}]")
                .run();
        assertEquals(1, result.findings().size(), result.diagnostics()::toString);
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(Severity.NOTE, d.severity());
        assertEquals("compat.additional-properties-closed", d.code());
        assertEquals("acknowledged (ERROR) in " + CompatFixture.NEW + ":12:18: The provider closed it.", d.hint());
        assertTrue(!result.fails(true));
    }

    @Test
    void anAcknowledgementThatMatchesNothingIsAWarning() {
        String input = object("\"prompt\": {\"type\": \"string\"}");
        List<Diagnostic> found = CompatFixture.in(dir)
                .version("m", "2025-01-01", input, CompatFixture.PNG, "")
                .version(
                        "m",
                        "2025-02-01",
                        input,
                        CompatFixture.PNG,
                        "\"acknowledged\": [{\"rule\": "
                                + "\"compat.property-removed\", \"pointer\": \"#/input/properties/seed\", \"why\": \"x\"}, "
                                + "{\"rule\": \"range.min-above-max\", \"pointer\": \"\", \"why\": \"x\"}]")
                .diagnostics();
        assertEquals(
                List.of(
                        "WARNING compat.acknowledgement-unused /acknowledged/0",
                        "WARNING compat.acknowledgement-unused /acknowledged/1"),
                found.stream()
                        .map(d -> d.severity() + " " + d.code() + " " + d.pointer())
                        .toList());
        assertTrue(
                found.get(0)
                        .message()
                        .startsWith(
                                "acknowledges compat.property-removed at /input/properties/seed," + " but comparing"),
                found.get(0).message());
        assertTrue(
                found.get(1).message().contains("not a check-compat rule"),
                found.get(1).message());
    }

    @Test
    void anAcknowledgementInAModelWithOneVersionIsUnused() {
        List<String> found = CompatFixture.in(dir)
                .version(
                        "m",
                        "2025-01-01",
                        object(""),
                        CompatFixture.PNG,
                        "\"acknowledged\": [{\"rule\": \"compat.property-removed\", \"pointer\": \"/input/properties/a\", "
                                + "\"why\": \"x\"}]")
                .summary();
        assertEquals(List.of("WARNING compat.acknowledgement-unused /acknowledged/0"), found);
    }
}
