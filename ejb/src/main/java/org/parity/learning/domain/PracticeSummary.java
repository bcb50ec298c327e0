package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person's summary of their practice, in their own words, for the HCPC's CPD profile. */
@Entity
public class PracticeSummary {

  /** The HCPC asks for no more than 500 words. */
  public static final int MOST_WORDS = 500;

  @Id private Long learnerId;
  private String summary;
  private Instant updatedAt;

  protected PracticeSummary() {}

  public PracticeSummary(long learnerId) {
    this.learnerId = learnerId;
  }

  /** Whether the text is a summary the HCPC would take: something, and at most 500 words. */
  public static boolean fits(String text) {
    return text != null
        && !text.isBlank()
        && text.length() <= 10_000
        && text.strip().split("\\s+").length <= MOST_WORDS;
  }

  public void write(String text, Instant now) {
    if (!fits(text)) {
      throw new LearningException(
          "A summary of practice has up to " + MOST_WORDS + " words.", "summary.tooLong");
    }
    this.summary = text.strip();
    this.updatedAt = now;
  }

  public String getSummary() {
    return summary;
  }
}
