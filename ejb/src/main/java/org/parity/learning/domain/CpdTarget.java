package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** How many CPD hours a year a learner aims for (their regulator's, or their own). */
@Entity
public class CpdTarget {

  @Id private Long learnerId;
  private BigDecimal hoursPerYear;

  protected CpdTarget() {}

  public CpdTarget(long learnerId, BigDecimal hoursPerYear) {
    this.learnerId = learnerId;
    change(hoursPerYear);
  }

  public void change(BigDecimal hours) {
    if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("1000")) > 0) {
      throw new LearningException("A yearly target is between 1 and 1000 hours.");
    }
    this.hoursPerYear = hours;
  }

  public BigDecimal getHoursPerYear() {
    return hoursPerYear;
  }
}
