package org.parity.network.domain;

/**
 * Counts of people by profession or region leave an export only when at least five people make
 * them: fewer could name a person (the one pharmacist in a team).
 */
public final class SmallNumbers {

  public static final int FEWEST = 5;

  /** What an export shows for a group of this many people. */
  public static final String HIDDEN = "fewer than 5";

  private SmallNumbers() {}

  public static boolean shown(long people) {
    return people >= FEWEST || people == 0;
  }

  public static String count(long people) {
    return shown(people) ? Long.toString(people) : HIDDEN;
  }
}
