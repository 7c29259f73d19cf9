package dev.pictor.samples.e2e;

import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.transport.ModelAdapter;
import java.util.List;

/** The generated model adapters of this module, found as the runtime finds them: registered services. */
final class SeedAdapters {

    private SeedAdapters() {}

    /** The generated adapters registered on the test class path. */
    static List<ModelAdapter<?, ?>> generated() {
        return ModelBinding.installed(SeedAdapters.class.getClassLoader()).stream()
                .filter(b -> b instanceof ModelAdapter<?, ?>)
                .<ModelAdapter<?, ?>>map(b -> (ModelAdapter<?, ?>) b)
                .toList();
    }
}
