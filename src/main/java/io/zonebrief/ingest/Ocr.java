package io.zonebrief.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Reads the text of a page image with the {@code tesseract} command and its simplified-Chinese model,
 * where both are installed; nothing goes over the network. Each page has a time limit, after which
 * the process is killed. The command's output is tidied for the later stages: tesseract sets a space
 * between Chinese characters and sometimes inside a number ("32 .2 亿元"), neither of which a
 * Chinese text has.
 */
final class Ocr {

    /** The line that installs what OCR needs on Debian and Ubuntu. */
    static final String HOW_TO_ENABLE = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";
    /** The model tesseract is run with. */
    static final String LANGUAGE = "chi_sim";

    private static final long PROBE_SECONDS = 20;
    private static final Pattern CJK_GAP = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’])[ \\t]+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF20“”‘’0-9%])"
                    + "|(?<=[0-9%])[ \\t]+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’])");
    /**
     * "32 .2", "7 . 2", "9. 1": spaces OCR sets around a decimal point. A list's "1. 2024年" keeps its
     * space, since a decimal fraction here has one or two digits.
     */
    private static final Pattern SPLIT_DECIMAL = Pattern.compile("(?<=\\d) ?([.．]) ?(?=\\d{1,2}(?!\\d))");

    private static volatile Optional<Ocr> installed;

    private final String command;
    private final long pageSeconds;

    Ocr(String command, long pageSeconds) {
        this.command = command;
        this.pageSeconds = pageSeconds;
    }

    /**
     * The OCR of this machine: {@code tesseract} on the PATH with the {@value #LANGUAGE} model, looked
     * for once per run; empty when either is missing.
     */
    static Optional<Ocr> installed() {
        Optional<Ocr> found = installed;
        if (found == null) {
            found = probe("tesseract") ? Optional.of(new Ocr("tesseract", 120)) : Optional.empty();
            installed = found;
        }
        return found;
    }

    private static boolean probe(String command) {
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return new String(out, StandardCharsets.UTF_8).lines().anyMatch(l -> l.strip().equals(LANGUAGE));
        } catch (IOException e) {
            return false; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The text of one page image, tidied, one line per text line.
     *
     * @throws IOException when the command fails or runs past the page's time limit (it is killed then)
     */
    String read(BufferedImage page) throws IOException {
        Path image = Files.createTempFile("zonebrief-ocr", ".png");
        Path text = Files.createTempFile("zonebrief-ocr", ".txt");
        try {
            ImageIO.write(page, "png", image.toFile());
            ProcessBuilder pb = new ProcessBuilder(List.of(command, image.toString(), "stdout", "-l", LANGUAGE, "--psm", "4"))
                    .redirectOutput(text.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread per page: documents are already read on all cores.
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(pageSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("OCR took longer than " + pageSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("OCR failed (tesseract exit code " + p.exitValue() + ")");
            }
            return tidy(Files.readString(text, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("OCR interrupted", e);
        } finally {
            Files.deleteIfExists(image);
            Files.deleteIfExists(text);
        }
    }

    /** Drops the spaces OCR sets between Chinese characters and inside decimals; keeps the lines. */
    static String tidy(String ocr) {
        String s = CJK_GAP.matcher(ocr.replace('\f', '\n')).replaceAll("");
        return Paragraphs.tidy(SPLIT_DECIMAL.matcher(s).replaceAll("$1"));
    }
}
