package dev.pictor.cli;

/**
 * A problem the user can fix (a schemas root that cannot be read, an output file that cannot be written, a bad option
 * value): reported as one line {@code pictor: <message>} on stderr, with exit code {@link PictorCli#EXIT_USAGE}.
 */
final class CliError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliError(String message) {
        super(message, null, false, false);
    }
}
