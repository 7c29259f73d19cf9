package dev.pictor.runtime.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.transport.ProviderInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Base URLs, placeholders and credentials of a provider, resolved once, without a request sent. */
class ProviderResolverTest {

    private static final ProviderInfo CF = TestModels.CF;
    private static final ProviderInfo OPEN = new ProviderInfo(
            "open", "json-gateway", "https://open.example.com/{region}", Map.of(), "none", "Authorization", "");

    private final List<String> lookups = new ArrayList<>();
    private final Redactor redactor = new Redactor();

    private Function<String, String> environment(Map<String, String> values) {
        return name -> {
            lookups.add(name);
            return values.get(name);
        };
    }

    private ProviderResolver resolver(
            Map<String, Secret> credentials,
            Map<String, Map<String, String>> placeholders,
            Map<String, String> baseUrls,
            Map<String, String> environment) {
        return new ProviderResolver(credentials, placeholders, baseUrls, environment(environment), redactor);
    }

    private ConfigurationException fails(ProviderResolver resolver, ProviderInfo info) {
        return assertThrows(ConfigurationException.class, () -> resolver.access(info));
    }

    @Test
    void theTemplateIsFilledFromTheEnvironmentAndTheCredentialReadFromItsTokenEnvOnce() {
        ProviderResolver r = resolver(
                Map.of(), Map.of(), Map.of(), Map.of("TEST_CF_ACCOUNT", "acct-1", "TEST_CF_TOKEN", "env-token"));
        ProviderAccess a = r.access(CF);
        assertEquals(URI.create("https://api.cloudflare.com/client/v4/accounts/acct-1/ai/run"), a.baseUrl());
        assertTrue(a.authenticates());
        assertEquals("Authorization", a.header());
        assertEquals("Bearer env-token", a.headerValue());
        assertEquals("a [redacted] b", redactor.scrub("a env-token b"), "a credential read is redacted from then on");
        assertSame(a, r.access(CF), "resolved once");
        assertEquals(List.of("TEST_CF_ACCOUNT", "TEST_CF_TOKEN"), lookups);
    }

    @Test
    void givenValuesAndABaseUrlOverrideWinOverTheProviderDocumentAndTheEnvironment() {
        ProviderResolver r = resolver(
                Map.of("test-cf", Secret.of("given-token")),
                Map.of("test-cf", Map.of("account_id", "given")),
                Map.of("test-cf", "http://127.0.0.1:9/cf/{account_id}"),
                Map.of("TEST_CF_ACCOUNT", "acct-1", "TEST_CF_TOKEN", "env-token"));
        assertEquals("x [redacted] y", redactor.scrub("x given-token y"), "a credential given is redacted at once");
        ProviderAccess a = r.access(CF);
        assertEquals(URI.create("http://127.0.0.1:9/cf/given"), a.baseUrl());
        assertEquals("Bearer given-token", a.headerValue());
        assertEquals(List.of(), lookups);
        assertEquals(Set.of("test-cf"), r.credentialsGiven());
        assertEquals(Set.of("test-cf"), r.baseUrlsOverridden());
        assertFalse(r.toString().contains("given-token"), r.toString());
    }

    @Test
    void anApiKeyGoesAsItIsInItsHeaderAndBasicCredentialsInBase64BothRedacted() {
        ProviderResolver r =
                resolver(Map.of(), Map.of(), Map.of(), Map.of("TEST_CF_ACCOUNT", "acct-1", "TEST_CF_TOKEN", "user:pw"));
        ProviderAccess key = r.access(CF.withAuthScheme("api-key").withAuthHeader("x-key"));
        assertEquals("x-key", key.header());
        assertEquals("user:pw", key.headerValue());
        ProviderAccess basic = resolver(
                        Map.of(), Map.of(), Map.of(), Map.of("TEST_CF_ACCOUNT", "acct-1", "TEST_CF_TOKEN", "user:pw"))
                .access(CF.withAuthScheme("basic"));
        assertEquals("Authorization", basic.header());
        assertEquals("Basic dXNlcjpwdw==", basic.headerValue());
        assertEquals("[redacted] [redacted]", redactor.scrub("user:pw dXNlcjpwdw=="));
    }

    @Test
    void aProviderWithoutAuthenticationNeedsNoCredential() {
        ProviderAccess a = resolver(Map.of(), Map.of("open", Map.of("region", "eu")), Map.of(), Map.of())
                .access(OPEN);
        assertEquals(URI.create("https://open.example.com/eu"), a.baseUrl());
        assertFalse(a.authenticates());
    }

    @Test
    void aMissingOrUnusableValueNamesWhatToSet() {
        String placeholder = fails(resolver(Map.of(), Map.of(), Map.of(), Map.of("TEST_CF_TOKEN", "t")), CF)
                .getMessage();
        assertTrue(
                placeholder.contains("{account_id}")
                        && placeholder.contains("TEST_CF_ACCOUNT")
                        && placeholder.contains("placeholder(\"test-cf\", \"account_id\", value)"),
                placeholder);
        String noRegion =
                fails(resolver(Map.of(), Map.of(), Map.of(), Map.of()), OPEN).getMessage();
        assertTrue(noRegion.contains("{region}: call placeholder"), noRegion);

        String traversal = fails(
                        resolver(Map.of(), Map.of("test-cf", Map.of("account_id", "a/../x")), Map.of(), Map.of()), CF)
                .getMessage();
        assertTrue(traversal.contains("may only hold letters, digits"), traversal);

        String credential = fails(resolver(Map.of(), Map.of(), Map.of(), Map.of("TEST_CF_ACCOUNT", "a")), CF)
                .getMessage();
        assertTrue(credential.contains("no credential") && credential.contains("TEST_CF_TOKEN"), credential);

        String control = fails(
                        resolver(Map.of(), Map.of(), Map.of(), Map.of("TEST_CF_ACCOUNT", "a", "TEST_CF_TOKEN", "t\n")),
                        CF)
                .getMessage();
        assertTrue(control.contains("TEST_CF_TOKEN does not hold a usable credential"), control);
    }

    @Test
    void aFilledBaseUrlIsCheckedAgainstTheUrlPolicy() {
        ProviderResolver r = resolver(
                Map.of("test-cf", Secret.of("t")),
                Map.of("test-cf", Map.of("account_id", "api.example.com")),
                Map.of("test-cf", "http://{account_id}/cf"),
                Map.of());
        assertTrue(fails(r, CF).getMessage().contains("refused"));
    }

    @Test
    void aBaseUrlOverrideIsCheckedWhenGivenUnlessItsHostIsAPlaceholder() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ProviderResolver.checkBaseUrl("replicate", "http://api.replicate.com/v1"));
        assertTrue(e.getMessage().contains("is refused"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProviderResolver.checkBaseUrl("replicate", "https://a b/"));
        assertDoesNotThrow(() -> ProviderResolver.checkBaseUrl("gw", "http://{gateway_host}/gw"));
        assertDoesNotThrow(() -> ProviderResolver.checkBaseUrl("cf", "https://api.example.com/{account_id}/run"));
        assertDoesNotThrow(() -> ProviderResolver.checkBaseUrl("local", "http://localhost:1234/v1"));
    }
}
