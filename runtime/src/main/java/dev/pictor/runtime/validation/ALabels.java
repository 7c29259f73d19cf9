package dev.pictor.runtime.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * IDNA 2008 A-labels ({@code xn--} host name labels): the Punycode (RFC 3492) decodes, and the label it decodes to is
 * a valid U-label (RFC 5891 section 4.2): NFC, no hyphens at its ends or in its third and fourth places, no leading
 * combining mark, and every code point {@code PVALID} by the derivation of RFC 5892, or {@code CONTEXTJ}/{@code
 * CONTEXTO} with its rule of RFC 5892 Appendix A holding. The JDK's {@link java.net.IDN} implements IDNA 2003 and is
 * not used.
 *
 * <p>What the JDK's character data cannot give is approximated, and said here: the Virama combining class is a fixed
 * list of code points; the Joining_Type of the zero width non-joiner's rule takes letters of the joining scripts
 * (Arabic, Syriac, N'Ko, Mongolian and their kin) as dual-joining and marks and format characters as transparent;
 * RFC 5893's Bidi rule is not checked.
 */
final class ALabels {

    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    /** Code points of canonical combining class Virama (9). */
    private static final int[] VIRAMAS = {
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA,
        0x0F84, 0x1039, 0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806,
        0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235,
        0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6, 0x1172B, 0x11839, 0x119E0, 0x11A34, 0x11A47,
        0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97
    };

    /** RFC 5892 section 2.6, the exceptions that are {@code PVALID}. */
    private static final int[] PVALID_EXCEPTIONS = {0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007};

    /** RFC 5892 section 2.6, the exceptions that are {@code DISALLOWED}. */
    private static final int[] DISALLOWED_EXCEPTIONS = {
        0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B
    };

    /** Default_Ignorable_Code_Point ranges, inclusive pairs. */
    private static final int[] DEFAULT_IGNORABLE = {
        0x00AD, 0x00AD, 0x034F, 0x034F, 0x061C, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F, 0x200B,
        0x200F, 0x202A, 0x202E, 0x2060, 0x206F, 0x3164, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFEFF, 0xFFA0, 0xFFA0,
        0xFFF0, 0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE0FFF
    };

    private ALabels() {}

    /** Whether {@code punycode} (an A-label without its {@code xn--}) decodes to a valid U-label. */
    static boolean valid(String punycode) {
        int[] label = decode(punycode.toLowerCase(Locale.ROOT));
        if (label == null || label.length == 0) {
            return false;
        }
        boolean ascii = true;
        for (int cp : label) {
            ascii &= cp < 0x80;
        }
        String text = new String(label, 0, label.length);
        if (ascii
                || label[0] == '-'
                || label[label.length - 1] == '-'
                || (label.length >= 4 && label[2] == '-' && label[3] == '-')
                || isMark(label[0])
                || !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return false;
        }
        for (int i = 0; i < label.length; i++) {
            if (!allowed(label, i)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3492 decoding; {@code null} when {@code input} is not Punycode. */
    private static int[] decode(String input) {
        int delimiter = input.lastIndexOf('-');
        int[] out = new int[input.length()];
        int length = 0;
        for (int j = 0; j < Math.max(delimiter, 0); j++) {
            out[length++] = input.charAt(j);
        }
        int n = INITIAL_N;
        int bias = INITIAL_BIAS;
        long i = 0;
        int pos = delimiter < 0 ? 0 : delimiter + 1;
        while (pos < input.length()) {
            long oldI = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (pos >= input.length()) {
                    return null;
                }
                int digit = digit(input.charAt(pos++));
                if (digit < 0) {
                    return null;
                }
                i += digit * w;
                int t = k <= bias ? TMIN : Math.min(k - bias, TMAX);
                if (digit < t) {
                    break;
                }
                w *= BASE - t;
                if (i > Integer.MAX_VALUE || w > Integer.MAX_VALUE) {
                    return null;
                }
            }
            bias = adapt(i - oldI, length + 1, oldI == 0);
            long code = n + i / (length + 1);
            if (code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
                return null;
            }
            n = (int) code;
            int at = (int) (i % (length + 1));
            System.arraycopy(out, at, out, at + 1, length - at);
            out[at] = n;
            length++;
            i = at + 1L;
        }
        return java.util.Arrays.copyOf(out, length);
    }

    private static int digit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= '0' && c <= '9' ? c - '0' + 26 : -1;
    }

    private static int adapt(long delta, int points, boolean first) {
        long d = first ? delta / DAMP : delta / 2;
        d += d / points;
        int k = 0;
        while (d > ((BASE - TMIN) * TMAX) / 2) {
            d /= BASE - TMIN;
            k += BASE;
        }
        return (int) (k + (BASE - TMIN + 1) * d / (d + SKEW));
    }

    /** Whether the code point at {@code i} is PVALID, or contextual with its rule holding. */
    private static boolean allowed(int[] label, int i) {
        int cp = label[i];
        switch (cp) {
            case 0x200C: // ZERO WIDTH NON-JOINER
                return afterVirama(label, i) || joins(label, i);
            case 0x200D: // ZERO WIDTH JOINER
                return afterVirama(label, i);
            case 0x00B7: // MIDDLE DOT, between two l
                return i > 0 && i + 1 < label.length && label[i - 1] == 'l' && label[i + 1] == 'l';
            case 0x0375: // GREEK KERAIA, before Greek
                return i + 1 < label.length && script(label[i + 1]) == Character.UnicodeScript.GREEK;
            case 0x05F3: // HEBREW GERESH and GERSHAYIM, after Hebrew
            case 0x05F4:
                return i > 0 && script(label[i - 1]) == Character.UnicodeScript.HEBREW;
            case 0x30FB: // KATAKANA MIDDLE DOT, in a label with Hiragana, Katakana or Han
                for (int other : label) {
                    Character.UnicodeScript s = script(other);
                    if (s == Character.UnicodeScript.HIRAGANA
                            || s == Character.UnicodeScript.KATAKANA
                            || s == Character.UnicodeScript.HAN) {
                        return true;
                    }
                }
                return false;
            default:
                break;
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return !contains(label, 0x06F0, 0x06F9); // ARABIC-INDIC DIGITS, not mixed with the extended ones
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return !contains(label, 0x0660, 0x0669);
        }
        return pvalid(cp);
    }

    /** RFC 5892 section 3's derivation, for the code points no exception or context rule names. */
    private static boolean pvalid(int cp) {
        if (in(cp, PVALID_EXCEPTIONS)) {
            return true;
        }
        if (in(cp, DISALLOWED_EXCEPTIONS) || Character.getType(cp) == Character.UNASSIGNED) {
            return false;
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-') {
            return true;
        }
        String s = new String(Character.toChars(cp));
        String folded = Normalizer.normalize(
                Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        if (!folded.equals(s)) {
            return false; // Unstable
        }
        if (inRanges(cp, DEFAULT_IGNORABLE)
                || Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE) {
            return false; // IgnorableProperties
        }
        if ((cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0x1D100 && cp <= 0x1D24F)) {
            return false; // IgnorableBlocks: symbol marks, musical symbols, ancient Greek musical notation
        }
        if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
            return false; // OldHangulJamo
        }
        switch (Character.getType(cp)) {
            case Character.LOWERCASE_LETTER:
            case Character.UPPERCASE_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.MODIFIER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
                return true;
            default:
                return false;
        }
    }

    private static boolean afterVirama(int[] label, int i) {
        return i > 0 && in(label[i - 1], VIRAMAS);
    }

    /** {@code (L|D) T* ZWNJ T* (R|D)}, with the approximations the class comment names. */
    private static boolean joins(int[] label, int i) {
        int before = i - 1;
        while (before >= 0 && transparent(label[before])) {
            before--;
        }
        int after = i + 1;
        while (after < label.length && transparent(label[after])) {
            after++;
        }
        return before >= 0 && after < label.length && joining(label[before]) && joining(label[after]);
    }

    private static boolean transparent(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static boolean joining(int cp) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        switch (script(cp)) {
            case ARABIC:
            case SYRIAC:
            case NKO:
            case MONGOLIAN:
            case MANDAIC:
            case PHAGS_PA:
            case MANICHAEAN:
            case PSALTER_PAHLAVI:
            case ADLAM:
                return true;
            default:
                return false;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static Character.UnicodeScript script(int cp) {
        return Character.UnicodeScript.of(cp);
    }

    private static boolean contains(int[] label, int from, int to) {
        for (int cp : label) {
            if (cp >= from && cp <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(int cp, int[] set) {
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRanges(int cp, int[] ranges) {
        for (int r = 0; r < ranges.length; r += 2) {
            if (cp >= ranges[r] && cp <= ranges[r + 1]) {
                return true;
            }
        }
        return false;
    }
}
