package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.NotAllowedException;

/**
 * Who the caller is to a network: reader, member, suspended member or moderator (a facilitator of
 * that network, or an administrator). The forum's services ask here, so every rule is decided in
 * one place. Nothing is cached: the services that use it are pooled across callers.
 */
@Dependent
public class NetworkAccess {

  @Inject Caller caller;
  @Inject Networks networks;
  @Inject Accounts accounts;
  @Inject Clock clock;

  public Optional<Account> caller() {
    return caller.current();
  }

  public Account signedIn() {
    return caller.required();
  }

  public LearningNetwork network(String slug) {
    return networks
        .bySlug(slug == null ? "" : slug)
        .orElseThrow(() -> new NotAllowedException("No such network"));
  }

  /** Open networks are for everyone to read; closed ones for members and administrators. */
  public LearningNetwork readable(String slug) {
    return readable(slug, caller());
  }

  /** {@link #readable(String)} for a caller already looked up. */
  public LearningNetwork readable(String slug, Optional<Account> caller) {
    LearningNetwork network = network(slug);
    if (!mayRead(network, caller)) {
      throw new NotAllowedException("This network's discussions are for its members");
    }
    return network;
  }

  /** An open network is everyone's to read; a closed one its members' and administrators'. */
  public boolean mayRead(LearningNetwork network, Optional<Account> account) {
    return network.isOpen() || isActiveMember(network, account) || isAdmin(account);
  }

  /** Whether the caller is an active member and whether they moderate, from one look-up. */
  public record Standing(boolean member, boolean moderator) {}

  public Standing standing(LearningNetwork network, Optional<Account> account) {
    Optional<NetworkMembership> membership = account.flatMap(a -> networks.membership(network, a));
    return new Standing(
        membership.map(NetworkMembership::isActive).orElse(false),
        isAdmin(account) || membership.map(NetworkMembership::isFacilitator).orElse(false));
  }

  /** Members write, unless a facilitator has suspended them for now. */
  public LearningNetwork writable(String slug, Account writer) {
    LearningNetwork network = network(slug);
    if (!isActiveMember(network, Optional.of(writer))) {
      throw new NotAllowedException("Join the network to take part");
    }
    networks
        .currentSuspension(network, writer, clock.instant())
        .ifPresent(
            s -> {
              throw new NetworkException(
                  "A facilitator has suspended you from writing in this network until "
                      + s.getUntil()
                      + ".",
                  "forum.error.suspended");
            });
    return network;
  }

  public boolean isActiveMember(LearningNetwork network, Optional<Account> account) {
    return account
        .flatMap(a -> networks.membership(network, a))
        .map(NetworkMembership::isActive)
        .orElse(false);
  }

  /**
   * Whether someone may read a topic's threads: any topic of a network they may read, but a team's
   * private topic only as one of the team's active members or the network's facilitators.
   */
  public boolean mayReadTopic(ForumCategory topic, Optional<Account> account) {
    return !topic.isTeamTopic()
        || (account.isPresent()
            && topic.isOpenTo(account.get().getEmail(), moderates(topic.getNetwork(), account)));
  }

  public boolean moderates(LearningNetwork network, Optional<Account> account) {
    return isAdmin(account)
        || account
            .flatMap(a -> networks.membership(network, a))
            .map(NetworkMembership::isFacilitator)
            .orElse(false);
  }

  /**
   * Whether {@code facilitator} facilitates a network {@code member} belongs to: what a facilitator
   * reviews for (their networks' case studies).
   */
  public boolean facilitatesNetworkOf(Account facilitator, Account member) {
    return networks.facilitatesNetworkOf(facilitator, member);
  }

  /** The network's clinical reviewers answer its clinical-safety flags, as its moderators may. */
  public boolean reviewsClinically(LearningNetwork network, Optional<Account> account) {
    return moderates(network, account)
        || account
            .flatMap(a -> networks.membership(network, a))
            .map(NetworkMembership::isClinicalReviewer)
            .orElse(false);
  }

  public Account requireClinicalReviewer(LearningNetwork network) {
    Account caller = signedIn();
    if (!reviewsClinically(network, Optional.of(caller))) {
      throw new NotAllowedException("Not a clinical reviewer of " + network.getName());
    }
    return caller;
  }

  public Account requireModerator(LearningNetwork network) {
    Account caller = signedIn();
    if (!moderates(network, Optional.of(caller))) {
      throw new NotAllowedException("Not a facilitator of " + network.getName());
    }
    return caller;
  }

  /**
   * Whether the account is an administrator, from its stored roles: the same roles the caller's own
   * standing is read from at each request, so one answer whoever asks.
   */
  public static boolean isAdmin(Optional<Account> account) {
    return account.map(a -> a.hasRole(Role.ADMIN)).orElse(false);
  }
}
