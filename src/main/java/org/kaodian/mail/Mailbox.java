package org.kaodian.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Parses one e-mail mailbox from a user's file into an address and an optional display name. */
final class Mailbox {
  private Mailbox() {}

  /**
   * Parses {@code raw} as exactly one mailbox, {@code addr} or {@code Name <addr>}, and returns it
   * built afresh from its parts, so nothing of the raw text reaches a header.
   *
   * @throws AddressException with a message saying what to fix (without the file and line)
   */
  static InternetAddress parse(String raw) throws AddressException {
    String v = raw == null ? "" : raw.strip();
    if (v.isEmpty()) {
      throw new AddressException("empty e-mail address");
    }
    if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new AddressException("control character or line break in e-mail address (header injection)");
    }
    InternetAddress[] all;
    try {
      all = InternetAddress.parse(v, true);
    } catch (AddressException e) {
      throw new AddressException("invalid e-mail address '" + v + "' (" + e.getMessage() + ")");
    }
    if (all.length != 1) {
      throw new AddressException("'" + v + "' holds " + all.length + " addresses; give exactly one");
    }
    InternetAddress a = all[0];
    if (a.isGroup()) {
      throw new AddressException("'" + v + "' is an address group (name: a, b;); give one address");
    }
    try {
      a.validate();
    } catch (AddressException e) {
      throw new AddressException("invalid e-mail address '" + v + "' (" + e.getMessage() + ")");
    }
    String address = a.getAddress();
    if (address.chars().anyMatch(c -> c > 0x7e)) {
      throw new AddressException("'" + address + "' has non-ASCII characters, which need SMTPUTF8; kaodian does not use it");
    }
    return of(address, a.getPersonal());
  }

  /** A mailbox from an address already checked and a display name (null or blank for none). */
  static InternetAddress of(String address, String name) {
    try {
      InternetAddress a = new InternetAddress(address, true);
      if (name != null && !name.isBlank()) {
        a.setPersonal(name.strip(), StandardCharsets.UTF_8.name());
      }
      return a;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("not a checked address: " + address, e);
    }
  }

  /**
   * A member's identity: the address with case ignored, domain and local part alike (see the
   * README: no mainstream provider tells local parts apart by case, and two copies are worse).
   */
  static String identity(InternetAddress a) {
    return a.getAddress().toLowerCase(Locale.ROOT);
  }

  /** Whether a host name is this machine (where a test server may run without TLS). */
  static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.startsWith("127.");
  }
}
