package dev.pictor.core.codegen;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.io.InputFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Mustache templates adapters are rendered from: one per transport kind the runtime knows
 * ({@code cloudflare-workers-ai.java.mustache}, ...) and {@code unknown.java.mustache} for any other kind, built in
 * under {@code dev/pictor/core/codegen/adapters/}; a user's templates folder may hold a file of the same name to
 * override any of them. The built-in kind templates extend {@code adapter.java.mustache} (Mustache's
 * {@code {{<adapter.java.mustache}}} with {@code {{$block}}}s), which holds what every adapter has; the user may
 * override that one too.
 *
 * <p>Rendering is strict: no HTML escaping (the output is Java, not HTML), and a name the context does not hold is
 * an error naming the template, the line and the key, never an empty string. A partial or parent
 * ({@code {{> name}}}, {@code {{< name}}}) names one of these templates, never a file, so that nothing outside the
 * templates folder is ever read. A template that cannot be read or parsed is a located ERROR; a file in the folder
 * that overrides no built-in template a WARNING.
 */
public final class AdapterTemplates {

    /** The file name ending of every adapter template. */
    public static final String SUFFIX = ".java.mustache";

    /** The transport kinds the runtime has a transport for, each with its own template. */
    public static final List<String> KNOWN_TRANSPORTS =
            List.of("cloudflare-workers-ai", "json-gateway", "openapi", "replicate-predictions", "runpod-serverless");

    /** The template of every transport kind the runtime does not know: an abstract adapter. */
    public static final String UNKNOWN = "unknown" + SUFFIX;

    /** The template the others extend: what every adapter has. */
    public static final String BASE = "adapter" + SUFFIX;

    /** Every template name, sorted. */
    public static final List<String> NAMES = Stream.concat(
                    KNOWN_TRANSPORTS.stream().map(k -> k + SUFFIX), Stream.of(UNKNOWN, BASE))
            .sorted()
            .toList();

    /** How a built-in template is named in a finding. */
    static final String BUILT_IN_PREFIX = "[built-in]/adapters/";

    private final Map<String, Template> templates;

    private AdapterTemplates(Map<String, Template> templates) {
        this.templates = Collections.unmodifiableMap(new TreeMap<>(templates));
    }

    /** A template, compiled once every template's text is known, and where it came from. */
    private record Template(String name, String location, boolean builtIn, String text, Mustache mustache) {

        /** This template compiled, its partials and parent looked up in {@code templates}. */
        Template compiledWith(Map<String, Template> templates) {
            return new Template(name, location, builtIn, text, new Factory(templates).compile(text, name));
        }
    }

    /** Pictor's own templates. */
    public static AdapterTemplates builtIn() {
        return compiled(builtInTemplates(), new Diagnostics());
    }

    private static Map<String, Template> builtInTemplates() {
        Map<String, Template> templates = new TreeMap<>();
        for (String name : NAMES) {
            templates.put(name, builtInTemplate(name));
        }
        return templates;
    }

