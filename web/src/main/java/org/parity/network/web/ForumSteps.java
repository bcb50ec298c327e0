package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * Runs one forum or moderation step from a page and, when the service refuses it, says why: beside
 * the form's fields for bad input (or at the top when the form has none), at the top for a step out
 * of turn or a reader without the right.
 */
final class ForumSteps {

  private ForumSteps() {}

  static void attempt(PageMessages messages, String formId, Runnable step) {
    try {
      step.run();
    } catch (InvalidInput refused) {
      if (formId == null) {
        messages.error("input.invalid");
      } else {
        messages.fieldErrors(formId, refused.fieldErrors());
      }
    } catch (OutOfTurn refused) {
      messages.refused(refused);
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  /**
   * Runs a step as {@link #attempt} does and, when it is done, sends the reader back to {@code
   * address} (a path), where the message {@code done} says so.
   */
  static void attemptAndReturn(
      PageMessages messages, String formId, Runnable step, String done, String address) {
    attempt(
        messages,
        formId,
        () -> {
          step.run();
          messages.info(done);
          messages.keepForNextPage();
          PageAddress.redirect(address);
        });
  }
}
