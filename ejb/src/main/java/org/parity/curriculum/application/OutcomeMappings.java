package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parity.curriculum.application.OutcomeViews.CoveredOutcome;
import org.parity.curriculum.application.OutcomeViews.FrameworkCompletions;
import org.parity.curriculum.application.OutcomeViews.FrameworkCoverage;
import org.parity.curriculum.application.OutcomeViews.FrameworkOutcomes;
import org.parity.curriculum.application.OutcomeViews.FrameworkView;
import org.parity.curriculum.application.OutcomeViews.MappingView;
import org.parity.curriculum.application.OutcomeViews.ModuleOutcome;
import org.parity.curriculum.application.OutcomeViews.ModuleOutcomes;
import org.parity.curriculum.application.OutcomeViews.OutcomeCompletions;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.FrameworkOutcome;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.OutcomeFramework;
import org.parity.curriculum.domain.OutcomeMapping;
import org.parity.curriculum.domain.SharedModule;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.curriculum.infrastructure.Frameworks;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.mail.MailOutbox;

/**
 * How modules' learning outcomes map to publishers' frameworks: an editor of the module's publisher
 * or of the framework's publisher proposes a mapping, a PUBLISHER of the framework's publisher who
 * did not propose it accepts or declines it, and accepted mappings show on module pages, as
 * curricula's coverage, on certificates and in reports.
 */
@Stateless
@PermitAll
public class OutcomeMappings {

  @Inject Frameworks frameworks;
  @Inject Curricula curricula;
  @Inject EditorialRights rights;
  @Inject Accounts accounts;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** A module's outcomes and their mappings, for an editor of either side. */
  public ModuleOutcomes forModule(String slug) {
    SharedModule module = module(slug);
    Account caller = rights.caller();
    boolean moduleEditor = rights.mayEditFor(module.getOwner());
    List<FrameworkView> choices =
        frameworks.published().stream()
            .filter(f -> moduleEditor || rights.mayEditFor(f.getOwner()))
            .map(f -> OutcomeFrameworks.view(f, false))
            .toList();
    if (!moduleEditor && choices.isEmpty()) {
      throw new NotAllowedException(caller.getEmail() + " edits for neither side");
    }
    ModuleVersion version = readable(module, moduleEditor);
    List<MappingView> mappings = views(frameworks.mappingsOf(module));
    List<ModuleOutcome> outcomes = new ArrayList<>();
    List<String> wordings = version.details().learningOutcomes();
    for (int i = 0; i < wordings.size(); i++) {
      String wording = wordings.get(i);
      outcomes.add(
          new ModuleOutcome(
              i + 1,
              wording,
              mappings.stream().filter(m -> m.moduleOutcome().equals(wording)).toList()));
    }
    return new ModuleOutcomes(
        module.getSlug(), version.getTitle(), module.getOwner().getName(), outcomes, choices);
  }

