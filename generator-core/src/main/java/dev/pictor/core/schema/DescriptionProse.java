package dev.pictor.core.schema;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a description says in words, in English or Chinese, about a number's bounds, step, allowed values and
 * default: "A value between 0 and 1", "min 1", "multiple of 64", "must be 1 or 2", "0-255", "最小值:1,最大值:4",
 * "需要为 64 的倍数", "Default: 4", "默认值:“DPMSolverMultistep”". Only these phrasings count, so numbers that are
 * no bound ("1024px images", "8-bit", years) are not read as one.
 */
public final class DescriptionProse {

    /** What a description states; an empty part was not stated. The first statement of each kind wins. */
    public record Bounds(
            Optional<BigDecimal> minimum,
            Optional<BigDecimal> maximum,
            Optional<BigDecimal> multipleOf,
            List<BigDecimal> values) {

        public Bounds {
            values = List.copyOf(values); // immutable, as a record's parts are
        }

        public boolean isEmpty() {
            return minimum.isEmpty() && maximum.isEmpty() && multipleOf.isEmpty() && values.isEmpty();
        }
    }

    /** A default a description names: a {@link BigDecimal}, a {@link String} or a {@link Boolean}. */
    public record StatedValue(Object value) {

        /** The value as a message shows it: {@code 4}, {@code "DDIM"}, {@code true}. */
        public String shown() {
            if (value instanceof BigDecimal n) {
                return n.toPlainString();
            }
            return value instanceof String s ? "\"" + s + "\"" : value.toString();
        }

        /**
         * True when a schema's {@code default} is this value. A number and a string spelling the same number match:
         * the prose agrees with the schema, and a default of the wrong type is another rule's concern.
         */
        public boolean matches(LocatedNode node) {
            if (node instanceof LocatedBoolean b) {
                return value.equals(b.value());
            }
            Optional<BigDecimal> number = node instanceof LocatedNumber n
                    ? Optional.of(n.value())
                    : node instanceof LocatedString s ? parse(s.value()) : Optional.empty();
            Optional<BigDecimal> stated = value instanceof BigDecimal n
                    ? Optional.of(n)
                    : value instanceof String s ? parse(s) : Optional.empty();
            if (number.isPresent() && stated.isPresent()) {
                return number.get().compareTo(stated.get()) == 0;
            }
            return node instanceof LocatedString s && value.equals(s.value());
        }
    }

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    private static final String LISTED = "-?\\d+(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(LISTED);
    private static final int CI = Pattern.CASE_INSENSITIVE;

    /** A pair of numbers naming a range; years are skipped where a phrase could name a span of years. */
    private record RangePattern(Pattern pattern, boolean skipYears) {}

    private static final List<RangePattern> RANGES = List.of(
            new RangePattern(Pattern.compile("\\bbetween\\s+" + NUM + "\\s*(?:and|to|-|–)\\s*" + NUM, CI), false),
            new RangePattern(Pattern.compile("\\bfrom\\s+" + NUM + "\\s*(?:to|through|-|–)\\s*" + NUM, CI), true),
            new RangePattern(
                    Pattern.compile(
                            "\\brange(?:\\s+is|\\s+of)?\\s*[:=]?\\s*[\\[(]?\\s*" + NUM + "\\s*(?:to|-|–|,|\\.\\.)\\s*"
                                    + NUM,
                            CI),
                    false),
            new RangePattern(Pattern.compile("介于\\s*" + NUM + "\\s*(?:和|与|到|至|-|~|～)\\s*" + NUM), false),
            new RangePattern(
                    Pattern.compile("范围\\s*(?:为|是|[:：])?\\s*[\\[(（]?\\s*" + NUM + "\\s*(?:-|–|~|～|到|至|,|，)\\s*" + NUM),
                    false),
            // a bare "0-255": not "8-bit", not "v1-5", not a date
            new RangePattern(
                    Pattern.compile(
                            "(?<![\\w.\\-])(\\d+(?:\\.\\d+)?) ?[-–~～] ?(\\d+(?:\\.\\d+)?)" + "(?![\\w\\-]|\\.\\d)"),
                    true));

