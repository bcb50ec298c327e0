package org.parity.network.application;

import java.time.Instant;
import java.util.List;

/** What the forum pages show: plain values; post HTML is already sanitised. */
public final class ForumViews {

  private ForumViews() {}

  public record CategoryView(long id, String name, String description) {}

  public record ThreadSummary(
      long id, String title, String category, String author, int posts, Instant lastPostAt) {}

  /** A page of a network's threads and whether the reader may start one. */
  public record ThreadList(
      List<CategoryView> categories,
      List<ThreadSummary> threads,
      int page,
      int pages,
      boolean mayPost) {}

  public record PostView(long id, int number, String author, String html, Instant at) {}

  public record ThreadPage(
      long id,
      String networkSlug,
      String networkName,
      String title,
      String category,
      List<PostView> posts,
      int page,
      int pages,
      boolean mayReply) {}
}
