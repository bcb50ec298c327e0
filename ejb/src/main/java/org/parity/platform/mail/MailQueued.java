package org.parity.platform.mail;

/** Fired when a mail is written to the outbox; delivery waits for the transaction to commit. */
public record MailQueued(long mailId) {}
