package org.parity.curriculum.domain;

import jakarta.ejb.ApplicationException;

/** A version that is in review, published or retired was asked to change (the API answers 409). */
@ApplicationException(rollback = true)
public class VersionNotEditableException extends RuntimeException {
  public VersionNotEditableException(VersionStatus status) {
    super(
        "A "
            + status.name().toLowerCase().replace('_', ' ')
            + " version cannot change; start a new draft from it.");
  }
}
