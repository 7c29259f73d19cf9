package dev.pictor.runtime.client;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One model version of a {@link PictorClient}, pinned: {@code client.model("@cf/lykon/dreamshaper-8-lcm")} (the
 * newest installed version) or {@code client.model(id, "2025-11-20")}. Immutable and thread-safe; as cheap to keep as
 * to look up again.
 *
 * @param <I> the model's request type
 * @param <O> the model's result type
 */
public final class ModelHandle<I, O> {

    private final PictorClient client;
    private final ModelAdapter<I, O> adapter;

    ModelHandle(PictorClient client, ModelAdapter<I, O> adapter) {
        this.client = client;
        this.adapter = adapter;
    }

    public ModelId id() {
        return adapter.id();
    }

    public Class<I> requestType() {
        return adapter.requestType();
    }

    public Class<O> resultType() {
        return adapter.resultType();
    }

    /** Every violation of the model's input schema in {@code request} (empty when it is valid); sends nothing. */
    public List<Violation> validate(I request) {
        return adapter.validate(check(request));
    }

    /**
     * Runs the model; see {@link PictorClient#run(PictorRequest)}.
     *
     * @throws IllegalArgumentException when {@code request} is not of this model's request type (nothing is sent)
     */
    public Generation<O> run(I request) {
        return client.execute(adapter, check(request));
    }

    /**
     * Runs the model on the client's executor; see {@link PictorClient#runAsync(PictorRequest)}.
     *
     * @throws IllegalArgumentException when {@code request} is not of this model's request type (nothing is sent)
     */
    public CompletableFuture<Generation<O>> runAsync(I request) {
        return client.executeAsync(adapter, check(request));
    }

    /**
     * This handle with its types checked and named: {@code client.model(id).as(FluxRequest.class, FluxResponse.class)}.
     * The two must agree with each other (the request type a {@code PictorRequest} of the result type), or the call
     * does not compile.
     *
     * @throws IllegalArgumentException when the model's request or result type is not the one given
     */
    public <I2 extends PictorRequest<O2>, O2> ModelHandle<I2, O2> as(Class<I2> requestType, Class<O2> resultType) {
        if (requestType != adapter.requestType() || resultType != adapter.resultType()) {
            throw new IllegalArgumentException(adapter.id().model() + " takes "
                    + adapter.requestType().getName()
                    + " and answers " + adapter.resultType().getName() + ", not " + requestType.getName() + " and "
                    + resultType.getName());
        }
        @SuppressWarnings("unchecked")
        ModelHandle<I2, O2> same = (ModelHandle<I2, O2>) this;
        return same;
    }

    private I check(Object request) {
        Objects.requireNonNull(request, "request");
        if (!adapter.requestType().isInstance(request)) {
            throw new IllegalArgumentException(
                    adapter.id().model() + " takes " + adapter.requestType().getName() + ", not "
                            + request.getClass().getName());
        }
        return adapter.requestType().cast(request);
    }

    @Override
    public String toString() {
        ModelId id = adapter.id();
        return "ModelHandle[" + id.provider() + " " + id.model() + " " + id.version() + ": "
                + adapter.requestType().getSimpleName() + " -> "
                + adapter.resultType().getSimpleName() + "]";
    }
}
