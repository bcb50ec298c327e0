package org.parity.network.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory while the page renders, so it can be kept for the next
 * visitor; status, headers, errors and redirects go straight through.
 */
final class CapturedPage extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private int status = SC_OK;
  private boolean passedThrough;

  CapturedPage(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called first");
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
              body.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("A captured page is written at once");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called first");
    }
    if (writer == null) {
      writer =
          new PrintWriter(
              new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())), false);
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void setStatus(int code) {
    status = code;
    super.setStatus(code);
  }

  @Override
  public void sendError(int code, String message) throws IOException {
    status = code;
    passedThrough = true;
    super.sendError(code, message);
  }

  @Override
  public void sendError(int code) throws IOException {
    status = code;
    passedThrough = true;
    super.sendError(code);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    status = SC_FOUND;
    passedThrough = true;
    super.sendRedirect(location);
  }

  @Override
  public boolean isCommitted() {
    return passedThrough || super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    body.reset();
  }

  @Override
  public void reset() {
    body.reset();
    super.reset();
  }

  /** A whole page rendered here (not an error or a redirect, which went through already). */
  boolean isWholePage() {
    return !passedThrough && status == SC_OK;
  }

  /** Whether anything is left to write: the page, or a status the page set without a body. */
  boolean passedThrough() {
    return passedThrough;
  }

  byte[] body() {
    flushBuffer();
    return body.toByteArray();
  }
}
