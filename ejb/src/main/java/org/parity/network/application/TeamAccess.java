package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.network.domain.Team;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * Who may do what in a team's closed space, in one place for its files, its plan and its
 * management: the team is found within its network, and its insiders are its active members and the
 * network's facilitators.
 */
@Dependent
public class TeamAccess {

  @Inject NetworkAccess access;
  @Inject TeamStore teams;

  /** The team of that id in that network; an unknown one is bad input. */
  public Team team(String networkSlug, long teamId) {
    return teams
        .team(access.network(networkSlug), teamId)
        .orElseThrow(() -> InvalidInput.of("team", "team.unknown"));
  }

  public boolean isInsider(Team team, Account person) {
    return team.isActiveMember(person.getEmail()) || facilitates(team, person);
  }

  public boolean facilitates(Team team, Account person) {
    return access.moderates(team.getNetwork(), Optional.of(person));
  }

  /** The caller, an active member of the team or a facilitator of its network. */
  public Account requireInsider(Team team) {
    Account caller = access.signedIn();
    if (!isInsider(team, caller)) {
      throw new NotAllowedException("A team's own space is for the team and its facilitators");
    }
    return caller;
  }

  /** The caller, an active member of the team. */
  public Account requireMember(Team team) {
    Account caller = access.signedIn();
    if (!team.isActiveMember(caller.getEmail())) {
      throw new NotAllowedException("Only the team's members may");
    }
    return caller;
  }

  /** The caller, an active lead of the team. */
  public Account requireLead(Team team) {
    Account caller = access.signedIn();
    if (!team.isActiveLead(caller.getEmail())) {
      throw new NotAllowedException("Only the team's leads may");
    }
    return caller;
  }
}
