package org.kaodian.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes text bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
public final class CharsetDetector {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private CharsetDetector() {}

  /**
   * Decodes {@code bytes}, detecting the charset from a BOM or, without one, by trying strict UTF-8
   * first and GB18030 (a superset of GBK) second.
   *
   * @throws InputException when the bytes look binary rather than text
   */
  public static String decode(byte[] bytes) throws InputException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (looksBinary(bytes)) {
      throw new InputException("not a text file (binary content); save it as UTF-8 or GBK text");
    }
    String text = strict(bytes, StandardCharsets.UTF_8);
    if (text != null) {
      return text;
    }
    text = strict(bytes, GB18030);
    if (text != null) {
      return text;
    }
    throw new InputException("text is neither valid UTF-8 nor GB18030/GBK; re-save it as UTF-8");
  }

  /** Names the charset {@link #decode} would use, for messages and tests. */
  public static String detectName(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return "UTF-8 (BOM)";
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return "UTF-16";
    }
    return strict(bytes, StandardCharsets.UTF_8) != null ? "UTF-8" : "GB18030";
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
