package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.recours.eventjson.RecoursJson;

/**
 * Prints how long exporting and verifying a case takes (not part of the default test run: surefire only runs
 * {@code *Test}). Run: {@code ./mvnw -q -pl query-side -am test -Dtest=EvidenceExportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
class EvidenceExportBenchmark {

    @Test
    void exportAndVerify() throws Exception {
        var key = SigningKeys.generate("Benchmark");
        System.out.printf(
                "machine: %d cores, %d MB max heap, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        for (int events : new int[] {50, 1000}) {
            var evidence = SampleCase.withEntries(events);
            Supplier<byte[]> bundle = () -> EvidenceBundle.write(
                    CASE.value(),
                    JsonExport.write(evidence, RecoursJson.objectMapper()),
                    PdfExport.write(evidence),
                    Map.of(
                            CaseEvidence.bundlePath(SampleCase.documents().get(0)), SampleCase.SCREENSHOT,
                            CaseEvidence.bundlePath(SampleCase.documents().get(1)), SampleCase.INVOICE),
                    key);
            var pdf = median(() -> PdfExport.write(evidence));
            var zip = median(bundle);
            var signed = bundle.get();
            var verify = median(() -> {
                assertThat(BundleVerifier.verify(signed, key.certificate()).valid())
                        .isTrue();
                return signed;
            });
            System.out.printf(
                    "%5d events: PDF %6.1f ms (%d kB), signed bundle %6.1f ms (%d kB), verify %6.1f ms%n",
                    events, pdf, PdfExport.write(evidence).length >> 10, zip, signed.length >> 10, verify);
        }
    }

    private static double median(Supplier<byte[]> work) {
        for (int i = 0; i < 30; i++) {
            work.get();
        }
        var times = new double[21];
        for (int i = 0; i < times.length; i++) {
            var start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
