package io.zonebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.summary.SummaryContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("zonebrief report seeds -o out"), out.toString());
        assertTrue(out.toString().contains("Exit codes"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("extract", "seeds"));
        assertTrue(err.toString().contains("Missing required option"), err.toString());
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void badEncodingNameIsAUsageError() {
        assertEquals(2, run("extract", "--encoding", "NOPE-1", "seeds", "-o", tmp.resolve("s.json").toString()));
        assertTrue(err.toString().contains("--encoding must name a charset"), err.toString());
    }

    @Test
    void extractWritesTheSummaryAndReportsBadInputsWithoutLosingTheOthers() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "2024年9月15日 星期日\n\n焦作高新区新签约项目12个,总投资30亿元。\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        Files.writeString(in.resolve("notes.csv"), "a,b\n");
        Path json = tmp.resolve("out/summary.json");
        int code = run("extract", "-q", "--reproducible", in.toString(), "-o", json.toString());
        assertEquals(1, code, err.toString());
        String e = err.toString();
        assertTrue(e.contains("empty.txt: file is empty"), e);
        assertTrue(e.contains("binary.txt: binary data"), e);
        String s = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(s.contains("\"value\" : 3000000000"), s);
        SummaryContract.assertHolds(json);
        assertTrue(s.contains("\"zone\" : \"焦作高新区\""), s);
        assertFalse(Files.list(json.getParent()).anyMatch(p -> p.toString().endsWith(".part")));
    }

    @Test
    void sameInputsGiveTheSameSummaryUnderReproducible() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertEquals(0, run("extract", "-q", "--reproducible", "seeds", "-o", a.toString()));
        assertEquals(0, run("extract", "-q", "--reproducible", "seeds", "-o", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void missingInputFailsWithItsName() {
        assertEquals(1, run("extract", "-q", "no/such/dir", "-o", tmp.resolve("x.json").toString()));
        assertTrue(err.toString().contains("no/such/dir: no such file or folder"), err.toString());
    }
}
