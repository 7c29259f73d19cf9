package dev.pictor.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template ({@code /v1/generation/{engine_id}/text-to-image}) matched against a decoded request path:
 * each {@code {name}} is one path segment, the rest is literal.
 */
final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)\\}");

    private final String template;
    private final Pattern pattern;
    private final List<String> names;
    private final int literalLength;

    PathTemplate(String template) {
        this.template = template;
        StringBuilder regex = new StringBuilder();
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start()))).append("([^/]+)");
            literal += m.start() - at;
            found.add(m.group(1));
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        literal += template.length() - at;
        this.pattern = Pattern.compile(regex.toString());
        this.names = List.copyOf(found);
        this.literalLength = literal;
    }

    String template() {
        return template;
    }

    /** How much of the template is literal: the more, the more specific (tried first). */
    int literalLength() {
        return literalLength;
    }

    /** The value of each placeholder, when {@code path} matches. */
    Optional<Map<String, String>> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return Optional.of(values);
    }

    /** The template with each placeholder filled (values used as they are). */
    String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
