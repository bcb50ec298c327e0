package org.parity.search.application;

/** How many results a facet value would keep, e.g. (priorityArea, SMI_PRIMARY_CARE, 4). */
public record FacetCount(String name, String value, long count) {}
