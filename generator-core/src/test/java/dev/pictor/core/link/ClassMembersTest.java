package dev.pictor.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The private member names of a generated class: check methods named after the schema path they check, unique in
 * the class, decided by the order they are asked for and nothing else.
 */
class ClassMembersTest {

    private static final JavaType LONG = new JavaType.Scalar(JavaType.ScalarKind.LONG);
    private static final JavaType JSON = new JavaType.Passthrough();

    private static JavaNames.ClassMembers members() {
        return new JavaNames.ClassMembers(Set.of("validate", "check"));
    }

    @Test
    void aCheckIsNamedAfterTheSchemaPathItChecks() {
        JavaNames.ClassMembers m = members();
        assertEquals("checkRequest", m.checkMethod("", new JavaType.RecordRef("FooRequest")));
        assertEquals("checkSteps", m.checkMethod("/properties/steps", LONG));
        assertEquals("checkNumSteps", m.checkMethod("/properties/num_steps", LONG));
        assertEquals("checkImageItems", m.checkMethod("/properties/image/items", LONG));
        assertEquals("checkLorasItemsScale", m.checkMethod("/properties/loras/items/properties/scale", JSON));
        assertEquals("checkInlineImage", m.checkMethod("/$defs/InlineImage", JSON));
        assertEquals("checkLora", m.checkMethod("/definitions/lora", JSON));
        assertEquals("checkImageOneOf0", m.checkMethod("/properties/image/oneOf/0", JSON));
        assertEquals("checkSizeAllOf1", m.checkMethod("/properties/size/allOf/1", JSON));
        assertEquals("checkExtraAdditionalProperties", m.checkMethod("/properties/extra/additionalProperties", JSON));
        // A property called "properties" is a name where a name is expected.
        assertEquals("checkProperties", m.checkMethod("/properties/properties", JSON));
        // Pointer escapes are read before the name is made: "a/b~c".
        assertEquals("checkABC", m.checkMethod("/properties/a~1b~0c", JSON));
        assertEquals("checkUnnamed", m.checkMethod("/properties/%%", JSON));
    }

    @Test
    void twoSchemasWhosePathsGiveTheSameWordsAreNumberedInTheOrderAskedFor() {
        JavaNames.ClassMembers m = members();
        assertEquals("checkAB", m.checkMethod("/properties/a_b", LONG));
        assertEquals("checkAB2", m.checkMethod("/properties/aB", LONG));
        assertEquals("checkAB3", m.checkMethod("/properties/a/properties/b", LONG));
        // The same schema asked again in another form keeps its own number.
        assertEquals("checkAB2Json", m.checkMethod("/properties/aB", JSON));

        JavaNames.ClassMembers reversed = members();
        assertEquals("checkAB", reversed.checkMethod("/properties/aB", LONG));
        assertEquals("checkAB2", reversed.checkMethod("/properties/a_b", LONG));
    }

    @Test
    void aNumberAfterADigitIsSetApart() {
        JavaNames.ClassMembers m = members();
        assertEquals("checkXOneOf0", m.checkMethod("/properties/x/oneOf/0", JSON));
        assertEquals("checkXOneOf0_2", m.checkMethod("/properties/x_one_of0", JSON));
    }

    @Test
    void anotherFormOfTheSameSchemaAddsTheForm() {
        JavaNames.ClassMembers m = members();
        assertEquals("checkImage", m.checkMethod("/properties/image", new JavaType.UnionRef("Image")));
        assertEquals("checkImageJson", m.checkMethod("/properties/image", JSON));
        assertEquals(
                "checkTagsListString",
                checkTwice(
                        m, "/properties/tags", new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.STRING))));
        assertEquals("checkRequestNull", m.nullCheckMethod(""));
    }

    private static String checkTwice(JavaNames.ClassMembers m, String pointer, JavaType second) {
        m.checkMethod(pointer, JSON);
        return m.checkMethod(pointer, second);
    }

    @Test
    void theNullCheckLeavesTheSchemasNameToItsValueCheck() {
        JavaNames.ClassMembers m = members();
        assertEquals("checkRequestNull", m.nullCheckMethod(""));
        assertEquals("checkRequest", m.checkMethod("", new JavaType.RecordRef("FooRequest")));
    }

    @Test
    void reservedNamesAreNeverGiven() {
        JavaNames.ClassMembers m = new JavaNames.ClassMembers(Set.of("check", "checkSteps"));
        assertEquals("checkSteps2", m.checkMethod("/properties/steps", LONG));
    }

    @Test
    void aReleasedNameGoesBackToItsSchemaOnly() {
        JavaNames.ClassMembers m = members();
        assertEquals("checkAB", m.checkMethod("/properties/a_b", LONG));
        m.release("checkAB");
        // Another schema with the same words does not take it: the name stays the first schema's.
        assertEquals("checkAB2", m.checkMethod("/properties/aB", LONG));
        // The first schema, checked in another form, gets its plain name back rather than checkABJson.
        assertEquals("checkAB", m.checkMethod("/properties/a_b", JSON));
    }

    @Test
    void theSameQuestionsInTheSameOrderGiveTheSameNames() {
        List<String> pointers = List.of(
                "", "/properties/a_b", "/properties/aB", "/properties/x/items", "/properties/x_items", "/$defs/X");
        assertEquals(ask(pointers), ask(pointers));
        assertEquals(
                List.of("checkRequest", "checkAB", "checkAB2", "checkXItems", "checkXItems2", "checkX"), ask(pointers));
    }

    private static List<String> ask(List<String> pointers) {
        JavaNames.ClassMembers m = members();
        List<String> names = new ArrayList<>();
        for (String p : pointers) {
            names.add(m.checkMethod(p, JSON));
        }
        return names;
    }

    @Test
    void convertersConstantsAndLocals() {
        JavaNames.ClassMembers m = members();
        assertEquals("wireRecordImageUrl", m.wireMethod(new JavaType.RecordRef("ImageUrl")));
        assertEquals("wireListUnionItem", m.wireMethod(new JavaType.ListOf(new JavaType.UnionRef("Item"))));
        assertEquals("wireBytes", m.wireMethod(new JavaType.Bytes(JavaType.BytesEncoding.NUMBER_ARRAY)));
        assertEquals("PATTERN_0", m.constant("PATTERN", 0));
        assertEquals("PATTERN_0_2", m.constant("PATTERN", 0));
        assertEquals("oneOf0", m.local("oneOf"));
        assertEquals("i1", m.local("i"));
        assertEquals("member1_3", JavaNames.ClassMembers.familyMember("member1", 3));
    }
}
