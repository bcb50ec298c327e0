package org.parity.casestudy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;

/**
 * Someone asked to be named as a co-author of a case study (a team's members, when their plan
 * becomes one). Only those who agree are named; they read the study before it is published.
 */
@Entity
@Table(name = "case_study_co_author")
@NamedQuery(
    name = "CoAuthor.ofStudy",
    query = "select c from CoAuthor c where c.caseStudy = :study order by c.id")
public class CoAuthor {

  public enum Status {
    ASKED,
    AGREED,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_co_author_seq")
  @SequenceGenerator(
      name = "case_study_co_author_seq",
      sequenceName = "case_study_co_author_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private CaseStudy caseStudy;

  private String email;

  @Enumerated(EnumType.STRING)
  private Status status = Status.ASKED;

  private Instant askedAt;
  private Instant answeredAt;

  protected CoAuthor() {}

  public CoAuthor(CaseStudy caseStudy, String email, Instant now) {
    this.caseStudy = caseStudy;
    this.email = EmailAddress.normalise(email);
    this.askedAt = now;
  }

  /** Agrees or declines; an answer may be changed until the study is published. */
  public void answer(boolean agree, Instant now) {
    status = agree ? Status.AGREED : Status.DECLINED;
    answeredAt = now;
  }

  public boolean is(String address) {
    return address != null && email.equals(EmailAddress.normalise(address));
  }

  public Long getId() {
    return id;
  }

  public CaseStudy getCaseStudy() {
    return caseStudy;
  }

  public String getEmail() {
    return email;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