  /**
   * Proposes that the module's outcome at {@code position} (from 1) meets a framework outcome; the
   * framework's PUBLISHERs are told.
   */
  public MappingView propose(String slug, int position, long outcomeId, String pageBase) {
    SharedModule module = module(slug);
    FrameworkOutcome outcome = frameworks.outcome(outcomeId).orElse(null);
    boolean moduleEditor = rights.mayEditFor(module.getOwner());
    // An unknown outcome is a form's slip, answered beside the field, for any editor.
    boolean mayMap =
        moduleEditor
            || (outcome == null
                ? rights.isEditor()
                : rights.mayEditFor(outcome.getFramework().getOwner()));
    if (!mayMap) {
      throw new NotAllowedException("Not an editor of the module's or the framework's publisher");
    }
    List<String> wordings = readable(module, moduleEditor).details().learningOutcomes();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (position < 1 || position > wordings.size()) {
      errors.add("moduleOutcome", "frameworks.moduleOutcomeUnknown");
    }
    if (outcome == null) {
      errors.add("frameworkOutcome", "frameworks.outcomeUnknown");
    }
    errors.throwIfAny();
    String wording = wordings.get(position - 1);
    if (frameworks.mappingsOf(module).stream().anyMatch(m -> m.sameLink(wording, outcome))) {
      throw InvalidInput.of("frameworkOutcome", "frameworks.refusal.duplicate");
    }
    OutcomeMapping mapping =
        new OutcomeMapping(module, wording, outcome, rights.callerName(), clock.instant());
    frameworks.add(mapping);
    MappingView proposed = views(List.of(mapping)).get(0);
    String link = configuration.linkBase(pageBase) + "/studio/frameworks";
    for (Account answerer :
        accounts.withRoleIn(Role.PUBLISHER, outcome.getFramework().getOwner())) {
      if (!answerer.getEmail().equalsIgnoreCase(mapping.getProposedBy())) {
        outbox.enqueue(
            answerer.getEmail(),
            "Does \"" + proposed.moduleTitle() + "\" meet " + proposed.outcome().code() + "?",
            "Hello "
                + answerer.getDisplayName()
                + ",\n\n"
                + rights.caller().getDisplayName()
                + " proposes that the module \""
                + proposed.moduleTitle()
                + "\" meets "
                + proposed.outcome().line()
                + " of "
                + proposed.framework()
                + ", through its outcome \""
                + wording
                + "\". Learners see it once a publisher of "
                + proposed.owner()
                + " accepts it.\n\nYou can answer in the studio:\n\n"
                + link
                + "\n\nParity",
            link);
      }
    }
    return proposed;
  }

  /** Proposals waiting for the caller as a PUBLISHER of a framework's publisher. */
  public List<MappingView> waiting() {
    Account caller = rights.caller();
    if (!caller.hasRole(Role.PUBLISHER)) {
      return List.of();
    }
    return views(frameworks.proposedTo(caller.getOrganisations()));
  }

  public MappingView accept(long id, String comment, String pageBase) {
    OutcomeMapping mapping = answerable(id);
    mapping.accept(rights.callerName(), comment, clock.instant());
    return told(mapping, pageBase);
  }

  public MappingView decline(long id, String comment, String pageBase) {
    OutcomeMapping mapping = answerable(id);
    if (comment == null || comment.isBlank()) {
      throw InvalidInput.of("comment", "frameworks.refusal.declineWhy");
    }
    mapping.decline(rights.callerName(), comment, clock.instant());
    return told(mapping, pageBase);
  }

  /** Tells whoever proposed a mapping how it was answered. */
  private MappingView told(OutcomeMapping mapping, String pageBase) {
    MappingView answered = views(List.of(mapping)).get(0);
    String link =
        configuration.linkBase(pageBase) + "/studio/outcomes?module=" + answered.moduleSlug();
    boolean accepted = mapping.getStatus() == OutcomeMapping.Status.ACCEPTED;
    outbox.enqueue(
        mapping.getProposedBy(),
        (accepted ? "Accepted: " : "Declined: ")
            + "\""
            + answered.moduleTitle()
            + "\" and "
            + answered.outcome().code(),
        "Hello,\n\n"
            + answered.owner()
            + (accepted ? " accepted" : " declined")
            + " your mapping of \""
            + answered.moduleOutcome()
            + "\" to "
            + answered.outcome().line()
            + " ("
            + answered.framework()
            + ")."
            + (answered.comment() == null ? "" : "\n\nTheir comment: " + answered.comment())
            + (accepted ? "\n\nLearners now see it on the module's page." : "")
            + "\n\n"
            + link
            + "\n\nParity",
        link);
    return answered;
  }

  /** Withdraws a mapping: its proposer, or an editor of either side. */
  public void remove(long id) {
    OutcomeMapping mapping = mapping(id);
    if (!mayRemove(mapping)) {
      throw new NotAllowedException("Not an editor of the module's or the framework's publisher");
    }
    frameworks.remove(mapping);
  }

