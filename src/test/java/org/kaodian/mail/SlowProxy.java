package org.kaodian.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback TCP proxy that holds back every chunk the server sends by a fixed delay, so that each
 * SMTP reply is slow and runs started together really overlap on the same members.
 */
final class SlowProxy implements AutoCloseable {
  private final ServerSocket socket;
  private final int targetPort;
  private final long delayMillis;

  SlowProxy(int targetPort, long delayMillis) throws IOException {
    this.targetPort = targetPort;
    this.delayMillis = delayMillis;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "slow-proxy");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        pump(client, server, 0);
        pump(server, client, delayMillis);
      } catch (IOException e) {
        // closed by the test
      }
    }
  }

  private static void pump(Socket from, Socket to, long delay) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buf)) >= 0) {
          if (delay > 0) {
            Thread.sleep(delay);
          }
          out.write(buf, 0, n);
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // one side went away
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "slow-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
