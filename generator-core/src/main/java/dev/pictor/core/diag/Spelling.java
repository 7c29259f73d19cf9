package dev.pictor.core.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: the closest known word, ignoring case, within a small edit distance. */
public final class Spelling {

    private Spelling() {}

    /**
     * The candidate closest to {@code word}, if one is within two edits (one for words of up to three letters, so
     * that short words do not match everything); ties go to the first in sorted order. Candidates whose length
     * differs by more than that are not compared, and a comparison stops past the limit: the cost is linear in the
     * candidates' length, however long a name is.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = word.length() <= 3 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(word) || Math.abs(candidate.length() - word.length()) > limit) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (d <= limit && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The edit distance of {@code a} and {@code b}, with insertions, deletions, substitutions and transpositions of
     * neighbours (each costs 1), when it is at most {@code limit}, else {@code limit + 1}: only the cells within
     * {@code limit} of the diagonal are computed (the others cannot lead to a distance that small).
     */
    static int distance(String a, String b, int limit) {
        int over = limit + 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return over;
        }
        int[][] d = new int[3][b.length() + 1]; // rows i-2, i-1 and i, by i modulo 3
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] row = d[i % 3];
            int[] up = d[(i - 1) % 3];
            int[] upTwo = d[(i - 2 + 3) % 3];
            row[0] = Math.min(i, over);
            // The cells just outside the band, which this row's and the next row's cells read.
            if (i - limit - 1 >= 1) {
                row[i - limit - 1] = over;
            }
            if (i + limit + 1 <= b.length()) {
                row[i + limit + 1] = over;
            }
            int rowMin = row[0];
            for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(up[j] + 1, row[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, upTwo[j - 2] + 1);
                }
                row[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, row[j]);
            }
            if (rowMin > limit) {
                return over;
            }
        }
        return d[a.length() % 3][b.length()];
    }
}
