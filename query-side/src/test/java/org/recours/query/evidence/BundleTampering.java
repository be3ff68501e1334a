package org.recours.query.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.recours.kernel.casefile.Sha256;

/** Opens a bundle, changes it the way a forger would, and closes it again (optionally re-signing it). */
final class BundleTampering {

    private final Map<String, byte[]> files;

    private BundleTampering(Map<String, byte[]> files) {
        this.files = files;
    }

    static BundleTampering open(byte[] bundle) {
        var files = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleTampering(files);
    }

    /** The bundle's files as they stand, in order. */
    Map<String, byte[]> contents() {
        return new LinkedHashMap<>(files);
    }

    BundleTampering trail(java.util.function.UnaryOperator<String> change) {
        files.put(
                EvidenceBundle.TRAIL,
                change.apply(new String(files.get(EvidenceBundle.TRAIL), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    BundleTampering file(String path, byte[] content) {
        files.put(path, content);
        return this;
    }

    BundleTampering files(Consumer<Map<String, byte[]>> change) {
        change.accept(files);
        return this;
    }

    /** Rewrites the manifest for the changed files and signs it with {@code key}, as a forger with a key would. */
    BundleTampering resign(SigningKey key) {
        var manifest = new StringBuilder();
        files.forEach((path, content) -> {
            if (!path.equals(EvidenceBundle.MANIFEST)
                    && !path.equals(EvidenceBundle.SIGNATURE)
                    && !path.equals(EvidenceBundle.CERTIFICATE)) {
                manifest.append(Sha256.of(content).hex())
                        .append("  ")
                        .append(path)
                        .append('\n');
            }
        });
        var bytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        files.put(EvidenceBundle.MANIFEST, bytes);
        files.put(EvidenceBundle.SIGNATURE, CmsSignature.sign(bytes, key));
        files.put(EvidenceBundle.CERTIFICATE, EvidenceBundle.pem(key));
        return this;
    }

    byte[] close() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
