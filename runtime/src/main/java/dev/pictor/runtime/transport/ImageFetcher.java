package dev.pictor.runtime.transport;

import dev.pictor.runtime.ImageResult;
import java.io.IOException;
import java.net.URI;

/** Downloads an image a provider answered with by URL, with the client's limits, retries and timeouts. */
@FunctionalInterface
public interface ImageFetcher {

    ImageResult fetch(URI uri) throws IOException, InterruptedException;
}
