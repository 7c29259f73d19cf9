package dev.pictor.runtime.transport;

import dev.pictor.runtime.Base64Image;
import dev.pictor.runtime.DataUri;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The images a JSON result holds, as a generated adapter names them ({@link JsonRecordAdapter#findImages}), in order;
 * each is decoded or downloaded only when the adapter hands the list over, so that a failure comes in the same order.
 */
public final class FoundImages {

    /** One image found, not yet decoded or downloaded. */
    @FunctionalInterface
    private interface Found {
        ImageResult resolve(ImageFetcher fetcher) throws IOException, InterruptedException;
    }

    private final List<Found> found = new ArrayList<>();

    FoundImages() {}

    /**
     * A base64 image whose schema declares no media type: decoded, with the media type its bytes start with
     * ({@value BinaryImageAdapter#ANY_MEDIA_TYPE} when they start like no known format).
     */
    public void base64(Base64Image image) {
        Objects.requireNonNull(image, "image");
        found.add(fetcher -> decoded(image, null));
    }

    /**
     * A base64 image: decoded, with the media type its schema declares.
     *
     * @param image    the base64 text
     * @param declared the schema's {@code contentMediaType}
     */
    public void base64(Base64Image image, String declared) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(declared, "declared");
        found.add(fetcher -> decoded(image, declared));
    }

    /** A data URI: decoded, with the media type it names. */
    public void dataUri(DataUri image) {
        Objects.requireNonNull(image, "image");
        found.add(fetcher -> image.toImageResult());
    }

    /** A URL: downloaded with the client's fetcher. */
    public void url(URI image) {
        Objects.requireNonNull(image, "image");
        found.add(fetcher -> fetcher.fetch(image));
    }

    /** Every image found, decoded or downloaded, in the order found. */
    List<ImageResult> resolve(ImageFetcher fetcher) throws IOException, InterruptedException {
        List<ImageResult> images = new ArrayList<>(found.size());
        for (Found f : found) {
            images.add(f.resolve(fetcher));
        }
        return List.copyOf(images);
    }

    /** Decodes; throws {@link IllegalArgumentException} when the text is not base64, without quoting it. */
    private static ImageResult decoded(Base64Image image, String declared) {
        ImageBytes bytes = image.decode();
        if (declared != null) {
            return new ImageResult(bytes, declared);
        }
        String format = bytes.sniffFormat();
        return new ImageResult(
                bytes, format == null ? BinaryImageAdapter.ANY_MEDIA_TYPE : "image/" + format.toLowerCase(Locale.ROOT));
    }
}
