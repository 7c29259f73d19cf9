package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.client.TestModels.Base64Out;
import dev.pictor.runtime.client.TestModels.Caption;
import dev.pictor.runtime.client.TestModels.GatewayPrompt;
import dev.pictor.runtime.client.TestModels.PredictionPrompt;
import dev.pictor.runtime.client.TestModels.Prompt;
import dev.pictor.runtime.transport.CallContext;
import dev.pictor.runtime.transport.ImageFetcher;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.transport.ProviderInfo;
import dev.pictor.runtime.transport.Reply;
import dev.pictor.runtime.transport.SelfTransport;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a model by request type or id and version; validation before sending; self-transport adapters. */
class ModelLookupTest {

    private ScriptedServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        server.on("POST", "/cf/accounts/acct-1/ai/run/@cf/test/painter", bytes(200, "image/png", TestModels.png(1, 1)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theNewestSnapshotRunsUnlessAVersionIsPinned() {
        try (PictorClient c = TestModels.client(server)
                .adapter(TestModels.cfBinary("2025-01-01"))
                .adapter(TestModels.cfBinary("2025-11-20"))
                .adapter(TestModels.cfBinary("2025-06-01"))
                .build()) {
            Generation<ImageResult> g = c.run(Prompt.of("x"));
            assertEquals("2025-11-20", g.model().version());
            assertEquals("2025-11-20", c.model("@cf/test/painter").id().version());
            assertEquals(
                    "2025-06-01", c.model("@cf/test/painter", "2025-06-01").id().version());
            ModelNotFoundException e =
                    assertThrows(ModelNotFoundException.class, () -> c.model("@cf/test/painter", "2024-01-01"));
            assertTrue(
                    e.getMessage().contains("installed versions: 2025-01-01, 2025-06-01, 2025-11-20"), e.getMessage());
            assertEquals(3, c.models().size());
        }
    }

    @Test
    void anUnknownModelOrRequestTypeIsNotFound() {
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.cfBinary()).build()) {
            assertThrows(ModelNotFoundException.class, () -> c.model("@cf/nobody/nothing"));
            ModelNotFoundException e =
                    assertThrows(ModelNotFoundException.class, () -> c.run(PredictionPrompt.of("a prompt")));
            assertTrue(
                    e.getMessage().contains(PredictionPrompt.class.getName())
                            && e.getMessage().contains("@cf/test/painter"),
                    e.getMessage());
        }
    }

