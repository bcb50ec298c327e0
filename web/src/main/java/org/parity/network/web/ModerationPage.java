package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.parity.network.application.ForumModeration;
import org.parity.network.application.ModerationViews.FlaggedPost;
import org.parity.network.application.ModerationViews.ModerationQueue;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/moderation, for the network's facilitators: flagged posts, current
 * suspensions and the moderation log.
 */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ForumModeration moderation;
  @Inject PageMessages messages;

  private String slug;
  private int page = 1;
  private ModerationQueue queue;
  private final Map<String, String> reasons = new HashMap<>();

  /** Anyone but the network's facilitators and administrators gets a 404, as for a closed page. */
  public void load() {
    try {
      queue = moderation.queue(slug, page);
    } catch (EJBAccessException e) {
      PageAddress.notFound();
    }
  }

  public void hide(FlaggedPost post, int row) {
    attempt(
        "flagged:" + row + ":decide",
        () -> moderation.hide(slug, post.threadId(), post.number(), reasons.get(key(post))),
        "moderation.hidden");
  }

  public void dismiss(FlaggedPost post, int row) {
    attempt(
        "flagged:" + row + ":decide",
        () -> moderation.dismissFlags(slug, post.threadId(), post.number(), reasons.get(key(post))),
        "moderation.dismissed");
  }

  public void lift(long suspensionId) {
    attempt(null, () -> moderation.lift(slug, suspensionId, null), "moderation.lifted");
  }

  public static String key(FlaggedPost post) {
    return post.threadId() + "-" + post.number();
  }

  private void attempt(String formId, Runnable step, String done) {
    ForumSteps.attemptAndReturn(messages, formId, step, done, "/networks/" + slug + "/moderation");
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public ModerationQueue getQueue() {
    return queue;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
