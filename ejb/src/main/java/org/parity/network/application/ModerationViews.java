package org.parity.network.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parity.network.domain.PostFlag;

/** What a network's moderation page shows. */
public final class ModerationViews {

  private ModerationViews() {}

  /** A flag: who, what kind of problem (a {@code PostFlag.Kind}), their words and when. */
  public record FlagView(String by, String kind, String reason, Instant at)
      implements Serializable {

    static FlagView of(PostFlag flag) {
      return new FlagView(
          flag.getAccount().getDisplayName(),
          flag.getKind().name(),
          flag.getReason(),
          flag.getCreatedAt());
    }
  }

  /** A flagged post, with every open flag on it. */
  public record FlaggedPost(
      long threadId,
      String threadTitle,
      int number,
      int page,
      String author,
      String html,
      boolean hidden,
      List<FlagView> flags)
      implements Serializable {}

  public record SuspensionView(long id, String member, Instant until, String reason)
      implements Serializable {}

  public record ActionView(Instant at, String actor, String action, String subject, String reason)
      implements Serializable {}

  public record ModerationQueue(
      String networkSlug,
      String networkName,
      List<FlaggedPost> flagged,
      List<SuspensionView> suspensions,
      List<ActionView> log,
      int logPage,
      int logPages)
      implements Serializable {}
}
