package org.parity.network.application;

import java.time.Instant;
import java.util.List;

/** What a network's facilitators see of its teams and members: plain values. */
public final class FacilitationViews {

  private FacilitationViews() {}

  /**
   * The facilitator's view, as filtered ({@code team}: a team's id, "none" for members in no team,
   * or empty; {@code profession} and {@code region}: codes, or empty). {@code byProfession} and
   * {@code byRegion} count the members shown, fewer than five never given as a number.
   */
  public record Overview(
      String networkSlug,
      String networkName,
      List<TeamRow> teams,
      List<MemberRow> members,
      List<Choice> teamChoices,
      List<String> professions,
      List<String> regions,
      List<GroupCount> byProfession,
      List<GroupCount> byRegion,
      String team,
      String profession,
      String region,
      int nudgeDays) {}

  /** {@code learning}: each shared learning, with how many of the team completed it. */
  public record TeamRow(
      long id, String name, String place, boolean open, int members, List<TeamProgress> learning) {}

  public record TeamProgress(String title, int completed, int members) {}

  /** {@code learning}: the member's progress on each of their team's shared learning. */
  public record MemberRow(
      String name,
      String profession,
      String region,
      String team,
      List<Progress> learning,
      Instant lastActivity,
      long eventsAttended) {}

  public record Progress(String title, int percent, boolean completed) {}

  public record Choice(String value, String label) {}

  /** {@code people}: the count, or "fewer than 5". */
  public record GroupCount(String key, String people) {}
}
