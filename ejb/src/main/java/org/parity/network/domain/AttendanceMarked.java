package org.parity.network.domain;

import org.parity.learning.domain.CpdActivity;

/**
 * A facilitator marked whether someone came to a network's event ({@code attended}), or took the
 * mark back: the CPD log observes it and keeps one entry for the registration while it is marked.
 */
public record AttendanceMarked(
    long registrationId, long accountId, boolean attended, CpdActivity activity) {}
