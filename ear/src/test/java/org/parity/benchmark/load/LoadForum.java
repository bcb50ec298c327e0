package org.parity.benchmark.load;

import java.util.List;

/**
 * What the load benchmark reads: a network with a long thread and a thread of one post, and the
 * session cookies of the readers signed in to it.
 */
record LoadForum(
    String slug,
    long longThread,
    String longTitle,
    long quietThread,
    String quietTitle,
    List<String> readerCookies) {

  String page(long thread, int page) {
    return "/networks/" + slug + "/threads/" + thread + "?page=" + page;
  }
}
