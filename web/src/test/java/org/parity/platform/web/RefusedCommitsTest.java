package org.parity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RefusedCommitsTest {

  @Test
  void galerasRefusalsAreFoundWhereverTheyAreWrapped() {
    assertThat(RefusedCommits.isRefusedCommit(new SQLException("Deadlock found", "40001", 1213)))
        .isTrue();
    assertThat(
            RefusedCommits.isRefusedCommit(
                new EJBException(
                    new RuntimeException(new SQLException("Deadlock found", "HY000", 1213)))))
        .isTrue();
    SQLException batch = new BatchUpdateException();
    batch.setNextException(new SQLException("Deadlock found", "40001", 1213));
    assertThat(RefusedCommits.isRefusedCommit(batch)).as("a batch's next exception").isTrue();
    // A commit that did not happen, its cause left in the log only.
    assertThat(
            RefusedCommits.isRefusedCommit(
                new EJBTransactionRolledbackException(
                    "rolled back", new RollbackException("ARJUNA016053"))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(RefusedCommits.isRefusedCommit(new SQLException("Duplicate entry", "23000", 1062)))
        .isFalse();
    assertThat(RefusedCommits.isRefusedCommit(new EJBException(new IllegalStateException("no"))))
        .isFalse();
    assertThat(RefusedCommits.isRefusedCommit(null)).isFalse();
  }
}
