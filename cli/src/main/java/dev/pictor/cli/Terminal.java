package dev.pictor.cli;

import java.util.Map;

/**
 * What the command line knows of where it prints: whether a console is attached and the environment. {@code --color
 * auto} and the progress line are on only when a console is present, {@code TERM} is not {@code dumb} and {@code
 * NO_COLOR} is unset; tests inject a terminal instead of the process's.
 *
 * @param consolePresent whether {@link System#console()} is present
 * @param environment    the environment variables
 */
record Terminal(boolean consolePresent, Map<String, String> environment) {

    /** A pipe: no console, no environment (the default in tests). */
    static final Terminal PIPED = new Terminal(false, Map.of());

    Terminal {
        environment = Map.copyOf(environment);
    }

    /** The process's own terminal. */
    static Terminal system() {
        return new Terminal(System.console() != null, System.getenv());
    }

    /** Whether colour and progress are on for {@code --color auto}. */
    boolean interactive() {
        return consolePresent && !"dumb".equals(environment.get("TERM")) && !environment.containsKey("NO_COLOR");
    }
}
