/**
 * The {@code pictor} command line ({@link PictorCli}, built on picocli), for CI and non-Maven builds: {@code lint},
 * {@code generate}, {@code check-compat} and {@code import}. A thin front end: each command maps its options to a call
 * into generator-core and prints the findings or writes them as a report. Shipped as the runnable jar
 * {@code cli/target/pictor.jar}.
 */
package dev.pictor.cli;
