package org.parity.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.CatalogueViews.ModuleDetail;
import org.parity.curriculum.application.ReviewReminders;
import org.parity.curriculum.domain.ContentReview;
import org.parity.it.Deployments;

/**
 * Review-by dates over time, with "today" given to the morning job: a published module's editors
 * are told once when it comes within 90 days of its date and once when it passes; learners' module
 * page says when it was last reviewed, and that it is overdue once it is.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewRemindersIT {

  private static final String MODULE = "medically-unexplained-symptoms-in-primary-care";

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(ReviewRemindersIT.class);
  }

  @Inject ReviewFixture fixture;
  @Inject ReviewReminders reminders;
  @Inject Catalogue catalogue;

  @Test
  void editorsAreRemindedOncePerStageAndLearnersSeeWhenItIsOverdue() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(ContentReview.ZONE);
    LocalDate originally = fixture.published(MODULE).review().lastReviewedOn();
    String editor = fixture.editorFor(MODULE, run);
    try {
      // Approved 22 months ago with a two-year default: due in about two months.
      fixture.reviewedOn(MODULE, today.minusMonths(22), 24);
      ModuleDetail current = catalogue.module(MODULE).orElseThrow();
      assertThat(current.lastReviewedOn()).isEqualTo(today.minusMonths(22));
      assertThat(current.reviewBy()).isEqualTo(today.plusMonths(2));
      assertThat(current.reviewOverdue()).isFalse();

      assertThat(reminders.remindAsOf(today)).isGreaterThanOrEqualTo(1);
      assertThat(fixture.subjectsFor(editor))
          .singleElement()
          .asString()
          .startsWith("Due for review by " + today.plusMonths(2));
      reminders.remindAsOf(today.plusDays(1));
      assertThat(fixture.subjectsFor(editor)).as("told once").hasSize(1);

      // Three months on it has passed its date: told once more, then not again.
      reminders.remindAsOf(today.plusMonths(3));
      reminders.remindAsOf(today.plusMonths(3).plusDays(1));
      assertThat(fixture.subjectsFor(editor))
          .hasSize(2)
          .last()
          .asString()
          .startsWith("Overdue for review: ");

      // Approved 30 months ago: overdue today, and the learners' page says so.
      fixture.reviewedOn(MODULE, today.minusMonths(30), 24);
      assertThat(catalogue.module(MODULE).orElseThrow().reviewOverdue()).isTrue();
    } finally {
      fixture.reviewedOn(MODULE, originally, 24);
    }
    assertThat(catalogue.module(MODULE).orElseThrow().reviewOverdue()).isFalse();
  }
}
