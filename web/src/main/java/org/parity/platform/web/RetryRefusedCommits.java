package org.parity.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a change again when the database refused its commit ({@link RefusedCommits}) or the API
 * answered that another change came first: up to eight runs, a little further apart each time,
 * before anything of the answer has gone out. The last of the filters, so the others run once. Form
 * posts keep their parameters (read before the first run); other bodies of a known length up to 1
 * MB are kept and replayed; larger or streamed ones and uploads are not retried.
 */
public class RetryRefusedCommits extends HttpFilter {

  static final int ATTEMPTS = 8;
  private static final int LARGEST_REPLAYED_BODY = 1 << 20;
  private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Logger LOG = Logger.getLogger(RetryRefusedCommits.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    long length = request.getContentLengthLong();
    if (!CHANGES.contains(request.getMethod())
        || type.startsWith("multipart/")
        || length > LARGEST_REPLAYED_BODY
        || (length < 0 && request.getHeader("Transfer-Encoding") != null)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest replayable;
    if (type.startsWith("application/x-www-form-urlencoded")) {
      request.getParameterMap(); // read once; the container keeps the parameters for every run
      replayable = request;
    } else {
      byte[] body = length > 0 ? request.getInputStream().readNBytes((int) length) : new byte[0];
      replayable = new Replayed(request, body);
    }
    // The API writes its answer before this filter sees it: hold it back until it is the last.
    Held held =
        request.getRequestURI().startsWith(request.getContextPath() + "/api/")
            ? new Held(response)
            : null;
    HttpServletResponse answer = held == null ? response : held;
    for (int attempt = 1; ; attempt++) {
      try {
        chain.doFilter(replayable, answer);
        if (request.getAttribute(RefusedCommits.ATTRIBUTE) == null
            || attempt == ATTEMPTS
            || response.isCommitted()) {
          if (held != null) {
            held.release();
          }
          return;
        }
      } catch (IOException | ServletException | RuntimeException failure) {
        if (!RefusedCommits.isRefusedCommit(failure)
            || attempt == ATTEMPTS
            || response.isCommitted()) {
          throw failure;
        }
      }
      request.removeAttribute(RefusedCommits.ATTRIBUTE);
      answer.reset();
      LOG.info(
          () -> request.getMethod() + " " + request.getRequestURI() + ": commit refused, again");
      pause(attempt);
    }
  }

  /** Random, so that the requests that collided do not collide again. */
  private static void pause(int attempt) throws ServletException {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("Interrupted", e);
    }
  }

  /** The API's answer, held until the last run: only then is it sent. */
  static final class Held extends HeldResponse {

    Held(HttpServletResponse response) {
      super(response);
    }

    void release() throws IOException {
      byte[] answer = body();
      if (answer.length > 0) {
        getResponse().getOutputStream().write(answer);
      }
    }
  }

  /** The request with a body that each run reads from the start. */
  static final class Replayed extends HttpServletRequestWrapper {

    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      return streamOf(body);
    }

    /** A body read from the start, as a container's blocking request stream. */
    static ServletInputStream streamOf(byte[] body) {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("Not asynchronous");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
