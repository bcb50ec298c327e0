package org.parity.benchmark.load;

import java.util.List;

/**
 * What the load benchmarks read: a network with a long thread and a thread of one post, and the
 * Cookie headers of the readers signed in to it and of the facilitators who wrote it.
 *
 * @param run what tells this forum's people (their addresses) from another run's
 */
record LoadForum(
    String run,
    String slug,
    long longThread,
    String longTitle,
    long quietThread,
    String quietTitle,
    List<String> readerCookies,
    List<String> writerCookies) {

  LoadForum withCookies(List<String> readers, List<String> writers) {
    return new LoadForum(
        run, slug, longThread, longTitle, quietThread, quietTitle, readers, writers);
  }

  String page(long thread, int page) {
    return "/networks/" + slug + "/threads/" + thread + "?page=" + page;
  }
}