    private static final List<Pattern> MINIMA = List.of(
            Pattern.compile(
                    "(?:\\bmin(?:imum)?\\.?(?:\\s+value)?(?:\\s+(?:of|is))?\\s*[:=]?|\\bat\\s+least"
                            + "|\\bno\\s+(?:less|fewer|lower)\\s+than|>=|≥)\\s*" + NUM,
                    CI),
            Pattern.compile(NUM + "\\s+or\\s+(?:greater|more|higher|above|larger)\\b", CI),
            Pattern.compile("(?:最小值?|最少|最低)\\s*(?:为|是|[:：=])?\\s*" + NUM),
            Pattern.compile("(?:不小于|不少于|不低于|至少|大于等于|大于或等于)\\s*" + NUM));

    private static final List<Pattern> MAXIMA = List.of(
            Pattern.compile(
                    "(?:\\bmax(?:imum)?\\.?(?:\\s+value)?(?:\\s+(?:of|is))?\\s*[:=]?|\\bat\\s+most"
                            + "|\\bno\\s+(?:more|greater|higher)\\s+than|<=|≤)\\s*" + NUM,
                    CI),
            Pattern.compile(NUM + "\\s+or\\s+(?:less|fewer|lower|below|smaller)\\b", CI),
            Pattern.compile("(?:最大值?|最多|最高)\\s*(?:为|是|[:：=])?\\s*" + NUM),
            Pattern.compile("(?:不大于|不超过|不高于|至多|小于等于|小于或等于)\\s*" + NUM));

    private static final List<Pattern> MULTIPLES = List.of(
            Pattern.compile("\\b(?:multiples?\\s+of|divisible\\s+by)\\s*" + NUM, CI),
            Pattern.compile(NUM + "\\s*的(?:整数)?倍数"),
            Pattern.compile("(?:能被|可被)\\s*" + NUM + "\\s*整除"));

    private static final List<Pattern> VALUES = List.of(
            Pattern.compile(
                    "\\b(?:must|can\\s+only|may\\s+only|should)\\s+be\\s+"
                            + "(?:one\\s+of\\s+|either\\s+)?(" + LISTED + "(?:\\s*,\\s*" + LISTED + ")*"
                            + "(?:\\s*,?\\s*or\\s+" + LISTED + ")?)(?!\\w|\\.\\d)",
                    CI),
            Pattern.compile("(?:只能|必须|需要)(?:为|是|取)\\s*(" + LISTED + "(?:\\s*(?:、|,|，|或者|或)\\s*" + LISTED + ")+)"));

    private static final String VALUE = "(?:(-?\\d+(?:\\.\\d+)?)(?!\\w)|\"([^\"]*)\"|'([^']*)'|“([^”]*)”|‘([^’]*)’"
            + "|`([^`]*)`|「([^」]*)」|(true|false)(?!\\w))";

    private static final List<Pattern> DEFAULTS = List.of(
            Pattern.compile("\\bdefaults?(?:\\s+value)?(?:\\s+(?:is|to|of))?\\s*[:=]?\\s*" + VALUE, CI),
            Pattern.compile("默认(?:值)?\\s*(?:为|是|[:：=])?\\s*" + VALUE));

    /** One listed value: a quoted text, or a number as written. */
    private static final String ITEM =
            "(?:`[^`\\n]+`|'[^'\\n]+'|\"[^\"\\n]+\"|“[^”\\n]+”|-?\\d+(?:\\.\\d+)?(?!\\w|\\.\\d))";

    private static final Pattern ITEMS =
            Pattern.compile("`([^`\\n]+)`|'([^'\\n]+)'|\"([^\"\\n]+)\"|“([^”\\n]+)”|(-?\\d+(?:\\.\\d+)?)");

    /** What separates listed values: a comma (with or without "or"), a bar, or "or". */
    private static final String SEPARATOR = "(?:\\s*,\\s*(?:or\\s+)?|\\s*\\|\\s*|\\s+or\\s+)";

    /** At least two values, and the list ends there: a sentence ends or a bracket closes ("4, 6, or 8 on X" does not). */
    private static final String CLOSED_LIST =
            "(" + ITEM + "(?:" + SEPARATOR + ITEM + ")+)(?=\\s*[\\])]?\\s*(?:[.;!?](?:\\s|$)|$|\\())";

    /** A list of quoted values joined by "or", opened by a bracket or a colon ("quality (`low`, `medium`, or `high`)"). */
    private static final String QUOTED = "(?:`[^`\\n]+`|'[^'\\n]+'|\"[^\"\\n]+\"|“[^”\\n]+”)";

