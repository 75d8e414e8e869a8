package org.kaodian.export.app;

/** Test access to GIFT escaping. */
public final class GiftProfileAccess {
  private GiftProfileAccess() {}

  public static String escape(String s) {
    return GiftProfile.escape(s);
  }
}
