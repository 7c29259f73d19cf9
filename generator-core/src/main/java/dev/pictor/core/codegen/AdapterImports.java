package dev.pictor.core.codegen;

import dev.pictor.core.link.AdapterTypes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imports of a rendered adapter, read off what it names: each type of {@link AdapterTypes} whose simple name the
 * code uses unqualified, or a Javadoc reference names ({@code {@link X#m(Y)}}, {@code @throws X}); never a
 * {@code java.lang} type. Nothing is listed per template, so a reshaped template imports what it uses.
 */
final class AdapterImports {

    /** A Javadoc tag that names a type, and its reference: {@code Type}, {@code Type#member(Parameter, ...)}. */
    private static final Pattern DOC_REFERENCE = Pattern.compile(
            "(?:\\{@link|\\{@linkplain|\\{@value|@throws|@exception|@see)\\s+([\\w$.#]*(?:\\([^)]*\\))?)");

    /** A name of a reference that is not a member's or a package's part: the first, and each parameter type's. */
    private static final Pattern REFERENCED_TYPE = Pattern.compile("(?:^|[(,]\\s*)([A-Za-z_$][\\w$]*)");

    private AdapterImports() {}

    /** The qualified names to import for {@code source}, a Java file's text, sorted. */
    static List<String> of(String source) {
        Set<String> named = namedTypes(source);
        Set<String> imports = new TreeSet<>();
        for (String type : AdapterTypes.QUALIFIED) {
            if (!type.startsWith("java.lang.") && named.contains(AdapterTypes.simpleName(type))) {
                imports.add(type);
            }
        }
        return List.copyOf(imports);
    }

    /**
     * Every name {@code source} may mean a type by: identifiers of the code not written after a {@code .}, outside
     * string and character literals, the package and import lines; and the types of each Javadoc reference.
     */
    private static Set<String> namedTypes(String source) {
        Set<String> names = new TreeSet<>();
        StringBuilder comment = new StringBuilder();
        int i = 0;
        char previous = ' ';
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i) || source.startsWith("/*", i)) {
                int end = source.startsWith("//", i) ? source.indexOf('\n', i) : source.indexOf("*/", i);
                end = end < 0 ? source.length() : end;
                comment.append(source, i, end).append('\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
                previous = c;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                String word = source.substring(i, end);
                if (word.equals("package") || word.equals("import")) {
                    end = Math.max(end, source.indexOf(';', end));
                } else if (previous != '.') {
                    names.add(word);
                }
                previous = 'a';
                i = end;
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                i++;
            }
        }
        Matcher references = DOC_REFERENCE.matcher(comment);
        while (references.find()) {
            Matcher types = REFERENCED_TYPE.matcher(references.group(1));
            while (types.find()) {
                names.add(types.group(1));
            }
        }
        return names;
    }

    /** The index after the string or character literal that starts at {@code start}. */
    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }
}
