package org.newsgraph;

/** A mistake of the user's (a missing input, an unwritable folder): one line, no stack trace. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
