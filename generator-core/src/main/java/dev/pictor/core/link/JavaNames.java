package dev.pictor.core.link;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that decides Java names: packages, types, members and enum constants, from provider ids, model
 * ids, versions, property names and enum values. Names are derived the same way on every machine. A name Java
 * cannot take as it is (a keyword, a leading digit, a name a record may not use) is adjusted with a NOTE saying so;
 * two wire names that end up as one Java name are an ERROR, never a silent {@code Foo__1}.
 */
public final class JavaNames {

    /** Java's keywords and literals, and {@code _}: words no Java identifier may be. */
    private static final Set<String> RESERVED_WORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_");

    /** Words Java reserves in some places only (types, modules, switch); generated names avoid them too. */
    private static final Set<String> CONTEXTUAL_KEYWORDS = Set.of(
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed",
            "exports",
            "module",
            "open",
            "opens",
            "provides",
            "requires",
            "to",
            "transitive",
            "uses",
            "with");

    private static final Set<String> KEYWORDS = Stream.concat(RESERVED_WORDS.stream(), CONTEXTUAL_KEYWORDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Record components may not take the names of Object's methods; a builder is generated under this name. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "clone",
            "finalize",
            "getClass",
            "hashCode",
            "notify",
            "notifyAll",
            "toString",
            "wait",
            "equals",
            "builder",
            "validate");

    /** Simple names a generated type may not take, because generated code refers to these types by them. */
    private static final Set<String> RESERVED_TYPES = withAdapterTypes(Set.of(
            "Object",
            "String",
            "Integer",
            "Long",
            "Double",
            "Boolean",
            "Override",
            "Deprecated",
            "List",
            "Map",
            "Objects",
            "Builder",
            "ImageBytes",
            "JsonValue",
            "Violation",
            "Violations",
            "Checks",
            "Pattern",
            "BigDecimal",
            "URI",
            "Base64Image",
            "DataUri",
            "ImageResult",
            "ModelBinding",
            "ModelId",
            "LocalDate",
            "Class",
            "SuppressWarnings"));

    /** How an enum constant spells a character of its wire value, where the plain name would collide. */
    private static final Map<Integer, String> PUNCTUATION = Map.ofEntries(
            Map.entry((int) ' ', "SPACE"),
            Map.entry((int) '+', "PLUS"),
            Map.entry((int) '-', "MINUS"),
            Map.entry((int) '.', "DOT"),
            Map.entry((int) ',', "COMMA"),
            Map.entry((int) ':', "COLON"),
            Map.entry((int) '/', "SLASH"),
            Map.entry((int) '*', "STAR"),
            Map.entry((int) '#', "HASH"),
            Map.entry((int) '@', "AT"),
            Map.entry((int) '&', "AND"),
            Map.entry((int) '%', "PERCENT"),
            Map.entry((int) '=', "EQUALS"),
            Map.entry((int) '(', "OPEN"),
            Map.entry((int) ')', "CLOSE"));

    private static final Pattern SPLIT_CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private final Diagnostics diagnostics;

