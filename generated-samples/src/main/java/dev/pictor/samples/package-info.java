/**
 * {@link SeedRequests}: one valid and one invalid request per seed model, built with the clients this module generates
 * from the repository's {@code schemas/} (into packages under {@code dev.pictor.generated}), and what the emulator
 * answers to each valid one. Shared by this module's end-to-end tests and the showcase.
 */
package dev.pictor.samples;
