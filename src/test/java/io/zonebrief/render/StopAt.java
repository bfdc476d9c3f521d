package io.zonebrief.render;

import io.zonebrief.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A zonebrief run in its own process that stops at one step of writing its outputs and waits there,
 * so a test can kill it (kill -9) or start a second run beside it. Prints "AT step" when it gets
 * there, and goes on when a line "GO" comes on standard input.
 *
 * <pre>java -cp … io.zonebrief.render.StopAt "staged report.xlsx" report seeds -o out</pre>
 */
public final class StopAt {

    private StopAt() {
    }

    public static void main(String[] args) throws Exception {
        String stop = args[0];
        StagedSet.steps = step -> {
            if (step.equals(stop)) {
                System.out.println("AT " + step);
                System.out.flush();
                try {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    String line;
                    while ((line = in.readLine()) != null && !line.equals("GO")) {
                        // anything else is not the word to go on
                    }
                    if (line == null) {
                        Thread.sleep(Long.MAX_VALUE);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
