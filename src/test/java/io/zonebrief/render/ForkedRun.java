package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A zonebrief run in a JVM of its own, for what only another process shows: kill -9, a second run's lock. */
final class ForkedRun implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;

    private ForkedRun(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with {@code args} on this test's class path, with extra JVM options first. */
    static ForkedRun start(Path workDir, List<String> jvmOptions, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectError(workDir.resolve("stderr.txt").toFile());
        return new ForkedRun(pb.start());
    }

    /** Starts a run that stops at {@code step} and waits until it is there. */
    static ForkedRun stoppedAt(Path workDir, String step, String... cli) throws IOException {
        String[] args = new String[cli.length + 1];
        args[0] = step;
        System.arraycopy(cli, 0, args, 1, cli.length);
        ForkedRun run = start(workDir, List.of(), StopAt.class.getName(), args);
        String line;
        while ((line = run.out.readLine()) != null) {
            if (line.equals("AT " + step)) {
                return run;
            }
        }
        run.close();
        fail("the forked run ended before '" + step + "': " + java.nio.file.Files.readString(workDir.resolve("stderr.txt")));
        return run;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Lets a run stopped at its step go on. */
    void resume() throws IOException {
        process.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** kill -9: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Ctrl-C or SIGTERM: shutdown hooks run. */
    void terminate() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Waits for the end and gives the exit code. */
    int exitCode() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
