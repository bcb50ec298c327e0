package org.parity.learning.application;

/** A learning statement was written; once its transaction commits it may go to the record store. */
public record StatementRecorded(String statementId) {}
