package dev.pictor.runtime;

/**
 * A request to one model, typed by what that model answers: every generated request record implements it with the
 * result type of its model's adapter ({@code Flux1SchnellRequest implements PictorRequest<Flux1SchnellResponse>},
 * {@code Dreamshaper8LcmRequest implements PictorRequest<ImageResult>}).
 *
 * <p>It declares no method: what it carries is its type argument. A type implements it with one type argument only,
 * which must be the {@link ModelBinding#resultType()} of the model that takes it.
 *
 * @param <O> the result type of the model: a generated response record, or a runtime type such as
 *            {@link ImageResult} for an image that is the response body
 */
public interface PictorRequest<O> {}
