/**
 * {@link Showcase}, the README's main job as a runnable jar: starts the provider emulator over the schemas, calls
 * every seed model once through its generated client and a {@code PictorClient}, and writes each image under
 * {@code target/showcase}. It shows the whole chain from model document to image; it is not published.
 */
package dev.pictor.showcase;
