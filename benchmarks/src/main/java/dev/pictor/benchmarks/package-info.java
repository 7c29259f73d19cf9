/**
 * JMH benchmarks, built only with {@code -Pbenchmarks} and never deployed: {@link Uint8EncodingBenchmark} compares
 * ways of writing a uint8 image as JSON, {@link ValidatorBenchmark} a generated validator against networknt on the
 * same requests, {@link CorpusBenchmark} warm generation and lint of the speed corpus against jsonschema2pojo-core
 * ({@link Jsonschema2pojoMain} runs the peer cold, for {@code cold-vs-jsonschema2pojo.sh}). How to run them, and
 * their results, are in benchmarks/README.md.
 */
package dev.pictor.benchmarks;
