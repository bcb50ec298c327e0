package org.parity.curriculum.domain;

/** Single choice, multiple choice, or true/false. */
public enum QuestionType {
  SINGLE,
  MULTIPLE,
  TRUE_FALSE
}
