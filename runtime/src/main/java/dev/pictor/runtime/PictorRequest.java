package dev.pictor.runtime;

/**
 * A request to one model, typed by what that model answers: every generated request record implements it with the
 * result type of its model's adapter ({@code Flux1SchnellRequest implements PictorRequest<Flux1SchnellResponse>},
 * {@code Dreamshaper8LcmRequest implements PictorRequest<ImageResult>}). The client's {@code run(request)} takes a
 * {@code PictorRequest<O>} and returns a {@code Generation<O>}, so the result type follows from the request, and
 * asking for another model's result does not compile:
 *
 * <pre>{@code
 * Generation<Flux1SchnellResponse> g = client.run(fluxRequest);     // compiles
 * Generation<ImageResult> wrong = client.run(fluxRequest);          // javac: incompatible types
 * }</pre>
 *
 * <p>It declares no method: what it carries is its type argument. Code that handles requests of several models at
 * once holds them as {@code PictorRequest<?>} and gets a {@code Generation<?>} back. A type implements it with one
 * type argument only, which must be the {@link ModelBinding#resultType()} of the model that takes it; the client
 * refuses to run a model whose adapter answers another type than its request type declares.
 *
 * @param <O> the result type of the model: a generated response record, or a runtime type such as
 *            {@link ImageResult} for an image that is the response body
 */
public interface PictorRequest<O> {}
