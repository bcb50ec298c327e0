package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.identity.domain.EmailAddress;

/**
 * A team's place on a curriculum or a single module, pinned to the published version its lead
 * chose: every member, and everyone who joins later, learns that version.
 */
@Entity
public class TeamEnrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_enrolment_seq")
  @SequenceGenerator(
      name = "team_enrolment_seq",
      sequenceName = "team_enrolment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Team team;

  @ManyToOne private CurriculumVersion curriculumVersion;

  @ManyToOne private ModuleVersion moduleVersion;

  private String enrolledBy;
  private Instant enrolledAt;

  protected TeamEnrolment() {}

  TeamEnrolment(
      Team team, CurriculumVersion curriculum, ModuleVersion module, String by, Instant now) {
    this.team = team;
    this.curriculumVersion = curriculum;
    this.moduleVersion = module;
    this.enrolledBy = EmailAddress.normalise(by);
    this.enrolledAt = now;
  }

  /** Whether this is the same curriculum or module, in whichever version. */
  boolean covers(CurriculumVersion curriculum, ModuleVersion module) {
    if (curriculum != null) {
      return curriculumVersion != null
          && curriculumVersion.getCurriculum().getId().equals(curriculum.getCurriculum().getId());
    }
    return moduleVersion != null
        && moduleVersion.getModule().getId().equals(module.getModule().getId());
  }

  /** The module versions the team learns, in order. */
  public List<ModuleVersion> modules() {
    return curriculumVersion != null ? curriculumVersion.getModules() : List.of(moduleVersion);
  }

  public String title() {
    return curriculumVersion != null ? curriculumVersion.getTitle() : moduleVersion.getTitle();
  }

  public int versionNumber() {
    return curriculumVersion != null ? curriculumVersion.getNumber() : moduleVersion.getNumber();
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public CurriculumVersion getCurriculumVersion() {
    return curriculumVersion;
  }

  public ModuleVersion getModuleVersion() {
    return moduleVersion;
  }

  public String getEnrolledBy() {
    return enrolledBy;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }
}
