package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.domain.WorkflowException;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.NotAllowedException;

/**
 * Who may author and who may approve for a publisher: members of the publisher author (as EDITOR or
 * PUBLISHER); only its PUBLISHERs approve, and never a version they worked on themselves. The one
 * place the studio's services decide it. A session bean, so that it sees the calling service's
 * caller and joins its transaction.
 */
@Stateless
@PermitAll
public class EditorialRights {

  @Inject Accounts accounts;
  @Inject Caller caller;
  @Inject Curricula curricula;
  @Inject Clock clock;

  public Account caller() {
    return caller.required();
  }

  public String callerName() {
    return caller.required().getEmail();
  }

  public boolean belongs(Account account, Organisation organisation) {
    return account.getOrganisations().stream()
        .anyMatch(o -> o.getId().equals(organisation.getId()));
  }

  public boolean mayAuthorFor(Organisation organisation) {
    return belongs(caller(), organisation);
  }

  public void requireAuthor(Organisation organisation) {
    if (!mayAuthorFor(organisation)) {
      throw new NotAllowedException("Not an editor for " + organisation.getName());
    }
  }

  /** Whether the caller is an EDITOR or PUBLISHER of any publisher. */
  public boolean isEditor() {
    Account account = caller();
    return account.hasRole(Role.EDITOR) || account.hasRole(Role.PUBLISHER);
  }

  /** Whether the caller is an EDITOR or PUBLISHER of this organisation. */
  public boolean mayEditFor(Organisation organisation) {
    return isEditor() && belongs(caller(), organisation);
  }

  public void requireEditorFor(Organisation organisation) {
    if (!mayEditFor(organisation)) {
      throw new NotAllowedException("Not an editor for " + organisation.getName());
    }
  }

  /** Whether the caller made, imported, edited or submitted the version with this history. */
  public boolean workedOn(List<ReviewEvent> history) {
    String me = callerName();
    return history.stream()
        .anyMatch(e -> e.getAction().isAuthoring() && me.equalsIgnoreCase(e.getActor()));
  }

  /** Nobody approves their own work: a version is published by a publisher who did not make it. */
  public void requireSomeoneElse(List<ReviewEvent> history) {
    if (workedOn(history)) {
      throw new WorkflowException(
          "You worked on this version, so another publisher must approve it.",
          "studio.refusal.ownWork");
    }
  }

  public void requireApprover(Organisation organisation) {
    Account caller = caller();
    if (!caller.hasRole(Role.PUBLISHER) || !belongs(caller, organisation)) {
      throw new NotAllowedException(
          "Only a publisher of " + organisation.getName() + " may review it.");
    }
  }

  /** A step in a version's history, taken by the caller now; a blank comment is none. */
  public void record(
      String subjectType, long subjectId, ReviewEvent.Action action, String comment) {
    curricula.add(
        new ReviewEvent(
            subjectType,
            subjectId,
            action,
            callerName(),
            comment == null || comment.isBlank() ? null : comment.trim(),
            clock.instant()));
  }
}
