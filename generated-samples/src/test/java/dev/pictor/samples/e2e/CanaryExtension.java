package dev.pictor.samples.e2e;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Registered for every test class of this module (JUnit's extension auto-detection, see
 * {@code junit-platform.properties}): installs the {@link Canary} scanner before the first class, scans every exception
 * a test throws, and fails a class after which the canary token has been seen anywhere: in a log line at any level,
 * on {@code System.out} or {@code System.err}, in an exception or in a {@code toString} a test observed.
 */
public final class CanaryExtension implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    @Override
    public void beforeAll(ExtensionContext context) {
        Canary.install();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Canary.observe(throwable);
        throw throwable;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> leaks = Canary.leaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("the credential canary leaked (token shown as <CANARY>), " + leaks.size()
                    + " times, by the end of " + context.getDisplayName() + ":\n" + String.join("\n", leaks));
        }
    }
}
