/**
 * The emulator in a JUnit 5 test in one line: {@link dev.pictor.emulator.junit.PictorEmulatorExtension}. Needs
 * {@code junit-jupiter-api} on the class path, which the emulator does not bring (a {@code provided} dependency): a
 * JUnit 5 test has it already.
 */
package dev.pictor.emulator.junit;
