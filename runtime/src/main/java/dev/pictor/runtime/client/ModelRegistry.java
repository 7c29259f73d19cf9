package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.transport.ModelAdapter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model adapters a client can call: those given to its builder, then those registered as
 * {@link ModelBinding} services that are {@link ModelAdapter}s (one given to the builder wins over a registered one
 * of the same {@link ModelId}). Bindings without an adapter are remembered, to say so when one is asked for.
 */
final class ModelRegistry {

    private static final Comparator<ModelId> ORDER = Comparator.comparing(ModelId::provider)
            .thenComparing(ModelId::model)
            .thenComparing(ModelId::snapshot)
            .thenComparing(ModelId::version);

    private final List<ModelAdapter<?, ?>> adapters;
    private final List<ModelId> withoutAdapter;

    private ModelRegistry(List<ModelAdapter<?, ?>> adapters, List<ModelId> withoutAdapter) {
        this.adapters = adapters;
        this.withoutAdapter = withoutAdapter;
    }

    static ModelRegistry of(List<ModelAdapter<?, ?>> explicit, ClassLoader loader) {
        Map<ModelId, ModelAdapter<?, ?>> byId = new LinkedHashMap<>();
        for (ModelAdapter<?, ?> a : explicit) {
            byId.putIfAbsent(a.id(), a);
        }
        List<ModelId> plain = new ArrayList<>();
        if (loader != null) {
            for (ModelBinding<?, ?> b : ModelBinding.installed(loader)) {
                if (b instanceof ModelAdapter<?, ?> a) {
                    byId.putIfAbsent(a.id(), a);
                } else {
                    plain.add(b.id());
                }
            }
        }
        plain.removeIf(byId::containsKey);
        List<ModelAdapter<?, ?>> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(ModelAdapter::id, ORDER));
        return new ModelRegistry(List.copyOf(sorted), List.copyOf(plain));
    }

    List<ModelAdapter<?, ?>> adapters() {
        return adapters;
    }

    /** The newest adapter (by snapshot, then version) whose request type is {@code type}. */
    ModelAdapter<?, ?> byRequestType(Class<?> type) {
        ModelAdapter<?, ?> found = null;
        for (ModelAdapter<?, ?> a : adapters) {
            if (a.requestType() == type && (found == null || newer(a.id(), found.id()))) {
                found = a;
            }
        }
        if (found == null) {
            throw new ModelNotFoundException("no installed model adapter takes requests of type " + type.getName()
                    + hintWithoutAdapter() + "; installed: " + installed());
        }
        return fitting(found);
    }

    /** The adapter of {@code model}: its newest version, or the one whose version or snapshot date is {@code version}. */
    ModelAdapter<?, ?> byId(String model, String version) {
        List<ModelAdapter<?, ?>> candidates =
                adapters.stream().filter(a -> a.id().model().equals(model)).toList();
        List<String> providers =
                candidates.stream().map(a -> a.id().provider()).distinct().toList();
        if (providers.size() > 1) {
            throw new ModelNotFoundException("model " + model + " is served by several providers " + providers
                    + "; run it with a request object, which names one");
        }
        ModelAdapter<?, ?> found = null;
        for (ModelAdapter<?, ?> a : candidates) {
            boolean matches = version == null
                    || a.id().version().equals(version)
                    || a.id().snapshot().toString().equals(version);
            if (matches && (found == null || newer(a.id(), found.id()))) {
                found = a;
            }
        }
        if (found == null) {
            String versions = candidates.stream().map(a -> a.id().version()).collect(Collectors.joining(", "));
            throw new ModelNotFoundException("no installed model adapter for " + model
                    + (version == null ? "" : " version " + version)
                    + (candidates.isEmpty()
                            ? hintWithoutAdapter() + "; installed: " + installed()
                            : "; installed versions: " + versions));
        }
        return fitting(found);
    }

    /**
     * {@code a}, when it answers the result type its request type declares as a {@link PictorRequest} (or declares
     * none): a call's result is then of the type its request names.
     *
     * @throws ModelNotFoundException when the adapter answers another type (a hand-written adapter, or a template
     *         that names another result class)
     */
    private static ModelAdapter<?, ?> fitting(ModelAdapter<?, ?> a) {
        Optional<Class<?>> declared = declaredResult(a.requestType());
        if (declared.isPresent() && declared.get() != a.resultType()) {
            throw new ModelNotFoundException("the installed adapter of " + a.id().model() + " " + a.id().version()
                    + " answers " + a.resultType().getName() + ", but its request type "
                    + a.requestType().getName() + " is a PictorRequest<"
                    + declared.get().getName() + ">");
        }
        return a;
    }

    /**
     * The result type {@code type} declares, the class argument of the {@code PictorRequest<O>} among its interfaces
     * and theirs, and its superclasses'; empty when it declares none, or one that is not a class.
     */
    static Optional<Class<?>> declaredResult(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                Optional<Class<?>> found = declaredResultOf(t);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> declaredResultOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == PictorRequest.class) {
            return p.getActualTypeArguments()[0] instanceof Class<?> result ? Optional.of(result) : Optional.empty();
        }
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        return raw instanceof Class<?> c ? declaredResult(c) : Optional.empty();
    }

    private static boolean newer(ModelId a, ModelId b) {
        int bySnapshot = a.snapshot().compareTo(b.snapshot());
        return bySnapshot > 0 || bySnapshot == 0 && a.version().compareTo(b.version()) > 0;
    }

    private String hintWithoutAdapter() {
        return withoutAdapter.isEmpty()
                ? ""
                : " (" + withoutAdapter.size()
                        + " model bindings on the class path have no adapter: regenerate them with a Pictor that writes adapters)";
    }

    String installed() {
        if (adapters.isEmpty()) {
            return "none";
        }
        return adapters.stream()
                .map(a -> a.id().model() + " " + a.id().version())
                .collect(Collectors.joining(", "));
    }
}
