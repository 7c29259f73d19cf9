package dev.pictor.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.link.SchemaParser.Draft;
import dev.pictor.core.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The union mapper on its own, over one parsed request schema: what it declares when a combinator becomes a sealed
 * interface, and that it declares and claims nothing when it does not ({@code UnionMappingTest} in core.codegen covers
 * the same rules through the whole linker).
 */
class UnionMapperTest {

    private static final String DEFS = """
            "$defs": {
              "Url": {"type": "object", "required": ["type", "url"], "additionalProperties": false,
                      "properties": {"type": {"const": "url"}, "url": {"type": "string"}}},
              "Upload": {"type": "object", "required": ["type", "data"], "additionalProperties": false,
                         "properties": {"type": {"enum": ["upload"]}, "data": {"type": "string"}}},
              "Open": {"type": "object", "properties": {"data": {"type": "string"}}}
            }""";

    private final Diagnostics diagnostics = new Diagnostics();
    private final JavaNames names = new JavaNames(diagnostics);
    private final JavaNames.Scope scope = names.new Scope("type", "in package test", true);
    private Map<String, Draft> drafts;
    private TypeMapper types;
    private UnionMapper unions;

    /** Parses {@code {"properties": {name: schema, ...}, $defs}} and returns the draft of each named property. */
    private Map<String, Draft> parse(String properties) {
        String json = "{\"type\": \"object\", \"properties\": {" + properties + "}, " + DEFS + "}";
        LocatedNode root = LocatedJsonReader.read("t.json", json.getBytes(StandardCharsets.UTF_8), diagnostics)
                .orElseThrow();
        SchemaParser parser = new SchemaParser(
                Dialect.DRAFT_2020_12, Map.of(), dev.pictor.core.model.RootUris.NONE, "i", diagnostics);
        Draft rootDraft = parser.drafts().get(parser.parseRoot(root).orElseThrow());
        drafts = parser.drafts();
        types = new TypeMapper(drafts, names, scope, TypeMapper.Side.REQUEST);
        unions = new UnionMapper(types, drafts, names, scope);
        Map<String, Draft> byProperty = new LinkedHashMap<>();
        rootDraft.properties.forEach((name, id) -> byProperty.put(name, drafts.get(id)));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return byProperty;
    }

    @Test
    void taggedClosedAlternativesBecomeASealedInterfaceWithTheirRecords() {
        Draft source = parse("\"source\": {\"oneOf\": [{\"$ref\": \"#/$defs/Url\"}, {\"$ref\": \"#/$defs/Upload\"}]}")
                .get("source");
        assertEquals(Optional.of(new JavaType.UnionRef("Source")), unions.map(source, "Source"));
        UnionDecl union = unions.unions.get(0);
        assertEquals(List.of("Url", "Upload"), union.alternatives());
        assertEquals(UnionDecl.Keyword.ONE_OF, union.keyword());
        assertEquals(
                List.of(new UnionDecl.Tag("Url", "type", "url"), new UnionDecl.Tag("Upload", "type", "upload")),
                union.tags());
        assertEquals(
                List.of("Url", "Upload"),
                types.records.stream().map(RecordDecl::simpleName).toList());
        assertTrue(types.records.stream().allMatch(RecordDecl::closed));
        assertEquals(new JavaType.UnionRef("Source"), types.decidedType(source.id));
        assertFalse(scope.isFree("Source", "elsewhere"), "the union's name is claimed");
    }

    @Test
    void aSchemaThatIsNoUnionDeclaresAndClaimsNothing() {
        Map<String, Draft> p = parse("""
                "open": {"oneOf": [{"$ref": "#/$defs/Url"}, {"$ref": "#/$defs/Open"}]},
                "one": {"oneOf": [{"$ref": "#/$defs/Url"}]},
                "typed": {"type": "string", "oneOf": [{"$ref": "#/$defs/Url"}, {"$ref": "#/$defs/Upload"}]}""");
        for (Map.Entry<String, Draft> e : p.entrySet()) {
            assertEquals(Optional.empty(), unions.map(e.getValue(), "Value"), e.getKey());
        }
        assertEquals(List.of(), unions.unions);
        assertEquals(List.of(), types.records);
        assertTrue(scope.isFree("Value", "elsewhere") && scope.isFree("Url", "elsewhere"));
        assertFalse(unions.declaringAlternatives());
    }

    @Test
    void aRecordIsTheAlternativeOfOneUnionAtMost() {
        Map<String, Draft> p = parse("""
                "first": {"anyOf": [{"$ref": "#/$defs/Url"}, {"$ref": "#/$defs/Upload"}]},
                "second": {"anyOf": [{"$ref": "#/$defs/Upload"}, {"$ref": "#/$defs/Url"}]}""");
        assertEquals(Optional.of(new JavaType.UnionRef("First")), unions.map(p.get("first"), "First"));
        assertEquals(UnionDecl.Keyword.ANY_OF, unions.unions.get(0).keyword());
        assertEquals(Optional.empty(), unions.map(p.get("second"), "Second"));
        assertEquals(1, unions.unions.size());
    }
}
