package org.parity.curriculum.web;

import jakarta.ejb.EJBAccessException;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageMessages;

/**
 * Runs one change from a studio page and says on the page how it went: done, refused field by
 * field, out of turn in the workflow, or not allowed.
 */
final class StudioStep {

  private StudioStep() {}

  /** True when the change was made. */
  static boolean run(PageMessages messages, String formId, Runnable change, String successKey) {
    try {
      change.run();
      if (successKey != null) {
        messages.info(successKey);
      }
      return true;
    } catch (InvalidInput refused) {
      messages.fieldErrors(formId, refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
    return false;
  }
}
