package org.parity.curriculum.domain;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** An answer a learner may choose, whether it is right, and why. */
@Embeddable
public record QuestionOption(String text, boolean correct, String feedback)
    implements Serializable {}
