package org.parity.curriculum.domain;

/** Something kept in order inside a version (units, questions). */
interface Positioned {
  void position(int position);
}
