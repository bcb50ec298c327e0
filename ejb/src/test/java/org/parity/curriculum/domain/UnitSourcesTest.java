package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's sources: kept with it, copied to the next draft, and required for clinical claims. */
class UnitSourcesTest {

  private static final Reference NICE =
      new Reference(
          "Depression in adults (NG222)",
          "NICE",
          2022,
          "https://www.nice.org.uk/guidance/ng222",
          null,
          LocalDate.of(2026, 11, 20));

  private static UnitContent claims(List<Reference> sources) {
    return new UnitContent(
        UnitKind.TEXT, "Treating depression", "Text.", null, 0, 0, 0, true, sources);
  }

  @Test
  void aModuleWithAClinicalClaimCitingNothingIsNotSubmitted() {
    ModuleVersion version = ModuleVersionTest.draftWithUnits("Intro");
    Unit unit = version.addUnit(claims(List.of()));
    ModuleVersionTest.setId(unit, 99);
    assertThat(unit.content().claimsWithoutSources()).isTrue();
    assertThatThrownBy(version::submitForReview)
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("\"Treating depression\" makes clinical claims but cites no sources");
    assertThat(version.getStatus()).isEqualTo(VersionStatus.DRAFT);

    version.editUnit(99, claims(List.of(NICE)));
    version.submitForReview();
    assertThat(version.getStatus()).isEqualTo(VersionStatus.IN_REVIEW);
  }

  @Test
  void sourcesStayInOrderWithTheUnitAndGoIntoTheNextDraft() {
    Reference trial = new Reference("A trial", null, null, null, "10.1136/bmj.k1234", null);
    ModuleVersion version = ModuleVersionTest.draftWithUnits();
    version.addUnit(claims(List.of(NICE, trial)));
    assertThat(version.getUnits().get(0).getReferences()).containsExactly(NICE, trial);
    assertThat(version.getUnits().get(0).content().clinicalClaims()).isTrue();
    assertThat(trial.link()).isEqualTo("https://doi.org/10.1136/bmj.k1234");

    version.submitForReview();
    version.publish(ModuleVersionTest.NOW, 24);
    ModuleVersion next = version.nextDraft(2, ModuleVersionTest.NOW);
    assertThat(next.getUnits().get(0).content()).isEqualTo(version.getUnits().get(0).content());
  }

  @Test
  void aUnitWithoutClaimsNeedsNoSources() {
    ModuleVersion version = ModuleVersionTest.draftWithUnits("Intro");
    version.submitForReview();
    assertThat(version.getStatus()).isEqualTo(VersionStatus.IN_REVIEW);
  }
}
