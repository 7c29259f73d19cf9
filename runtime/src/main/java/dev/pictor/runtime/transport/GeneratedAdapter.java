package dev.pictor.runtime.transport;

import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every generated adapter does the same way, whatever its model answers with: it names the model, its request
 * and result types and its provider, checks a request with the generated validator and writes it with the runtime's
 * own Jackson configuration. A generated adapter passes the facts of its model to the constructor and extends
 * {@link BinaryImageAdapter} or {@link JsonRecordAdapter}, as generated protocol buffer adapters extend Wire's
 * {@code ProtoAdapter}: a fix here reaches every adapter without regenerating it.
 *
 * <p>Holds no connection and no credential; immutable and thread-safe.
 *
 * @param <I> the generated request type
 * @param <O> the result type
 */
public abstract class GeneratedAdapter<I, O> implements ModelAdapter<I, O> {

    private final ModelId id;
    private final ProviderInfo provider;
    private final String modelPath;
    private final Class<I> requestType;
    private final Class<O> resultType;
    private final Function<? super I, List<Violation>> validator;
    private final Optional<OperationInfo> operation;

    /**
     * The adapter of one model, from its facts.
     *
     * @param id          the model version
     * @param provider    how the provider is reached
     * @param modelPath   what names the model to its transport ({@link ModelAdapter#modelPath()})
     * @param requestType the generated request type
     * @param resultType  the type a reply is read into
     * @param validator   the generated validator of the request: every violation, empty when it is valid
     */
    protected GeneratedAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Class<O> resultType,
            Function<? super I, List<Violation>> validator) {
        this(id, provider, modelPath, requestType, resultType, validator, Optional.empty());
    }

    /**
     * The adapter of one model imported from an OpenAPI operation, from its facts.
     *
     * @param id          the model version
     * @param provider    how the provider is reached
     * @param modelPath   what names the model to its transport ({@link ModelAdapter#modelPath()})
     * @param requestType the generated request type
     * @param resultType  the type a reply is read into
     * @param validator   the generated validator of the request: every violation, empty when it is valid
     * @param operation   how the operation is called ({@link ModelAdapter#operation()}), when the model is one
     */
    protected GeneratedAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Class<O> resultType,
            Function<? super I, List<Violation>> validator,
            Optional<OperationInfo> operation) {
        this.id = Objects.requireNonNull(id, "id");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
        this.requestType = Objects.requireNonNull(requestType, "requestType");
        this.resultType = Objects.requireNonNull(resultType, "resultType");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    @Override
    public final Optional<OperationInfo> operation() {
        return operation;
    }

    @Override
    public final ModelId id() {
        return id;
    }

    @Override
    public final ProviderInfo provider() {
        return provider;
    }

    @Override
    public final String modelPath() {
        return modelPath;
    }

    @Override
    public final Class<I> requestType() {
        return requestType;
    }

    @Override
    public final Class<O> resultType() {
        return resultType;
    }

    /** Every violation of the model's input schema, each with its JSON Pointer; empty when the request is valid. */
    @Override
    public List<Violation> validate(I request) {
        Objects.requireNonNull(request, "request");
        return validator.apply(request);
    }

    /**
     * The request as the model's JSON input: unset fields are left out, images are written as the schema says; for an
     * operation whose body is {@code multipart/form-data}, its file parts (which have no JSON form) as base64, which
     * the transport sends as bytes ({@link PictorJson#writeWithFileParts}). Does not validate: the client validates
     * before it sends.
     */
    @Override
    public byte[] encode(I request) {
        Objects.requireNonNull(request, "request");
        return operation.map(OperationInfo::multipart).orElse(false)
                ? PictorJson.writeWithFileParts(request)
                : PictorJson.write(request);
    }
}
