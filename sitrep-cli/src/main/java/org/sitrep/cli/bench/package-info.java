/** Benchmarks and load/scale harnesses behind {@code sitrep bench}: stage throughput, state growth, web API load, JMH. */
package org.sitrep.cli.bench;
