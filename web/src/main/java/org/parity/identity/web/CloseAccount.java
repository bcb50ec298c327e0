package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.parity.identity.application.AccountClosure;
import org.parity.identity.application.AccountClosure.Pending;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** /me/close: ask to close one's account (after a cooling-off week), or keep it after all. */
@Named
@RequestScoped
public class CloseAccount {

  @Inject AccountClosure closure;
  @Inject PageMessages messages;

  private boolean removePosts;
  private String confirmation;
  private Optional<Pending> pending;

  public void request() {
    try {
      pending = Optional.of(closure.requestMine(removePosts, confirmation, PageAddress.base()));
      messages.info("closure.requested");
    } catch (InvalidInput refused) {
      messages.fieldErrors("close", refused.fieldErrors());
    } catch (OutOfTurn refused) {
      messages.refused(refused);
    }
  }

  public void cancel() {
    closure.cancelMine();
    pending = Optional.empty();
    messages.info("closure.cancelled");
  }

  public Pending getPending() {
    if (pending == null) {
      pending = closure.mine();
    }
    return pending.orElse(null);
  }

  public boolean isRemovePosts() {
    return removePosts;
  }

  public void setRemovePosts(boolean removePosts) {
    this.removePosts = removePosts;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
