package org.parity.curriculum.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.parity.content.Definitions.ContentPackage;
import org.parity.content.Definitions.CurriculumDefinition;
import org.parity.content.Definitions.ModuleDefinition;
import org.parity.content.Problem;
import org.parity.curriculum.domain.CoBadge;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumDetails;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.ModuleImage;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.ModuleVersionPublished;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.QuestionType;
import org.parity.curriculum.domain.Reference;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.domain.SharedModule;
import org.parity.curriculum.domain.UnitContent;
import org.parity.curriculum.domain.UnitKind;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Organisation;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * Turns a checked content package into module and curriculum versions, in the caller's transaction.
 * It first checks what only the database knows (publishers, taxonomy codes, who owns what), so that
 * a package is stored whole or not at all.
 */
@Dependent
public class PackageInstaller {

  @Inject Curricula curricula;
  @Inject Event<ModuleVersionPublished> published;
  @Inject Organisations organisations;
  @Inject Taxonomy taxonomy;
  @Inject Clock clock;
  @Inject CoBadging coBadging;

  /**
   * Problems only the database can find; {@code mayAuthor} says which publishers the uploader edits
   * for.
   */
  public List<Problem> check(ContentPackage content, Predicate<Organisation> mayAuthor) {
    List<Problem> problems = new ArrayList<>();
    for (ModuleDefinition module : content.modules()) {
      String file = "modules/" + module.slug() + "/module.yaml";
      Optional<Organisation> owner = organisations.bySlug(module.owner());
      if (owner.isEmpty()) {
        problems.add(new Problem(file, 0, "No publisher has the slug '" + module.owner() + "'."));
      } else if (!mayAuthor.test(owner.get())) {
        problems.add(
            new Problem(file, 0, "You are not an editor for " + owner.get().getName() + "."));
      }
      curricula
          .module(module.slug())
          .filter(
              existing ->
                  owner.isPresent() && !existing.getOwner().getId().equals(owner.get().getId()))
          .ifPresent(
              existing ->
                  problems.add(
                      new Problem(
                          file,
                          0,
                          "The module '"
                              + module.slug()
                              + "' belongs to "
                              + existing.getOwner().getName()
                              + ".")));
      codes(file, "challenge", module.challenges(), problems);
      codes(file, "priority_area", module.priorityAreas(), problems);
      codes(file, "setting", module.settings(), problems);
      codes(file, "theme", module.themes(), problems);
    }
    for (CurriculumDefinition curriculum : content.curricula()) {
      String file = "curricula/" + curriculum.slug() + "/curriculum.yaml";
      for (String publisher : curriculum.publishers()) {
        if (organisations.bySlug(publisher).isEmpty()) {
          problems.add(new Problem(file, 0, "No publisher has the slug '" + publisher + "'."));
        }
      }
      organisations
          .bySlug(curriculum.publishers().get(0))
          .filter(lead -> !mayAuthor.test(lead))
          .ifPresent(
              lead ->
                  problems.add(
                      new Problem(file, 0, "You are not an editor for " + lead.getName() + ".")));
      codes(file, "profession", curriculum.professions(), problems);
      codes(file, "challenge", curriculum.challenges(), problems);
      codes(file, "priority_area", curriculum.priorityAreas(), problems);
      codes(file, "setting", curriculum.settings(), problems);
    }
    return problems;
  }

  /**
   * Stores every module as a new version (version 1 of a new module, else the next number) and
   * every curriculum likewise, including the newest published version of each module it lists.
   *
   * @param publish publish at once (Parity's own starter content), else leave drafts for review
   */
  public Map<String, Long> install(ContentPackage content, boolean publish, String actor) {
    Map<String, Long> installed = new java.util.LinkedHashMap<>();
    for (ModuleDefinition definition : content.modules()) {
      ModuleVersion version = installModule(definition, publish, actor);
      installed.put("modules/" + definition.slug(), version.getId());
    }
    for (CurriculumDefinition definition : content.curricula()) {
      CurriculumVersion version = installCurriculum(definition, publish, actor);
      installed.put("curricula/" + definition.slug(), version.getId());
    }
    return installed;
  }

