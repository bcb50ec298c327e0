package org.parity.identity.domain;

/** What a person may do in Parity; an account holds any number of them. */
public enum Role {
  LEARNER,
  MEMBER,
  FACILITATOR,
  EDITOR,
  PUBLISHER,
  ADMIN;

  /** Every role name, for {@code @DeclareRoles} and checks that take strings. */
  public static final String[] NAMES = {
    "LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"
  };
}
