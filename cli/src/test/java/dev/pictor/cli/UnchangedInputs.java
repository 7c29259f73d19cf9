package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks after each test that the command left its schemas root as it found it: no file changed, added or removed.
 * Register with {@code @RegisterExtension}, then {@link #watch} the root a test builds.
 */
final class UnchangedInputs implements AfterEachCallback {

    private SchemasFixture root;
    private Map<String, String> before;

    /** Remembers every file of {@code fixture} as it is now; returns it. */
    SchemasFixture watch(SchemasFixture fixture) {
        root = fixture;
        before = fixture.snapshot();
        return fixture;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (root != null) {
            assertEquals(before, root.snapshot(), "the run changed, added or removed a file under the root");
        }
    }
}
