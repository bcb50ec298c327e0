package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parity.network.application.SubscriptionService;
import org.parity.platform.web.PageMessages;

/**
 * The follow / stop following button of /WEB-INF/includes/subscription.xhtml, for a thread, a
 * category or a network; shown only to those who may read it.
 */
@Named
@RequestScoped
public class SubscriptionToggle {

  @Inject SubscriptionService subscriptions;
  @Inject PageMessages messages;
  private final Map<String, Optional<Boolean>> known = new HashMap<>();

  /** The network's id for its follow button ({@code 0}, shown to nobody, if there is none). */
  public long networkId(String slug) {
    return subscriptions.networkId(slug).orElse(0L);
  }

  /** What the page has already read with its content, so the button need not ask again. */
  public void know(String type, long id, boolean following) {
    known.put(type + ":" + id, Optional.of(following));
  }

  public boolean isShown(String type, long id) {
    return state(type, id).isPresent();
  }

  public boolean isFollowing(String type, long id) {
    return state(type, id).orElse(false);
  }

  public void toggle(String type, long id) {
    boolean following = isFollowing(type, id);
    try {
      if (following) {
        subscriptions.unfollow(type, id);
      } else {
        subscriptions.follow(type, id);
      }
      messages.info(following ? "notify.unfollowed" : "notify.followed." + type.toUpperCase());
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    } finally {
      known.clear();
    }
  }

  private Optional<Boolean> state(String type, long id) {
    return known.computeIfAbsent(type + ":" + id, k -> subscriptions.following(type, id));
  }
}
