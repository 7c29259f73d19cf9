package dev.pictor.core.link;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Schema patterns are ECMA-262 regular expressions; generated validators run them with
 * {@link java.util.regex.Pattern}. The two agree on the syntax schemas use, except for Unicode property escapes,
 * which ECMA-262 writes with long names ({@code \p{Letter}}, {@code \p{Script=Greek}}) that Java does not know:
 * those are rewritten to Java's names here.
 */
final class EcmaRegex {

    private static final Pattern PROPERTY = Pattern.compile("\\\\([pP])\\{([A-Za-z_]+)(?:=([A-Za-z_]+))?\\}");

    /** ECMA-262's long general category names and their one- or two-letter forms, which Java accepts. */
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("Letter", "L"),
            Map.entry("Cased_Letter", "LC"),
            Map.entry("Uppercase_Letter", "Lu"),
            Map.entry("Lowercase_Letter", "Ll"),
            Map.entry("Titlecase_Letter", "Lt"),
            Map.entry("Modifier_Letter", "Lm"),
            Map.entry("Other_Letter", "Lo"),
            Map.entry("Mark", "M"),
            Map.entry("Nonspacing_Mark", "Mn"),
            Map.entry("Spacing_Mark", "Mc"),
            Map.entry("Enclosing_Mark", "Me"),
            Map.entry("Number", "N"),
            Map.entry("Decimal_Number", "Nd"),
            Map.entry("Letter_Number", "Nl"),
            Map.entry("Other_Number", "No"),
            Map.entry("Punctuation", "P"),
            Map.entry("Symbol", "S"),
            Map.entry("Math_Symbol", "Sm"),
            Map.entry("Currency_Symbol", "Sc"),
            Map.entry("Separator", "Z"),
            Map.entry("Space_Separator", "Zs"),
            Map.entry("Other", "C"),
            Map.entry("Control", "Cc"),
            Map.entry("Format", "Cf"),
            Map.entry("Unassigned", "Cn"),
            Map.entry("Private_Use", "Co"));

    private EcmaRegex() {}

    /** The pattern as {@link java.util.regex.Pattern} reads it with the same meaning. */
    static String toJava(String ecma) {
        Matcher m = PROPERTY.matcher(ecma);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String value = m.group(3);
            String java;
            if (value == null) {
                java = CATEGORIES.getOrDefault(name, name);
            } else if (name.equals("Script")
                    || name.equals("sc")
                    || name.equals("Script_Extensions")
                    || name.equals("scx")) {
                java = "Is" + value;
            } else if (name.equals("General_Category") || name.equals("gc")) {
                java = CATEGORIES.getOrDefault(value, value);
            } else {
                java = name + "=" + value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement("\\" + m.group(1) + "{" + java + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
