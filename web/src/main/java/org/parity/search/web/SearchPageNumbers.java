package org.parity.search.web;

/** A page number from an address: whatever is not a sensible number means page 1. */
final class SearchPageNumbers {

  private SearchPageNumbers() {}

  static int of(String value) {
    if (value == null || !value.strip().matches("\\d{1,3}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(value.strip()));
  }
}
