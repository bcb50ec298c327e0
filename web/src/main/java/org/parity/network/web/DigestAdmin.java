package org.parity.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.network.application.DigestService;
import org.parity.platform.web.PageMessages;

/** The button on /admin that sends the daily discussion digests now. */
@Named
@RequestScoped
public class DigestAdmin {

  @Inject DigestService digests;
  @Inject PageMessages messages;

  public void sendNow() {
    messages.info("notify.digests.sent", digests.sendNow());
  }
}
