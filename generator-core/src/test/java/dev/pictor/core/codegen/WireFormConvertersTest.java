package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.pictor.core.link.JavaNames;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.UnionDecl;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire form of typed values: a scalar's is an expression, a record's, a list's, a union's or image bytes' a
 * converter method, made once per type and in the order first needed. (What the converters return is checked by
 * compiling and running the validators that call them, in {@link ValidatorEmitterTest}.)
 */
class WireFormConvertersTest {

    private static final CodeBlock VALUE = CodeBlock.of("value");
    private static LinkedModel model;

    @BeforeAll
    static void link(@TempDir Path dir) {
        TestRoot root = TestRoot.create(dir).model("forms", """
                {"type": "object", "properties": {
                   "mode": {"type": "string", "enum": ["fast", "slow"]},
                   "count": {"type": "integer", "enum": [1, 2]},
                   "scale": {"type": "number", "enum": [0.5, 1]},
                   "size": {"type": "object", "properties": {"w": {"type": "integer"}, "tags": {"type": "array",
                            "items": {"type": "string"}}}},
                   "pick": {"oneOf": [
                     {"type": "object", "required": ["a"], "additionalProperties": false,
                      "properties": {"a": {"type": "string"}}},
                     {"type": "object", "required": ["b"], "additionalProperties": false,
                      "properties": {"b": {"type": "integer"}}}]}
                 }}
                """);
        model = ValidatorFixture.of(root.path()).model("forms");
    }

    private static WireFormConverters converters() {
        return new WireFormConverters(model, new JavaNames.ClassMembers(Set.of("validate", "check")));
    }

    private static List<String> names(WireFormConverters c) {
        return c.methods().stream().map(MethodSpec::name).toList();
    }

    @Test
    void aScalarsFormIsAnExpressionAndNoMethod() {
        WireFormConverters c = converters();
        assertEquals(
                "com.fasterxml.jackson.databind.node.LongNode.valueOf(value)",
                c.wire(new JavaType.Scalar(JavaType.ScalarKind.INT), VALUE).toString());
        assertEquals("value", c.wire(new JavaType.Passthrough(), VALUE).toString());
        assertEquals(
                "com.fasterxml.jackson.databind.node.TextNode.valueOf(value.wireValue())",
                c.wire(new JavaType.EnumRef("Mode"), VALUE).toString());
        assertEquals(
                "com.fasterxml.jackson.databind.node.LongNode.valueOf(value.wireValue())",
                c.wire(new JavaType.EnumRef("Count"), VALUE).toString(),
                "an integer enum's wire value is a long");
        assertEquals(
                "com.fasterxml.jackson.databind.node.DecimalNode.valueOf(value.wireValue())",
                c.wire(new JavaType.EnumRef("Scale"), VALUE).toString(),
                "a number enum's an exact decimal");
        assertEquals(List.of(), names(c));
    }

    @Test
    void aRecordsConverterIsMadeOnceAndCalled() {
        WireFormConverters c = converters();
        JavaType size = new JavaType.RecordRef("Size");
        assertEquals("wireRecordSize(value)", c.wire(size, VALUE).toString());
        assertEquals(
                "wireRecordSize(other)", c.wire(size, CodeBlock.of("other")).toString());
        // The list component's converter follows the record's, which needed it.
        assertEquals(List.of("wireRecordSize", "wireListString"), names(c));
        String body = c.methods().get(0).toString();
        assertTrue(
                body.contains("json.set(\"w\", com.fasterxml.jackson.databind.node.LongNode.valueOf(value.w()))"),
                body);
        // A list component has its own converter, written inline as a call.
        assertTrue(body.contains("json.set(\"tags\", wireListString(value.tags()))"), body);
    }

    @Test
    void aUnionsConverterComesFirstThenItsAlternativesInTheirOrder() {
        UnionDecl pick = model.unions().get(0);
        WireFormConverters c = converters();
        c.wire(new JavaType.UnionRef(pick.simpleName()), VALUE);
        List<String> alternatives = pick.alternatives();
        assertEquals(
                List.of(
                        "wireUnion" + pick.simpleName(),
                        "wireRecord" + alternatives.get(0),
                        "wireRecord" + alternatives.get(1)),
                names(c));
        String body = c.methods().get(0).toString();
        // The interface is sealed: the last alternative is reached by a cast, not by a test that could fail.
        assertTrue(body.contains("if (value instanceof " + model.javaPackage() + "." + alternatives.get(0)), body);
        assertTrue(
                body.contains("return wireRecord" + alternatives.get(1) + "((" + model.javaPackage() + "."
                        + alternatives.get(1) + ") value)"),
                body);
    }
}
