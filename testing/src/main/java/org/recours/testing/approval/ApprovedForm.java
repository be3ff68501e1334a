package org.recours.testing.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A stored form checked against a file committed the first time it was approved ({@code <name>.approved.<ext>} in a
 * folder of the module's {@code src/test/resources}). What a test produced is compared byte for byte with it; when
 * it differs or when there is none yet, it is written beside it as {@code <name>.received.<ext>} and the test fails
 * saying what to do. A new form is approved by reviewing the received file and renaming it (the ApprovalTests
 * convention, without its file names, which follow test methods).
 */
public final class ApprovedForm {

    private final Path folder;
    private final String extension;

    /** {@code folder} relative to the module (Maven runs tests in the module's folder). */
    public ApprovedForm(String folder, String extension) {
        this.folder = Path.of(folder);
        this.extension = extension;
    }

    public Path approved(String name) {
        return folder.resolve(name + ".approved." + extension);
    }

    public Path received(String name) {
        return folder.resolve(name + ".received." + extension);
    }

    /** The approved files of the folder, whatever their name, sorted. */
    public List<Path> approvedFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".approved." + extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String nameOf(Path approvedFile) {
        var file = approvedFile.getFileName().toString();
        return file.substring(0, file.indexOf(".approved."));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless {@code actual} is the approved form of {@code name}. {@code whatIsPinned} says what the form is,
     * {@code whenItChanged} what to do when it differs from the approved one.
     */
    public void verify(String name, String actual, String whatIsPinned, String whenItChanged) {
        var approved = approved(name);
        var received = received(name);
        try {
            if (Files.exists(approved)
                    && Files.readString(approved, StandardCharsets.UTF_8).equals(actual)) {
                Files.deleteIfExists(received);
                return;
            }
            Files.createDirectories(folder);
            Files.writeString(received, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(approved)) {
            throw new AssertionError("No approved form yet of " + whatIsPinned + ". What the code writes now is in "
                    + received.toAbsolutePath() + ": review it (it is stored for good once released), then rename it "
                    + "to " + approved.getFileName() + " and commit it.");
        }
        throw new AssertionError("The form of " + whatIsPinned + " has changed. " + whenItChanged
                + "\n  approved: " + approved.toAbsolutePath() + "\n  received: " + received.toAbsolutePath()
                + "\n  approved form: " + read(approved) + "\n  form written now: " + actual);
    }
}
