package org.parity.curriculum.domain;

/** Where a version of a module or curriculum is in its life. Only a DRAFT may change. */
public enum VersionStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  RETIRED
}
