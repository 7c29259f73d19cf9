package dev.pictor.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Java form of a pattern matches what ECMA-262 matches with it. */
class EcmaRegexTest {

    private static boolean matches(String ecma, String value) {
        return Pattern.compile(EcmaRegex.toJava(ecma)).matcher(value).find();
    }

    @Test
    void dollarMatchesOnlyAtTheEndNotBeforeAFinalLineTerminator() {
        for (String terminator : new String[] {"\u2028", "\u2029", "\n", "\r\n", "\r", "\u0085"}) {
            String value = "abc" + terminator;
            assertTrue(Pattern.compile("^[a-z]+$").matcher(value).find(), "Java's own $ would accept it");
            assertFalse(
                    matches("^[a-z]+$", value),
                    () -> "accepted " + value.codePoints().boxed().toList());
            assertFalse(matches("c$", value));
        }
        assertTrue(matches("^[a-z]+$", "abc"));
        assertTrue(matches("c$|x", "abc"));
        assertTrue(matches("^\u2028$", "\u2028"));
    }

    @Test
    void aDollarThatIsACharacterStaysOne() {
        assertEquals("\\$\\z", EcmaRegex.toJava("\\$$"));
        assertEquals("[$]\\z", EcmaRegex.toJava("[$]$"));
        assertEquals("[\\]$]x\\z", EcmaRegex.toJava("[\\]$]x$"));
        assertEquals("[[$]\\z", EcmaRegex.toJava("[[$]$"), "a [ inside a class is a character in ECMA-262");
        assertTrue(matches("^\\$[0-9]+$", "$12"));
        assertTrue(matches("^[$]$", "$"));
        assertFalse(matches("^[$]$", "$\n"));
    }

    @Test
    void unicodePropertyNamesAreJavas() {
        assertEquals("^\\p{L}+\\z", EcmaRegex.toJava("^\\p{Letter}+$"));
        assertTrue(matches("^\\p{Script=Greek}+$", "αβγ"));
    }
}
