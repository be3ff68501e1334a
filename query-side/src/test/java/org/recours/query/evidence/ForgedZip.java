package org.recours.query.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP byte by byte, as a forger would: local entries and a central directory that need not agree (an entry
 * hidden from the central directory, two entries of one name, a local header naming another file), and entries
 * whose content is a ZIP bomb.
 */
final class ForgedZip {

    /** A local entry written into the archive: where it starts and what its central record should say. */
    record Entry(String name, long offset, int method, long crc, long compressedSize, long size) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<byte[]> central = new ArrayList<>();
    private int listed;

    /** Writes a stored (uncompressed) local entry, not yet listed in the central directory. */
    Entry write(String name, byte[] content) {
        return write(name, content, 0, crc(content), content.length, content.length);
    }

    /** Writes a local entry of raw deflated data, whose central record will give {@code size} and {@code crc}. */
    Entry write(String name, byte[] data, int method, long crc, long compressedSize, long size) {
        var entry = new Entry(name, out.size(), method, crc, compressedSize, size);
        var nameBytes = name.getBytes(StandardCharsets.UTF_8);
        var header = buffer(30)
                .putInt(0x04034b50)
                .putShort((short) 20)
                .putShort((short) 0x0800)
                .putShort((short) method)
                .putInt(0)
                .putInt((int) crc)
                .putInt((int) compressedSize)
                .putInt((int) size)
                .putShort((short) nameBytes.length)
                .putShort((short) 0);
        out.writeBytes(header.array());
        out.writeBytes(nameBytes);
        out.writeBytes(data);
        return entry;
    }

    /** Lists an entry in the central directory under its own name. */
    ForgedZip list(Entry entry) {
        return list(entry, entry.name(), entry.size());
    }

    /** Lists an entry in the central directory under {@code name}, declaring {@code size} bytes once inflated. */
    ForgedZip list(Entry entry, String name, long size) {
        var nameBytes = name.getBytes(StandardCharsets.UTF_8);
        var record = buffer(46 + nameBytes.length)
                .putInt(0x02014b50)
                .putShort((short) 20)
                .putShort((short) 20)
                .putShort((short) 0x0800)
                .putShort((short) entry.method())
                .putInt(0)
                .putInt((int) entry.crc())
                .putInt((int) entry.compressedSize())
                .putInt((int) size)
                .putShort((short) nameBytes.length)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt(0)
                .putInt((int) entry.offset())
                .put(nameBytes);
        central.add(record.array());
        listed++;
        return this;
    }

    byte[] close() {
        var directoryOffset = out.size();
        central.forEach(out::writeBytes);
        var end = buffer(22)
                .putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) listed)
                .putShort((short) listed)
                .putInt(out.size() - directoryOffset)
                .putInt(directoryOffset)
                .putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /** Writes and lists every file of a genuine bundle, in order, except those {@code skip} writes itself. */
    static ForgedZip copying(Map<String, byte[]> files, BiPredicate<ForgedZip, String> skip) {
        var zip = new ForgedZip();
        files.forEach((name, content) -> {
            if (!skip.test(zip, name)) {
                zip.list(zip.write(name, content));
            }
        });
        return zip;
    }

    /**
     * Raw deflate data that inflates to {@code mebibytes} MiB of zeros: a 1 MiB block compressed with a full flush is
     * repeated (each block stands alone), so a 3 GiB entry takes about 3 MB and is written in a moment.
     */
    static byte[] zerosDeflated(int mebibytes) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1024 * 1024]);
        var block = new byte[64 * 1024];
        var length = deflater.deflate(block, 0, block.length, Deflater.FULL_FLUSH);
        deflater.end();
        var data = new ByteArrayOutputStream(length * mebibytes + 2);
        for (int i = 0; i < mebibytes; i++) {
            data.write(block, 0, length);
        }
        data.write(new byte[] {3, 0}, 0, 2); // a final, empty, fixed-Huffman block
        return data.toByteArray();
    }

    static long zerosCrc(int mebibytes) {
        var crc = new CRC32();
        var zeros = new byte[1024 * 1024];
        for (int i = 0; i < mebibytes; i++) {
            crc.update(zeros);
        }
        return crc.getValue();
    }

    private static long crc(byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
