package org.parity.learning.web;

import org.parity.learning.domain.LearningException;
import org.parity.platform.web.PageMessages;

/** Says on the page why a learning step was refused, in the reader's language where it can. */
final class Refusals {

  private Refusals() {}

  static void show(PageMessages messages, LearningException refused) {
    if (refused.key() != null) {
      messages.error(refused.key(), refused.arguments());
    } else {
      messages.error("learn.refused", refused.getMessage());
    }
  }
}
