package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.ModerationViews.ActionView;
import org.parity.network.application.ModerationViews.FlagView;
import org.parity.network.application.ModerationViews.FlaggedPost;
import org.parity.network.application.ModerationViews.ModerationQueue;
import org.parity.network.application.ModerationViews.SuspensionView;
import org.parity.network.domain.ClinicalReview;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.ModerationAction;
import org.parity.network.domain.ModerationAction.Kind;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.NetworkSuspension;
import org.parity.network.domain.PostFlag;
import org.parity.network.domain.ThreadRevised;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * Keeping a network kind and safe: members flag posts with a reason; the network's facilitators
 * (and administrators) work through the flags, hide and restore posts, lock, pin and move threads
 * and suspend members from writing for a while. Every step goes into the network's moderation log
 * with who, when and why.
 */
@Stateless
@PermitAll
public class ForumModeration {

  public static final int LOG_PER_PAGE = 30;
  static final int MAX_SUSPENSION_DAYS = 365;

  @Inject NetworkAccess access;
  @Inject Networks networks;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject Event<ThreadRevised> revised;

  /**
   * A member asks the facilitators to look at a post, saying what kind of problem it is (and, for
   * "other", what); once per member and post. Unsafe clinical advice and patient-identifiable
   * information open a clinical review instead, which the post shows until it is answered.
   */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public void flag(
      String networkSlug, long threadId, int number, PostFlag.Kind kind, String reason) {
    Account member = access.signedIn();
    LearningNetwork network = access.writable(networkSlug, member);
    ForumPost post = post(network, threadId, number);
    if (kind == null) {
      throw InvalidInput.of("kind", "moderation.kind.required");
    }
    String note = reason == null || reason.isBlank() ? "" : reason.strip();
    if (note.isEmpty() && kind.needsReason()) {
      throw InvalidInput.of("reason", "moderation.reason.required");
    }
    if (note.length() > PostFlag.REASON_LIMIT) {
      throw InvalidInput.of("reason", "moderation.reason.long");
    }
    if (post.getAuthor().getId().equals(member.getId())) {
      throw new NetworkException("You can't flag your own post.", "moderation.error.ownPost");
    }
    if (networks.flag(post, member).isPresent()) {
      throw new NetworkException(
          "You have already flagged this post; a facilitator will look at it.",
          "moderation.error.alreadyFlagged");
    }
    networks.add(new PostFlag(post, member, kind, note, clock.instant()));
    if (kind.isClinical() && networks.openClinicalReview(post).isEmpty()) {
      networks.add(ClinicalReview.open(post, clock.instant(), network.getClinicalReviewHours()));
      revised.fire(new ThreadRevised(threadId));
    }
  }

  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public ModerationQueue queue(String networkSlug, int logPage) {
    LearningNetwork network = access.network(networkSlug);
    access.requireModerator(network);
    Map<Long, List<PostFlag>> byPost = new LinkedHashMap<>();
    for (PostFlag flag : networks.openFlags(network, PostFlag.Kind.FACILITATORS)) {
      byPost.computeIfAbsent(flag.getPost().getId(), k -> new java.util.ArrayList<>()).add(flag);
    }
    List<FlaggedPost> flagged =
        byPost.values().stream()
            .map(
                flags -> {
                  ForumPost p = flags.get(0).getPost();
                  return new FlaggedPost(
                      p.getThread().getId(),
                      p.getThread().getTitle(),
                      p.getNumber(),
                      ForumService.pageOf(p.getNumber()),
                      p.getAuthor().getDisplayName(),
                      p.getHtml(),
                      p.isHidden(),
                      flags.stream().map(FlagView::of).toList());
                })
            .toList();
    long logSize = networks.moderationLogSize(network);
    int pages = Math.max(1, (int) ((logSize + LOG_PER_PAGE - 1) / LOG_PER_PAGE));
    int shown = Math.max(1, Math.min(logPage, pages));
    return new ModerationQueue(
        network.getSlug(),
        network.getName(),
        flagged,
        networks.currentSuspensions(network, clock.instant()).stream()
            .map(
                s ->
                    new SuspensionView(
                        s.getId(), s.getAccount().getDisplayName(), s.getUntil(), s.getReason()))
            .toList(),
        networks.moderationLog(network, (shown - 1) * LOG_PER_PAGE, LOG_PER_PAGE).stream()
            .map(
                a ->
                    new ActionView(
                        a.getActedAt(),
                        a.getActor(),
                        a.getAction().name(),
                        a.getSubject(),
                        a.getReason()))
            .toList(),
        shown,
        pages);
  }

