package dev.pictor.runtime.client;

import dev.pictor.runtime.DataUri;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.transport.Bodies;
import dev.pictor.runtime.transport.ImageFetcher;
import dev.pictor.runtime.transport.Urls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * Gets an image a provider answered with by URL: a data URI is decoded in place; an http(s) URL is downloaded, its
 * redirects followed here (at most five, each target checked against the URL policy of
 * {@link Urls#refusal}) because the HTTP client follows none, so that no redirect carries a credential unchecked. What
 * comes back must be an image of the type it says it is.
 *
 * <p>The exchanges themselves (timeouts, retries, the size cap) are the call's, which sends no credential with them:
 * this class only asks its {@link Exchange} for each hop.
 */
final class ImageDownloader implements ImageFetcher {

    static final int MAX_REDIRECTS = 5;

    /** Sends one GET of the download and answers it; a 3xx comes back as an answer, any other failure is thrown. */
    @FunctionalInterface
    interface Exchange {
        HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException;
    }

    private final ModelId model;
    private final Exchange exchange;

    ImageDownloader(ModelId model, Exchange exchange) {
        this.model = model;
        this.exchange = exchange;
    }

    @Override
    public ImageResult fetch(URI uri) throws IOException, InterruptedException {
        if ("data".equalsIgnoreCase(uri.getScheme())) {
            try {
                DataUri data = DataUri.parse(uri.toString());
                Bodies.checkImage(model, Bodies.mediaType(data.mediaType()), data.bytes());
                return new ImageResult(data.bytes(), data.mediaType());
            } catch (IllegalArgumentException e) {
                throw new MalformedResponseException(model, "an output data URI: " + e.getMessage());
            }
        }
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String refusal = Urls.refusal(current);
            if (refusal != null) {
                throw new MalformedResponseException(
                        model, "an output URL is refused: " + Urls.forLog(current) + ": " + refusal);
            }
            HttpResponse<byte[]> r =
                    exchange.send(HttpRequest.newBuilder(current).GET().header("Accept", "image/*"));
            if (r.statusCode() >= 300) {
                current = redirectTarget(current, r);
                continue;
            }
            String contentType = Bodies.contentType(r);
            String mediaType = Bodies.mediaType(contentType);
            if (!Bodies.isImage(mediaType)) {
                throw new MalformedResponseException(
                        model,
                        "content type " + (mediaType.isEmpty() ? "(none)" : mediaType) + " (" + r.body().length
                                + " bytes) from " + Urls.forLog(current)
                                + ", expected an image");
            }
            ImageBytes bytes = ImageBytes.of(r.body());
            Bodies.checkImage(model, mediaType, bytes);
            return new ImageResult(bytes, contentType);
        }
        throw new MalformedResponseException(
                model, "more than " + MAX_REDIRECTS + " redirects from " + Urls.forLog(uri));
    }

    private URI redirectTarget(URI current, HttpResponse<byte[]> r) {
        Optional<String> location = r.headers().firstValue("Location");
        if (location.isEmpty()) {
            throw new MalformedResponseException(model, "a redirect without Location from " + Urls.forLog(current));
        }
        try {
            return current.resolve(location.get());
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(model, "a redirect to an invalid URL from " + Urls.forLog(current));
        }
    }
}
