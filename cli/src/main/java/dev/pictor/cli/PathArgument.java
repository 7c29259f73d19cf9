package dev.pictor.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Command-line path arguments, read without letting an invalid name surface as an exception. */
final class PathArgument {

    private PathArgument() {
    }

    static Path parse(String text, String what) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CliError(what + " '" + PictorCli.oneLine(text) + "' is not a valid path: " + e.getReason());
        }
    }
}
