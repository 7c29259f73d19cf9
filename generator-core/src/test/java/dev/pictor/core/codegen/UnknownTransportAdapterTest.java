package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.CallContext;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.transport.Reply;
import dev.pictor.runtime.transport.SelfTransport;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider whose transport kind the runtime does not know ({@code acme-grpc}) gets an abstract adapter with the
 * encoding and decoding done and {@code send} left to implement; it compiles strictly, is not registered (it cannot
 * be instantiated), and a subclass that implements {@code send} runs, directly and through the runtime's client.
 */
class UnknownTransportAdapterTest {

    static final String PROVIDER = """
            {"provider": "acme", "name": "Acme", "transport": "acme-grpc",
             "baseUrl": "https://grpc.acme.test/{region}",
             "placeholders": {"region": {"env": "ACME_REGION", "description": "the region"}},
             "auth": {"scheme": "token", "header": "X-Acme-Key", "tokenEnv": "ACME_KEY"},
             "vendorKeywords": ["contentType"], "source": "test"}
            """;

    static final String INPUT = "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\","
            + " \"minLength\": 1}, \"steps\": {\"type\": \"integer\", \"maximum\": 8}}, \"required\": [\"prompt\"]}";

    static final String PACKAGE = "dev.pictor.generated.acme.";

    /** A user's subclass: implements send with a canned reply, remembers what it was sent. */
    static final String CANNED_SKETCH = """
            package dev.pictor.generated.acme.sketch.v2025_01_01;

            import com.fasterxml.jackson.databind.JsonNode;
            import dev.pictor.runtime.json.PictorJson;
            import dev.pictor.runtime.transport.CallContext;
            import dev.pictor.runtime.transport.Reply;

            /** The test's own transport for the sketch model. */
            public final class CannedSketch extends SketchAdapter {
                /** The last body sent. */
                public static volatile String sent;

                /** Creates it. */
                public CannedSketch() {
                }

                /**
                 * Answers with one base64 PNG.
                 *
                 * @param body    the request
                 * @param context not used
                 * @return the canned reply
                 */
                @Override
                public Reply send(byte[] body, CallContext context) {
                    sent = new String(body, java.nio.charset.StandardCharsets.UTF_8) + " to " + context.baseUrl();
                    return new Reply.Json(PictorJson.read("{\\"image\\": \\"iVBORw0KGgo=\\", \\"seed\\": 7}",
                            JsonNode.class));
                }
            }
            """;

    @TempDir
    Path temp;

