package dev.pictor.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.TestModels.GatewayPrompt;
import dev.pictor.runtime.client.TestModels.Prompt;
import dev.pictor.runtime.transport.Urls;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plain http:// only to loopback; base URLs, placeholders and credentials resolved before anything is sent. */
class UrlPolicyTest {

    private ScriptedServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void plainHttpIsRefusedExceptToLoopback() {
        assertNull(Urls.refusal(URI.create("https://api.cloudflare.com/client/v4")));
        assertNull(Urls.refusal(URI.create("http://127.0.0.1:8080/x")));
        assertNull(Urls.refusal(URI.create("http://127.1.2.3/x")));
        assertNull(Urls.refusal(URI.create("http://localhost/x")));
        assertNull(Urls.refusal(URI.create("http://[::1]:9000/x")));
        assertTrue(Urls.refusal(URI.create("http://api.replicate.com/v1")).contains("refused except to loopback"));
        assertTrue(Urls.refusal(URI.create("http://127.0.0.1.nip.io/v1")).contains("refused"));
        assertTrue(Urls.refusal(URI.create("http://localhost.example.com/")).contains("refused"));
        assertTrue(Urls.refusal(URI.create("http://10.0.0.1/")).contains("refused"));
        assertTrue(Urls.refusal(URI.create("ftp://127.0.0.1/")).contains("refused"));
        assertTrue(Urls.refusal(URI.create("file:///etc/passwd")).contains("not an absolute"));
        String userInfo = Urls.refusal(URI.create("https://user:hunter2@api.example.com/"));
        assertTrue(userInfo.contains("user info") && !userInfo.contains("hunter2"), userInfo);
        assertEquals(
                "https://api.example.com/v1/x?…", Urls.forLog(URI.create("https://u:p@api.example.com/v1/x?key=1#f")));
        assertFalse(Urls.isLoopback("127.0.0.256"));
    }

    @Test
    void theBuilderRefusesAPlainHttpBaseUrlToAnotherHost() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PictorClient.builder().baseUrl("replicate", "http://api.replicate.com/v1"));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PictorClient.builder().baseUrl("replicate", "https://token:secret@api.replicate.com/v1"));
        PictorClient.builder().baseUrl("replicate", "http://localhost:1234/v1");
    }

    @Test
    void aProviderTemplateFilledWithAnHttpHostIsRefusedBeforeSending() {
        try (PictorClient client = TestModels.client(server)
                .adapter(TestModels.gateway())
                .placeholder("test-gateway", "gateway_host", "gateway.example.com")
                .build()) {
            ConfigurationException e =
                    assertThrows(ConfigurationException.class, () -> client.run(GatewayPrompt.of("x")));
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
        }
        assertEquals(0, server.requests().size());
    }

    @Test
    void aMissingCredentialOrPlaceholderNamesItsEnvironmentVariable() {
        try (PictorClient client = PictorClient.builder()
                .discoverAdapters(false)
                .adapter(TestModels.cfBinary())
                .environment(Map.of("TEST_CF_ACCOUNT", "acct")::get)
                .baseUrl("test-cf", server.url("/cf/accounts/{account_id}/ai/run"))
                .build()) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> client.run(Prompt.of("x")));
            assertTrue(e.getMessage().contains("TEST_CF_TOKEN"), e.getMessage());
        }
        try (PictorClient client = PictorClient.builder()
                .discoverAdapters(false)
                .adapter(TestModels.cfBinary())
                .environment(Map.of("TEST_CF_TOKEN", "t0k3n-value")::get)
                .baseUrl("test-cf", server.url("/cf/accounts/{account_id}/ai/run"))
                .build()) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> client.run(Prompt.of("x")));
            assertTrue(
                    e.getMessage().contains("{account_id}") && e.getMessage().contains("TEST_CF_ACCOUNT"),
                    e.getMessage());
        }
        try (PictorClient client = PictorClient.builder()
                .discoverAdapters(false)
                .adapter(TestModels.cfBinary())
                .credential("test-cf", "t0k3n-value")
                .placeholder("test-cf", "account_id", "a/../../x")
                .baseUrl("test-cf", server.url("/cf/accounts/{account_id}/ai/run"))
                .build()) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> client.run(Prompt.of("x")));
            assertTrue(e.getMessage().contains("may only hold"), e.getMessage());
        }
        assertEquals(0, server.requests().size());
    }

    @Test
    void explicitValuesWinOverTheEnvironment() {
        server.on(
                "POST",
                "/cf/accounts/given/ai/run/@cf/test/painter",
                ScriptedServer.bytes(200, "image/png", TestModels.png(1, 1)));
        try (PictorClient client = TestModels.client(server)
                .adapter(TestModels.cfBinary())
                .credential("test-cf", "given-token")
                .placeholder("test-cf", "account_id", "given")
                .build()) {
            ModelHandle<Prompt, ImageResult> m = client.model("@cf/test/painter");
            m.run(Prompt.of("x"));
        }
        assertTrue(server.requests().get(0).hasCredential("given-token"));
    }
}
