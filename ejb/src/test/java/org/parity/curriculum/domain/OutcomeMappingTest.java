package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.curriculum.domain.ModuleVersionTest.NOW;
import static org.parity.curriculum.domain.ModuleVersionTest.setId;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.content.FrameworkReader.OutcomeDefinition;
import org.parity.identity.domain.Organisation;

/** A framework never changes once published; a mapping is answered once, by someone else. */
class OutcomeMappingTest {

  private static final Instant LATER = NOW.plusSeconds(3600);
  private static final Organisation OWNER =
      new Organisation("Framework College", Organisation.Kind.COLLEGE, NOW);
  private static final SharedModule MODULE = new SharedModule("low-mood", OWNER, NOW);

  private static OutcomeFramework framework(boolean published) {
    OutcomeFramework framework =
        new OutcomeFramework(OWNER, "demo", "Demo outcomes", "2026", "frida@college.example", NOW);
    framework.replaceOutcomes(
        List.of(
            new OutcomeDefinition("A1", "Assessment", "Recognise low mood"),
            new OutcomeDefinition("A2", "Assessment", "Recognise risk")));
    setId(framework.getOutcomes().get(0), 11L);
    setId(framework.getOutcomes().get(1), 12L);
    if (published) {
      framework.publish(NOW);
    }
    return framework;
  }

  private static OutcomeMapping proposed() {
    return new OutcomeMapping(
        MODULE,
        "Ask about mood at every review",
        framework(true).getOutcomes().get(0),
        "cora@module.example",
        NOW);
  }

  @Test
  void aPublishedFrameworkNeverChangesAndAnEmptyOneIsNotPublished() {
    OutcomeFramework framework = framework(true);
    assertThat(framework.getOutcomes())
        .extracting(FrameworkOutcome::getCode, FrameworkOutcome::getPosition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", 0),
            org.assertj.core.groups.Tuple.tuple("A2", 1));
    assertThatThrownBy(() -> framework.replaceOutcomes(List.of()))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("never changes");
    assertThatThrownBy(() -> framework.publish(LATER)).isInstanceOf(WorkflowException.class);

    OutcomeFramework empty =
        new OutcomeFramework(OWNER, "empty", "Empty", "1", "frida@college.example", NOW);
    assertThatThrownBy(() -> empty.publish(NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("at least one outcome");
    assertThat(empty.isPublished()).isFalse();
  }

  @Test
  void onlyAPublishedFrameworkIsMappedTo() {
    FrameworkOutcome draft = framework(false).getOutcomes().get(0);
    assertThatThrownBy(() -> new OutcomeMapping(MODULE, "Ask", draft, "cora@module.example", NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("published framework");
  }

  @Test
  void theProposerNeverAnswersTheirOwnMapping() {
    OutcomeMapping mapping = proposed();
    assertThatThrownBy(() -> mapping.accept("CORA@module.example", null, LATER))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("someone else");
    assertThat(mapping.getStatus()).isEqualTo(OutcomeMapping.Status.PROPOSED);
  }

  @Test
  void aMappingIsAnsweredOnceAndADeclineSaysWhy() {
    OutcomeMapping declined = proposed();
    assertThatThrownBy(() -> declined.decline("peter@college.example", "  ", LATER))
        .isInstanceOf(WorkflowException.class);
    declined.decline("peter@college.example", "Not about risk.", LATER);
    assertThat(declined.getStatus()).isEqualTo(OutcomeMapping.Status.DECLINED);
    assertThat(declined.getReviewComment()).isEqualTo("Not about risk.");
    assertThatThrownBy(() -> declined.accept("peter@college.example", null, LATER))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("answered already");

    OutcomeMapping accepted = proposed();
    accepted.accept("peter@college.example", " ", LATER);
    assertThat(accepted.getStatus()).isEqualTo(OutcomeMapping.Status.ACCEPTED);
    assertThat(accepted.getReviewedBy()).isEqualTo("peter@college.example");
    assertThat(accepted.getReviewedAt()).isEqualTo(LATER);
    assertThat(accepted.getReviewComment()).isNull();
  }

  @Test
  void aDeclinedMappingMayBeProposedAgainButAStandingOneMayNot() {
    FrameworkOutcome a1 = framework(true).getOutcomes().get(0);
    OutcomeMapping mapping =
        new OutcomeMapping(MODULE, "Ask about mood", a1, "cora@module.example", NOW);
    assertThat(mapping.sameLink("Ask about mood", a1)).isTrue();
    assertThat(mapping.sameLink("Ask about sleep", a1)).isFalse();
    mapping.decline("peter@college.example", "No.", LATER);
    assertThat(mapping.sameLink("Ask about mood", a1)).isFalse();
  }

  @Test
  void anOutcomeTooLongToKeyIsNotMapped() {
    FrameworkOutcome a1 = framework(true).getOutcomes().get(0);
    assertThatThrownBy(
            () ->
                new OutcomeMapping(
                    MODULE, "x".repeat(OutcomeMapping.MAX_WORDING + 1), a1, "cora@m.example", NOW))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void aShippedMappingIsAcceptedByItsOwner() {
    OutcomeMapping shipped =
        OutcomeMapping.shipped(
            MODULE, "Ask", framework(true).getOutcomes().get(0), "Parity starter content", NOW);
    assertThat(shipped.getStatus()).isEqualTo(OutcomeMapping.Status.ACCEPTED);
    assertThat(shipped.getReviewedBy()).isEqualTo("Parity starter content");
  }
}
