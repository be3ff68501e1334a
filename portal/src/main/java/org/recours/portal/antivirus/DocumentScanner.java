package org.recours.portal.antivirus;

import java.io.IOException;
import java.time.Clock;
import org.recours.kernel.casefile.query.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every document uploaded goes through here before it is stored: ClamAV's daemon reads it when one is configured
 * ({@code recours.scanner.*}). Clean: the scan is kept with the document (engine and signature database). Infected:
 * refused ({@link InfectedDocument}). Scanner configured but not answering: refused too ({@link ScannerUnavailable}),
 * never stored unscanned. No scanner configured: stored, marked not scanned ("non analysé").
 */
@Component
@EnableConfigurationProperties(ScannerSettings.class)
public class DocumentScanner {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentScanner.class);

    private final ScannerSettings settings;
    private final Clamd clamd;
    private final Clock clock;

    DocumentScanner(ScannerSettings settings, Clock clock) {
        this.settings = settings;
        this.clamd = settings.configured() ? settings.client() : null;
        this.clock = clock;
    }

    /**
     * What the antivirus says of {@code content}, or {@link CaseFile.Scan#NOT_SCANNED} when none is configured.
     *
     * @throws InfectedDocument   when it found something ({@code fileName} names the document in the refusal)
     * @throws ScannerUnavailable when it is configured but did not answer, or answered an error
     */
    public CaseFile.Scan scan(String fileName, byte[] content) {
        if (clamd == null) {
            return CaseFile.Scan.NOT_SCANNED;
        }
        Clamd.Verdict verdict;
        String scannedWith;
        try {
            scannedWith = clamd.version();
            verdict = clamd.scan(content);
        } catch (IOException e) {
            LOG.warn(
                    "antivirus at {} did not scan a document of {} bytes: {}",
                    settings.address(),
                    content.length,
                    e.toString());
            throw new ScannerUnavailable(e);
        }
        if (verdict instanceof Clamd.Infected infected) {
            LOG.warn(
                    "antivirus found {} in an uploaded document of {} bytes: refused",
                    infected.signature(),
                    content.length);
            throw new InfectedDocument(fileName, infected.signature());
        }
        return CaseFile.Scan.by(scannedWith, clock.instant());
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhichScanner() {
        if (clamd == null) {
            LOG.warn("no antivirus configured (recours.scanner.host or .socket): uploaded documents are stored "
                    + "unscanned and shown \"non analysé\"");
            return;
        }
        try {
            LOG.info("antivirus: clamd at {} answers {}", settings.address(), clamd.version());
        } catch (IOException e) {
            LOG.warn(
                    "antivirus: clamd at {} does not answer ({}); uploads are refused until it does",
                    settings.address(),
                    e.toString());
        }
    }
}
