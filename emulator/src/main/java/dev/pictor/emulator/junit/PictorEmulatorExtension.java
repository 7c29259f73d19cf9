package dev.pictor.emulator.junit;

import dev.pictor.emulator.ProviderEmulator;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link ProviderEmulator} for the tests of one class, started on a loopback ephemeral port before them and stopped
 * after them:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PictorEmulatorExtension emulator = PictorEmulatorExtension.forSchemas(Path.of("src/main/pictor"));
 *
 * @Test
 * void calls() {
 *     try (PictorClient client = PictorClient.builder()
 *             .baseUrl("cloudflare-workers-ai", emulator.baseUrl("cloudflare-workers-ai"))
 *             .credential("cloudflare-workers-ai", "test-token")
 *             .build()) { ... }
 * }
 * }</pre>
 *
 * <p>In a {@code static} field it starts once before all the tests of the class (and its nested classes) and stops
 * after them; in an instance field it starts before each test and stops after it. {@link #emulator()} gives the
 * running emulator (faults, request records, {@code reset()}).
 */
public final class PictorEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Consumer<ProviderEmulator.Builder> configuration;
    private volatile ProviderEmulator running;
    /** The unique id of the class or test whose start began the current run: its end stops it. */
    private String startedBy;

    private PictorEmulatorExtension(Consumer<ProviderEmulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /** An emulator of the model documents under {@code schemas} ({@code <provider>/provider.json} and models). */
    public static PictorEmulatorExtension forSchemas(Path schemas) {
        Objects.requireNonNull(schemas, "schemas");
        return new PictorEmulatorExtension(b -> b.schemas(schemas));
    }

    /**
     * An emulator configured by {@code configuration} on a fresh {@link ProviderEmulator#builder()} (schemas, token,
     * job step, ...).
     */
    public static PictorEmulatorExtension configured(Consumer<ProviderEmulator.Builder> configuration) {
        return new PictorEmulatorExtension(Objects.requireNonNull(configuration, "configuration"));
    }

    /**
     * The running emulator.
     *
     * @throws IllegalStateException outside the tests it was registered for
     */
    public ProviderEmulator emulator() {
        ProviderEmulator current = running;
        if (current == null) {
            throw new IllegalStateException("the emulator runs only during the tests it is registered for");
        }
        return current;
    }

    /** The base URL of a provider, e.g. {@code http://127.0.0.1:PORT/client/v4/accounts/emulator-account/ai/run}. */
    public String baseUrl(String providerId) {
        return emulator().baseUrl(providerId);
    }

    /** The base URL of a provider whose base URL names the model (RunPod's endpoint). */
    public String baseUrl(String providerId, String modelId) {
        return emulator().baseUrl(providerId, modelId);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    private synchronized void start(ExtensionContext context) {
        if (running == null) {
            ProviderEmulator.Builder builder = ProviderEmulator.builder();
            configuration.accept(builder);
            running = builder.start();
            startedBy = context.getUniqueId();
        }
    }

    private synchronized void stop(ExtensionContext context) {
        ProviderEmulator current = running;
        if (current != null && context.getUniqueId().equals(startedBy)) {
            running = null;
            startedBy = null;
            current.close();
        }
    }
}
