package dev.pictor.emulator;

import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.Violation;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One provider's API, mounted under a path of the emulator: its transport's endpoints, envelopes and error shapes,
 * over the models the schemas declare for it. One subclass per transport kind.
 */
abstract class ProviderApi {

    /**
     * What every API shares: the clock jobs advance on, how fast, the fault queue, and the emulator's state (job
     * scripts, polling and file hosts).
     */
    record Settings(InstantSource clock, Duration jobStep, FaultQueue faults, EmulatorState state) {}

    private final ProviderDocument provider;
    private final String mount;
    private final Map<String, List<ServedModel>> versionsById;
    protected final Settings settings;

    /** @param mount the path prefix this API answers under: {@code ""} or {@code /<provider id>} */
    ProviderApi(ProviderDocument provider, String mount, List<ServedModel> models, Settings settings) {
        this.provider = provider;
        this.mount = mount;
        this.settings = settings;
        this.versionsById = models.stream()
                .sorted(Comparator.comparing(ServedModel::id)
                        .thenComparing(m -> m.document().snapshot())
                        .thenComparing(m -> m.document().version()))
                .collect(Collectors.groupingBy(ServedModel::id, LinkedHashMap::new, Collectors.toList()));
    }

    final ProviderDocument provider() {
        return provider;
    }

    final String id() {
        return provider.id();
    }

    final String mount() {
        return mount;
    }

    /** Every model id, sorted. */
    final List<String> modelIds() {
        return List.copyOf(versionsById.keySet());
    }

    /** Every version of every model, by model id then snapshot. */
    final List<ServedModel> models() {
        return versionsById.values().stream().flatMap(List::stream).toList();
    }

    /** The latest snapshot of a model: an unversioned path or endpoint serves that one. */
    final Optional<ServedModel> latest(String modelId) {
        List<ServedModel> versions = versionsById.get(modelId);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Answers a request whose path is below {@link #mount()}. */
    abstract Response handle(ApiRequest request);

    /** This provider's answer to a failure, in its own status and body shape. */
    abstract Response error(ErrorKind kind, String message);

    /**
     * The URL a client uses as this provider's base URL, with the provider document's placeholders filled with values
     * the emulator accepts; for a provider whose base URL names one model (RunPod's endpoint), the first model's.
     */
    abstract String baseUrl(String origin);

    /** The base URL for one model (differs from {@link #baseUrl(String)} only where a base URL names a model). */
    String baseUrl(String origin, String modelId) {
        return baseUrl(origin);
    }

    /**
     * The base URL with the provider document's placeholders left in ({@code {account_id}}), for a client that fills
     * them itself; a placeholder that stands for the host is filled.
     */
    abstract String baseUrlTemplate(String origin);

    /** One line per model: method and URL of the call that runs it. */
    abstract List<String> modelEndpoints(String origin);

    /** Whether the request must carry the provider's credential (Replicate's output files need none). */
    boolean requiresCredential(ApiRequest request) {
        return true;
    }

    /** Forgets jobs and restarts ids. */
    void reset() {}

    /** {@code /num_steps: must have a maximum value of 20; ...}: violations in one line, without repeats. */
    static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> (v.pointer().isEmpty() ? "/" : v.pointer()) + ": " + v.message())
                .distinct()
                .collect(Collectors.joining("; "));
    }
}
