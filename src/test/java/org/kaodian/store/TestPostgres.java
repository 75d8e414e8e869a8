package org.kaodian.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for tests: Debian's binaries ({@code .ci/run} installs the
 * {@code postgresql} package), a cluster in a temporary folder on a free loopback port, started once
 * per test JVM and stopped when it exits; each test gets a fresh database.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String base;

  private TestPostgres() {}

  /** A JDBC URL of a new, empty database on the test server. */
  public static synchronized String freshDatabase() throws Exception {
    if (base == null) {
      base = start();
    }
    String name = "kaodian_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base + "postgres?user=kaodian"); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return base + name + "?user=kaodian";
  }

  private static String start() throws Exception {
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      String why = "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(why + "; .ci/run installs them");
      }
      Assumptions.abort(why);
    }
    Path dir = Files.createTempDirectory("kaodian-pg");
    // PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = dir.resolve("data");
    run(root, bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "kaodian", "-A", "trust", "-E",
        "UTF8", "--no-locale");
    run(root, bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
        "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        run(root, bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } catch (Exception e) {
        System.err.println("test PostgreSQL in " + dir + " not stopped: " + e.getMessage());
      }
    }));
    return "jdbc:postgresql://127.0.0.1:" + port + "/";
  }

  private static Optional<Path> binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString().replaceAll("\\D", "0"))));
    }
  }

  private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }
  }
}
