package org.parity.identity.domain;

/** Why a proposed password is refused; each has a message key in the web module's bundle. */
public enum PasswordProblem {
  TOO_SHORT,
  TOO_LONG,
  REPETITIVE,
  CONTAINS_EMAIL,
  TOO_COMMON;

  public String messageKey() {
    return "password." + name().toLowerCase().replace('_', '.');
  }
}
