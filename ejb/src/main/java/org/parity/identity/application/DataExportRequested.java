package org.parity.identity.application;

/** A copy of someone's data was asked for; it is made once the request has committed. */
public record DataExportRequested(long exportId, String pageBase) {}
