package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder ({@code ../shared} beside the repository: seeds and eval gold sets) by walking
 * up from the working directory. Tests read the seed articles from there; they are never copied into the repo.
 */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        String env = System.getenv("SITREP_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path c = p.resolve("shared");
            if (Files.isDirectory(c.resolve("seeds"))) return c;
            c = p.resolveSibling("shared");
            if (Files.isDirectory(c.resolve("seeds"))) return c;
            p = p.getParent();
        }
        throw new IllegalStateException("cannot find ../shared/seeds from " + Path.of("").toAbsolutePath()
                + "; set SITREP_SHARED");
    }

    public static Path seeds() { return dir().resolve("seeds"); }

    public static Path eval() { return dir().resolve("eval"); }
}
