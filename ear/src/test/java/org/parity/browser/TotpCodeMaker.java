package org.parity.browser;

import java.nio.ByteBuffer;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the codes an authenticator app would show (RFC 6238: HMAC-SHA1, six digits, 30 seconds),
 * from the key the page shows for typing: what the person's phone does, written out here.
 */
public final class TotpCodeMaker {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final byte[] key;

  public TotpCodeMaker(String typedKey) {
    this.key = base32(typedKey.replace(" ", "").toUpperCase());
  }

  public String codeAt(Instant when) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(when.getEpochSecond() / 30).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = (ByteBuffer.wrap(hash, offset, 4).getInt()) & 0x7fffffff;
      return String.format("%06d", binary % 1_000_000);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    long buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | BASE32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return java.util.Arrays.copyOf(out.array(), out.position());
  }
}
