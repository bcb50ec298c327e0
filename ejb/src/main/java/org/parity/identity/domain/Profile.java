package org.parity.identity.domain;

import java.io.Serializable;

/** Who a person is professionally, as they describe themselves. Codes come from the taxonomy. */
public record Profile(
    String displayName,
    String profession,
    String organisationName,
    String registrationBody,
    String registrationNumber,
    String region)
    implements Serializable {

  public static final int MAX_DISPLAY_NAME = 100;

  /** For accounts Parity makes itself, until their owners say which profession is theirs. */
  public static final String OTHER_PROFESSION = "OTHER";
}
