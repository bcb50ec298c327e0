package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.identity.domain.Account;

/**
 * A learner's place in a curriculum or a single module, pinned to the published version current
 * when they enrolled: they stay on it until they choose to move to a newer one.
 */
@Entity
@NamedQuery(
    name = "Enrolment.findByLearner",
    query =
        "select e from Enrolment e where e.learner = :learner order by e.lastActivityAt desc, e.id"
            + " desc")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
  @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Account learner;

  @ManyToOne private CurriculumVersion curriculumVersion;

  @ManyToOne private ModuleVersion moduleVersion;

  private Instant enrolledAt;
  private Long lastUnitId;
  private Instant lastActivityAt;
  private Instant completedAt;

  @Version private long version;

  protected Enrolment() {}

  private Enrolment(Account learner, Instant now) {
    this.learner = learner;
    this.enrolledAt = now;
    this.lastActivityAt = now;
  }

  public static Enrolment inCurriculum(Account learner, CurriculumVersion version, Instant now) {
    requirePublished(version.getStatus());
    Enrolment enrolment = new Enrolment(learner, now);
    enrolment.curriculumVersion = version;
    return enrolment;
  }

  public static Enrolment inModule(Account learner, ModuleVersion version, Instant now) {
    requirePublished(version.getStatus());
    Enrolment enrolment = new Enrolment(learner, now);
    enrolment.moduleVersion = version;
    return enrolment;
  }

  private static void requirePublished(VersionStatus status) {
    if (status != VersionStatus.PUBLISHED) {
      throw new LearningException("Only a published version can be taken.");
    }
  }

  /** The module versions this enrolment asks the learner to complete, in order. */
  public List<ModuleVersion> modules() {
    return curriculumVersion != null ? curriculumVersion.getModules() : List.of(moduleVersion);
  }

  public String title() {
    return curriculumVersion != null ? curriculumVersion.getTitle() : moduleVersion.getTitle();
  }

  public int versionNumber() {
    return curriculumVersion != null ? curriculumVersion.getNumber() : moduleVersion.getNumber();
  }

  /**
   * Moves to a newer published version of the same curriculum. Progress is kept per unit, so every
   * module version the two share keeps its credit; the enrolment is open again if it gained work.
   */
  public void moveTo(CurriculumVersion newer, Instant now) {
    requirePublished(newer.getStatus());
    if (curriculumVersion == null
        || !Objects.equals(
            curriculumVersion.getCurriculum().getId(), newer.getCurriculum().getId())) {
      throw new LearningException("An enrolment moves only to a version of its own curriculum.");
    }
    if (newer.getNumber() <= curriculumVersion.getNumber()) {
      throw new LearningException("That is not a newer version.", "learn.error.noNewer");
    }
    curriculumVersion = newer;
    completedAt = null;
    lastActivityAt = now;
  }

  public void visit(long unitId, Instant now) {
    lastUnitId = unitId;
    lastActivityAt = now;
  }

  public void complete(Instant now) {
    if (completedAt == null) {
      completedAt = now;
    }
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public boolean belongsTo(Account account) {
    return learner.getId().equals(account.getId());
  }

  public Long getId() {
    return id;
  }

  public Account getLearner() {
    return learner;
  }

  public CurriculumVersion getCurriculumVersion() {
    return curriculumVersion;
  }

  public ModuleVersion getModuleVersion() {
    return moduleVersion;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Long getLastUnitId() {
    return lastUnitId;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
