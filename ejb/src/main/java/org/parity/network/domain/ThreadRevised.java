package org.parity.network.domain;

/**
 * Fired inside the transaction that changes what a thread's existing posts say or show (an edit, a
 * post hidden or restored), which a new reply would not signal; the search index listens.
 */
public record ThreadRevised(long threadId) {}