  /** The framework outcomes a module version meets, by framework: what its learners are shown. */
  public List<FrameworkOutcomes> metBy(ModuleVersion version) {
    return metBy(List.of(version));
  }

  /** The outcomes met by completing all these module versions (a curriculum's certificate). */
  public List<FrameworkOutcomes> metBy(Collection<ModuleVersion> versions) {
    Map<OutcomeFramework, Set<FrameworkOutcome>> met = new TreeMap<>(BY_TITLE);
    Map<ModuleVersion, List<FrameworkOutcome>> each = outcomesOf(versions);
    each.values()
        .forEach(
            outcomes ->
                outcomes.forEach(
                    o -> met.computeIfAbsent(o.getFramework(), f -> new HashSet<>()).add(o)));
    return met.entrySet().stream()
        .map(
            e ->
                new FrameworkOutcomes(
                    e.getKey().label(),
                    e.getKey().getOwner().getName(),
                    e.getValue().stream()
                        .sorted(Comparator.comparingInt(FrameworkOutcome::getPosition))
                        .map(OutcomeFrameworks::view)
                        .toList()))
        .toList();
  }

  /** How far a curriculum version's modules cover each framework any of them maps to. */
  public List<FrameworkCoverage> coverage(CurriculumVersion curriculum) {
    Map<OutcomeFramework, Map<Long, List<String>>> covered = new TreeMap<>(BY_TITLE);
    outcomesOf(curriculum.getModules())
        .forEach(
            (version, outcomes) ->
                outcomes.forEach(
                    o -> {
                      List<String> modules =
                          covered
                              .computeIfAbsent(o.getFramework(), f -> new LinkedHashMap<>())
                              .computeIfAbsent(o.getId(), id -> new ArrayList<>());
                      if (!modules.contains(version.getTitle())) {
                        modules.add(version.getTitle());
                      }
                    }));
    return covered.entrySet().stream()
        .map(
            e -> {
              List<CoveredOutcome> outcomes =
                  e.getKey().getOutcomes().stream()
                      .map(
                          o ->
                              new CoveredOutcome(
                                  OutcomeFrameworks.view(o),
                                  e.getValue().getOrDefault(o.getId(), List.of())))
                      .toList();
              return new FrameworkCoverage(
                  e.getKey().label(),
                  e.getKey().getOwner().getName(),
                  (int) outcomes.stream().filter(CoveredOutcome::covered).count(),
                  outcomes.size(),
                  outcomes);
            })
        .toList();
  }

  /**
   * For each framework a curriculum covers, how many learners met each of its covered outcomes,
   * given the module versions each learner completed (by learner, version ids).
   */
  public List<FrameworkCompletions> completions(
      CurriculumVersion curriculum, Map<Long, Set<Long>> completedByLearner) {
    Set<Long> versionIds = new HashSet<>();
    completedByLearner.values().forEach(versionIds::addAll);
    List<ModuleVersion> completed =
        versionIds.stream().flatMap(id -> curricula.moduleVersion(id).stream()).toList();
    Map<Long, List<FrameworkOutcome>> outcomesByVersion = new LinkedHashMap<>();
    outcomesOf(completed).forEach((v, outcomes) -> outcomesByVersion.put(v.getId(), outcomes));
    List<FrameworkCompletions> result = new ArrayList<>();
    for (FrameworkCoverage coverage : coverage(curriculum)) {
      List<OutcomeCompletions> rows = new ArrayList<>();
      for (CoveredOutcome covered : coverage.outcomes()) {
        if (!covered.covered()) {
          continue;
        }
        long learners =
            completedByLearner.values().stream()
                .filter(
                    versions ->
                        versions.stream()
                            .flatMap(v -> outcomesByVersion.getOrDefault(v, List.of()).stream())
                            .anyMatch(o -> o.getId() == covered.outcome().id()))
                .count();
        rows.add(new OutcomeCompletions(covered.outcome(), learners));
      }
      result.add(new FrameworkCompletions(coverage.framework(), rows));
    }
    return result;
  }

