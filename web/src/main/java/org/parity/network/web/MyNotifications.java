package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parity.network.application.MailPreferenceService;
import org.parity.network.application.NotificationService;
import org.parity.network.application.NotificationViews.NotificationPage;
import org.parity.network.application.NotificationViews.SubscriptionView;
import org.parity.network.application.SubscriptionService;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /me/notifications: the member's notifications (opening one reads it and goes to the
 * post), how often they want mail, and what they follow.
 */
@Named
@ViewScoped
public class MyNotifications implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NotificationService notifications;
  @Inject MailPreferenceService preferences;
  @Inject SubscriptionService subscriptions;
  @Inject PageMessages messages;

  private int page = 1;
  private Long open;
  private Long notice;
  private NotificationPage list;
  private List<SubscriptionView> following;
  private String choice;

  /**
   * {@code ?open=id} reads that notification and goes to its post; {@code ?notice=id} reads that
   * notice and goes where it points.
   */
  public void load() {
    if (open != null || notice != null) {
      try {
        PageAddress.redirect(
            open != null ? notifications.open(open) : notifications.openNotice(notice));
        return;
      } catch (EJBAccessException e) {
        PageAddress.notFound();
        return;
      }
    }
    refresh();
    choice = preferences.mine();
  }

  private void refresh() {
    list = notifications.mine(page);
    following = subscriptions.mine();
  }

  public void markAllRead() {
    notifications.markAllRead();
    messages.info("notify.allRead");
    refresh();
  }

  public void saveChoice() {
    try {
      preferences.choose(choice);
      messages.info("notify.choice.saved." + choice);
    } catch (InvalidInput refused) {
      messages.fieldErrors("mail", refused.fieldErrors());
    }
  }

  public void unfollow(String type, long id) {
    subscriptions.unfollow(type, id);
    messages.info("notify.unfollowed");
    refresh();
  }

  public Long getNotice() {
    return notice;
  }

  public void setNotice(Long notice) {
    this.notice = notice;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Long getOpen() {
    return open;
  }

  public void setOpen(Long open) {
    this.open = open;
  }

  public NotificationPage getList() {
    return list;
  }

  public List<SubscriptionView> getFollowing() {
    return following;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }
}
