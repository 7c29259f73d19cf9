package dev.pictor.core.codegen;

import dev.pictor.core.link.LinkedProvider;
import dev.pictor.core.model.JobFlow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of an adapter template's {@code provider} that say where the credential goes and how jobs run: the
 * credential hosts ({@code hasCredentialHosts}, {@code credentialHostsArguments}) and the provider's {@code job}
 * ({@code false} when its operations are no jobs), so that a template hands them to the runtime's
 * {@code ProviderInfo.withCredentialHosts} and {@code withJob}. docs/adapter-templates.md lists the keys.
 */
final class AdapterProviderFacts {

    private AdapterProviderFacts() {}

    /** Adds the credential hosts and the job of {@code provider} to the template's provider map {@code p}. */
    static void put(LinkedProvider provider, Map<String, Object> p) {
        p.put("hasCredentialHosts", !provider.credentialHosts().isEmpty());
        p.put("credentialHostsArguments", arguments(provider.credentialHosts()));
        p.put("job", provider.job().<Object>map(AdapterProviderFacts::job).orElse(Boolean.FALSE));
    }

    private static Map<String, Object> job(JobFlow job) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("idLiteral", AdapterEmitter.literal(job.id()));
        j.put("statusLiteral", AdapterEmitter.literal(job.status()));
        j.put("resultLiteral", AdapterEmitter.literal(job.result()));
        j.put("pollingUrl", literal(job.pollingUrl()));
        j.put(
                "poll",
                job.poll()
                        .map(poll -> {
                            List<String> values = new ArrayList<>();
                            values.add(poll.path());
                            poll.query().forEach((name, value) -> {
                                values.add(name);
                                values.add(value);
                            });
                            return List.of(Map.<String, Object>of("arguments", arguments(values)));
                        })
                        .orElse(List.of()));
        j.put("runningArguments", arguments(job.running()));
        j.put("succeededArguments", arguments(job.succeeded()));
        j.put("failedArguments", arguments(job.failed()));
        j.put("cancelledArguments", arguments(job.cancelled()));
        j.put("error", literal(job.error()));
        j.put(
                "backoff",
                job.backoff()
                        .map(b -> List.of(Map.<String, Object>of(
                                "initialMillis", b.initialMillis(),
                                "maxMillis", b.maxMillis(),
                                "factor", factor(b.factor()))))
                        .orElse(List.of()));
        j.put(
                "cancel",
                job.cancel()
                        .map(c -> List.of(Map.<String, Object>of(
                                "methodLiteral", AdapterEmitter.literal(c.method()),
                                "pathLiteral", AdapterEmitter.literal(c.path()))))
                        .orElse(List.of()));
        return j;
    }

    /** A list of one {@code {literal}} when the value is there, else empty: a section rendered once or not at all. */
    private static List<Map<String, Object>> literal(Optional<String> value) {
        return value.map(v -> List.of(Map.<String, Object>of("literal", AdapterEmitter.literal(v))))
                .orElse(List.of());
    }

    /** The values as Java string literals separated by commas: the arguments of a varargs call. */
    private static String arguments(List<String> values) {
        return String.join(", ", values.stream().map(AdapterEmitter::literal).toList());
    }

    /** A backoff factor as a Java {@code double} literal ({@code 1.5}, {@code 2.0}). */
    private static String factor(double factor) {
        return String.format(Locale.ROOT, "%s", factor);
    }
}
