package org.parity.network.application;

import java.util.List;

/** What network members see of local teams. */
public final class TeamViews {

  private TeamViews() {}

  /** A team in the network's list. */
  public record TeamSummary(
      long id, String networkSlug, String name, String place, int members, boolean open) {}

  /**
   * A member or an invited person: their name and profession from their profile (the address for
   * someone without an account yet, shown to the team's managers only).
   */
  public record MemberView(
      long id, String name, String profession, String status, boolean lead, boolean me) {}

  /** A network member who could be invited from the member list. */
  public record Candidate(String email, String name, String profession) {}

  /**
   * A team's page: who is in it and what they may do there. {@code oneProfession} warns that every
   * member shares one profession.
   */
  public record TeamDetail(
      long id,
      String networkSlug,
      String networkName,
      String name,
      String place,
      String problem,
      List<String> priorityAreas,
      boolean open,
      List<MemberView> members,
      boolean oneProfession,
      boolean mayManage,
      boolean mayClose,
      boolean invitedMe,
      List<Candidate> candidates) {}
}
