package org.parity.curriculum.domain;

import java.io.Serializable;
import java.util.List;

/** What a question asks and its options, each with the feedback a learner sees. */
public record QuestionContent(
    String key, QuestionType type, String text, List<QuestionOption> options)
    implements Serializable {}
