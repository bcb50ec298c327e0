package org.parity.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.network.application.NotificationService;
import org.parity.platform.web.PageMessages;

/** The bell in the header: the reader's unread count, asked once a page. */
@Named
@RequestScoped
public class NotificationBell {

  @Inject NotificationService notifications;
  @Inject PageMessages messages;
  private Long unread;

  /**
   * Counted once while the page renders; a postback also asks while it decodes (the header's {@code
   * rendered} test), before the action that may read notifications, so that answer is not kept.
   */
  public long getUnread() {
    if (unread != null) {
      return unread;
    }
    long count = notifications.unreadCount();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      unread = count;
    }
    return count;
  }

  /** "Notifications, 3 unread": what a screen reader says for the bell. */
  public String getLabel() {
    return messages.text("notify.bell.label", getUnread());
  }
}
