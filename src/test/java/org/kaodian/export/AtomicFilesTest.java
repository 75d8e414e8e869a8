package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void aFailedWriteLeavesTheOldFileWholeAndNoTempBehind(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("items.json");
    Files.writeString(target, "old", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    AtomicFiles.writeString(target, "new");
    assertThat(Files.readString(target)).isEqualTo("new");
  }
}
