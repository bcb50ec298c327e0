package org.parity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.browser.ApiSession;
import org.parity.it.Deployments;
import org.parity.network.application.ForumService;

/**
 * The long-thread benchmark: page 1 and page 400 of a 10,000-post thread against a thread with only
 * its opening post, rendered by the real pages in the same run. Posts are found by their number, so
 * the deepest page should cost about what the first does (the target is 1.5×).
 *
 * <p>Run by {@code ./mvnw -Pbenchmark verify} only (failsafe's usual run takes {@code *IT}
 * classes). It reports and never fails on time; it fails if a page shows the wrong posts, so that
 * it cannot time an error page. Sizes come from system properties {@code benchmark.posts}, {@code
 * benchmark.samples} and {@code benchmark.warmup}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumPagesBenchmark {

  private static final int PAGE = ForumService.POSTS_PER_PAGE;

  /** A post's list item; the list numbers it by its post number ({@code value}). */
  private static final Pattern POST =
      Pattern.compile("<li class=\"card post[^\"]*\"[^>]*value=\"(\\d+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  @Test
  void theDeepestPageOfALongThreadAgainstItsFirstAndAnEmptyThread() throws Exception {
    int posts = Integer.getInteger("benchmark.posts", 10_000);
    int samples = Integer.getInteger("benchmark.samples", 300);
    int warmup = Integer.getInteger("benchmark.warmup", 50);
    LongThreadSeed.Forum forum = new LongThreadSeed(base, System.out).seed(posts);
    int deepest = (posts + PAGE - 1) / PAGE;

    List<Target> targets =
        List.of(
            new Target(
                new Latencies("Empty thread (1 post), page 1"),
                forum.page(forum.emptyThread(), 1),
                1,
                1),
            new Target(
                new Latencies("Long thread, page 1"), forum.page(forum.longThread(), 1), 1, PAGE),
            new Target(
                new Latencies("Long thread, page " + deepest),
                forum.page(forum.longThread(), deepest),
                (deepest - 1) * PAGE + 1,
                posts));
    ApiSession reader = ApiSession.anonymous(base);
    for (Target target : targets) {
      target.check(reader.get(target.path).body());
    }

    for (int round = 0; round < warmup + samples; round++) {
      // The order turns every round, so no page always follows the same one.
      for (int i = 0; i < targets.size(); i++) {
        Target target = targets.get((round + i) % targets.size());
        long started = System.nanoTime();
        HttpResponse<String> page = reader.get(target.path);
        long took = System.nanoTime() - started;
        assertThat(page.statusCode()).as(target.path).isEqualTo(200);
        if (round >= warmup) {
          target.latencies.add(took, page.body().getBytes(StandardCharsets.UTF_8).length);
        }
      }
    }
    for (Target target : targets) {
      target.check(reader.get(target.path).body());
    }

    BenchmarkReport report =
        new BenchmarkReport(
            forum,
            warmup,
            targets.get(0).latencies,
            targets.get(1).latencies,
            targets.get(2).latencies);
    Path file = Path.of(System.getProperty("benchmark.report", "target/benchmark/forum-pages.md"));
    System.out.println(report.write(file));
    System.out.println("Written to " + file.toAbsolutePath());
  }

  /** One page the benchmark reads, and the posts (by number) it must show. */
  private record Target(Latencies latencies, String path, int firstPost, int lastPost) {

    void check(String html) {
      List<Integer> shown =
          POST.matcher(html).results().map(m -> Integer.parseInt(m.group(1))).toList();
      List<Integer> expected = IntStream.rangeClosed(firstPost, lastPost).boxed().toList();
      assertThat(shown).as("posts on " + path).isEqualTo(expected);
      assertThat(html)
          .as(path)
          .contains(LongThreadSeed.postText(firstPost).substring(0, 20))
          .contains("Post number " + lastPost + ".");
    }
  }
}
