package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.io.InputFiles;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.load.DocumentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an OpenAPI import needs of the {@code job} a provider document of the schemas root already describes (written
 * by hand: an OpenAPI document does not say how its operations are polled): the operations it imports are then jobs,
 * whose output is the job's result.
 *
 * @param pollPath the path polled ({@code job.poll.path}), when the job names one
 * @param result   the JSON Pointer of the result in the answer of a succeeded job ({@code job.result})
 */
record ProviderJob(Optional<String> pollPath, String result) {

    /**
     * The job of {@code <root>/<provider>/provider.json}; empty when there is no such file or it describes no job. A
     * file that cannot be read or is not JSON describes none here: linting the root after the import reports it.
     */
    static Optional<ProviderJob> read(Path root, String provider) {
        String path = provider + "/" + DocumentLoader.PROVIDER_FILE;
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Diagnostics ignored = new Diagnostics();
        return InputFiles.read(file, path, ignored)
                .flatMap(bytes -> LocatedJsonReader.read(path, bytes, ignored))
                .flatMap(LocatedNode::asObject)
                .flatMap(o -> o.object("job"))
                .map(job -> new ProviderJob(
                        job.object("poll").flatMap(p -> p.text("path")),
                        job.text("result").orElse("")));
    }

    /** Whether {@code path} (an OpenAPI path template) is the polled path, whatever either names its parameters. */
    boolean polls(String path) {
        return pollPath.map(p -> template(p).equals(template(path))).orElse(false);
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^{}]*}", "{}");
    }
}
