package org.motcua.notification.service.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.motcua.notification.config.DeliveryConfig;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.DeliveryChannel;
import org.motcua.notification.service.channel.DeliveryOutcome;
import org.motcua.notification.service.channel.OutgoingMessage;
import org.motcua.notification.service.delivery.DeliveryQueue.Taken;
import org.motcua.notification.service.delivery.DeliveryQueue.Tried;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * One worker per channel takes the channel's due messages in batches, tries different people's in parallel and
 * one person's in the order they were written, and writes what each try gave. Channels never wait for each other: a channel that is down pauses only its own worker (its breaker),
 * and its messages wait in the database for it, whatever dossier they are about.
 */
@ApplicationScoped
public class DeliveryWorkers {

    private static final Logger LOG = Logger.getLogger(DeliveryWorkers.class);

    private final Instance<DeliveryChannel> channels;
    private final DeliveryQueue queue;
    private final AcceptanceLog acceptances;
    private final RetryPolicy policy;
    private final ContactKeys contactKeys;
    private final ApologyLetters apologyLetters;
    private final DeliveryConfig config;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<Channel, Worker> workers = new EnumMap<>(Channel.class);

    @SuppressWarnings("java:S107")
    DeliveryWorkers(Instance<DeliveryChannel> channels, DeliveryQueue queue, AcceptanceLog acceptances,
            RetryPolicy policy, ContactKeys contactKeys, ApologyLetters apologyLetters, DeliveryConfig config,
            MeterRegistry meters, Clock clock) {
        this.channels = channels;
        this.queue = queue;
        this.acceptances = acceptances;
        this.policy = policy;
        this.contactKeys = contactKeys;
        this.apologyLetters = apologyLetters;
        this.config = config;
        this.meters = meters;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        for (DeliveryChannel channel : channels) {
            Worker worker = new Worker(channel, new ChannelBreaker(config.breaker().failures(),
                    config.breaker().pauseMin(), config.breaker().pauseMax()));
            workers.put(channel.channel(), worker);
            worker.thread.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        workers.values().forEach(Worker::stop);
    }

    /** Tells the channels' workers that messages were written (they look at once instead of at their next poll). */
    public void wake() {
        workers.values().forEach(Worker::wake);
    }

    /** The channel's breaker as it stands. */
    public ChannelBreaker.State state(Channel channel) {
        Worker worker = workers.get(channel);
        return worker == null ? new ChannelBreaker.State(false, 0, null) : worker.breaker.state();
    }

    private final class Worker implements Runnable {

        private final DeliveryChannel channel;
        private final ChannelBreaker breaker;
        private final Thread thread;
        private final ExecutorService senders;
        private final Object signal = new Object();
        private volatile boolean running = true;
        private boolean woken;

        Worker(DeliveryChannel channel, ChannelBreaker breaker) {
            this.channel = channel;
            this.breaker = breaker;
            this.thread = new Thread(this, "delivery-" + channel.channel().name().toLowerCase(java.util.Locale.ROOT));
            this.senders = Executors.newFixedThreadPool(config.concurrency(), r -> {
                Thread sender = new Thread(r, thread.getName() + "-send");
                sender.setDaemon(true);
                return sender;
            });
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Instant now = clock.instant();
                    int permits = breaker.permits(now, config.batchSize());
                    if (permits == 0) {
                        await(Duration.between(now, breaker.pausedUntil()));
                        continue;
                    }
                    List<Taken> taken = queue.take(channel.channel(), permits, now, now.plus(config.lease()));
                    if (taken.isEmpty()) {
                        await(config.idlePoll());
                    } else {
                        tryAll(taken);
                    }
                } catch (RuntimeException e) {
                    // the database may be away for a moment: the messages stay queued, the worker carries on
                    LOG.warnf("delivery over %s: %s", channel.channel(), e.getClass().getSimpleName());
                    await(config.idlePoll());
                }
            }
        }

