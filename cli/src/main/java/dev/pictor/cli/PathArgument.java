package dev.pictor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Command-line path arguments, read without letting an invalid name surface as an exception. */
final class PathArgument {

    private PathArgument() {}

    static Path parse(String text, String what) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CliError(what + " '" + PictorCli.oneLine(text) + "' is not a valid path: " + e.getReason());
        }
    }

    /**
     * Whether {@code path} (which need not exist yet) is {@code folder} or inside it, symbolic links resolved as far as
     * the path exists.
     */
    static boolean isInside(Path path, Path folder) throws IOException {
        if (path == null || !Files.exists(folder)) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path real = existing == null
                ? absolute
                : existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        return real.startsWith(folder.toRealPath());
    }
}
