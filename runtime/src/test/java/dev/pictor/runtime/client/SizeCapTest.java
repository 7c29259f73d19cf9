package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.TestModels.Prompt;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The response size cap: bounded reading that stops at the cap, never retried. */
class SizeCapTest {

    private static final String RUN = "/cf/accounts/acct-1/ai/run/@cf/test/painter";
    private static final int CAP = 256 * 1024;

    private ScriptedServer server;
    private PictorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = TestModels.client(server)
                .adapter(TestModels.cfBinary())
                .maxResponseBytes(CAP)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ModelHandle<Prompt, ImageResult> model() {
        return client.model("@cf/test/painter");
    }

    @Test
    void aDeclaredLengthOverTheCapFailsWithoutRetry() {
        byte[] big = Arrays.copyOf(TestModels.png(2, 2), CAP + 1);
        server.on("POST", RUN, bytes(200, "image/png", big));
        ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, () -> model().run(Prompt.of("x")));
        assertEquals(CAP, e.limit());
        assertTrue(e.getMessage().contains("Content-Length"), e.getMessage());
        assertEquals(1, server.count("POST", RUN));
    }

    @Test
    void aChunkedBodyIsCutAtTheCapNotReadToTheEnd() {
        long total = 64L << 20; // 64 MiB offered
        server.on("POST", RUN, server.chunked("image/png", total));
        assertThrows(ResponseTooLargeException.class, () -> model().run(Prompt.of("x")));
        assertEquals(1, server.count("POST", RUN));
        assertTrue(
                server.bytesWritten.get() < total / 4,
                "the client stopped reading: " + server.bytesWritten.get() + " bytes written of " + total);
    }

    @Test
    void aBodyAtTheCapIsRead() {
        byte[] exact = Arrays.copyOf(TestModels.png(2, 2), CAP);
        server.on("POST", RUN, bytes(200, "image/png", exact));
        assertEquals(CAP, model().run(Prompt.of("x")).image().bytes().size());
    }
}
