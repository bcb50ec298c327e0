package org.parity.identity.application;

/**
 * A person's account was erased, in the transaction still under way: whatever else holds a copy of
 * what they wrote (the search index) forgets it, and, when {@code postsRemoved}, their posts' text.
 */
public record AccountErased(long accountId, boolean postsRemoved) {}
