package org.parity.search.infrastructure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LibraryResource;

/**
 * Which entities are searchable and what each contributes, declared here rather than with
 * annotations so the search context does not reach into other contexts' classes.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

  public static final String CASE_STUDY = "caseStudy";
  public static final String MODULE = "module";
  public static final String THREAD = "thread";
  public static final String RESOURCE = "resource";

  /** How much of a discussion is indexed: its opening posts carry what it is about. */
  private static final int POSTS_INDEXED = 20;

  private static final int BODY_LIMIT = 30_000;

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
    TypeMappingStep studies = mapping.type(CaseStudy.class);
    studies.indexed().index(CASE_STUDY);
    studies.binder(
        new DocumentBinder<>(
            CaseStudy.class,
            List.of(
                "published",
                "title",
                "summary",
                "population",
                "problem",
                "intervention",
                "outcomes",
                "costs",
                "lessons",
                "organisation",
                "region",
                "challenges",
                "priorityAreas",
                "professions",
                "settings",
                "publishedOn"),
            (s, session) -> caseStudy(s)));
    TypeMappingStep modules = mapping.type(ModuleVersion.class);
    modules.indexed().index(MODULE);
    modules.binder(
        new DocumentBinder<>(
            ModuleVersion.class,
            List.of(
                "title",
                "summary",
                "learningOutcomes",
                "challenges",
                "priorityAreas",
                "settings",
                "lifecycle.status",
                "lifecycle.publishedAt"),
            SearchMapping::module));
    TypeMappingStep threads = mapping.type(ForumThread.class);
    threads.indexed().index(THREAD);
    threads.binder(
        new DocumentBinder<>(
            ForumThread.class,
            // A reply changes the count and the latest date, so it reindexes the thread's posts.
            List.of("title", "tags", "postCount", "lastPostAt", "category"),
            SearchMapping::thread));
    TypeMappingStep resources = mapping.type(LibraryResource.class);
    resources.indexed().index(RESOURCE);
    resources.binder(
        new DocumentBinder<>(
            LibraryResource.class,
            List.of(
                "status",
                "kind",
                "title",
                "authors",
                "publisher",
                "publishedYear",
                "summary",
                "priorityAreas"),
            (r, session) -> resource(r)));
  }

  static SearchDocument caseStudy(CaseStudy study) {
    LocalDate date = study.getPublishedOn();
    return new SearchDocument(
        CASE_STUDY,
        study.getSlug(),
        "/case-studies/" + study.getSlug(),
        study.getTitle(),
        join(
            study.getSummary(),
            study.getPopulation(),
            study.getProblem(),
            study.getIntervention(),
            study.getOutcomes(),
            study.getCosts(),
            study.getLessons(),
            study.getOrganisation()),
        date,
        study.getChallenges(),
        study.getPriorityAreas(),
        study.getSettings(),
        study.getProfessions(),
        study.getRegion(),
        study.isPublished() && study.getTitle() != null,
        0);
  }

  /**
   * A module version, findable while it is the newest published one of its module. An older version
   * keeps its document until the index is next rebuilt; the search shows one per module.
   */
  static SearchDocument module(ModuleVersion version, Session session) {
    ModuleDetails details = version.details();
    String slug = version.getModule().getSlug();
    var publishedAt = version.lifecycle().publishedAt();
    return new SearchDocument(
        MODULE,
        slug,
        "/modules/" + slug,
        details.title(),
        join(
            Stream.concat(Stream.of(details.summary()), details.learningOutcomes().stream())
                .toArray(String[]::new)),
        publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC),
        details.challenges(),
        details.priorityAreas(),
        details.settings(),
        List.of(),
        null,
        version.getStatus() == VersionStatus.PUBLISHED && isNewestPublished(version, session),
        0);
  }

  private static boolean isNewestPublished(ModuleVersion version, Session session) {
    Integer newest =
        session
            .createQuery(
                "select max(v.number) from ModuleVersion v where v.module = :module"
                    + " and v.lifecycle.status = :published",
                Integer.class)
            .setParameter("module", version.getModule())
            .setParameter("published", VersionStatus.PUBLISHED)
            .setHibernateFlushMode(FlushMode.MANUAL)
            .getSingleResult();
    return newest == null || newest <= version.getNumber();
  }

  /**
   * A thread with the text of its visible opening posts (none for a team's private topic, which is
   * indexed as not visible so that the index still counts every thread). Replying changes the
   * thread (its count and latest date), so a new post reindexes it without a dependency on the
   * posts themselves.
   */
  static SearchDocument thread(ForumThread thread, Session session) {
    var network = thread.getNetwork();
    List<String> posts =
        thread.getId() == null || thread.getCategory().isTeamTopic()
            ? List.of()
            : session
                .createQuery(
                    "select p.markdown from ForumPost p where p.thread = :thread"
                        + " and p.hidden = false order by p.number",
                    String.class)
                .setParameter("thread", thread)
                .setMaxResults(POSTS_INDEXED)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList();
    return new SearchDocument(
        THREAD,
        String.valueOf(thread.getId()),
        "/networks/" + network.getSlug() + "/threads/" + thread.getId(),
        thread.getCategory().isTeamTopic() ? "" : thread.getTitle(),
        join(
            Stream.concat(Stream.of(thread.getCategory().getName()), posts.stream())
                .toArray(String[]::new)),
        thread.getLastPostAt() == null
            ? null
            : LocalDate.ofInstant(thread.getLastPostAt(), ZoneOffset.UTC),
        network.getChallenges(),
        thread.getTags(),
        network.getSettings(),
        List.of(),
        null,
        // A team's private topic is never found by search, whoever searches.
        !thread.getCategory().isTeamTopic(),
        network.isOpen() ? 0 : network.getId());
  }

  /**
   * An entry of a network's library, findable once it is in the library (a suggestion is not), by
   * whoever may read its network: everyone for an open network, its members for a closed one, as
   * for its threads. Dated by the year it was published, else the day it was added.
   */
  static SearchDocument resource(LibraryResource resource) {
    var network = resource.getNetwork();
    Integer year = resource.getPublishedYear();
    return new SearchDocument(
        RESOURCE,
        String.valueOf(resource.getId()),
        resource.path(),
        resource.getTitle(),
        join(resource.getSummary(), resource.getAuthors(), resource.getPublisher()),
        year != null
            ? LocalDate.of(year, 1, 1)
            : resource.getAddedAt() == null
                ? null
                : LocalDate.ofInstant(resource.getAddedAt(), ZoneOffset.UTC),
        network.getChallenges(),
        resource.getPriorityAreas(),
        network.getSettings(),
        List.of(),
        null,
        resource.isAccepted(),
        network.isOpen() ? 0 : network.getId());
  }

  private static String join(String... parts) {
    String text =
        Stream.of(parts)
            .filter(Objects::nonNull)
            .filter(p -> !p.isBlank())
            .collect(Collectors.joining("\n\n"));
    return text.length() > BODY_LIMIT ? text.substring(0, BODY_LIMIT) : text;
  }
}
