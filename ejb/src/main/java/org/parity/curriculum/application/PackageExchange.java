package org.parity.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.content.Definitions.ContentPackage;
import org.parity.content.Definitions.CurriculumDefinition;
import org.parity.content.Definitions.ModuleDefinition;
import org.parity.content.Definitions.OptionDefinition;
import org.parity.content.Definitions.QuestionDefinition;
import org.parity.content.Definitions.UnitDefinition;
import org.parity.content.PackageFiles;
import org.parity.content.PackageReader;
import org.parity.content.PackageWriter;
import org.parity.content.Problem;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Reference;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.platform.InvalidInput;

/**
 * Content packages in and out of Parity. An upload is checked whole, then stored whole as drafts
 * (one transaction), or refused with every problem listed and nothing stored.
 */
@Stateless
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class PackageExchange {

  @Inject PackageInstaller installer;
  @Inject Curricula curricula;
  @Inject EditorialRights rights;

  /**
   * Stores the package's modules and curricula as new drafts; returns "modules/slug" → version id.
   */
  public Map<String, Long> upload(byte[] zip) {
    Account caller = rights.caller();
    Set<String> published =
        curricula.publishedModules().stream()
            .map(v -> v.getModule().getSlug())
            .collect(Collectors.toSet());
    PackageReader.Result read = PackageReader.read(PackageFiles.fromZip(zip), published);
    if (!read.isValid()) {
      throw new InvalidPackageException(read.problems());
    }
    ContentPackage content = read.content().orElseThrow();
    List<Problem> problems =
        installer.check(content, organisation -> rights.belongs(caller, organisation));
    if (!problems.isEmpty()) {
      throw new InvalidPackageException(problems);
    }
    return installer.install(content, false, caller.getEmail());
  }

  /**
   * A module version as a package: a draft only for its own publisher's editors, and so is any
   * version with a question bank, whose answer keys would otherwise let anyone pass the quiz.
   */
  public byte[] exportModule(long versionId) {
    ModuleVersion version =
        curricula
            .moduleVersion(versionId)
            .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
    if (version.getStatus() != VersionStatus.PUBLISHED || !version.getQuestions().isEmpty()) {
      rights.requireAuthor(version.getModule().getOwner());
    }
    return PackageWriter.zip(
        new ContentPackage(List.of(definition(version, images(version))), List.of()));
  }

  public byte[] exportCurriculum(long versionId) {
    CurriculumVersion version =
        curricula
            .curriculumVersion(versionId)
            .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
    if (version.getStatus() != VersionStatus.PUBLISHED) {
      rights.requireAuthor(version.getCurriculum().getLeadPublisher());
    }
    var details = version.details();
    return PackageWriter.zip(
        new ContentPackage(
            List.of(),
            List.of(
                new CurriculumDefinition(
                    version.getCurriculum().getSlug(),
                    version.getTitle(),
                    version.getPublishers().stream().map(Organisation::getSlug).toList(),
                    version.getNumber(),
                    details.summary(),
                    details.professions(),
                    details.learningOutcomes(),
                    details.challenges(),
                    details.priorityAreas(),
                    details.settings(),
                    version.getModules().stream().map(m -> m.getModule().getSlug()).toList()))));
  }

  /** The version's images as a package carries them. */
  private List<org.parity.content.Definitions.ImageDefinition> images(ModuleVersion version) {
    return curricula.imageFilesOf(version).stream()
        .map(
            i ->
                new org.parity.content.Definitions.ImageDefinition(
                    i.getName(), i.getAltText(), i.getContent()))
        .toList();
  }

  static ModuleDefinition definition(
      ModuleVersion version, List<org.parity.content.Definitions.ImageDefinition> images) {
    var d = version.details();
    return new ModuleDefinition(
        version.getModule().getSlug(),
        d.title(),
        version.getModule().getOwner().getSlug(),
        version.getNumber(),
        d.summary(),
        d.learningOutcomes(),
        d.estimatedMinutes(),
        d.cpdHours().doubleValue(),
        d.challenges(),
        d.priorityAreas(),
        d.settings(),
        d.themes(),
        version.getUnits().stream()
            .map(
                u ->
                    new UnitDefinition(
                        org.parity.content.Definitions.UnitKind.valueOf(u.getKind().name()),
                        u.getTitle(),
                        u.getBody(),
                        u.getUrl(),
                        u.getPassMark(),
                        u.getQuestionCount(),
                        u.getMaxAttempts(),
                        u.content().clinicalClaims(),
                        u.getReferences().stream().map(Reference::definition).toList()))
            .toList(),
        version.getQuestions().stream()
            .map(
                q ->
                    new QuestionDefinition(
                        q.getQuestionKey(),
                        org.parity.content.Definitions.QuestionType.valueOf(q.getType().name()),
                        q.getText(),
                        q.getOptions().stream()
                            .map(o -> new OptionDefinition(o.text(), o.correct(), o.feedback()))
                            .toList()))
            .toList(),
        images);
  }
}
