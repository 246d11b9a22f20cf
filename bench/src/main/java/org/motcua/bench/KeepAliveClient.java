package org.motcua.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * The load generator's HTTP/1.1 client: blocking keep-alive connections, one per request in flight, reused
 * when idle. It does only what the benchmark needs (POST a JSON body, read the status and skip the body), so
 * that the generator, which shares the two cores with the platform, costs little of them (the JDK client
 * cost about 0.3 ms of CPU per request here).
 */
final class KeepAliveClient implements AutoCloseable {

    private final InetSocketAddress address;
    private final String host;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "load-sender");
        thread.setDaemon(true);
        return thread;
    });

    KeepAliveClient(URI base) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.host = base.getHost() + ":" + base.getPort();
    }

    /** Posts the body on an idle connection (or a new one) and passes the status, or -1 on failure, to the callback. */
    void post(String path, String authorization, byte[] body, IntConsumer status) {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        senders.execute(() -> {
            Connection connection = idle.pollFirst();
            try {
                if (connection == null) {
                    connection = new Connection(address);
                }
                int code = connection.exchange(head, body);
                if (connection.reusable) {
                    idle.addFirst(connection);
                } else {
                    connection.close();
                }
                status.accept(code);
            } catch (IOException e) {
                if (connection != null) {
                    connection.close();
                }
                status.accept(-1);
            }
        });
    }

    @Override
    public void close() {
        senders.shutdownNow();
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            connection.close();
        }
    }

    /** One keep-alive connection. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean reusable;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 5000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int exchange(byte[] head, byte[] body) throws IOException {
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            int code = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            reusable = true;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    reusable = false;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers ignored
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                reusable = false; // body until the connection closes
            }
            return code;
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.US_ASCII);
        }

        private void skip(long n) throws IOException {
            for (long left = n; left > 0;) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
