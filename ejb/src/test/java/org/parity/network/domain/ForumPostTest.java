package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;

class ForumPostTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final Account ana =
      new Account("ana@example.org", new Profile("Ana", "GP", null, null, null, null), "h", NOW);
  private final Account ben =
      new Account("ben@example.org", new Profile("Ben", "NURSE", null, null, null, null), "h", NOW);
  private final LearningNetwork network = TestNetwork.open(NOW);
  private final ForumThread thread =
      new ForumThread(new ForumCategory(network, "General", "", 0), "Title", ana, NOW);

  @Test
  void theAuthorEditsWithinThirtyMinutesAndTheEarlierTextIsKept() {
    ForumPost post = thread.post(ana, "First", "<p>First</p>", NOW, false);
    PostRevision before = post.edit(ana, "Second", "<p>Second</p>", NOW.plusSeconds(29 * 60));
    assertThat(before.getMarkdown()).isEqualTo("First");
    assertThat(before.getWrittenAt()).isEqualTo(NOW);
    assertThat(post.getMarkdown()).isEqualTo("Second");
    assertThat(post.getEditedAt()).isEqualTo(NOW.plusSeconds(29 * 60));

    PostRevision again = post.edit(ana, "Third", "<p>Third</p>", NOW.plusSeconds(30 * 60));
    assertThat(again.getMarkdown()).isEqualTo("Second");
    assertThat(again.getWrittenAt()).isEqualTo(NOW.plusSeconds(29 * 60));
    assertThat(post.editableBy(ana, NOW.plusSeconds(30 * 60 + 1))).isFalse();
    assertThatThrownBy(() -> post.edit(ana, "Late", "<p>Late</p>", NOW.plusSeconds(30 * 60 + 1)))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("30 minutes");
  }

  @Test
  void onlyTheAuthorEditsAndNeverAHiddenPost() {
    ForumPost post = thread.post(ana, "First", "<p>First</p>", NOW, false);
    assertThat(post.editableBy(ben, NOW)).isFalse();
    assertThatThrownBy(() -> post.edit(ben, "Mine now", "", NOW))
        .isInstanceOf(NetworkException.class);
    post.hide();
    assertThat(post.editableBy(ana, NOW)).isFalse();
    assertThatThrownBy(() -> post.edit(ana, "Sneaky", "", NOW))
        .isInstanceOf(NetworkException.class);
    post.restore();
    assertThat(post.editableBy(ana, NOW)).isTrue();
  }

  @Test
  void aLockedThreadTakesRepliesOnlyFromModeratorsAndNumbersPostsInOrder() {
    assertThat(thread.post(ana, "1", "1", NOW, false).getNumber()).isEqualTo(1);
    thread.lock(true);
    assertThatThrownBy(() -> thread.post(ben, "2", "2", NOW, false))
        .isInstanceOf(NetworkException.class);
    assertThat(thread.getPostCount()).isEqualTo(1);
    assertThat(thread.post(ben, "2", "2", NOW, true).getNumber()).isEqualTo(2);
    thread.lock(false);
    assertThat(thread.post(ben, "3", "3", NOW.plusSeconds(5), false).getNumber()).isEqualTo(3);
    assertThat(thread.getLastPostAt()).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void helpfulCountsNeverGoBelowNothing() {
    ForumPost post = thread.post(ana, "First", "<p>First</p>", NOW, false);
    post.markedHelpful(true);
    post.markedHelpful(true);
    post.markedHelpful(false);
    assertThat(post.getHelpfulCount()).isEqualTo(1);
    post.markedHelpful(false);
    post.markedHelpful(false);
    assertThat(post.getHelpfulCount()).isZero();
  }

  @Test
  void readMarkersOnlyMoveForward() {
    ReadMarker marker = new ReadMarker(1, 2, 30);
    marker.readUpTo(25);
    assertThat(marker.getLastRead()).isEqualTo(30);
    marker.readUpTo(50);
    assertThat(marker.getLastRead()).isEqualTo(50);
  }
}
