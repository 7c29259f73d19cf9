package dev.pictor.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The private member names of a generated class: unique in the class, decided by the order they are asked for. */
class ClassMembersTest {

    private static JavaNames.ClassMembers members() {
        return new JavaNames.ClassMembers(Set.of("validate", "check"));
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
