package org.recours.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority a test starts on a free local port: a root CA, a TSA certificate it issued
 * (extended key usage timeStamping, critical, as RFC 3161 requires), BouncyCastle's TimeStampResponseGenerator behind
 * the JDK's small HTTP server ({@code POST /tsa}, {@code application/timestamp-query}).
 */
public final class TestTimestampAuthority implements AutoCloseable {

    private final HttpServer server;
    private final X509Certificate root;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean answering = true;

    private TestTimestampAuthority(HttpServer server, X509Certificate root) {
        this.server = server;
        this.root = root;
    }

    public static TestTimestampAuthority start() {
        try {
            var rootKeys = keys();
            var rootName = new X500Name("CN=Autorite racine d'essai, O=Recours tests");
            var root = certificate(rootName, rootName, rootKeys, rootKeys, true);
            var tsaKeys = keys();
            var tsa = certificate(
                    new X500Name("CN=Horodatage d'essai, O=Recours tests"), rootName, tsaKeys, rootKeys, false);
            var tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKeys.getPrivate(), tsa),
                    new JcaDigestCalculatorProviderBuilder()
                            .build()
                            .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                    org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            tokens.addCertificates(new JcaCertStore(List.of(tsa)));
            var responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            var serials = new AtomicLong();
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var authority = new TestTimestampAuthority(server, root);
            server.createContext("/tsa", exchange -> {
                authority.requests.incrementAndGet();
                try (exchange) {
                    if (!authority.answering) {
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    var request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                    var response =
                            responses.generate(request, BigInteger.valueOf(serials.incrementAndGet()), new Date());
                    var body = response.getEncoded();
                    exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.start();
            return authority;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException
                | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.tsp.TSPException e) {
            throw new IllegalStateException("the test time-stamping authority cannot start", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** The root certificate a verifier trusts the TSA by ({@code openssl ts -verify -CAfile}). */
    public byte[] rootPem() {
        try {
            return ("-----BEGIN CERTIFICATE-----\n"
                            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(root.getEncoded())
                            + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public int requests() {
        return requests.get();
    }

    /** Makes the authority answer 503 from now on (a TSA that is down). */
    public void stopAnswering() {
        answering = false;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static KeyPair keys() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(
            X500Name subject, X500Name issuer, KeyPair subjectKeys, KeyPair issuerKeys, boolean authority)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        var now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                        issuer,
                        new BigInteger(64, new java.security.SecureRandom()),
                        Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(365))),
                        subject,
                        subjectKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        if (authority) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(
                            Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
