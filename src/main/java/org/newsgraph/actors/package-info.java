/**
 * Actors: the dictionary ({@link org.newsgraph.actors.ActorDictionary}), matching it over
 * tokenized sentences ({@link org.newsgraph.actors.DictionaryMatcher}) and turning hits and
 * name-finder spans into folded {@link org.newsgraph.actors.Mention}s
 * ({@link org.newsgraph.actors.MentionFinder}). Pure Java, no Beam.
 *
 * <p>Wiring in a {@code DoFn}: in {@code @Setup}, {@code finder = MentionFinder.shared(extraFiles,
 * replaceShipped)} (one per JVM, thread-safe) and {@code analyzer = new TextAnalyzer()} (one per
 * DoFn instance, not thread-safe); per article, {@code finder.find(id, date, text,
 * analyzer.analyze(text), spans)}.
 */
package org.newsgraph.actors;
