package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.curriculum.domain.ModuleVersionTest.COLLEGE;
import static org.parity.curriculum.domain.ModuleVersionTest.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Organisation;

class CurriculumVersionTest {

  private static final Organisation COLLABORATIVE =
      new Organisation("Primary Care Learning Collaborative", Organisation.Kind.PUBLISHER, NOW);

  private static CurriculumVersion draft() {
    return new CurriculumVersion(
        new Curriculum("foundations", COLLEGE, NOW),
        1,
        new CurriculumDetails(
            "Foundations", "S", List.of("O"), List.of("GP"), List.of(), List.of(), List.of()),
        List.of(COLLEGE, COLLABORATIVE),
        NOW);
  }

  private static ModuleVersion publishedModule(long moduleId) {
    ModuleVersion version = ModuleVersionTest.draftWithUnits("One");
    ModuleVersionTest.setId(version.getModule(), moduleId);
    version.submitForReview();
    version.lifecycle().publish(NOW);
    return version;
  }

  @Test
  void isCoBadgedByItsPublishersInOrder() {
    assertThat(draft().getPublishers())
        .extracting(Organisation::getName)
        .containsExactly("College of Whole-Person Care", "Primary Care Learning Collaborative");
  }

  @Test
  void includesOnlyPublishedModuleVersionsEachOnce() {
    CurriculumVersion curriculum = draft();
    ModuleVersion module = publishedModule(7);
    curriculum.include(module);
    assertThatThrownBy(() -> curriculum.include(module)).isInstanceOf(WorkflowException.class);
    ModuleVersion unpublished = ModuleVersionTest.draftWithUnits("Draft only");
    ModuleVersionTest.setId(unpublished.getModule(), 8);
    assertThatThrownBy(() -> curriculum.include(unpublished)).isInstanceOf(WorkflowException.class);
    assertThat(curriculum.getModules()).containsExactly(module);
  }

  @Test
  void aCurriculumWithoutModulesCannotGoToReview() {
    assertThatThrownBy(draft()::submitForReview).isInstanceOf(WorkflowException.class);
  }

  @Test
  void aPublishedCurriculumRefusesChanges() {
    CurriculumVersion curriculum = draft();
    curriculum.include(publishedModule(7));
    curriculum.submitForReview();
    curriculum.lifecycle().publish(NOW);
    assertThatThrownBy(() -> curriculum.include(publishedModule(9)))
        .isInstanceOf(VersionNotEditableException.class);
    assertThatThrownBy(() -> curriculum.edit(curriculum.details()))
        .isInstanceOf(VersionNotEditableException.class);
  }
}
