package org.parity.casestudy.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parity.casestudy.domain.Attachment;
import org.parity.casestudy.domain.AttachmentInfo;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.domain.CaseStudyRevision;
import org.parity.casestudy.domain.CoAuthor;
import org.parity.casestudy.domain.ReviewComment;

/** Case studies, their revisions, review comments and attachments, as stored with JPA. */
@Dependent
public class CaseStudies {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public Optional<CaseStudy> byId(long id) {
    return Optional.ofNullable(em.find(CaseStudy.class, id));
  }

  public Optional<CaseStudy> bySlug(String slug) {
    return em.createNamedQuery("CaseStudy.findBySlug", CaseStudy.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean slugTaken(String slug) {
    return em.createNamedQuery("CaseStudy.countSlugs", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  public List<CaseStudy> published() {
    return em.createNamedQuery("CaseStudy.findPublished", CaseStudy.class).getResultList();
  }

  public List<CaseStudyRevision> revisions(CaseStudy study) {
    return em.createNamedQuery("CaseStudyRevision.findByStudy", CaseStudyRevision.class)
        .setParameter("study", study)
        .getResultList();
  }

  /** The one revision on its way through review, if there is one. */
  public Optional<CaseStudyRevision> openRevision(CaseStudy study) {
    return em.createNamedQuery("CaseStudyRevision.findOpenByStudy", CaseStudyRevision.class)
        .setParameter("study", study)
        .getResultStream()
        .findFirst();
  }

  public Optional<CaseStudyRevision> revision(long id) {
    return Optional.ofNullable(em.find(CaseStudyRevision.class, id));
  }

  public List<CaseStudyRevision> withStatus(CaseStudyRevision.Status status) {
    return em.createNamedQuery("CaseStudyRevision.findByStatus", CaseStudyRevision.class)
        .setParameter("status", status)
        .getResultList();
  }

  public List<CaseStudyRevision> byAuthor(String email) {
    return em.createNamedQuery("CaseStudyRevision.findByAuthor", CaseStudyRevision.class)
        .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
        .getResultList();
  }

  public List<ReviewComment> comments(CaseStudy study) {
    return em.createNamedQuery("ReviewComment.findByStudy", ReviewComment.class)
        .setParameter("study", study)
        .getResultList();
  }

  public List<AttachmentInfo> attachments(CaseStudy study) {
    return em.createNamedQuery("Attachment.describeByStudy", AttachmentInfo.class)
        .setParameter("study", study)
        .getResultList();
  }

  /** The attachments the public sees: those there when the study was last published. */
  public List<AttachmentInfo> publishedAttachments(CaseStudy study) {
    return em.createNamedQuery("Attachment.describePublished", AttachmentInfo.class)
        .setParameter("study", study)
        .setParameter("publishedAt", study.getLastUpdatedAt())
        .getResultList();
  }

  public Optional<Attachment> attachment(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  public void remove(Attachment attachment) {
    em.remove(attachment);
  }

  public List<CoAuthor> coAuthors(CaseStudy study) {
    return em.createNamedQuery("CoAuthor.ofStudy", CoAuthor.class)
        .setParameter("study", study)
        .getResultList();
  }
}
