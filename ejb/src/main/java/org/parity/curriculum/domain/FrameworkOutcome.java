package org.parity.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** One outcome of a framework: "A1 · Assessment · Recognise mental health needs …". */
@Entity
public class FrameworkOutcome {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_outcome_seq")
  @SequenceGenerator(
      name = "framework_outcome_seq",
      sequenceName = "framework_outcome_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private OutcomeFramework framework;

  private int position;
  private String code;

  @Column(name = "group_name")
  private String group;

  private String title;

  protected FrameworkOutcome() {}

  FrameworkOutcome(
      OutcomeFramework framework, int position, String code, String group, String title) {
    this.framework = framework;
    this.position = position;
    this.code = code.strip();
    this.group = group.strip();
    this.title = title.strip();
  }

  public Long getId() {
    return id;
  }

  public OutcomeFramework getFramework() {
    return framework;
  }

  public int getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public String getGroup() {
    return group;
  }

  public String getTitle() {
    return title;
  }
}
