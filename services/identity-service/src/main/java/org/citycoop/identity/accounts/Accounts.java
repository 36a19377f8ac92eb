package org.citycoop.identity.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored accounts. E-mail addresses are unique regardless of case. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Accounts {

    private static final String COLUMNS = """
            id, email, password_hash, display_name, roles, merchant_id, city_codes, region, home_city, language, status,
            failed_sign_ins, locked_until""";

    private final JdbcClient jdbc;

    public Optional<Account> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(email) = lower(:email)").param("email", email)
                .query(Accounts::map).optional();
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id).query(Accounts::map).optional();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM account WHERE lower(email) = lower(:email)").param("email", email).query(Long.class).single() > 0;
    }

    public void add(Account account) {
        jdbc.sql("""
                INSERT INTO account (id, email, password_hash, display_name, roles, merchant_id, city_codes, region, home_city, language, status)
                VALUES (:id, :email, :hash, :name, :roles, :merchant, :cities, :region, :home, :language, :status)""")
                .param("id", account.id()).param("email", account.email()).param("hash", account.passwordHash())
                .param("name", account.displayName())
                .param("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .param("merchant", account.merchantId()).param("cities", account.cityCodes().toArray(String[]::new))
                .param("region", account.region()).param("home", account.homeCity()).param("language", account.language())
                .param("status", account.status().name())
                .update();
    }

    /** Counts a failed sign-in; locks the account for {@code lockFor} when it reaches {@code maxFailures}. Returns whether it locked now. */
    public boolean failedSignIn(String email, int maxFailures, java.time.Duration lockFor) {
        return jdbc.sql("""
                UPDATE account SET failed_sign_ins = failed_sign_ins + 1,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= :max THEN now() + make_interval(secs => :seconds) ELSE locked_until END
                WHERE lower(email) = lower(:email)
                RETURNING failed_sign_ins >= :max AND failed_sign_ins = :max""")
                .param("email", email).param("max", maxFailures).param("seconds", lockFor.toSeconds())
                .query(Boolean.class).optional().orElse(false);
    }

    /** A successful sign-in clears the failure count and any lock. */
    public void signedIn(String email) {
        jdbc.sql("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE lower(email) = lower(:email)").param("email", email).update();
    }

    /** Gives an account these roles and this merchant scope (an approved application's applicant). */
    public void grant(UUID id, java.util.Set<Role> roles, UUID merchantId) {
        jdbc.sql("UPDATE account SET roles = :roles, merchant_id = :merchant WHERE id = :id")
                .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new)).param("merchant", merchantId).param("id", id)
                .update();
    }

    /** The staff (owners and cashiers) of a merchant. */
    public List<Account> ofMerchant(UUID merchantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE merchant_id = :m ORDER BY email").param("m", merchantId).query(Accounts::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(strings(rs.getArray("roles"))).map(Role::valueOf).forEach(roles::add);
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("password_hash"), rs.getString("display_name"),
                roles, rs.getObject("merchant_id", UUID.class), List.of(strings(rs.getArray("city_codes"))), rs.getBoolean("region"),
                rs.getString("home_city"), rs.getString("language"), Account.Status.valueOf(rs.getString("status")),
                rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
