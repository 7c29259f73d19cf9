package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.testing.CompilerHarness;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour lives in the runtime: the seed adapters are generated and compiled once, then run against the runtime
 * and against a changed copy of its {@code BinaryImageAdapter} placed before it on the class path; every binary
 * adapter behaves as the changed class says, with the same class files, nothing regenerated or recompiled.
 */
class RuntimeFixReachesAdaptersTest {

    static final Path BINARY_IMAGE_ADAPTER =
            Path.of("../runtime/src/main/java/dev/pictor/runtime/transport/BinaryImageAdapter.java");

    /** Where the fix goes, and the fix: a reply that declares no media type is taken as the schema's. */
    static final String ANCHOR = "        Objects.requireNonNull(reply, \"reply\");\n";

    static final String FIX = "        if (reply instanceof Reply.Binary b && b.mediaType() == null) {\n"
            + "            return new ImageResult(b.bytes(), mediaType);\n"
            + "        }\n";

    @TempDir
    Path temp;

    @Test
    void aChangedRuntimeClassChangesEveryCompiledAdapterWithoutRegeneratingIt() throws Exception {
        Path resources = temp.resolve("resources");
        Path adapters = temp.resolve("adapters");
        GenerateResult generated = Generator.standard()
                .run(GenerateOptions.of(AdapterEmitterSeedsTest.SEEDS, temp.resolve("java"), resources));
        assertFalse(generated.failed(), generated::toString);
        CompilerHarness.compileTreeTo(temp.resolve("java"), adapters);

        String original = Files.readString(BINARY_IMAGE_ADAPTER, StandardCharsets.UTF_8);
        assertEquals(1, original.split(java.util.regex.Pattern.quote(ANCHOR), -1).length - 1, "one place to fix");
        Path fixedSource = temp.resolve("fix-src/dev/pictor/runtime/transport/BinaryImageAdapter.java");
        Files.createDirectories(fixedSource.getParent());
        Files.writeString(fixedSource, original.replace(ANCHOR, ANCHOR + FIX), StandardCharsets.UTF_8);
        Path fix = Files.createDirectories(temp.resolve("fix"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(
                0,
                javac.run(
                        null,
                        null,
                        null,
                        "--release",
                        "17",
                        "-proc:none",
                        "-classpath",
                        System.getProperty("java.class.path"),
                        "-d",
                        fix.toString(),
                        fixedSource.toString()));

        Map<String, String> before = decodeUntyped(adapters, resources);
        Map<String, String> after = decodeUntyped(fix, adapters, resources);
        assertEquals(6, before.size(), "the binary seed adapters: " + before.keySet());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((model, outcome) -> {
            assertTrue(outcome.startsWith("IOException: " + model + " answers with image/"), outcome);
            assertTrue(outcome.endsWith(", but the reply is null"), outcome);
        });
        after.forEach((model, outcome) ->
                assertTrue(outcome.matches("ImageResult\\[.*mediaType=image/(png|jpeg)]"), model + ": " + outcome));
    }

    /**
     * Each registered binary adapter of a class path of {@code first} and the test's own, loaded apart from the test
     * (the platform class loader its parent), decoding image bytes without a media type: what it answers, by model.
     */
    private static Map<String, String> decodeUntyped(Path... first) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path p : first) {
            urls.add(p.toUri().toURL());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        Map<String, String> outcomes = new TreeMap<>();
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> binding = loader.loadClass("dev.pictor.runtime.ModelBinding");
            Class<?> binaryAdapter = loader.loadClass("dev.pictor.runtime.transport.BinaryImageAdapter");
            Class<?> reply = loader.loadClass("dev.pictor.runtime.transport.Reply");
            Class<?> imageBytes = loader.loadClass("dev.pictor.runtime.ImageBytes");
            Object bytes = imageBytes.getMethod("of", byte[].class).invoke(null, (Object) new byte[] {1, 2, 3});
            Object untyped = loader.loadClass("dev.pictor.runtime.transport.Reply$Binary")
                    .getConstructor(String.class, imageBytes)
                    .newInstance(null, bytes);
            Method decode = binaryAdapter.getMethod("decode", reply);
            for (Object adapter : ServiceLoader.load(binding, loader)) {
                if (!binaryAdapter.isInstance(adapter)) {
                    continue;
                }
                Object id = binding.getMethod("id").invoke(adapter);
                String model = (String) id.getClass().getMethod("model").invoke(id);
                String outcome;
                try {
                    outcome = decode.invoke(adapter, untyped).toString();
                } catch (InvocationTargetException e) {
                    IOException io = assertInstanceOf(IOException.class, e.getCause());
                    outcome = "IOException: " + io.getMessage();
                }
                outcomes.put(model, outcome);
                assertTrue(adapter.getClass().getClassLoader() == loader, "the adapter is not the test's own");
            }
        }
        return outcomes;
    }
}
