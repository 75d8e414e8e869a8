package org.kaodian;

/** kaodian's version, as recorded in every export. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {}
}
