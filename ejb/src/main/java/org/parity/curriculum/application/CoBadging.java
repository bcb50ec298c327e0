package org.parity.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parity.curriculum.application.StudioViews.CoBadgeView;
import org.parity.curriculum.domain.CoBadge;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.mail.MailOutbox;

/**
 * Consent before co-badging: the lead publisher's editors ask another publisher, whose PUBLISHERs
 * are told by mail and answer in the studio; its badge shows on the curriculum's versions only once
 * one accepts. Either side withdraws it with a reason, and the other side is told. Certificates
 * already issued keep the publishers they named.
 */
@Stateless
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class CoBadging {

  private static final Set<CoBadge.Status> STANDING =
      EnumSet.of(CoBadge.Status.ASKED, CoBadge.Status.ACCEPTED);

  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject Accounts accounts;
  @Inject EditorialRights rights;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** Every request to co-badge the curriculum of this version, for its lead publisher's editors. */
  public List<CoBadgeView> ofCurriculum(long versionId) {
    Curriculum curriculum = version(versionId).getCurriculum();
    rights.requireAuthor(curriculum.getLeadPublisher());
    return curricula.coBadgesOf(curriculum).stream().map(this::view).toList();
  }

  /** Requests to the publishers the caller is a PUBLISHER of that still stand, for answering. */
  public List<CoBadgeView> askedOfMe() {
    Account caller = rights.caller();
    if (!caller.hasRole(Role.PUBLISHER)) {
      return List.of();
    }
    return curricula.coBadgesFor(caller.getOrganisations(), STANDING).stream()
        .map(this::view)
        .toList();
  }

  /**
   * Asks another publisher to co-badge; its PUBLISHERs are told. Nothing shows until one accepts.
   */
  public long ask(long versionId, String publisherSlug, String pageBase) {
    Curriculum curriculum = version(versionId).getCurriculum();
    rights.requireAuthor(curriculum.getLeadPublisher());
    Organisation publisher =
        organisations
            .bySlug(publisherSlug == null ? "" : publisherSlug.trim())
            .filter(
                o ->
                    o.getKind() == Organisation.Kind.COLLEGE
                        || o.getKind() == Organisation.Kind.PUBLISHER)
            .orElseThrow(() -> InvalidInput.of("publisher", "studio.ownerUnknown"));
    if (publisher.getId().equals(curriculum.getLeadPublisher().getId())) {
      throw InvalidInput.of("publisher", "coBadge.leadAlready");
    }
    if (standing(curriculum, publisher)) {
      throw InvalidInput.of("publisher", "coBadge.alreadyAsked");
    }
    if (accounts.withRoleIn(Role.PUBLISHER, publisher).isEmpty()) {
      throw InvalidInput.of("publisher", "coBadge.nobodyToAsk");
    }
    return open(curriculum, publisher, pageBase).getId();
  }

  /**
   * An uploaded package names co-badging publishers: those that have not consented are asked (once)
   * rather than shown.
   */
  public void askOnImport(Curriculum curriculum, Organisation publisher, String pageBase) {
    if (!standing(curriculum, publisher)
        && !publisher.getId().equals(curriculum.getLeadPublisher().getId())) {
      open(curriculum, publisher, pageBase);
    }
  }

  /** Whether the publisher was asked, or co-badges, and that still stands. */
  private boolean standing(Curriculum curriculum, Organisation publisher) {
    return curricula.coBadgesOf(curriculum).stream()
        .anyMatch(
            b -> b.getPublisher().getId().equals(publisher.getId()) && b.getStatus().isLive());
  }

  private CoBadge open(Curriculum curriculum, Organisation publisher, String pageBase) {
    CoBadge badge = new CoBadge(curriculum, publisher, rights.callerName(), clock.instant());
    curricula.add(badge);
    String title = title(curriculum);
    String link = link(pageBase);
    for (Account answerer : accounts.withRoleIn(Role.PUBLISHER, publisher)) {
      outbox.enqueue(
          answerer.getEmail(),
          "Will " + publisher.getName() + " co-badge \"" + title + "\"?",
          "Hello "
              + answerer.getDisplayName()
              + ",\n\n"
              + curriculum.getLeadPublisher().getName()
              + " asks "
              + publisher.getName()
              + " to put its badge on the curriculum \""
              + title
              + "\" on Parity. The badge appears only once a publisher of "
              + publisher.getName()
              + " accepts, and either side can withdraw it later.\n\nYou can answer in"
              + " the studio:\n\n"
              + link
              + "\n\nParity",
          link);
    }
    return badge;
  }

  /** A PUBLISHER of the asked publisher accepts: its badge shows on the curriculum from now on. */
  public void accept(long badgeId, String pageBase) {
    CoBadge badge = badge(badgeId);
    rights.requireApprover(badge.getPublisher());
    badge.accept(rights.callerName(), clock.instant());
    currentVersions(badge.getCurriculum()).forEach(v -> v.showBadge(badge.getPublisher()));
    tellLead(badge, "accepted", null, pageBase);
  }

  public void decline(long badgeId, String reason, String pageBase) {
    CoBadge badge = badge(badgeId);
    rights.requireApprover(badge.getPublisher());
    badge.decline(rights.callerName(), reason, clock.instant());
    tellLead(badge, "declined", badge.getReason(), pageBase);
  }

  /**
   * Either side takes the badge back, with a reason: the lead publisher's editors, or a PUBLISHER
   * of the co-badging publisher. The badge leaves every current version; certificates keep theirs.
   */
  public void withdraw(long badgeId, String reason, String pageBase) {
    CoBadge badge = badge(badgeId);
    Organisation lead = badge.getCurriculum().getLeadPublisher();
    boolean leadSide = rights.mayAuthorFor(lead);
    if (!leadSide) {
      rights.requireApprover(badge.getPublisher());
    }
    boolean wasShown = badge.showsBadge();
    badge.withdraw(rights.callerName(), reason, clock.instant());
    if (wasShown) {
      currentVersions(badge.getCurriculum()).forEach(v -> v.removeBadge(badge.getPublisher()));
    }
    if (leadSide) {
      tell(
          accounts.withRoleIn(Role.PUBLISHER, badge.getPublisher()),
          badge,
          lead.getName() + " withdrew the request",
          badge.getReason(),
          pageBase);
    } else {
      tellLead(badge, "withdrew its badge from", badge.getReason(), pageBase);
    }
  }

  /** Versions that learners or editors still use: a retired one keeps what it had. */
  private List<CurriculumVersion> currentVersions(Curriculum curriculum) {
    return curricula.versionsOf(curriculum).stream()
        .filter(v -> v.getStatus() != VersionStatus.RETIRED)
        .toList();
  }

  /** The lead publisher's PUBLISHERs and whoever asked hear of the other side's answer. */
  private void tellLead(CoBadge badge, String what, String reason, String pageBase) {
    Set<Account> told =
        new LinkedHashSet<>(
            accounts.withRoleIn(Role.PUBLISHER, badge.getCurriculum().getLeadPublisher()));
    accounts.byEmail(badge.getAskedBy()).filter(Account::isEnabled).ifPresent(told::add);
    tell(List.copyOf(told), badge, badge.getPublisher().getName() + " " + what, reason, pageBase);
  }

  private void tell(
      List<Account> people, CoBadge badge, String what, String reason, String pageBase) {
    String title = title(badge.getCurriculum());
    String link = link(pageBase);
    for (Account person : people) {
      outbox.enqueue(
          person.getEmail(),
          "Co-badging of \"" + title + "\": " + what,
          "Hello "
              + person.getDisplayName()
              + ",\n\n"
              + what
              + " co-badging the curriculum \""
              + title
              + "\" ("
              + badge.getPublisher().getName()
              + ")."
              + (reason == null ? "" : "\n\nThe reason given:\n\n" + reason)
              + "\n\nThe studio has the details:\n\n"
              + link
              + "\n\nParity",
          link);
    }
  }

  private String link(String pageBase) {
    return configuration.linkBase(pageBase) + "/studio#co-badging";
  }

  private String title(Curriculum curriculum) {
    return curricula.versionsOf(curriculum).get(0).getTitle();
  }

  private CoBadgeView view(CoBadge b) {
    Curriculum curriculum = b.getCurriculum();
    boolean mine =
        rights.mayAuthorFor(curriculum.getLeadPublisher())
            || (rights.caller().hasRole(Role.PUBLISHER) && rights.mayAuthorFor(b.getPublisher()));
    return new CoBadgeView(
        b.getId(),
        curriculum.getSlug(),
        title(curriculum),
        curriculum.getLeadPublisher().getName(),
        b.getPublisher().getSlug(),
        b.getPublisher().getName(),
        b.getStatus().name(),
        b.getAskedBy(),
        b.getAskedAt(),
        b.getAnsweredBy(),
        b.getAnsweredAt(),
        b.getWithdrawnBy(),
        b.getWithdrawnAt(),
        b.getReason(),
        mine && b.getStatus().isLive());
  }

  private CoBadge badge(long id) {
    return curricula.coBadge(id).orElseThrow(() -> InvalidInput.of("badge", "coBadge.unknown"));
  }

  private CurriculumVersion version(long id) {
    return curricula
        .curriculumVersion(id)
        .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
  }
}