  /** Hides a post from everyone but moderators; its open flags are settled. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void hide(String networkSlug, long threadId, int number, String reason) {
    Moderated step = step(networkSlug, reason, true);
    ForumPost post = post(step.network(), threadId, number);
    post.hide();
    revised.fire(new ThreadRevised(threadId));
    settleFlags(post);
    log(step, Kind.HIDE, ModerationAction.postSubject(post));
  }

  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void restore(String networkSlug, long threadId, int number, String reason) {
    Moderated step = step(networkSlug, reason, true);
    ForumPost post = post(step.network(), threadId, number);
    post.restore();
    revised.fire(new ThreadRevised(threadId));
    log(step, Kind.RESTORE, ModerationAction.postSubject(post));
  }

  /** The post is fine: its open flags are settled and it stays. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void dismissFlags(String networkSlug, long threadId, int number, String reason) {
    Moderated step = step(networkSlug, reason, false);
    ForumPost post = post(step.network(), threadId, number);
    settleFlags(post);
    log(step, Kind.DISMISS_FLAGS, ModerationAction.postSubject(post));
  }

  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void lock(String networkSlug, long threadId, boolean locked, String reason) {
    Moderated step = step(networkSlug, reason, true);
    ForumThread thread = thread(step.network(), threadId);
    thread.lock(locked);
    log(step, locked ? Kind.LOCK : Kind.UNLOCK, threadSubject(thread));
  }

  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void pin(String networkSlug, long threadId, boolean pinned, String reason) {
    Moderated step = step(networkSlug, reason, false);
    ForumThread thread = thread(step.network(), threadId);
    thread.pin(pinned);
    log(step, pinned ? Kind.PIN : Kind.UNPIN, threadSubject(thread));
  }

  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void move(String networkSlug, long threadId, long categoryId, String reason) {
    Moderated step = step(networkSlug, reason, true);
    ForumThread thread = thread(step.network(), threadId);
    ForumCategory category =
        networks
            .category(categoryId)
            .filter(c -> c.getNetwork().getId().equals(step.network().getId()))
            .orElseThrow(() -> InvalidInput.of("category", "forum.category.required"));
    // A team's private thread stays private, and a public one does not become a team's.
    if (category.isTeamTopic() || thread.getCategory().isTeamTopic()) {
      throw InvalidInput.of("category", "forum.category.required");
    }
    String from = thread.getCategory().getName();
    thread.moveTo(category);
    log(step, Kind.MOVE, threadSubject(thread) + " from " + from + " to " + category.getName());
  }

  /**
   * Stops a member writing in this network for some days (they still read). The member is named by
   * the author of a post, so facilitators never need email addresses.
   */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void suspendAuthor(
      String networkSlug, long threadId, int number, int days, String reason) {
    Moderated step = step(networkSlug, reason, true);
    if (days < 1 || days > MAX_SUSPENSION_DAYS) {
      throw InvalidInput.of("days", "moderation.days.range");
    }
    ForumPost post = post(step.network(), threadId, number);
    Account member = post.getAuthor();
    if (access.moderates(step.network(), Optional.of(member))) {
      throw new NetworkException(
          "Facilitators and administrators cannot be suspended here.",
          "moderation.error.suspendModerator");
    }
    Instant until = clock.instant().plus(Duration.ofDays(days));
    networks.add(
        new NetworkSuspension(
            step.network(),
            member,
            until,
            step.reason(),
            step.actor().getEmail(),
            clock.instant()));
    log(step, Kind.SUSPEND, member.getDisplayName() + " until " + until);
  }

  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void lift(String networkSlug, long suspensionId, String reason) {
    Moderated step = step(networkSlug, reason, false);
    NetworkSuspension suspension =
        networks
            .suspension(suspensionId)
            .filter(s -> s.getNetwork().getId().equals(step.network().getId()))
            .orElseThrow(() -> new NotAllowedException("No such suspension here"));
    suspension.lift(clock.instant());
    log(step, Kind.LIFT_SUSPENSION, suspension.getAccount().getDisplayName());
  }

  private record Moderated(LearningNetwork network, Account actor, String reason) {}

  private Moderated step(String networkSlug, String reason, boolean reasonRequired) {
    LearningNetwork network = access.network(networkSlug);
    Account actor = access.requireModerator(network);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why == null && reasonRequired) {
      throw InvalidInput.of("reason", "moderation.reason.required");
    }
    if (why != null && why.length() > 1000) {
      throw InvalidInput.of("reason", "moderation.reason.long");
    }
    return new Moderated(network, actor, why);
  }

  private void log(Moderated step, Kind kind, String subject) {
    networks.add(
        ModerationAction.by(
            step.network(), step.actor(), kind, subject, step.reason(), clock.instant()));
  }

  /** The facilitators' flags; clinical ones are settled by the post's clinical review. */
  private void settleFlags(ForumPost post) {
    networks.openFlags(post).stream()
        .filter(f -> !f.getKind().isClinical())
        .forEach(f -> f.resolve(clock.instant()));
  }

  /** The network's thread, if the caller may read its topic (a team's is the team's). */
  private ForumThread thread(LearningNetwork network, long threadId) {
    return networks
        .thread(threadId)
        .filter(t -> t.getNetwork().getId().equals(network.getId()))
        .filter(t -> access.mayReadTopic(t.getCategory(), access.caller()))
        .orElseThrow(() -> new NotAllowedException("No such thread here"));
  }

  private ForumPost post(LearningNetwork network, long threadId, int number) {
    return networks
        .post(thread(network, threadId), number)
        .orElseThrow(() -> new NotAllowedException("No such post here"));
  }

  private static String threadSubject(ForumThread thread) {
    return "Thread \"" + thread.getTitle() + "\"";
  }
}
