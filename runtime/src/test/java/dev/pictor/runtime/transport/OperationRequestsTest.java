package dev.pictor.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.json.PictorJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The URL and headers of an operation's request, and the credential hosts of a provider. */
class OperationRequestsTest {

    private static final OperationInfo OP = OperationInfo.of("post", "/generation/{engine_id}/text-to-image")
            .withParameter("engine_id", "path", true)
            .withParameter("Organization", "header", false)
            .withParameter("tag", "query", false)
            .withParameter("n", "query", false)
            .withBody("application/json", "body", true);

    private static JsonNode request(String json) {
        return PictorJson.read(json, JsonNode.class);
    }

    @Test
    void aPathParameterIsOnePercentEncodedSegment() {
        URI uri = OperationRequests.uri(
                URI.create("https://api.example.com/v1/"),
                OP,
                request("{\"engine_id\":\"sd 1/5?é\",\"tag\":[\"a b\",\"c&d\"],\"n\":2,\"body\":{}}"));
        assertEquals(
                "https://api.example.com/v1/generation/sd%201%2F5%3F%C3%A9/text-to-image?tag=a%20b&tag=c%26d&n=2",
                uri.toString());
    }

    @Test
    void absentParametersAreNotSentAndAMissingPathParameterIsRefused() {
        URI uri = OperationRequests.uri(URI.create("https://h"), OP, request("{\"engine_id\":\"e\",\"n\":null}"));
        assertEquals("https://h/generation/e/text-to-image", uri.toString());
        assertThrows(
                IllegalArgumentException.class,
                () -> OperationRequests.uri(URI.create("https://h"), OP, request("{}")));
    }

    @Test
    void headerParametersAndTheMethodAreSet() {
        HttpRequest r = OperationRequests.build(
                        URI.create("https://h"),
                        OP,
                        request("{\"engine_id\":\"e\",\"Organization\":\"org-1\",\"body\":{\"prompt\":\"p\"}}"))
                .build();
        assertEquals("POST", r.method());
        assertEquals(List.of("org-1"), r.headers().allValues("Organization"));
        assertEquals(List.of("application/json"), r.headers().allValues("Content-Type"));
    }

    @Test
    void credentialHostsNameHostsOrEveryHostUnderADomain() {
        ProviderInfo bfl = ProviderInfo.named("bfl").withCredentialHosts(List.of("API.bfl.ai", "*.eu.bfl.ai"));
        assertEquals(List.of("api.bfl.ai", "*.eu.bfl.ai"), bfl.credentialHosts());
        assertTrue(bfl.credentialHost("api.bfl.ai"));
        assertTrue(bfl.credentialHost("API.BFL.AI"));
        assertTrue(bfl.credentialHost("api.eu.bfl.ai"));
        assertTrue(bfl.credentialHost("a.b.eu.bfl.ai"));
        assertFalse(bfl.credentialHost("eu.bfl.ai"), "a wildcard names the hosts under the domain");
        assertFalse(bfl.credentialHost("delivery.bfl.ai"));
        assertFalse(bfl.credentialHost("api.bfl.ai.evil.example"));
        assertFalse(bfl.credentialHost("xeu.bfl.ai"));
    }

    @Test
    void aBackoffGrowsByItsFactorUpToItsMaximum() {
        JobFlow.Backoff b = JobFlow.of("/id", "/status", "/result")
                .withBackoff(500, 4000, 1.5)
                .backoff()
                .orElseThrow();
        assertEquals(
                List.of(500L, 750L, 1125L, 1687L, 2531L, 3796L, 4000L, 4000L),
                java.util.stream.IntStream.range(0, 8)
                        .mapToObj(i -> b.before(i).toMillis())
                        .toList());
    }
}
