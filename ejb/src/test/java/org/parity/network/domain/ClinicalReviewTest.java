package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;

class ClinicalReviewTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private final Account ana =
      new Account("ana@example.org", new Profile("Ana", "GP", null, null, null, null), "h", NOW);
  private final Account ben =
      new Account("ben@example.org", new Profile("Ben", "NURSE", null, null, null, null), "h", NOW);
  private final LearningNetwork network = TestNetwork.open(NOW);
  private final ForumThread thread =
      new ForumThread(new ForumCategory(network, "General", "", 0), "Doses", ana, NOW);

  @Test
  void aReviewIsDueWithinTheNetworksHoursAndOverdueAfterThem() {
    network.answerClinicalReviewsWithin(12);
    ForumPost post = thread.post(ana, "Double the dose", "<p>Double the dose</p>", NOW, false);
    ClinicalReview review = ClinicalReview.open(post, NOW, network.getClinicalReviewHours());

    assertThat(post.getClinicalReview()).isEqualTo(ClinicalStanding.UNDER_REVIEW);
    assertThat(review.getDueAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    assertThat(review.isOverdue(NOW.plus(Duration.ofHours(12)))).isFalse();
    assertThat(review.isOverdue(NOW.plus(Duration.ofHours(12)).plusSeconds(1))).isTrue();

    review.decide(ClinicalStanding.FINE, null, ben, NOW.plus(Duration.ofHours(13)));
    assertThat(review.isOverdue(NOW.plus(Duration.ofDays(2)))).as("answered, if late").isFalse();
    assertThat(post.getClinicalReview()).isEqualTo(ClinicalStanding.FINE);
  }

  @Test
  void theTimeToAnswerIsFromAnHourToAWeek() {
    assertThat(network.getClinicalReviewHours()).isEqualTo(24);
    assertThatThrownBy(() -> network.answerClinicalReviewsWithin(0))
        .isInstanceOf(NetworkException.class);
    assertThatThrownBy(() -> network.answerClinicalReviewsWithin(169))
        .isInstanceOf(NetworkException.class);
    network.answerClinicalReviewsWithin(168);
    assertThat(network.getClinicalReviewHours()).isEqualTo(168);
  }

  @Test
  void aCorrectionNeedsItsTextAndIsShownWithThePost() {
    ForumPost post = thread.post(ana, "Stop the statin", "<p>Stop the statin</p>", NOW, false);
    ClinicalReview review = ClinicalReview.open(post, NOW, 24);

    assertThat(ClinicalReview.problems(ClinicalStanding.CORRECTED, "  "))
        .containsEntry("note", "clinical.note.required");
    assertThat(ClinicalReview.problems(null, null))
        .containsEntry("outcome", "clinical.outcome.required");
    assertThat(ClinicalReview.problems(ClinicalStanding.UNDER_REVIEW, null))
        .containsEntry("outcome", "clinical.outcome.required");
    assertThat(ClinicalReview.problems(ClinicalStanding.FINE, "x".repeat(1001)))
        .containsEntry("note", "clinical.note.long");
    assertThatThrownBy(() -> review.decide(ClinicalStanding.CORRECTED, "", ben, NOW))
        .isInstanceOf(NetworkException.class);
    assertThat(review.getDecidedAt()).as("a refused answer changes nothing").isNull();

    review.decide(ClinicalStanding.CORRECTED, " Check with the GP first. ", ben, NOW);
    assertThat(post.getClinicalReview()).isEqualTo(ClinicalStanding.CORRECTED);
    assertThat(review.getNote()).isEqualTo("Check with the GP first.");
    assertThat(review.getDecidedBy()).isSameAs(ben);
    assertThat(post.isHidden()).isFalse();
  }

  @Test
  void hidingHidesThePostAndAReviewIsAnsweredOnceAndNeverByTheAuthor() {
    ForumPost post = thread.post(ana, "Mrs J, 42, Ward 3", "<p>Mrs J</p>", NOW, false);
    ClinicalReview review = ClinicalReview.open(post, NOW, 24);

    assertThatThrownBy(() -> review.decide(ClinicalStanding.FINE, null, ana, NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("your own post");

    review.decide(ClinicalStanding.HIDDEN, null, ben, NOW);
    assertThat(post.isHidden()).isTrue();
    assertThat(post.getClinicalReview()).isEqualTo(ClinicalStanding.HIDDEN);
    assertThatThrownBy(() -> review.decide(ClinicalStanding.FINE, null, ben, NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("already");
  }

  @Test
  void onlyUnsafeAdviceAndIdentifiableInformationGoToClinicalReviewersAndOtherNeedsWords() {
    assertThat(PostFlag.Kind.CLINICAL)
        .containsExactly(PostFlag.Kind.UNSAFE_ADVICE, PostFlag.Kind.IDENTIFIABLE_INFORMATION);
    assertThat(PostFlag.Kind.FACILITATORS).noneMatch(PostFlag.Kind::isClinical);
    assertThat(PostFlag.Kind.values())
        .filteredOn(PostFlag.Kind::needsReason)
        .containsExactly(PostFlag.Kind.OTHER);
  }
}
