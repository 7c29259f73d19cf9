package dev.pictor.runtime;

import dev.pictor.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * How the runtime finds a generated model: the generator writes one implementation per model version and registers
 * it as a {@link ServiceLoader} service ({@code META-INF/services/dev.pictor.runtime.ModelBinding}, or
 * {@code provides dev.pictor.runtime.ModelBinding with ...} in a module), so that {@link #installed(ClassLoader)}
 * lists every model on the class path.
 *
 * <p>An implementation must be a public class with a public no-argument constructor, immutable and thread-safe.
 * Transports are added to this interface later, with default methods.
 *
 * @param <I> the generated request type
 * @param <O> the result type: a generated response record, or a runtime type such as {@link ImageResult}
 */
public interface ModelBinding<I, O> {

    /** The model version this binding is for. */
    ModelId id();

    /** The generated request type. */
    Class<I> requestType();

    /** The result type. */
    Class<O> resultType();

    /**
     * Checks {@code request} against every constraint of the model's input schema and returns all violations at
     * once, in a fixed order (empty when the request is valid). Never throws for an invalid request.
     */
    List<Violation> validate(I request);

    /**
     * The bindings registered with {@code loader}, ordered by provider, model, snapshot date and version.
     *
     * @throws java.util.ServiceConfigurationError when a registered binding cannot be loaded
     */
    static List<ModelBinding<?, ?>> installed(ClassLoader loader) {
        List<ModelBinding<?, ?>> found = new ArrayList<>();
        for (ModelBinding<?, ?> b : ServiceLoader.load(ModelBinding.class, loader)) {
            found.add(b);
        }
        found.sort(Comparator.comparing((ModelBinding<?, ?> b) -> b.id().provider())
                .thenComparing(b -> b.id().model())
                .thenComparing(b -> b.id().snapshot())
                .thenComparing(b -> b.id().version()));
        return List.copyOf(found);
    }
}
