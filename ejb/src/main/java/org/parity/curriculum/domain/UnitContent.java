package org.parity.curriculum.domain;

/**
 * What a unit holds. TEXT: body in Markdown. VIDEO: url and body (the transcript). REFLECTION: body
 * (the prompt). QUIZ: pass mark, question count drawn from the bank, and attempts (0: unlimited).
 */
public record UnitContent(
    UnitKind kind,
    String title,
    String body,
    String url,
    int passMark,
    int questionCount,
    int maxAttempts) {}