    /** {@code names} and the simple name of every type a generated adapter may name ({@link AdapterTypes}). */
    private static Set<String> withAdapterTypes(Set<String> names) {
        return Stream.concat(names.stream(), AdapterTypes.simpleNames().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public JavaNames(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** {@code <base>.<provider>.<model path>.v<version>}, each part a valid lower-case package segment. */
    public String packageName(String base, String provider, String modelPath, String version) {
        List<String> segments = new ArrayList<>();
        segments.add(packageSegment(provider));
        for (String part : modelPath.split("/")) {
            segments.add(packageSegment(part));
        }
        segments.add("v" + packageSegment(version).replaceFirst("^_", ""));
        return base + "." + String.join(".", segments);
    }

    /**
     * Whether {@code segment} can be one part of a Java package name as it is: a Java identifier that is not a
     * keyword, a literal or {@code _}.
     */
    public static boolean isPackageSegment(String segment) {
        return !segment.isEmpty()
                && Character.isJavaIdentifierStart(segment.codePointAt(0))
                && segment.codePoints().allMatch(Character::isJavaIdentifierPart)
                && !RESERVED_WORDS.contains(segment);
    }

    private static String packageSegment(String raw) {
        String s = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            s = "_";
        }
        if (Character.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        return KEYWORDS.contains(s) ? s + "_" : s;
    }

    /** A type name from a wire name or model id: {@code sampler_name} is {@code SamplerName}. */
    public String typeName(String raw, LocatedNode at) {
        String name = pascal(tokens(raw));
        if (name.isEmpty()) {
            diagnostics.report(
                    Severity.ERROR,
                    "generate.name-empty",
                    at,
                    "\"" + raw + "\" has no letters or digits to make a Java type name of",
                    "rename it with a refinement");
            return "Unnamed";
        }
        if (Character.isDigit(name.charAt(0))) {
            return adjusted(raw, "_" + name, "a Java name cannot start with a digit", at);
        }
        if (RESERVED_TYPES.contains(name) || KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return adjusted(raw, name + "_", "generated code already uses the name " + name, at);
        }
        return name;
    }

    /**
     * The name of an alternative of union {@code union} that has no name of its own (no {@code title}, not a
     * {@code $ref}): {@code ImageOption1} for the first branch of {@code Image}.
     *
     * @param position the branch's position in its {@code oneOf}/{@code anyOf}, from 1
     */
    public String alternativeName(String union, int position) {
        return union + "Option" + position;
    }

    /**
     * The name of the record around one value that is an alternative of union {@code union}, after the value's JSON
     * type (a union has one such alternative per JSON type): {@code PromptText} for a string, {@code PromptList} for
     * an array, {@code PromptInteger}, {@code PromptNumber}, {@code PromptBoolean}; {@code StyleChoice} for a string
     * enum.
     */
    public String valueAlternativeName(String union, JsonType type, boolean enumeration) {
        String kind = switch (type) {
            case STRING -> enumeration ? "Choice" : "Text";
            case ARRAY -> "List";
            case INTEGER -> "Integer";
            case NUMBER -> "Number";
            case BOOLEAN -> "Boolean";
            case OBJECT, NULL -> throw new IllegalArgumentException("no value alternative for " + type);
        };
        return union + kind;
    }

    /**
     * The name of a type declared for the value of a value alternative, when the value's schema has no name of its
     * own (an inline enum): {@code StyleChoiceValue} inside {@code StyleChoice}.
     */
    public String alternativeValueName(String alternative) {
        return alternative + "Value";
    }

    /**
     * The name of the type a root schema's value becomes when that type cannot take the root's own name, because
     * the root stays a record around the value: {@code FooRequestValue} inside {@code FooRequest}.
     */
    public String rootValueName(String rootName) {
        return rootName + "Value";
    }

    /** The request record of a model: {@code FluxSchnellRequest}. */
    public static String requestName(String modelName) {
        return modelName + "Request";
    }

    /** The response record of a model: {@code FluxSchnellResponse}. */
    public static String responseName(String modelName) {
        return modelName + "Response";
    }

    /**
     * The response record of an OpenAPI operation's JSON answer other than the first (another status):
     * {@code CreateImageResponse201}. The first JSON answer takes {@link #responseName(String)}.
     */
    public static String responseName(String modelName, String status) {
        return responseName(modelName) + status;
    }

    /** The validator generated beside a request record: {@code FluxSchnellRequestValidator}. */
    public static String validatorName(String recordName) {
        return recordName + "Validator";
    }

    /** The adapter generated for a model: {@code FluxSchnellAdapter}. */
    public static String adapterName(String modelName) {
        return modelName + "Adapter";
    }

    /**
     * A loop variable of a generated adapter's image search: {@code image} for the innermost loop (0), which holds an
     * image, {@code item1}, {@code item2} for the lists around it. No other local of that method starts so.
     */
    public static String loopVariable(int outer) {
        return outer == 0 ? "image" : "item" + outer;
    }

    /** The type of an array's items when the items schema has no name of its own: {@code LorasItem}. */
    public static String itemName(String arrayName) {
        return arrayName + "Item";
    }

    /** The builder method that sets a nullable member to an explicit {@code null}: {@code seedNull}. */
    public static String nullSetterName(String member) {
        return member + "Null";
    }

    /** The type of a map's values when their schema has no name of its own: {@code TagsValue}. */
    public static String valueName(String mapName) {
        return mapName + "Value";
    }

    /**
     * The component of a record that keeps what its schema does not declare: {@code additionalProperties} (the
     * undeclared members of an object) or {@code rest} (a tuple's items after its positions), numbered when a
     * declared member has that name already.
     */
    public static String restMemberName(boolean tuple, Set<String> declared) {
        String base = tuple ? "rest" : "additionalProperties";
        String name = base;
        for (int n = 2; declared.contains(name); n++) {
            name = base + n;
        }
        return name;
    }

    /**
     * The component of a tuple record at {@code position}: the camel-cased title of the position's schema when it
     * has one that is free, else {@code item0}, {@code item1}...
     */
    public String positionName(int position, Optional<String> title, Set<String> taken) {
        if (title.isPresent()) {
            List<String> tokens = tokens(title.get());
            String name = tokens.isEmpty() ? "" : camel(tokens);
            if (!name.isEmpty()
                    && Character.isJavaIdentifierStart(name.charAt(0))
                    && !KEYWORDS.contains(name)
                    && !RESERVED_MEMBERS.contains(name)
                    && !taken.contains(name)) {
                return name;
            }
        }
        return "item" + position;
    }

    /** A member name from a wire name: {@code num_steps} is {@code numSteps}. */
    public String memberName(String wire, LocatedNode at) {
        List<String> tokens = tokens(wire);
        String name = tokens.isEmpty() ? "" : camel(tokens);
        if (name.isEmpty()) {
            diagnostics.report(
                    Severity.ERROR,
                    "generate.name-empty",
                    at,
                    "property \"" + wire + "\" has no letters or digits to make a Java name of",
                    "no Java record can hold it; rename it with a refinement if the provider accepts another name");
            return "unnamed";
        }
        if (Character.isDigit(name.charAt(0))) {
            return adjusted(wire, "_" + name, "a Java name cannot start with a digit", at);
        }
        if (KEYWORDS.contains(name)) {
            return adjusted(wire, name + "_", name + " is a Java keyword", at);
        }
        if (RESERVED_MEMBERS.contains(name)) {
            return adjusted(wire, name + "_", "a record component cannot be called " + name, at);
        }
        return name;
    }

    /** An enum constant from a wire value: {@code euler_ancestral} is {@code EULER_ANCESTRAL}. */
    public String constantName(String wire, LocatedNode at) {
        List<String> tokens = tokens(wire);
        String name = String.join(
                "_", tokens.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
        if (name.isEmpty()) {
            return adjusted(wire, "EMPTY", "the value has no letters or digits", at);
        }
        if (Character.isDigit(name.charAt(0))) {
            return adjusted(wire, "_" + name, "a Java name cannot start with a digit", at);
        }
        return name;
    }

    /**
     * The constants of one enum, from its wire values in order: {@link #constantName} for each, and for values whose
     * names would collide, a name that spells out their punctuation ({@code "a-b"} is {@code A_MINUS_B} beside
     * {@code "a_b"}'s {@code A_B}), then one that also keeps their letters' case ({@code "None"} beside
     * {@code "none"}). Each such name is noted; values that still share a name are left to the enum's scope to report.
     */
    public List<String> constantNames(List<String> wires, LocatedNode at) {
        List<String> names = new ArrayList<>();
        for (String wire : wires) {
            names.add(constantName(wire, at));
        }
        for (boolean keepCase : List.of(false, true)) {
            Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
            for (int i = 0; i < wires.size(); i++) {
                if (counts.get(names.get(i)) > 1) {
                    String plain = names.get(i);
                    String spelled = spelledConstant(wires.get(i), keepCase);
                    if (!spelled.equals(plain)) {
                        names.set(i, adjusted(wires.get(i), spelled, plain + " names another value too", at));
                    }
                }
            }
        }
        return names;
    }

    /**
     * The constant of a number enum's value: {@code 75} is {@code V75}, {@code 0.5} is {@code V0_5}, {@code -1} is
     * {@code MINUS_1}. Numbers equal in value ({@code 1}, {@code 1.0}) get one name.
     */
    public static String numberConstantName(BigDecimal value) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        String digits = plain.abs().toPlainString().replace('.', '_');
        return (plain.signum() < 0 ? "MINUS_" : "V") + digits;
    }

    /** Every character that is not a letter or digit as a word ({@code +} is {@code PLUS}); {@code _} separates. */
    private static String spelledConstant(String wire, boolean keepCase) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        wire.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                word.appendCodePoint(keepCase ? c : Character.toUpperCase(c));
                return;
            }
            if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (c != '_') {
                words.add(PUNCTUATION.getOrDefault(c, String.format(Locale.ROOT, "U%04X", c)));
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        String name = words.isEmpty() ? "EMPTY" : String.join("_", words);
        if (Character.isDigit(name.charAt(0))) {
            return "_" + name;
        }
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    private String adjusted(String wire, String name, String why, LocatedNode at) {
        diagnostics.report(
                Severity.NOTE,
                "generate.name-adjusted",
                at,
                "\"" + wire + "\" is called " + name + " in Java: " + why,
                null);
        return name;
    }

    /** The words of a name: split at anything that is not a letter or digit, and at camel-case humps. */
    static List<String> tokens(String raw) {
        List<String> tokens = new ArrayList<>();
        for (String chunk : raw.split("[^A-Za-z0-9]+")) {
            for (String token : SPLIT_CAMEL.split(chunk)) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private static String pascal(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            appendJoined(out, capitalize(token));
        }
        return out.toString();
    }

    private static String camel(List<String> tokens) {
        StringBuilder out = new StringBuilder(tokens.get(0).toLowerCase(Locale.ROOT));
        for (String token : tokens.subList(1, tokens.size())) {
            appendJoined(out, capitalize(token));
        }
        return out.toString();
    }

    /** Two numbers in a row keep a {@code _} between them, so that {@code v1-5} and {@code v15} stay apart. */
    private static void appendJoined(StringBuilder out, String token) {
        if (out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1)) && Character.isDigit(token.charAt(0))) {
            out.append('_');
        }
        out.append(token);
    }

    private static String capitalize(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * The names already taken in one scope (a package's types, a record's members, an enum's constants). A second
     * claim of a name by another wire name is an ERROR at the second place, naming the first.
     */
    public final class Scope {

        private final String kind;
        private final String where;
        private final boolean ignoreCase;
        private final Map<String, Claim> claimed = new HashMap<>();

        private record Claim(String name, String origin, SourceLocation location) {}

        /**
         * @param kind       what the names are, for messages: {@code type}, {@code member}
         * @param where      the scope, for messages: {@code in package com.example.x}, {@code of FooRequest}; or empty
         * @param ignoreCase true for type names: files named Foo.java and FOO.java collide on some file systems
         */
        public Scope(String kind, String where, boolean ignoreCase) {
            this.kind = kind;
            this.where = where;
            this.ignoreCase = ignoreCase;
        }

        /** Whether {@code origin} could claim {@code name}: no other origin has it. Reports nothing. */
        public boolean isFree(String name, String origin) {
            Claim previous = claimed.get(ignoreCase ? name.toLowerCase(Locale.ROOT) : name);
            return previous == null || previous.origin().equals(origin);
        }

        /** Claims {@code name} for {@code origin}; false (with an ERROR) when another origin has it. */
        public boolean claim(String name, String origin, LocatedNode at) {
            String key = ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
            Claim previous = claimed.putIfAbsent(key, new Claim(name, origin, at.location()));
            if (previous == null || previous.origin().equals(origin)) {
                return true;
            }
            diagnostics.report(
                    Severity.ERROR,
                    "generate.name-collision",
                    at,
                    "\"" + origin + "\" and \"" + previous.origin() + "\" (" + previous.location()
                            + ") both become the "
                            + kind + " " + (previous.name().equals(name) ? name : name + " / " + previous.name())
                            + (where.isEmpty() ? "" : " " + where)
                            + (ignoreCase && !previous.name().equals(name)
                                    ? " (names that differ only in case collide" + " on case-insensitive file systems)"
                                    : ""),
                    "rename one of them with a refinement, or remove the duplicate");
            return false;
        }
    }

    /**
     * The names of one generated class's private members, which no wire name claims: its check methods (named after
     * the schema path they check, so a stack trace reads {@code checkLorasItemsScale}), its converters, constants and
     * locals. Every name is unique in the class; two schemas whose paths give the same words are told apart by a
     * number in the order they are asked for ({@code /a_b} is {@code checkAB}, then {@code /aB} is
     * {@code checkAB2}), so the names depend only on that order, which the emitter keeps deterministic.
     */
    public static final class ClassMembers {

        /**
         * A validator's entry point that checks a request's JSON form ({@code validateJson(JsonNode)}), beside
         * {@code validate(Request)}: an overload would make {@code validate(null)} ambiguous.
         */
        public static final String JSON_ENTRY_POINT = "validateJson";

        /** Keywords of a schema pointer after which the next segment is a name ({@code properties/steps}). */
        private static final Set<String> NAMING_KEYWORDS =
                Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
        /** Keywords of a schema pointer followed by an index ({@code oneOf/0}). */
        private static final Set<String> INDEXED_KEYWORDS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

        private final Set<String> taken = new HashSet<>();
        /** The name each schema's checks are named from, by pointer; reserved for it even while no method has it. */
        private final Map<String, String> schemaNames = new HashMap<>();

        private int locals;

        /** @param reserved the names the class already has ({@code validate}, {@code check}) */
        public ClassMembers(Set<String> reserved) {
            taken.addAll(reserved);
        }

        /**
         * The method checking a value held as {@code form} against the schema at {@code pointer}:
         * {@code /properties/loras/items} is {@code checkLorasItems}, the request schema's root {@code checkRequest}.
         * The first method of a schema takes that name; another of the same schema, checking the value in another
         * form, adds the form: {@code checkImage} checks a union's value, {@code checkImageJson} its JSON form.
         *
         * @param pointer the schema's JSON Pointer, from the request schema's root where it lies under it
         */
        public String checkMethod(String pointer, JavaType form) {
            String name = schemaName(pointer);
            return taken.add(name) ? name : claim(name + typeWords(form));
        }

        /** The method checking the JSON value {@code null} against the schema at {@code pointer}. */
        public String nullCheckMethod(String pointer) {
            return claim(schemaName(pointer) + "Null");
        }

        /**
         * The method checking a JSON value's members and items that no schema evaluated against the
         * {@code unevaluatedProperties}/{@code unevaluatedItems} of the schema at {@code pointer}:
         * {@code checkRequestUnevaluated}.
         */
        public String unevaluatedCheckMethod(String pointer) {
            return claim(schemaName(pointer) + "Unevaluated");
        }

        /**
         * The method collecting the members of a JSON object that the schema at {@code pointer} (and the schemas it
         * applies to the same object) evaluated: {@code membersEvaluatedByRequest}.
         */
        public String evaluatedMembersMethod(String pointer) {
            return claim("membersEvaluatedBy" + schemaName(pointer).substring("check".length()));
        }

        /**
         * The method collecting the items of a JSON array that the schema at {@code pointer} (and the schemas it
         * applies to the same array) evaluated: {@code itemsEvaluatedByRequest}.
         */
        public String evaluatedItemsMethod(String pointer) {
            return claim("itemsEvaluatedBy" + schemaName(pointer).substring("check".length()));
        }

        /** The method giving the JSON form of a value held as {@code type}: {@code wireRecordImageUrl}. */
        public String wireMethod(JavaType type) {
            return claim("wire" + typeWords(type));
        }

        /** The {@code index}th constant of a kind: {@code PATTERN_0}. */
        public String constant(String kind, int index) {
            return claim(kind + "_" + index);
        }

        /** A local variable, numbered so that nested ones never shadow each other: {@code oneOf4}, {@code i7}. */
        public String local(String word) {
            return word + locals++;
        }

        /** The {@code n}th of a family of locals sharing one number: {@code member2_0}, {@code member2_1}. */
        public static String familyMember(String family, int n) {
            return family + "_" + n;
        }

        /** Gives a name back, for a method that turned out to check nothing and is not emitted. */
        public void release(String name) {
            taken.remove(name);
        }

        /** {@code base}, or {@code base} with the first number that makes it unique (taken by none, reserved by none). */
        private String claim(String base) {
            String name = unused(base);
            taken.add(name);
            return name;
        }

        private String schemaName(String pointer) {
            return schemaNames.computeIfAbsent(pointer, p -> {
                List<String> words = pointerWords(p);
                if (words.isEmpty()) {
                    words.add("Request");
                }
                return unused("check" + pascalJoined(words));
            });
        }

        private String unused(String base) {
            String name = base;
            for (int n = 2; taken.contains(name) || schemaNames.containsValue(name); n++) {
                name = Character.isDigit(base.charAt(base.length() - 1)) ? base + "_" + n : base + n;
            }
            return name;
        }

        /** The words naming a schema by its pointer: names and the keywords that say where in a value it applies. */
        private static List<String> pointerWords(String pointer) {
            List<String> segments = JsonPointer.tokens(pointer);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                boolean followed = i + 1 < segments.size();
                if (followed && NAMING_KEYWORDS.contains(segment)) {
                    String name = pascal(tokens(segments.get(++i)));
                    words.add(name.isEmpty() ? "Unnamed" : name);
                } else if (followed && INDEXED_KEYWORDS.contains(segment)) {
                    words.add(pascal(tokens(segment)) + segments.get(++i));
                } else if (!segment.isEmpty()) {
                    String word = pascal(tokens(segment));
                    words.add(word.isEmpty() ? "Unnamed" : word);
                }
            }
            return words;
        }

        private static String pascalJoined(List<String> words) {
            StringBuilder out = new StringBuilder();
            for (String w : words) {
                appendJoined(out, w);
            }
            return out.toString();
        }

        /** A representation in words, unique among representations: {@code ListRecordLora}, {@code Json}. */
        private static String typeWords(JavaType t) {
            if (t instanceof JavaType.Passthrough) {
                return "Json";
            }
            if (t instanceof JavaType.Scalar s) {
                return switch (s.kind()) {
                    case STRING -> "String";
                    case INT -> "Int";
                    case LONG -> "Long";
                    case DOUBLE -> "Double";
                    case BOOLEAN -> "Boolean";
                };
            }
            if (t instanceof JavaType.EnumRef e) {
                return "Enum" + e.simpleName();
            }
            if (t instanceof JavaType.OpenEnumRef e) {
                return "OpenEnum" + e.simpleName();
            }
            if (t instanceof JavaType.RecordRef r) {
                return "Record" + r.simpleName();
            }
            if (t instanceof JavaType.UnionRef u) {
                return "Union" + u.simpleName();
            }
            if (t instanceof JavaType.ListOf l) {
                return "List" + typeWords(l.item());
            }
            if (t instanceof JavaType.MapOf m) {
                return "Map" + typeWords(m.value());
            }
            if (t instanceof JavaType.Bytes b) {
                return b.encoding() == JavaType.BytesEncoding.NUMBER_ARRAY ? "Bytes" : "Base64";
            }
            if (t instanceof JavaType.Nullable n) {
                return "Nullable" + typeWords(n.value());
            }
            throw new IllegalArgumentException("a request holds no " + t);
        }
    }
}
