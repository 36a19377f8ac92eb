package org.citycoop.platform.idempotency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The kit's beans, in every service with a database. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnBean(JdbcClient.class)
public class IdempotencyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KeyLock idempotencyKeyLock(JdbcClient jdbc) {
        return new KeyLock(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentCommands idempotentCommands(KeyLock locks) {
        return new IdempotentCommands(locks);
    }
}
