package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.application.CoBadging;
import org.parity.curriculum.application.StudioViews.CoBadgeView;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The studio desk's requests to co-badge other publishers' curricula, for a PUBLISHER of the
 * publisher asked: accept, decline, or later withdraw the badge with a reason.
 */
@Named
@ViewScoped
public class CoBadgeAnswers implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String ROWS = "co-badging:requests:";

  @Inject CoBadging coBadging;
  @Inject PageMessages messages;

  private List<CoBadgeView> requests;
  private final Map<Long, String> reasons = new HashMap<>();

  public void accept(long badgeId) {
    attempt(null, () -> coBadging.accept(badgeId, PageAddress.base()), "coBadge.accepted");
  }

  public void decline(long badgeId, int row) {
    attempt(
        ROWS + row,
        () -> coBadging.decline(badgeId, reasons.get(badgeId), PageAddress.base()),
        "coBadge.declined");
  }

  public void withdraw(long badgeId, int row) {
    attempt(
        ROWS + row,
        () -> coBadging.withdraw(badgeId, reasons.get(badgeId), PageAddress.base()),
        "coBadge.withdrawn");
  }

  private void attempt(String rowId, Runnable change, String successKey) {
    if (StudioStep.run(messages, rowId == null ? "co-badging" : rowId, change, successKey)) {
      reasons.clear();
    }
    requests = null;
  }

  public List<CoBadgeView> getRequests() {
    if (requests == null) {
      requests = coBadging.askedOfMe();
    }
    return requests;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
