package org.parity.casestudy.domain;

/** Fired inside the transaction whenever a case study is published or republished. */
public record CaseStudyPublished(long caseStudyId) {}
