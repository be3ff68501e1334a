package org.recours.query.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * An evidence bundle's ZIP, read the way {@code unzip}, Python, Windows and 7-Zip read it: through its central
 * directory. Before anything is read, the archive's structure is checked so that every reader sees the same files:
 * one entry per name, every local header agreeing with its central directory record, no bytes hidden between, before
 * or after the entries, and no entry too large or too highly compressed to be read safely (a ZIP bomb). An archive
 * that breaks one of these rules is refused: {@link #refusals()} says why, and nothing of it is read.
 *
 * <p>The same rules are in {@code docs/verify-evidence.py} and {@code docs/evidence-format.md} (section 3).
 */
final class BundleArchive implements Closeable {

    /** No entry of a bundle may be larger than this once decompressed (documents are 20 MB at most). */
    static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;
    /** Nor may all of them together. */
    static final long MAX_TOTAL_SIZE = 4L * 1024 * 1024 * 1024;
    /** An entry larger than {@link #RATIO_CHECKED_ABOVE} may not be compressed more than this many times. */
    static final long MAX_RATIO = 100;

    static final long RATIO_CHECKED_ABOVE = 16L * 1024 * 1024;
    static final int MAX_ENTRIES = 100_000;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;

    private final SeekableByteChannel channel;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
    private final List<String> refusals = new ArrayList<>();

    private BundleArchive(SeekableByteChannel channel) throws IOException {
        this.channel = channel;
        var centralDirectory = centralDirectoryOffset();
        ZipFile opened = null;
        if (refusals.isEmpty()) {
            try {
                opened = ZipFile.builder()
                        .setSeekableByteChannel(channel)
                        .setUseUnicodeExtraFields(false)
                        .get();
            } catch (IOException | RuntimeException e) {
                refusals.add("not a readable ZIP archive: " + e.getMessage());
            }
        }
        this.zip = opened;
        if (zip != null) {
            checkEntries(centralDirectory);
        }
    }

    static BundleArchive open(byte[] bundle) {
        try {
            return new BundleArchive(new SeekableInMemoryByteChannel(bundle));
        } catch (IOException e) {
            throw new IllegalStateException("an archive in memory cannot fail to be read", e);
        }
    }

    static BundleArchive open(Path bundle) throws IOException {
        return new BundleArchive(FileChannel.open(bundle, StandardOpenOption.READ));
    }

    /** Why the archive is refused; empty when its structure is sound and its files can be read. */
    List<String> refusals() {
        return Collections.unmodifiableList(refusals);
    }

    /** The paths of the files in the archive (folder entries left out), in central directory order. */
    List<String> names() {
        return List.copyOf(files.keySet());
    }

    boolean contains(String name) {
        return files.containsKey(name);
    }

    /** The SHA-256 of a file's content, read as a stream. */
    String sha256(String name) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            try (var in = open(name)) {
                var buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's content; only for the small files the verifier parses (the manifest, signature, audit trail). */
    byte[] read(String name) throws IOException {
        try (var in = open(name)) {
            return in.readAllBytes();
        }
    }

    private InputStream open(String name) throws IOException {
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("a refused archive is never read");
        }
        var entry = files.get(name);
        return new AtMost(zip.getInputStream(entry), entry.getSize(), name);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        } else {
            channel.close();
        }
    }

    private long centralDirectoryOffset() throws IOException {
        var size = channel.size();
        var tailLength = (int) Math.min(size, 22 + 65_535);
        var tail = readAt(size - tailLength, tailLength);
        for (int at = tailLength - 22; at >= 0; at--) {
            if (tail.getInt(at) == END_OF_CENTRAL_DIRECTORY
                    && at + 22 + (tail.getShort(at + 20) & 0xffff) == tailLength) {
                if (at >= 20 && tail.getInt(at - 20) == ZIP64_LOCATOR) {
                    refusals.add("ZIP64 archives are not produced by Recours and are refused");
                    return -1;
                }
                var entries = tail.getShort(at + 10) & 0xffff;
                var directorySize = tail.getInt(at + 12) & 0xffffffffL;
                var directoryOffset = tail.getInt(at + 16) & 0xffffffffL;
                if (directoryOffset + directorySize != size - tailLength + at) {
                    refusals.add("the central directory does not end where the archive's end record says it does "
                            + "(bytes hidden between them)");
                }
                if (entries > MAX_ENTRIES) {
                    refusals.add("more than " + MAX_ENTRIES + " entries");
                }
                return directoryOffset;
            }
        }
        refusals.add("not a ZIP archive (no end of central directory record, or bytes after it)");
        return -1;
    }

    private void checkEntries(long centralDirectory) throws IOException {
        var entries = Collections.list(zip.getEntries());
        long total = 0;
        var seen = new java.util.HashSet<String>();
        for (var entry : entries) {
            var name = entry.getName();
            if (name.startsWith("/")
                    || name.contains("\\")
                    || Arrays.asList(name.split("/")).contains("..")) {
                refusals.add(name + ": a path outside the bundle");
            }
            if (!seen.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name)) {
                refusals.add(name + " appears more than once (readers would disagree on which one is meant)");
                continue;
            }
            if (entry.isDirectory()) {
                if (entry.getSize() != 0) {
                    refusals.add(name + ": a folder entry with content");
                }
                continue;
            }
            if (entry.getSize() < 0 || entry.getSize() > MAX_ENTRY_SIZE) {
                refusals.add(name + " is too large to be part of a bundle (" + entry.getSize() + " bytes; at most "
                        + MAX_ENTRY_SIZE + ")");
            } else if (entry.getSize() > RATIO_CHECKED_ABOVE
                    && entry.getSize() > MAX_RATIO * Math.max(1, entry.getCompressedSize())) {
                refusals.add(name + " is compressed " + entry.getSize() / Math.max(1, entry.getCompressedSize())
                        + " times (at most " + MAX_RATIO + "): a ZIP bomb");
            }
            total += Math.max(0, entry.getSize());
            files.put(name, entry);
        }
        if (total > MAX_TOTAL_SIZE) {
            refusals.add("the files add up to " + total + " bytes (at most " + MAX_TOTAL_SIZE + ")");
        }
        checkLocalHeaders(entries, centralDirectory);
    }

    /**
     * Every local header must agree with its central directory record, and the entries must follow one another
     * from the archive's first byte to its central directory: no byte left over where a second, hidden version of a
     * file could lie (what {@code ZipInputStream}, reading local headers, would find).
     */
    private void checkLocalHeaders(List<ZipArchiveEntry> entries, long centralDirectory) throws IOException {
        var physical = new ArrayList<>(entries);
        physical.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
        long expected = 0;
        for (var entry : physical) {
            var name = entry.getName();
            var offset = entry.getLocalHeaderOffset();
            if (offset != expected) {
                refusals.add(
                        offset > expected
                                ? (offset - expected) + " bytes before " + name
                                        + " belong to no listed entry (hidden content)"
                                : name + " overlaps the entry before it");
                return;
            }
            var header = readAt(offset, 30);
            if (header.getInt(0) != LOCAL_HEADER) {
                refusals.add(name + ": no local header where the central directory says it is");
                return;
            }
            var flags = header.getShort(6) & 0xffff;
            var method = header.getShort(8) & 0xffff;
            var crc = header.getInt(14) & 0xffffffffL;
            var compressed = header.getInt(18) & 0xffffffffL;
            var size = header.getInt(22) & 0xffffffffL;
            var nameLength = header.getShort(26) & 0xffff;
            var extraLength = header.getShort(28) & 0xffff;
            var localName = new byte[nameLength];
            readAt(offset + 30, nameLength).get(localName);
            if (!Arrays.equals(localName, entry.getRawName())
                    || method != entry.getMethod()
                    || ((flags & 0x08) != 0) != entry.getGeneralPurposeBit().usesDataDescriptor()
                    || (flags & 0x01) != 0
                    || entry.getGeneralPurposeBit().usesEncryption()) {
                refusals.add(name + ": its local header names another file, method or flags than the central "
                        + "directory (or the entry is encrypted)");
                return;
            }
            var end = offset + 30 + nameLength + extraLength + entry.getCompressedSize();
            if ((flags & 0x08) == 0) {
                if (crc != entry.getCrc() || compressed != entry.getCompressedSize() || size != entry.getSize()) {
                    refusals.add(name + ": its local header gives other sizes or checksum than the central directory");
                    return;
                }
            } else {
                var descriptor = readAt(end, 16);
                var withSignature = descriptor.getInt(0) == DATA_DESCRIPTOR;
                var at = withSignature ? 4 : 0;
                if ((descriptor.getInt(at) & 0xffffffffL) != entry.getCrc()
                        || (descriptor.getInt(at + 4) & 0xffffffffL) != entry.getCompressedSize()
                        || (descriptor.getInt(at + 8) & 0xffffffffL) != entry.getSize()) {
                    refusals.add(name + ": its data descriptor gives other sizes or checksum than the central "
                            + "directory");
                    return;
                }
                end += withSignature ? 16 : 12;
            }
            expected = end;
        }
        if (expected != centralDirectory) {
            refusals.add((centralDirectory - expected) + " bytes after the last entry belong to no listed entry "
                    + "(hidden content)");
        }
    }

    private ByteBuffer readAt(long position, int length) throws IOException {
        if (position < 0 || position + length > channel.size()) {
            refusals.add("a record lies outside the archive");
            return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        }
        var buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // reads until the buffer is full
        }
        return buffer.flip();
    }

    /** Stops a file that inflates to more than its central directory record says (its size is a lie). */
    private static final class AtMost extends InputStream {
        private final InputStream in;
        private final String name;
        private long left;

        AtMost(InputStream in, long size, String name) {
            this.in = in;
            this.left = size;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            var buffer = new byte[1];
            return read(buffer, 0, 1) < 0 ? -1 : buffer[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = in.read(buffer, offset, (int) Math.min(length, left + 1));
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new IOException(name + " holds more than the size its central directory record gives");
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
