package org.parity.curriculum.domain;

/** TEXT in Markdown, VIDEO as a link with its transcript, a REFLECTION prompt, or a QUIZ. */
public enum UnitKind {
  TEXT,
  VIDEO,
  REFLECTION,
  QUIZ
}
