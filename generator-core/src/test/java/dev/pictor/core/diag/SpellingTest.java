package dev.pictor.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> KEYWORDS = List.of("type", "maximum", "minimum", "$id", "if", "not");

    @Test
    void suggestsTheClosestWordIgnoringCaseAndCountingASwapAsOneEdit() {
        assertEquals(Optional.of("maximum"), Spelling.closest("maximun", KEYWORDS));
        assertEquals(Optional.of("minimum"), Spelling.closest("MINIMUM", KEYWORDS));
        assertEquals(Optional.of("type"), Spelling.closest("tpye", KEYWORDS));
        assertEquals(Optional.of("$id"), Spelling.closest("id", KEYWORDS));
    }

    @Test
    void suggestsNothingForWordsTooFarFromAnyCandidate() {
        assertEquals(Optional.empty(), Spelling.closest("foo", KEYWORDS));
        assertEquals(Optional.empty(), Spelling.closest("nullable", KEYWORDS));
        assertEquals(Optional.empty(), Spelling.closest("type", KEYWORDS));
    }

    @Test
    void theBandedDistanceAgreesWithTheFullTableUpToItsLimit() {
        java.util.Random random = new java.util.Random(17);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = randomWord(random);
            int full = fullDistance(a, b);
            for (int limit = 0; limit <= 3; limit++) {
                assertEquals(
                        Math.min(full, limit + 1), Spelling.distance(a, b, limit), a + " / " + b + " within " + limit);
            }
        }
    }

    @Test
    void comparesLongNamesInLinearTime() {
        String a = "a".repeat(200_000);
        String b = "a".repeat(199_999) + "b";
        assertEquals(Optional.of(b), Spelling.closest(a, List.of(b, "a".repeat(100_000))));
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(3)));
        }
        return word.toString();
    }

    /** The whole table: the reference the banded one is compared with. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
