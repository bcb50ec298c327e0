package org.parity.network.domain;

import java.util.Set;

/**
 * Fired inside the transaction that stores a new forum post (a thread's first post or a reply), so
 * that whatever follows from it (subscriptions, notifications, mail in the outbox) commits or rolls
 * back with the post. {@code mentioned} holds the accounts the post names with {@code @}, already
 * resolved to members who may read the thread, without the author.
 */
public record PostPublished(
    long postId,
    long threadId,
    long categoryId,
    long networkId,
    long authorId,
    boolean startsThread,
    Set<Long> mentioned) {}
