package org.recours.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.recours.testing.casefile.ReferenceCase;

/**
 * Concurrent clients, each doing what a staff member's tool does: file a case, then record steps on it (a support
 * contact, then notes and support contacts in turn), sending back the version it was answered in If-Match; after
 * {@link #STEPS_PER_CASE} steps it files the next case, so that aggregates stay at about ten events.
 */
final class Workload {

    static final int STEPS_PER_CASE = 9;

    /** An acknowledged command: the case, the version it answered, when the answer arrived (System.nanoTime). */
    record Ack(String caseId, long version, long at) {}

    record Result(
            int clients,
            double seconds,
            long commands,
            long filings,
            Latencies all,
            Latencies filing,
            Latencies notes,
            Latencies supportContacts,
            Map<String, Long> errors,
            String firstError,
            CpuMeter.Usage cpu) {
        double perSecond() {
            return commands / seconds;
        }
    }

    private final int port;
    private final String token;
    private final String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    private final AtomicLong serial = new AtomicLong();

    private final boolean supportContacts;

    /** {@code supportContacts}: steps alternate support contacts and notes; false: notes only. */
    Workload(int port, String token, boolean supportContacts) {
        this.port = port;
        this.token = token;
        this.supportContacts = supportContacts;
    }

    /**
     * {@code clients} clients for {@code warmupSeconds} unmeasured then {@code seconds} measured; commands count when
     * their answer arrives inside the measured window. {@code onAck} sees every acknowledged command.
     */
    Result run(int clients, double warmupSeconds, double seconds, CpuMeter cpu, Consumer<Ack> onAck)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        var all = new ArrayList<Latencies>();
        var filing = new ArrayList<Latencies>();
        var notes = new ArrayList<Latencies>();
        var contacts = new ArrayList<Latencies>();
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var firstError = new String[1];
        var threads = new ArrayList<Thread>();
        var cpuBefore = new CpuMeter.Snapshot[1];
        for (int c = 0; c < clients; c++) {
            var mine = new Latencies();
            var myFiling = new Latencies();
            var myNotes = new Latencies();
            var myContacts = new Latencies();
            all.add(mine);
            filing.add(myFiling);
            notes.add(myNotes);
            contacts.add(myContacts);
            var api = new Api(port, token);
            var thread = new Thread(
                    () -> {
                        String caseId = null;
                        long version = -1;
                        while (true) {
                            long sent = System.nanoTime();
                            if (sent >= measureTo) {
                                return;
                            }
                            boolean file = caseId == null || version >= STEPS_PER_CASE;
                            boolean contact = !file && supportContacts && version % 2 == 0;
                            String label = file ? "POST /api/cases" : contact ? "support contact" : "note";
                            try {
                                var response = file
                                        ? api.post("/api/cases", null, complaint())
                                        : !contact
                                                ? api.post(
                                                        "/api/cases/" + caseId + "/notes",
                                                        Long.toString(version),
                                                        note(version))
                                                : api.post(
                                                        "/api/cases/" + caseId + "/support-contacts",
                                                        Long.toString(version),
                                                        supportContact(version));
                                long answered = System.nanoTime();
                                if (response.statusCode() / 100 != 2) {
                                    errors.computeIfAbsent(label + " → " + response.statusCode(), k -> new AtomicLong())
                                            .incrementAndGet();
                                    synchronized (firstError) {
                                        if (firstError[0] == null) {
                                            firstError[0] =
                                                    label + " → " + response.statusCode() + " " + response.body();
                                        }
                                    }
                                    caseId = null; // start afresh on a new case
                                    continue;
                                }
                                if (file) {
                                    caseId = Api.field(response.body(), "caseId");
                                }
                                version = Api.etagVersion(response);
                                if (answered >= measureFrom && answered < measureTo) {
                                    mine.add(answered - sent);
                                    (file ? myFiling : contact ? myContacts : myNotes).add(answered - sent);
                                }
                                onAck.accept(new Ack(caseId, version, answered));
                            } catch (InterruptedException e) {
                                return;
                            } catch (Exception e) {
                                errors.computeIfAbsent(
                                                label + " → " + e.getClass().getSimpleName(), k -> new AtomicLong())
                                        .incrementAndGet();
                                synchronized (firstError) {
                                    if (firstError[0] == null) {
                                        firstError[0] = label + " → " + e;
                                    }
                                }
                                caseId = null;
                            }
                        }
                    },
                    "client-" + c);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        cpuBefore[0] = cpu.snapshot();
        Thread.sleep(Math.max(0, (measureTo - System.nanoTime()) / 1_000_000));
        var usage = cpu.since(cpuBefore[0]);
        for (var thread : threads) {
            thread.join();
        }
        var merged = Latencies.merge(all);
        var mergedFiling = Latencies.merge(filing);
        var errorCounts = new TreeMap<String, Long>();
        errors.forEach((k, v) -> errorCounts.put(k, v.get()));
        return new Result(
                clients,
                seconds,
                merged.count(),
                mergedFiling.count(),
                merged,
                mergedFiling,
                Latencies.merge(notes),
                Latencies.merge(contacts),
                errorCounts,
                firstError[0],
                usage);
    }

    private String complaint() {
        long n = serial.incrementAndGet();
        return filing(ReferenceCase.Consumer.named(ReferenceCase.CONSUMER_NAME + " " + n)
                        .withEmail("camille.martin." + n + "@example.org"))
                .json();
    }

    /** The reference case's filing by the given consumer, who declines reminders, as the benchmarks send it. */
    static ReferenceCase.Filing filing(ReferenceCase.Consumer consumer) {
        var declining = new ReferenceCase.Consumer(consumer.fullName(), consumer.email(), null, null, false);
        return ReferenceCase.filing()
                .by(declining)
                .withFacts("Publicités dans l'abonnement payant depuis février "
                        + "2024 ; les retirer coûte 1,99 € par mois.");
    }

    private String supportContact(long version) {
        return """
                {"channel": "CHAT", "contactedOn": "%s", "ticketReference": "D-%d",
                 "summary": "Demande de retrait des publicités", "outcome": "Refus"}
                """.formatted(today, 4400 + version);
    }

    private static String note(long version) {
        return "{\"text\": \"Appel du consommateur, étape " + version
                + " : il relance et joint une capture d'écran.\"}";
    }

    static List<Integer> parseClients(String list) {
        var clients = new ArrayList<Integer>();
        for (var part : list.split(",")) {
            clients.add(Integer.parseInt(part.trim()));
        }
        return clients;
    }
}
