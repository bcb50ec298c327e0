package org.parity.network.domain;

import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;

/**
 * Who may still hear of a network's posts: anyone for an open network, its active members (and
 * administrators) for a closed one; never a disabled account, nor someone who left the network
 * (leaving silences it, also when it is open). A team's private topic is heard of only by the team
 * and the network's facilitators.
 */
public final class Readership {

  private Readership() {}

  public static boolean mayHearOf(
      Account account, LearningNetwork network, NetworkMembership membership) {
    if (!account.isEnabled()) {
      return false;
    }
    if (membership != null && membership.getStatus() == NetworkMembership.Status.LEFT) {
      return false;
    }
    return network.isOpen()
        || (membership != null && membership.isActive())
        || account.hasRole(Role.ADMIN);
  }

  /**
   * Who may still hear of a thread's posts: as for its network, and for a team's private topic only
   * the team's active members and the network's facilitators (and administrators).
   */
  public static boolean mayHearOf(
      Account account, ForumThread thread, NetworkMembership membership) {
    return mayHearOf(account, thread.getNetwork(), membership)
        && thread
            .getCategory()
            .isOpenTo(
                account.getEmail(),
                account.hasRole(Role.ADMIN) || (membership != null && membership.isFacilitator()));
  }
}