    private static final List<Pattern> LISTS = List.of(
            Pattern.compile("\\bone\\s+of\\s*:?\\s*[\\[(]?\\s*" + CLOSED_LIST, CI),
            Pattern.compile(
                    "\\b(?:accepts?|accepted|allowed|possible|valid|supported|acceptable)\\s+values?"
                            + "(?:\\s+(?:are|is|include))?\\s*:?\\s*[\\[(]?\\s*" + CLOSED_LIST,
                    CI),
            Pattern.compile("\\b(?:options|choices)(?:\\s+are)?\\s*:?\\s*[\\[(]?\\s*" + CLOSED_LIST, CI),
            Pattern.compile("[(:]\\s*(" + QUOTED + "(?:\\s*,\\s*" + QUOTED + ")*\\s*,?\\s+or\\s+" + QUOTED
                    + ")(?=\\s*\\)|\\s*(?:[.;!?](?:\\s|$)|$|\\())"));

    private DescriptionProse() {}

    /** The bounds, step and allowed values a description states. */
    public static Bounds bounds(String description) {
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        for (RangePattern range : RANGES) {
            Matcher m = range.pattern().matcher(description);
            while (m.find() && min.isEmpty()) {
                BigDecimal low = new BigDecimal(m.group(1));
                BigDecimal high = new BigDecimal(m.group(2));
                boolean years = range.skipYears() && isYear(m.group(1)) && isYear(m.group(2));
                if (low.compareTo(high) < 0 && !years) {
                    min = Optional.of(low);
                    max = Optional.of(high);
                }
            }
        }
        if (min.isEmpty()) {
            min = first(MINIMA, description);
        }
        if (max.isEmpty()) {
            max = first(MAXIMA, description);
        }
        return new Bounds(min, max, first(MULTIPLES, description).filter(n -> n.signum() > 0), values(description));
    }

    /** The default a description states, if it names one as a number, a quoted string or a boolean. */
    public static Optional<StatedValue> statedDefault(String description) {
        for (Pattern pattern : DEFAULTS) {
            Matcher m = pattern.matcher(description);
            if (m.find()) {
                if (m.group(1) != null) {
                    return Optional.of(new StatedValue(new BigDecimal(m.group(1))));
                }
                if (m.group(8) != null) {
                    return Optional.of(
                            new StatedValue(Boolean.valueOf(m.group(8).equalsIgnoreCase("true"))));
                }
                for (int g = 2; g <= 7; g++) {
                    if (m.group(g) != null) {
                        return Optional.of(new StatedValue(m.group(g)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> first(List<Pattern> patterns, String description) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(description);
            if (m.find()) {
                return Optional.of(new BigDecimal(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The values a description lists as the allowed ones, numbers as {@link BigDecimal}s and quoted texts as
     * {@link String}s, in the phrasings OpenAPI documents use: "one of `a`, `b` or `c`", "Accepts values [1.0, 1.3,
     * 4.5]", "Allowed values: 4, 6, or 8.", "Options are 'General' | 'Style'", "quality (`low`, `medium`, or
     * `high`)". A list counts only where it ends, so "Allowed values: 4, 6, or 8 on model X and 5 on Y" states none;
     * empty when no list of at least two values is stated.
     */
    public static List<StatedValue> listedValues(String description) {
        for (Pattern pattern : LISTS) {
            Matcher m = pattern.matcher(description);
            if (m.find()) {
                List<StatedValue> values = new ArrayList<>();
                Matcher item = ITEMS.matcher(m.group(1));
                while (item.find()) {
                    values.add(
                            item.group(5) != null
                                    ? new StatedValue(new BigDecimal(item.group(5)))
                                    : new StatedValue(quotedText(item)));
                }
                return List.copyOf(values);
            }
        }
        return List.of();
    }

    private static String quotedText(Matcher item) {
        for (int g = 1; g <= 4; g++) {
            if (item.group(g) != null) {
                return item.group(g);
            }
        }
        throw new IllegalStateException("a listed value matched no group"); // ITEMS always has one
    }

    /** The values of "must be 1 or 2"; a single number ("must be 0 or greater") states no list. */
    private static List<BigDecimal> values(String description) {
        for (Pattern pattern : VALUES) {
            Matcher m = pattern.matcher(description);
            while (m.find()) {
                List<BigDecimal> values = new ArrayList<>();
                Matcher n = NUMBER.matcher(m.group(1));
                while (n.find()) {
                    values.add(new BigDecimal(n.group()));
                }
                if (values.size() >= 2) {
                    return List.copyOf(values);
                }
            }
        }
        return List.of();
    }

    private static boolean isYear(String literal) {
        return literal.matches("(19|20)\\d\\d");
    }

    private static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
