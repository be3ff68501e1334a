package org.recours.query.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the association's signing key from a PKCS#12 keystore; on the embedded default, where none is configured,
 * generates a self-signed one on first start (and says so), kept beside the data so that it survives restarts.
 */
public final class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    static final String ALIAS = "recours-evidence";

    private SigningKeys() {}

    public static SigningKey load(Path keystore, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            var key = (PrivateKey) store.getKey(alias, password);
            var certificate = (X509Certificate) store.getCertificate(alias);
            if (key == null || certificate == null) {
                throw new IllegalStateException("no key and certificate under alias '" + alias + "' in " + keystore);
            }
            return new SigningKey(key, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot read the evidence-signing keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The self-signed key kept in {@code directory}, generated there the first time. */
    public static SigningKey selfSigned(Path directory, String association) {
        var keystore = directory.resolve("evidence-signing.p12");
        var passwordFile = directory.resolve("evidence-signing.password");
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                return load(keystore, Files.readString(passwordFile).strip().toCharArray(), ALIAS);
            }
            Files.createDirectories(directory);
            var password = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(24));
            var key = generate(association);
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.privateKey(), password.toCharArray(), new java.security.cert.Certificate[] {
                key.certificate()
            });
            try (OutputStream out = Files.newOutputStream(keystore)) {
                store.store(out, password.toCharArray());
            }
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            restrict(passwordFile);
            restrict(keystore);
            LOG.warn(
                    "Generated a SELF-SIGNED evidence-signing certificate in {} (SHA-256 fingerprint {}). Bundles it "
                            + "signs can be checked, but a third party can only trust them if the association publishes this "
                            + "fingerprint; configure recours.evidence.signing.keystore with the association's own key for "
                            + "real use.",
                    keystore,
                    key.fingerprint());
            return key;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the evidence-signing key in " + directory, e);
        }
    }

    static SigningKey generate(String association) throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        var pair = generator.generateKeyPair();
        var subject = new X500Name("CN=" + association.replace(",", " ").replace("=", " ")
                + " - signature des pieces (auto-signe), O=Recours");
        var now = Instant.now();
        try {
            var holder = new JcaX509v3CertificateBuilder(
                            subject,
                            new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(3650))),
                            subject,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            return new SigningKey(pair.getPrivate(), new JcaX509CertificateConverter().getCertificate(holder));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot build the certificate", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: left to the operating system's defaults
        }
    }
}
