package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.digitworkbench.data.DataFile;
import org.digitworkbench.data.DatasetId;

/**
 * Downloads the files from public HTTP mirrors, trying {@code <base>/<rawName>.gz} and then
 * {@code <base>/<rawName>} at each base URL in turn. Files that one mirror could not give are
 * asked of the next; a mirror that fails is not asked again.
 */
public final class HttpMirrorSource implements DatasetSource {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public static final Map<DatasetId, List<String>> DEFAULT_MIRRORS = Map.of(
            DatasetId.MNIST, List.of(
                    "https://storage.googleapis.com/cvdf-datasets/mnist",
                    "https://ossci-datasets.s3.amazonaws.com/mnist"),
            DatasetId.FASHION_MNIST, List.of(
                    "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com",
                    "https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion"));

    private static final long REPORT_EVERY = 1L << 20;

    private final Map<DatasetId, List<String>> baseUrls;
    private final Duration readTimeout;
    private final HttpClient client;

    public HttpMirrorSource(Map<DatasetId, List<String>> baseUrls, Duration connectTimeout, Duration readTimeout) {
        this.baseUrls = new EnumMap<>(DatasetId.class);
        baseUrls.forEach((id, urls) -> this.baseUrls.put(id, List.copyOf(urls)));
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static HttpMirrorSource withDefaultMirrors() {
        return new HttpMirrorSource(DEFAULT_MIRRORS, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    @Override
    public String name() {
        return "http-mirror";
    }

    public List<String> baseUrls(DatasetId id) {
        return baseUrls.getOrDefault(id, List.of());
    }

    @Override
    public Path acquire(DatasetId id, Path stagingDir, ProgressListener progress) throws IOException {
        List<String> bases = baseUrls(id);
        if (bases.isEmpty()) {
            throw new IOException("no mirror configured for " + id.id());
        }
        Set<DataFile> pending = new LinkedHashSet<>(id.files());
        List<String> reasons = new ArrayList<>();
        for (String base : bases) {
            try {
                for (DataFile file : List.copyOf(pending)) {
                    fetch(stripSlash(base), file, stagingDir, progress);
                    pending.remove(file);
                }
                return stagingDir;
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                reasons.add(base + ": " + Failures.describe(e));
            }
        }
        throw new IOException(String.join("; ", reasons));
    }

    private void fetch(String base, DataFile file, Path stagingDir, ProgressListener progress) throws IOException {
        try {
            download(URI.create(base + "/" + file.gzName()), stagingDir.resolve(file.gzName()), progress);
        } catch (HttpStatusException gzMissing) {
            try {
                download(URI.create(base + "/" + file.rawName()), stagingDir.resolve(file.rawName()), progress);
            } catch (HttpStatusException rawMissing) {
                throw new IOException(gzMissing.getMessage() + ", " + rawMissing.getMessage());
            }
        }
    }

    private void download(URI uri, Path target, ProgressListener progress) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while connecting to " + uri);
        }
        String name = target.getFileName().toString();
        Path part = target.resolveSibling(name + ".part");
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new HttpStatusException(uri, response.statusCode());
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long received = copyWithWatchdog(body, part, length, progress, "download " + name, uri);
            if (length >= 0 && received != length) {
                throw new IOException(uri + ": connection closed after " + received + " of " + length + " bytes");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private long copyWithWatchdog(InputStream body, Path part, long length, ProgressListener progress,
                                  String stage, URI uri) throws IOException {
        long received = 0;
        long lastReport = 0;
        progress.onProgress(stage, 0, length);
        try (StallWatchdog watchdog = new StallWatchdog(readTimeout, body);
             OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[1 << 16];
            try {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    watchdog.activity();
                    out.write(buffer, 0, n);
                    received += n;
                    if (received - lastReport >= REPORT_EVERY) {
                        progress.onProgress(stage, received, length);
                        lastReport = received;
                    }
                }
            } catch (IOException e) {
                if (watchdog.fired()) {
                    throw stalled(uri, received);
                }
                throw new IOException(uri + ": download failed after " + received + " bytes", e);
            }
            if (watchdog.fired()) {
                throw stalled(uri, received);
            }
        }
        progress.onProgress(stage, received, length);
        return received;
    }

    private IOException stalled(URI uri, long received) {
        return new IOException(uri + ": no data for " + readTimeout.toMillis() + " ms after " + received + " bytes");
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The mirror answered, but not with the file; worth trying the other name. */
    private static final class HttpStatusException extends IOException {
        HttpStatusException(URI uri, int status) {
            super(uri + " answered HTTP " + status);
        }
    }
}
