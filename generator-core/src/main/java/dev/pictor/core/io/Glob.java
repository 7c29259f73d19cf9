package dev.pictor.core.io;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A glob over {@code /}-separated relative paths or ids, the same on every platform: {@code **} crosses folders,
 * {@code *} and {@code ?} do not; every other character stands for itself. Used for the per-file scope of lint rule
 * overrides and for the includes and excludes of generation.
 */
public final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text) {
        this.text = text;
        this.pattern = compile(text);
    }

    /** A glob; the whole of a path must match it. */
    public static Glob of(String glob) {
        return new Glob(Objects.requireNonNull(glob, "glob"));
    }

    /** Whether all of {@code path} matches. */
    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    /** The glob as written. */
    @Override
    public String toString() {
        return text;
    }

    /** The regular expression of a glob: {@code **}{@code /} matches zero or more whole folders. */
    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
