package org.recours.bench;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A poller beside the load: when free it asks for the next acknowledged command, then reads the case (or its
 * history) until that command's version shows, and records the time from the acknowledgement to the answer that
 * showed it. That includes the poll's own request time (reported as {@link #polls}), so the figure is an upper bound
 * at the resolution of one poll.
 */
final class LagProbe {

    enum View {
        CASE("GET /api/cases/{id}"),
        HISTORY("GET /api/cases/{id}/history");

        final String label;

        View(String label) {
            this.label = label;
        }
    }

    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(10);

    final View view;
    final Latencies lags = new Latencies();
    final Latencies polls = new Latencies();
    long pollCount;
    long neverSeen;

    private final Api api;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final SynchronousQueue<Workload.Ack> handOver = new SynchronousQueue<>();
    private volatile boolean running = true;
    private Thread thread;

    LagProbe(View view, int port, String token) {
        this.view = view;
        this.api = new Api(port, token);
    }

    /** Called by the load's clients on every acknowledgement: the probe takes one when it is free. */
    void offer(Workload.Ack ack) {
        if (wanted.compareAndSet(true, false)) {
            try {
                handOver.offer(ack, 50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void start(long pauseBetweenSamplesMillis) {
        thread = new Thread(
                () -> {
                    while (running) {
                        try {
                            wanted.set(true);
                            var ack = handOver.poll(1, TimeUnit.SECONDS);
                            if (ack == null) {
                                wanted.set(false);
                                continue;
                            }
                            measure(ack);
                            Thread.sleep(pauseBetweenSamplesMillis);
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception e) {
                            neverSeen++;
                        }
                    }
                },
                "lag-probe-" + view);
        thread.start();
    }

    private void measure(Workload.Ack ack) throws Exception {
        String path = "/api/cases/" + ack.caseId() + (view == View.HISTORY ? "/history" : "");
        while (System.nanoTime() - ack.at() < GIVE_UP_NANOS) {
            long sent = System.nanoTime();
            var response = api.get(path);
            long answered = System.nanoTime();
            polls.add(answered - sent);
            pollCount++;
            if (response.statusCode() == 200 && shows(response, ack.version())) {
                lags.add(answered - ack.at());
                return;
            }
            Thread.sleep(1);
        }
        neverSeen++;
    }

    private boolean shows(java.net.http.HttpResponse<String> response, long version) {
        if (view == View.CASE) {
            return Api.etagVersion(response) >= version;
        }
        var matcher = POSITION.matcher(response.body());
        long last = -1;
        while (matcher.find()) {
            last = Math.max(last, Long.parseLong(matcher.group(1)));
        }
        return last >= version;
    }

    void stop() throws InterruptedException {
        running = false;
        wanted.set(false);
        thread.join(15_000);
    }
}
