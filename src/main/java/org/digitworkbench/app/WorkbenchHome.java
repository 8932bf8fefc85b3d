package org.digitworkbench.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the workbench keeps its files: {@code $DIGIT_WORKBENCH_HOME}, else {@code ~/.digit-workbench}, holding
 * {@code datasets/}, {@code models/}, {@code runs/}, {@code drawings/}, {@code cache/} and {@code gui.properties}.
 * The finer variables {@code DIGIT_WORKBENCH_DATA} and {@code DIGIT_WORKBENCH_MODELS} still move their own part.
 */
public final class WorkbenchHome {
    public static final String HOME_ENV = "DIGIT_WORKBENCH_HOME";
    public static final String DATA_ENV = "DIGIT_WORKBENCH_DATA";
    public static final String MODELS_ENV = "DIGIT_WORKBENCH_MODELS";

    private final Path root;
    private final Map<String, String> environment;

    WorkbenchHome(Map<String, String> environment, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.root = configured(HOME_ENV) != null ? configured(HOME_ENV) : userHome.resolve(".digit-workbench");
    }

    /** The home this process uses, from its environment. */
    public static WorkbenchHome current() {
        return new WorkbenchHome(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path root() {
        return root;
    }

    public Path datasets() {
        Path data = configured(DATA_ENV);
        return data != null ? data : root.resolve("datasets");
    }

    public Path models() {
        Path models = configured(MODELS_ENV);
        return models != null ? models : root.resolve("models");
    }

    public Path runs() {
        return root.resolve("runs");
    }

    /** The drawings the user labelled ("Wrong? It's a..."), one folder per data set. */
    public Path drawings() {
        return root.resolve("drawings");
    }

    /** What can be made again and is kept only to save time (the Gallery's answers); removing it loses nothing. */
    public Path cache() {
        return root.resolve("cache");
    }

    public Path settingsFile() {
        return root.resolve("gui.properties");
    }

    private Path configured(String variable) {
        String value = environment.get(variable);
        return value != null && !value.isBlank() ? Path.of(value) : null;
    }
}
