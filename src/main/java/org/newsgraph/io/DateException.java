package org.newsgraph.io;

/** A date that is present but unusable; the message is the reject reason. */
final class DateException extends Exception {
  private static final long serialVersionUID = 1L;

  DateException(String reason) {
    super(reason);
  }
}
