package org.parity.curriculum.domain;

/**
 * A publisher retired a published module version: learners enrolled on it keep their access and are
 * told, with the publisher's reason.
 */
public record ModuleVersionRetired(long versionId, String reason, String pageBase) {}
