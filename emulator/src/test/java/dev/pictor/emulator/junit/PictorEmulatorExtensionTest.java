package dev.pictor.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.ProviderEmulator;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

class PictorEmulatorExtensionTest {
    private static Path schemas() {
        return Path.of(System.getProperty("pictor.schemas"));
    }

    @RegisterExtension
    static PictorEmulatorExtension emulator = PictorEmulatorExtension.forSchemas(schemas());

    @Test
    void runsOnLoopbackDuringTheTests() {
        String cloudflare = emulator.baseUrl("cloudflare-workers-ai");
        assertTrue(
                cloudflare.matches("http://127\\.0\\.0\\.1:\\d+/client/v4/accounts/emulator-account/ai/run"),
                cloudflare);
        assertTrue(listens(emulator.emulator().port()));
    }

    @Nested
    class InANestedClass {
        @Test
        void theOuterClassEmulatorRuns() {
            assertTrue(listens(emulator.emulator().port()));
        }
    }

    @Test
    void startsBeforeAndStopsAfterTheContextThatStartedIt() {
        PictorEmulatorExtension extension =
                PictorEmulatorExtension.configured(b -> b.schemas(schemas()).jobStep(Duration.ofMillis(5)));
        assertThrows(IllegalStateException.class, extension::emulator);
        ExtensionContext outer = context("[class:Outer]");
        ExtensionContext inner = context("[class:Outer]/[nested-class:Inner]");

        extension.beforeAll(outer);
        ProviderEmulator started = extension.emulator();
        int port = started.port();
        extension.beforeAll(inner);
        extension.beforeEach(inner);
        extension.afterEach(inner);
        extension.afterAll(inner);
        assertEquals(started, extension.emulator(), "a nested class's end does not stop the outer class's emulator");
        assertTrue(listens(port));

        extension.afterAll(outer);
        assertThrows(IllegalStateException.class, extension::emulator);
        assertFalse(listens(port), "stopped after the tests");
    }

    @Test
    void inAnInstanceFieldItRunsPerTest() {
        PictorEmulatorExtension extension = PictorEmulatorExtension.forSchemas(schemas());
        ExtensionContext test = context("[class:C]/[method:m()]");
        extension.beforeEach(test);
        int port = extension.emulator().port();
        assertTrue(listens(port));
        extension.afterEach(test);
        assertFalse(listens(port));
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ExtensionContext context(String uniqueId) {
        return (ExtensionContext) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getUniqueId")) {
                        return uniqueId;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
