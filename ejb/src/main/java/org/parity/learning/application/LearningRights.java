package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.parity.curriculum.application.EditorialRights;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.platform.NotAllowedException;

/**
 * Learning's rules of who may see or do what, in one place: a learner only their own enrolments,
 * attempts, CPD entries and certificates; a publisher's editors and publishers the reports on, and
 * the certificates for, what that publisher publishes. The learning services ask here.
 */
@Dependent
public class LearningRights {

  @Inject Caller caller;
  @Inject EditorialRights editorial;

  /** The signed-in learner. */
  public Account learner() {
    return caller.required();
  }

  /**
   * The caller's own record, found by id; someone else's is refused exactly like a missing one, so
   * the refusal says nothing about other people's records.
   */
  public <T> T own(Optional<T> found, BiPredicate<T, Account> belongsTo, String what) {
    Account me = learner();
    return found
        .filter(record -> belongsTo.test(record, me))
        .orElseThrow(() -> new NotAllowedException("Not your " + what));
  }

  /** Whether the caller belongs to one of these publishers (as its editor or publisher). */
  public boolean speaksFor(Collection<Organisation> publishers) {
    Account me = learner();
    return publishers.stream().anyMatch(p -> editorial.belongs(me, p));
  }

  public void requireSpeaksFor(Collection<Organisation> publishers, String what) {
    if (!speaksFor(publishers)) {
      throw new NotAllowedException("Not a publisher of " + what);
    }
  }
}
