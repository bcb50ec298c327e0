package org.parity.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body stays in memory until its owner decides what to send: a visitor's page kept
 * for the next visitor, or an answer held back until a change has run for the last time. Status and
 * headers go straight to the response underneath.
 */
public class HeldResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;

  public HeldResponse(HttpServletResponse response) {
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
              throw new UnsupportedOperationException("A held response is written at once");
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
      String encoding = getCharacterEncoding();
      writer =
          new PrintWriter(
              new OutputStreamWriter(
                  body, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)),
              false);
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
  public void resetBuffer() {
    forgetBody();
  }

  @Override
  public void reset() {
    forgetBody();
    super.reset();
  }

  /** What was written so far. */
  public byte[] body() {
    flushBuffer();
    return body.toByteArray();
  }

  private void forgetBody() {
    body.reset();
    stream = null;
    writer = null;
  }
}