    /**
     * The built-in templates, with those of {@code folder} in place of the ones they are named like. Problems are
     * reported to {@code diagnostics}: a folder that does not exist, a template that cannot be read or parsed, or a
     * file that leads outside the folder are ERRORs (that template is then left as built in); a {@code .mustache} file
     * named like no built-in template is a WARNING. Only the folder's own files are read, never a subfolder.
     *
     * @param folder the user's templates folder, or empty for the built-in templates alone
     */
    public static AdapterTemplates load(Optional<Path> folder, Diagnostics diagnostics) {
        Map<String, Template> templates = builtInTemplates();
        if (folder.isEmpty()) {
            return compiled(templates, diagnostics);
        }
        Path dir = folder.get();
        if (!Files.isDirectory(dir)) {
            diagnostics.report(
                    Severity.ERROR,
                    "generate.templates-folder",
                    SourceLocation.startOf(display(dir)),
                    Files.exists(dir)
                            ? "the templates folder is a file, not a folder"
                            : "the templates folder does not exist",
                    "point the templates setting at a folder of adapter templates, or remove it");
            return compiled(templates, diagnostics);
        }
        List<Path> files;
        Path realDir;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            files = new ArrayList<>();
            entries.forEach(files::add);
            files.sort(null);
            realDir = dir.toRealPath();
        } catch (IOException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "generate.templates-folder",
                    SourceLocation.startOf(display(dir)),
                    "cannot read the templates folder: " + AtomicFiles.reason(e),
                    null);
            return compiled(templates, diagnostics);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".mustache")) {
                continue;
            }
            String location = display(file);
            if (!NAMES.contains(name)) {
                diagnostics.report(
                        Severity.WARNING,
                        "generate.template-unused",
                        SourceLocation.startOf(location),
                        "\"" + name + "\" is named like no built-in adapter template, so it overrides nothing",
                        "name it after the transport kind it renders: " + String.join(", ", NAMES));
                continue;
            }
            userTemplate(name, file, location, realDir, diagnostics).ifPresent(t -> templates.put(name, t));
        }
        return compiled(templates, diagnostics);
    }

    /**
     * {@code templates} compiled, the base first, since the others extend it: a user's template that does not parse
     * is an ERROR, and the built-in one of its name takes its place.
     */
    private static AdapterTemplates compiled(Map<String, Template> templates, Diagnostics diagnostics) {
        Map<String, Template> out = new TreeMap<>(templates);
        List<String> order = new ArrayList<>(NAMES);
        order.remove(BASE);
        order.add(0, BASE);
        for (String name : order) {
            Template template = out.get(name);
            try {
                out.put(name, template.compiledWith(out));
            } catch (MustacheException e) {
                if (template.builtIn() && out.get(BASE).builtIn()) {
                    throw new IllegalStateException(
                            "the built-in template " + template.location() + " does not parse: " + e.getMessage(), e);
                }
                TemplateException located = failure(out, template, e);
                diagnostics.report(
                        Severity.ERROR,
                        "generate.template-invalid",
                        located.location(),
                        "the template does not parse: " + located.getMessage(),
                        "fix the template's tags (see the Mustache manual, mustache(5))");
                out.put(name, builtInTemplate(name).compiledWith(builtInTemplates()));
            }
        }
        return new AdapterTemplates(out);
    }

    /** The template a transport kind's adapters are rendered from. */
    public static String templateName(String transport) {
        return KNOWN_TRANSPORTS.contains(transport) ? transport + SUFFIX : UNKNOWN;
    }

    /** Whether {@code name} is a user's template rather than Pictor's own. */
    public boolean overridden(String name) {
        return !template(name).builtIn();
    }

    /** Where template {@code name} comes from, as findings name it. */
    public String location(String name) {
        return template(name).location();
    }

    /**
     * Renders template {@code name} with {@code context}: maps of names to values, lists, booleans and text.
     *
     * @return the text, with {@code \n} line ends and a final line end
     * @throws TemplateException when the template names a value the context does not hold, or fails otherwise
     */
    public String render(String name, Map<String, ?> context) throws TemplateException {
        Template template = template(name);
        StringWriter out = new StringWriter();
        try {
            template.mustache().execute(out, context).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        } catch (RuntimeException e) {
            throw failure(templates, template, e);
        }
        String text = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        return text.endsWith("\n") ? text : text + "\n";
    }

    private Template template(String name) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no adapter template " + name + "; the templates are " + NAMES);
        }
        return template;
    }

    private static Template builtInTemplate(String name) {
        String location = BUILT_IN_PREFIX + name;
        try (InputStream in = AdapterTemplates.class.getResourceAsStream("adapters/" + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the built-in template " + location + " is missing from the class path");
            }
            return new Template(name, location, true, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in template " + location, e);
        }
    }

    private static Optional<Template> userTemplate(
            String name, Path file, String location, Path realDir, Diagnostics diagnostics) {
        String text;
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realDir) || !realDir.equals(real.getParent())) {
                diagnostics.report(
                        Severity.ERROR,
                        "generate.template-outside",
                        SourceLocation.startOf(location),
                        "the template leads outside the templates folder (to " + real + "); it is not read",
                        "put the template itself in the templates folder");
                return Optional.empty();
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                diagnostics.report(
                        Severity.ERROR,
                        "generate.template-invalid",
                        SourceLocation.startOf(location),
                        "the template is not a file",
                        null);
                return Optional.empty();
            }
            // read as every input is: bounded by InputFiles.MAX_BYTES, its type checked before it is opened
            Optional<byte[]> content = InputFiles.read(real, location, diagnostics);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content.get()))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "generate.template-invalid",
                    SourceLocation.startOf(location),
                    "the template is not UTF-8 text",
                    "save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "generate.template-invalid",
                    SourceLocation.startOf(location),
                    "cannot read the template: " + AtomicFiles.reason(e),
                    null);
            return Optional.empty();
        }
        return Optional.of(new Template(name, location, false, text, null));
    }

    /**
     * A failure of {@code template}, located at the line of the tag the Mustache compiler names, in the template of
     * {@code templates} that tag is in (the one {@code template} extends, maybe).
     */
    private static TemplateException failure(Map<String, Template> templates, Template template, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MissingValue missing) {
                Template in = missing.context == null ? template : in(templates, template, missing.context.file());
                int line = missing.context == null ? 1 : missing.context.line();
                return new TemplateException(
                        at(in, line, missing.key),
                        in.builtIn(),
                        "no value named \"" + missing.key + "\" for {{" + missing.key + "}}; a missing value is an"
                                + " error, not an empty string (the names here: "
                                + String.join(", ", missing.available) + ")");
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MustacheNotFoundException) {
                int line = Math.min(lineOf(template.text(), "{{>"), lineOf(template.text(), "{{<"));
                line = line == Integer.MAX_VALUE ? 1 : line;
                return new TemplateException(
                        at(template, line, null),
                        template.builtIn(),
                        "a partial or parent ({{> name}}, {{< name}}) must name an adapter template ("
                                + String.join(", ", NAMES) + "), never a file");
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MustacheException m && m.getContext() != null) {
                Template in = in(templates, template, m.getContext().file());
                return new TemplateException(
                        at(in, m.getContext().line(), null), in.builtIn(), withoutLocation(m.getMessage()));
            }
        }
        String message = e.getMessage() == null ? e.getClass().getName() : withoutLocation(e.getMessage());
        return new TemplateException(SourceLocation.startOf(template.location()), template.builtIn(), message);
    }

    /** The template named {@code name} (a Mustache context's file), else {@code fallback}. */
    private static Template in(Map<String, Template> templates, Template fallback, String name) {
        Template named = name == null ? null : templates.get(name);
        return named == null ? fallback : named;
    }

    /** Line {@code line} of the template, at the column where {@code text} first appears on it (else column 1). */
    private static SourceLocation at(Template template, int line, String text) {
        int column = 1;
        String[] lines = template.text().split("\n", -1);
        if (text != null && line >= 1 && line <= lines.length) {
            int i = lines[line - 1].indexOf(text);
            column = i < 0 ? 1 : i + 1;
        }
        return new SourceLocation(template.location(), Math.max(1, line), column);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0
                ? Integer.MAX_VALUE
                : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Mustache.java appends {@code @[file:line]} to its messages; a finding gives the location on its own. */
    private static String withoutLocation(String message) {
        return message.replaceAll("\\s*@\\[[^\\]]*\\]$", "");
    }

    private static String display(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }

    /**
     * Mustache.java with HTML escaping off, strict lookups, and partials and parents resolved among the adapter
     * templates by their name alone: a path leads nowhere.
     */
    private static final class Factory extends DefaultMustacheFactory {

        Factory(Map<String, Template> templates) {
            super(name -> templates.containsKey(name)
                    ? new StringReader(templates.get(name).text())
                    : null);
            setObjectHandler(new StrictObjectHandler());
        }

        Mustache compile(String text, String name) {
            return compile(new StringReader(text), name);
        }

        @Override
        public String resolvePartialPath(String dir, String name, String extension) {
            return name;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Looks names up in the maps of the context, innermost scope first, with dotted names ({@code provider.id})
     * walking nested maps and {@code .} the current item; a name no scope holds, or one holding {@code null}, throws
     * instead of rendering as nothing. Objects other than maps expose nothing: a template sees exactly the context.
     */
    private static final class StrictObjectHandler extends AbstractObjectHandler {

        @Override
        public Wrapper find(String name, List<Object> scopes) {
            return s -> lookup(name, s, null);
        }

        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return scopes -> lookup(name, scopes, tc);
        }

        private static Object lookup(String name, List<Object> scopes, TemplateContext tc) {
            if (name.equals(".")) {
                return scopes.get(scopes.size() - 1);
            }
            String[] parts = name.split("\\.", -1);
            for (int i = scopes.size() - 1; i >= 0; i--) {
                if (scopes.get(i) instanceof Map<?, ?> map && map.containsKey(parts[0])) {
                    Object value = map.get(parts[0]);
                    for (int p = 1; p < parts.length && value != null; p++) {
                        value = value instanceof Map<?, ?> inner && inner.containsKey(parts[p])
                                ? inner.get(parts[p])
                                : null;
                    }
                    if (value == null) {
                        break;
                    }
                    return value;
                }
            }
            throw new MissingValue(name, tc, available(scopes));
        }

        /** The names the innermost map scope holds, and those of the scopes around it. */
        private static List<String> available(List<Object> scopes) {
            return scopes.stream()
                    .filter(s -> s instanceof Map<?, ?>)
                    .flatMap(s -> ((Map<?, ?>) s).keySet().stream().map(String::valueOf))
                    .distinct()
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** A name the context does not hold. */
    private static final class MissingValue extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final String key;
        final transient TemplateContext context;
        final transient List<String> available;

        MissingValue(String key, TemplateContext context, List<String> available) {
            super("no value named \"" + key + "\"", null, false, false);
            this.key = key;
            this.context = context;
            this.available = available;
        }
    }
}
