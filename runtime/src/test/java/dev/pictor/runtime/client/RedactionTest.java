package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.client.TestModels.Prompt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credential never shows in a log line, an exception message or a toString. */
class RedactionTest {

    private static final String RUN = "/cf/accounts/acct-1/ai/run/@cf/test/painter";
    private static final String TOKEN = TestModels.TOKEN;

    @Test
    void aSecretNeverShowsItsValue() {
        Secret s = Secret.of(TOKEN);
        assertEquals("Secret[redacted]", s.toString());
        assertEquals("Secret[redacted]", String.valueOf(s));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Secret.of(TOKEN + "\r\nX: y"));
        assertFalse(e.getMessage().contains(TOKEN));
        assertThrows(IllegalArgumentException.class, () -> Secret.of("  "));
    }

    @Test
    void noLogLineMessageOrToStringCarriesTheCredential() throws IOException {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = new LogCapture();
                ScriptedServer server = new ScriptedServer()) {
            // The provider echoes the token in its error bodies: the client must not quote it.
            String echo = "{\"errors\":[{\"code\":1,\"message\":\"bad token Bearer " + TOKEN + "\"}]}";
            server.on(
                    "POST",
                    RUN,
                    json(401, echo),
                    json(400, echo),
                    json(503, echo, "Retry-After", "0"),
                    ScriptedServer.bytes(200, "text/html", ("<p>" + TOKEN + "</p>").getBytes()));
            try (PictorClient client = TestModels.client(server)
                    .credential("test-cf", TOKEN)
                    .adapter(TestModels.cfBinary())
                    .build()) {
                texts.add(client.toString());
                texts.add(PictorClient.builder().credential("x", TOKEN).toString());
                for (int i = 0; i < 4; i++) {
                    PictorException e = assertThrows(PictorException.class, () -> client.run(Prompt.of("x")));
                    texts.add(e.toString());
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    texts.add(trace.toString());
                    if (e instanceof ProviderRejectedException r) {
                        texts.add(r.errorBody());
                        texts.add(r.providerMessage());
                    }
                    if (e instanceof AuthenticationException a) {
                        assertTrue(a.providerMessage().contains("[redacted]"), a.providerMessage());
                    }
                }
            }
            assertTrue(server.requests().stream().allMatch(r -> r.hasCredential(TOKEN)), "the token was sent");
            texts.addAll(logs.lines());
            assertFalse(logs.lines("dev.pictor").isEmpty(), "the client logged at DEBUG/TRACE");
        }
        for (String t : texts) {
            assertFalse(t.contains(TOKEN), () -> "credential in: " + t);
        }
    }
}
