package org.kaodian.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import org.kaodian.export.AtomicFiles;

/** The folder where messages go as .eml files when a group has no SMTP server, one per member and week. */
final class Outbox {
  private final Path dir;

  Outbox(Path dir) {
    this.dir = dir;
  }

  /** Writes the message atomically, so a file there is always a whole message. */
  Path write(String week, GroupConfig.Member m, MimeMessage msg) throws IOException {
    // The address is one checked mailbox (no commas, no group syntax), so it makes a plain file name.
    Path file = dir.resolve(week + "-" + GroupConfig.safeName(m.email()) + ".eml");
    AtomicFiles.write(file, out -> {
      try {
        msg.writeTo(out);
      } catch (MessagingException e) {
        throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    });
    return file;
  }
}
