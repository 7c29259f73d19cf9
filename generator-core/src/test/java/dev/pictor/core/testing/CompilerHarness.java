package dev.pictor.core.testing;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory, as strictly as the strictest consumer build would ({@code --release 17
 * -Xlint:all -Werror -Xdoclint:all}), against the test class path (the runtime, Jackson), and loads the result.
 *
 * <p>{@code -Werror} is applied here rather than by javac, so that exactly two false warnings of JDK 17's DocLint
 * on records can be left out: "no comment" on a record component (JDK-8284994) and "no @param" on a compact
 * constructor (JDK-8275784), both fixed in JDK 19. Any other diagnostic, warning or error, fails the compilation.
 */
public final class CompilerHarness {

    private CompilerHarness() {}

    /**
     * Compiles {@code files} together.
     *
     * @return a class loader that defines the compiled classes and delegates everything else to this class's loader
     * @throws AssertionError with every diagnostic and the numbered sources, when the sources do not compile cleanly
     */
    public static ClassLoader compile(List<JavaFile> files) {
        return compile(files, d -> false);
    }

    /**
     * Compiles {@code files} together, leaving out the diagnostics {@code tolerated} accepts: for a test that must run
     * while another generator's known, reported gap is being fixed. Say which gap in the predicate's name.
     */
    public static ClassLoader compile(List<JavaFile> files, Predicate<Diagnostic<? extends JavaFileObject>> tolerated) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFile f : files) {
            sources.add(f.toJavaFileObject());
        }
        return compileSources(sources, tolerated);
    }

    /** Compiles every {@code .java} file under {@code sources} (a generator's output folder) together. */
    public static ClassLoader compileTree(Path sources) {
        return compileTree(sources, Map.of());
    }

    /**
     * Compiles every {@code .java} file under {@code sources} together with {@code extra}, sources of a consumer of the
     * generated code given as text by the name of their class ({@code com.example.Caller}).
     */
    public static ClassLoader compileTree(Path sources, Map<String, String> extra) {
        return compileSources(withExtra(treeSources(sources), extra), d -> false);
    }

    /**
     * Compiles every {@code .java} file under {@code sources} as {@link #compileTree(Path)} does, and writes the classes
     * under {@code classes} instead of loading them: for a test that chooses the class path they run with.
     */
    public static void compileTreeTo(Path sources, Path classes) {
        List<JavaFileObject> files = treeSources(sources);
        Run run = javac(files);
        if (!run.ok() || !run.found().isEmpty()) {
            throw new AssertionError(report(files, run.found(), run.output()));
        }
        try {
            for (Map.Entry<String, ByteArrayOutputStream> c : run.classes().entrySet()) {
                Path file = classes.resolve(c.getKey().replace('.', '/') + JavaFileObject.Kind.CLASS.extension);
                Files.createDirectories(file.getParent());
                Files.write(file, c.getValue().toByteArray());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles as {@link #compileTree(Path, Map)} does, with the same options, and returns javac's diagnostics (but
     * the JDK 17 false warnings of the class comment) instead of failing: for a test that expects javac to refuse a
     * source, and asserts on how.
     */
    public static List<Diagnostic<? extends JavaFileObject>> diagnostics(Path sources, Map<String, String> extra) {
        return javac(withExtra(treeSources(sources), extra)).found();
    }

    private static List<JavaFileObject> treeSources(Path sources) {
        try (Stream<Path> walk = Files.walk(sources)) {
            List<JavaFileObject> files = new ArrayList<>();
            for (Path p :
                    walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files.add(source(p.toUri(), Files.readString(p)));
            }
            return files;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JavaFileObject> withExtra(List<JavaFileObject> files, Map<String, String> extra) {
        List<JavaFileObject> all = new ArrayList<>(files);
        extra.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.add(source(
                        URI.create("string:///" + e.getKey().replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                        e.getValue())));
        return all;
    }

    private static JavaFileObject source(URI uri, String text) {
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    private static ClassLoader compileSources(
            List<JavaFileObject> sources, Predicate<Diagnostic<? extends JavaFileObject>> tolerated) {
        if (sources.isEmpty()) {
            return CompilerHarness.class.getClassLoader();
        }
        Run run = javac(sources);
        List<Diagnostic<? extends JavaFileObject>> found =
                run.found().stream().filter(d -> !tolerated.test(d)).toList();
        if (!run.ok() || !found.isEmpty()) {
            throw new AssertionError(report(sources, found, run.output()));
        }
        Map<String, ByteArrayOutputStream> classes = run.classes();
        return new ClassLoader(CompilerHarness.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
    }

    /** One javac run: its verdict, its diagnostics but the JDK 17 false warnings, its output, the classes by name. */
    private record Run(
            boolean ok,
            List<Diagnostic<? extends JavaFileObject>> found,
            String output,
            Map<String, ByteArrayOutputStream> classes) {}

    private static Run javac(List<JavaFileObject> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                    Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(
                        URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<String> options = List.of(
                "--release",
                "17",
                "-Xlint:all",
                "-Xdoclint:all",
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-classpath",
                System.getProperty("java.class.path"));
        StringWriter out = new StringWriter();
        boolean ok = compiler.getTask(out, manager, diagnostics, options, null, sources)
                .call();
        try {
            manager.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Diagnostic<? extends JavaFileObject>> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (!isJdk17RecordFalseWarning(d)) {
                found.add(d);
            }
        }
        return new Run(ok, List.copyOf(found), out.toString(), classes);
    }

    /** DocLint's warnings about records that JDK 19 no longer gives (see the class comment). */
    private static boolean isJdk17RecordFalseWarning(Diagnostic<? extends JavaFileObject> d) {
        if (d.getKind() != Diagnostic.Kind.WARNING || d.getSource() == null || d.getPosition() < 0) {
            return false;
        }
        String message = d.getMessage(Locale.ROOT);
        String source;
        try {
            source = d.getSource().getCharContent(true).toString();
        } catch (IOException e) {
            return false;
        }
        int at = (int) d.getPosition();
        if (message.equals("no comment")) {
            // a component in the header of a record: after "record Name(" with no body opened yet
            int record = source.lastIndexOf(" record ", at);
            return record >= 0
                    && source.indexOf('(', record) < at
                    && source.substring(record, at).indexOf('{') < 0
                    && source.substring(record, at).indexOf(';') < 0;
        }
        if (message.startsWith("no @param for ")) {
            // a compact constructor: a name followed by its body, no parameter list
            int lineEnd = source.indexOf('\n', at);
            String rest = source.substring(at, lineEnd < 0 ? source.length() : lineEnd);
            return rest.matches("[A-Za-z_$][A-Za-z0-9_$]*\\s*\\{\\s*");
        }
        return false;
    }

    private static String report(
            List<JavaFileObject> sources, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
        StringBuilder sb = new StringBuilder("generated sources do not compile cleanly:\n");
        Set<URI> failing = new HashSet<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            sb.append(d.getKind())
                    .append(' ')
                    .append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                    .append(d.getMessage(Locale.ROOT))
                    .append('\n');
            if (d.getSource() != null) {
                failing.add(d.getSource().toUri());
            }
        }
        sb.append(output);
        for (JavaFileObject f : sources) {
            if (!failing.contains(f.toUri())) {
                continue;
            }
            sb.append("\n--- ").append(f.getName()).append('\n');
            String[] lines;
            try {
                lines = f.getCharContent(true).toString().split("\n", -1);
            } catch (IOException e) {
                continue;
            }
            for (int i = 0; i < lines.length; i++) {
                sb.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
            }
        }
        return sb.toString();
    }
}
