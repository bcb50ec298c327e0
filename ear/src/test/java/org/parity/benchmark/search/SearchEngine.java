package org.parity.benchmark.search;

import java.util.List;

/** One way of answering a query: the slugs of its first ten case studies, best first. */
interface SearchEngine {

  String name();

  List<String> topTen(String query) throws Exception;
}
