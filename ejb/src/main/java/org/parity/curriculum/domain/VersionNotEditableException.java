package org.parity.curriculum.domain;

import org.parity.platform.OutOfTurn;

/** A version that is in review, published or retired was asked to change (the API answers 409). */
public class VersionNotEditableException extends OutOfTurn {

  private static final long serialVersionUID = 1L;

  public VersionNotEditableException(VersionStatus status) {
    super(
        "A "
            + status.name().toLowerCase().replace('_', ' ')
            + " version cannot change; start a new draft from it.",
        "studio.version.notEditable");
  }
}
