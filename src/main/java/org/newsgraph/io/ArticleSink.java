package org.newsgraph.io;

/**
 * Receives what {@link ArticleReader} finds in one input.
 *
 * <p>Invariant: every record the reader reads (a text file, a JSON line, a CSV row, or the broken
 * remainder of a truncated or unreadable input) ends in exactly one call, either {@link #article}
 * or {@link #reject}. So {@code records read = articles + rejects}, and nothing is dropped
 * silently; blank lines between JSON objects and archive directory entries are not records.
 */
public interface ArticleSink {
  void article(Article article);

  void reject(Reject reject);
}
