package org.parity.network.application;

import java.time.Instant;
import java.util.List;

/** What the network pages show: plain values. */
public final class NetworkViews {

  private NetworkViews() {}

  public record NetworkSummary(
      String slug,
      String name,
      String description,
      boolean open,
      List<String> challenges,
      List<String> priorityAreas,
      long members,
      Instant latestActivity) {}

  /**
   * One network as the reader sees it: {@code myStatus} is NONE, PENDING, ACTIVE, DECLINED or LEFT;
   * the directory is shown to members only, pending requests to its facilitators only; {@code
   * reviewsClinically}: whether the reader answers its clinical-safety queue.
   */
  public record NetworkDetail(
      NetworkSummary summary,
      String myStatus,
      boolean facilitator,
      boolean visibleInDirectory,
      String decisionMessage,
      List<MemberView> directory,
      int hiddenMembers,
      List<RequestView> requests,
      boolean reviewsClinically) {}

  public record MemberView(
      String displayName,
      String profession,
      String organisation,
      String region,
      boolean facilitator) {}

  public record RequestView(
      long id, String displayName, String profession, String organisation, Instant requestedAt) {}
}