    @Test
    void anInvalidRequestIsStoppedBeforeAnyByteIsSent() throws Exception {
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.cfBinary()).build()) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> c.run(new Prompt(null, 11)));
            assertEquals(
                    List.of("/: missing required property \"prompt\"", "/steps: 11 is above the maximum 10"),
                    e.violations().stream().map(Violation::toString).toList());
            CompletableFuture<Generation<ImageResult>> f = c.runAsync(new Prompt("x", 12));
            ExecutionException async = assertThrows(ExecutionException.class, f::get);
            assertTrue(async.getCause() instanceof InvalidRequestException);
            ModelHandle<Prompt, ImageResult> m = c.model("@cf/test/painter");
            assertEquals(1, m.validate(new Prompt("x", 99)).size());
        }
        assertEquals(0, server.requests().size());
    }

    @Test
    void aHandleChecksItsTypes() {
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.cfBinary()).build()) {
            // The types of another model, which agree with each other: this compiles, and is refused when used.
            ModelHandle<GatewayPrompt, Base64Out> wrong = c.model("@cf/test/painter");
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> wrong.run(GatewayPrompt.of("x")));
            assertTrue(e.getMessage().contains("takes " + Prompt.class.getName()), e.getMessage());
            ModelHandle<Prompt, ImageResult> typed = wrong.as(Prompt.class, ImageResult.class);
            assertEquals("image/png", typed.run(Prompt.of("x")).output().mediaType());
            assertThrows(IllegalArgumentException.class, () -> typed.as(Caption.class, Base64Out.class));
            assertEquals("ModelHandle[test-cf @cf/test/painter 2025-11-20: Prompt -> ImageResult]", typed.toString());
            assertEquals(typed.id(), c.model(TestModels.cfBinary()).id());
        }
        assertEquals(1, server.requests().size());
    }

    /** A request type that declares its result through an interface of its own, or a superclass. */
    interface Painting extends PictorRequest<ImageResult> {}

    record IndirectPrompt(String prompt) implements Painting {}

    static class CaptionBase implements PictorRequest<Base64Out> {}

    static final class DerivedCaption extends CaptionBase {}

    static final class Unresolved<O> implements PictorRequest<O> {}

    @Test
    void theResultTypeARequestDeclaresIsFoundThroughItsInterfacesAndSuperclasses() {
        assertEquals(Optional.of(ImageResult.class), ModelRegistry.declaredResult(Prompt.class));
        assertEquals(Optional.of(ImageResult.class), ModelRegistry.declaredResult(IndirectPrompt.class));
        assertEquals(Optional.of(Base64Out.class), ModelRegistry.declaredResult(DerivedCaption.class));
        assertEquals(Optional.empty(), ModelRegistry.declaredResult(Unresolved.class));
        assertEquals(Optional.empty(), ModelRegistry.declaredResult(String.class));
    }

    @Test
    void anAdapterThatAnswersAnotherTypeThanItsRequestDeclaresIsNeverRun() {
        // Hand-written: Prompt is a PictorRequest<ImageResult>, but this adapter answers Base64Out.
        ModelAdapter<Prompt, Base64Out> misfit = new TestModels.Adapter<>(
                TestModels.id(TestModels.CF, "@cf/test/painter", "2025-11-20"),
                TestModels.CF,
                "@cf/test/painter",
                Prompt.class,
                Base64Out.class,
                r -> null,
                (o, f) -> List.of());
        try (PictorClient c = TestModels.client(server).adapter(misfit).build()) {
            ModelNotFoundException e = assertThrows(ModelNotFoundException.class, () -> c.run(Prompt.of("x")));
            assertEquals(
                    "the installed adapter of @cf/test/painter 2025-11-20 answers " + Base64Out.class.getName()
                            + ", but its request type " + Prompt.class.getName() + " is a PictorRequest<"
                            + ImageResult.class.getName() + ">",
                    e.getMessage());
            assertThrows(ModelNotFoundException.class, () -> c.model("@cf/test/painter"));
            assertThrows(ModelNotFoundException.class, () -> c.runAsync(Prompt.of("x")));
        }
        assertEquals(0, server.requests().size());
    }

    /** An adapter of a transport kind the runtime does not know, which sends its requests itself. */
    static final class OwnApi implements ModelAdapter<Prompt, ImageResult>, SelfTransport {
        static final ProviderInfo PROVIDER = new ProviderInfo(
                "own", "carrier-pigeon", "https://own.example/api", Map.of(), "token", "X-Api-Key", "OWN_TOKEN");
        private final ModelAdapter<Prompt, ImageResult> base = TestModels.cfBinary();

        @Override
        public Reply send(byte[] body, CallContext context) throws IOException, InterruptedException {
            HttpResponse<byte[]> r =
                    context.exchange(HttpRequest.newBuilder(context.baseUrl().resolve("api/paint"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            return new Reply.Binary("image/png", dev.pictor.runtime.ImageBytes.of(r.body()));
        }

        @Override
        public dev.pictor.runtime.ModelId id() {
            return TestModels.id(PROVIDER, "own/painter", "2025-11-20");
        }

        @Override
        public Class<Prompt> requestType() {
            return Prompt.class;
        }

        @Override
        public Class<ImageResult> resultType() {
            return ImageResult.class;
        }

        @Override
        public List<Violation> validate(Prompt request) {
            return base.validate(request);
        }

        @Override
        public ProviderInfo provider() {
            return PROVIDER;
        }

        @Override
        public String modelPath() {
            return "";
        }

        @Override
        public byte[] encode(Prompt request) {
            return base.encode(request);
        }

        @Override
        public ImageResult decode(Reply reply) throws IOException {
            return base.decode(reply);
        }

        @Override
        public List<ImageResult> images(ImageResult result, ImageFetcher fetcher) {
            return List.of(result);
        }
    }

    @Test
    void aSelfTransportAdapterSendsThroughTheClientsContext() {
        server.on("POST", "/own/api/paint", bytes(200, "image/png", TestModels.png(2, 2)));
        try (PictorClient c = TestModels.client(server)
                .adapter(new OwnApi())
                .baseUrl("own", server.url("/own/"))
                .environment(Map.of("OWN_TOKEN", "own-token")::get)
                .build()) {
            Generation<ImageResult> g =
                    c.model("own/painter").as(Prompt.class, ImageResult.class).run(Prompt.of("x"));
            assertEquals(1, g.attempts());
        }
        assertEquals("POST /own/api/paint", server.requests().get(0).toString());
    }

    @Test
    void anUnknownTransportKindWithoutSelfTransportIsAConfigurationError() {
        ModelAdapter<Prompt, ImageResult> pigeon = new TestModels.Adapter<>(
                TestModels.id(OwnApi.PROVIDER, "own/other", "2025-11-20"),
                OwnApi.PROVIDER,
                "",
                Prompt.class,
                ImageResult.class,
                r -> null,
                (o, f) -> List.of());
        try (PictorClient c = TestModels.client(server)
                .adapter(pigeon)
                .environment(k -> "tok")
                .build()) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> c.run(Prompt.of("x")));
            assertTrue(
                    e.getMessage().contains("carrier-pigeon") && e.getMessage().contains("SelfTransport"),
                    e.getMessage());
        }
    }
}
