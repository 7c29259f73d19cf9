package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.client.PictorClient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result type of a call follows from its request: code that asks a client for another model's result does not
 * compile (javac's "incompatible types"), the same code with the model's own result type does; and every generated
 * request of the seed models is a {@code PictorRequest} of the result type of its model's binding.
 */
class TypedRunTest {

    private static final String FLUX =
            "dev.pictor.generated.cloudflare_workers_ai.black_forest_labs.flux_1_schnell" + ".v2025_11_20.";
    private static final String LUCID = "dev.pictor.generated.cloudflare_workers_ai.leonardo.lucid_origin.v2025_11_20.";
    private static final String DREAMSHAPER =
            "dev.pictor.generated.cloudflare_workers_ai.lykon.dreamshaper_8_lcm" + ".v2025_11_20.";
    private static final String IMAGE_RESULT = "dev.pictor.runtime.ImageResult";

    /**
     * A consumer of the generated clients, with the result type of each call left open: {@code %1$s} for the FLUX.1
     * [schnell] calls (its response record), {@code %2$s} for the DreamShaper call (an image body: ImageResult).
     */
    private static final String CALLER = """
            package com.example.consumer;

            import dev.pictor.runtime.Generation;
            import dev.pictor.runtime.client.ModelHandle;
            import dev.pictor.runtime.client.PictorClient;
            import java.util.concurrent.CompletableFuture;

            /** Calls the generated clients. */
            public final class Caller {
                /** Not made. */
                private Caller() {}

                /**
                 * Runs FLUX.1 [schnell].
                 *
                 * @param client the client
                 * @return the generation
                 */
                public static Generation<%1$s> run(PictorClient client) {
                    Generation<%1$s> g = client.run(%3$sFlux1SchnellRequest.builder("a fox").build());
                    return g;
                }

                /**
                 * Runs DreamShaper, which answers with the image itself.
                 *
                 * @param client the client
                 * @return the generation
                 */
                public static Generation<%2$s> runBinary(PictorClient client) {
                    Generation<%2$s> g = client.run(%4$sDreamshaper8LcmRequest.builder("a fox").build());
                    return g;
                }

                /**
                 * Runs FLUX.1 [schnell] on the client's executor.
                 *
                 * @param client the client
                 * @return the future generation
                 */
                public static CompletableFuture<Generation<%1$s>> runAsync(PictorClient client) {
                    CompletableFuture<Generation<%1$s>> f = client.runAsync(%3$sFlux1SchnellRequest.builder("a fox").build());
                    return f;
                }

                /**
                 * Pins FLUX.1 [schnell].
                 *
                 * @param client the client
                 * @return the handle
                 */
                public static ModelHandle<%3$sFlux1SchnellRequest, %1$s> handle(PictorClient client) {
                    ModelHandle<%3$sFlux1SchnellRequest, %1$s> h = client.model("@cf/black-forest-labs/flux-1-schnell");
                    return h;
                }
            }
            """;

    @TempDir
    static Path out;

    @BeforeAll
    static void generateTheSeedModels() throws Exception {
        GenerateResult result = Generator.standard()
                .run(GenerateOptions.of(SeedGenerationTest.SEEDS, out.resolve("java"), out.resolve("resources")));
        assertFalse(result.failed());
    }

    private static String caller(String fluxResult, String binaryResult) {
        return String.format(Locale.ROOT, CALLER, fluxResult, binaryResult, FLUX, DREAMSHAPER);
    }

    @Test
    void aGenerationOfAnotherTypeThanTheModelsResultDoesNotCompile() {
        // FLUX.1 [schnell] asked for Lucid Origin's response, DreamShaper for FLUX's: each is javac's error.
        String source = caller(LUCID + "LucidOriginResponse", FLUX + "Flux1SchnellResponse");
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d :
                CompilerHarness.diagnostics(out.resolve("java"), Map.of("com.example.consumer.Caller", source))) {
            assertEquals(Diagnostic.Kind.ERROR, d.getKind(), () -> "only errors: " + d);
            assertEquals("compiler.err.prob.found.req", d.getCode(), d::toString);
            assertTrue(d.getSource().getName().endsWith("com/example/consumer/Caller.java"), d::toString);
            errors.add(lineOf(source, d) + ": "
                    + d.getMessage(Locale.ROOT).lines().findFirst().orElseThrow());
        }
        // Through the compiler API, javac names the types in full.
        String conflict = "incompatible types: inference variable O has incompatible equality constraints ";
        assertEquals(
                List.of(
                        "Generation<LucidOriginResponse> g = client.run(: " + conflict + LUCID + "LucidOriginResponse,"
                                + FLUX + "Flux1SchnellResponse",
                        "Generation<Flux1SchnellResponse> g = client.run(: " + conflict + FLUX + "Flux1SchnellResponse,"
                                + IMAGE_RESULT,
                        "CompletableFuture<Generation<LucidOriginResponse>> f = client.runAsync(: " + conflict + LUCID
                                + "LucidOriginResponse," + FLUX + "Flux1SchnellResponse",
                        "ModelHandle<Flux1SchnellRequest, LucidOriginResponse> h = client.model(: " + conflict + FLUX
                                + "Flux1SchnellResponse," + LUCID + "LucidOriginResponse"),
                errors);
    }

    @Test
    void theSameCallsWithTheModelsOwnResultTypesCompile() throws Exception {
        ClassLoader compiled = CompilerHarness.compileTree(
                out.resolve("java"),
                Map.of("com.example.consumer.Caller", caller(FLUX + "Flux1SchnellResponse", IMAGE_RESULT)));
        Type run = compiled.loadClass("com.example.consumer.Caller")
                .getMethod("run", PictorClient.class)
                .getGenericReturnType();
        assertEquals("dev.pictor.runtime.Generation<" + FLUX + "Flux1SchnellResponse>", run.getTypeName());
    }

    @Test
    void everySeedRequestIsAPictorRequestOfItsModelsResultType() throws Exception {
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<ModelBinding<?, ?>> bindings = ModelBinding.installed(loader);
            assertEquals(12, bindings.size());
            for (ModelBinding<?, ?> b : bindings) {
                assertEquals(
                        List.of("dev.pictor.runtime.PictorRequest<"
                                + b.resultType().getName() + ">"),
                        Arrays.stream(b.requestType().getGenericInterfaces())
                                .map(Type::getTypeName)
                                .toList(),
                        () -> b.id().model() + " " + b.id().version());
                ParameterizedType declared = assertInstanceOf(
                        ParameterizedType.class, b.requestType().getGenericInterfaces()[0]);
                assertEquals(PictorRequest.class, declared.getRawType());
                assertEquals(b.resultType(), declared.getActualTypeArguments()[0]);
            }
        }
    }

    /** The start of the statement javac refused, up to the call: what the test names the error by. */
    private static String lineOf(String source, Diagnostic<? extends JavaFileObject> d) {
        String line = source.lines().toList().get((int) d.getLineNumber() - 1).strip();
        String shown = line.replace(FLUX, "").replace(LUCID, "").replace(DREAMSHAPER, "");
        return shown.substring(0, shown.indexOf('(') + 1);
    }
}
