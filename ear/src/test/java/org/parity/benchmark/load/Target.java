package org.parity.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A page the load benchmark reads, and what it must show: checked once before it is timed, so that
 * the benchmark cannot time an error page or a sign-in redirect.
 */
record Target(String name, String path, Consumer<String> shows) {

  /** A post's list item; the list numbers it by its post number ({@code value}). */
  private static final Pattern POST =
      Pattern.compile("<li class=\"card post[^\"]*\"[^>]*value=\"(\\d+)\"");

  /** The sign-out form the layout shows to signed-in people only. */
  private static final String SIGN_OUT = "id=\"signOut\"";

  /** A thread page showing exactly the posts numbered {@code first} to {@code last}. */
  static Target thread(String name, String path, String title, int first, int last) {
    return new Target(
        name,
        path,
        html -> {
          List<Integer> shown =
              POST.matcher(html).results().map(m -> Integer.parseInt(m.group(1))).toList();
          assertThat(shown)
              .as("posts on " + path)
              .isEqualTo(IntStream.rangeClosed(first, last).boxed().toList());
          assertThat(html).as(path).contains(title);
        });
  }

  /** A page that shows each of {@code texts}, ignoring case. */
  static Target showing(String name, String path, String... texts) {
    return new Target(
        name,
        path,
        html -> {
          for (String text : texts) {
            assertThat(html.toLowerCase(Locale.ROOT))
                .as(path)
                .contains(text.toLowerCase(Locale.ROOT));
          }
        });
  }

  /** Fails unless the page answers 200 with its content, and as the visitor it was asked for. */
  void check(HttpResponse<String> page, boolean signedIn) {
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    shows.accept(page.body());
    assertThat(signedIn(page.body())).as("%s shown to someone signed in", path).isEqualTo(signedIn);
  }

  /** Whether a page was rendered for someone signed in: only they are offered to sign out. */
  static boolean signedIn(String html) {
    return html.contains(SIGN_OUT);
  }
}
