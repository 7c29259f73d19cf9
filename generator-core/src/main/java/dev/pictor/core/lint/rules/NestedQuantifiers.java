package dev.pictor.core.lint.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds a repeated group that holds an unbounded quantifier of its own in a regular expression ({@code (.*a){12}},
 * {@code (a+)+}, {@code (\w+\s?)*}): the shape that lets a backtracking matcher try exponentially many ways to split
 * a value that almost matches. A group counts as repeated when its quantifier allows more than one repetition
 * ({@code *}, {@code +}, {@code {2}}, {@code {1,3}}); an inner quantifier counts when it has no upper bound
 * ({@code *}, {@code +}, {@code {2,}}) and is not possessive. Bounded inner repetitions ({@code (\d{1,3}\.){3}})
 * are not reported: their cost is bounded. One pass over the text, whatever its length.
 */
final class NestedQuantifiers {

    private NestedQuantifiers() {}

    /** A group being read: where it opened, and whether an unbounded quantifier applies inside it. */
    private static final class Group {
        final int start;
        final boolean atomic;
        boolean unboundedInside;

        Group(int start, boolean atomic) {
            this.start = start;
            this.atomic = atomic;
        }
    }

    /** A quantifier read after an atom: where it ends, and what it allows. */
    private record Quantifier(int end, boolean repeats, boolean unbounded) {}

    /** The first repeated group with an unbounded quantifier inside, as written with its quantifier; else empty. */
    static Optional<String> find(String pattern) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group(0, false)); // the whole pattern
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            int atomEnd;
            Group closed = null;
            if (c == '\\') {
                atomEnd = escapeEnd(pattern, i);
            } else if (c == '[') {
                atomEnd = classEnd(pattern, i);
            } else if (c == '(') {
                groups.push(new Group(i, pattern.startsWith("(?>", i)));
                i = i + 1;
                continue;
            } else if (c == ')' && groups.size() > 1) {
                closed = groups.pop();
                atomEnd = i + 1;
            } else if (c == '|' || c == '^' || c == '$' || c == ')') {
                i++;
                continue;
            } else {
                atomEnd = i + 1;
            }
            Quantifier q = quantifier(pattern, atomEnd);
            if (closed != null && q.repeats() && closed.unboundedInside && !closed.atomic) {
                return Optional.of(pattern.substring(closed.start, q.end()));
            }
            boolean unbounded = q.unbounded() || (closed != null && closed.unboundedInside && !closed.atomic);
            if (unbounded) {
                groups.peek().unboundedInside = true;
            }
            i = q.end();
        }
        return Optional.empty();
    }

    /** Where the escape at {@code i} ends: {@code \d}, {@code \p{L}}, {@code \x{41}}, {@code \k<n>}. */
    private static int escapeEnd(String p, int i) {
        if (i + 1 >= p.length()) {
            return p.length();
        }
        char e = p.charAt(i + 1);
        int after = i + 2;
        if ("pPuxN".indexOf(e) >= 0 && after < p.length() && p.charAt(after) == '{') {
            int close = p.indexOf('}', after);
            return close < 0 ? p.length() : close + 1;
        }
        if (e == 'k' && after < p.length() && p.charAt(after) == '<') {
            int close = p.indexOf('>', after);
            return close < 0 ? p.length() : close + 1;
        }
        return after;
    }

    /** Where the character class at {@code i} ends, nested classes ({@code [a-z&&[^b]]}) included. */
    private static int classEnd(String p, int i) {
        int depth = 0;
        int j = i;
        while (j < p.length()) {
            char c = p.charAt(j);
            if (c == '\\') {
                j = escapeEnd(p, j);
                continue;
            }
            if (c == '[') {
                depth++;
                j++;
                if (j < p.length() && p.charAt(j) == '^') {
                    j++;
                }
                if (j < p.length() && p.charAt(j) == ']') {
                    j++; // a ] right after [ or [^ is a character
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return p.length();
    }

    /** The quantifier at {@code i} (none when there is none), with a lazy {@code ?} or possessive {@code +}. */
    private static Quantifier quantifier(String p, int i) {
        if (i >= p.length()) {
            return new Quantifier(i, false, false);
        }
        char c = p.charAt(i);
        Quantifier q;
        if (c == '*' || c == '+') {
            q = new Quantifier(i + 1, true, true);
        } else if (c == '?') {
            q = new Quantifier(i + 1, false, false);
        } else if (c == '{') {
            q = braces(p, i);
            if (q == null) {
                return new Quantifier(i, false, false); // a literal brace
            }
        } else {
            return new Quantifier(i, false, false);
        }
        if (q.end() < p.length() && p.charAt(q.end()) == '+') {
            return new Quantifier(q.end() + 1, q.repeats(), false); // possessive: gives nothing back
        }
        if (q.end() < p.length() && p.charAt(q.end()) == '?') {
            return new Quantifier(q.end() + 1, q.repeats(), q.unbounded());
        }
        return q;
    }

    /**
     * {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}, or null when the brace starts no quantifier; read
     * no further than the quantifier itself.
     */
    private static Quantifier braces(String p, int i) {
        int minEnd = digitsEnd(p, i + 1);
        if (minEnd == i + 1 || minEnd >= p.length()) {
            return null;
        }
        if (p.charAt(minEnd) == '}') {
            return new Quantifier(minEnd + 1, atLeastTwo(p.substring(i + 1, minEnd)), false);
        }
        if (p.charAt(minEnd) != ',') {
            return null;
        }
        int maxEnd = digitsEnd(p, minEnd + 1);
        if (maxEnd >= p.length() || p.charAt(maxEnd) != '}') {
            return null;
        }
        return maxEnd == minEnd + 1
                ? new Quantifier(maxEnd + 1, true, true)
                : new Quantifier(maxEnd + 1, atLeastTwo(p.substring(minEnd + 1, maxEnd)), false);
    }

    /** Where the run of decimal digits at {@code i} ends. */
    private static int digitsEnd(String p, int i) {
        int j = i;
        while (j < p.length() && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    /** Whether a count written in decimal is 2 or more. */
    private static boolean atLeastTwo(String digits) {
        String trimmed = digits.replaceFirst("^0+", "");
        return trimmed.length() > 1 || (trimmed.length() == 1 && trimmed.charAt(0) >= '2');
    }
}
