package org.citycoop.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.citycoop.platform.web.RequestRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The rule once a key is held, without a database: replay, refuse, or run. */
class IdempotentCommandsTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    private String execute() {
        runs.incrementAndGet();
        return "sold " + runs.get();
    }

    private Earlier<String> stored(String requestHash, String answer) {
        return new Earlier<>(requestHash, () -> {
            reads.incrementAndGet();
            return answer;
        });
    }

    @Test
    void givenNoEarlierAnswerWhenTheCommandIsAskedThenItRunsOnceAndItsAnswerIsFresh() {
        Answer<String> answer = IdempotentCommands.replayOrRun("amount=10", Optional.empty(), this::execute);

        assertThat(answer).isEqualTo(new Answer.Fresh<>("sold 1"));
        assertThat(answer.replayed()).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void givenAnEarlierAnswerToTheSameRequestWhenItIsAskedAgainThenThatAnswerIsGivenAndNothingRuns() {
        Answer<String> answer = IdempotentCommands.replayOrRun("amount=10", Optional.of(stored("amount=10", "sold before")), this::execute);

        assertThat(answer).isEqualTo(new Answer.Replayed<>("sold before"));
        assertThat(answer.replayed()).isTrue();
        assertThat(runs).hasValue(0);
    }

    @Test
    void givenAnEarlierAnswerToAnotherRequestWhenTheKeyIsUsedAgainThenItIsRefusedAsReusedWithoutRunningOrReadingTheAnswer() {
        assertThatThrownBy(() -> IdempotentCommands.replayOrRun("amount=20", Optional.of(stored("amount=10", "sold before")), this::execute))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, refused -> {
                    assertThat(refused).isInstanceOf(RequestRejected.class);
                    assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(refused.type()).isEqualTo("idempotency-key-reused");
                    assertThat(refused.violations()).isEmpty();
                });
        assertThat(runs).hasValue(0);
        assertThat(reads).hasValue(0);
    }

    @Test
    void aKeyThatIsMissingOrNotVisibleAsciiIsRefusedAsMissing() {
        assertThat(IdempotencyKey.of("operator-1", "k-1")).isEqualTo(new IdempotencyKey("operator-1", "k-1"));
        for (String bad : new String[] {null, "", "  ", "ключ", "x".repeat(201)}) {
            assertThatThrownBy(() -> IdempotencyKey.of("operator-1", bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(RequestRejected.class, e -> assertThat(e.type()).isEqualTo("idempotency-key-missing"));
        }
    }

    @Test
    void scopesOwnersAndKeysNeverRunTogetherIntoOneLockText() {
        KeyScope sale = KeyScope.waiting("sale");
        assertThat(sale.lockText(new IdempotencyKey("ab", "c"))).isNotEqualTo(sale.lockText(new IdempotencyKey("a", "bc")));
        assertThat(KeyScope.waiting("sa").lockText(new IdempotencyKey("le", "k"))).isNotEqualTo(sale.lockText(new IdempotencyKey("", "lek")));
        assertThat(KeyScope.waiting("refund").lockText(new IdempotencyKey("a", "k")))
                .isNotEqualTo(KeyScope.waiting("purchase").lockText(new IdempotencyKey("a", "k")));
        assertThatThrownBy(() -> KeyScope.waiting(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyIsNeverLockedOutsideATransactionWhereTheLockWouldEndAtOnce() {
        KeyLock locks = new KeyLock(JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://localhost:1/none")));

        assertThatThrownBy(() -> new IdempotentCommands(locks).run(KeyScope.waiting("sale"), new IdempotencyKey("a", "k"), "h", Optional::empty,
                this::execute)).isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
        assertThat(runs).hasValue(0);
    }
}
