package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
import org.parity.network.application.ClinicalSafetyViews.AnsweredReview;
import org.parity.network.application.ClinicalSafetyViews.ClinicalQueue;
import org.parity.network.application.ClinicalSafetyViews.OpenReview;
import org.parity.network.application.ClinicalSafetyViews.Reviewer;
import org.parity.network.application.ModerationViews.FlagView;
import org.parity.network.domain.ClinicalReview;
import org.parity.network.domain.ClinicalStanding;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.ModerationAction;
import org.parity.network.domain.ModerationAction.Kind;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.PostFlag;
import org.parity.network.domain.ThreadRevised;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * A network's clinical-safety queue: posts flagged for unsafe clinical advice or
 * patient-identifiable information, answered within the network's set time by its clinical
 * reviewers (members the facilitators appoint) or its facilitators. Each answer goes into the
 * moderation log and shows on the post.
 */
@Stateless
@PermitAll
public class ClinicalSafety {

  static final int ANSWERED_SHOWN = 20;

  @Inject NetworkAccess access;
  @Inject Networks networks;
  @Inject Clock clock;
  @Inject Event<ThreadRevised> revised;

  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public ClinicalQueue queue(String networkSlug) {
    LearningNetwork network = access.network(networkSlug);
    Account reader = access.requireClinicalReviewer(network);
    Instant now = clock.instant();
    boolean manages = access.moderates(network, Optional.of(reader));
    Map<Long, List<FlagView>> flags =
        networks.openFlags(network, PostFlag.Kind.CLINICAL).stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.getPost().getId(),
                    Collectors.mapping(FlagView::of, Collectors.toList())));
    List<NetworkMembership> active =
        networks.withStatus(network, NetworkMembership.Status.ACTIVE).stream()
            .sorted(Comparator.comparing(m -> m.getAccount().getDisplayName()))
            .toList();
    return new ClinicalQueue(
        network.getSlug(),
        network.getName(),
        network.getClinicalReviewHours(),
        networks.openClinicalReviews(network).stream()
            .filter(r -> readable(r, reader))
            .map(r -> open(r, flags.getOrDefault(r.getPost().getId(), List.of()), now))
            .toList(),
        networks.answeredClinicalReviews(network, ANSWERED_SHOWN).stream()
            .filter(r -> readable(r, reader))
            .map(ClinicalSafety::answered)
            .toList(),
        active.stream()
            .filter(NetworkMembership::isClinicalReviewer)
            .map(ClinicalSafety::reviewer)
            .toList(),
        manages,
        manages
            ? active.stream()
                .filter(m -> !m.isClinicalReviewer())
                .map(ClinicalSafety::reviewer)
                .toList()
            : List.of());
  }

  /** A team's private posts are reviewed only by who may read them: its facilitators. */
  private boolean readable(ClinicalReview review, Account reader) {
    return access.mayReadTopic(review.getPost().getThread().getCategory(), Optional.of(reader));
  }

  /** The reviewer's answer to a post's review: fine, corrected (with the correction) or hidden. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public void answer(String networkSlug, long reviewId, ClinicalStanding outcome, String note) {
    LearningNetwork network = access.network(networkSlug);
    Account reviewer = access.requireClinicalReviewer(network);
    Map<String, String> problems = ClinicalReview.problems(outcome, note);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    ClinicalReview review =
        networks
            .clinicalReview(reviewId)
            .filter(r -> r.getPost().getThread().getNetwork().getId().equals(network.getId()))
            .filter(r -> readable(r, reviewer))
            .orElseThrow(() -> new NotAllowedException("No such clinical review here"));
    Instant now = clock.instant();
    review.decide(outcome, note, reviewer, now);
    ForumPost post = review.getPost();
    networks.openFlags(post).stream()
        .filter(f -> f.getKind().isClinical())
        .forEach(f -> f.resolve(now));
    revised.fire(new ThreadRevised(post.getThread().getId()));
    networks.add(
        ModerationAction.by(
            network,
            reviewer,
            Kind.CLINICAL_REVIEW,
            ModerationAction.postSubject(post)
                + ": "
                + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            review.getNote(),
            now));
  }

  /** A facilitator appoints a member as a clinical reviewer, or stands them down. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void appoint(String networkSlug, long membershipId, boolean reviews) {
    LearningNetwork network = access.network(networkSlug);
    Account facilitator = access.requireModerator(network);
    NetworkMembership membership =
        networks
            .membership(membershipId)
            .filter(m -> m.getNetwork().getId().equals(network.getId()))
            .orElseThrow(() -> new NotAllowedException("No such member here"));
    membership.reviewClinically(reviews);
    networks.add(
        ModerationAction.by(
            network,
            facilitator,
            reviews ? Kind.APPOINT_REVIEWER : Kind.REMOVE_REVIEWER,
            membership.getAccount().getDisplayName(),
            null,
            clock.instant()));
  }

  /** A facilitator sets how many hours the reviewers have to answer (1 to 168). */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void answerWithin(String networkSlug, int hours) {
    LearningNetwork network = access.network(networkSlug);
    access.requireModerator(network);
    if (hours < 1 || hours > LearningNetwork.MOST_CLINICAL_REVIEW_HOURS) {
      throw InvalidInput.of("hours", "clinical.hours.range");
    }
    network.answerClinicalReviewsWithin(hours);
  }

  private static OpenReview open(ClinicalReview review, List<FlagView> flags, Instant now) {
    ForumPost post = review.getPost();
    return new OpenReview(
        review.getId(),
        post.getThread().getId(),
        post.getThread().getTitle(),
        post.getNumber(),
        ForumService.pageOf(post.getNumber()),
        post.getAuthor().getDisplayName(),
        post.getHtml(),
        flags,
        review.getOpenedAt(),
        review.getDueAt(),
        review.isOverdue(now));
  }

  private static AnsweredReview answered(ClinicalReview review) {
    ForumPost post = review.getPost();
    return new AnsweredReview(
        post.getThread().getId(),
        post.getThread().getTitle(),
        post.getNumber(),
        ForumService.pageOf(post.getNumber()),
        review.getOutcome().name(),
        review.getNote(),
        review.getDecidedBy() == null ? "" : review.getDecidedBy().getDisplayName(),
        review.getDecidedAt(),
        review.getDecidedAt().isAfter(review.getDueAt()));
  }

  private static Reviewer reviewer(NetworkMembership membership) {
    return new Reviewer(
        membership.getId(),
        membership.getAccount().getDisplayName(),
        membership.getAccount().getProfession());
  }
}