  /** Each version's framework outcomes: accepted mappings of its module for its wordings. */
  private Map<ModuleVersion, List<FrameworkOutcome>> outcomesOf(
      Collection<ModuleVersion> versions) {
    Map<Long, List<OutcomeMapping>> byModule = new LinkedHashMap<>();
    frameworks
        .acceptedOf(versions.stream().map(ModuleVersion::getModule).distinct().toList())
        .forEach(
            m -> byModule.computeIfAbsent(m.getModule().getId(), k -> new ArrayList<>()).add(m));
    Map<ModuleVersion, List<FrameworkOutcome>> result = new LinkedHashMap<>();
    for (ModuleVersion version : versions) {
      List<String> wordings = version.details().learningOutcomes();
      result.put(
          version,
          byModule.getOrDefault(version.getModule().getId(), List.of()).stream()
              .filter(m -> wordings.contains(m.getModuleOutcome()))
              .map(OutcomeMapping::getOutcome)
              .distinct()
              .toList());
    }
    return result;
  }

  private static final Comparator<OutcomeFramework> BY_TITLE =
      Comparator.comparing(OutcomeFramework::getTitle)
          .thenComparing(OutcomeFramework::getVersionLabel)
          .thenComparing(OutcomeFramework::getId);

  private OutcomeMapping answerable(long id) {
    OutcomeMapping mapping = mapping(id);
    rights.requireApprover(mapping.getOutcome().getFramework().getOwner());
    return mapping;
  }

  private boolean mayRemove(OutcomeMapping mapping) {
    return mapping.getProposedBy().equalsIgnoreCase(rights.callerName())
        || rights.mayEditFor(mapping.getModule().getOwner())
        || rights.mayEditFor(mapping.getOutcome().getFramework().getOwner());
  }

  private OutcomeMapping mapping(long id) {
    return frameworks
        .mapping(id)
        .orElseThrow(() -> InvalidInput.of("mapping", "frameworks.mappingUnknown"));
  }

  private SharedModule module(String slug) {
    return curricula
        .module(slug == null ? "" : slug)
        .orElseThrow(() -> InvalidInput.of("module", "frameworks.moduleUnknown"));
  }

  /** The module's editors map its newest version; others its newest published one. */
  private ModuleVersion readable(SharedModule module, boolean moduleEditor) {
    return curricula.versionsOf(module).stream()
        .filter(v -> moduleEditor || v.getStatus() == VersionStatus.PUBLISHED)
        .findFirst()
        .orElseThrow(() -> InvalidInput.of("module", "frameworks.moduleUnknown"));
  }

  /** Mappings as editors see them; each module's latest title read once. */
  private List<MappingView> views(List<OutcomeMapping> mappings) {
    Map<Long, String> titles = new LinkedHashMap<>();
    return mappings.stream()
        .map(
            m -> {
              OutcomeFramework framework = m.getOutcome().getFramework();
              SharedModule module = m.getModule();
              return new MappingView(
                  m.getId(),
                  module.getSlug(),
                  titles.computeIfAbsent(
                      module.getId(),
                      id ->
                          curricula.versionsOf(module).stream()
                              .findFirst()
                              .map(ModuleVersion::getTitle)
                              .orElse(module.getSlug())),
                  m.getModuleOutcome(),
                  framework.label(),
                  framework.getOwner().getName(),
                  OutcomeFrameworks.view(m.getOutcome()),
                  m.getStatus().name(),
                  m.getProposedBy(),
                  m.getProposedAt(),
                  m.getReviewedBy(),
                  m.getReviewComment(),
                  mayRemove(m));
            })
        .toList();
  }
}
