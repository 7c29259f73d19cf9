package dev.pictor.runtime.client;

/**
 * The client cannot make the call as configured: no credential for the provider (neither given nor in its
 * environment variable), a placeholder of the base URL without a value, a base URL that is refused (plain
 * {@code http://} to anything but loopback, user info in the URL). Raised before any byte is sent.
 */
public class ConfigurationException extends PictorException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message, null);
    }
}
