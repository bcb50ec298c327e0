package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.identity.domain.Account;
import org.parity.learning.domain.AttemptQuestion;
import org.parity.learning.domain.Certificate;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.domain.LearningStatement;
import org.parity.learning.domain.QuizAttempt;
import org.parity.learning.domain.UnitProgress;

/** Enrolments and everything recorded under them, as stored with JPA. */
@Dependent
public class Enrolments {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Enrolment> byId(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id));
  }

  public List<Enrolment> of(Account learner) {
    return em.createNamedQuery("Enrolment.findByLearner", Enrolment.class)
        .setParameter("learner", learner)
        .getResultList();
  }

  /** The learner's enrolment in any version of the curriculum, if there is one. */
  public Optional<Enrolment> inCurriculum(Account learner, CurriculumVersion version) {
    return em.createQuery(
            "select e from Enrolment e where e.learner = :learner"
                + " and e.curriculumVersion.curriculum = :curriculum",
            Enrolment.class)
        .setParameter("learner", learner)
        .setParameter("curriculum", version.getCurriculum())
        .getResultStream()
        .findFirst();
  }

  /** The learner's single-module enrolment in any version of the module, if there is one. */
  public Optional<Enrolment> inModule(Account learner, ModuleVersion version) {
    return em.createQuery(
            "select e from Enrolment e where e.learner = :learner"
                + " and e.moduleVersion.module = :module",
            Enrolment.class)
        .setParameter("learner", learner)
        .setParameter("module", version.getModule())
        .getResultStream()
        .findFirst();
  }

  /** Every enrolment in any version of the curriculum with this slug. */
  /**
   * Every enrolment that uses the module version: on the module itself, or on a curriculum with it.
   */
  public List<Enrolment> using(ModuleVersion version) {
    return em.createQuery(
            "select e from Enrolment e left join e.curriculumVersion c where e.moduleVersion = :v"
                + " or :v member of c.modules order by e.id",
            Enrolment.class)
        .setParameter("v", version)
        .getResultList();
  }

  public List<Enrolment> inCurriculum(String slug) {
    return em.createQuery(
            "select e from Enrolment e join fetch e.learner"
                + " where e.curriculumVersion.curriculum.slug = :slug",
            Enrolment.class)
        .setParameter("slug", slug)
        .getResultList();
  }

  /** The questions of every submitted attempt made within the curriculum with this slug. */
  public List<AttemptQuestion> submittedAnswersIn(String slug) {
    return em.createQuery(
            "select q from AttemptQuestion q join q.attempt a"
                + " where a.enrolment.curriculumVersion.curriculum.slug = :slug"
                + " and a.submittedAt is not null",
            AttemptQuestion.class)
        .setParameter("slug", slug)
        .getResultList();
  }

  public List<UnitProgress> progress(Enrolment enrolment) {
    return em.createNamedQuery("UnitProgress.findByEnrolment", UnitProgress.class)
        .setParameter("enrolment", enrolment)
        .getResultList();
  }

  public Optional<UnitProgress> progress(Enrolment enrolment, long unitId) {
    return em.createQuery(
            "select p from UnitProgress p where p.enrolment = :enrolment and p.unitId = :unit",
            UnitProgress.class)
        .setParameter("enrolment", enrolment)
        .setParameter("unit", unitId)
        .getResultStream()
        .findFirst();
  }

  public List<QuizAttempt> attempts(Enrolment enrolment) {
    return em.createNamedQuery("QuizAttempt.findByEnrolment", QuizAttempt.class)
        .setParameter("enrolment", enrolment)
        .getResultList();
  }

  public Optional<QuizAttempt> attempt(long id) {
    return Optional.ofNullable(em.find(QuizAttempt.class, id));
  }

  public List<Certificate> certificates(Account learner) {
    return em.createNamedQuery("Certificate.findByLearner", Certificate.class)
        .setParameter("learner", learner)
        .getResultList();
  }

  /** The module versions each of these learners holds a valid certificate for, by learner id. */
  public Map<Long, Set<Long>> modulesCompletedBy(Collection<Account> learners) {
    Map<Long, Set<Long>> completed = new HashMap<>();
    if (learners.isEmpty()) {
      return completed;
    }
    em.createQuery(
            "select c.learner.id, c.subjectVersionId from Certificate c where c.learner in"
                + " :learners and c.kind = org.parity.learning.domain.Certificate.Kind.MODULE"
                + " and c.revokedAt is null",
            Object[].class)
        .setParameter("learners", learners)
        .getResultList()
        .forEach(
            row ->
                completed.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
    return completed;
  }

  public List<Certificate> certificates(Enrolment enrolment) {
    return em.createQuery(
            "select c from Certificate c where c.enrolment = :enrolment order by c.issuedAt",
            Certificate.class)
        .setParameter("enrolment", enrolment)
        .getResultList();
  }

  public Optional<Certificate> certificate(String code) {
    return em.createNamedQuery("Certificate.findByCode", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<LearningStatement> statements(Account learner, int max) {
    return em.createNamedQuery("LearningStatement.findByLearner", LearningStatement.class)
        .setParameter("learner", learner)
        .setMaxResults(max)
        .getResultList();
  }

  /** When each of these learners last did anything in any enrolment, by learner id. */
  public Map<Long, Instant> lastActivity(Collection<Account> learners) {
    Map<Long, Instant> last = new HashMap<>();
    if (learners.isEmpty()) {
      return last;
    }
    em.createQuery(
            "select e.learner.id, max(e.lastActivityAt) from Enrolment e where e.learner in"
                + " :learners group by e.learner.id",
            Object[].class)
        .setParameter("learners", learners)
        .getResultList()
        .forEach(row -> last.put((Long) row[0], (Instant) row[1]));
    return last;
  }
}
