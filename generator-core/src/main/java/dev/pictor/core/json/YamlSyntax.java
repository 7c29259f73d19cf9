package dev.pictor.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.InputFiles;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedNull;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML read as the JSON it stands for, as OpenAPI asks (YAML 1.2, tags limited to JSON's, string keys): values whose
 * meaning YAML 1.1 and 1.2 disagree on, or that JSON cannot hold, are located ERRORs rather than guesses; anchors are
 * expanded within a budget. One instance reads one document.
 */
final class YamlSyntax implements Syntax {

    /**
     * The most values aliases may add to one document: more than the anchors of any OpenAPI document repeat, and far
     * less than an alias bomb (a few lines whose aliases repeat aliases) would make.
     */
    static final int MAX_ALIAS_NODES = 100_000;

    /** Numbers as JSON writes them; YAML's other forms (hex, octal, {@code +1}, {@code 1_000}, {@code .5}) are not. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

    private static final String CORE_TAG = "tag:yaml.org,2002:";

    /** The tags of JSON's values (YAML 1.2's JSON schema): the only ones OpenAPI allows. */
    private static final Set<String> JSON_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq").stream()
            .map(t -> CORE_TAG + t)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final YAMLFactory FACTORY = new LocatedYamlFactory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(LocatedJsonReader.CONSTRAINTS)
            // yes, no, on and off are strings in YAML 1.2, as OpenAPI reads them, not YAML 1.1's booleans
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS));

    private final Diagnostics diagnostics;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private long aliasNodes;
    private boolean refused;

    YamlSyntax(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * SnakeYAML's limits, each set here rather than left to its defaults. The code point limit (3 MiB by default)
     * is raised to the size limit of every input, which it can never exceed (a code point takes a byte or more), so
     * that one limit, {@link InputFiles#MAX_BYTES}, decides. The alias, nesting and recursive-key limits apply when
     * SnakeYAML composes nodes, which Jackson's event parser never asks it to: this reader bounds aliases itself
     * ({@link #MAX_ALIAS_NODES}) and nesting in {@link LocatedJsonReader#MAX_DEPTH}, and they are set to the same
     * values so that no other path could use looser ones.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputFiles.MAX_BYTES);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(LocatedJsonReader.MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        // duplicate keys are reported by LocatedJsonReader, located at the second key, as in JSON
        options.setAllowDuplicateKeys(true);
        options.setProcessComments(false);
        return options;
    }

    /** Whether a value was reported that makes the tree differ from what the author wrote (the tree is not used). */
    boolean refused() {
        return refused;
    }

    @Override
    public String code() {
        return "yaml";
    }

    @Override
    public JsonParser open(String text) throws IOException {
        return FACTORY.createParser(new StringReader(text));
    }

    @Override
    public String message(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            String context = marked.getContext();
            return oneLine(marked.getProblem() + (context == null ? "" : " (" + context + ")"));
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Expected a field name")) {
            return "a mapping key is a sequence or a mapping; keys are strings in JSON and OpenAPI";
        }
        return oneLine(
                e.getCause() != null && e.getCause().getMessage() != null
                        ? e.getCause().getMessage()
                        : message);
    }

    @Override
    public String hint() {
        return "fix the YAML at this position";
    }

    @Override
    public String trailing() {
        return "a second YAML document follows (after ---); an OpenAPI document is one YAML document";
    }

    @Override
    public boolean isAlias(JsonParser parser) {
        return ((YAMLParser) parser).isCurrentAlias();
    }

    @Override
    public LocatedNode expand(JsonParser parser, SourceLocation at, String pointer) throws IOException {
        String name = parser.getText();
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            report(
                    "yaml.alias",
                    at,
                    open.contains(name)
                            ? "the alias *" + name + " repeats the value it is part of (a recursive alias)"
                            : "the alias *" + name + " has no anchor &" + name + " before it",
                    "write the value out");
            return null;
        }
        aliasNodes += anchored.size();
        if (aliasNodes > MAX_ALIAS_NODES) {
            report(
                    "yaml.alias",
                    at,
                    String.format(
                            Locale.ROOT,
                            "aliases repeat more than %,d values in this document (an alias bomb?); it is not read"
                                    + " further",
                            MAX_ALIAS_NODES),
                    "write the repeated values out, or use $ref");
            return null;
        }
        return anchored.value().rebase(pointer);
    }

    @Override
    public String start(JsonParser parser, SourceLocation at) throws IOException {
        Object typeId = parser.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        if (tag != null && !JSON_TAGS.contains(tag)) {
            String shown = tag.startsWith(CORE_TAG) ? "!!" + tag.substring(CORE_TAG.length()) : "!" + tag;
            report(
                    "yaml.unsupported",
                    at,
                    "the tag " + shown + " has no JSON value; OpenAPI allows only the tags of JSON values",
                    "remove the tag");
        }
        Object anchor = parser.getObjectId();
        if (anchor == null) {
            return null;
        }
        open.add(anchor.toString());
        return anchor.toString();
    }

    @Override
    public void anchored(String anchor, LocatedNode value) {
        open.remove(anchor);
        anchors.put(anchor, new Anchored(value, size(value)));
    }

    @Override
    public void name(JsonParser parser, String name, SourceLocation at) {
        if (name.equals("<<") && ((LocatedYamlParser) parser).plainScalar()) {
            report(
                    "yaml.unsupported",
                    at,
                    "the merge key << is YAML 1.1, not YAML 1.2 or JSON; its members are not merged",
                    "write the members out");
        }
    }

    @Override
    public LocatedNode scalar(JsonParser parser, SourceLocation at, String pointer) throws IOException {
        boolean plain = ((LocatedYamlParser) parser).plainScalar() && parser.getTypeId() == null;
        switch (parser.currentToken()) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                String number = parser.getText();
                if (JSON_NUMBER.matcher(number).matches()) {
                    return NumberLiterals.read(number, at, pointer, code(), diagnostics);
                }
                report(
                        "yaml.unsupported",
                        at,
                        "the number " + number + " is written in a form JSON does not have (hex, octal, a leading +"
                                + " or 0, _ between digits), which YAML 1.1 and 1.2 read differently",
                        "write it as JSON writes numbers, or quote it to make it a string");
                return new LocatedString(at, pointer, number);
            case VALUE_STRING:
                String text = parser.getText();
                if (plain && text.isEmpty()) {
                    return new LocatedNull(at, pointer); // YAML 1.2: a value left empty is null
                }
                if (plain && JSON_NUMBER.matcher(text).matches()) {
                    // a number too long for SnakeYAML's resolver, which leaves it a string: refused as a number
                    return NumberLiterals.read(text, at, pointer, code(), diagnostics);
                }
                return new LocatedString(at, pointer, text);
            case VALUE_EMBEDDED_OBJECT: // !!binary, reported by start()
                return new LocatedString(at, pointer, String.valueOf(parser.getText()));
            default:
                return LocatedJsonReader.jsonScalar(parser, at, pointer, code(), diagnostics);
        }
    }

    private void report(String code, SourceLocation at, String message, String hint) {
        refused = true;
        diagnostics.report(Severity.ERROR, code, at, message, hint);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** How many values a tree holds (the budget aliases spend). */
    private static int size(LocatedNode root) {
        int count = 0;
        Deque<LocatedNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            LocatedNode node = pending.pop();
            count++;
            if (node instanceof LocatedObject object) {
                object.members().stream().map(Member::value).forEach(pending::push);
            } else if (node instanceof LocatedArray array) {
                array.items().forEach(pending::push);
            }
        }
        return count;
    }

    /** A value written under an anchor, and how many values it holds. */
    private record Anchored(LocatedNode value, int size) {}

    /** Jackson's YAML factory, making {@link LocatedYamlParser}s. */
    private static final class LocatedYamlFactory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        LocatedYamlFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new LocatedYamlParser(
                    context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    /** Jackson's YAML parser, telling whether the current scalar was written plain (not quoted, not a block). */
    private static final class LocatedYamlParser extends YAMLParser {

        LocatedYamlParser(
                IOContext context,
                int parserFeatures,
                int yamlFeatures,
                LoaderOptions options,
                ObjectCodec codec,
                Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        boolean plainScalar() {
            return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
        }
    }
}
