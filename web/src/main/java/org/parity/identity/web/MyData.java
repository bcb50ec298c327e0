package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.identity.application.PersonalDataExports;
import org.parity.identity.application.PersonalDataExports.ExportView;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** /me/data: ask for a copy of one's data, watch it being made, download it. */
@Named
@RequestScoped
public class MyData {

  @Inject PersonalDataExports exports;
  @Inject PageMessages messages;

  private List<ExportView> copies;

  public void request() {
    try {
      exports.requestMine(PageAddress.base());
      messages.info("data.requested");
      copies = null;
    } catch (OutOfTurn refused) {
      messages.refused(refused);
    }
  }

  public List<ExportView> getCopies() {
    if (copies == null) {
      copies = exports.mine();
    }
    return copies;
  }

  public boolean isAnyMaking() {
    return getCopies().stream().anyMatch(ExportView::making);
  }
}
