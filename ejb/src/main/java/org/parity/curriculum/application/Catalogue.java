package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parity.curriculum.application.CatalogueViews.CatalogueFilter;
import org.parity.curriculum.application.CatalogueViews.CurriculumDetail;
import org.parity.curriculum.application.CatalogueViews.CurriculumSummary;
import org.parity.curriculum.application.CatalogueViews.CurriculumUse;
import org.parity.curriculum.application.CatalogueViews.ModuleDetail;
import org.parity.curriculum.application.CatalogueViews.ModuleEntry;
import org.parity.curriculum.application.CatalogueViews.PublisherView;
import org.parity.curriculum.application.CatalogueViews.UnitEntry;
import org.parity.curriculum.domain.ContentReview;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Organisation;

/** The public catalogue: published curricula and modules, newest published version of each. */
@Stateless
@PermitAll
public class Catalogue {

  @Inject Curricula curricula;
  @Inject Clock clock;
  @Inject ExpertReviewing expertReviews;
  @Inject OutcomeMappings outcomes;

  public List<CurriculumSummary> curricula(CatalogueFilter filter) {
    return latestPublishedCurricula().stream()
        .map(Catalogue::summary)
        .filter(c -> matches(c, filter))
        .sorted(Comparator.comparing(CurriculumSummary::title, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Publishers of published curricula, for the catalogue's filter. */
  public List<PublisherView> publishers() {
    Map<String, PublisherView> publishers = new LinkedHashMap<>();
    latestPublishedCurricula()
        .forEach(c -> c.getPublishers().forEach(p -> publishers.putIfAbsent(p.getSlug(), view(p))));
    return publishers.values().stream().sorted(Comparator.comparing(PublisherView::name)).toList();
  }

  public Optional<CurriculumDetail> curriculum(String slug) {
    return curricula
        .latestPublishedCurriculum(slug)
        .map(
            v ->
                new CurriculumDetail(
                    summary(v),
                    v.details().learningOutcomes(),
                    v.getModules().stream().map(Catalogue::entry).toList(),
                    expertReviews.credits(CurriculumStudioService.CURRICULUM, v.getId()),
                    outcomes.coverage(v)));
  }

  /** Every published module by title (its latest published title), for pickers elsewhere. */
  public List<ModuleLink> modules() {
    Map<String, ModuleLink> latest = new LinkedHashMap<>();
    curricula
        .publishedModules()
        .forEach(
            v ->
                latest.put(
                    v.getModule().getSlug(),
                    new ModuleLink(v.getModule().getSlug(), v.getTitle())));
    return latest.values().stream()
        .sorted(Comparator.comparing(ModuleLink::title, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public record ModuleLink(String slug, String title) {}

  public Optional<ModuleDetail> module(String slug) {
    return curricula.latestPublishedModule(slug).map(this::detail);
  }

  private ModuleDetail detail(ModuleVersion version) {
    List<CurriculumVersion> using =
        latestOnly(curricula.publishedCurriculaIncluding(version.getModule()));
    List<CurriculumUse> uses =
        using.stream()
            .map(
                c ->
                    new CurriculumUse(
                        c.getCurriculum().getSlug(),
                        c.getTitle(),
                        c.getPublishers().stream().map(Catalogue::view).toList()))
            .sorted(Comparator.comparing(CurriculumUse::title))
            .toList();
    long publishers =
        using.stream()
            .flatMap(c -> c.getPublishers().stream())
            .map(Organisation::getId)
            .distinct()
            .count();
    var details = version.details();
    return new ModuleDetail(
        entry(version),
        details.summary(),
        details.learningOutcomes(),
        details.challenges(),
        details.priorityAreas(),
        details.settings(),
        version.getUnits().stream()
            .map(u -> new UnitEntry(u.getPosition() + 1, u.getKind().name(), u.getTitle()))
            .toList(),
        version.getQuestions().size(),
        day(version.lifecycle().publishedAt()),
        uses,
        (int) publishers,
        version.review().lastReviewedOn(),
        version.review().reviewBy(),
        version.review().standing(LocalDate.ofInstant(clock.instant(), ContentReview.ZONE))
            == ContentReview.Standing.OVERDUE,
        expertReviews.credits(StudioService.MODULE, version.getId()),
        outcomes.metBy(version));
  }

  private List<CurriculumVersion> latestPublishedCurricula() {
    return latestOnly(curricula.publishedCurricula());
  }

  /** Keeps the highest-numbered version of each curriculum. */
  private static List<CurriculumVersion> latestOnly(List<CurriculumVersion> versions) {
    Map<Long, CurriculumVersion> latest = new LinkedHashMap<>();
    for (CurriculumVersion v : versions) {
      latest.merge(v.getCurriculum().getId(), v, (a, b) -> a.getNumber() >= b.getNumber() ? a : b);
    }
    return List.copyOf(latest.values());
  }

  private static CurriculumSummary summary(CurriculumVersion v) {
    var details = v.details();
    return new CurriculumSummary(
        v.getCurriculum().getSlug(),
        v.getTitle(),
        details.summary(),
        v.getPublishers().stream().map(Catalogue::view).toList(),
        v.getNumber(),
        day(v.lifecycle().publishedAt()),
        v.getModules().stream().map(m -> m.getModule().getSlug()).toList(),
        v.getModules().stream().mapToInt(m -> m.details().estimatedMinutes()).sum(),
        v.getModules().stream()
            .map(m -> m.details().cpdHours())
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        details.professions(),
        details.priorityAreas(),
        details.challenges());
  }

  private static ModuleEntry entry(ModuleVersion m) {
    return new ModuleEntry(
        m.getModule().getSlug(),
        m.getTitle(),
        view(m.getModule().getOwner()),
        m.getNumber(),
        m.getId(),
        m.details().estimatedMinutes(),
        m.details().cpdHours());
  }

  /** The day of publication as people in the UK would name it. */
  private static java.time.LocalDate day(java.time.Instant instant) {
    return instant == null
        ? null
        : instant.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
  }

  private static PublisherView view(Organisation organisation) {
    return new PublisherView(organisation.getSlug(), organisation.getName());
  }

  private static boolean matches(CurriculumSummary c, CatalogueFilter f) {
    return blankOr(f.profession(), c.professions()::contains)
        && blankOr(f.priorityArea(), c.priorityAreas()::contains)
        && blankOr(f.challenge(), c.challenges()::contains)
        && blankOr(f.publisher(), p -> c.publishers().stream().anyMatch(x -> x.slug().equals(p)))
        && blankOr(
            f.text(),
            t ->
                (c.title() + " " + c.summary())
                    .toLowerCase(Locale.ROOT)
                    .contains(t.toLowerCase(Locale.ROOT).trim()));
  }

  private static boolean blankOr(String value, java.util.function.Predicate<String> test) {
    return value == null || value.isBlank() || test.test(value);
  }
}
