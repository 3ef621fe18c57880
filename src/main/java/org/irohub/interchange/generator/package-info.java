/**
 * The synthetic CIN census generator: N fictional children written as a census XML whose conferences and plans
 * look like England's, for demos, benchmarks and import tests. Plain Java with no Spring, so it also runs from
 * {@code target/classes} on the command line.
 * <p>
 * Use {@link org.irohub.interchange.generator.CensusGenerator#write(GeneratorSettings, java.io.OutputStream)}
 * with {@link org.irohub.interchange.generator.GeneratorSettings}; the rates it draws from are in
 * {@code NationalProfile}.
 */
package org.irohub.interchange.generator;