        /** Each person's messages in sequence, the people in parallel; a person's first message not sent stops theirs. */
        private void tryAll(List<Taken> taken) {
            Map<String, List<Taken>> byPerson = new LinkedHashMap<>();
            taken.forEach(message -> byPerson.computeIfAbsent(message.address(), a -> new ArrayList<>()).add(message));
            List<CompletableFuture<List<Tried>>> tries = new ArrayList<>(byPerson.size());
            for (List<Taken> messages : byPerson.values()) {
                tries.add(CompletableFuture.supplyAsync(() -> tryInOrder(messages), senders));
            }
            List<Tried> tried = new ArrayList<>(taken.size());
            tries.forEach(t -> tried.addAll(t.join()));
            long down = tried.stream().filter(t -> t.outcome().result() == DeliveryOutcome.Result.CHANNEL_DOWN).count();
            if (down < tried.size()) {
                breaker.answered(); // whatever it said, the channel answered
            } else {
                breaker.down(clock.instant(), (int) down);
            }
            Set<UUID> triedIds = tried.stream().map(t -> t.message().id()).collect(Collectors.toSet());
            queue.record(tried.stream().map(t -> new Tried(t.message(), t.startedAt(), t.finishedAt(), t.outcome(),
                    policy.decide(channel.channel(), t.outcome(), t.message().attempts() + 1, t.message().createdAt(),
                            breaker.pause(), t.finishedAt()))).toList(),
                    taken.stream().filter(message -> !triedIds.contains(message.id())).toList());
        }

        private List<Tried> tryInOrder(List<Taken> messages) {
            List<Tried> tried = new ArrayList<>(messages.size());
            for (Taken message : messages) {
                Tried one = tryOnce(message);
                tried.add(one);
                if (one.outcome().result() != DeliveryOutcome.Result.SENT) {
                    break; // the later ones wait for this one
                }
            }
            return tried;
        }

        private Tried tryOnce(Taken message) {
            Instant started = clock.instant();
            if (message.acceptedAt() != null) {
                // accepted before the worker that sent it could write so: recorded as sent, not sent again
                return new Tried(message, started, clock.instant(), DeliveryOutcome.sent(message.acceptedId()), null);
            }
            DeliveryOutcome outcome;
            try {
                outcome = channel.send(new OutgoingMessage(message.id(), message.address(), message.recipientName(),
                        message.subject(), message.text(), message.dossierCode(),
                        contactKeys.unsubscribeUrl(channel.channel(), message.address()),
                        message.apologyLetter() == null ? List.of()
                                : List.of(apologyLetters.attachment(message.apologyLetter()))));
            } catch (RuntimeException e) {
                outcome = DeliveryOutcome.channelDown("Lỗi khi gửi: " + e.getClass().getSimpleName());
            }
            Instant finished = clock.instant();
            if (outcome.result() == DeliveryOutcome.Result.CHANNEL_DOWN) {
                // the detail names the server's answer or the failure's kind, never the person
                LOG.infof("delivery over %s: channel down (%s)", channel.channel(), outcome.detail());
            }
            if (outcome.result() == DeliveryOutcome.Result.SENT && !channel.deliversOnce()) {
                acceptances.accepted(message.id(), outcome.providerId(), finished);
            }
            meters.counter("motcua.notifications.tries", "channel", channel.channel().name(), "result",
                    outcome.result().name()).increment();
            return new Tried(message, started, finished, outcome, null);
        }

        void wake() {
            synchronized (signal) {
                woken = true;
                signal.notifyAll();
            }
        }

        private void await(Duration wait) {
            synchronized (signal) {
                try {
                    long millis = Math.max(1, wait.toMillis());
                    long until = System.currentTimeMillis() + millis;
                    while (!woken && running && System.currentTimeMillis() < until) {
                        signal.wait(Math.max(1, until - System.currentTimeMillis()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
                woken = false;
            }
        }

        void stop() {
            running = false;
            wake();
            try {
                // a batch being tried is finished and written, so nothing is tried twice after a restart
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            senders.shutdownNow();
        }
    }
}
