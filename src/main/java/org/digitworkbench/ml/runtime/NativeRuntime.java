package org.digitworkbench.ml.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Chooses which libnd4j build JavaCPP loads, before ND4J starts. The oneDNN build trains convolutions
 * about four times faster on CPUs with AVX2; the plain build is the fallback everywhere else.
 * A {@code javacpp.platform.extension} set by the user is left alone.
 */
public final class NativeRuntime {
    static final String EXTENSION_PROPERTY = "javacpp.platform.extension";
    static final String ONEDNN_EXTENSION = "-onednn-avx2";
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";

    private NativeRuntime() {
    }

    /** Call before the first use of ND4J; later calls are harmless. */
    public static synchronized void configure() {
        if (System.getProperty(EXTENSION_PROPERTY) != null) {
            return;
        }
        String platform = platform();
        boolean onednnPresent = NativeRuntime.class.getClassLoader()
                .getResource(BINDINGS + platform + ONEDNN_EXTENSION + "/libjnind4jcpu.so") != null;
        System.setProperty(EXTENSION_PROPERTY, onednnPresent && cpuHasAvx2() ? ONEDNN_EXTENSION : "");
    }

    /**
     * Loads ND4J's native libraries now, on the calling thread. The window does this before the JavaFX toolkit
     * starts: JavaCPP 1.5.7's {@code Loader.addressof} calls dlsym from inside a dl_iterate_phdr callback, so it
     * takes glibc's two loader locks in the opposite order to a dlopen, and a toolkit loading its own libraries
     * on another thread at that moment deadlocks both for good (seen in about one start in ten under Xvfb).
     */
    public static void loadNativeLibraries() {
        configure();
        Nd4j.create(DataType.FLOAT, 1);
    }

    /** The native build in use, e.g. {@code linux-x86_64-onednn-avx2}. */
    public static String variant() {
        configure();
        return platform() + System.getProperty(EXTENSION_PROPERTY, "");
    }

    /**
     * Limits ND4J's OpenMP threads for the calling thread only ({@code omp_set_num_threads} is per thread).
     * One image is too small to share out, and a second thread only competes with training elsewhere.
     * ND4J must be initialised first (any array creation does it). Returns false where the backend refuses.
     */
    public static boolean limitCallingThread(int threads) {
        try {
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static int threads() {
        String omp = System.getenv("OMP_NUM_THREADS");
        if (omp != null && omp.matches("\\d+")) {
            return Integer.parseInt(omp);
        }
        return Runtime.getRuntime().availableProcessors();
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osPart = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "macosx"
                : os.startsWith("windows") ? "windows" : os;
        String archPart = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
        return osPart + "-" + archPart;
    }

    static boolean cpuHasAvx2() {
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            return Files.isReadable(cpuinfo) && Files.readString(cpuinfo).contains(" avx2");
        } catch (IOException e) {
            return false;
        }
    }
}
