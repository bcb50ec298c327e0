package org.parity.teams;

import static org.parity.teams.TeamPeople.BASE;
import static org.parity.teams.TeamPeople.MEMBER;

import java.util.List;
import org.parity.it.As;
import org.parity.network.application.Teams;

/** The steps the team tests take before the one they test, as the people the pages would be. */
final class TeamSteps {

  private TeamSteps() {}

  /** The lead starts a team in the first network. */
  static long start(Teams teams, TeamPeople.Made made, String name) throws Exception {
    return As.call(
        made.lead(),
        MEMBER,
        () -> teams.create(made.network(), name, "Place", "Problem", List.of()));
  }

  /** The lead invites someone, who (with an account made if they had none) accepts. */
  static void join(Teams teams, TeamPeople people, TeamPeople.Made made, long team, String who)
      throws Exception {
    As.run(made.lead(), MEMBER, () -> teams.invite(made.network(), team, who, BASE));
    people.account(who);
    As.run(who, MEMBER, () -> teams.answer(made.network(), team, true));
  }
}
