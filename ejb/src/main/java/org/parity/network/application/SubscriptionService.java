package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.NotificationViews.SubscriptionView;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.Subscription;
import org.parity.network.domain.Subscription.Target;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * Following threads, categories and networks. Only someone who may read a network follows anything
 * in it: anyone signed in for an open network, members and administrators for a closed one.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class SubscriptionService {

  @Inject Caller caller;
  @Inject Networks networks;
  @Inject NetworkAccess access;
  @Inject Notifications store;
  @Inject Accounts accounts;
  @Inject Clock clock;

  public void follow(String type, long id) {
    Target target = target(type);
    Account me = signedIn();
    LearningNetwork network = readableNetwork(target, id, me);
    if (store.subscription(me, target, id).isEmpty()) {
      store.add(new Subscription(me, target, id, network, clock.instant()));
    }
  }

  /** Follows a network named by its address, as the API allows (a network's id is not public). */
  public void followNetwork(String slug) {
    follow(Target.NETWORK.name(), networkId(slug).orElse(0L));
  }

  /** A network's id from its address, for the follow button on the network's page. */
  @PermitAll
  public Optional<Long> networkId(String slug) {
    return networks.bySlug(slug == null ? "" : slug).map(LearningNetwork::getId);
  }

  public void unfollow(String type, long id) {
    store.subscription(signedIn(), target(type), id).ifPresent(store::remove);
  }

  /** Whether the reader follows it; empty when signed out or when they may not read it. */
  @PermitAll
  public Optional<Boolean> following(String type, long id) {
    Optional<Account> me = caller();
    if (me.isEmpty()) {
      return Optional.empty();
    }
    Target target = target(type);
    try {
      readableNetwork(target, id, me.get());
    } catch (NotAllowedException e) {
      return Optional.empty();
    }
    return Optional.of(store.subscription(me.get(), target, id).isPresent());
  }

  public List<SubscriptionView> mine() {
    return store.subscriptions(signedIn()).stream().map(this::view).toList();
  }

  private SubscriptionView view(Subscription s) {
    LearningNetwork network = s.getNetwork();
    String networkPath = "/networks/" + network.getSlug();
    return switch (s.getTarget()) {
      case THREAD ->
          networks
              .thread(s.getTargetId())
              .map(
                  t ->
                      new SubscriptionView(
                          "THREAD",
                          t.getId(),
                          t.getTitle(),
                          network.getName(),
                          networkPath + "/threads/" + t.getId()))
              .orElseGet(() -> gone(s));
      case CATEGORY ->
          networks
              .category(s.getTargetId())
              .map(
                  c ->
                      new SubscriptionView(
                          "CATEGORY", c.getId(), c.getName(), network.getName(), networkPath))
              .orElseGet(() -> gone(s));
      case NETWORK ->
          new SubscriptionView(
              "NETWORK", network.getId(), network.getName(), network.getName(), networkPath);
    };
  }

  private static SubscriptionView gone(Subscription s) {
    return new SubscriptionView(
        s.getTarget().name(), s.getTargetId(), "—", s.getNetwork().getName(), null);
  }

  private LearningNetwork readableNetwork(Target target, long id, Account me) {
    // A thread or topic of a team's private topic is followed only by whoever may read it.
    Optional<ForumCategory> topic =
        switch (target) {
          case THREAD -> networks.thread(id).map(ForumThread::getCategory);
          case CATEGORY -> networks.category(id);
          case NETWORK -> Optional.empty();
        };
    LearningNetwork network =
        target == Target.NETWORK
            ? store.network(id).orElse(null)
            : topic.map(ForumCategory::getNetwork).orElse(null);
    if (network == null
        || topic.filter(t -> !access.mayReadTopic(t, Optional.of(me))).isPresent()) {
      throw new NotAllowedException("Nothing to follow there");
    }
    if (!access.mayRead(network, Optional.of(me))) {
      throw new NotAllowedException("This network's discussions are for its members");
    }
    return network;
  }

  private static Target target(String type) {
    try {
      return Target.valueOf(type == null ? "" : type.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("type", "notify.type.invalid");
    }
  }

  private Optional<Account> caller() {
    return caller.current();
  }

  private Account signedIn() {
    return caller.required();
  }
}
