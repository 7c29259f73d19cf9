package dev.pictor.runtime.client;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into a byte array, up to a cap: a declared {@code Content-Length} over the cap fails before a
 * byte of the body is read, and a body that grows past the cap fails as soon as it does; either way the subscription
 * is cancelled (the JDK client then drops the connection) and the body completes with {@link TooLarge}. Remembers
 * whether the status line and headers arrived, so that a failure while reading the body (a connection closed short of
 * its {@code Content-Length}) can be told from a failure to get an answer at all.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

    /** The body is over the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final boolean declared;

        TooLarge(long limit, boolean declared) {
            super((declared ? "declared Content-Length" : "body") + " over " + limit + " bytes");
            this.declared = declared;
        }
    }

    private final long limit;
    private volatile int status = -1;

    CappedBody(long limit) {
        this.limit = limit;
    }

    /** The status of the answer, or -1 when no status line arrived. */
    int status() {
        return status;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        status = info.statusCode();
        OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
        return new Subscriber(limit, declared.isPresent() && declared.getAsLong() > limit);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final boolean declaredTooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private byte[] buffer = new byte[8192];
        private int size;
        private boolean done;

        Subscriber(long limit, boolean declaredTooLarge) {
            this.limit = limit;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            if (declaredTooLarge) {
                done = true;
                s.cancel();
                result.completeExceptionally(new TooLarge(limit, true));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (done) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if ((long) size + n > limit) {
                    done = true;
                    buffer = null;
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(limit, false));
                    return;
                }
                if (size + n > buffer.length) {
                    long grown = Math.max((long) buffer.length * 2, (long) size + n);
                    buffer = Arrays.copyOf(buffer, (int) Math.min(grown, Math.max(limit, size + n)));
                }
                item.get(buffer, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!done) {
                done = true;
                buffer = null;
                result.completeExceptionally(throwable);
            }
        }

        @Override
        public void onComplete() {
            if (!done) {
                done = true;
                byte[] bytes = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
                buffer = null;
                result.complete(bytes);
            }
        }
    }
}