    @Test
    void theAbstractAdapterCompilesAndASubclassImplementingSendRuns() throws Exception {
        TestRoot root = TestRoot.create(temp.resolve("schemas"))
                .write("acme/provider.json", PROVIDER)
                .model(
                        "sketch",
                        "text-to-image",
                        INPUT,
                        "{\"type\": \"object\", \"properties\": {\"image\":"
                                + " {\"type\": \"string\", \"contentEncoding\": \"base64\"}, \"seed\": {\"type\":"
                                + " \"integer\"}}}",
                        "")
                .model("paint", INPUT);
        Path java = temp.resolve("java");
        Path resources = temp.resolve("resources");
        GenerateResult result = Generator.standard().run(GenerateOptions.of(root.path(), java, resources));
        assertFalse(result.failed(), result::toString);
        String sketchSource =
                Files.readString(java.resolve("dev/pictor/generated/acme/sketch/v2025_01_01" + "/SketchAdapter.java"));
        assertTrue(
                sketchSource.contains("public abstract class SketchAdapter\n        extends"
                        + " JsonRecordAdapter<SketchRequest, SketchResponse> implements SelfTransport {"),
                sketchSource);
        assertFalse(sketchSource.contains(" send("), "send is SelfTransport's, documented there: " + sketchSource);
        assertEquals(
                "# Generated by Pictor: the model bindings of this jar. Do not edit.\n",
                Files.readString(resources.resolve(Generator.SERVICES_FILE)),
                "an abstract adapter is not registered: the service loader could not instantiate it");

        // The generated code alone compiles strictly; so does it with the user's subclass.
        CompilerHarness.compileTree(java);
        Files.writeString(
                java.resolve("dev/pictor/generated/acme/sketch/v2025_01_01/CannedSketch.java"),
                CANNED_SKETCH,
                StandardCharsets.UTF_8);
        ClassLoader compiled = CompilerHarness.compileTree(java);
        Class<?> abstractAdapter = compiled.loadClass(PACKAGE + "sketch.v2025_01_01.SketchAdapter");
        assertTrue(Modifier.isAbstract(abstractAdapter.getModifiers()));
        assertTrue(SelfTransport.class.isAssignableFrom(abstractAdapter));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {resources.toUri().toURL()}, compiled)) {
            assertEquals(List.of(), ModelBinding.installed(loader));
        }

        @SuppressWarnings("unchecked")
        ModelAdapter<Object, Object> canned =
                (ModelAdapter<Object, Object>) compiled.loadClass(PACKAGE + "sketch.v2025_01_01.CannedSketch")
                        .getConstructor()
                        .newInstance();
        assertEquals("sketch", canned.modelPath());
        assertEquals("acme-grpc", canned.provider().transport());
        assertEquals("X-Acme-Key", canned.provider().authHeader());
        assertEquals("token", canned.provider().authScheme());
        PictorRequest<?> request = assertInstanceOf(
                PictorRequest.class, PictorJson.read("{\"prompt\": \"a fox\", \"steps\": 4}", canned.requestType()));
        assertEquals(List.of(), canned.validate(request));

        // encode -> send -> decode -> images, as the client does it.
        byte[] body = canned.encode(request);
        assertEquals("{\"prompt\":\"a fox\",\"steps\":4}", new String(body, StandardCharsets.UTF_8));
        Reply reply = ((SelfTransport) canned).send(body, new CallContext() {
            @Override
            public URI baseUrl() {
                return URI.create("https://grpc.acme.test/eu");
            }

            @Override
            public HttpResponse<byte[]> exchange(HttpRequest.Builder r) {
                throw new AssertionError("not used");
            }
        });
        Object response = canned.decode(reply);
        assertEquals("SketchResponse", response.getClass().getSimpleName());
        List<ImageResult> images = canned.images(response, uri -> {
            throw new AssertionError(uri.toString());
        });
        assertEquals(
                List.of(new ImageResult(
                        ImageBytes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}), "image/png")),
                images);
        assertThrows(
                IOException.class, () -> canned.decode(new Reply.Binary("image/png", ImageBytes.of(new byte[] {1}))));

        // The same through the runtime's client, which calls send in place of a transport.
        try (PictorClient client = PictorClient.builder()
                .discoverAdapters(false)
                .adapter(canned)
                .credential("acme", "test-key")
                .placeholder("acme", "region", "eu")
                .build()) {
            Generation<?> g = client.run(request);
            assertEquals(response, g.output());
            assertEquals(images, g.images());
        }
        assertEquals(
                "{\"prompt\":\"a fox\",\"steps\":4} to https://grpc.acme.test/eu",
                compiled.loadClass(PACKAGE + "sketch.v2025_01_01.CannedSketch")
                        .getField("sent")
                        .get(null));
    }

    @Test
    void aBinaryModelOfAnUnknownTransportGetsAnAbstractAdapterThatChecksTheMediaType() throws Exception {
        TestRoot root = TestRoot.create(temp.resolve("schemas"))
                .write("acme/provider.json", PROVIDER)
                .model("paint", INPUT);
        Path java = temp.resolve("java");
        assertFalse(Generator.standard()
                .run(GenerateOptions.of(root.path(), java, java))
                .failed());
        Files.writeString(
                java.resolve("dev/pictor/generated/acme/paint/v2025_01_01/MyPaint.java"), """
                package dev.pictor.generated.acme.paint.v2025_01_01;

                import dev.pictor.runtime.ImageBytes;
                import dev.pictor.runtime.transport.CallContext;
                import dev.pictor.runtime.transport.Reply;

                /** Answers with three bytes said to be a PNG. */
                public final class MyPaint extends PaintAdapter {
                    /** Creates it. */
                    public MyPaint() {
                    }

                    /**
                     * Answers at once.
                     *
                     * @param body    the request
                     * @param context not used
                     * @return the canned reply
                     */
                    @Override
                    public Reply send(byte[] body, CallContext context) {
                        return new Reply.Binary("image/png", ImageBytes.of(new byte[] {1, 2, 3}));
                    }
                }
                """, StandardCharsets.UTF_8);
        ClassLoader compiled = CompilerHarness.compileTree(java);
        @SuppressWarnings("unchecked")
        ModelAdapter<Object, Object> mine =
                (ModelAdapter<Object, Object>) compiled.loadClass(PACKAGE + "paint.v2025_01_01.MyPaint")
                        .getConstructor()
                        .newInstance();
        Object request = PictorJson.read("{\"prompt\": \"a fox\"}", mine.requestType());
        Reply reply = ((SelfTransport) mine).send(mine.encode(request), null);
        ImageResult image = (ImageResult) mine.decode(reply);
        assertEquals(new ImageResult(ImageBytes.of(new byte[] {1, 2, 3}), "image/png"), image);
        assertEquals(List.of(image), mine.images(image, null));
        assertThrows(
                IOException.class, () -> mine.decode(new Reply.Binary("image/webp", ImageBytes.of(new byte[] {1}))));
    }
}
