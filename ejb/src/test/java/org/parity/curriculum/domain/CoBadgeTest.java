package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.curriculum.domain.ModuleVersionTest.NOW;
import static org.parity.curriculum.domain.ModuleVersionTest.setId;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Organisation;
import org.parity.platform.InvalidInput;

/** Consent before co-badging: the states a request goes through, and what each allows. */
class CoBadgeTest {

  private static final Instant LATER = NOW.plusSeconds(3600);

  private static Organisation organisation(String name, long id) {
    Organisation organisation = new Organisation(name, Organisation.Kind.COLLEGE, NOW);
    setId(organisation, id);
    return organisation;
  }

  private static final Organisation LEAD = organisation("Lead College", 1);
  private static final Organisation PARTNER = organisation("Partner College", 2);
  private static final Curriculum CURRICULUM = new Curriculum("foundations", LEAD, NOW);

  private static CoBadge asked() {
    return new CoBadge(CURRICULUM, PARTNER, "eden@lead.example", NOW);
  }

  @Test
  void anAskedBadgeIsNotShownUntilAccepted() {
    CoBadge badge = asked();
    assertThat(badge.getStatus()).isEqualTo(CoBadge.Status.ASKED);
    assertThat(badge.showsBadge()).isFalse();
    assertThat(badge.getStatus().isLive()).isTrue();

    badge.accept("pat@partner.example", LATER);

    assertThat(badge.showsBadge()).isTrue();
    assertThat(badge.getAnsweredBy()).isEqualTo("pat@partner.example");
    assertThat(badge.getAnsweredAt()).isEqualTo(LATER);
  }

  @Test
  void theLeadPublisherIsNeverAskedForItsOwnBadge() {
    assertThatThrownBy(() -> new CoBadge(CURRICULUM, LEAD, "eden@lead.example", NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("lead publisher");
  }

  @Test
  void aRequestIsAnsweredOnce() {
    CoBadge declined = asked();
    declined.decline("pat@partner.example", "  Not our curriculum  ", LATER);
    assertThat(declined.getStatus()).isEqualTo(CoBadge.Status.DECLINED);
    assertThat(declined.getReason()).isEqualTo("Not our curriculum");
    assertThat(declined.getStatus().isLive()).isFalse();
    assertThatThrownBy(() -> declined.accept("pat@partner.example", LATER))
        .isInstanceOf(WorkflowException.class);

    CoBadge accepted = asked();
    accepted.accept("pat@partner.example", LATER);
    assertThatThrownBy(() -> accepted.decline("pat@partner.example", null, LATER))
        .isInstanceOf(WorkflowException.class);
    assertThat(accepted.showsBadge()).isTrue();
  }

  @Test
  void aDeclineNeedsNoReasonButAWithdrawalDoes() {
    CoBadge declined = asked();
    declined.decline("pat@partner.example", " ", LATER);
    assertThat(declined.getReason()).isNull();

    CoBadge accepted = asked();
    accepted.accept("pat@partner.example", LATER);
    for (String missing : List.of("", "   ")) {
      assertThatThrownBy(() -> accepted.withdraw("pat@partner.example", missing, LATER))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e -> assertThat(e.fieldErrors()).containsEntry("reason", "coBadge.reasonRequired"));
    }
    assertThatThrownBy(() -> accepted.withdraw("pat@partner.example", "x".repeat(1001), LATER))
        .isInstanceOf(InvalidInput.class);
    assertThat(accepted.showsBadge()).as("a refused withdrawal changes nothing").isTrue();

    accepted.withdraw("eden@lead.example", "The module moved to another curriculum", LATER);
    assertThat(accepted.getStatus()).isEqualTo(CoBadge.Status.WITHDRAWN);
    assertThat(accepted.showsBadge()).isFalse();
    assertThat(accepted.getWithdrawnBy()).isEqualTo("eden@lead.example");
    assertThat(accepted.getReason()).isEqualTo("The module moved to another curriculum");
  }

  @Test
  void aStandingRequestMayBeWithdrawnButAnEndedOneNot() {
    CoBadge standing = asked();
    standing.withdraw("eden@lead.example", "Asked the wrong college", LATER);
    assertThat(standing.getStatus()).isEqualTo(CoBadge.Status.WITHDRAWN);
    assertThatThrownBy(() -> standing.withdraw("eden@lead.example", "Again", LATER))
        .isInstanceOf(WorkflowException.class);
    assertThatThrownBy(() -> standing.accept("pat@partner.example", LATER))
        .isInstanceOf(WorkflowException.class);

    CoBadge declined = asked();
    declined.decline("pat@partner.example", null, LATER);
    assertThatThrownBy(() -> declined.withdraw("eden@lead.example", "Why not", LATER))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void agreedOutsideTheStudioIsAcceptedAtOnce() {
    CoBadge badge = CoBadge.agreed(CURRICULUM, PARTNER, "Parity", NOW);
    assertThat(badge.showsBadge()).isTrue();
    assertThat(badge.getAnsweredBy()).isEqualTo("Parity");
  }

  @Test
  void aBadgeShowsOnAVersionUntilRemovedButTheLeadsStays() {
    CurriculumVersion version =
        new CurriculumVersion(
            CURRICULUM,
            1,
            new CurriculumDetails("F", "S", List.of(), List.of(), List.of(), List.of(), List.of()),
            List.of(LEAD),
            NOW);
    version.lifecycle().publishDirectly(NOW);
    version.showBadge(PARTNER);
    version.showBadge(PARTNER);
    assertThat(version.getPublishers()).containsExactly(LEAD, PARTNER);
    version.removeBadge(PARTNER);
    assertThat(version.getPublishers()).containsExactly(LEAD);
    assertThatThrownBy(() -> version.removeBadge(LEAD)).isInstanceOf(WorkflowException.class);
  }
}