  private ModuleVersion installModule(ModuleDefinition definition, boolean publish, String actor) {
    Organisation owner = organisations.bySlug(definition.owner()).orElseThrow();
    SharedModule module =
        curricula
            .module(definition.slug())
            .orElseGet(
                () -> {
                  SharedModule created =
                      new SharedModule(definition.slug(), owner, clock.instant());
                  curricula.add(created);
                  return created;
                });
    int number =
        curricula.versionsOf(module).stream().mapToInt(ModuleVersion::getNumber).max().orElse(0)
            + 1;
    ModuleVersion version =
        new ModuleVersion(
            module,
            number,
            new ModuleDetails(
                definition.title(),
                definition.summary(),
                definition.learningOutcomes(),
                definition.estimatedMinutes(),
                BigDecimal.valueOf(definition.cpdHours()),
                definition.challenges(),
                definition.priorityAreas(),
                definition.settings(),
                definition.themes()),
            clock.instant());
    definition
        .units()
        .forEach(
            unit ->
                version.addUnit(
                    new UnitContent(
                        UnitKind.valueOf(unit.kind().name()),
                        unit.title(),
                        unit.body(),
                        unit.url(),
                        unit.passMark(),
                        unit.questionCount(),
                        unit.maxAttempts(),
                        unit.clinicalClaims(),
                        unit.references().stream().map(Reference::from).toList())));
    definition
        .questions()
        .forEach(
            question ->
                version.addQuestion(
                    new QuestionContent(
                        question.id(),
                        QuestionType.valueOf(question.type().name()),
                        question.text(),
                        question.options().stream()
                            .map(o -> new QuestionOption(o.text(), o.correct(), o.feedback()))
                            .toList())));
    curricula.add(version);
    for (var image : definition.images()) {
      // Read and accepted by the package's reader; accepted again here for its type and size.
      try {
        var accepted = org.parity.content.ImageFile.accept(image.bytes());
        curricula.add(
            new ModuleImage(
                version,
                image.name(),
                accepted.mediaType(),
                image.alt(),
                accepted.width(),
                accepted.height(),
                accepted.bytes()));
      } catch (org.parity.content.ImageFile.Refused refused) {
        throw new IllegalStateException("An image the reader accepted was refused", refused);
      }
    }
    if (publish) {
      version.publishDirectly(clock.instant(), version.getModule().getOwner().getReviewMonths());
      published.fire(new ModuleVersionPublished(version.getModule().getId()));
    }
    record(
        "MODULE",
        version.getId(),
        publish ? ReviewEvent.Action.PUBLISHED : ReviewEvent.Action.IMPORTED,
        actor);
    return version;
  }

  private CurriculumVersion installCurriculum(
      CurriculumDefinition definition, boolean publish, String actor) {
    List<Organisation> publishers =
        definition.publishers().stream()
            .map(slug -> organisations.bySlug(slug).orElseThrow())
            .toList();
    Curriculum curriculum =
        curricula
            .curriculum(definition.slug())
            .orElseGet(
                () -> {
                  Curriculum created =
                      new Curriculum(definition.slug(), publishers.get(0), clock.instant());
                  curricula.add(created);
                  return created;
                });
    List<Organisation> shown = badgesShown(curriculum, publishers, publish);
    int number =
        curricula.versionsOf(curriculum).stream()
                .mapToInt(CurriculumVersion::getNumber)
                .max()
                .orElse(0)
            + 1;
    CurriculumVersion version =
        new CurriculumVersion(
            curriculum,
            number,
            new CurriculumDetails(
                definition.title(),
                definition.summary(),
                definition.learningOutcomes(),
                definition.professions(),
                definition.challenges(),
                definition.priorityAreas(),
                definition.settings()),
            shown,
            clock.instant());
    for (String slug : definition.modules()) {
      version.include(
          curricula
              .latestPublishedModule(slug)
              .orElseThrow(
                  () ->
                      new InvalidPackageException(
                          List.of(
                              new Problem(
                                  "curricula/" + definition.slug() + "/curriculum.yaml",
                                  0,
                                  "Module '"
                                      + slug
                                      + "' has no published version yet: publish it first.")))));
    }
    curricula.add(version);
    if (publish) {
      version.lifecycle().publishDirectly(clock.instant());
    }
    List<Organisation> agreed = consented(curriculum);
    for (Organisation named : publishers) {
      if (named == curriculum.getLeadPublisher() || agreed.contains(named)) {
        continue;
      }
      if (publish) {
        curricula.add(CoBadge.agreed(curriculum, named, actor, clock.instant()));
      } else {
        coBadging.askOnImport(curriculum, named, null);
      }
    }
    record(
        "CURRICULUM",
        version.getId(),
        publish ? ReviewEvent.Action.PUBLISHED : ReviewEvent.Action.IMPORTED,
        actor);
    return version;
  }

  /**
   * The badges a new version shows: its lead's, those already consented to, and, for Parity's own
   * starter content (published at once), every publisher it names. An uploaded package's other
   * publishers are asked instead.
   */
  private List<Organisation> badgesShown(
      Curriculum curriculum, List<Organisation> named, boolean publish) {
    List<Organisation> shown = new ArrayList<>();
    shown.add(curriculum.getLeadPublisher());
    if (publish) {
      named.stream().filter(o -> !shown.contains(o)).forEach(shown::add);
    }
    consented(curriculum).stream().filter(o -> !shown.contains(o)).forEach(shown::add);
    return shown;
  }

  private List<Organisation> consented(Curriculum curriculum) {
    return curricula.coBadgesOf(curriculum).stream()
        .filter(CoBadge::showsBadge)
        .map(CoBadge::getPublisher)
        .toList();
  }

  private void record(String type, long id, ReviewEvent.Action action, String actor) {
    curricula.add(
        new ReviewEvent(
            type, id, action, actor, "Imported from a content package", clock.instant()));
  }

  private void codes(String file, String kind, List<String> codes, List<Problem> problems) {
    codes.stream()
        .filter(code -> !taxonomy.contains(kind, code))
        .forEach(
            code ->
                problems.add(
                    new Problem(
                        file,
                        0,
                        "'"
                            + code
                            + "' is not a "
                            + kind.replace('_', ' ')
                            + " in Parity's taxonomy.")));
  }
}
