package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.clients.acme.painter.v2025_01_01.PainterAdapter;
import com.example.clients.acme.painter.v2025_01_01.PainterRequest;
import com.example.clients.acme.painter.v2025_01_01.Scheduler;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.Reply;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Uses the client generated in this build, as any consumer would. */
class ConsumerTest {

    private static final ImageBytes PIXELS = ImageBytes.of(new byte[] {0, 127, (byte) 255});

    @Test
    void buildsValidatesAndSendsOnlyTheSetFields() {
        PainterRequest request = PainterRequest.builder("a red fox", PIXELS)
                .steps(4)
                .scheduler(Scheduler.DPM_SOLVER_MULTISTEP)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"prompt\":\"a red fox\",\"steps\":4,\"scheduler\":\"DPMSolverMultistep\",\"image\":[0,127,255]}",
                PictorJson.writeString(request));
        assertEquals(
                "{\"prompt\":\"a fox\",\"image\":[0,127,255]}",
                PictorJson.writeString(PainterRequest.builder("a fox", PIXELS).build()));
    }

    @Test
    void anInvalidRequestIsReportedBeforeAnythingIsSent() {
        List<Violation> violations =
                PainterRequest.builder("", PIXELS).steps(9).build().validate();
        assertEquals(
                List.of("/prompt minLength", "/steps maximum"),
                violations.stream().map(v -> v.pointer() + " " + v.keyword()).toList(),
                violations::toString);
    }

    @Test
    void theAdapterIsRegisteredForTheRuntime() throws Exception {
        List<ModelBinding<?, ?>> bindings = ModelBinding.installed(getClass().getClassLoader());
        assertEquals(1, bindings.size());
        ModelBinding<?, ?> binding = bindings.get(0);
        assertEquals(PainterAdapter.class, binding.getClass());
        assertEquals(new ModelId("acme", "@acme/painter", "2025-01-01", LocalDate.of(2025, 1, 1)), binding.id());
        assertEquals(PainterRequest.class, binding.requestType());
        assertEquals(ImageResult.class, binding.resultType());
        // The request states that result type: a client's run(request) returns a Generation<ImageResult>.
        PictorRequest<ImageResult> typed = PainterRequest.builder("fox", PIXELS).build();
        assertTrue(binding.requestType().isInstance(typed));
        PainterAdapter adapter = new PainterAdapter();
        assertEquals(
                List.of("/steps"),
                adapter.validate(PainterRequest.builder("fox", PIXELS).steps(0).build()).stream()
                        .map(Violation::pointer)
                        .toList());
        // What the runtime's transport needs: the endpoint, the encoded request, the decoded reply.
        assertEquals("cloudflare-workers-ai", adapter.provider().transport());
        assertEquals("@acme/painter", adapter.modelPath());
        assertEquals(
                "{\"prompt\":\"fox\",\"image\":[0,127,255]}",
                new String(adapter.encode(PainterRequest.builder("fox", PIXELS).build()), StandardCharsets.UTF_8));
        ImageResult image = adapter.decode(new Reply.Binary("image/png", PIXELS));
        assertEquals(List.of(new ImageResult(PIXELS, "image/png")), adapter.images(image, uri -> null));
        assertThrows(IOException.class, () -> adapter.decode(new Reply.Binary("image/jpeg", PIXELS)));
    }

    /**
     * The first build records the modification time of every generated file; the second build, with no change,
     * finds every one of them untouched.
     */
    @Test
    void aNoChangeRebuildRewritesNoFile() throws IOException {
        Path record = Path.of("target/generated-mtimes.txt");
        String now = mtimes(Path.of("target/generated-sources/pictor"))
                + mtimes(Path.of("target/generated-resources/pictor"));
        assertTrue(now.contains("PainterRequest.java "), now);
        assertTrue(now.contains("META-INF/services/dev.pictor.runtime.ModelBinding "), now);
        if (Boolean.getBoolean("pictor.it.secondRun")) {
            assertEquals(Files.readString(record, StandardCharsets.UTF_8), now);
        } else {
            Files.writeString(record, now, StandardCharsets.UTF_8);
        }
    }

    private static String mtimes(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .sorted()
                    .map(p -> {
                        try {
                            return folder.relativize(p).toString().replace('\\', '/') + " "
                                    + Files.getLastModifiedTime(p) + "\n";
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining());
        }
    }
}
