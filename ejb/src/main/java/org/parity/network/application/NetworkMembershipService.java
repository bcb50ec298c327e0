package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.NetworkViews.MemberView;
import org.parity.network.application.NetworkViews.NetworkDetail;
import org.parity.network.application.NetworkViews.NetworkSummary;
import org.parity.network.application.NetworkViews.RequestView;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.mail.MailOutbox;

/**
 * Who belongs to which network: the list anyone may read, joining and leaving, requests to closed
 * networks that a facilitator of that network answers, and the member directory (members only, each
 * member shown only if they allow it).
 */
@Stateless
@PermitAll
public class NetworkMembershipService {

  @Inject Caller caller;
  @Inject Networks networks;
  @Inject Accounts accounts;
  @Inject NetworkAccess access;
  @Inject MailOutbox outbox;
  @Inject Clock clock;

  public List<NetworkSummary> networks() {
    Map<Long, Long> counts = networks.memberCounts();
    return networks.all().stream().map(n -> summary(n, counts)).toList();
  }

  public Optional<NetworkDetail> network(String slug) {
    Optional<LearningNetwork> found = networks.bySlug(slug == null ? "" : slug);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    LearningNetwork network = found.get();
    Optional<NetworkMembership> mine = caller().flatMap(a -> networks.membership(network, a));
    boolean member = mine.map(NetworkMembership::isActive).orElse(false);
    boolean facilitator = access.moderates(network, caller());
    List<NetworkMembership> active = networks.withStatus(network, NetworkMembership.Status.ACTIVE);
    List<MemberView> directory =
        member || facilitator
            ? active.stream()
                .filter(m -> m.isVisibleInDirectory() || facilitator)
                .map(NetworkMembershipService::member)
                .toList()
            : List.of();
    int hidden =
        member || facilitator
            ? (int) active.stream().filter(m -> !m.isVisibleInDirectory()).count()
            : 0;
    List<RequestView> requests =
        facilitator
            ? networks.withStatus(network, NetworkMembership.Status.PENDING).stream()
                .map(
                    m ->
                        new RequestView(
                            m.getId(),
                            m.getAccount().getDisplayName(),
                            m.getAccount().getProfession(),
                            m.getAccount().getOrganisationName(),
                            m.getRequestedAt()))
                .toList()
            : List.of();
    return Optional.of(
        new NetworkDetail(
            summary(network, Map.of(network.getId(), (long) active.size())),
            mine.map(m -> m.getStatus().name()).orElse("NONE"),
            facilitator,
            mine.map(NetworkMembership::isVisibleInDirectory).orElse(true),
            mine.map(NetworkMembership::getDecisionMessage).orElse(null),
            directory,
            hidden,
            requests,
            facilitator || mine.map(NetworkMembership::isClinicalReviewer).orElse(false)));
  }

  /**
   * An administrator sets up a network with its first facilitators (by email; each gets the
   * FACILITATOR role if they lack it).
   */
  @RolesAllowed("ADMIN")
  public String create(
      String slug,
      String name,
      String description,
      boolean open,
      List<String> challenges,
      List<String> priorityAreas,
      List<String> settings,
      List<String> facilitatorEmails) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
      errors.add("slug", "network.slug.invalid");
    } else if (networks.bySlug(slug).isPresent()) {
      errors.add("slug", "network.slug.taken");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      errors.add("name", "network.name.required");
    }
    if (description == null || description.isBlank()) {
      errors.add("description", "network.description.required");
    }
    List<Account> facilitators = new java.util.ArrayList<>();
    for (String email : facilitatorEmails == null ? List.<String>of() : facilitatorEmails) {
      accounts
          .byEmail(email)
          .ifPresentOrElse(
              facilitators::add, () -> errors.add("facilitators", "network.facilitator.unknown"));
    }
    errors.throwIfAny();
    LearningNetwork network =
        new LearningNetwork(
            slug,
            name.strip(),
            description.strip(),
            open ? LearningNetwork.Access.OPEN : LearningNetwork.Access.CLOSED,
            challenges == null ? List.of() : challenges,
            priorityAreas == null ? List.of() : priorityAreas,
            settings == null ? List.of() : settings,
            clock.instant());
    networks.add(network);
    networks.add(
        new org.parity.network.domain.ForumCategory(
            network, "General", "Anything the network is for.", 0));
    for (Account facilitator : facilitators) {
      facilitator.grant(Role.FACILITATOR);
      networks.add(NetworkMembership.facilitator(network, facilitator, clock.instant()));
    }
    return network.getSlug();
  }

  /** Joins an open network at once, or asks to join a closed one. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public String join(String slug) {
    Account account = signedIn();
    LearningNetwork network = find(slug);
    NetworkMembership membership =
        networks
            .membership(network, account)
            .orElseGet(
                () -> {
                  NetworkMembership created =
                      new NetworkMembership(network, account, clock.instant());
                  networks.add(created);
                  return created;
                });
    membership.ask(clock.instant());
    return membership.getStatus().name();
  }

  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public void leave(String slug) {
    LearningNetwork network = find(slug);
    networks
        .membership(network, signedIn())
        .orElseThrow(
            () ->
                new NetworkException(
                    "You are not a member of this network.", "network.error.notMember"))
        .leave(clock.instant());
  }

  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public void showMeInDirectory(String slug, boolean visible) {
    LearningNetwork network = find(slug);
    networks
        .membership(network, signedIn())
        .filter(NetworkMembership::isActive)
        .orElseThrow(
            () ->
                new NetworkException(
                    "You are not a member of this network.", "network.error.notMember"))
        .showInDirectory(visible);
  }

  /** A facilitator of the request's network approves or declines it; the person is told by mail. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void answer(long requestId, boolean approve, String message) {
    NetworkMembership request =
        networks
            .membership(requestId)
            .orElseThrow(() -> new NotAllowedException("No such request"));
    access.requireModerator(request.getNetwork());
    String facilitator = caller.required().getEmail();
    if (approve) {
      request.approve(facilitator, message, clock.instant());
    } else {
      request.decline(facilitator, message, clock.instant());
    }
    LearningNetwork network = request.getNetwork();
    outbox.enqueue(
        request.getAccount().getEmail(),
        (approve ? "Welcome to " : "Your request to join ") + network.getName(),
        approve
            ? "A facilitator has approved your request to join "
                + network.getName()
                + "."
                + (message == null || message.isBlank() ? "" : "\n\n" + message.strip())
            : "A facilitator has answered your request to join "
                + network.getName()
                + ":\n\n"
                + message.strip(),
        null);
  }

  private LearningNetwork find(String slug) {
    return networks
        .bySlug(slug == null ? "" : slug)
        .orElseThrow(() -> new NetworkException("No such network.", "network.error.unknown"));
  }

  private Optional<Account> caller() {
    return access.caller();
  }

  private Account signedIn() {
    return access.signedIn();
  }

  private static NetworkSummary summary(LearningNetwork n, Map<Long, Long> counts) {
    return new NetworkSummary(
        n.getSlug(),
        n.getName(),
        n.getDescription(),
        n.isOpen(),
        n.getChallenges(),
        n.getPriorityAreas(),
        counts.getOrDefault(n.getId(), 0L),
        n.getLatestActivityAt());
  }

  private static MemberView member(NetworkMembership m) {
    Account a = m.getAccount();
    return new MemberView(
        a.getDisplayName(),
        a.getProfession(),
        a.getOrganisationName(),
        a.getRegion(),
        m.isFacilitator());
  }
}
