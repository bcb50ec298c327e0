package org.parity.curriculum.domain;

/**
 * Fired inside the transaction that publishes a version of a module: the versions before it stop
 * being the one readers find, though they themselves did not change (the search index listens).
 */
public record ModuleVersionPublished(long moduleId) {}
