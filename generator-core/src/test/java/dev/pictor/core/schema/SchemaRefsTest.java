package dev.pictor.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaRefsTest {

    private static LocatedNode json(String file, String text) {
        return LocatedJsonReader.read(file, text.getBytes(StandardCharsets.UTF_8), new Diagnostics())
                .orElseThrow();
    }

    private final LocatedNode shared =
            json("common/size.schema.json", "{\"$defs\": {\"Size\": {\"type\": \"integer\"}}}");
    private final LocatedNode model = json("models/a.json", "{\"$defs\": {\"Local\": {\"type\": \"string\"}}}");
    private final SchemaRefs refs =
            new SchemaRefs(Map.of("common/size.schema.json", shared), RootUris.NONE, Dialect.DRAFT_2020_12);

    @Test
    void aLocalReferenceResolvesInTheSchemaItIsWrittenIn() {
        SchemaRefs.Target target = refs.resolve(model, model, "#/$defs/Local").orElseThrow();
        assertEquals("/$defs/Local", target.node().pointer());
        assertEquals(model, target.document());
    }

    @Test
    void aSharedFileIsRelativeToTheFileTheReferenceIsWrittenIn() {
        SchemaRefs.Target target = refs.resolve(model, model, "../common/size.schema.json#/$defs/Size")
                .orElseThrow();
        assertEquals("common/size.schema.json", target.node().location().file());
        assertEquals(shared, target.document());
        assertEquals("common/size.schema.json", SchemaRefs.sharedFile("models/a.json", "../common/size.schema.json"));
    }

    @Test
    void whatNamesNothingResolvesToNothing() {
        assertEquals(Optional.empty(), refs.resolve(model, model, "#/$defs/Missing"));
        assertEquals(Optional.empty(), refs.resolve(model, model, "other.schema.json"));
        assertEquals(Optional.empty(), refs.resolve(model, model, "#notapointer"));
        assertEquals(Optional.empty(), refs.resolve(model, model, "#/%zz"));
    }

    @Test
    void urlsAreRemoteAndWindowsPathsAreNot() {
        assertTrue(SchemaRefs.isRemote("https://example.com/s.json"));
        assertTrue(SchemaRefs.isRemote("urn:x"));
        assertFalse(SchemaRefs.isRemote("C:\\schemas\\s.json"));
        assertFalse(SchemaRefs.isRemote("common/size.schema.json#/a"));
    }

    @Test
    void aChainStopsWhereItLeadsNowhereOnALoopAndAtTheHopLimit() {
        assertEquals(List.of(1, 2, 3), SchemaRefs.chain(1, n -> n < 3 ? Optional.of(n + 1) : Optional.empty()));
        // Boxed small integers are the same instance, so a loop back to 1 ends the chain.
        assertEquals(List.of(1, 2), SchemaRefs.chain(1, n -> Optional.of(n == 1 ? 2 : 1)));
        List<Integer> endless = SchemaRefs.chain(0, n -> Optional.of(n + 1));
        assertEquals(SchemaRefs.MAX_HOPS + 1, endless.size());
    }
}
