package org.citycoop.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RepliesTest {

    @Test
    void aCommandThatRanNowIsCreatedAndSaysItIsNoReplay() {
        ResponseEntity<String> answer = Replies.createdOrReplayed(false).body("new");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getHeaders().get("Idempotent-Replayed")).containsExactly("false");
        assertThat(answer.getBody()).isEqualTo("new");
    }

    @Test
    void theEarlierAnswerIsOkAndSaysItIsAReplay() {
        ResponseEntity<String> answer = Replies.createdOrReplayed(true).body("earlier");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
    }
}
