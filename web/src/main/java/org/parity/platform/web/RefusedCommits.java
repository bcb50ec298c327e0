package org.parity.platform.web;

import jakarta.servlet.ServletRequest;
import java.sql.SQLException;

/**
 * A transaction the database refused at commit: on a Galera cluster another node's transaction
 * changed the same rows first, and this one failed certification (reported as deadlock 1213,
 * SQLSTATE 40001), at commit or at its next statement. Nothing of it was written, so the same
 * request may simply run again ({@link RetryRefusedCommits}), and the person never sees it.
 */
public final class RefusedCommits {

  /** Set on the request by whoever turned a refused commit into an answer (the API's mapper). */
  public static final String ATTRIBUTE = "parity.refusedCommit";

  private static final int DEADLOCK = 1213;
  private static final String SERIALIZATION_FAILURE = "40001";

  private RefusedCommits() {}

  public static boolean isRefusedCommit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // The commit did not happen: refused by the database, or the transaction was already doomed
      // by a statement Galera aborted (its 1213 then reaches only the log, not this chain).
      if (t instanceof jakarta.transaction.RollbackException) {
        return true;
      }
      for (Throwable s = t; s instanceof SQLException sql; s = sql.getNextException()) {
        if (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
          return true;
        }
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (isRefusedCommit(suppressed)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Marks the request as answered for a refused commit, so that it is run again. */
  public static void mark(ServletRequest request) {
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
  }
}
