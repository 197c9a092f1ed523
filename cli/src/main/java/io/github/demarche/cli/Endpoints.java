package io.github.demarche.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Opens the inputs and outputs that the command line names: a file, or {@code -} for standard
 * input or output, which stay open when the command closes what it read or wrote.
 */
final class Endpoints {

    /** The name of standard input and output on the command line. */
    static final String STANDARD = "-";

    private Endpoints() {
    }

    /**
     * Opens an input, buffered.
     *
     * @throws Demarche.CannotOpenException if the file cannot be read
     */
    static BufferedInputStream open(Demarche demarche, CommandLine commandLine, String name) {
        if (name.equals(STANDARD)) {
            return new BufferedInputStream(new FilterInputStream(demarche.stdin) {
                @Override
                public void close() {
                    // standard input stays open
                }
            }, 1 << 16);
        }
        Path path = path(commandLine, name);
        if (Files.isDirectory(path)) {
            throw new Demarche.CannotOpenException(commandLine, "cannot read '" + name + "': it is a directory");
        }
        try {
            return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        } catch (IOException e) {
            throw new Demarche.CannotOpenException(commandLine, "cannot read '" + name + "': " + reason(e, "file"));
        }
    }

    /**
     * Creates an output, buffered, replacing a file of the same name.
     *
     * @throws Demarche.CannotOpenException if the file cannot be created, or is the input
     */
    static OutputStream create(Demarche demarche, CommandLine commandLine, String name, String input) {
        if (name.equals(STANDARD)) {
            return new BufferedOutputStream(new FilterOutputStream(demarche.stdout) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();   // standard output stays open
                }
            }, 1 << 16);
        }
        Path path = path(commandLine, name);
        try {
            if (!input.equals(STANDARD) && Files.exists(path) && Files.isSameFile(path, path(commandLine, input))) {
                throw new Demarche.CannotOpenException(commandLine, "the output '" + name
                        + "' is the input: writing it would destroy what is read");
            }
            return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        } catch (IOException e) {
            throw new Demarche.CannotOpenException(commandLine, "cannot write '" + name + "': " + reason(e, "folder"));
        }
    }

    /** The name of an input or output as summaries give it. */
    static String displayName(String name) {
        return name.equals(STANDARD) ? "standard input" : name;
    }

    private static Path path(CommandLine commandLine, String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new Demarche.CannotOpenException(commandLine, "'" + name + "' is not a file name: " + e.getReason());
        }
    }

    /** Why a file cannot be opened: missing (the file, or the folder of an output), not allowed, or else. */
    private static String reason(IOException e, String missing) {
        if (e instanceof NoSuchFileException) {
            return "no such " + missing;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
