package org.parity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.RollbackException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryRefusedCommitsTest {

  private static final String BODY = "{\"body\":\"A reply\"}";

  // Logging a line would load ical4j's time-zone provider, which the unit tests' classpath lacks.
  @org.junit.jupiter.api.BeforeAll
  static void quiet() {
    java.util.logging.Logger.getLogger(RetryRefusedCommits.class.getName())
        .setLevel(java.util.logging.Level.OFF);
  }

  private final Map<String, Object> attributes = new HashMap<>();
  private final AtomicInteger resets = new AtomicInteger();
  private final List<String> bodiesRead = new ArrayList<>();
  private final java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();

  @Test
  void aChangeGaleraRefusedAtCommitRunsAgainWithItsBody() throws Exception {
    FilterChain chain =
        (request, response) -> {
          bodiesRead.add(
              new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
          // The API writes an answer each time; only the last run's reaches the client.
          response.getOutputStream().write(("answer " + bodiesRead.size()).getBytes());
          if (bodiesRead.size() == 1) {
            throw new ServletException(
                new RuntimeException(
                    new RollbackException("ARJUNA016053")
                        .initCause(
                            new SQLTransactionRollbackException(
                                "Deadlock found when trying to get lock", "40001", 1213))));
          }
        };
    new RetryRefusedCommits().doFilter(request("POST"), response(), chain);
    assertThat(bodiesRead).containsExactly(BODY, BODY);
    assertThat(resets).hasValue(1);
    assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("answer 2");
  }

  @Test
  void anAnswerMarkedAsRefusedIsMadeAgainAtMostThreeTimes() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    FilterChain chain =
        (request, response) -> {
          runs.incrementAndGet();
          RefusedCommits.mark(request);
        };
    new RetryRefusedCommits().doFilter(request("PUT"), response(), chain);
    assertThat(runs).hasValue(RetryRefusedCommits.ATTEMPTS);
  }

  @Test
  void otherFailuresAndReadingAreNotRunAgain() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    FilterChain duplicate =
        (request, response) -> {
          runs.incrementAndGet();
          throw new ServletException(new SQLException("Duplicate entry", "23000", 1062));
        };
    assertThatThrownBy(
            () -> new RetryRefusedCommits().doFilter(request("POST"), response(), duplicate))
        .isInstanceOf(ServletException.class);
    assertThat(runs).hasValue(1);

    FilterChain refused =
        (request, response) -> {
          runs.incrementAndGet();
          throw new ServletException(new SQLException("Deadlock", "40001", 1213));
        };
    assertThatThrownBy(
            () -> new RetryRefusedCommits().doFilter(request("GET"), response(), refused))
        .isInstanceOf(ServletException.class);
    assertThat(runs).hasValue(2);
    assertThat(resets).hasValue(0);
  }

  private HttpServletRequest request(String method) {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    ServletInputStream stream = RetryRefusedCommits.Replayed.streamOf(body);
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getContentType" -> "application/json";
                  case "getContentLengthLong" -> (long) body.length;
                  case "getInputStream" -> stream;
                  case "getRequestURI" -> "/api/v1/networks/n/threads/1/posts";
                  case "getContextPath" -> "";
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  default -> null;
                });
  }

  private jakarta.servlet.ServletOutputStream output() {
    return new jakarta.servlet.ServletOutputStream() {
      @Override
      public void write(int b) {
        sent.write(b);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(jakarta.servlet.WriteListener listener) {}
    };
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "isCommitted" -> false;
                  case "reset" -> resets.incrementAndGet();
                  case "getOutputStream" -> output();
                  default -> null;
                });
  }
}
