package org.citycoop.points.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.citycoop.platform.idempotency.Answer;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotencyKeyReused;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform kit's idempotent commands on real PostgreSQL (ADR 29), with a command of the test's own
 * that stores its answers in a table of its own, as every service's commands do: one run per key
 * however many arrive at once, the earlier answer for a retry, a refusal for another request under the
 * key, and the key's lock gone with the transaction.
 */
@ServiceIntegrationTest
class IdempotencyKitIT {

    private static final KeyScope WAITING = KeyScope.waiting("kit-test");
    private static final KeyScope REFUSING = KeyScope.refusingWhileBusy("kit-test-refusing", "redemption-in-progress");

    @Autowired
    IdempotentCommands commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void answers() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS kit_test_answer (owner text NOT NULL, idempotency_key text NOT NULL, request_hash text NOT NULL,
                                                            answer text NOT NULL, PRIMARY KEY (owner, idempotency_key))""").update();
    }

    /**
     * The test's command: counts its runs, stores its answer under the key and, holding the key, waits until {@code othersWaiting}
     * other requests wait on a key's advisory lock (so the requests really overlap).
     */
    private Answer<String> order(KeyScope scope, IdempotencyKey key, String body, int othersWaiting) {
        return new TransactionTemplate(transactions).execute(tx -> commands.run(scope, key, body, () -> earlier(key), () -> {
            String answer = "order " + runs.incrementAndGet() + " of " + body;
            jdbc.sql("INSERT INTO kit_test_answer (owner, idempotency_key, request_hash, answer) VALUES (:o, :k, :h, :a)")
                    .param("o", key.owner()).param("k", key.value()).param("h", body).param("a", answer).update();
            if (othersWaiting > 0) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc
                        .sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").query(Long.class).single() >= othersWaiting);
            }
            return answer;
        }));
    }

    private Optional<Earlier<String>> earlier(IdempotencyKey key) {
        record Row(String requestHash, String answer) {
        }
        return jdbc.sql("SELECT request_hash, answer FROM kit_test_answer WHERE owner = :o AND idempotency_key = :k")
                .param("o", key.owner()).param("k", key.value()).query(Row.class).optional()
                .map(row -> new Earlier<>(row.requestHash(), row::answer));
    }

    private long stored(IdempotencyKey key) {
        return jdbc.sql("SELECT count(*) FROM kit_test_answer WHERE owner = :o AND idempotency_key = :k").param("o", key.owner())
                .param("k", key.value()).query(Long.class).single();
    }

    @Test
    void sixRequestsWithOneKeyAtOnceRunTheCommandOnceAndTheOthersGetItsAnswer() throws Exception {
        IdempotencyKey key = new IdempotencyKey("operator-" + UUID.randomUUID(), "k-1");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return order(WAITING, key, "10 vouchers", 5);
                }));
            }
            start.countDown();
            List<Answer<String>> got = new ArrayList<>();
            for (Future<Answer<String>> answer : answers) {
                got.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(runs).hasValue(1);
            assertThat(got).filteredOn(a -> !a.replayed()).hasSize(1);
            assertThat(got).filteredOn(Answer::replayed).hasSize(5);
            assertThat(got).extracting(Answer::value).containsOnly("order 1 of 10 vouchers");
            assertThat(stored(key)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryGetsTheEarlierAnswerAndAnotherRequestUnderTheKeyIsRefusedWhileAnotherCallersKeyIsItsOwn() {
        IdempotencyKey key = new IdempotencyKey("operator-" + UUID.randomUUID(), "k-2");

        Answer<String> first = order(WAITING, key, "10 vouchers", 0);
        Answer<String> retry = order(WAITING, key, "10 vouchers", 0);

        assertThat(first).isEqualTo(new Answer.Fresh<>("order 1 of 10 vouchers"));
        assertThat(retry).isEqualTo(new Answer.Replayed<>("order 1 of 10 vouchers"));
        assertThatThrownBy(() -> order(WAITING, key, "20 vouchers", 0)).isInstanceOfSatisfying(IdempotencyKeyReused.class, refused -> {
            assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(refused.type()).isEqualTo("idempotency-key-reused");
        });
        assertThat(runs).hasValue(1);
        assertThat(order(WAITING, new IdempotencyKey(key.owner() + "-other", key.value()), "20 vouchers", 0))
                .isEqualTo(new Answer.Fresh<>("order 2 of 20 vouchers"));
    }

    @Test
    void aScopeThatRefusesWhileBusySaysSoAtOnceAndTheRetryAfterTheFirstCommittedGetsItsAnswer() throws Exception {
        IdempotencyKey key = new IdempotencyKey("till-" + UUID.randomUUID(), "k-3");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Answer<String>> first = pool.submit(() -> new TransactionTemplate(transactions).execute(tx -> commands.run(REFUSING, key, "EUR 5",
                    () -> earlier(key), () -> {
                        jdbc.sql("INSERT INTO kit_test_answer (owner, idempotency_key, request_hash, answer) VALUES (:o, :k, 'EUR 5', 'paid')")
                                .param("o", key.owner()).param("k", key.value()).update();
                        holding.countDown();
                        released(release);
                        return "paid";
                    })));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> order(REFUSING, key, "EUR 5", 0)).isInstanceOfSatisfying(RequestRejected.class, busy -> {
                assertThat(busy.status()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(busy.type()).isEqualTo("redemption-in-progress");
            });

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(new Answer.Fresh<>("paid"));
            assertThat(order(REFUSING, key, "EUR 5", 0)).isEqualTo(new Answer.Replayed<>("paid"));
            assertThat(runs).hasValue(0);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aCommandThatFailsLeavesNoAnswerAndFreesTheKeyForTheRetry() {
        IdempotencyKey key = new IdempotencyKey("operator-" + UUID.randomUUID(), "k-4");

        assertThatThrownBy(() -> new TransactionTemplate(transactions).execute(tx -> commands.run(REFUSING, key, "EUR 5", () -> earlier(key), () -> {
            jdbc.sql("INSERT INTO kit_test_answer (owner, idempotency_key, request_hash, answer) VALUES (:o, :k, 'EUR 5', 'half')")
                    .param("o", key.owner()).param("k", key.value()).update();
            throw new IllegalStateException("the card terminal went away");
        }))).hasMessageContaining("card terminal");

        assertThat(stored(key)).isZero();
        assertThat(order(REFUSING, key, "EUR 5", 0)).isEqualTo(new Answer.Fresh<>("order 1 of EUR 5"));
    }

    private static void released(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
