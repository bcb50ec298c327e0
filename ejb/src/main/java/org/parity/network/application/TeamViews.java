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
   * member shares one profession; {@code nudges}: for a member, whether they want a nudge when they
   * go quiet (null for others); {@code otherTeams}: for a facilitator, where to move or merge.
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
      List<Candidate> candidates,
      List<TeamLearning> learning,
      List<CourseChoice> courseChoices,
      Boolean nudges,
      List<TeamChoice> otherTeams) {}

  /** Another open team of the network, which a facilitator may move members or merge into. */
  public record TeamChoice(long id, String name) {}

  /**
   * Published learning a lead may enrol the team on: {@code key} is "curriculum:slug" or
   * "module:slug".
   */
  public record CourseChoice(String key, String title) {}

  /**
   * What the team learns together, at the version its lead chose: the units in order and, for the
   * team and the network's facilitators, each member's state per unit ({@code rows}; empty for
   * others). {@code path} is the learning's page in the catalogue.
   */
  public record TeamLearning(
      long id,
      String title,
      int version,
      String path,
      List<UnitColumn> units,
      List<MemberProgress> rows,
      int completed,
      int members) {}

  public record UnitColumn(long id, String title, String module, boolean quiz) {}

  /**
   * {@code states}: per unit in order, DONE, PASSED, NOT_YET (a quiz tried, not yet passed) or
   * NOT_STARTED; empty when the member is not enrolled.
   */
  public record MemberProgress(
      String name, String profession, int percent, boolean completed, List<String> states) {}
}
