package org.digitworkbench.data.acquire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 serving fixture files under several behaviours:
 * {@code /gz/} only .gz names, {@code /raw/} only raw names, {@code /bad/} raw names with one byte
 * flipped, {@code /drop/} half of each file then a closed connection, {@code /stall/} half of each
 * file then silence for {@link #STALL_MILLIS}.
 */
final class LoopbackMirror implements AutoCloseable {

    static final long STALL_MILLIS = 4000;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, byte[]> raw;
    private final Map<String, byte[]> gz;

    LoopbackMirror(FixtureDataset fixture) throws IOException {
        this.raw = fixture.raw();
        this.gz = fixture.gz();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/gz/", exchange -> serve(exchange, gz.get(fileName(exchange))));
        server.createContext("/raw/", exchange -> serve(exchange, raw.get(fileName(exchange))));
        server.createContext("/bad/", exchange -> serve(exchange, flipped(raw.get(fileName(exchange)))));
        server.createContext("/drop/", this::serveHalfThenDrop);
        server.createContext("/stall/", this::serveHalfThenStall);
        server.setExecutor(executor);
        server.start();
    }

    String base(String behaviour) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + behaviour;
    }

    private static String fileName(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static byte[] flipped(byte[] content) {
        if (content == null) {
            return null;
        }
        byte[] copy = content.clone();
        copy[copy.length / 2] ^= 0x40;
        return copy;
    }

    private static void serve(HttpExchange exchange, byte[] content) throws IOException {
        try (exchange) {
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    /** Promises the whole file, sends its first half; false (and a 404) when there is no such file. */
    private boolean sendFirstHalf(HttpExchange exchange) throws IOException {
        byte[] content = raw.get(fileName(exchange));
        if (content == null) {
            serve(exchange, null);
            return false;
        }
        exchange.sendResponseHeaders(200, content.length);
        OutputStream out = exchange.getResponseBody();
        out.write(content, 0, content.length / 2);
        out.flush();
        return true;
    }

    private void serveHalfThenDrop(HttpExchange exchange) throws IOException {
        if (!sendFirstHalf(exchange)) {
            return;
        }
        // closing with bytes still owed makes the server drop the connection
        exchange.close();
    }

    private void serveHalfThenStall(HttpExchange exchange) throws IOException {
        if (!sendFirstHalf(exchange)) {
            return;
        }
        try {
            Thread.sleep(STALL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
