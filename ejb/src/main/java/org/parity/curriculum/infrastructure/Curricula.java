package org.parity.curriculum.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parity.curriculum.domain.CoBadge;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ExpertReview;
import org.parity.curriculum.domain.ModuleImage;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.PublisherReviewer;
import org.parity.curriculum.domain.RequiredReviews;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.domain.SharedModule;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.identity.domain.Organisation;

/** Modules, curricula, their versions and review history, as stored with JPA. */
@Dependent
public class Curricula {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  /** Writes pending changes now, so that new units and questions have their ids. */
  public void flush() {
    em.flush();
  }

  public List<SharedModule> modulesOwnedBy(Organisation owner) {
    return em.createQuery(
            "select m from SharedModule m where m.owner = :owner order by m.slug",
            SharedModule.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  public Optional<SharedModule> module(String slug) {
    return em.createNamedQuery("SharedModule.findBySlug", SharedModule.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<ModuleVersion> versionsOf(SharedModule module) {
    return em.createNamedQuery("ModuleVersion.findByModule", ModuleVersion.class)
        .setParameter("module", module)
        .getResultList();
  }

  public Optional<ModuleVersion> latestPublishedModule(String slug) {
    return em.createNamedQuery("ModuleVersion.findLatestPublishedBySlug", ModuleVersion.class)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<ModuleVersion> publishedModules() {
    return em.createNamedQuery("ModuleVersion.findPublished", ModuleVersion.class).getResultList();
  }

  public Optional<ModuleVersion> moduleVersion(long id) {
    return Optional.ofNullable(em.find(ModuleVersion.class, id));
  }

  public List<Curriculum> curriculaLedBy(Organisation lead) {
    return em.createQuery(
            "select c from Curriculum c where c.leadPublisher = :lead order by c.slug",
            Curriculum.class)
        .setParameter("lead", lead)
        .getResultList();
  }

  public Optional<Curriculum> curriculum(String slug) {
    return em.createNamedQuery("Curriculum.findBySlug", Curriculum.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<CurriculumVersion> versionsOf(Curriculum curriculum) {
    return em.createQuery(
            "select v from CurriculumVersion v where v.curriculum = :c order by v.number desc",
            CurriculumVersion.class)
        .setParameter("c", curriculum)
        .getResultList();
  }

  public Optional<CurriculumVersion> latestPublishedCurriculum(String slug) {
    return em.createNamedQuery(
            "CurriculumVersion.findLatestPublishedBySlug", CurriculumVersion.class)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<CurriculumVersion> curriculumVersion(long id) {
    return Optional.ofNullable(em.find(CurriculumVersion.class, id));
  }

  /**
   * Every published curriculum version (several per curriculum when older ones remain published).
   */
  public List<CurriculumVersion> publishedCurricula() {
    return em.createNamedQuery("CurriculumVersion.findPublished", CurriculumVersion.class)
        .getResultList();
  }

  public List<CurriculumVersion> publishedCurriculaIncluding(SharedModule module) {
    return em.createNamedQuery("CurriculumVersion.findPublishedIncluding", CurriculumVersion.class)
        .setParameter("module", module)
        .getResultList();
  }

  /**
   * Published module versions whose review-by date falls on or before {@code day}, soonest first.
   */
  public List<ModuleVersion> publishedModulesDueBy(java.time.LocalDate day) {
    return em.createQuery(
            "select v from ModuleVersion v where v.lifecycle.status ="
                + " org.parity.curriculum.domain.VersionStatus.PUBLISHED"
                + " and v.review.reviewBy <= :day order by v.review.reviewBy, v.id",
            ModuleVersion.class)
        .setParameter("day", day)
        .getResultList();
  }

  public Optional<CoBadge> coBadge(long id) {
    return Optional.ofNullable(em.find(CoBadge.class, id));
  }

  /** Every request to co-badge the curriculum, newest first. */
  public List<CoBadge> coBadgesOf(Curriculum curriculum) {
    return em.createNamedQuery("CoBadge.ofCurriculum", CoBadge.class)
        .setParameter("curriculum", curriculum)
        .getResultList();
  }

  /** Requests to these publishers in these states, newest first. */
  public List<CoBadge> coBadgesFor(
      java.util.Collection<Organisation> publishers,
      java.util.Collection<CoBadge.Status> statuses) {
    if (publishers.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("CoBadge.forPublishers", CoBadge.class)
        .setParameter("publishers", publishers)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  public List<ReviewEvent> history(String subjectType, long subjectId) {
    return em.createNamedQuery("ReviewEvent.findBySubject", ReviewEvent.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .getResultList();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public List<ModuleVersion> moduleVersionsInReview() {
    return em.createQuery(
            "select v from ModuleVersion v where v.lifecycle.status = :status order by v.id",
            ModuleVersion.class)
        .setParameter("status", VersionStatus.IN_REVIEW)
        .getResultList();
  }

  public List<CurriculumVersion> curriculumVersionsInReview() {
    return em.createQuery(
            "select v from CurriculumVersion v where v.lifecycle.status = :status order by v.id",
            CurriculumVersion.class)
        .setParameter("status", VersionStatus.IN_REVIEW)
        .getResultList();
  }

  /** The reviews a publisher asks for, when it has chosen any. */
  public Optional<RequiredReviews> requiredReviews(Organisation publisher) {
    return Optional.ofNullable(em.find(RequiredReviews.class, publisher.getId()));
  }

  public List<PublisherReviewer> reviewersOf(Organisation publisher) {
    return em.createNamedQuery("PublisherReviewer.ofPublisher", PublisherReviewer.class)
        .setParameter("publisher", publisher)
        .getResultList();
  }

  /** Every publisher's invitation to review sent to the address. */
  public List<PublisherReviewer> reviewerInvitations(String email) {
    return em.createNamedQuery("PublisherReviewer.byEmail", PublisherReviewer.class)
        .setParameter("email", org.parity.identity.domain.EmailAddress.normalise(email))
        .getResultList();
  }

  public Optional<PublisherReviewer> reviewer(long id) {
    return Optional.ofNullable(em.find(PublisherReviewer.class, id));
  }

  public List<ExpertReview> expertReviews(String subjectType, long subjectId) {
    return em.createNamedQuery("ExpertReview.ofSubject", ExpertReview.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .getResultList();
  }

  /** A version's images, without their bytes. */
  public List<ModuleImage.Listed> imagesOf(ModuleVersion version) {
    return em.createNamedQuery("ModuleImage.ofVersion", ModuleImage.Listed.class)
        .setParameter("version", version)
        .getResultList();
  }

  /** A version's images with their bytes, to copy or export. */
  public List<ModuleImage> imageFilesOf(ModuleVersion version) {
    return em.createQuery(
            "select i from ModuleImage i where i.moduleVersion = :version order by i.name",
            ModuleImage.class)
        .setParameter("version", version)
        .getResultList();
  }

  public Optional<ModuleImage> image(long id) {
    return Optional.ofNullable(em.find(ModuleImage.class, id));
  }
}
